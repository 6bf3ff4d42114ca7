"""What an office sees and takes away: villages without a team, households without a helper or plan, the coverage figure, .xlsx exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import BinaryIO

from sqlalchemy import func, select, true
from sqlalchemy.orm import joinedload, selectinload

from ... import clock
from ...errors import Invalid
from ...extensions import db
from ...models import (
    MEASURE_KINDS,
    MEASURE_STATUSES,
    TEAM_ROLES,
    AssistancePlan,
    Helper,
    Household,
    PlanMeasure,
    User,
    Village,
    WorkTeam,
)
from .. import audit, figures, keyset, scope, spreadsheets
from ..registry_query import BY_VILLAGE
from .common import LIST_MAX_OFFSET_PAGE, _require_staff


def villages_without_team(user: User, poor_only: bool = True, on: date | None = None, page: int = 1,
                          per_page: int = 100, after: str | None = None, before: str | None = None) -> keyset.ListPage:
    """Return one keyset page of the villages in the user's scope with no team in them on day ``on``
    (default today), by code (the villages' unique index); only the 贫困村 unless ``poor_only`` is False.
    Raises Forbidden for non-staff, Invalid for a bad cursor or a page number past LIST_MAX_OFFSET_PAGE."""
    _require_staff(user)
    on = on or clock.china_today()
    stmt = select(Village.code).where(scope.scope_filter(user, Village.code), ~WorkTeam.active_in(Village.id, on))
    if poor_only:
        stmt = stmt.where(Village.is_poor_village.is_(True))
    segments = [keyset.Segment(stmt, (keyset.Key(Village.code, descending=False),))]
    return keyset.list_page(segments, page, per_page, after, before,
                            lambda codes: db.session.scalars(select(Village).where(Village.code.in_(codes))),
                            max_offset_page=LIST_MAX_OFFSET_PAGE, count_cap=keyset.COUNT_CAP, id_attr="code")


def households_lacking(user: User, what: str, page: int = 1, per_page: int = 100, after: str | None = None,
                       before: str | None = None) -> keyset.ListPage:
    """Return one keyset page of the open (在档 / 返贫) households in the user's scope without a helper
    (``what="helper"``) or without a plan (``what="plan"``), by village code then id. Raises as
    ``villages_without_team``, and Invalid for another ``what``."""
    _require_staff(user)
    stmt = (select(Village.code, Household.id).join(Village, Household.village_id == Village.id)
            .where(scope.scope_filter(user, Village.code), Household.status.in_(("registered", "returned"))))
    if what == "helper":
        stmt = stmt.where(Household.assigned_helper_id.is_(None))
    elif what == "plan":
        # NOT EXISTS, an anti-join through the plans' unique household_id: NOT IN read every plan of the
        # country into a hash on each page (12 ms for a county at 20,000 households).
        stmt = stmt.where(~AssistancePlan.exists_for(Household.id))
    else:
        raise Invalid("未知的查询", field="what")
    segments = [keyset.Segment(stmt, BY_VILLAGE)]
    return keyset.list_page(
        segments, page, per_page, after, before,
        lambda ids: db.session.scalars(select(Household).where(Household.id.in_(ids))
                                       .options(joinedload(Household.village))),
        max_offset_page=LIST_MAX_OFFSET_PAGE, count_cap=keyset.COUNT_CAP)


PLAN_COLUMNS = ("村代码", "村名称", "户主", "措施", "措施内容", "责任人", "目标日期", "进度(%)", "状态", "转为需求")
TEAM_COLUMNS = ("村代码", "村名称", "派出单位", "进驻日期", "撤离日期", "姓名", "职务", "所在单位", "联系电话")
HELPER_COLUMNS = ("地区代码", "姓名", "单位", "职务", "联系电话", "帮扶户数", "有平台账号")
EXPORTS = {"plans": ("帮扶计划", PLAN_COLUMNS), "teams": ("驻村工作队", TEAM_COLUMNS), "helpers": ("帮扶责任人", HELPER_COLUMNS)}
_BATCH = 500


def _plan_rows(user: User):
    from ..registry_query import may_see_personal

    stmt = (select(PlanMeasure, AssistancePlan, Household).join(AssistancePlan, PlanMeasure.plan_id == AssistancePlan.id)
            .join(Household, AssistancePlan.household_id == Household.id)
            .where(scope.scope_filter(user, AssistancePlan.region_code))
            .options(joinedload(Household.village)).order_by(AssistancePlan.region_code, AssistancePlan.id, PlanMeasure.id))
    for measure, plan, household in db.session.execute(stmt.execution_options(yield_per=_BATCH)):
        personal = may_see_personal(user, household)
        yield personal, [plan.region_code, household.village.name,
                         household.head_name if personal else household.head_name_masked,
                         MEASURE_KINDS[measure.kind], measure.description, measure.responsible,
                         measure.target_date.isoformat() if measure.target_date else "", measure.progress,
                         MEASURE_STATUSES[measure.status], measure.need_id or ""]


def _team_rows(user: User):
    stmt = (select(WorkTeam).where(scope.scope_filter(user, WorkTeam.region_code))
            .options(joinedload(WorkTeam.village), selectinload(WorkTeam.members))
            .order_by(WorkTeam.region_code, WorkTeam.id))
    for team in db.session.scalars(stmt):
        base = [team.region_code, team.village.name, team.sending_unit, team.started_on.isoformat(),
                team.ended_on.isoformat() if team.ended_on else ""]
        for member in team.members or [None]:
            if member is None:
                yield False, [*base, "", "", "", ""]
            else:
                yield True, [*base, member.name, TEAM_ROLES[member.role], member.unit, member.phone or ""]


def _helper_rows(user: User):
    counts = dict(db.session.execute(select(Household.assigned_helper_id, func.count(Household.id))
                                     .where(Household.assigned_helper_id.is_not(None))
                                     .group_by(Household.assigned_helper_id)).all())
    stmt = select(Helper).where(scope.scope_filter(user, Helper.region_code)).order_by(Helper.region_code, Helper.id)
    for helper in db.session.scalars(stmt.execution_options(yield_per=_BATCH)):
        yield True, [helper.region_code, helper.name, helper.unit, helper.position, helper.phone or "",
                     counts.get(helper.id, 0), "是" if helper.user_id else "否"]


def export(user: User, what: str, out: BinaryIO, *, progress: Callable[[int], None] | None = None) -> int:
    """Write the plans (one row per measure), teams (one row per member) or helpers in the user's scope to
    ``out`` as .xlsx (write-only, formula-safe cells). Personal data only for staff in scope (the scope
    filter keeps everything else out; household names are masked where ``may_see_personal`` says so).
    One ``<what>.export`` audit entry with the row count, committed. Raises Forbidden for non-staff."""
    from openpyxl import Workbook

    _require_staff(user)
    if what not in EXPORTS:
        raise Invalid("未知的导出内容", field="what")
    title, columns = EXPORTS[what]
    rows = {"plans": _plan_rows, "teams": _team_rows, "helpers": _helper_rows}[what](user)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title)
    sheet.append(spreadsheets.escape_row(columns))
    personal_rows = 0

    def counted():
        nonlocal personal_rows
        for personal, row in rows:
            personal_rows += personal
            yield row

    written = spreadsheets.append_rows(sheet, counted(), progress, _BATCH)
    book.save(out)
    audit.record(f"{what}.export", "user", user.id, scope.region_scope(user),
                 {"rows": written, "personal_rows": personal_rows}, actor=user)
    db.session.commit()
    return written


def count_rows(user: User, what: str) -> int:
    """Return how many rows ``export(user, what, ...)`` would write (for the CLI's progress bar)."""
    _require_staff(user)
    if what == "plans":
        stmt = select(func.count(PlanMeasure.id)).join(AssistancePlan).where(
            scope.scope_filter(user, AssistancePlan.region_code))
    elif what == "teams":
        stmt = select(func.count(WorkTeam.id)).where(scope.scope_filter(user, WorkTeam.region_code))
    elif what == "helpers":
        stmt = select(func.count(Helper.id)).where(scope.scope_filter(user, Helper.region_code))
    else:
        raise Invalid("未知的导出内容", field="what")
    return db.session.scalar(stmt) or 0


@figures.figure("assistance.coverage")
def coverage_figure(region: str) -> dict:
    """Return, for the open (在档 / 返贫) households under ``region`` ("" = the country): how many there are,
    how many have a 帮扶责任人 and a 帮扶计划, and the villages (贫困村) with no work team today."""
    inside = Village.code.startswith(region, autoescape=True) if region else true()
    base = (select(func.count(Household.id)).join(Village, Household.village_id == Village.id)
            .where(inside, Household.status.in_(("registered", "returned"))))
    today = clock.china_today()
    return {
        "households": db.session.scalar(base) or 0,
        "with_helper": db.session.scalar(base.where(Household.assigned_helper_id.is_not(None))) or 0,
        "with_plan": db.session.scalar(base.where(AssistancePlan.exists_for(Household.id))) or 0,
        "poor_villages": db.session.scalar(select(func.count(Village.id)).where(
            inside, Village.is_poor_village.is_(True))) or 0,
        "poor_villages_without_team": db.session.scalar(select(func.count(Village.id)).where(
            inside, Village.is_poor_village.is_(True), ~WorkTeam.active_in(Village.id, today))) or 0,
    }


def coverage(user: User) -> figures.Snapshot:
    """Return the user's scope's coverage figure (``coverage_figure``), precomputed with its time."""
    _require_staff(user)
    return figures.get("assistance.coverage", scope.region_scope(user) or "")
