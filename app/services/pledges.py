"""Pledges (认领): pledge what remains of a need, ship or hand it over, cancel, confirm receipt, expire.

Over-pledging is impossible under concurrency because the check and the change are ONE conditional
UPDATE of the need (``... WHERE status = 'published' AND quantity - pledged_quantity >= :q``): on
PostgreSQL a racing UPDATE waits for the row lock and re-checks the condition, on SQLite writers are
serialised by the database lock (busy_timeout makes them wait instead of failing).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import joinedload

from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..extensions import db
from ..models import Need, Offer, Pledge, User
from ..models._types import plain_quantity, utcnow, whole_unit_problem
from ..models.pledge import DELIVERY_METHODS
from ..security import MAX_DB_INT
from ..templating import need_status_label
from . import audit, donor, notify, offers, scope
from .needs import can_manage, get_need, link, touch_search, transition

DONOR_ROLES = ("donor", "org_member")
SOLD_OUT = "该需求剩余数量不足，已被其他爱心人士认领"
# Pledges that still wait for the donor to send or hand over.
UNSHIPPED = ("pledged",)


def parse_quantity(value) -> Decimal:
    """Return ``value`` as a positive quantity with two decimals, or raise Invalid."""
    try:
        quantity = Decimal(str(value).strip()).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise Invalid("认领数量必须是数字", field="quantity") from None
    if not quantity.is_finite():  # "NaN" survives quantize, and comparing it raises
        raise Invalid("认领数量必须是数字", field="quantity")
    if quantity <= 0:
        raise Invalid("认领数量必须大于0", field="quantity")
    return quantity


def require_donor(user: User) -> None:
    """Raise Forbidden unless the user may pledge (donors and organisation members)."""
    if user is None or not getattr(user, "is_authenticated", False) or user.role not in DONOR_ROLES:
        raise Forbidden("只有爱心人士和帮扶主体成员可以认领需求")
    if user.role == "org_member" and (user.organisation is None or user.organisation.verification != "verified"):
        raise Forbidden("您所在的机构尚未通过认证，认证通过后才能认领需求")


def pledge(user: User, need_id: int, quantity, offer_id: int | str | None = None, from_recommendation: bool = False) -> Pledge:
    """Pledge ``quantity`` of what remains of a published need, optionally drawn from one of the user's offers.

    Raises Conflict with the clear "no longer available" answer when another donor got there first.
    """
    require_donor(user)
    quantity = parse_quantity(quantity)
    need = db.session.get(Need, need_id)
    if need is None or not need.is_public:
        raise NotFound("该需求不存在或尚未公开")
    if need.status != "published":
        raise Conflict(SOLD_OUT if need.status == "pledged" else f"需求当前状态为“{need_status_label(need)}”，不能认领")
    if quantity > need.quantity:
        raise Invalid("认领数量不能超过需求总量", field="quantity")
    if need.kind != "cash" and (problem := whole_unit_problem(quantity, need.unit)):
        raise Invalid(problem, field="quantity")
    offer = _own_offer(user, offer_id) if offer_id else None
    if offer is not None:
        _check_offer_fits(offer, need, quantity)
    # ONE statement checks what remains and takes it: the heart of "over-pledging is impossible".
    result = db.session.execute(
        update(Need)
        .where(Need.id == need.id, Need.status == "published", Need.quantity - Need.pledged_quantity >= quantity)
        .values(
            pledged_quantity=Need.pledged_quantity + quantity,
            status=case((Need.pledged_quantity + quantity == Need.quantity, "pledged"), else_=Need.status),
            updated_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.rollback()
        raise Conflict(SOLD_OUT)
    try:
        if offer is not None:
            # draw_down's UPDATE locks the offer's row (PostgreSQL) or holds the write lock (SQLite) until
            # commit, so the cap is re-counted here against every pledge committed before us: the check
            # before the UPDATE above was only a courtesy and could be stale under a race.
            offers.draw_down(offer, quantity)
            offers.check_beneficiary_cap(offer, need, quantity)
    except (Conflict, Invalid):
        db.session.rollback()
        raise
    record = Pledge(
        need_id=need.id,
        offer_id=offer.id if offer is not None else None,
        donor_id=user.id,
        organisation_id=user.organisation_id if user.role == "org_member" else None,
        quantity=quantity,
        status="pledged",
        from_recommendation=from_recommendation,
    )
    db.session.add(record)
    db.session.flush()
    touch_search(need.id)
    db.session.refresh(need)
    audit.record("pledge.create", "pledge", record.id, need.region_code,
                 {"need": need.id, "quantity": str(quantity), "offer": record.offer_id})
    notify.notify(_beneficiary_side(need), "pledge.new",
                  f"需求“{need.title}”收到新的认领：{_qty(quantity)} {need.unit}",
                  link("needs.manage", need_id=need.id))
    db.session.commit()
    return record


def _own_offer(user: User, offer_id: int | str) -> Offer:
    # The id comes from a form field: a forged non-number or one past the column's range is no offer
    # (no field named: the select is not shown to a donor without offers, so the message goes above).
    try:
        offer_id = int(offer_id)
    except (TypeError, ValueError):
        raise Invalid("请选择您自己的帮扶资源") from None
    if not 0 < offer_id <= MAX_DB_INT:
        raise Invalid("请选择您自己的帮扶资源")
    offer = db.session.get(Offer, offer_id)
    if offer is None or not offers.can_draw_from(user, offer):
        raise NotFound("该帮扶资源不存在或不属于您")
    return offer


def _check_offer_fits(offer: Offer, need: Need, quantity: Decimal) -> None:
    if offer.kind != need.kind:
        raise Invalid("该帮扶资源的类型与需求不符", field="offer_id")
    if not offers.targets_region(offer, need.region_code):
        raise Invalid("该帮扶资源不面向此需求所在地区", field="offer_id")
    offers.check_beneficiary_cap(offer, need, quantity)


def own_offers(user: User, need: Need) -> list[Offer]:
    """Return the user's active offers of the need's kind that could fund a pledge."""
    if user.role not in DONOR_ROLES:
        return []
    owner = Offer.poster_id == user.id
    if user.role == "org_member" and user.organisation_id:
        owner = owner | (Offer.organisation_id == user.organisation_id)
    stmt = select(Offer).where(owner, Offer.status == "active", Offer.kind == need.kind, Offer.remaining > 0)
    return list(db.session.scalars(stmt.order_by(Offer.id)))


def _qty(value: Decimal) -> str:
    return plain_quantity(value)


def _beneficiary_side(need: Need) -> list[User]:
    """Return who acts for the need's beneficiary: the poster, the village's officers, the household's helper."""
    users = {need.posted_by_id: need.posted_by} if need.posted_by is not None else {}
    officers = db.session.scalars(
        select(User).where(User.role == "village_officer", User.village_id == need.village_id,
                           User.is_active_account.is_(True))
    )
    for officer in officers:
        users[officer.id] = officer
    if need.household is not None and need.household.helper is not None:
        users[need.household.helper.id] = need.household.helper
    return list(users.values())


# ---------------------------------------------------------------- reading


def get_pledge(pledge_id: int) -> Pledge:
    """Return the pledge or raise NotFound."""
    record = db.session.scalar(
        select(Pledge).where(Pledge.id == pledge_id).options(joinedload(Pledge.need).joinedload(Need.village))
    )
    if record is None:
        raise NotFound("该认领不存在")
    return record


def get_visible_pledge(user: User, pledge_id: int) -> Pledge:
    """Return a pledge the user made or acts on (beneficiary side, staff in scope); others answer NotFound."""
    record = get_pledge(pledge_id)
    if not can_see(user, record):
        raise NotFound("该认领不存在")
    return record


def can_see(user: User, record: Pledge) -> bool:
    """Return whether ``user`` may see the pledge's details (the donor, the beneficiary side, staff in scope)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if record.donor_id == user.id:
        return True
    if can_manage(user, record.need):
        return True
    return user.role in ("office", "admin") and scope.covers(user, record.need.region_code)


def history(user: User) -> list[Pledge]:
    """Return the donor's pledges, newest first."""
    stmt = (
        select(Pledge)
        .where(Pledge.donor_id == user.id)
        .options(joinedload(Pledge.need).joinedload(Need.village))
        .order_by(Pledge.id.desc())
    )
    return list(db.session.scalars(stmt).unique())


def for_need(need: Need) -> list[Pledge]:
    """Return every pledge of a need, oldest first."""
    stmt = select(Pledge).where(Pledge.need_id == need.id).options(joinedload(Pledge.donor)).order_by(Pledge.id)
    return list(db.session.scalars(stmt).unique())


def delivery_contacts(record: Pledge) -> dict:
    """Return where to send a pledge and whom to call: the village's delivery address and officers.

    Never the household's ID number, phone or address: the village committee receives on its behalf.
    """
    need = record.need
    officers = list(db.session.scalars(
        select(User).where(User.role == "village_officer", User.village_id == need.village_id,
                           User.is_active_account.is_(True)).order_by(User.id)
    ))
    return {
        "village": need.village.name,
        "address": need.village.delivery_address or f"{need.village.name}村民委员会",
        "contacts": [(u.display_name, u.phone) for u in officers],
    }


# ---------------------------------------------------------------- delivery


def ship(user: User, pledge_id: int, method: str, carrier: str = "", tracking_number: str = "",
         handover_date: date | None = None) -> Pledge:
    """Record that the donor sent the pledge: express (carrier + tracking), in person (date) or transfer."""
    record = get_pledge(pledge_id)
    if record.donor_id != user.id:
        raise NotFound("该认领不存在")
    if method not in DELIVERY_METHODS:
        raise Invalid("请选择交付方式", field="method")
    carrier, tracking_number = (carrier or "").strip(), (tracking_number or "").strip()
    if method == "express":
        if not carrier or len(carrier) > 32:
            raise Invalid("请填写快递公司", field="carrier")
        if not tracking_number or len(tracking_number) > 40 or not tracking_number.isalnum():
            raise Invalid("请填写正确的快递单号（字母和数字）", field="tracking_number")
    elif method == "in_person":
        if handover_date is None:
            raise Invalid("请填写交付日期", field="handover_date")
        carrier = tracking_number = ""
    else:  # transfer: the bank or platform and the transfer reference are optional
        if len(carrier) > 32 or len(tracking_number) > 40:
            raise Invalid("转账信息过长", field="tracking_number")
    result = db.session.execute(
        update(Pledge)
        .where(Pledge.id == record.id, Pledge.status == "pledged")
        .values(status="shipped", delivery_method=method, carrier=carrier, tracking_number=tracking_number,
                handover_date=handover_date, shipped_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.rollback()
        raise Conflict("该认领当前状态不能登记发货")
    db.session.refresh(record)
    donor.pledges_changed([record.donor_id])
    need = record.need
    audit.record("pledge.ship", "pledge", record.id, need.region_code,
                 {"method": method, "carrier": carrier, "tracking_number": tracking_number})
    detail = {"express": f"快递 {carrier} {tracking_number}", "in_person": f"当面交付（{handover_date}）",
              "transfer": "转账"}[method]
    notify.notify(_beneficiary_side(need), "pledge.shipped",
                  f"需求“{need.title}”的认领已送出：{detail}，请确认签收", link("needs.manage", need_id=need.id))
    _advance_need(need)
    db.session.commit()
    return record


def cancel(user: User, pledge_id: int) -> Pledge:
    """Cancel the donor's unshipped pledge: its quantity returns to the need (and to the offer)."""
    record = get_pledge(pledge_id)
    if record.donor_id != user.id:
        raise NotFound("该认领不存在")
    if not release(record, "cancelled", actor=user):
        raise Conflict("只有尚未发出的认领才能取消")
    need = record.need
    notify.notify(_beneficiary_side(need), "pledge.cancelled",
                  f"需求“{need.title}”的一笔认领已被爱心人士取消，数量已退回", link("needs.manage", need_id=need.id))
    db.session.commit()
    return record


def release(record: Pledge, status: str, actor: User | None = None) -> bool:
    """End an unshipped pledge as ``status`` (cancelled / expired) and give its quantity back.

    Conditional UPDATEs make it safe to run twice or concurrently: only the first caller returns True.
    """
    result = db.session.execute(
        update(Pledge)
        .where(Pledge.id == record.id, Pledge.status.in_(UNSHIPPED))
        .values(status=status, closed_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        return False
    donor.pledges_changed([record.donor_id])
    db.session.execute(
        update(Need)
        .where(Need.id == record.need_id)
        .values(
            pledged_quantity=Need.pledged_quantity - record.quantity,
            status=case((Need.status == "pledged", "published"), else_=Need.status),
            updated_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
    touch_search(record.need_id)
    if record.offer_id is not None:
        offers.restore(record.offer, record.quantity)
    db.session.refresh(record)
    db.session.refresh(record.need)
    audit.record(f"pledge.{'cancel' if status == 'cancelled' else status}", "pledge", record.id,
                 record.need.region_code, {"quantity": str(record.quantity)}, actor=actor)
    return True


def release_for_closed_need(need: Need, actor: User | None = None) -> list[User]:
    """Cancel the unshipped pledges of a need that was just closed; return every donor with an open pledge."""
    donors = {}
    for record in for_need(need):
        if record.status in ("pledged", "shipped", "received"):
            donors[record.donor_id] = record.donor
        if record.status == "pledged":
            db.session.execute(
                update(Pledge).where(Pledge.id == record.id, Pledge.status == "pledged")
                .values(status="cancelled", closed_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            donor.pledges_changed([record.donor_id])
            if record.offer_id is not None:
                offers.restore(record.offer, record.quantity)
            audit.record("pledge.cancel", "pledge", record.id, need.region_code,
                         {"reason": "need closed"}, actor=actor)
    return list(donors.values())


def confirm_receipt(user: User, pledge_id: int) -> Pledge:
    """Confirm, for the beneficiary side, that a shipped pledge arrived; complete the need when all did."""
    record = get_pledge(pledge_id)
    need = record.need
    if not can_manage(user, need):
        raise NotFound("该认领不存在")
    result = db.session.execute(
        update(Pledge)
        .where(Pledge.id == record.id, Pledge.status == "shipped")
        .values(status="received", received_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.rollback()
        raise Conflict("只有已送出的认领才能确认签收")
    db.session.refresh(record)
    donor.pledges_changed([record.donor_id])
    audit.record("pledge.receive", "pledge", record.id, need.region_code)
    notify.notify([record.donor], "pledge.received", f"您认领的“{need.title}”已确认签收，感谢您的爱心！",
                  link("needs.pledge_detail", pledge_id=record.id))
    _advance_need(need)
    db.session.commit()
    return record


def _advance_need(need: Need) -> None:
    """Move a covered need to delivered when every pledge is sent, and to completed when every one arrived."""
    db.session.refresh(need)
    statuses = list(db.session.scalars(
        select(Pledge.status).where(Pledge.need_id == need.id, Pledge.status.in_(("pledged", "shipped", "received")))
    ))
    if need.status == "pledged" and statuses and all(s in ("shipped", "received") for s in statuses):
        transition(need, "deliver")
        audit.record("need.deliver", "need", need.id, need.region_code)
    if need.status == "delivered" and statuses and all(s == "received" for s in statuses):
        transition(need, "complete", closed_at=utcnow())
        db.session.execute(
            update(Pledge).where(Pledge.need_id == need.id, Pledge.status == "received")
            .values(status="completed", closed_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        audit.record("need.complete", "need", need.id, need.region_code)
        donors = {p.donor_id: p.donor for p in for_need(need) if p.status == "completed"}
        donor.pledges_changed(donors)
        notify.notify(donors.values(), "need.completed", f"您参与认领的需求“{need.title}”已全部完成，可查看荣誉证书",
                      link("needs.my_pledges"))


def received_total(need: Need) -> Decimal:
    """Return the quantity of the need already received."""
    return Decimal(db.session.scalar(
        select(func.coalesce(func.sum(Pledge.quantity), 0)).where(
            Pledge.need_id == need.id, Pledge.status.in_(("received", "completed")))
    ))


def certificate(user: User, pledge_id: int) -> Pledge:
    """Return the donor's received or completed pledge for its certificate (荣誉证书)."""
    record = get_pledge(pledge_id)
    if record.donor_id != user.id:
        raise NotFound("该认领不存在")
    if record.status not in ("received", "completed"):
        raise Conflict("受助方确认签收后才能生成荣誉证书")
    return record


def get_need_for_pledge(need_id: int) -> Need:
    """Return a public need to show on the pledge form."""
    need = get_need(need_id)
    if not need.is_public:
        raise NotFound("该需求不存在或尚未公开")
    return need
