"""The public statistics page 对接成效: figure family ``stats.overview``, one per region (scope = code).

Every number is a GROUP BY over indexed columns (``needs.status``/``region_code``/``published_at``,
``pledges.need_id``, ``organisations.kind``, ``cooperation_projects.recipient_region_code``);
nothing loads rows. Definitions (docs/statistics.md):

- 已发布 published: needs that were ever published (``published_at`` set), whatever their state now;
- 已对接 matched: published needs holding at least one active pledge (``pledged_quantity > 0``;
  the pledge service keeps it equal to the sum of the active pledges in the same transaction);
- 已送达 delivered: state delivered or completed; 已完成 completed: state completed;
- 对接率 = matched / published; 帮扶成功率 = completed / published.
"""

from __future__ import annotations

from sqlalchemy import case, func, select

from ...errors import NotFound
from ...extensions import db
from ...models import (
    CATEGORIES,
    ORGANISATION_KINDS,
    CooperationProject,
    Household,
    Need,
    Organisation,
    Pledge,
    ProjectUpdate,
    Region,
    Village,
)
from ...models.pledge import ACTIVE_PLEDGE_STATUSES
from .. import figures
from ._sql import CHILD_LENGTH, month_of, prefix_of, ratio, under

TREND_MONTHS = 12
PUBLIC_LEVELS = (0, 2, 4, 6)  # the public page drills down to counties; townships are the offices' business


def check_region(code: str | None) -> Region | None:
    """Return the region a statistics scope names (None for the whole country); raise NotFound otherwise."""
    if not code:
        return None
    if not (code.isascii() and code.isdigit()) or len(code) not in (2, 4, 6, 9):
        raise NotFound("没有这个地区")
    region = db.session.get(Region, code)
    if region is None:
        raise NotFound("没有这个地区")
    return region


def need_totals(prefix: str, group=None) -> list:
    """Return rows of (group, published, matched, delivered, completed) of the needs under ``prefix``."""
    ever = Need.published_at.is_not(None)
    columns = [
        func.count(Need.id).label("published"),
        func.sum(case((Need.pledged_quantity > 0, 1), else_=0)).label("matched"),
        func.sum(case((Need.status.in_(("delivered", "completed")), 1), else_=0)).label("delivered"),
        func.sum(case((Need.status == "completed", 1), else_=0)).label("completed"),
    ]
    stmt = select(*([group.label("key")] if group is not None else []), *columns).where(ever, under(Need.region_code, prefix))
    if group is not None:
        stmt = stmt.group_by(group)
    return db.session.execute(stmt).all()


def _totals_dict(row) -> dict:
    published = row.published or 0
    matched, delivered, completed = (int(row.matched or 0), int(row.delivered or 0), int(row.completed or 0))
    return {"published": published, "matched": matched, "delivered": delivered, "completed": completed,
            "matching_rate": ratio(matched, published), "success_rate": ratio(completed, published)}


NO_NEEDS = {"published": 0, "matched": 0, "delivered": 0, "completed": 0, "matching_rate": None, "success_rate": None}


def _households(prefix: str, group=None):
    stmt = select(*([group.label("key")] if group is not None else []), func.count(Household.id).label("n")) \
        .join(Village, Household.village_id == Village.id).where(under(Village.code, prefix))
    return db.session.execute(stmt.group_by(group) if group is not None else stmt).all()


def by_category(prefix: str) -> list[dict]:
    """Return per category: needs published and completed, cash pledged (元), goods pledges and their count."""
    needs = {row.key: _totals_dict(row) for row in need_totals(prefix, Need.category)}
    pledged = db.session.execute(
        select(Need.category, Need.kind, func.count(Pledge.id), func.coalesce(func.sum(Pledge.quantity), 0))
        .join(Need, Pledge.need_id == Need.id)
        .where(Pledge.status.in_(ACTIVE_PLEDGE_STATUSES), under(Need.region_code, prefix))
        .group_by(Need.category, Need.kind)
    ).all()
    out = []
    for code, label in CATEGORIES.items():
        row = needs.get(code, NO_NEEDS)
        cash = sum((amount for category, kind, _n, amount in pledged if category == code and kind == "cash"), 0)
        goods = sum((n for category, kind, n, _a in pledged if category == code and kind == "goods"), 0)
        services = sum((n for category, kind, n, _a in pledged if category == code and kind == "service"), 0)
        out.append({"code": code, "label": label, "published": row["published"], "completed": row["completed"],
                    "cash_pledged": cash, "goods_pledges": goods, "service_pledges": services})
    return out


def organisations_by_kind(prefix: str) -> list[dict]:
    """Return verified organisations registered under ``prefix``, per kind, and those that helped here."""
    registered = dict(db.session.execute(
        select(Organisation.kind, func.count(Organisation.id))
        .where(Organisation.verification == "verified", under(Organisation.region_code, prefix))
        .group_by(Organisation.kind)
    ).all())
    helping = dict(db.session.execute(
        select(Organisation.kind, func.count(func.distinct(Organisation.id)))
        .join(Pledge, Pledge.organisation_id == Organisation.id).join(Need, Pledge.need_id == Need.id)
        .where(Pledge.status.in_(ACTIVE_PLEDGE_STATUSES), under(Need.region_code, prefix))
        .group_by(Organisation.kind)
    ).all())
    return [{"code": code, "label": label, "registered": registered.get(code, 0), "helping": helping.get(code, 0)}
            for code, label in ORGANISATION_KINDS.items()]


def spent_per_project():
    """Return a subquery (project_id, spent): the largest confirmed cumulative amount spent of each project.

    Updates report the amount spent so far, so the largest confirmed one is the project's current figure.
    """
    return (
        select(ProjectUpdate.project_id.label("project_id"), func.max(ProjectUpdate.amount_spent).label("spent"))
        .where(ProjectUpdate.confirmed_at.is_not(None))
        .group_by(ProjectUpdate.project_id)
        .subquery()
    )


def projects_by_pairing(prefix: str) -> list[dict]:
    """Return cooperation projects whose recipient lies under ``prefix``, per (helper, recipient) pair."""
    spent = spent_per_project()
    helper, recipient = CooperationProject.helper_region_code, CooperationProject.recipient_region_code
    rows = db.session.execute(
        select(helper, recipient, func.count(CooperationProject.id), func.coalesce(func.sum(CooperationProject.budget), 0),
               func.coalesce(func.sum(spent.c.spent), 0),
               func.sum(case((CooperationProject.status == "completed", 1), else_=0)))
        .outerjoin(spent, spent.c.project_id == CooperationProject.id)
        .where(CooperationProject.status != "cancelled", under(recipient, prefix))
        .group_by(helper, recipient).order_by(func.sum(CooperationProject.budget).desc())
    ).all()
    names = region_names({code for row in rows for code in row[:2]})
    return [{"helper": h, "helper_name": names.get(h, h), "recipient": r, "recipient_name": names.get(r, r),
             "projects": n, "budget": budget, "spent": spent_amount, "completed": int(done or 0),
             "funds_rate": ratio(float(spent_amount), float(budget))}
            for h, r, n, budget, spent_amount, done in rows]


def region_names(codes) -> dict[str, str]:
    """Return {code: name} for the region codes given (one query)."""
    codes = [c for c in set(codes) if c]
    if not codes:
        return {}
    return dict(db.session.execute(select(Region.code, Region.name).where(Region.code.in_(codes))).all())


def monthly_trends(prefix: str, months: int = TREND_MONTHS) -> list[dict]:
    """Return the last ``months`` months that have activity: needs published, pledges made, needs completed."""
    published = _month_counts(Need.published_at, select().select_from(Need).where(under(Need.region_code, prefix)))
    pledged = _month_counts(Pledge.created_at, select().select_from(Pledge).join(Need, Pledge.need_id == Need.id)
                            .where(under(Need.region_code, prefix)))
    completed = _month_counts(Need.closed_at, select().select_from(Need)
                              .where(Need.status == "completed", under(Need.region_code, prefix)))
    keys = sorted(set(published) | set(pledged) | set(completed))[-months:]
    return [{"month": m, "published": published.get(m, 0), "pledges": pledged.get(m, 0),
             "completed": completed.get(m, 0)} for m in keys]


def _month_counts(column, stmt) -> dict[str, int]:
    month = month_of(column)
    return {m: n for m, n in db.session.execute(
        stmt.add_columns(month.label("m"), func.count()).where(column.is_not(None)).group_by(month)).all()}


def children(prefix: str) -> list[dict]:
    """Return the regions one level below ``prefix`` with their need figures, households and centre."""
    length = CHILD_LENGTH[len(prefix)]
    needs = {row.key: _totals_dict(row) for row in need_totals(prefix, prefix_of(Need.region_code, length))}
    households = {row.key: row.n for row in _households(prefix, prefix_of(Village.code, length))}
    stmt = select(Region).where(Region.parent_code == prefix) if prefix else select(Region).where(Region.level == "province")
    out = []
    for region in db.session.scalars(stmt.order_by(Region.code)):
        row = needs.get(region.code, NO_NEEDS)
        out.append({"code": region.code, "name": region.name, "households": households.get(region.code, 0),
                    "lng": region.longitude, "lat": region.latitude, **row})
    return out


@figures.figure("stats.overview")
def overview(scope: str) -> dict:
    """Return the 对接成效 of a region (scope = code, "" for the whole country); see the module docstring."""
    region = check_region(scope)
    prefix = scope or ""
    totals = _totals_dict(need_totals(prefix)[0])
    households = _households(prefix)[0].n
    pledges = db.session.execute(
        select(func.count(Pledge.id), func.count(func.distinct(Pledge.donor_id)))
        .join(Need, Pledge.need_id == Need.id)
        .where(Pledge.status.in_(ACTIVE_PLEDGE_STATUSES), under(Need.region_code, prefix))
    ).one()
    return {
        "region": {"code": prefix, "name": region.name if region else "全国", "level": region.level if region else "national"},
        "totals": {**totals, "households": households, "pledges": pledges[0], "donors": pledges[1]},
        "categories": by_category(prefix),
        "organisations": organisations_by_kind(prefix),
        "pairings": projects_by_pairing(prefix),
        "trends": monthly_trends(prefix),
        "children": children(prefix) if len(prefix) < 9 else [],
    }
