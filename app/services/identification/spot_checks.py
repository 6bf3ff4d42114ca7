"""抽检核查: the county's reproducible random sample of the cases awaiting approval, assigned to staff, and the checks' outcomes."""

from __future__ import annotations

import math
import random
import secrets
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from ... import clock
from ...errors import Conflict, Forbidden, Invalid, NotFound
from ...extensions import db
from ...models import IdentificationCase, SpotCheck, SpotCheckDraw, User
from ...models._types import utcnow
from ...security import MAX_DB_INT
from .. import audit, scope
from .common import _authenticated, _note, _step, can_approve_as_county, default_share


def sample_case_ids(case_ids: list[int], share: Decimal, seed: int) -> list[int]:
    """Return the sampled ids: ceil(share × n) of them (at least one when n > 0), the same for the same
    ids, share and seed (the ids are sorted first, then ``random.Random(seed).sample``)."""
    ordered = sorted(case_ids)
    if not ordered:
        return []
    size = min(len(ordered), max(1, math.ceil(Decimal(share) * len(ordered))))
    return sorted(random.Random(seed).sample(ordered, size))


def _share(value) -> Decimal:
    try:
        share = Decimal(str(value)) if value not in (None, "") else default_share()
    except InvalidOperation:
        raise Invalid("抽检比例应为0到1之间的小数，如 0.2", field="share") from None
    if not share.is_finite() or not 0 < share <= 1:
        raise Invalid("抽检比例应大于0且不超过1", field="share")
    return share.quantize(Decimal("0.0001"))


def checkers_for(user: User) -> list[User]:
    """Return the active office accounts inside the user's scope that a spot check can be assigned to."""
    region = scope.region_scope(user)
    if region is None:
        return []
    stmt = select(User).where(User.role == "office", User.is_active_account.is_(True))
    if region:
        stmt = stmt.where(User.region_code.startswith(region, autoescape=True))
    return list(db.session.scalars(stmt.order_by(User.id)))


def draw_spot_checks(user: User, assignee_ids: list[int], share=None, seed: int | None = None,
                     year: int | None = None) -> SpotCheckDraw:
    """Draw the 抽检核查 sample of the cases awaiting the county's approval in the user's scope.

    The population is every case in ``county_review`` inside the scope without a spot check yet; the
    sample is ``sample_case_ids(ids, share, seed)`` (share default SPOT_CHECK_SHARE, seed random when not
    given and kept on the draw, so the draw can be repeated); the checks are assigned round-robin to
    ``assignee_ids`` (office accounts inside the scope).
    """
    if not can_approve_as_county(user):
        raise Forbidden("县级审批和抽检核查由县级及以上扶贫办办理")
    share = _share(share)
    seed = secrets.randbelow(2 ** 31) if seed is None else seed
    if not isinstance(seed, int) or not 0 <= seed < 2 ** 31:
        raise Invalid("随机种子应为0–2147483647的整数", field="seed")
    allowed = {u.id: u for u in checkers_for(user)}
    assignees = [allowed[i] for i in dict.fromkeys(assignee_ids or []) if i in allowed]
    if not assignees or len(assignees) != len(set(assignee_ids)):
        raise Invalid("请选择本辖区内的核查人员", field="assignees")
    checked = select(SpotCheck.case_id)
    population = list(db.session.scalars(select(IdentificationCase.id).where(
        scope.scope_filter(user, IdentificationCase.region_code), IdentificationCase.status == "county_review",
        IdentificationCase.id.not_in(checked))))
    if not population:
        raise Invalid("没有待抽检的户", field="share")
    region = scope.region_scope(user) or ""
    draw = SpotCheckDraw(county_code=region, year=year or clock.china_today().year, seed=seed, share=share,
                         population=len(population), drawn_by_id=user.id)
    db.session.add(draw)
    db.session.flush()
    cases = {c.id: c for c in db.session.scalars(select(IdentificationCase).where(
        IdentificationCase.id.in_(population)))}
    for n, case_id in enumerate(sample_case_ids(population, share, seed)):
        case = cases[case_id]
        checker = assignees[n % len(assignees)]
        db.session.add(SpotCheck(draw_id=draw.id, case_id=case.id, region_code=case.region_code,
                                 assigned_to_id=checker.id))
        _step(case, "spot_check", user, note=f"抽中核查，指派给{checker.display_name}")
    audit.record("spot_check.draw", "spot_check_draw", draw.id, region,
                 {"seed": seed, "share": str(share), "population": len(population)}, actor=user)
    db.session.commit()
    return draw


def list_draws(user: User, limit: int = 20) -> list[SpotCheckDraw]:
    """Return the newest spot-check draws in the user's scope (county-level offices and admins)."""
    if not can_approve_as_county(user):
        raise Forbidden("县级审批和抽检核查由县级及以上扶贫办办理")
    return list(db.session.scalars(select(SpotCheckDraw).where(scope.scope_filter(user, SpotCheckDraw.county_code))
                                   .options(selectinload(SpotCheckDraw.checks)).order_by(SpotCheckDraw.id.desc())
                                   .limit(limit)))


def get_check(user: User, check_id: int) -> SpotCheck:
    """Return a spot check the user may see: assigned to them, or in the scope of a county-level office."""
    check = db.session.get(SpotCheck, check_id) if 0 < check_id <= MAX_DB_INT else None
    if check is None or not _authenticated(user) or not (
            check.assigned_to_id == user.id or (can_approve_as_county(user) and scope.covers(user, check.region_code))):
        raise NotFound("该核查任务不存在或不在您的管辖范围内")
    return check


def my_checks(user: User) -> list[SpotCheck]:
    """Return the pending spot checks assigned to the user, oldest first."""
    if not _authenticated(user):
        return []
    return list(db.session.scalars(select(SpotCheck).where(
        SpotCheck.assigned_to_id == user.id, SpotCheck.outcome == "pending")
        .options(joinedload(SpotCheck.case)).order_by(SpotCheck.id)))


def record_check(user: User, check: SpotCheck, passed: bool, note: str = "") -> SpotCheck:
    """Record a spot check's outcome; a failed check sends the household back to the village (note required)."""
    check = get_check(user, check.id)
    if check.outcome != "pending":
        raise Conflict("该核查已有结论")
    note = _note(note)
    if not passed and not note:
        raise Invalid("核查未通过时必须说明原因", field="note")
    check.outcome = "passed" if passed else "failed"
    check.note = note
    check.checked_by_id = user.id
    check.checked_at = utcnow()
    case = check.case
    _step(case, "spot_check", user, "passed" if passed else "failed", note)
    if not passed and case.status == "county_review":
        case.status = "sent_back"
        _step(case, "sent_back", user, "failed", f"抽检核查未通过：{note}")
    db.session.commit()
    return check
