"""Review (审核): the queue of each office, approve or reject at each level, and likely duplicates.

Levels come from ``REVIEW_LEVELS`` (default township, then county); ``Need.review_level`` indexes it.
An office reviews the pending needs at its own level inside its region; an admin may review any. The
queue itself (pages, filters, waiting times) is ``services/review_queue.py``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload, selectinload

from ..crypto import mask_name
from ..errors import DomainError, Forbidden, Invalid, NotFound
from .. import queue as task_queue
from ..extensions import db
from ..models import OFFICE_LEVELS, Household, Need, Pledge, ReviewRecord, User
from ..models._types import utcnow
from ..templating import need_status_label
from . import audit, notify, registry_query, scope
from .needs import get_need, link, transition

# Two texts are "nearly the same" at this difflib ratio or above (title + description, whitespace and
# punctuation removed). 0.75 flags reposts with a changed word or two, not needs that merely share a topic.
DUPLICATE_THRESHOLD = 0.75
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)


def levels() -> list[str]:
    """Return the configured review levels, first level first."""
    return list(current_app.config["REVIEW_LEVELS"])


def level_of(need: Need) -> str:
    """Return the office level that must decide on the pending ``need`` now."""
    return levels()[need.review_level]


# The office that reviews at each level, as people name it (乡镇扶贫办审核中, not 第 1 级审核中).
REVIEW_OFFICES = {"township": "乡镇扶贫办", "county": "县扶贫办", "prefecture": "市扶贫办", "province": "省扶贫办",
                  "national": "国务院扶贫办"}


def office_of_level(level: str) -> str:
    """Return the name of the office reviewing at ``level`` (a key of ``REVIEW_LEVELS``): 乡镇扶贫办 …"""
    return REVIEW_OFFICES.get(level, OFFICE_LEVELS.get(level, level) + "扶贫办")


def reviewing_office(need: Need) -> str:
    """Return the name of the office that must decide on the pending ``need`` now: 乡镇扶贫办, 县扶贫办 …"""
    return office_of_level(level_of(need))


def level_label(need: Need) -> str:
    """Return the review step of ``need`` in Chinese: 乡镇扶贫办审核."""
    return reviewing_office(need) + "审核"


def can_review(user: User | None, need: Need) -> bool:
    """Return whether ``user`` may decide on ``need`` at its current level."""
    if user is None or not getattr(user, "is_authenticated", False) or need.status != "pending":
        return False
    if user.role == "admin":
        return True
    return (
        user.role == "office"
        and user.office_level == level_of(need)
        and scope.covers(user, need.region_code)
    )


def get_for_review(user: User, need_id: int) -> Need:
    """Return a need the user may review now; other staff answer NotFound, everyone else Forbidden."""
    if user.role not in ("office", "admin"):
        raise Forbidden("只有扶贫办工作人员可以审核需求")
    need = get_need(need_id)
    if not can_review(user, need):
        raise NotFound("该需求不在您的待审队列中")
    return need


def _text(need: Need) -> str:
    return _NOISE.sub("", f"{need.title}{need.description}").lower()


def similarity(a: Need, b: Need) -> float:
    """Return the difflib ratio of two needs' title + description, punctuation and spaces removed."""
    return difflib.SequenceMatcher(None, _text(a), _text(b), autojunk=False).ratio()


@dataclass(frozen=True)
class Duplicate:
    """Another need that looks like the same request."""

    need: Need
    ratio: float
    same_beneficiary: bool


def likely_duplicates(need: Need) -> list[Duplicate]:
    """Return other needs of the same beneficiary or village whose text is nearly the same, closest first."""
    stmt = select(Need).where(
        Need.id != need.id,
        Need.status != "draft",
        or_(Need.village_id == need.village_id, Need.household_id == need.household_id)
        if need.household_id
        else Need.village_id == need.village_id,
    ).options(joinedload(Need.household), joinedload(Need.village))
    found = []
    for other in db.session.scalars(stmt.limit(300)).unique():
        ratio = similarity(need, other)
        if ratio >= DUPLICATE_THRESHOLD:
            same = (other.household_id or None) == (need.household_id or None) and other.village_id == need.village_id
            found.append(Duplicate(other, ratio, same))
    return sorted(found, key=lambda d: -d.ratio)


@dataclass(frozen=True)
class HouseholdPanel:
    """The household behind a need as the reviewer sees it: plain values read before the audit commits.

    ``name`` is the head's name in clear for staff whose scope covers the household (audited as
    ``household.view_personal`` via ``needs.review``), the masked name otherwise; ``members`` are
    (name, relation, birth year) with the same rule; ``plan`` lists the measures of its 帮扶计划 (None
    when it has none); ``helper_name`` is its 帮扶责任人 (masked) or, failing that, the helper account; ``past_needs`` are the household's other non-draft needs, newest first, and
    ``help_received`` the pledges on them that arrived (received / completed).
    """

    household_id: int
    name: str
    status: str
    attribute: str
    causes: tuple[str, ...]
    income_per_capita: object
    members_count: int
    members: tuple[tuple[str, str, int | None], ...]
    helper_name: str
    planned_exit_year: int | None
    plan: tuple[tuple[str, int, str], ...] | None  # (measure, progress %, status) of its 帮扶计划, None: no plan
    past_needs: tuple[tuple[int, str, str, object], ...]  # (id, title, status label, created_at)
    help_received: tuple[tuple[str, str, str, object], ...]  # (need title, "3 件", donor, received_at)


def household_panel(user: User, need: Need) -> HouseholdPanel | None:
    """Return the household behind ``need`` for its review page, or None for a need of a village itself."""
    if need.household_id is None:
        return None
    household = db.session.scalar(select(Household).where(Household.id == need.household_id).options(
        joinedload(Household.village), joinedload(Household.helper), selectinload(Household.members)))
    others = list(db.session.scalars(
        select(Need).where(Need.household_id == household.id, Need.id != need.id, Need.status != "draft")
        .order_by(Need.id.desc()).limit(50)))
    received = list(db.session.execute(
        select(Need.title, Need.unit, Pledge.quantity, User.display_name, Pledge.received_at)
        .join(Pledge, Pledge.need_id == Need.id).join(User, User.id == Pledge.donor_id)
        .where(Need.household_id == household.id, Pledge.status.in_(("received", "completed")))
        .order_by(Pledge.received_at.desc(), Pledge.id.desc()).limit(50)))
    in_clear = registry_query.may_see_personal(user, household)
    panel = HouseholdPanel(
        household_id=household.id, name=household.head_name_masked, status=household.status,
        attribute=household.attribute, causes=tuple(household.causes),
        income_per_capita=household.income_per_capita, members_count=household.members_count,
        members=tuple((m.name if in_clear else mask_name(m.name), m.relation, m.birth_year)
                      for m in household.members),
        helper_name=(household.assigned_helper.name_masked if household.assigned_helper is not None
                     else household.helper.display_name if household.helper is not None else ""),
        planned_exit_year=household.planned_exit_year, plan=_plan_lines(household),
        past_needs=tuple((n.id, n.title, need_status_label(n), n.created_at) for n in others),
        help_received=tuple((r.title, f"{r.quantity.normalize():f} {r.unit}", r.display_name, r.received_at)
                            for r in received),
    )
    names = registry_query.real_names(user, [household], via="needs.review")
    return HouseholdPanel(**{**panel.__dict__, "name": names.get(household.id, panel.name)})


def _plan_lines(household: Household) -> tuple[tuple[str, int, str], ...] | None:
    from ..models import MEASURE_KINDS, MEASURE_STATUSES

    plan = household.plan
    if plan is None:
        return None
    return tuple((MEASURE_KINDS[m.kind], m.progress, MEASURE_STATUSES[m.status]) for m in plan.measures)


# The fields a rejection keeps (ReviewRecord.snapshot) and the review of the resubmission compares.
SNAPSHOT_FIELDS = {"beneficiary": "受助对象", "category": "类别", "kind": "类型", "title": "标题",
                   "description": "需求说明", "quantity": "数量", "unit": "单位", "urgency": "紧急程度",
                   "deadline": "截止日期", "photos": "照片"}


def need_snapshot(need: Need) -> dict[str, str]:
    """Return the need's reviewable fields as display strings (kept with a rejection, compared later)."""
    from ..models import CATEGORIES, KINDS, URGENCIES
    from ..models._types import plain_quantity

    return {
        "beneficiary": f"household:{need.household_id}" if need.household_id else f"village:{need.village_id}",
        "category": CATEGORIES.get(need.category, need.category), "kind": KINDS.get(need.kind, need.kind),
        "title": need.title, "description": need.description, "quantity": plain_quantity(need.quantity),
        "unit": need.unit or "", "urgency": URGENCIES.get(need.urgency, str(need.urgency)),
        "deadline": need.deadline.isoformat() if need.deadline else "", "photos": f"{len(need.photos)} 张",
    }


@dataclass(frozen=True)
class EarlierRejection:
    """The last time this need was sent back: at which level, by whom, when, and why; and what changed since.

    ``changes`` are (field label, before, after) for every field that differs from the need as it was
    rejected; None when the rejection predates kept snapshots (nothing to compare with).
    """

    level_label: str
    reviewer_name: str
    reason: str
    at: object
    changes: tuple[tuple[str, str, str], ...] | None = None


def earlier_rejection(need: Need) -> EarlierRejection | None:
    """Return the need's latest rejection (shown when a rejected need comes back), or None if never rejected."""
    record = next((r for r in reversed(need.reviews) if r.decision == "reject"), None)
    if record is None:
        return None
    changes = None
    if record.snapshot is not None:
        now = need_snapshot(need)
        changes = tuple((label, str(record.snapshot.get(key, "")), now[key]) for key, label in SNAPSHOT_FIELDS.items()
                        if str(record.snapshot.get(key, "")) != now[key])
    return EarlierRejection(level_label=office_of_level(record.level) + "审核",
                            reviewer_name=record.reviewer.display_name, reason=record.reason, at=record.created_at,
                            changes=changes)


def approve(user: User, need: Need) -> Need:
    """Approve at the current level: move to the next level, or publish after the last one."""
    if not can_review(user, need):
        raise NotFound("该需求不在您的待审队列中")
    level = level_of(need)
    now = utcnow()
    db.session.add(ReviewRecord(need_id=need.id, level=level, reviewer_id=user.id, decision="approve", reason="",
                                created_at=now))
    if need.review_level + 1 < len(levels()):
        # It waits at the next level from now on (the queue's order and its 已等待, ``level_since``).
        transition(need, "approve", review_level=need.review_level + 1, level_since=now)
        audit.record("need.approve", "need", need.id, need.region_code, {"level": level})
        notify_reviewers(need)
    else:
        transition(need, "publish", published_at=utcnow())
        audit.record("need.publish", "need", need.id, need.region_code, {"level": level})
        notify.notify([need.posted_by], "need.published", f"您代发的需求“{need.title}”已审核通过并公开发布",
                      link("public.need_detail", need_id=need.id))
    db.session.commit()
    if need.status == "published":
        task_queue.enqueue("match_need", need.id)  # its offers within a minute, from the worker
    return need


@dataclass(frozen=True)
class BatchOutcome:
    """What became of one need of a batch approval: its id, title (if found) and a message in Chinese."""

    need_id: int
    title: str
    approved: bool
    message: str


MAX_BATCH = 100


def approve_many(user: User, need_ids) -> list[BatchOutcome]:
    """Approve several needs at once, each through :func:`approve` with all its checks, each in its own transaction.

    ``need_ids`` are ids as posted (strings or ints; duplicates ignored). A need that fails (not in the
    user's queue any more, decided by someone else meanwhile) is reported and the others go on.
    Raises Forbidden for anyone but offices and admins; Invalid for no ids, a bad id, or more than
    ``MAX_BATCH`` ids.
    """
    if user.role not in ("office", "admin"):
        raise Forbidden("只有扶贫办工作人员可以审核需求")
    ids: list[int] = []
    for raw in need_ids or ():
        text = str(raw).strip()
        if not (text.isascii() and text.isdigit() and len(text) < 10):
            raise Invalid("所选需求无效", field="need_ids")
        if int(text) not in ids:
            ids.append(int(text))
    if not ids:
        raise Invalid("请至少选择一条需求", field="need_ids")
    if len(ids) > MAX_BATCH:
        raise Invalid(f"一次最多批量审核{MAX_BATCH}条需求", field="need_ids")
    outcomes = []
    for need_id in ids:
        title = ""
        try:
            need = get_for_review(user, need_id)
            title = need.title
            approve(user, need)
        except DomainError as error:
            db.session.rollback()
            outcomes.append(BatchOutcome(need_id, title, False, f"“{title}”未通过：{error}" if title
                                         else f"需求 #{need_id}：{error}"))
        else:
            done = "已审核通过并公开发布" if need.status == "published" else f"已审核通过，转{level_label(need)}"
            outcomes.append(BatchOutcome(need_id, title, True, f"“{title}”{done}"))
    return outcomes


def reject(user: User, need: Need, reason: str) -> Need:
    """Reject with a reason: the need goes back to its poster, who edits and resubmits it."""
    if not can_review(user, need):
        raise NotFound("该需求不在您的待审队列中")
    reason = (reason or "").strip()
    if not reason:
        raise Invalid("退回时必须填写原因", field="reason")
    if len(reason) > 500:
        raise Invalid("退回原因不能超过500字", field="reason")
    level = level_of(need)
    db.session.add(ReviewRecord(need_id=need.id, level=level, reviewer_id=user.id, decision="reject", reason=reason,
                                snapshot=need_snapshot(need)))
    transition(need, "reject", review_level=0)
    audit.record("need.reject", "need", need.id, need.region_code, {"level": level, "reason": reason})
    notify.notify([need.posted_by], "need.rejected", f"您代发的需求“{need.title}”被退回：{reason}",
                  link("needs.manage", need_id=need.id))
    db.session.commit()
    return need


def reviewers_for(need: Need) -> list[User]:
    """Return the active office accounts of the need's current level whose region contains the need."""
    level = level_of(need)
    prefixes = [need.region_code[:n] for n in (2, 4, 6, 9, 12) if n <= len(need.region_code)]
    stmt = select(User).where(
        User.role == "office",
        User.office_level == level,
        User.is_active_account.is_(True),
        or_(User.region_code.in_(prefixes), User.office_level == "national"),
    )
    return list(db.session.scalars(stmt))


def notify_reviewers(need: Need) -> None:
    """Tell the offices of the need's current level that it waits for them."""
    notify.notify(reviewers_for(need), "need.review", f"需求“{need.title}”等待{level_label(need)}",
                  link("needs.review_need", need_id=need.id))

