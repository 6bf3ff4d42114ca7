"""Cases through their steps: application, exit and return proposals, 村民代表评议, 乡镇审核, 县级审批 (建档立卡), the annual update."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import joinedload, selectinload

from ... import clock
from ...crypto import cipher, mask_name
from ...errors import Conflict, Forbidden, Invalid
from ...extensions import db
from ...models import OPEN_CASE_STATUSES, Appraisal, Household, HouseholdMember, IdentificationCase, User, Village
from ...models._types import utcnow
from ...security import MAX_DB_INT
from .. import audit, keyset, registry, scope
from ..registry_query import BY_VILLAGE
from .common import (
    CASES_MAX_OFFSET_PAGE,
    MAX_NOTE,
    _note,
    _open_case_for,
    _parse_date,
    _require_applicant,
    _require_county,
    _require_office,
    _require_status,
    _step,
    _village,
    can_approve_as_county,
    case_details,
    poverty_line,
)


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
    from ..needs import close_need

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


@dataclass(frozen=True)
class ExitCandidate:
    """A household the annual update proposes for exit: open, planned to exit by the year, income known."""

    household_id: int
    name: str
    village_name: str
    income_per_capita: Decimal | None
    planned_exit_year: int | None
    above_line: bool


def exit_candidates(user: User, year: int | None = None, page: int = 1, per_page: int = 100,
                    after: str | None = None, before: str | None = None) -> keyset.ListPage:
    """Return one keyset page of the 动态调整 proposals of exits in the user's scope for ``year``: open
    households planned to exit by then (or with income above the line), without an open case, by village
    code then id; items are ``ExitCandidate``. Names are real for staff in scope (audited as
    ``household.view_personal`` via ``identification.annual``). Raises Invalid for a bad cursor or a page
    number past CASES_MAX_OFFSET_PAGE."""
    from ..registry_query import real_names

    registry.villages_in_scope(user)
    year = year or clock.china_today().year
    line = poverty_line(year)
    # NOT EXISTS through ix_identification_cases_household_id (NOT IN hashed every open case of the country).
    busy = exists().where(IdentificationCase.household_id == Household.id,
                          IdentificationCase.status.in_(OPEN_CASE_STATUSES))
    stmt = (select(Village.code, Household.id).join(Village, Household.village_id == Village.id)
            .where(scope.scope_filter(user, Village.code), Household.status.in_(("registered", "returned")),
                   ~busy,
                   (Household.planned_exit_year <= year) | (Household.income_per_capita > line)))
    found = keyset.list_page(
        [keyset.Segment(stmt, BY_VILLAGE)], page, per_page, after, before,
        lambda ids: db.session.scalars(select(Household).where(Household.id.in_(ids)).options(joinedload(Household.village))),
        max_offset_page=CASES_MAX_OFFSET_PAGE, count_cap=keyset.COUNT_CAP)
    households = found.items
    # Plain values first: the audit's commit below expires the rows.
    rows = [(h.id, h.head_name_masked, h.village.name, h.income_per_capita, h.planned_exit_year) for h in households]
    names = real_names(user, households, via="identification.annual")
    items = [ExitCandidate(hid, names.get(hid, masked), village, income, planned,
                           income is not None and income > line) for hid, masked, village, income, planned in rows]
    return dataclasses.replace(found, items=items)


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
