"""精准帮扶: 帮扶计划 derived from a household's causes, the 帮扶责任人 database, and the 驻村工作队.

The 2014 plan (国开办发〔2014〕30号) items (3) and (5): every registered household gets a cause analysis,
a responsible helper and a plan; every poor village a work team; offices keep a database of both.

Permissions (``services.scope``): a plan is kept by whoever may act for the household
(``scope.can_act_for_household``: the village officer, offices covering it, its helper's account);
helper records and work teams are kept by offices (and admins) covering their region, and read by
village officers of their village. Personal data of helpers (name, phone) is shown in clear to staff
whose scope covers the helper's region, audited as ``helper.view_personal``; masked to anyone else.
Errors: ``Invalid`` (Chinese message, nothing changed), ``NotFound`` (outside the scope), ``Forbidden``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from sqlalchemy import func, select, true
from sqlalchemy.orm import joinedload, selectinload

from .. import clock
from ..errors import Forbidden, Invalid, NotFound
from ..extensions import db
from ..models import (
    MEASURE_KINDS,
    MEASURE_STATUSES,
    POVERTY_CAUSES,
    TEAM_ROLES,
    AssistancePlan,
    Helper,
    Household,
    PlanMeasure,
    User,
    Village,
    WorkTeam,
    WorkTeamMember,
)
from ..security import MAX_DB_INT
from . import audit, figures, registry, scope, spreadsheets
from .registry_query import Page

# The measures a cause suggests (the plan's programmes: 雨露计划 for skills and schooling, 扶贫小额信贷
# for funds, 易地扶贫搬迁 for land and transport, 危房改造 for disaster-struck housing).
CAUSE_MEASURES: dict[str, tuple[str, ...]] = {
    "illness": ("medical",),
    "disability": ("social_security", "medical"),
    "schooling": ("education", "yulu"),
    "disaster": ("housing", "industry"),
    "lack_land": ("industry", "relocation"),
    "lack_water": ("infrastructure",),
    "lack_skills": ("yulu", "employment"),
    "lack_labour": ("social_security", "industry"),
    "lack_funds": ("microcredit", "industry"),
    "poor_transport": ("infrastructure", "relocation"),
    "lack_motivation": ("employment", "industry"),
    "other": ("other",),
}
# The platform's need category a measure becomes when it turns into a need.
MEASURE_CATEGORY = {
    "industry": "production", "employment": "employment", "education": "education", "yulu": "education",
    "medical": "medical", "housing": "housing", "relocation": "relocation", "microcredit": "finance",
    "infrastructure": "infrastructure", "social_security": "living", "other": "other",
}
STAFF_ROLES = ("village_officer", "office", "admin")


def suggested_measures(causes: list[str]) -> list[str]:
    """Return the measure kinds the causes suggest, main cause first, each once."""
    return list(dict.fromkeys(kind for cause in causes for kind in CAUSE_MEASURES.get(cause, ("other",))))


def _authenticated(user: User | None) -> bool:
    return user is not None and getattr(user, "is_authenticated", False)


def _household(user: User, household_id: int) -> Household:
    household = db.session.get(Household, household_id) if 0 < household_id <= MAX_DB_INT else None
    if household is None or not scope.can_act_for_household(user, household):
        raise NotFound("该户不存在或不在您的帮扶范围内")
    return household


# ---------------------------------------------------------------- plans


def household_for(user: User, household_id: int) -> Household:
    """Return a household the user may keep a plan for (NotFound otherwise)."""
    return _household(user, household_id)


def plan_household_id(user: User, plan_id: int) -> int:
    """Return the household id of a plan the user may keep (NotFound otherwise)."""
    return _plan(user, plan_id).household_id


def get_plan(user: User, household_id: int) -> AssistancePlan | None:
    """Return the household's plan (None before one is written); NotFound outside the user's reach."""
    _household(user, household_id)
    return db.session.scalar(select(AssistancePlan).where(AssistancePlan.household_id == household_id)
                             .options(selectinload(AssistancePlan.measures)))


def create_plan(user: User, household_id: int, note: str = "") -> AssistancePlan:
    """Write a household's plan with one measure per kind its causes suggest (``suggested_measures``)."""
    household = _household(user, household_id)
    if not household.is_open:
        raise Invalid("只有在档或返贫的户需要帮扶计划", field="household_id")
    if db.session.scalar(select(AssistancePlan.id).where(AssistancePlan.household_id == household.id)):
        raise Invalid("该户已有帮扶计划", field="household_id")
    if len(note or "") > 500:
        raise Invalid("备注不能超过500字", field="note")
    responsible = household.assigned_helper.name if household.assigned_helper is not None else ""
    plan = AssistancePlan(household_id=household.id, region_code=household.village.code,
                          year=clock.china_today().year, note=(note or "").strip(), created_by_id=user.id)
    for kind in suggested_measures(household.causes):
        plan.measures.append(PlanMeasure(kind=kind, responsible=responsible, progress=0, status="planned",
                                         description=f"针对“{'、'.join(POVERTY_CAUSES[c] for c in household.causes)}”"))
    db.session.add(plan)
    db.session.flush()
    audit.record("plan.create", "assistance_plan", plan.id, plan.region_code, {"household": household.id})
    db.session.commit()
    return plan


@dataclass
class MeasureInput:
    """The fields of the measure form."""

    kind: str
    description: str = ""
    responsible: str = ""
    target_date: date | None = None
    progress: int = 0
    status: str = "planned"


def _check_measure(data: MeasureInput) -> None:
    if data.kind not in MEASURE_KINDS:
        raise Invalid("请选择帮扶措施", field="kind")
    if len((data.description or "").strip()) > 500:
        raise Invalid("措施内容不能超过500字", field="description")
    if len((data.responsible or "").strip()) > 64:
        raise Invalid("责任人不能超过64字", field="responsible")
    if not isinstance(data.progress, int) or not 0 <= data.progress <= 100:
        raise Invalid("进度应为0–100（百分比）", field="progress")
    if data.status not in MEASURE_STATUSES:
        raise Invalid("措施状态无效", field="status")
    if data.status == "done" and data.progress != 100:
        raise Invalid("已完成的措施进度应为100%", field="progress")


def _plan(user: User, plan_id: int) -> AssistancePlan:
    plan = db.session.get(AssistancePlan, plan_id) if 0 < plan_id <= MAX_DB_INT else None
    if plan is None or not scope.can_act_for_household(user, plan.household):
        raise NotFound("该帮扶计划不存在或不在您的帮扶范围内")
    return plan


def add_measure(user: User, plan_id: int, data: MeasureInput) -> PlanMeasure:
    """Add a measure to a plan."""
    plan = _plan(user, plan_id)
    _check_measure(data)
    measure = PlanMeasure(plan_id=plan.id)
    _fill_measure(measure, data)
    db.session.add(measure)
    db.session.flush()
    audit.record("plan.measure_add", "assistance_plan", plan.id, plan.region_code, {"measure": measure.id})
    db.session.commit()
    return measure


def _fill_measure(measure: PlanMeasure, data: MeasureInput) -> None:
    measure.kind = data.kind
    measure.description = (data.description or "").strip()
    measure.responsible = (data.responsible or "").strip()
    measure.target_date = data.target_date
    measure.progress = data.progress
    measure.status = data.status


def get_measure(user: User, measure_id: int) -> PlanMeasure:
    """Return a measure of a plan the user may keep."""
    measure = db.session.get(PlanMeasure, measure_id) if 0 < measure_id <= MAX_DB_INT else None
    if measure is None or not scope.can_act_for_household(user, measure.plan.household):
        raise NotFound("该措施不存在或不在您的帮扶范围内")
    return measure


def update_measure(user: User, measure_id: int, data: MeasureInput) -> PlanMeasure:
    """Change a measure: what, who is responsible, the target date, progress and status."""
    measure = get_measure(user, measure_id)
    _check_measure(data)
    _fill_measure(measure, data)
    audit.record("plan.measure_edit", "assistance_plan", measure.plan_id, measure.plan.region_code,
                 {"measure": measure.id, "progress": data.progress, "status": data.status})
    db.session.commit()
    return measure


def measure_to_need(user: User, measure_id: int, title: str, description: str, quantity, unit: str,
                    kind: str = "goods"):
    """Turn a measure into a draft need for the household (``needs.create_need``'s rules and roles: the
    village officer or the household's helper); the measure keeps the link. Returns the Need."""
    from .needs import NeedInput, create_need

    measure = get_measure(user, measure_id)
    if measure.need_id is not None:
        raise Invalid("该措施已转为需求", field="measure")
    need = create_need(user, NeedInput(
        beneficiary=f"h{measure.plan.household_id}", category=MEASURE_CATEGORY[measure.kind], kind=kind,
        title=title, description=description, quantity=quantity, unit=unit))
    measure = db.session.get(PlanMeasure, measure_id)
    measure.need_id = need.id
    audit.record("plan.measure_need", "assistance_plan", measure.plan_id, measure.plan.region_code,
                 {"measure": measure.id, "need": need.id})
    db.session.commit()
    return need


# ---------------------------------------------------------------- helpers (帮扶责任人)


def require_office_role(user: User) -> None:
    """Raise Forbidden unless the user is an office or an admin (who keep helpers and work teams)."""
    if not _authenticated(user) or user.role not in ("office", "admin"):
        raise Forbidden("只有扶贫办工作人员可以管理帮扶责任人和驻村工作队")


def _require_office(user: User, region_code: str) -> None:
    require_office_role(user)
    scope.require_region(user, region_code)


def _require_staff(user: User) -> None:
    if not _authenticated(user) or user.role not in STAFF_ROLES:
        raise Forbidden("只有村级信息员和扶贫办工作人员可以查看")


@dataclass
class HelperInput:
    """The fields of the helper form."""

    region_code: str
    name: str
    unit: str = ""
    position: str = ""
    phone: str = ""
    user_id: int | None = None


def _check_helper(user: User, data: HelperInput) -> None:
    require_office_role(user)
    if not 2 <= len(data.region_code or "") <= 12 or not data.region_code.isdigit():
        raise Invalid("请填写所在地区代码（2–12位数字）", field="region_code")
    _require_office(user, data.region_code)
    if not 2 <= len((data.name or "").strip()) <= 20:
        raise Invalid("姓名应为2–20个字", field="name")
    if len(data.unit or "") > 100 or len(data.position or "") > 50:
        raise Invalid("单位不超过100字，职务不超过50字", field="unit")
    phone = (data.phone or "").strip()
    if phone and (not phone.replace("-", "").isdigit() or not 7 <= len(phone) <= 20):
        raise Invalid("联系电话格式不正确", field="phone")
    if data.user_id:
        account = db.session.get(User, data.user_id) if 0 < data.user_id <= MAX_DB_INT else None
        if account is None or account.role != "helper":
            raise Invalid("关联账号须是帮扶责任人账号", field="user_id")


def create_helper(user: User, data: HelperInput) -> Helper:
    """Add a 帮扶责任人 to the database, in a region inside the office's scope."""
    _check_helper(user, data)
    if data.user_id and db.session.scalar(select(Helper.id).where(Helper.user_id == data.user_id)):
        raise Invalid("该账号已关联其他帮扶责任人", field="user_id")
    helper = Helper(region_code=data.region_code, unit=(data.unit or "").strip(),
                    position=(data.position or "").strip(), phone=(data.phone or "").strip() or None,
                    user_id=data.user_id or None)
    helper.set_name(data.name.strip())
    db.session.add(helper)
    db.session.flush()
    audit.record("helper.create", "helper", helper.id, helper.region_code)
    db.session.commit()
    return helper


def get_helper(user: User, helper_id: int) -> Helper:
    """Return a helper record whose region lies inside the user's scope (staff only)."""
    _require_staff(user)
    helper = db.session.get(Helper, helper_id) if 0 < helper_id <= MAX_DB_INT else None
    if helper is None or not (scope.covers(user, helper.region_code) or _serves_scope(user, helper)):
        raise NotFound("该帮扶责任人不存在或不在您的管辖范围内")
    return helper


def _serves_scope(user: User, helper: Helper) -> bool:
    # A county's helper may answer for households of a village: the village officer sees that helper too.
    region = scope.region_scope(user)
    return bool(region) and region.startswith(helper.region_code)


def assignable_helpers(user: User, village: Village) -> list[Helper]:
    """Return the active helpers that may answer for a household of ``village``: registered in a region
    containing the village or inside it."""
    return list(db.session.scalars(select(Helper).where(
        Helper.active.is_(True),
        func.substr(village.code, 1, func.length(Helper.region_code)) == Helper.region_code)
        .order_by(Helper.id)))


def assign_helper(user: User, household_id: int, helper_id: int | None) -> Household:
    """Make ``helper_id`` the household's 帮扶责任人 (None clears it). The helper's account, if any, becomes
    the account that may act for the household online (``Household.helper_id``)."""
    household = registry.get_household(user, household_id)
    helper = None
    if helper_id:
        helper = db.session.get(Helper, helper_id) if 0 < helper_id <= MAX_DB_INT else None
        if helper is None or not helper.active or not household.village.code.startswith(helper.region_code):
            raise Invalid("该帮扶责任人不在本村所属地区，不能指定", field="helper_id")
    household.assigned_helper_id = helper.id if helper else None
    household.helper_id = helper.user_id if helper else None
    audit.record("household.assign_helper", "household", household.id, household.village.code,
                 {"helper": helper.id if helper else None})
    db.session.commit()
    return household


def helpers_from_accounts() -> int:
    """Give every helper account without a helper record one (name from the account, its region), and make
    it the 帮扶责任人 of the households that account acts for and that have none; return how many records
    were created. Migration 0010 did this once; the demo seed does it after creating its accounts."""
    from sqlalchemy import update

    known = select(Helper.user_id).where(Helper.user_id.is_not(None))
    accounts = list(db.session.scalars(select(User).where(User.role == "helper", User.id.not_in(known))
                                       .order_by(User.id)))
    for account in accounts:
        helper = Helper(region_code=account.region_code or "", user_id=account.id, unit="", position="")
        helper.set_name(account.display_name)
        db.session.add(helper)
    db.session.flush()
    db.session.execute(update(Household).where(Household.helper_id.is_not(None), Household.assigned_helper_id.is_(None))
                       .values(assigned_helper_id=select(Helper.id).where(Helper.user_id == Household.helper_id)
                               .scalar_subquery()).execution_options(synchronize_session=False))
    db.session.commit()
    return len(accounts)


@dataclass(frozen=True)
class HelperRow:
    """A helper as the list shows it: name in clear for staff whose scope covers the helper, else masked."""

    id: int
    name: str
    region_code: str
    unit: str
    position: str
    phone: str
    households: int
    has_account: bool


def list_helpers(user: User, page: int = 1, per_page: int = 50) -> tuple[Page, list[HelperRow]]:
    """Return one page of the helpers registered inside the user's scope, with how many households each
    answers for. Names and phones in clear are audited (one ``helper.view_personal`` per helper shown)."""
    _require_staff(user)
    stmt = select(Helper).where(scope.scope_filter(user, Helper.region_code))
    total = db.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    page = max(1, min(page, max(1, math.ceil(total / per_page))))
    helpers = list(db.session.scalars(stmt.order_by(Helper.region_code, Helper.id)
                                      .offset((page - 1) * per_page).limit(per_page)))
    counts = dict(db.session.execute(select(Household.assigned_helper_id, func.count(Household.id)).where(
        Household.assigned_helper_id.in_([h.id for h in helpers])).group_by(Household.assigned_helper_id)).all())
    rows = [HelperRow(h.id, h.name, h.region_code, h.unit, h.position, h.phone or "", counts.get(h.id, 0),
                      h.user_id is not None) for h in helpers]
    for h in helpers:
        audit.record("helper.view_personal", "helper", h.id, h.region_code, {"via": "assistance.helpers"}, actor=user)
    db.session.commit()
    return Page(items=helpers, page=page, per_page=per_page, total=total), rows


def helper_households(user: User, helper: Helper) -> list[Household]:
    """Return the households a helper answers for that lie inside the user's scope."""
    return list(db.session.scalars(select(Household).join(Village, Household.village_id == Village.id).where(
        Household.assigned_helper_id == helper.id, scope.scope_filter(user, Village.code))
        .options(joinedload(Household.village)).order_by(Household.id).limit(500)))


# ---------------------------------------------------------------- work teams (驻村工作队)


def _village_in_scope(user: User, village_id: int) -> Village:
    village = db.session.get(Village, village_id) if isinstance(village_id, int) and 0 < village_id <= MAX_DB_INT else None
    if village is None or not scope.covers(user, village.code):
        raise Invalid("所选村不在您的管辖范围内", field="village_id")
    return village


def create_team(user: User, village_id: int, sending_unit: str, started_on: date | None,
                ended_on: date | None = None, note: str = "") -> WorkTeam:
    """Record a work team sent to a village in the office's scope."""
    village = _village_in_scope(user, village_id)
    _require_office(user, village.code)
    sending_unit = (sending_unit or "").strip()
    if not 2 <= len(sending_unit) <= 100:
        raise Invalid("请填写派出单位（2–100字）", field="sending_unit")
    if started_on is None:
        raise Invalid("请填写进驻日期", field="started_on")
    if ended_on is not None and ended_on < started_on:
        raise Invalid("撤离日期不能早于进驻日期", field="ended_on")
    if len(note or "") > 500:
        raise Invalid("备注不能超过500字", field="note")
    team = WorkTeam(village_id=village.id, region_code=village.code, sending_unit=sending_unit,
                    started_on=started_on, ended_on=ended_on, note=(note or "").strip())
    db.session.add(team)
    db.session.flush()
    audit.record("work_team.create", "work_team", team.id, village.code)
    db.session.commit()
    return team


def get_team(user: User, team_id: int) -> WorkTeam:
    """Return a team of a village in the user's scope (staff only)."""
    _require_staff(user)
    team = db.session.get(WorkTeam, team_id) if 0 < team_id <= MAX_DB_INT else None
    if team is None or not scope.covers(user, team.region_code):
        raise NotFound("该工作队不存在或不在您的管辖范围内")
    return team


def add_team_member(user: User, team_id: int, name: str, role: str, unit: str = "", phone: str = "") -> WorkTeamMember:
    """Add a member (第一书记, 队长 or 队员) to a team; a team has at most one 第一书记."""
    team = get_team(user, team_id)
    _require_office(user, team.region_code)
    name = (name or "").strip()
    if not 2 <= len(name) <= 20:
        raise Invalid("姓名应为2–20个字", field="name")
    if role not in TEAM_ROLES:
        raise Invalid("请选择队内职务", field="role")
    if role == "first_secretary" and any(m.role == "first_secretary" for m in team.members):
        raise Invalid("每个工作队只有一名第一书记", field="role")
    phone = (phone or "").strip()
    if phone and (not phone.replace("-", "").isdigit() or not 7 <= len(phone) <= 20):
        raise Invalid("联系电话格式不正确", field="phone")
    if len(unit or "") > 100:
        raise Invalid("单位不能超过100字", field="unit")
    member = WorkTeamMember(team_id=team.id, name=name, role=role, unit=(unit or "").strip() or team.sending_unit,
                            phone=phone or None)
    db.session.add(member)
    db.session.flush()
    audit.record("work_team.member_add", "work_team", team.id, team.region_code, {"member": member.id})
    db.session.commit()
    return member


def end_team(user: User, team_id: int, ended_on: date) -> WorkTeam:
    """Record that a team left its village on ``ended_on``."""
    team = get_team(user, team_id)
    _require_office(user, team.region_code)
    if ended_on is None or ended_on < team.started_on:
        raise Invalid("撤离日期不能早于进驻日期", field="ended_on")
    team.ended_on = ended_on
    audit.record("work_team.end", "work_team", team.id, team.region_code, {"ended_on": ended_on.isoformat()})
    db.session.commit()
    return team


def list_teams(user: User, page: int = 1, per_page: int = 50) -> Page:
    """Return one page of the teams of villages in the user's scope, by village code."""
    _require_staff(user)
    stmt = select(WorkTeam).where(scope.scope_filter(user, WorkTeam.region_code))
    total = db.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    page = max(1, min(page, max(1, math.ceil(total / per_page))))
    items = list(db.session.scalars(stmt.options(joinedload(WorkTeam.village), selectinload(WorkTeam.members))
                                    .order_by(WorkTeam.region_code, WorkTeam.id)
                                    .offset((page - 1) * per_page).limit(per_page)))
    return Page(items=items, page=page, per_page=per_page, total=total)


def _active_team_villages(on: date):
    return select(WorkTeam.village_id).where(
        WorkTeam.started_on <= on, (WorkTeam.ended_on.is_(None)) | (WorkTeam.ended_on >= on))


def villages_without_team(user: User, poor_only: bool = True, on: date | None = None, page: int = 1,
                          per_page: int = 100) -> Page:
    """Return one page of the villages in the user's scope with no team in them on day ``on`` (default
    today); only the 贫困村 unless ``poor_only`` is False."""
    _require_staff(user)
    on = on or clock.china_today()
    stmt = select(Village).where(scope.scope_filter(user, Village.code), Village.id.not_in(_active_team_villages(on)))
    if poor_only:
        stmt = stmt.where(Village.is_poor_village.is_(True))
    total = db.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    page = max(1, min(page, max(1, math.ceil(total / per_page))))
    items = list(db.session.scalars(stmt.order_by(Village.code).offset((page - 1) * per_page).limit(per_page)))
    return Page(items=items, page=page, per_page=per_page, total=total)


def households_lacking(user: User, what: str, page: int = 1, per_page: int = 100) -> Page:
    """Return one page of the open (在档 / 返贫) households in the user's scope without a helper
    (``what="helper"``) or without a plan (``what="plan"``), by village."""
    _require_staff(user)
    stmt = (select(Household).join(Village, Household.village_id == Village.id)
            .where(scope.scope_filter(user, Village.code), Household.status.in_(("registered", "returned"))))
    if what == "helper":
        stmt = stmt.where(Household.assigned_helper_id.is_(None))
    elif what == "plan":
        stmt = stmt.where(Household.id.not_in(select(AssistancePlan.household_id)))
    else:
        raise Invalid("未知的查询", field="what")
    total = db.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    page = max(1, min(page, max(1, math.ceil(total / per_page))))
    items = list(db.session.scalars(stmt.options(joinedload(Household.village)).order_by(Village.code, Household.id)
                                    .offset((page - 1) * per_page).limit(per_page)))
    return Page(items=items, page=page, per_page=per_page, total=total)


# ---------------------------------------------------------------- exports


PLAN_COLUMNS = ("村代码", "村名称", "户主", "措施", "措施内容", "责任人", "目标日期", "进度(%)", "状态", "转为需求")
TEAM_COLUMNS = ("村代码", "村名称", "派出单位", "进驻日期", "撤离日期", "姓名", "职务", "所在单位", "联系电话")
HELPER_COLUMNS = ("地区代码", "姓名", "单位", "职务", "联系电话", "帮扶户数", "有平台账号")
EXPORTS = {"plans": ("帮扶计划", PLAN_COLUMNS), "teams": ("驻村工作队", TEAM_COLUMNS), "helpers": ("帮扶责任人", HELPER_COLUMNS)}
_BATCH = 500


def _plan_rows(user: User):
    from .registry_query import may_see_personal

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
    written = personal_rows = batch = 0
    for personal, row in rows:
        sheet.append(spreadsheets.escape_row(row))
        written += 1
        personal_rows += personal
        batch += 1
        if batch == _BATCH:
            if progress:
                progress(batch)
            batch = 0
    if progress and batch:
        progress(batch)
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
        "with_plan": db.session.scalar(base.where(Household.id.in_(select(AssistancePlan.household_id)))) or 0,
        "poor_villages": db.session.scalar(select(func.count(Village.id)).where(
            inside, Village.is_poor_village.is_(True))) or 0,
        "poor_villages_without_team": db.session.scalar(select(func.count(Village.id)).where(
            inside, Village.is_poor_village.is_(True), Village.id.not_in(_active_team_villages(today)))) or 0,
    }


def coverage(user: User) -> figures.Snapshot:
    """Return the user's scope's coverage figure (``coverage_figure``), precomputed with its time."""
    _require_staff(user)
    return figures.get("assistance.coverage", scope.region_scope(user) or "")
