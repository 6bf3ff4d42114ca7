"""Offers (帮扶资源): posting, editing, state changes, public lists, office tools, the atomic draw-down.

State table (enforced here, each change one conditional UPDATE so races cannot skip a rule):

    active ──pause──▶ paused ──resume──▶ active
    active ──draw_down to 0──▶ exhausted ──restore / edit up──▶ active
    active/paused ──valid_until passes (expire_offers)──▶ expired ──edit window──▶ active
    active/paused/exhausted/expired ──withdraw──▶ withdrawn (final)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.orm import joinedload, selectinload

from ..crypto import mask_name
from ..errors import Conflict, Forbidden, Invalid, NotFound
from .. import queue as task_queue
from ..extensions import db
from .. import clock
from ..models import (
    ACTIVE_PLEDGE_STATUSES,
    CATEGORIES,
    KINDS,
    ORGANISATION_KINDS,
    Match,
    Need,
    Offer,
    OfferCategory,
    OfferRegion,
    Organisation,
    Pledge,
    Region,
    User,
)
from ..models._types import whole_unit_problem
from ..security import MAX_DB_INT
from ..templating import quantity as plain_amount
from . import audit, figures, keyset, notify, organisations, regions, scope, search_index

CHINA = ZoneInfo("Asia/Shanghai")

SERVICE_TYPES: dict[str, str] = {
    "jobs": "就业岗位",
    "training": "技能培训",
    "purchase": "消费扶贫（采购农产品）",
    "credit": "小额信贷",
}
# Anything larger is a typing slip, not an offer (and would overflow Numeric(14, 2) sums).
MAX_QUANTITY = Decimal(10) ** 9
TITLE_LENGTH = (4, 40)
MAX_DESCRIPTION = 2000
TARGET_LEVELS = ("province", "prefecture", "county")
EDITABLE_STATUSES = ("active", "paused", "exhausted", "expired")
# Offers the public may see; a withdrawn offer disappears from the portal.
PUBLIC_OFFER_STATUSES = ("active", "paused", "exhausted", "expired")
INDIVIDUAL = "individual"  # organisation-kind filter value for offers posted by individual donors

# action → (states it may start from, state it leads to, Chinese verb)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "pause": (("active",), "paused", "暂停"),
    "resume": (("paused",), "active", "恢复"),
    "withdraw": (("active", "paused", "exhausted", "expired"), "withdrawn", "撤回"),
}


def china_today() -> date:
    """Return today's date in China, the calendar validity windows are written in (``app.clock``)."""
    return clock.china_today()


# ---------------------------------------------------------------------------------------------------
# Drawing down (pledges made from an offer)
# ---------------------------------------------------------------------------------------------------


def _window_open(today: date):
    return and_(
        or_(Offer.valid_from.is_(None), Offer.valid_from <= today),
        or_(Offer.valid_until.is_(None), Offer.valid_until >= today),
    )


def draw_down(offer: Offer, quantity: Decimal) -> None:
    """Take ``quantity`` from the offer's remainder in one conditional UPDATE, or raise Conflict.

    The check and the change are one statement, so two pledges racing for the last units cannot both
    succeed, on SQLite and on PostgreSQL alike. The caller's transaction commits or rolls it back.
    """
    result = db.session.execute(
        update(Offer)
        .where(
            Offer.id == offer.id,
            Offer.status == "active",
            Offer.remaining >= quantity,
            _window_open(china_today()),
        )
        .values(
            remaining=Offer.remaining - quantity,
            status=case((Offer.remaining - quantity == 0, "exhausted"), else_=Offer.status),
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise Conflict("该帮扶资源余量不足或已不可用")
    search_index.touch(
        "offers", offer.id
    )  # a bulk UPDATE: the flush events that feed the outbox never see it
    db.session.refresh(offer)


def restore(offer: Offer, quantity: Decimal) -> None:
    """Give ``quantity`` back to the offer (a pledge made from it was cancelled or expired)."""
    today = china_today()
    db.session.execute(
        update(Offer)
        .where(Offer.id == offer.id)
        .values(
            remaining=Offer.remaining + quantity,
            # An exhausted offer whose window has closed meanwhile comes back expired, not active.
            status=case(
                (
                    and_(
                        Offer.status == "exhausted",
                        or_(Offer.valid_until.is_(None), Offer.valid_until >= today),
                    ),
                    "active",
                ),
                (Offer.status == "exhausted", "expired"),
                else_=Offer.status,
            ),
        )
        .execution_options(synchronize_session=False)
    )
    search_index.touch("offers", offer.id)
    db.session.refresh(offer)


def targets_region(offer: Offer, region_code: str) -> bool:
    """Return whether the offer may go to ``region_code`` (no targets means anywhere)."""
    codes = offer.regions
    return not codes or any(region_code.startswith(code) for code in codes)


def can_draw_from(user: User | None, offer: Offer) -> bool:
    """Return whether ``user`` may pledge from ``offer``: its poster or a member of its organisation."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if offer.poster_id == user.id:
        return True
    return (
        user.role == "org_member"
        and offer.organisation_id is not None
        and user.organisation_id == offer.organisation_id
    )


def check_beneficiary_cap(offer: Offer, need: Need, quantity: Decimal) -> None:
    """Raise Invalid when pledging ``quantity`` from ``offer`` to this need's beneficiary exceeds the cap."""
    if offer.per_beneficiary_cap is None:
        return
    same_beneficiary = (
        Need.household_id == need.household_id
        if need.household_id is not None
        else and_(Need.household_id.is_(None), Need.village_id == need.village_id)
    )
    given = db.session.scalar(
        select(func.coalesce(func.sum(Pledge.quantity), 0))
        .join(Need, Pledge.need_id == Need.id)
        .where(Pledge.offer_id == offer.id, Pledge.status.in_(ACTIVE_PLEDGE_STATUSES), same_beneficiary)
    )
    if Decimal(given) + quantity > offer.per_beneficiary_cap:
        left = max(Decimal(0), offer.per_beneficiary_cap - Decimal(given))
        raise Invalid(
            f"该帮扶资源每个受益对象最多 {plain_amount(offer.per_beneficiary_cap)}，本受益对象还可认领 {plain_amount(left)}",
            field="quantity",
        )


def usable_offers(user: User, need: Need) -> list[Offer]:
    """Return the user's active offers that could serve ``need`` (kind, category, target region, window)."""
    if user.role == "org_member" and user.organisation_id:
        mine = or_(Offer.poster_id == user.id, Offer.organisation_id == user.organisation_id)
    else:
        mine = Offer.poster_id == user.id
    stmt = (
        select(Offer)
        .where(
            mine,
            Offer.status == "active",
            Offer.kind == need.kind,
            Offer.remaining > 0,
            _window_open(china_today()),
            Offer.category_rows.any(OfferCategory.category == need.category),
            or_(
                ~Offer.region_rows.any(),
                Offer.region_rows.any(OfferRegion.region_code.in_(_prefixes(need.region_code))),
            ),
        )
        .options(selectinload(Offer.category_rows), selectinload(Offer.region_rows))
        .order_by(Offer.id)
    )
    return list(db.session.scalars(stmt))


# ---------------------------------------------------------------------------------------------------
# Posting and editing
# ---------------------------------------------------------------------------------------------------


@dataclass
class OfferInput:
    """What a poster types into the offer form, parsed but not yet checked against the rules."""

    kind: str
    title: str
    categories: list[str]
    quantity: Decimal | None
    unit: str = "件"
    description: str = ""
    service_type: str = ""
    region_codes: list[str] = field(default_factory=list)
    valid_from: date | None = None
    valid_until: date | None = None
    per_beneficiary_cap: Decimal | None = None


def parse_region_codes(text: str | None, extra: Iterable[str] = ()) -> list[str]:
    """Split a comma/space separated list of region codes (full-width commas too) and add ``extra``."""
    raw = (text or "").replace("，", ",").replace("、", ",").replace(";", ",").replace(" ", ",")
    codes = [c.strip() for c in raw.split(",") if c.strip()]
    return list(dict.fromkeys([*extra, *codes]))


def check_region_codes(codes: Iterable[str]) -> list[Region]:
    """Return the target regions of ``codes`` (nested ones dropped), or raise Invalid naming a bad code."""
    codes = [str(c).strip() for c in codes if str(c).strip()]
    if len(codes) > 200:
        raise Invalid("目标地区最多选择200个", field="region_codes")
    for code in codes:
        if not code.isdigit() or len(code) not in (2, 4, 6):
            raise Invalid(
                f"地区代码“{code[:20]}”无效：请填写省（2位）、市（4位）或县（6位）代码", field="region_codes"
            )
    found = (
        {r.code: r for r in db.session.scalars(select(Region).where(Region.code.in_(codes)))} if codes else {}
    )
    for code in codes:
        region = found.get(code)
        if region is None or region.level not in TARGET_LEVELS:
            raise Invalid(f"地区代码“{code}”不存在，请对照行政区划代码填写", field="region_codes")
    # 53 already covers 5301 and 530102: keep only the outermost of nested choices.
    chosen = sorted(found.values(), key=lambda r: (len(r.code), r.code))
    kept: list[Region] = []
    for region in chosen:
        if not any(region.code.startswith(k.code) for k in kept):
            kept.append(region)
    return kept



def _check_amount(value, field_name: str, label: str, *, required: bool) -> Decimal | None:
    if value is None or value == "":
        if required:
            raise Invalid(f"请填写{label}", field=field_name)
        return None
    try:
        value = Decimal(str(value))
    except InvalidOperation:
        raise Invalid(f"{label}必须是数字", field=field_name) from None
    if not value.is_finite():
        raise Invalid(f"{label}必须是数字", field=field_name)
    if value <= 0:
        raise Invalid(f"{label}必须大于0", field=field_name)
    if value > MAX_QUANTITY:
        raise Invalid(f"{label}不能超过{plain_amount(MAX_QUANTITY)}", field=field_name)
    if value != value.quantize(Decimal("0.01")):
        raise Invalid(f"{label}最多保留两位小数", field=field_name)
    return value.quantize(Decimal("0.01"))


def validate_offer_input(
    data: OfferInput, *, today: date | None = None, editing: Offer | None = None
) -> list[Region]:
    """Check ``data`` against the offer rules, normalise it in place and return its target regions."""
    today = today or china_today()
    if data.kind not in KINDS:
        raise Invalid("请选择资源类型（物品、资金或服务）", field="kind")
    data.title = (data.title or "").strip()
    if not TITLE_LENGTH[0] <= len(data.title) <= TITLE_LENGTH[1]:
        raise Invalid(f"标题应为{TITLE_LENGTH[0]}–{TITLE_LENGTH[1]}个字", field="title")
    data.description = (data.description or "").strip()
    if len(data.description) > MAX_DESCRIPTION:
        raise Invalid(f"说明不能超过{MAX_DESCRIPTION}个字", field="description")
    if data.kind == "service":
        if data.service_type not in SERVICE_TYPES:
            raise Invalid(
                "服务类资源请选择服务类型（就业岗位、技能培训、消费扶贫或小额信贷）", field="service_type"
            )
    else:
        data.service_type = ""
    categories = list(dict.fromkeys(data.categories or []))
    if not categories:
        raise Invalid("请至少选择一个帮扶类别", field="categories")
    unknown = [c for c in categories if c not in CATEGORIES]
    if unknown:
        raise Invalid(f"未知的帮扶类别：{'、'.join(str(c)[:20] for c in unknown)}", field="categories")
    data.categories = categories
    data.quantity = _check_amount(
        data.quantity, "quantity", "金额" if data.kind == "cash" else "数量", required=True
    )
    if data.kind == "cash":
        data.unit = "元"
    else:
        data.unit = (data.unit or "").strip()
        if not data.unit or len(data.unit) > 8:
            raise Invalid("请填写计量单位（最多8个字）", field="unit")
    data.per_beneficiary_cap = _check_amount(
        data.per_beneficiary_cap, "per_beneficiary_cap", "每个受益对象上限", required=False
    )
    if data.per_beneficiary_cap is not None and data.per_beneficiary_cap > data.quantity:
        raise Invalid("每个受益对象上限不能超过总量", field="per_beneficiary_cap")
    if data.kind != "cash":
        for field_name in ("quantity", "per_beneficiary_cap"):
            value = getattr(data, field_name)
            if value is not None and (problem := whole_unit_problem(value, data.unit)):
                raise Invalid(problem, field=field_name)
    if data.valid_from is None and editing is None:
        data.valid_from = today
    if data.valid_from and data.valid_until and data.valid_until < data.valid_from:
        raise Invalid("有效期结束日期不能早于开始日期", field="valid_until")
    if data.valid_until and data.valid_until < today:
        raise Invalid("有效期结束日期不能早于今天", field="valid_until")
    if data.valid_from and data.valid_from.year > today.year + 10:
        raise Invalid("有效期开始日期过远", field="valid_from")
    regions = check_region_codes(data.region_codes)
    data.region_codes = [r.code for r in regions]
    return regions


def require_can_post(user: User | None) -> Organisation | None:
    """Return the organisation the user posts for (None for an individual), or raise Forbidden."""
    if user is None or not getattr(user, "is_authenticated", False):
        raise Forbidden("请先登录")
    if user.role == "donor":
        return None
    if user.role == "org_member":
        return organisations.require_verified_organisation(user)
    raise Forbidden("只有爱心人士和已认证帮扶主体的成员可以发布帮扶资源")


def post_offer(user: User, data: OfferInput) -> Offer:
    """Create an active offer for ``user`` (for their verified organisation), or raise Invalid/Forbidden."""
    org = require_can_post(user)
    validate_offer_input(data)
    offer = Offer(
        poster_id=user.id,
        organisation_id=org.id if org is not None else None,
        kind=data.kind,
        service_type=data.service_type,
        title=data.title,
        description=data.description,
        quantity=data.quantity,
        remaining=data.quantity,
        unit=data.unit,
        per_beneficiary_cap=data.per_beneficiary_cap,
        valid_from=data.valid_from,
        valid_until=data.valid_until,
        status="active",
        category_rows=[OfferCategory(category=c) for c in data.categories],
        region_rows=[OfferRegion(region_code=c) for c in data.region_codes],
    )
    db.session.add(offer)
    db.session.flush()
    audit.record(
        "offer.post",
        "offer",
        offer.id,
        detail={"kind": offer.kind, "quantity": str(offer.quantity), "regions": data.region_codes},
        actor=user,
    )
    db.session.commit()
    task_queue.enqueue("match_offer", offer.id)  # its needs within a minute, from the worker
    return offer


def can_manage(user: User | None, offer: Offer) -> bool:
    """Return whether ``user`` may edit the offer or change its state (poster, its organisation, admin)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    return user.role == "admin" or can_draw_from(user, offer)


def _require_manager(user: User, offer: Offer) -> None:
    if not can_manage(user, offer):
        raise Forbidden("只有发布者及其所在机构可以管理该帮扶资源")


def given(offer: Offer) -> Decimal:
    """Return how much of the offer has been pledged away."""
    return offer.quantity - offer.remaining


def edit_offer(user: User, offer: Offer, data: OfferInput) -> Offer:
    """Change an offer's content; its quantity may not drop below what has been given already."""
    _require_manager(user, offer)
    if offer.status not in EDITABLE_STATUSES:
        raise Conflict(f"“{offer.status_label}”状态的帮扶资源不能修改")
    validate_offer_input(data, editing=offer)
    if given(offer) > 0 and data.kind != offer.kind:
        # Pledges already made count in the old kind's units (件 or 元): switching would mix them.
        raise Invalid("已有认领的帮扶资源不能更改资源类型", field="kind")
    if data.quantity < given(offer):
        raise Invalid(f"已有 {plain_amount(given(offer))} 被认领，数量不能少于此数", field="quantity")
    new_q = data.quantity
    taken = Offer.quantity - Offer.remaining  # in an UPDATE both sides read the row as it was
    result = db.session.execute(
        update(Offer)
        .where(Offer.id == offer.id, Offer.status.in_(EDITABLE_STATUSES), taken <= new_q)
        .values(
            quantity=new_q,
            remaining=new_q - taken,
            status=case(
                (new_q - taken == 0, "exhausted"),
                (Offer.status.in_(("exhausted", "expired")), "active"),
                else_=Offer.status,
            ),
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.rollback()
        raise Conflict("该帮扶资源刚刚被认领或状态已变化，请刷新后重试")
    search_index.touch("offers", offer.id)
    db.session.refresh(offer)
    before = {"title": offer.title, "quantity": str(offer.quantity)}
    offer.kind = data.kind
    offer.service_type = data.service_type
    offer.title = data.title
    offer.description = data.description
    offer.unit = data.unit
    offer.per_beneficiary_cap = data.per_beneficiary_cap
    offer.valid_from = data.valid_from
    offer.valid_until = data.valid_until
    if sorted(offer.categories) != sorted(data.categories):
        offer.category_rows = [OfferCategory(category=c) for c in data.categories]
    if sorted(offer.regions) != sorted(data.region_codes):
        offer.region_rows = [OfferRegion(region_code=c) for c in data.region_codes]
    audit.record(
        "offer.edit", "offer", offer.id, detail={"before": before, "quantity": str(new_q)}, actor=user
    )
    db.session.commit()
    task_queue.enqueue("match_offer", offer.id)
    return offer


def change_state(user: User, offer: Offer, action: str) -> Offer:
    """Apply ``action`` (pause, resume, withdraw) if the state table allows it, or raise Conflict."""
    _require_manager(user, offer)
    if action not in TRANSITIONS:
        raise Invalid("未知的操作")
    sources, target, verb = TRANSITIONS[action]
    conditions = [Offer.id == offer.id, Offer.status.in_(sources)]
    if action == "resume":
        conditions += [
            Offer.remaining > 0,
            or_(Offer.valid_until.is_(None), Offer.valid_until >= china_today()),
        ]
    before = offer.status
    result = db.session.execute(
        update(Offer).where(*conditions).values(status=target).execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.rollback()
        db.session.refresh(offer)
        if offer.status not in sources:
            raise Conflict(f"“{offer.status_label}”状态的帮扶资源不能{verb}")
        if offer.remaining <= 0:
            raise Conflict("该帮扶资源已无余量，请先修改数量")
        raise Conflict("该帮扶资源已过有效期，请先修改有效期")
    search_index.touch("offers", offer.id)
    audit.record(f"offer.{action}", "offer", offer.id, detail={"from": before, "to": target}, actor=user)
    db.session.commit()
    task_queue.enqueue("match_offer", offer.id)  # paused or closed: its matches go; resumed: they return
    db.session.refresh(offer)
    return offer


def expire_offers(today: date | None = None) -> int:
    """Expire active and paused offers whose window ended before ``today``; return how many (daily job)."""
    today = today or china_today()
    due = and_(
        Offer.status.in_(("active", "paused")), Offer.valid_until.is_not(None), Offer.valid_until < today
    )
    offers = list(db.session.scalars(select(Offer).where(due).options(joinedload(Offer.poster))))
    if not offers:
        return 0
    ids = [o.id for o in offers]
    result = db.session.execute(
        update(Offer)
        .where(Offer.id.in_(ids), due)
        .values(status="expired")
        .execution_options(synchronize_session=False)
    )
    search_index.touch("offers", *ids)
    for offer in offers:
        audit.record("offer.expire", "offer", offer.id, detail={"valid_until": offer.valid_until.isoformat()})
        notify.notify(
            [offer.poster],
            "offer.expired",
            f"您发布的帮扶资源“{offer.title}”已过有效期，如需继续请修改有效期。",
            f"/offers/{offer.id}",
        )
    db.session.commit()
    return result.rowcount


# ---------------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------------


def get_offer(offer_id: int, user: User | None = None) -> Offer:
    """Return an offer the user may see (public ones to everyone, withdrawn ones to their managers)."""
    offer = db.session.scalar(
        select(Offer)
        .where(Offer.id == offer_id)
        .options(
            selectinload(Offer.category_rows),
            selectinload(Offer.region_rows),
            joinedload(Offer.organisation),
            joinedload(Offer.poster),
        )
    )
    if offer is None or (offer.status not in PUBLIC_OFFER_STATUSES and not can_manage(user, offer)):
        raise NotFound("该帮扶资源不存在或已撤回")
    return offer


def poster_label(offer: Offer) -> str:
    """Return who offers it, as the public sees it: the organisation, or a masked individual."""
    if offer.organisation is not None:
        return offer.organisation.name
    return f"爱心人士 {mask_name(offer.poster.display_name)}"


@dataclass(frozen=True)
class OfferFilters:
    """The filters of the public offer list."""

    kind: str | None = None
    category: str | None = None
    province: str | None = None
    org_kind: str | None = None
    status: str | None = None  # default: active offers only

    def validate(self) -> OfferFilters:
        """Return self, or raise Invalid naming the filter that is wrong."""
        if self.kind and self.kind not in KINDS:
            raise Invalid("资源类型无效", field="kind")
        if self.category and self.category not in CATEGORIES:
            raise Invalid("帮扶类别无效", field="category")
        if self.province and (len(self.province) != 2 or not self.province.isdigit()):
            raise Invalid("省份代码无效", field="province")
        if self.org_kind and self.org_kind not in ORGANISATION_KINDS and self.org_kind != INDIVIDUAL:
            raise Invalid("发布主体类型无效", field="org_kind")
        if self.status and self.status not in PUBLIC_OFFER_STATUSES and self.status != "all":
            raise Invalid("状态无效", field="status")
        return self


def _filtered(stmt, filters: OfferFilters):
    if filters.status == "all":
        stmt = stmt.where(Offer.status.in_(PUBLIC_OFFER_STATUSES))
    else:
        stmt = stmt.where(Offer.status == (filters.status or "active"))
    if filters.kind:
        stmt = stmt.where(Offer.kind == filters.kind)
    if filters.category:
        stmt = stmt.where(Offer.category_rows.any(OfferCategory.category == filters.category))
    if filters.province:
        stmt = stmt.where(
            or_(
                ~Offer.region_rows.any(),
                Offer.region_rows.any(OfferRegion.region_code.startswith(filters.province, autoescape=True)),
            )
        )
    if filters.org_kind == INDIVIDUAL:
        stmt = stmt.where(Offer.organisation_id.is_(None))
    elif filters.org_kind:
        stmt = stmt.where(Offer.organisation.has(Organisation.kind == filters.org_kind))
    return stmt


def _with_rows(stmt):
    return stmt.options(
        selectinload(Offer.category_rows),
        selectinload(Offer.region_rows),
        joinedload(Offer.organisation),
        joinedload(Offer.poster),
    )


def _offer_segments(filters: OfferFilters) -> list[keyset.Segment]:
    """Return the offers list of ``filters``, newest first, as one keyset segment (index (status, created_at, id))."""
    return [keyset.Segment(_filtered(select(Offer.created_at, Offer.id), filters),
                           (keyset.Key(Offer.created_at), keyset.Key(Offer.id)))]


def _offers_by_ids(ids: list) -> list[Offer]:
    loaded = {o.id: o for o in db.session.scalars(_with_rows(select(Offer).where(Offer.id.in_(ids)))).unique()}
    return [loaded[i] for i in ids if i in loaded]


# Old ``?page=N`` links of the offers page are walked from the start up to this page; later ones use cursors.
MAX_OFFSET_PAGE = 500


def offers_page(filters: OfferFilters, page: int = 1, per_page: int = 20, after: str | None = None,
                before: str | None = None) -> keyset.ListPage:
    """Return a keyset page of public offers, newest first (the offers page: app/services/keyset.py).

    The total is figure ``offers.counts`` (precomputed, stamped with its time) when only the status and
    kind filters are used, else None. Raises Invalid for bad filters or a bad cursor.
    """
    filters.validate()
    found = keyset.fetch(_offer_segments(filters), max(1, page), per_page, after, before, MAX_OFFSET_PAGE)
    total, counted_at = None, None
    if not (filters.category or filters.province or filters.org_kind):
        snapshot = figures.get("offers.counts")
        statuses = PUBLIC_OFFER_STATUSES if filters.status == "all" else (filters.status or "active",)
        total = sum(n for status in statuses for kind, n in snapshot.payload.get(status, {}).items()
                    if filters.kind in (None, kind))
        counted_at = snapshot.computed_at
    return keyset.ListPage(
        items=_offers_by_ids([v[-1] for v in found.rows]), page=max(1, page), per_page=per_page, total=total,
        counted_at=counted_at, next_cursor=found.next_cursor, prev_cursor=found.prev_cursor,
    )


@figures.figure("offers.counts")
def _offer_counts(scope: str) -> dict[str, dict[str, int]]:
    """Return the public offers by status and kind (national; ``scope`` is unused)."""
    rows = db.session.execute(
        select(Offer.status, Offer.kind, func.count()).where(Offer.status.in_(PUBLIC_OFFER_STATUSES))
        .group_by(Offer.status, Offer.kind)
    )
    counts: dict[str, dict[str, int]] = {}
    for status, kind, n in rows:
        counts.setdefault(status, {})[kind] = n
    return counts


def public_offers_after(filters: OfferFilters, after: keyset.Cursor | None, limit: int) -> keyset.CountedPage:
    """Return the public offers after cursor ``after`` in the offers page's order (newest first, then id),
    ``limit`` at most, with the exact number of offers ``filters`` select (the JSON API's list).

    Raises Invalid for bad filters and keyset.BadCursor for a cursor that does not fit the list.
    """
    filters.validate()
    return keyset.counted_page(_offer_segments(filters), limit, after, _offers_by_ids)


def region_names(codes: Iterable[str]) -> dict[str, str]:
    """Return code → name for ``codes``, with the province prefixed for prefectures and counties."""
    codes = set(codes)
    wanted = codes | {c[:2] for c in codes}
    rows = regions.names_of(wanted)
    return {c: (rows.get(c, c) if len(c) == 2 else f"{rows.get(c[:2], '')}{rows.get(c, c)}") for c in codes}


def offer_pledges(offer: Offer, limit: int = 50) -> list[Pledge]:
    """Return the pledges made from an offer, newest first."""
    stmt = (
        select(Pledge)
        .where(Pledge.offer_id == offer.id)
        .options(joinedload(Pledge.need))
        .order_by(Pledge.id.desc())
        .limit(limit)
    )
    return list(db.session.scalars(stmt))


OFFER_POSTER_ROLES = ("donor", "org_member")  # the roles with offers of their own (DESIGN.md "Who uses it")


def require_offer_poster(user: User | None) -> None:
    """Raise Forbidden unless ``user`` is a donor or an organisation member: only they have offers and 为您推荐."""
    if user is None or not getattr(user, "is_authenticated", False) or user.role not in OFFER_POSTER_ROLES:
        raise Forbidden("只有个人捐赠者和机构成员有自己的帮扶资源")


def my_offers(user: User) -> list[Offer]:
    """Return the offers the user posted (newest first, any state); Forbidden for roles without offers."""
    require_offer_poster(user)
    return offers_of_user(user)


def offers_of_user(user: User) -> list[Offer]:
    """Return every offer the user posted (newest first), whatever its state."""
    stmt = _with_rows(select(Offer).where(Offer.poster_id == user.id)).order_by(Offer.id.desc())
    return list(db.session.scalars(stmt).unique())


def _prefixes(code: str) -> list[str]:
    return [code[:n] for n in (2, 4, 6, 9, 12) if n <= len(code)]


# ---------------------------------------------------------------------------------------------------
# Office tools: offers aimed at the office's region, and steering them to a need
# ---------------------------------------------------------------------------------------------------


def _require_office(user: User | None) -> str:
    if user is None or not getattr(user, "is_authenticated", False) or user.role not in ("office", "admin"):
        raise Forbidden("仅扶贫办工作人员可以使用")
    region = scope.region_scope(user)
    if region is None:
        raise Forbidden("您的账号没有管辖地区")
    return region


def offers_for_office(
    user: User, page: int = 1, per_page: int = 30, kind: str | None = None, category: str | None = None,
    after: str | None = None, before: str | None = None,
) -> keyset.ListPage:
    """Return a keyset page of the active offers that may go to the office's region (anywhere, around it
    or inside it), newest first, served by ``ix_offers_status_created_at``.

    ``after`` / ``before`` are cursors of a previous page; ``total`` is None above keyset.COUNT_CAP.
    Raises Forbidden for anyone but office staff with a region, Invalid for a bad filter or cursor.
    """
    region = _require_office(user)
    OfferFilters(kind=kind, category=category).validate()
    stmt = select(Offer.created_at, Offer.id).where(Offer.status == "active")
    if region:
        stmt = stmt.where(
            or_(
                ~Offer.region_rows.any(),
                Offer.region_rows.any(OfferRegion.region_code.in_(_prefixes(region))),
                Offer.region_rows.any(OfferRegion.region_code.startswith(region, autoescape=True)),
            )
        )
    if kind:
        stmt = stmt.where(Offer.kind == kind)
    if category:
        stmt = stmt.where(Offer.category_rows.any(OfferCategory.category == category))
    segments = [keyset.Segment(stmt, (keyset.Key(Offer.created_at), keyset.Key(Offer.id)))]
    return keyset.list_page(segments, page, per_page, after, before, _offers_by_ids,
                            max_offset_page=MAX_OFFSET_PAGE, count_cap=keyset.COUNT_CAP)


def steer_candidates(user: User, offer: Offer, limit: int = 50) -> list[Need]:
    """Return published needs in the office's region that the offer could serve, most urgent first."""
    _require_office(user)
    stmt = (
        select(Need)
        .where(
            Need.status == "published",
            scope.scope_filter(user, Need.region_code),
            Need.kind == offer.kind,
            Need.category.in_(offer.categories or list(CATEGORIES)),
        )
        .options(joinedload(Need.village), joinedload(Need.household))
        .order_by(Need.urgency.desc(), Need.published_at.desc())
    )
    needs = [
        n for n in db.session.scalars(stmt.limit(limit * 4)).unique() if targets_region(offer, n.region_code)
    ]
    return needs[:limit]


def aimed_at_office(user: User | None, offer: Offer) -> bool:
    """Return whether ``user`` is an office the offer may go to (anywhere, around or inside its region)."""
    region = (
        scope.region_scope(user)
        if user is not None and getattr(user, "role", None) in ("office", "admin")
        else None
    )
    if region is None:
        return False
    return (
        not region
        or not offer.regions
        or any(region.startswith(c) or c.startswith(region) for c in offer.regions)
    )


def contact_poster(user: User, offer: Offer, message: str, need_id: int | None = None) -> None:
    """Send the offer's poster an in-app message from an office, optionally pointing at a need to serve."""
    _require_office(user)
    if offer.status not in PUBLIC_OFFER_STATUSES:
        raise NotFound("该帮扶资源不存在或已撤回")
    if not aimed_at_office(user, offer):
        raise NotFound("该帮扶资源不面向您的管辖地区")
    message = (message or "").strip()
    if not 2 <= len(message) <= 500:
        raise Invalid("留言应为2–500个字", field="message")
    link = f"/offers/{offer.id}"
    need = None
    if need_id:
        # A typed-in id past the column's range is simply no need (the database would refuse it).
        need = db.session.get(Need, need_id) if 0 < need_id <= MAX_DB_INT else None
        if need is None or not scope.covers(user, need.region_code):
            raise Invalid("所选需求不存在或不在您的管辖范围内", field="need_id")
        if need.status not in ("published", "pledged"):
            raise Invalid("所选需求当前不能认领", field="need_id")
        link = f"/needs/{need.id}"
        match = db.session.scalar(select(Match).where(Match.need_id == need.id, Match.offer_id == offer.id))
        if match is not None:
            match.suggested_at = datetime.now(CHINA)
    office_name = user.region.name if user.region is not None else "全国"
    text = f"{office_name}{user.role_label}就您的帮扶资源“{offer.title}”留言：{message}"
    if need is not None:
        text += f"（推荐需求：{need.title}）"
    notify.notify([offer.poster], "offer.steer", text, link)
    audit.record(
        "offer.contact",
        "offer",
        offer.id,
        region_code=user.region_code,
        detail={"need_id": need.id if need else None, "message": message},
        actor=user,
    )
    db.session.commit()
