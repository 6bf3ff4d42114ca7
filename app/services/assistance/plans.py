"""帮扶计划: a plan per household derived from its causes, measures with a responsible person, target date and progress, a measure turned into a need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ... import clock
from ...errors import Invalid, NotFound
from ...extensions import db
from ...models import MEASURE_KINDS, MEASURE_STATUSES, POVERTY_CAUSES, AssistancePlan, Household, PlanMeasure, User
from ...security import MAX_DB_INT
from .. import audit, scope


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


def suggested_measures(causes: list[str]) -> list[str]:
    """Return the measure kinds the causes suggest, main cause first, each once."""
    return list(dict.fromkeys(kind for cause in causes for kind in CAUSE_MEASURES.get(cause, ("other",))))


def _household(user: User, household_id: int) -> Household:
    household = db.session.get(Household, household_id) if 0 < household_id <= MAX_DB_INT else None
    if household is None or not scope.can_act_for_household(user, household):
        raise NotFound("该户不存在或不在您的帮扶范围内")
    return household


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
    from ..needs import NeedInput, create_need

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
