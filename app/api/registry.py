"""The registry (建档立卡) for village officers and offices in scope: read, and the bulk import the
national 建档立卡 system feeds the platform with.

Reading: a list with masked names; a household's detail carries its personal data in clear and is
audited exactly like its page (``registry.view_personal``). Bulk import: the rows are written into the
Excel template's columns and handed to ``registry.import_households`` itself, so the validation is the
import's own, to the letter: all rows or none, every bad row reported with its index in the request.
"""

from __future__ import annotations

import io

from ..models import HOUSEHOLD_ATTRIBUTES, POVERTY_CAUSES
from ..services import registry
from . import paging
from .auth import idempotent, me, require_scope
from .base import ApiBlueprint as Blueprint
from .problems import problem
from .schemas import (
    BulkResultSchema,
    HouseholdBulkSchema,
    HouseholdDetailSchema,
    HouseholdListQuery,
    HouseholdSummarySchema,
    paged,
)

blp = Blueprint("api_registry", __name__, url_prefix="/api/v1/registry",
                description="建档立卡贫困户（村级信息员、扶贫办；令牌权限 registry，仅工作人员可授予）")


def _summary(household) -> dict:
    return {
        "id": household.id, "village_code": household.village.code, "village_name": household.village.name,
        "head_name_masked": household.head_name_masked, "members_count": household.members_count,
        "attribute": household.attribute, "main_cause": household.main_cause,
        "other_causes": list(household.other_causes or []), "status": household.status,
        "registered_year": household.registered_year, "planned_exit_year": household.planned_exit_year,
    }


@blp.route("/households", methods=["GET"])
@require_scope("registry")
@blp.arguments(HouseholdListQuery, location="query")
@blp.response(200, paged(HouseholdSummarySchema, "HouseholdPage"))
def list_households(args):
    """List the households inside the caller's scope by village (masked names; at most the page's 1000)."""
    page_no, per_page = paging.decode(args.get("cursor"), args["limit"])
    found = registry.list_households(me(), args.get("status"))
    window = found[(page_no - 1) * per_page: page_no * per_page]
    return paging.envelope([_summary(h) for h in window], page_no, per_page, len(found))


@blp.route("/households/<int:household_id>", methods=["GET"])
@require_scope("registry")
@blp.response(200, HouseholdDetailSchema)
def get_household(household_id):
    """Return a household of the caller's scope with its personal data; the read is audited."""
    user = me()
    household = registry.get_household(user, household_id)
    personal = registry.view_personal(user, household)
    return {**_summary(household), **personal, "income_per_capita": household.income_per_capita,
            "members": [{"name": m.name, "relation": m.relation, "gender": m.gender, "birth_year": m.birth_year}
                        for m in household.members]}


def _label(value: str, labels: dict[str, str]) -> str:
    """Return the template's label for a code (the import reads labels); anything else unchanged."""
    value = (value or "").strip()
    return labels.get(value, value)


def _workbook(rows: list[dict]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(registry.IMPORT_COLUMNS))
    for row in rows:
        sheet.append([
            row["village_code"], row["head_name"], row["id_number"], row.get("phone") or "",
            row.get("address") or "", _cell(row["members_count"]), _label(row.get("attribute") or "", HOUSEHOLD_ATTRIBUTES),
            _label(row["main_cause"], POVERTY_CAUSES),
            "，".join(_label(c, POVERTY_CAUSES) for c in row.get("other_causes") or []),
            _cell(row.get("income_per_capita")), _cell(row["registered_year"]), _cell(row.get("planned_exit_year")),
        ])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _strings(row: dict):
    for value in row.values():
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            yield from (v for v in value if isinstance(v, str))


def _cell(value):
    # The import reads cells as text: pass numbers and strings through as the sheet would hold them.
    if value is None or isinstance(value, bool):
        return None if value is None else str(value)
    if isinstance(value, int | float | str):
        return value
    return str(value)


@blp.route("/households/import", methods=["POST"])
@require_scope("registry")
@idempotent
@blp.arguments(HouseholdBulkSchema)
@blp.response(201, BulkResultSchema)
@blp.doc(parameters=[{"in": "header", "name": "Idempotency-Key", "required": False,
                      "schema": {"type": "string", "maxLength": 128}, "description": "重试同一请求时带相同的键：只导入一次"}])
def import_households(body):
    """Register many households at once with the Excel import's validation: all or none.

    400 ``invalid`` lists every bad row as ``{"field": "households[<index>]", "message": ...}`` (index from 0,
    in the request's order). Households whose ID number is already registered are refused, as in the import.
    """
    rows = body["households"]
    # A sheet cannot hold control characters (nor does any household field need one): refuse those rows first.
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    bad = [{"field": f"households[{index}]", "message": "包含无效的控制字符"} for index, row in enumerate(rows)
           if any(ILLEGAL_CHARACTERS_RE.search(v) for v in _strings(row))]
    if bad:
        return problem("invalid", f"{len(bad)}行有误，未导入任何一户", bad)
    report = registry.import_households(me(), _workbook(rows))
    if not report.ok:
        errors = [{"field": f"households[{number - 2}]" if number >= 2 else None, "message": message}
                  for number, message in report.errors]
        return problem("invalid", f"{len(errors)}行有误，未导入任何一户", errors)
    return {"created": report.created}
