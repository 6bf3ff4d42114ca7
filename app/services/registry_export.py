"""Export the registry in a user's scope to .xlsx: streamed, formula-safe, audited.

The workbook is written with openpyxl's write-only mode (rows go to disk as they are made, so memory
stays flat at any size) into a file object the caller provides. The first twelve columns are the import
template's (``registry.IMPORT_COLUMNS``), so an exported sheet can be imported again; the export adds
status, helper and village name after them. Every text cell goes through
``spreadsheets.escape_formula``: a name or address starting with "=" stays text in Excel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import HOUSEHOLD_ATTRIBUTES, HOUSEHOLD_STATUSES, POVERTY_CAUSES, Household, User
from . import audit, scope, spreadsheets
from .registry import IMPORT_COLUMNS
from .registry_query import RegistryQuery, may_see_personal, registry_statement

EXPORT_COLUMNS = (*IMPORT_COLUMNS, "状态", "帮扶责任人", "村名称")
WEB_EXPORT_MAX_ROWS = 50_000  # a larger export is the CLI's job (`flask registry export`)
_BATCH = 500


def count(user: User, query: RegistryQuery) -> int:
    """Return how many households an export of ``query`` would hold (Forbidden / Invalid as the list)."""
    stmt = registry_statement(user, query)
    return db.session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0


def _row(household: Household, personal: bool) -> list:
    village = household.village
    return spreadsheets.escape_row([
        village.code,
        household.head_name if personal else household.head_name_masked,
        household.id_number if personal else "",
        (household.phone or "") if personal else "",
        (household.address or "") if personal else "",
        household.members_count,
        HOUSEHOLD_ATTRIBUTES[household.attribute],
        POVERTY_CAUSES[household.main_cause],
        "、".join(POVERTY_CAUSES[c] for c in household.other_causes or []),
        float(household.income_per_capita) if household.income_per_capita is not None else None,
        household.registered_year,
        household.planned_exit_year,
        HOUSEHOLD_STATUSES[household.status],
        household.helper.display_name if household.helper is not None else "",
        village.name,
    ])


def export_households(user: User, query: RegistryQuery, out: BinaryIO, *,
                      progress: Callable[[int], None] | None = None, max_rows: int | None = None) -> int:
    """Write the households in the user's scope matching ``query`` (all pages, its sort) to ``out`` as .xlsx.

    Returns the number of households written. Personal data (name, ID number, phone, address) is written
    in clear only for households the user may see (``registry_query.may_see_personal``: staff in scope);
    any other row carries the masked name and empty personal cells. ``progress(n)`` is called after each
    batch of n rows. Raises Forbidden for roles without the registry, Invalid for a bad query or when
    more than ``max_rows`` households match. One ``household.export`` audit entry records the count,
    how many rows carried personal data and the query; it is committed before this returns.
    """
    from openpyxl import Workbook

    total = count(user, query)
    if max_rows is not None and total > max_rows:
        from ..errors import Invalid

        raise Invalid(f"符合条件的有{total}户，网页导出一次不超过{max_rows}户；请缩小范围，或请管理员用命令行"
                      "“flask registry export”导出", field="export")
    book = Workbook(write_only=True)
    sheet = book.create_sheet("贫困户")
    sheet.append(spreadsheets.escape_row(EXPORT_COLUMNS))
    personal_rows = 0
    stmt = registry_statement(user, query).options(joinedload(Household.village), joinedload(Household.helper))

    def rows():
        nonlocal personal_rows
        for household in db.session.scalars(stmt.execution_options(yield_per=_BATCH)):
            personal = may_see_personal(user, household)
            personal_rows += personal
            yield _row(household, personal)

    written = spreadsheets.append_rows(sheet, rows(), progress, _BATCH)
    book.save(out)
    audit.record("household.export", "user", user.id, scope.region_scope(user),
                 {"rows": written, "personal_rows": personal_rows, "query": query.args()}, actor=user)
    db.session.commit()
    return written
