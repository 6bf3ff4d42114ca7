"""公示公告: publishing a village's notice, its public view, objections reaching the township office, closing it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from ... import clock
from ...errors import Conflict, Forbidden, Invalid, NotFound
from ...extensions import db
from ...models import CASE_KINDS, IdentificationCase, Objection, PublicNotice, User, Village
from ...models._types import utcnow
from ...security import MAX_DB_INT
from .. import audit, notify, scope
from ..needs import link
from .common import MAX_NOTE, _parse_date, _require_office, _step, _village, can_review_as_township, case_details


def publish_notice(user: User, village_id: int, starts_on=None, days: int | None = None) -> PublicNotice:
    """Publish the 公示 of every township-reviewed case of a village: public for ``days`` days (default NOTICE_DAYS)."""
    village = _village(user, village_id)
    _require_office(user, village.code)
    starts_on = _parse_date(starts_on, "starts_on", "公示开始日期") if starts_on else clock.china_today()
    days = current_app.config["NOTICE_DAYS"] if days is None else days
    if not isinstance(days, int) or not 1 <= days <= 30:
        raise Invalid("公示天数应为1–30天", field="days")
    if starts_on < clock.china_today():
        raise Invalid("公示开始日期不能早于今天", field="starts_on")
    cases = list(db.session.scalars(select(IdentificationCase).where(
        IdentificationCase.village_id == village.id, IdentificationCase.status == "township_reviewed")
        .order_by(IdentificationCase.id)))
    if not cases:
        raise Invalid("本村没有待公示的户", field="village_id")
    notice = PublicNotice(village_id=village.id, year=starts_on.year, starts_on=starts_on, days=days,
                          published_by_id=user.id)
    db.session.add(notice)
    db.session.flush()
    for case in cases:
        case.notice_id = notice.id
        case.status = "noticed"
        _step(case, "notice", user, note=f"公示 {starts_on:%Y-%m-%d} 起 {days} 天")
    db.session.commit()
    return notice


@dataclass(frozen=True)
class NoticeEntry:
    """One household on a public notice: masked name and what is proposed, nothing personal."""

    case_id: int
    name: str
    kind_label: str
    members_count: int | None
    cause: str


@dataclass(frozen=True)
class PublicNoticeView:
    """A 公示 as anyone sees it (no login): the village, its township, the period and the households masked."""

    notice_id: int
    village_name: str
    township_name: str
    starts_on: date
    ends_on: date
    is_open: bool
    entries: tuple[NoticeEntry, ...]


def public_notice(notice_id: int) -> PublicNoticeView:
    """Return a notice for its public page (NotFound for an unknown id or one not yet started)."""
    from ...models import POVERTY_CAUSES

    notice = db.session.get(PublicNotice, notice_id) if 0 < notice_id <= MAX_DB_INT else None
    today = clock.china_today()
    if notice is None or notice.starts_on > today:
        raise NotFound("公示不存在")
    entries = []
    for case in notice.cases:
        details = case_details(case)
        household = case.household
        cause = details.get("main_cause") or (household.main_cause if household is not None else "")
        members = details.get("members_count") or (household.members_count if household is not None else None)
        entries.append(NoticeEntry(case.id, case.head_name_masked, CASE_KINDS[case.kind], members,
                                   POVERTY_CAUSES.get(cause, "")))
    village = notice.village
    return PublicNoticeView(notice.id, village.name, village.township.name, notice.starts_on, notice.ends_on,
                            notice.closed_at is None and notice.starts_on <= today <= notice.ends_on, tuple(entries))


def current_notices(limit: int = 100) -> list[PublicNotice]:
    """Return the notices up today (started, not ended, not closed), newest first."""
    today = clock.china_today()
    notices = db.session.scalars(select(PublicNotice).where(
        PublicNotice.starts_on <= today, PublicNotice.closed_at.is_(None))
        .options(joinedload(PublicNotice.village)).order_by(PublicNotice.id.desc()).limit(limit * 2))
    return [n for n in notices if n.ends_on >= today][:limit]


def township_offices(township_code: str) -> list[User]:
    """Return the active offices an objection reaches: the township's own, or, if it has none, its county's."""
    for code, level in ((township_code, "township"), (township_code[:6], "county")):
        users = list(db.session.scalars(select(User).where(
            User.role == "office", User.office_level == level, User.region_code == code,
            User.is_active_account.is_(True))))
        if users:
            return users
    return []


def lodge_objection(notice_id: int, text: str, contact: str = "", case_id: int | None = None) -> Objection:
    """Lodge an objection to an open 公示 (anyone, no account): it is filed under the village's township
    and notifies that township's office (its county's when the township has no account)."""
    notice = db.session.get(PublicNotice, notice_id) if 0 < notice_id <= MAX_DB_INT else None
    today = clock.china_today()
    if notice is None or notice.starts_on > today:
        raise NotFound("公示不存在")
    if notice.closed_at is not None or today > notice.ends_on:
        raise Conflict("公示期已结束，不能再提出异议；如有问题请向乡镇扶贫办反映")
    text = (text or "").strip()
    if not 5 <= len(text) <= MAX_NOTE:
        raise Invalid(f"异议内容应为5–{MAX_NOTE}字", field="text")
    contact = (contact or "").strip()
    if len(contact) > 50:
        raise Invalid("联系方式不能超过50字", field="contact")
    if case_id and case_id not in {c.id for c in notice.cases}:
        raise Invalid("所选农户不在本次公示中", field="case_id")
    township_code = notice.village.township_code
    objection = Objection(notice_id=notice.id, case_id=case_id or None, township_code=township_code, text=text,
                          contact=contact or None)
    db.session.add(objection)
    db.session.flush()
    if objection.case_id:
        _step(objection.case, "objection", None, note="公示期间收到异议")
    audit.record("notice.objection", "objection", objection.id, township_code, {"notice": notice.id})
    notify.notify(township_offices(township_code), "notice.objection",
                  f"{notice.village.name}的公示收到一条异议，请核实处理",
                  link("identification.objection", objection_id=objection.id))
    db.session.commit()
    return objection


def list_objections(user: User, status: str = "open") -> list[Objection]:
    """Return the objections filed under townships in the user's scope (offices only), oldest first."""
    if not can_review_as_township(user):
        raise Forbidden("只有扶贫办工作人员可以处理异议")
    stmt = select(Objection).where(scope.scope_filter(user, Objection.township_code)).options(
        joinedload(Objection.notice).joinedload(PublicNotice.village))
    if status:
        stmt = stmt.where(Objection.status == status)
    return list(db.session.scalars(stmt.order_by(Objection.id).limit(500)))


def get_objection(user: User, objection_id: int) -> Objection:
    """Return an objection filed under a township in the user's scope (offices only)."""
    if not can_review_as_township(user):
        raise Forbidden("只有扶贫办工作人员可以处理异议")
    objection = db.session.get(Objection, objection_id) if 0 < objection_id <= MAX_DB_INT else None
    if objection is None or not scope.covers(user, objection.township_code):
        raise NotFound("该异议不存在或不在您的管辖范围内")
    return objection


def resolve_objection(user: User, objection: Objection, upheld: bool, resolution: str) -> Objection:
    """Decide an objection after checking it: upheld sends the household concerned back to the village."""
    _require_office(user, objection.township_code)
    if objection.status != "open":
        raise Conflict("该异议已处理")
    resolution = (resolution or "").strip()
    if not resolution or len(resolution) > MAX_NOTE:
        raise Invalid(f"请填写核实情况（不超过{MAX_NOTE}字）", field="resolution")
    objection.status = "upheld" if upheld else "dismissed"
    objection.resolution = resolution
    objection.resolved_by_id = user.id
    objection.resolved_at = utcnow()
    case = objection.case
    if upheld and case is not None and case.status in ("noticed", "county_review"):
        case.status = "sent_back"
        _step(case, "sent_back", user, "failed", f"公示异议成立：{resolution}")
    audit.record("objection.resolve", "objection", objection.id, objection.township_code, {"upheld": upheld})
    db.session.commit()
    return objection


def close_notice(user: User, notice: PublicNotice) -> list[IdentificationCase]:
    """End a 公示 whose period is over: its households still noticed go to the county review.

    Refused while the period runs or an objection to it is still open.
    """
    _require_office(user, notice.village.code)
    if notice.closed_at is not None:
        raise Conflict("该公示已结束")
    if clock.china_today() <= notice.ends_on:
        raise Conflict(f"公示期至 {notice.ends_on:%Y-%m-%d}，期满后才能结束")
    if any(o.status == "open" for o in notice.objections):
        raise Conflict("还有未处理的异议，请先核实处理")
    notice.closed_at = utcnow()
    moved = []
    for case in notice.cases:
        if case.status == "noticed":
            case.status = "county_review"
            _step(case, "notice_closed", user, "passed", "公示期满无异议（或异议不成立）")
            moved.append(case)
    db.session.commit()
    return moved


def get_notice(user: User, notice_id: int) -> PublicNotice:
    """Return a notice of a village in the office's scope."""
    if not can_review_as_township(user):
        raise Forbidden("只有扶贫办工作人员可以管理公示")
    notice = db.session.get(PublicNotice, notice_id) if 0 < notice_id <= MAX_DB_INT else None
    if notice is None or not scope.covers(user, notice.village.code):
        raise NotFound("该公示不存在或不在您的管辖范围内")
    return notice


def list_notices(user: User, limit: int = 200) -> list[PublicNotice]:
    """Return the notices of villages in the office's scope, newest first (cases and objections loaded)."""
    if not can_review_as_township(user):
        raise Forbidden("只有扶贫办工作人员可以管理公示")
    return list(db.session.scalars(select(PublicNotice).join(Village, PublicNotice.village_id == Village.id)
                                   .where(scope.scope_filter(user, Village.code))
                                   .options(joinedload(PublicNotice.village), selectinload(PublicNotice.cases),
                                            selectinload(PublicNotice.objections))
                                   .order_by(PublicNotice.id.desc()).limit(limit)))
