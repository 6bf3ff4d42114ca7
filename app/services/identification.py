"""精准识别 as the 2014 plan describes it: 申请评议、公示公告、抽检核查、信息录入, and 有进有出 every year.

A case (``IdentificationCase``) goes::

    applied ──村民代表评议──▶ appraised ──乡镇审核──▶ township_reviewed ──公示──▶ noticed
       ▲          │ 未通过: rejected          │ 退回                         │ 异议成立: sent_back
       │          ▼                          ▼                             ▼ 公示期满
       └─resubmit── sent_back ◀──抽检未通过 / 县级退回── county_review ──县级审批──▶ completed (建档立卡 / 脱贫 / 返贫)

Who may do what (checked here, never only in a view):

- village officers and offices covering the village: apply (entry), propose an exit or a return, record
  the 村民代表评议, resubmit a case that was sent back;
- offices (any level) covering the case: the township review, publishing and closing the 公示, deciding
  objections;
- offices of county level or above covering the case (and admins): draw the 抽检核查 sample, approve or
  send back; a spot check's outcome is recorded by the staff member it is assigned to or by such an office.

Every step adds an ``IdentificationStep`` (who, when, outcome, note) and an audit entry in the same
transaction. An exit needs per-capita income above the year's line (``poverty_line``) and the officer's
confirmation of 两不愁三保障; completing it closes the household's open needs (``registry.mark_exited``'s
rule). Errors: ``Invalid`` (bad input, Chinese message, nothing changed), ``Conflict`` (wrong status),
``NotFound`` (outside the scope), ``Forbidden`` (wrong role).
"""

from __future__ import annotations

import json
import math
import random
import secrets
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from flask import current_app
from sqlalchemy import func, select, update
from sqlalchemy.orm import joinedload, selectinload

from .. import clock
from ..crypto import cipher, mask_name
from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..extensions import db
from ..models import (
    CASE_KINDS,
    OPEN_CASE_STATUSES,
    Appraisal,
    Household,
    HouseholdMember,
    IdentificationCase,
    IdentificationStep,
    Objection,
    PublicNotice,
    SpotCheck,
    SpotCheckDraw,
    User,
    Village,
)
from ..models._types import utcnow
from ..security import MAX_DB_INT
from . import audit, notify, registry, scope
from .needs import link
from .registry_query import Page

# Per-capita net income lines (yuan, current prices) of the 2011–2020 national standard (2,300 yuan at
# 2010 prices), as the annual 国家扶贫标准 were published; later years use the POVERTY_LINE setting.
POVERTY_LINES = {2014: 2800, 2015: 2855, 2016: 3000, 2017: 3335, 2018: 3535, 2019: 3747, 2020: 4000}
APPLY_ROLES = ("village_officer", "office", "admin")
COUNTY_LEVELS = ("county", "prefecture", "province", "national")
MAX_NOTE = 500


def poverty_line(year: int) -> Decimal:
    """Return the per-capita income line (yuan) an exit in ``year`` must be above."""
    return Decimal(POVERTY_LINES.get(year, current_app.config["POVERTY_LINE"]))


def default_notice_days() -> int:
    """Return how many days a 公示 stays up by default (NOTICE_DAYS, 7)."""
    return current_app.config["NOTICE_DAYS"]


def default_share() -> Decimal:
    """Return the configured 抽检核查 share (SPOT_CHECK_SHARE), 0 < share ≤ 1."""
    return Decimal(str(current_app.config["SPOT_CHECK_SHARE"]))


# ---------------------------------------------------------------- permissions


def _authenticated(user: User | None) -> bool:
    return user is not None and getattr(user, "is_authenticated", False)


def _require_applicant(user: User, region_code: str) -> None:
    if not _authenticated(user) or user.role not in APPLY_ROLES:
        raise Forbidden("只有村级信息员和扶贫办工作人员可以办理识别")
    scope.require_region(user, region_code)


def _require_office(user: User, region_code: str) -> None:
    if not _authenticated(user) or user.role not in ("office", "admin"):
        raise Forbidden("只有扶贫办工作人员可以审核")
    scope.require_region(user, region_code)


def _require_county(user: User, region_code: str) -> None:
    _require_office(user, region_code)
    if user.role == "office" and user.office_level not in COUNTY_LEVELS:
        raise Forbidden("县级审批和抽检核查由县级及以上扶贫办办理")


def can_review_as_township(user: User | None) -> bool:
    """Return whether the user is an office or admin (the township review, 公示 and objections)."""
    return _authenticated(user) and user.role in ("office", "admin")


def can_approve_as_county(user: User | None) -> bool:
    """Return whether the user may draw spot checks and approve (county level or above, or admin)."""
    return _authenticated(user) and (user.role == "admin" or (
        user.role == "office" and user.office_level in COUNTY_LEVELS))


# ---------------------------------------------------------------- reading


def get_case(user: User, case_id: int) -> IdentificationCase:
    """Return a case inside the user's scope (NotFound otherwise, also for roles without the workflow)."""
    if not _authenticated(user) or user.role not in APPLY_ROLES:
        raise Forbidden("只有村级信息员和扶贫办工作人员可以查看识别")
    case = db.session.get(IdentificationCase, case_id) if 0 < case_id <= MAX_DB_INT else None
    if case is None or not scope.covers(user, case.region_code):
        raise NotFound("该识别事项不存在或不在您的管辖范围内")
    return case


def list_cases(user: User, *, status: str = "", kind: str = "", year: int | None = None,
               village_id: int | None = None, page: int = 1, per_page: int = 50) -> Page:
    """Return one page of the cases in the user's scope, newest first, filtered by status, kind, year, village."""
    if not _authenticated(user) or user.role not in APPLY_ROLES:
        raise Forbidden("只有村级信息员和扶贫办工作人员可以查看识别")
    stmt = select(IdentificationCase).where(scope.scope_filter(user, IdentificationCase.region_code))
    if status:
        stmt = stmt.where(IdentificationCase.status == status)
    if kind:
        stmt = stmt.where(IdentificationCase.kind == kind)
    if year:
        stmt = stmt.where(IdentificationCase.year == year)
    if village_id:
        stmt = stmt.where(IdentificationCase.village_id == village_id)
    total = db.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    page = max(1, min(page, max(1, math.ceil(total / per_page))))
    items = list(db.session.scalars(stmt.options(joinedload(IdentificationCase.village))
                                    .order_by(IdentificationCase.id.desc())
                                    .offset((page - 1) * per_page).limit(per_page)))
    return Page(items=items, page=page, per_page=per_page, total=total)


def case_details(case: IdentificationCase) -> dict:
    """Return the application's decrypted details (id_number, phone, address, members_count, ...)."""
    return json.loads(case.details or "{}")


def real_name(user: User, case: IdentificationCase) -> str:
    """Return the case's name in clear for staff in scope (audited as ``case.view_personal``), else masked."""
    if not scope.covers(user, case.region_code):
        return case.head_name_masked
    audit.record("case.view_personal", "identification_case", case.id, case.region_code, actor=user)
    db.session.commit()
    return case.head_name


# ---------------------------------------------------------------- steps


def _step(case: IdentificationCase, step: str, user: User | None, outcome: str = "recorded", note: str = "") -> None:
    db.session.add(IdentificationStep(case_id=case.id, step=step, outcome=outcome,
                                      actor_id=user.id if user is not None else None, note=note[:MAX_NOTE]))
    audit.record(f"case.{step}", "identification_case", case.id, case.region_code,
                 {"outcome": outcome, "status": case.status}, actor=user)


def _require_status(case: IdentificationCase, *statuses: str) -> None:
    if case.status not in statuses:
        from ..models import CASE_STATUSES

        raise Conflict(f"该事项当前为“{CASE_STATUSES[case.status]}”，不能办理这一步")


def _note(note: str | None) -> str:
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise Invalid(f"说明不能超过{MAX_NOTE}字", field="note")
    return note


def _village(user: User, village_id: int) -> Village:
    village = db.session.get(Village, village_id) if isinstance(village_id, int) and 0 < village_id <= MAX_DB_INT else None
    if village is None or not scope.covers(user, village.code):
        raise Invalid("所选村不在您的管辖范围内", field="village_id")
    return village


def _open_case_for(fingerprint: str) -> IdentificationCase | None:
    return db.session.scalar(select(IdentificationCase).where(
        IdentificationCase.id_fingerprint == fingerprint, IdentificationCase.status.in_(OPEN_CASE_STATUSES)))


def _details_of(data: registry.HouseholdInput) -> str:
    return json.dumps({
        "id_number": data.id_number.strip().upper(), "phone": (data.phone or "").strip(),
        "address": (data.address or "").strip(), "members_count": data.members_count,
        "attribute": data.attribute, "main_cause": data.main_cause,
        "other_causes": [c for c in data.other_causes if c], "planned_exit_year": data.planned_exit_year,
    }, ensure_ascii=False)


def _check_application(data: registry.HouseholdInput) -> str:
    found = registry.problems(data)
    if found:
        raise Invalid(found[0][1], field=found[0][0])
    fingerprint = cipher().fingerprint(data.id_number.strip().upper())
    if db.session.scalar(select(Household.id).where(Household.id_fingerprint == fingerprint)) is not None:
        raise Invalid("该身份证号已登记为建档立卡户，不能重复申请", field="id_number")
    return fingerprint


def apply_entry(user: User, data: registry.HouseholdInput, *, by_household: bool = False,
                note: str = "") -> IdentificationCase:
    """Open an entry case (新识别) for an applicant of a village in the user's scope.

    ``data`` has the household form's fields and rules (``registry.problems``); its ``registered_year``
    is the case's year. ``by_household`` records that the household applied itself (农户申请) and the
    officer entered it. Raises Invalid for bad data, an ID number already registered or already applying.
    """
    village = _village(user, data.village_id)
    _require_applicant(user, village.code)
    note = _note(note)
    fingerprint = _check_application(data)
    if _open_case_for(fingerprint) is not None:
        raise Invalid("该身份证号已有正在办理的识别申请", field="id_number")
    name = data.head_name.strip()
    case = IdentificationCase(
        kind="entry", status="applied", year=data.registered_year, village_id=village.id, region_code=village.code,
        head_name=name, head_name_masked=mask_name(name), id_fingerprint=fingerprint, details=_details_of(data),
        income_per_capita=data.income_per_capita, by_household=by_household, created_by_id=user.id)
    db.session.add(case)
    db.session.flush()
    _step(case, "applied", user, note=note or ("农户申请，村级录入" if by_household else "村级信息员录入"))
    db.session.commit()
    return case


def _household_case(user: User, household_id: int, kind: str, year: int, income: Decimal | None,
                    standard_confirmed: bool, note: str) -> IdentificationCase:
    household = registry.get_household(user, household_id)
    _require_applicant(user, household.village.code)
    if _open_case_for(household.id_fingerprint) is not None:
        raise Conflict("该户已有正在办理的识别事项")
    case = IdentificationCase(
        kind=kind, status="applied", year=year, village_id=household.village_id, region_code=household.village.code,
        household_id=household.id, head_name=household.head_name, head_name_masked=household.head_name_masked,
        id_fingerprint=household.id_fingerprint, details="{}", income_per_capita=income,
        standard_confirmed=standard_confirmed, created_by_id=user.id)
    db.session.add(case)
    db.session.flush()
    _step(case, "applied", user, note=note)
    db.session.commit()
    return case


def exit_problems(income: Decimal | None, standard_confirmed: bool, year: int) -> list[tuple[str, str]]:
    """Return (field, message) pairs for why an exit (脱贫) does not meet the standard, or []."""
    found = []
    line = poverty_line(year)
    if income is None:
        found.append(("income_per_capita", "请填写核实后的人均纯收入"))
    elif not Decimal(income).is_finite() or income <= line:
        found.append(("income_per_capita", f"人均纯收入须高于{year}年扶贫标准（{line}元）才能退出"))
    if not standard_confirmed:
        found.append(("standard_confirmed", "须确认“两不愁三保障”（不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障）已实现"))
    return found


def propose_exit(user: User, household_id: int, income: Decimal | None, standard_confirmed: bool,
                 note: str = "", year: int | None = None) -> IdentificationCase:
    """Propose a registered (or returned) household's exit (脱贫) for ``year`` (default: this year)."""
    household = registry.get_household(user, household_id)
    year = year or clock.china_today().year
    note = _note(note)
    found = exit_problems(income, standard_confirmed, year)
    if found:
        raise Invalid(found[0][1], field=found[0][0])
    if not household.is_open:
        raise Conflict("只有在档或返贫的户才能申请退出")
    return _household_case(user, household_id, "exit", year, income, True, note)


def propose_return(user: User, household_id: int, income: Decimal | None = None, note: str = "",
                   year: int | None = None) -> IdentificationCase:
    """Propose an exited household's return to poverty (返贫) for ``year`` (default: this year)."""
    household = registry.get_household(user, household_id)
    note = _note(note)
    if not note:
        raise Invalid("请说明返贫原因", field="note")
    if household.status != "exited":
        raise Conflict("只有已脱贫的户才能申请返贫")
    return _household_case(user, household_id, "return", year or clock.china_today().year, income, False, note)


def resubmit(user: User, case: IdentificationCase, data: registry.HouseholdInput | None = None,
             note: str = "") -> IdentificationCase:
    """Send a case that was sent back through the steps again, with corrected data for an entry."""
    _require_applicant(user, case.region_code)
    _require_status(case, "sent_back")
    note = _note(note)
    if case.kind == "entry" and data is not None:
        if _village(user, data.village_id).id != case.village_id:
            raise Invalid("重新申请不能更换所在村", field="village_id")
        fingerprint = _check_application(data)
        other = _open_case_for(fingerprint)
        if other is not None and other.id != case.id:
            raise Invalid("该身份证号已有正在办理的识别申请", field="id_number")
        case.head_name = data.head_name.strip()
        case.head_name_masked = mask_name(case.head_name)
        case.id_fingerprint = fingerprint
        case.details = _details_of(data)
        case.income_per_capita = data.income_per_capita
    case.status = "applied"
    case.appraisal_id = None
    case.notice_id = None
    _step(case, "resubmitted", user, note=note)
    db.session.commit()
    return case


def _parse_date(value, field: str, label: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value or "").strip())
    except ValueError:
        raise Invalid(f"{label}应为日期，如 2026-03-01", field=field) from None


def record_appraisal(user: User, village_id: int, held_on, attendees: int | None, result: str,
                     decisions: dict[int, bool], note: str = "") -> Appraisal:
    """Record a 村民代表评议 of a village and its decision on each applied case of it.

    ``decisions`` maps case id → passed. Cases passed go on to the township review; cases failed are
    rejected (不予通过). Every case named must be an applied case of this village; at least one.
    """
    village = _village(user, village_id)
    _require_applicant(user, village.code)
    held_on = _parse_date(held_on, "held_on", "评议日期")
    if held_on > clock.china_today():
        raise Invalid("评议日期不能晚于今天", field="held_on")
    if not isinstance(attendees, int) or not 1 <= attendees <= 1000:
        raise Invalid("参会人数应为1–1000", field="attendees")
    result = (result or "").strip()
    if not result or len(result) > MAX_NOTE:
        raise Invalid(f"请填写评议结果（不超过{MAX_NOTE}字）", field="result")
    note = _note(note)
    if not decisions:
        raise Invalid("请至少对一户作出评议结论", field="decisions")
    cases = {c.id: c for c in db.session.scalars(select(IdentificationCase).where(
        IdentificationCase.id.in_([i for i in decisions if 0 < i <= MAX_DB_INT])))}
    for case_id in decisions:
        case = cases.get(case_id)
        if case is None or case.village_id != village.id or case.status != "applied":
            raise Invalid("评议的户须是本村待评议的申请", field="decisions")
    appraisal = Appraisal(village_id=village.id, year=held_on.year, held_on=held_on, attendees=attendees,
                          result=result, recorded_by_id=user.id)
    db.session.add(appraisal)
    db.session.flush()
    for case_id, passed in decisions.items():
        case = cases[case_id]
        case.appraisal_id = appraisal.id
        case.status = "appraised" if passed else "rejected"
        _step(case, "appraisal", user, "passed" if passed else "failed",
              note or f"{held_on:%Y-%m-%d} 村民代表评议，{attendees}人参会")
        if not passed:
            case.completed_at = utcnow()
    db.session.commit()
    return appraisal


def township_review(user: User, case: IdentificationCase, passed: bool, note: str = "") -> IdentificationCase:
    """Record the township's review: passed → ready for the 公示; failed → sent back (note required)."""
    _require_office(user, case.region_code)
    _require_status(case, "appraised")
    note = _note(note)
    if not passed and not note:
        raise Invalid("退回时必须填写原因", field="note")
    case.status = "township_reviewed" if passed else "sent_back"
    _step(case, "township_review", user, "passed" if passed else "failed", note)
    db.session.commit()
    return case


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
    from ..models import POVERTY_CAUSES

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


# ---------------------------------------------------------------- 抽检核查


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


# ---------------------------------------------------------------- county approval, 建档立卡


def _register(case: IdentificationCase) -> Household:
    details = case_details(case)
    data = registry.HouseholdInput(
        village_id=case.village_id, head_name=case.head_name, id_number=details["id_number"],
        phone=details.get("phone", ""), address=details.get("address", ""),
        members_count=details.get("members_count", 1), attribute=details.get("attribute", "general"),
        main_cause=details.get("main_cause", "other"), other_causes=details.get("other_causes", []),
        income_per_capita=case.income_per_capita, registered_year=case.year,
        planned_exit_year=details.get("planned_exit_year"))
    if db.session.scalar(select(Household.id).where(Household.id_fingerprint == case.id_fingerprint)) is not None:
        raise Conflict("该身份证号已登记为建档立卡户")
    household = Household(village_id=case.village_id, status="registered")
    registry._fill(household, data)
    db.session.add(household)
    db.session.flush()
    db.session.add(HouseholdMember(household_id=household.id, name=household.head_name, relation="户主",
                                   gender=registry._gender_of(household.id_number)))
    audit.record("household.create", "household", household.id, case.region_code, {"case": case.id})
    return household


def _apply_exit(user: User, case: IdentificationCase) -> None:
    from .needs import close_need

    household = case.household
    household.status = "exited"
    household.exited_at = utcnow()
    if case.income_per_capita is not None:
        household.income_per_capita = case.income_per_capita
    for need in registry.open_needs(household):
        close_need(need, "受助户已脱贫", actor=user)
    audit.record("household.exit", "household", household.id, case.region_code, {"case": case.id})


def approve(user: User, case: IdentificationCase, note: str = "") -> IdentificationCase:
    """Approve a case at the county: entry → 建档立卡 (a new registered household), exit → 已脱贫 (open needs
    closed), return → 返贫. Refused while a spot check of the case is pending or after one failed."""
    _require_county(user, case.region_code)
    _require_status(case, "county_review")
    note = _note(note)
    outcomes = {c.outcome for c in case.spot_checks}
    if "pending" in outcomes:
        raise Conflict("该户被抽中核查，核查结论出来后才能审批")
    if "failed" in outcomes:
        raise Conflict("该户抽检核查未通过，不能审批")
    if case.kind == "exit" and not case.household.is_open:
        raise Conflict("该户已不是在档户")
    if case.kind == "return" and case.household.status != "exited":
        raise Conflict("该户不是已脱贫户")
    # Claim the case with a conditional UPDATE: of two approvals racing, one registers the household.
    claimed = db.session.execute(update(IdentificationCase).where(
        IdentificationCase.id == case.id, IdentificationCase.status == "county_review")
        .values(status="completed", completed_at=utcnow()).execution_options(synchronize_session=False))
    if claimed.rowcount != 1:
        db.session.rollback()
        raise Conflict("该事项已被他人办理，请刷新后查看")
    db.session.refresh(case)
    try:
        if case.kind == "entry":
            case.household_id = _register(case).id
        elif case.kind == "exit":
            _apply_exit(user, case)
        else:
            case.household.status = "returned"
            if case.income_per_capita is not None:
                case.household.income_per_capita = case.income_per_capita
            audit.record("household.return", "household", case.household_id, case.region_code, {"case": case.id})
    except Conflict:
        db.session.rollback()
        raise
    _step(case, "county_approval", user, "passed", note)
    _step(case, "registered", user, note={"entry": "纳入建档立卡", "exit": "标记脱贫", "return": "标记返贫"}[case.kind])
    db.session.commit()
    return case


def approve_all(user: User) -> tuple[int, int]:
    """Approve every case awaiting the county in the user's scope that may be approved (no pending or failed
    check). Returns (approved, held back)."""
    if not can_approve_as_county(user):
        raise Forbidden("县级审批和抽检核查由县级及以上扶贫办办理")
    cases = list(db.session.scalars(select(IdentificationCase).where(
        scope.scope_filter(user, IdentificationCase.region_code), IdentificationCase.status == "county_review")
        .options(selectinload(IdentificationCase.spot_checks)).order_by(IdentificationCase.id)))
    approved = 0
    for case in cases:
        if {c.outcome for c in case.spot_checks} & {"pending", "failed"}:
            continue
        approve(user, case)
        approved += 1
    return approved, len(cases) - approved


def send_back(user: User, case: IdentificationCase, note: str) -> IdentificationCase:
    """Send a case awaiting the county back to the village with a reason."""
    _require_county(user, case.region_code)
    _require_status(case, "county_review")
    note = _note(note)
    if not note:
        raise Invalid("退回时必须填写原因", field="note")
    case.status = "sent_back"
    _step(case, "sent_back", user, "failed", note)
    db.session.commit()
    return case


# ---------------------------------------------------------------- 动态调整


@dataclass(frozen=True)
class ExitCandidate:
    """A household the annual update proposes for exit: open, planned to exit by the year, income known."""

    household_id: int
    name: str
    village_name: str
    income_per_capita: Decimal | None
    planned_exit_year: int | None
    above_line: bool


def exit_candidates(user: User, year: int | None = None, page: int = 1, per_page: int = 100) -> Page:
    """Return one page of the 动态调整 proposals of exits in the user's scope for ``year``: open households
    planned to exit by then (or with income above the line), without an open case, by village; items are
    ``ExitCandidate``. Names are real for staff in scope (audited as ``household.view_personal`` via
    ``identification.annual``)."""
    from .registry_query import real_names

    registry.villages_in_scope(user)
    year = year or clock.china_today().year
    line = poverty_line(year)
    busy = select(IdentificationCase.household_id).where(
        IdentificationCase.status.in_(OPEN_CASE_STATUSES), IdentificationCase.household_id.is_not(None))
    stmt = (select(Household).join(Village, Household.village_id == Village.id)
            .where(scope.scope_filter(user, Village.code), Household.status.in_(("registered", "returned")),
                   Household.id.not_in(busy),
                   (Household.planned_exit_year <= year) | (Household.income_per_capita > line)))
    total = db.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    page = max(1, min(page, max(1, math.ceil(total / per_page))))
    households = list(db.session.scalars(stmt.options(joinedload(Household.village)).order_by(Village.code, Household.id)
                                         .offset((page - 1) * per_page).limit(per_page)))
    # Plain values first: the audit's commit below expires the rows.
    rows = [(h.id, h.head_name_masked, h.village.name, h.income_per_capita, h.planned_exit_year) for h in households]
    names = real_names(user, households, via="identification.annual")
    items = [ExitCandidate(hid, names.get(hid, masked), village, income, planned,
                           income is not None and income > line) for hid, masked, village, income, planned in rows]
    return Page(items=items, page=page, per_page=per_page, total=total)


def summary(user: User, year: int) -> dict:
    """Return the counts of the user's cases of ``year`` by kind and status: {kind: {status: n}}."""
    rows = db.session.execute(select(IdentificationCase.kind, IdentificationCase.status, func.count())
                              .where(scope.scope_filter(user, IdentificationCase.region_code),
                                     IdentificationCase.year == year)
                              .group_by(IdentificationCase.kind, IdentificationCase.status))
    out: dict = {}
    for kind, status, n in rows:
        out.setdefault(kind, {})[status] = n
    return out
