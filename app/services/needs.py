"""Needs (需求): the state machine, posting, editing, submitting and closing, with DESIGN.md's rules.

Every status change goes through `transition`, which reads the one table of allowed transitions and
changes the row with a conditional UPDATE (``WHERE status = <expected>``), so a change that raced with
another one is refused instead of overwriting it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from flask import current_app
from sqlalchemy import func, select, update
from sqlalchemy.orm import joinedload, selectinload

from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..extensions import db
from .. import clock
from ..models import CATEGORIES, KINDS, OPEN_NEED_STATUSES, URGENCIES, Household, Need, User, Village
from ..models._types import utcnow, whole_unit_problem
from ..security import MAX_DB_INT
from ..templating import NEED_STATUS_LABELS, need_status_label
from . import audit, notify, registry_query, scope, search_index

# event -> {from status: to status}. Any (status, event) pair not listed here is refused.
TRANSITIONS: dict[str, dict[str, str]] = {
    "edit": {"draft": "draft", "rejected": "rejected", "expired": "expired"},
    "submit": {"draft": "pending", "rejected": "pending", "expired": "pending"},
    "approve": {"pending": "pending"},  # to the next review level
    "publish": {"pending": "published"},  # approval at the last review level
    "reject": {"pending": "rejected"},
    "fill": {"published": "pledged"},  # pledges cover the need (done inside the pledge UPDATE)
    "reopen": {"pledged": "published"},  # a pledge was cancelled or expired
    "deliver": {"pledged": "delivered"},  # every pledge shipped or handed over
    "complete": {"delivered": "completed"},  # every pledge received
    "expire": {"published": "expired"},  # deadline passed with nothing pledged
    "close": {status: "closed" for status in OPEN_NEED_STATUSES},
}
EVENTS = tuple(TRANSITIONS)
POSTER_ROLES = ("village_officer", "helper")

TITLE_MIN, TITLE_MAX = 4, 30
DESCRIPTION_MIN, DESCRIPTION_MAX = 10, 1000
MAX_PHOTOS = 9


def link(endpoint: str, **values) -> str:
    """Return the path of ``endpoint``, also outside a request (the jobs run from the CLI)."""
    return current_app.url_map.bind("localhost").build(endpoint, values)


def allowed(status: str, event: str) -> bool:
    """Return whether ``event`` may happen to a need in ``status``."""
    return status in TRANSITIONS.get(event, {})


def transition(need: Need, event: str, **values) -> str:
    """Apply ``event`` to ``need`` with one conditional UPDATE, or raise Conflict and change nothing.

    ``values`` are further columns to set in the same statement. Returns the new status.
    """
    if event not in TRANSITIONS:
        raise Invalid(f"未知的需求操作：{event}")
    current = need.status
    target = TRANSITIONS[event].get(current)
    if target is None:
        raise Conflict(f"需求当前状态为“{NEED_STATUS_LABELS[current]}”，不能进行此操作")
    result = db.session.execute(
        update(Need)
        .where(Need.id == need.id, Need.status == current)
        .values(status=target, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.refresh(need)
        raise Conflict("需求状态已被他人更改，请刷新后重试")
    touch_search(need.id)
    db.session.refresh(need)
    return target


def touch_search(need_id: int) -> None:
    """Queue the need for the search projection after a bulk UPDATE that the flush events cannot see."""
    search_index.touch("needs", need_id)


# ---------------------------------------------------------------- reading


def get_need(need_id: int) -> Need:
    """Return the need with ``need_id`` or raise NotFound."""
    need = db.session.scalar(
        select(Need)
        .where(Need.id == need_id)
        .options(joinedload(Need.household), joinedload(Need.village), selectinload(Need.photos))
    )
    if need is None:
        raise NotFound("该需求不存在")
    return need


def can_manage(user: User | None, need: Need) -> bool:
    """Return whether ``user`` acts for the need's beneficiary (edit, submit, confirm receipt, thank)."""
    if user is None or not getattr(user, "is_authenticated", False) or user.role not in POSTER_ROLES:
        return False
    if need.household is not None:
        return scope.can_act_for_household(user, need.household)
    return scope.can_act_for_village(user, need.village)


def can_view(user: User | None, need: Need) -> bool:
    """Return whether ``user`` may see the need and its photos (public, or inside their scope)."""
    if need.is_public:
        return True
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    return can_manage(user, need) or scope.covers(user, need.region_code) or need.posted_by_id == user.id


def get_managed_need(user: User, need_id: int) -> Need:
    """Return a need the user manages or may see as staff; donors are refused, others answer NotFound."""
    if user.role not in (*POSTER_ROLES, "office", "admin"):
        raise Forbidden("您没有管理需求的权限")
    need = get_need(need_id)
    if not (can_manage(user, need) or (user.role in ("office", "admin") and scope.covers(user, need.region_code))):
        raise NotFound("该需求不存在或不在您的管辖范围内")
    return need


def list_managed(user: User, status: str | None = None) -> list[Need]:
    """Return the needs the user posts for (officer: its village; helper: its households), newest first."""
    stmt = select(Need).options(joinedload(Need.household), joinedload(Need.village))
    if user.role == "helper":
        stmt = stmt.join(Household, Need.household_id == Household.id).where(Household.helper_id == user.id)
    elif user.role == "village_officer":
        stmt = stmt.where(Need.village_id == user.village_id)
    else:
        stmt = stmt.where(scope.scope_filter(user, Need.region_code))
    if status:
        stmt = stmt.where(Need.status == status)
    return list(db.session.scalars(stmt.order_by(Need.id.desc()).limit(500)).unique())


def beneficiary_choices(user: User) -> list[tuple[str, str]]:
    """Return (value, label) pairs of the beneficiaries the user may post for: households and villages."""
    choices: list[tuple[str, str]] = []
    stmt = select(Household).where(Household.status.in_(("registered", "returned"))).options(
        joinedload(Household.village)
    )
    if user.role == "helper":
        stmt = stmt.where(Household.helper_id == user.id)
    elif user.role == "village_officer":
        stmt = stmt.where(Household.village_id == user.village_id)
        village = db.session.get(Village, user.village_id)
        choices.append((f"v{village.id}", f"{village.name}（村集体）"))
    else:
        return []
    households = list(db.session.scalars(stmt.order_by(Household.id)))
    # Staff in scope pick by the real name (two 李*军 of one village must be told apart); each view is
    # audited. A helper keeps the masked name: it is no staff, and knows its few households anyway.
    shown = [(h.id, h.head_name_masked, h.village.name) for h in households]  # read before the audit commits
    names = registry_query.real_names(user, households, via="needs.form")
    for household_id, masked, village_name in shown:
        choices.append((f"h{household_id}", f"{names.get(household_id, masked)}户 · {village_name}"))
    return choices


# ---------------------------------------------------------------- posting and editing


@dataclass
class NeedInput:
    """What a poster types into the need form."""

    beneficiary: str  # "h<household id>" or "v<village id>"
    category: str
    kind: str
    title: str
    description: str
    quantity: Decimal | str | int
    unit: str = "件"
    urgency: int = 1
    deadline: date | None = None
    photos: list = field(default_factory=list)  # werkzeug FileStorage or (filename, bytes)


def _resolve_beneficiary(user: User, value: str) -> tuple[Household | None, Village]:
    value = (value or "").strip()
    try:
        kind, ident = value[0], int(value[1:])
    except (IndexError, ValueError):
        raise Invalid("请选择受助对象", field="beneficiary") from None
    if not 0 < ident <= MAX_DB_INT:  # a forged id the database cannot even look up
        raise Invalid("受助对象不存在或不在您的帮扶范围内", field="beneficiary")
    if kind == "h":
        household = db.session.get(Household, ident)
        if household is None or not scope.can_act_for_household(user, household):
            raise Invalid("受助对象不存在或不在您的帮扶范围内", field="beneficiary")
        if not household.is_open:
            raise Invalid("只有在档或返贫的建档立卡户才能作为受助对象", field="beneficiary")
        return household, household.village
    if kind == "v":
        village = db.session.get(Village, ident)
        if village is None or not scope.can_act_for_village(user, village):
            raise Invalid("受助对象不存在或不在您的帮扶范围内", field="beneficiary")
        return None, village
    raise Invalid("请选择受助对象", field="beneficiary")


def _validate(data: NeedInput) -> Decimal:
    title = (data.title or "").strip()
    if not TITLE_MIN <= len(title) <= TITLE_MAX:
        raise Invalid(f"标题应为{TITLE_MIN}–{TITLE_MAX}个字", field="title")
    description = (data.description or "").strip()
    if not DESCRIPTION_MIN <= len(description) <= DESCRIPTION_MAX:
        raise Invalid(f"需求说明应为{DESCRIPTION_MIN}–{DESCRIPTION_MAX}个字", field="description")
    if data.category not in CATEGORIES:
        raise Invalid("请选择需求类别", field="category")
    if data.kind not in KINDS:
        raise Invalid("请选择需求类型", field="kind")
    if int(data.urgency or 0) not in URGENCIES:
        raise Invalid("请选择紧急程度", field="urgency")
    try:
        quantity = Decimal(str(data.quantity)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise Invalid("数量必须是数字", field="quantity") from None
    if not quantity.is_finite():  # "NaN" survives quantize, and comparing it raises
        raise Invalid("数量必须是数字", field="quantity")
    if quantity <= 0 or quantity >= Decimal("1e12"):
        raise Invalid("数量必须大于0", field="quantity")
    if data.kind == "cash":
        ceiling = current_app.config["CASH_CEILINGS"].get(data.category)
        if ceiling is not None and quantity > ceiling:
            raise Invalid(f"“{CATEGORIES[data.category]}”类资金需求不能超过{ceiling}元", field="quantity")
    elif not (data.unit or "").strip() or len(data.unit.strip()) > 8:
        raise Invalid("请填写计量单位（不超过8个字）", field="unit")
    elif problem := whole_unit_problem(quantity, data.unit):
        raise Invalid(problem, field="quantity")
    if data.deadline is not None and data.deadline < clock.china_today():
        raise Invalid("截止日期不能早于今天", field="deadline")
    if len(data.photos) > MAX_PHOTOS:
        raise Invalid(f"最多上传{MAX_PHOTOS}张照片", field="photos")
    return quantity


def _check_open_limit(household: Household, exclude_id: int | None = None) -> None:
    limit = current_app.config["MAX_OPEN_NEEDS_PER_HOUSEHOLD"]
    stmt = select(func.count(Need.id)).where(
        Need.household_id == household.id, Need.status.in_(OPEN_NEED_STATUSES)
    )
    if exclude_id is not None:
        stmt = stmt.where(Need.id != exclude_id)
    if (db.session.scalar(stmt) or 0) >= limit:
        raise Invalid(f"每户同时进行中的需求不能超过{limit}条", field="beneficiary")


def _apply(need: Need, data: NeedInput, quantity: Decimal, household: Household | None, village: Village) -> None:
    need.beneficiary_type = "household" if household is not None else "village"
    need.household_id = household.id if household is not None else None
    need.village_id = village.id
    need.region_code = village.code
    need.category = data.category
    need.kind = data.kind
    need.title = data.title.strip()
    need.description = data.description.strip()
    need.quantity = quantity
    need.unit = "元" if data.kind == "cash" else data.unit.strip()
    need.urgency = int(data.urgency)
    need.deadline = data.deadline


def create_need(user: User, data: NeedInput) -> Need:
    """Create a draft need for a household or village the user acts for, with its photos."""
    if user.role not in POSTER_ROLES:
        raise Forbidden("只有村级信息员和帮扶责任人可以代发需求")
    household, village = _resolve_beneficiary(user, data.beneficiary)
    quantity = _validate(data)
    if household is not None:
        _check_open_limit(household)
    need = Need(posted_by_id=user.id, status="draft", review_level=0)
    _apply(need, data, quantity, household, village)
    db.session.add(need)
    db.session.flush()
    _add_photos(need, data.photos)
    audit.record("need.create", "need", need.id, need.region_code, {"title": need.title})
    db.session.commit()
    return need


def update_need(user: User, need: Need, data: NeedInput) -> Need:
    """Change a draft, rejected or expired need; photos are added to those it has."""
    if not can_manage(user, need):
        raise NotFound("该需求不存在或不在您的管辖范围内")
    if not allowed(need.status, "edit"):
        raise Conflict(f"需求当前状态为“{need_status_label(need)}”，不能修改")
    household, village = _resolve_beneficiary(user, data.beneficiary)
    quantity = _validate(data)
    if len(need.photos) + len(data.photos) > MAX_PHOTOS:
        raise Invalid(f"最多上传{MAX_PHOTOS}张照片", field="photos")
    if household is not None and household.id != need.household_id:
        _check_open_limit(household, exclude_id=need.id)
    if need.pledged_quantity and quantity < need.pledged_quantity:
        raise Invalid("数量不能少于已认领的数量", field="quantity")
    _apply(need, data, quantity, household, village)
    fields = audit.changed_fields(need, ignore=("region_code", "beneficiary_type", "updated_at"))
    _add_photos(need, data.photos)
    audit.record("need.edit", "need", need.id, need.region_code, {"title": need.title, "fields": fields})
    db.session.commit()
    return need


def remove_photo(user: User, need: Need, photo_id: int) -> None:
    """Remove one photo of an editable need."""
    if not can_manage(user, need):
        raise NotFound("该需求不存在或不在您的管辖范围内")
    if not allowed(need.status, "edit"):
        raise Conflict("需求当前状态不能修改")
    from . import uploads

    photo = next((p for p in need.photos if p.id == photo_id), None)
    if photo is None:
        raise NotFound("照片不存在")
    need.photos.remove(photo)
    audit.record("need.photo_remove", "need", need.id, need.region_code, {"photo": photo_id})
    db.session.commit()
    uploads.delete_file(photo.stored_name)


def _add_photos(need: Need, files) -> None:
    from . import uploads

    start = len(need.photos)
    for offset, upload in enumerate(files):
        photo = uploads.save_image(upload)
        photo.position = start + offset
        need.photos.append(photo)


def submit(user: User, need: Need) -> Need:
    """Send a draft, rejected or expired need to the first review level and tell those reviewers."""
    if not can_manage(user, need):
        raise NotFound("该需求不存在或不在您的管辖范围内")
    if need.household is not None and not need.household.is_open:
        raise Invalid("该户已脱贫，不能再提交需求")
    if need.deadline is not None and need.deadline < clock.china_today():
        raise Invalid("截止日期已过，请先修改截止日期", field="deadline")
    now = utcnow()
    transition(need, "submit", review_level=0, submitted_at=now, level_since=now, published_at=None)
    audit.record("need.submit", "need", need.id, need.region_code)
    from . import review

    review.notify_reviewers(need)
    db.session.commit()
    return need


def close(user: User, need: Need, reason: str) -> Need:
    """Close an open need (staff in scope): unshipped pledges are cancelled and their donors told."""
    if user.role not in ("office", "admin"):
        raise Forbidden("只有扶贫办工作人员可以关闭需求")
    if not scope.covers(user, need.region_code):
        raise NotFound("该需求不存在或不在您的管辖范围内")
    reason = (reason or "").strip()
    if not reason:
        raise Invalid("请填写关闭原因", field="reason")
    close_need(need, reason, actor=user)
    db.session.commit()
    return need


def close_need(need: Need, reason: str, actor: User | None = None) -> None:
    """Close ``need`` inside the caller's transaction, release its unshipped pledges and tell the donors."""
    from . import pledges

    transition(need, "close", closed_at=utcnow())
    donors = pledges.release_for_closed_need(need, actor=actor)
    audit.record("need.close", "need", need.id, need.region_code, {"reason": reason}, actor=actor)
    if donors:
        notify.notify(
            donors, "need.closed", f"您认领的需求“{need.title}”已关闭：{reason}", link("needs.my_pledges")
        )


# ---------------------------------------------------------------- thanks (感谢回馈)

THANKS_MIN, THANKS_MAX = 5, 500


def thanks_for(need: Need) -> list:
    """Return the thanks written for a need, oldest first, with their photos."""
    from ..models import Feedback

    stmt = select(Feedback).where(Feedback.need_id == need.id).options(selectinload(Feedback.photos))
    return list(db.session.scalars(stmt.order_by(Feedback.id)))


def write_thanks(user: User, need: Need, text: str, photos=(), pledge_id: int | str | None = None):
    """Write thanks for a need something of which was received; the donors are told."""
    from ..models import Feedback, Pledge

    if not can_manage(user, need):
        raise NotFound("该需求不存在或不在您的管辖范围内")
    received = list(db.session.scalars(
        select(Pledge).where(Pledge.need_id == need.id, Pledge.status.in_(("received", "completed")))
    ))
    if not received:
        raise Conflict("收到捐赠并确认签收后才能发表感谢")
    text = (text or "").strip()
    if not THANKS_MIN <= len(text) <= THANKS_MAX:
        raise Invalid(f"感谢内容应为{THANKS_MIN}–{THANKS_MAX}个字", field="text")
    photos = list(photos)
    if len(photos) > MAX_PHOTOS:
        raise Invalid(f"最多上传{MAX_PHOTOS}张照片", field="photos")
    if pledge_id is not None:  # from a form field: a forged non-number is no received pledge either
        pledge_id = int(pledge_id) if str(pledge_id).isascii() and str(pledge_id).isdigit() else -1
    if pledge_id is not None and pledge_id not in {p.id for p in received}:
        raise Invalid("只能感谢已签收的认领", field="pledge_id")
    feedback = Feedback(need_id=need.id, pledge_id=pledge_id, author_id=user.id, text=text)
    db.session.add(feedback)
    db.session.flush()
    from . import uploads

    for position, upload in enumerate(photos):
        photo = uploads.save_image(upload)
        photo.position = position
        photo.feedback_id = feedback.id
        db.session.add(photo)
    audit.record("need.thanks", "need", need.id, need.region_code, {"feedback": feedback.id})
    donors = {p.donor_id: p.donor for p in received if pledge_id is None or p.id == pledge_id}
    notify.notify(donors.values(), "need.thanks", f"受助方为“{need.title}”写来了感谢",
                  link("public.need_detail", need_id=need.id))
    db.session.commit()
    return feedback


def get_photo(user: User | None, photo_id: int):
    """Return a photo the user may see (its need is public or inside their scope), or raise NotFound."""
    from ..models import Photo

    photo = db.session.get(Photo, photo_id)
    if photo is None:
        raise NotFound("照片不存在")
    need = photo.need or (photo.feedback.need if photo.feedback is not None else None)
    if need is None or not can_view(user, need):  # project photos are served by the projects pages
        raise NotFound("照片不存在")
    return photo


def require_editable(need: Need) -> None:
    """Raise Conflict unless the need may be edited now (draft, rejected or expired)."""
    if not allowed(need.status, "edit"):
        raise Conflict(f"需求当前状态为“{need_status_label(need)}”，不能修改")


def require_poster(user: User) -> None:
    """Raise Forbidden unless the user may post needs (village officers and helpers)."""
    if user is None or not getattr(user, "is_authenticated", False) or user.role not in POSTER_ROLES:
        raise Forbidden("只有村级信息员和帮扶责任人可以代发需求")
