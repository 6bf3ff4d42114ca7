"""What every identification step shares: the year's poverty line and defaults, who may act, reading cases, and the step record."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from ...errors import Conflict, Forbidden, Invalid, NotFound
from ...extensions import db
from ...models import OPEN_CASE_STATUSES, IdentificationCase, IdentificationStep, User, Village
from ...security import MAX_DB_INT
from .. import audit, keyset, scope


# Per-capita net income lines (yuan, current prices) of the 2011–2020 national standard (2,300 yuan at
# 2010 prices), as the annual 国家扶贫标准 were published; later years use the POVERTY_LINE setting.
POVERTY_LINES = {2014: 2800, 2015: 2855, 2016: 3000, 2017: 3335, 2018: 3535, 2019: 3747, 2020: 4000}
APPLY_ROLES = ("village_officer", "office", "admin")
COUNTY_LEVELS = ("county", "prefecture", "province", "national")
MAX_NOTE = 500


def poverty_line(year: int) -> Decimal:
    """Return the per-capita income line (yuan) an exit in ``year`` must be above."""
    return Decimal(POVERTY_LINES.get(year, current_app.config["POVERTY_LINE"]))


def default_notice_days() -> int:
    """Return how many days a 公示 stays up by default (NOTICE_DAYS, 7)."""
    return current_app.config["NOTICE_DAYS"]


def default_share() -> Decimal:
    """Return the configured 抽检核查 share (SPOT_CHECK_SHARE), 0 < share ≤ 1."""
    return Decimal(str(current_app.config["SPOT_CHECK_SHARE"]))


def _authenticated(user: User | None) -> bool:
    return user is not None and getattr(user, "is_authenticated", False)


def _require_applicant(user: User, region_code: str) -> None:
    if not _authenticated(user) or user.role not in APPLY_ROLES:
        raise Forbidden("只有村级信息员和扶贫办工作人员可以办理识别")
    scope.require_region(user, region_code)


def _require_office(user: User, region_code: str) -> None:
    if not _authenticated(user) or user.role not in ("office", "admin"):
        raise Forbidden("只有扶贫办工作人员可以审核")
    scope.require_region(user, region_code)


def _require_county(user: User, region_code: str) -> None:
    _require_office(user, region_code)
    if user.role == "office" and user.office_level not in COUNTY_LEVELS:
        raise Forbidden("县级审批和抽检核查由县级及以上扶贫办办理")


def can_review_as_township(user: User | None) -> bool:
    """Return whether the user is an office or admin (the township review, 公示 and objections)."""
    return _authenticated(user) and user.role in ("office", "admin")


def can_approve_as_county(user: User | None) -> bool:
    """Return whether the user may draw spot checks and approve (county level or above, or admin)."""
    return _authenticated(user) and (user.role == "admin" or (
        user.role == "office" and user.office_level in COUNTY_LEVELS))


def get_case(user: User, case_id: int) -> IdentificationCase:
    """Return a case inside the user's scope (NotFound otherwise, also for roles without the workflow)."""
    if not _authenticated(user) or user.role not in APPLY_ROLES:
        raise Forbidden("只有村级信息员和扶贫办工作人员可以查看识别")
    case = db.session.get(IdentificationCase, case_id) if 0 < case_id <= MAX_DB_INT else None
    if case is None or not scope.covers(user, case.region_code):
        raise NotFound("该识别事项不存在或不在您的管辖范围内")
    return case


# Cases grow with the country (an application, exit or return per household and year): the list is a
# keyset page on the id; ``?page=N`` links are walked up to CASES_MAX_OFFSET_PAGE, the total is exact
# up to keyset.COUNT_CAP cases (else None).
CASES_MAX_OFFSET_PAGE = 200


def list_cases(user: User, *, status: str = "", kind: str = "", year: int | None = None,
               village_id: int | None = None, page: int = 1, per_page: int = 50, after: str | None = None,
               before: str | None = None) -> keyset.ListPage:
    """Return one keyset page of the cases in the user's scope, newest first, filtered by status, kind,
    year, village (``after`` / ``before``: cursors of a previous page). Raises Forbidden for other roles,
    Invalid for a bad cursor or a page number past CASES_MAX_OFFSET_PAGE."""
    segments = [keyset.Segment(_cases(user, status, kind, year, village_id).with_only_columns(IdentificationCase.id),
                               (keyset.Key(IdentificationCase.id),))]
    return keyset.list_page(
        segments, page, per_page, after, before,
        lambda ids: db.session.scalars(select(IdentificationCase).where(IdentificationCase.id.in_(ids))
                                       .options(joinedload(IdentificationCase.village))),
        max_offset_page=CASES_MAX_OFFSET_PAGE, count_cap=keyset.COUNT_CAP)


def count_cases(user: User, *, status: str = "") -> int:
    """Return the exact number of cases in the user's scope (of ``status``): the spot check's population,
    bounded by the office's region."""
    return db.session.scalar(_cases(user, status, "", None, None).with_only_columns(func.count())) or 0


def _cases(user: User, status: str, kind: str, year: int | None, village_id: int | None):
    if not _authenticated(user) or user.role not in APPLY_ROLES:
        raise Forbidden("只有村级信息员和扶贫办工作人员可以查看识别")
    stmt = select(IdentificationCase).where(scope.scope_filter(user, IdentificationCase.region_code))
    if status:
        stmt = stmt.where(IdentificationCase.status == status)
    if kind:
        stmt = stmt.where(IdentificationCase.kind == kind)
    if year:
        stmt = stmt.where(IdentificationCase.year == year)
    if village_id:
        stmt = stmt.where(IdentificationCase.village_id == village_id)
    return stmt


def case_details(case: IdentificationCase) -> dict:
    """Return the application's decrypted details (id_number, phone, address, members_count, ...)."""
    return json.loads(case.details or "{}")


def real_name(user: User, case: IdentificationCase) -> str:
    """Return the case's name in clear for staff in scope (audited as ``case.view_personal``), else masked."""
    if not scope.covers(user, case.region_code):
        return case.head_name_masked
    audit.record("case.view_personal", "identification_case", case.id, case.region_code, actor=user)
    db.session.commit()
    return case.head_name


def _step(case: IdentificationCase, step: str, user: User | None, outcome: str = "recorded", note: str = "") -> None:
    db.session.add(IdentificationStep(case_id=case.id, step=step, outcome=outcome,
                                      actor_id=user.id if user is not None else None, note=note[:MAX_NOTE]))
    audit.record(f"case.{step}", "identification_case", case.id, case.region_code,
                 {"outcome": outcome, "status": case.status}, actor=user)


def _require_status(case: IdentificationCase, *statuses: str) -> None:
    if case.status not in statuses:
        from ...models import CASE_STATUSES

        raise Conflict(f"该事项当前为“{CASE_STATUSES[case.status]}”，不能办理这一步")


def _note(note: str | None) -> str:
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise Invalid(f"说明不能超过{MAX_NOTE}字", field="note")
    return note


def _village(user: User, village_id: int) -> Village:
    village = db.session.get(Village, village_id) if isinstance(village_id, int) and 0 < village_id <= MAX_DB_INT else None
    if village is None or not scope.covers(user, village.code):
        raise Invalid("所选村不在您的管辖范围内", field="village_id")
    return village


def _open_case_for(fingerprint: str) -> IdentificationCase | None:
    return db.session.scalar(select(IdentificationCase).where(
        IdentificationCase.id_fingerprint == fingerprint, IdentificationCase.status.in_(OPEN_CASE_STATUSES)))


def _parse_date(value, field: str, label: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value or "").strip())
    except ValueError:
        raise Invalid(f"{label}应为日期，如 2026-03-01", field=field) from None
