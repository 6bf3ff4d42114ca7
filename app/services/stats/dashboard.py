"""An office's dashboard of its region: the registry, the need pipeline, help received, cooperation projects.

Four figure families, each scoped by a region code ("" for the whole country): ``dashboard.registry``,
``dashboard.needs``, ``dashboard.help`` and ``dashboard.projects``. Each is a handful of GROUP BY
queries (nothing loads rows) and is precomputed by the figures worker. Who may open which region is
decided by ``dashboard_region`` (the region-scoping rule of ``services.scope``).
"""

from __future__ import annotations

from sqlalchemy import and_, case, func, literal, select

from ...errors import Forbidden, NotFound
from ...extensions import db
from ...models import (
    HOUSEHOLD_ATTRIBUTES,
    AssistancePlan,
    IdentificationCase,
    HOUSEHOLD_STATUSES,
    NEED_STATUSES,
    ORGANISATION_KINDS,
    POVERTY_CAUSES,
    PROJECT_STATUSES,
    CooperationProject,
    Household,
    Need,
    Organisation,
    Pledge,
    Region,
    ReviewRecord,
    User,
    Village,
    WorkTeam,
)
from ...models._types import UTCDateTime, utcnow
from ...models.household import OPEN_STATUSES
from ...models.pledge import ACTIVE_PLEDGE_STATUSES
from .. import figures, scope
from ._sql import days_between, ratio, under, year_of
from .public import by_category, projects_by_pairing, region_names

# Per-capita net income bands (元/年): the 2010-price line of 2,300 was 2,855 in 2014 and 4,000 in 2020.
INCOME_BANDS = ((None, 2300, "2300元以下"), (2300, 3000, "2300–3000元"), (3000, 4000, "3000–4000元"),
                (4000, 6000, "4000–6000元"), (6000, None, "6000元及以上"))
# How long a need has waited for review (days since it was submitted).
WAITING_BANDS = ((0, 3, "3天以内"), (3, 7, "3–7天"), (7, 14, "7–14天"), (14, None, "14天以上"))
TOP_ORGANISATIONS = 10
TOP_REASONS = 10
DONOR_KINDS = {"individual": "爱心人士（个人）", **ORGANISATION_KINDS}


def dashboard_region(user: User | None, code: str | None) -> Region | None:
    """Return the region (None: the whole country) an office or admin may see the dashboard of.

    ``code`` defaults to the user's own region. Raises Forbidden for anyone but offices and admins,
    NotFound for a malformed code, an unknown region or one outside the user's scope (so a county
    office cannot tell another county's dashboard from a missing one).
    """
    if user is None or not user.is_authenticated or user.role not in ("office", "admin"):
        raise Forbidden("只有扶贫办和平台管理员可以查看工作台")
    own = scope.region_scope(user) or ""
    code = (code or "").strip() or own
    if code and (not (code.isascii() and code.isdigit()) or len(code) not in (2, 4, 6, 9)):
        raise NotFound("没有这个地区")
    if not code.startswith(own):
        raise NotFound("该地区不在您的管辖范围内")
    if not code:
        return None
    region = db.session.get(Region, code)
    if region is None:
        raise NotFound("没有这个地区")
    return region


def _labelled(counts: dict, labels: dict) -> list[dict]:
    return [{"code": code, "label": label, "count": counts.get(code, 0)} for code, label in labels.items()]


def _household_counts(prefix: str, column, *conditions) -> dict:
    stmt = (select(column, func.count(Household.id)).join(Village, Household.village_id == Village.id)
            .where(under(Village.code, prefix), *conditions).group_by(column))
    return {key: n for key, n in db.session.execute(stmt).all()}


def _band_case(column, bands):
    whens = []
    for low, high, label in bands:
        conditions = [c for c in ((column >= low) if low is not None else None,
                                  (column < high) if high is not None else None) if c is not None]
        whens.append((and_(*conditions), label))
    return case(*whens, else_="未填报")


@figures.figure("dashboard.registry")
def registry(scope_code: str) -> dict:
    """Return the registry of a region: households by status, cause, attribute, income band; exits (已脱贫)
    and returns (返贫, approved cases) by year; poor villages without a work team today; open households
    without a 帮扶责任人 or a 帮扶计划."""
    from ...clock import china_today

    prefix = scope_code
    status = _household_counts(prefix, Household.status)
    income = _household_counts(prefix, _band_case(Household.income_per_capita, INCOME_BANDS))
    exits = _household_counts(prefix, year_of(Household.exited_at), Household.exited_at.is_not(None))
    returned_year = year_of(IdentificationCase.completed_at)
    returns = dict(db.session.execute(
        select(returned_year, func.count(IdentificationCase.id))
        .where(under(IdentificationCase.region_code, prefix), IdentificationCase.kind == "return",
               IdentificationCase.status == "completed", IdentificationCase.completed_at.is_not(None))
        .group_by(returned_year)).all())
    villages = db.session.execute(
        select(func.count(Village.id), func.sum(case((Village.is_poor_village, 1), else_=0)),
               func.sum(case((Village.is_poor_village & ~WorkTeam.active_in(Village.id, china_today()), 1),
                             else_=0)))
        .where(under(Village.code, prefix))
    ).one()
    is_open = Household.status.in_(OPEN_STATUSES)
    without_helper = sum(_household_counts(prefix, Household.status, is_open,
                                           Household.assigned_helper_id.is_(None)).values())
    without_plan = sum(_household_counts(prefix, Household.status, is_open,
                                         ~AssistancePlan.exists_for(Household.id)).values())
    years = sorted(set(exits) | set(returns))
    return {
        "households": sum(status.values()),
        "by_status": _labelled(status, HOUSEHOLD_STATUSES),
        "by_cause": _labelled(_household_counts(prefix, Household.main_cause), POVERTY_CAUSES),
        "by_attribute": _labelled(_household_counts(prefix, Household.attribute), HOUSEHOLD_ATTRIBUTES),
        "income": [{"label": label, "count": income.get(label, 0)} for *_b, label in INCOME_BANDS]
                  + [{"label": "未填报", "count": income.get("未填报", 0)}],
        "exits_by_year": [{"year": year, "count": exits.get(year, 0), "returns": returns.get(year, 0)}
                          for year in years],
        "returned": status.get("returned", 0),
        "villages": villages[0] or 0,
        "poor_villages": int(villages[1] or 0),
        "poor_villages_without_team": int(villages[2] or 0),
        "open_without_helper": without_helper,
        "open_without_plan": without_plan,
    }


@figures.figure("dashboard.needs")
def needs_pipeline(scope_code: str) -> dict:
    """Return the need pipeline of a region: needs by state, review waiting times, rejections by reason,
    publication, pledge rate and the days from publication to completion."""
    prefix = scope_code
    in_region = under(Need.region_code, prefix)
    by_status = dict(db.session.execute(
        select(Need.status, func.count(Need.id)).where(in_region).group_by(Need.status)).all())
    now = literal(utcnow(), UTCDateTime)
    waited = days_between(Need.submitted_at, now)
    band = _band_case(waited, WAITING_BANDS)  # one object: PostgreSQL must see the same expression twice
    waiting = dict(db.session.execute(
        select(band, func.count(Need.id)).where(in_region, Need.status == "pending").group_by(band)).all())
    oldest = db.session.scalar(select(func.max(waited)).where(in_region, Need.status == "pending"))
    decisions = dict(db.session.execute(
        select(ReviewRecord.decision, func.count(ReviewRecord.id)).join(Need, ReviewRecord.need_id == Need.id)
        .where(in_region).group_by(ReviewRecord.decision)).all())
    reasons = db.session.execute(
        select(ReviewRecord.reason, func.count(ReviewRecord.id)).join(Need, ReviewRecord.need_id == Need.id)
        .where(in_region, ReviewRecord.decision == "reject").group_by(ReviewRecord.reason)
        .order_by(func.count(ReviewRecord.id).desc(), ReviewRecord.reason).limit(TOP_REASONS)).all()
    published = db.session.execute(
        select(func.count(Need.id), func.sum(case((Need.pledged_quantity > 0, 1), else_=0)))
        .where(in_region, Need.published_at.is_not(None))).one()
    completion = db.session.execute(
        select(func.count(Need.id), func.avg(days_between(Need.published_at, Need.closed_at)))
        .where(in_region, Need.status == "completed", Need.published_at.is_not(None), Need.closed_at.is_not(None))
    ).one()
    rejected = decisions.get("reject", 0)
    return {
        "by_status": _labelled(by_status, NEED_STATUSES),
        "pending": by_status.get("pending", 0),
        "waiting": [{"label": label, "low": low, "high": high, "count": waiting.get(label, 0)}
                    for low, high, label in WAITING_BANDS],
        "oldest_waiting_days": round(oldest, 1) if oldest is not None else None,
        "decisions": sum(decisions.values()),
        "rejections": rejected,
        "rejection_rate": ratio(rejected, sum(decisions.values())),
        "reasons": [{"reason": reason, "count": n} for reason, n in reasons],
        "published": published[0] or 0,
        "matched": int(published[1] or 0),
        "matching_rate": ratio(int(published[1] or 0), published[0] or 0),
        "completed": completion[0] or 0,
        "days_to_complete": round(float(completion[1]), 1) if completion[1] is not None else None,
    }


@figures.figure("dashboard.help")
def help_received(scope_code: str) -> dict:
    """Return the help a region received: pledges by category, by donor kind, and the top organisations."""
    prefix = scope_code
    donor_kind = func.coalesce(Organisation.kind, "individual")
    base = (select().select_from(Pledge).join(Need, Pledge.need_id == Need.id)
            .outerjoin(Organisation, Pledge.organisation_id == Organisation.id)
            .where(Pledge.status.in_(ACTIVE_PLEDGE_STATUSES), under(Need.region_code, prefix)))
    cash = func.coalesce(func.sum(case((Need.kind == "cash", Pledge.quantity), else_=0)), 0)
    kinds = {kind: (n, amount) for kind, n, amount in db.session.execute(
        base.add_columns(donor_kind, func.count(Pledge.id), cash).group_by(donor_kind)).all()}
    top = db.session.execute(
        base.add_columns(Organisation.id, Organisation.name, Organisation.kind, func.count(Pledge.id), cash)
        .where(Pledge.organisation_id.is_not(None))
        .group_by(Organisation.id, Organisation.name, Organisation.kind)
        .order_by(func.count(Pledge.id).desc(), Organisation.id).limit(TOP_ORGANISATIONS)).all()
    return {
        "by_category": by_category(prefix),
        "by_donor_kind": [{"code": code, "label": label, "pledges": kinds.get(code, (0, 0))[0],
                           "cash": kinds.get(code, (0, 0))[1]} for code, label in DONOR_KINDS.items()],
        "top_organisations": [{"id": oid, "name": name, "kind": ORGANISATION_KINDS[kind], "pledges": n, "cash": amount}
                              for oid, name, kind, n, amount in top],
    }


@figures.figure("dashboard.projects")
def projects(scope_code: str) -> dict:
    """Return the cooperation projects of a region (recipient under it): by state, by year, by pairing."""
    prefix = scope_code
    in_region = under(CooperationProject.recipient_region_code, prefix)
    by_status = {s: (n, b) for s, n, b in db.session.execute(
        select(CooperationProject.status, func.count(CooperationProject.id),
               func.coalesce(func.sum(CooperationProject.budget), 0))
        .where(in_region).group_by(CooperationProject.status)).all()}
    by_year = db.session.execute(
        select(CooperationProject.year, func.count(CooperationProject.id),
               func.coalesce(func.sum(CooperationProject.budget), 0))
        .where(in_region, CooperationProject.status != "cancelled")
        .group_by(CooperationProject.year).order_by(CooperationProject.year)).all()
    return {
        "by_status": [{"code": code, "label": label, "count": by_status.get(code, (0, 0))[0],
                       "budget": by_status.get(code, (0, 0))[1]} for code, label in PROJECT_STATUSES.items()],
        "by_year": [{"year": year, "count": n, "budget": budget} for year, n, budget in by_year],
        "by_pairing": projects_by_pairing(prefix),
    }


FAMILIES = ("dashboard.registry", "dashboard.needs", "dashboard.help", "dashboard.projects")


def snapshots(prefix: str) -> dict[str, figures.Snapshot]:
    """Return the four dashboard figures of a region, read through ``figures.get``."""
    return {key.split(".", 1)[1]: figures.get(key, prefix) for key in FAMILIES}


__all__ = ["DONOR_KINDS", "FAMILIES", "dashboard_region", "region_names", "snapshots"]
