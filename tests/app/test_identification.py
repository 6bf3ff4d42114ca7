"""精准识别 workflow (app/services/identification.py): every step, who may take it, and the history kept."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
import time_machine
from sqlalchemy import func, select

from app import clock
from app.errors import Conflict, Forbidden, Invalid, NotFound
from app.extensions import db
from app.models import Household, IdentificationCase, IdentificationStep, Notification, Objection, SpotCheck
from app.services import identification as ident
from app.services.registry import HouseholdInput
from tests.app.needlife import id_number


def _input(village, seq: int, name: str = "张三明", **kw) -> HouseholdInput:
    values = dict(village_id=village.id, head_name=name, id_number=id_number(seq), members_count=4,
                  main_cause="illness", income_per_capita=Decimal("2100"), registered_year=clock.china_today().year)
    values.update(kw)
    return HouseholdInput(**values)


@pytest.fixture()
def county(factory):
    """A village of the test county with its officer, township office, county office and a checker."""

    class County:
        village = factory.make_village()
        officer = factory.make_user("village_officer", village_id=village.id)
        township = factory.make_office("township", factory.TOWNSHIP)
        county = factory.make_office("county", factory.TOWNSHIP[:6])
        checker = factory.make_office("county", factory.TOWNSHIP[:6])
    return County


def _noticed(county, cases, days=7):
    appraisal = ident.record_appraisal(county.officer, county.village.id, clock.china_today(), 23,
                                       "同意全部申请户", {c.id: True for c in cases})
    for case in cases:
        ident.township_review(county.township, case, True)
    return appraisal, ident.publish_notice(county.township, county.village.id, days=days)


def _to_county(county, cases):
    _, notice = _noticed(county, cases)
    with time_machine.travel(clock.china_today() + timedelta(days=8), tick=False):
        ident.close_notice(county.township, notice)
    return notice


def test_an_application_goes_through_every_step_into_the_registry(county):
    case = ident.apply_entry(county.officer, _input(county.village, 1), by_household=True)
    assert case.status == "applied" and case.head_name_masked == "张*明"
    appraisal, notice = _noticed(county, [case])
    assert (appraisal.attendees, case.appraisal_id, case.status, case.notice_id) == (23, appraisal.id, "noticed", notice.id)
    with pytest.raises(Conflict):  # the period runs
        ident.close_notice(county.township, notice)
    with time_machine.travel(clock.china_today() + timedelta(days=7), tick=False):
        assert [c.id for c in ident.close_notice(county.township, notice)] == [case.id]
    assert case.status == "county_review"
    household = ident.approve(county.county, case)
    assert case.status == "completed" and case.household_id is not None
    registered = db.session.get(Household, case.household_id)
    assert (registered.head_name, registered.status, registered.members_count) == ("张三明", "registered", 4)
    assert registered.id_number == id_number(1)
    steps = [(s.step, s.outcome, s.actor_id) for s in case.steps]
    assert steps == [
        ("applied", "recorded", county.officer.id), ("appraisal", "passed", county.officer.id),
        ("township_review", "passed", county.township.id), ("notice", "recorded", county.township.id),
        ("notice_closed", "passed", county.township.id), ("county_approval", "passed", county.county.id),
        ("registered", "recorded", county.county.id)]
    assert household is case


def test_bad_applications_are_refused_and_change_nothing(county, factory):
    with pytest.raises(Invalid, match="身份证号"):
        ident.apply_entry(county.officer, _input(county.village, 2, id_number="520526198001010000"))
    existing = factory.make_household(county.village, id_number=id_number(3))
    with pytest.raises(Invalid, match="已登记"):
        ident.apply_entry(county.officer, _input(county.village, 3))
    ident.apply_entry(county.officer, _input(county.village, 4))
    with pytest.raises(Invalid, match="正在办理"):
        ident.apply_entry(county.officer, _input(county.village, 4))
    assert db.session.scalar(select(func.count(IdentificationCase.id))) == 1
    assert existing.status == "registered"


def test_who_may_take_each_step(county, factory):
    other_village = factory.make_village(factory.OTHER_TOWNSHIP)
    outsider = factory.make_user("village_officer", village_id=other_village.id)
    with pytest.raises(Invalid, match="管辖范围"):
        ident.apply_entry(outsider, _input(county.village, 5))
    for role in ("donor", "helper"):
        with pytest.raises((Forbidden, Invalid)):
            ident.apply_entry(factory.make_user(role), _input(county.village, 5))
    case = ident.apply_entry(county.officer, _input(county.village, 5))
    ident.record_appraisal(county.officer, county.village.id, clock.china_today(), 9, "同意", {case.id: True})
    with pytest.raises(Forbidden):  # the township reviews, not the village
        ident.township_review(county.officer, case, True)
    with pytest.raises(NotFound):
        ident.township_review(factory.make_office("county", factory.OTHER_TOWNSHIP[:6]), case, True)
    ident.township_review(county.township, case, True)
    ident.publish_notice(county.township, county.village.id)
    with time_machine.travel(clock.china_today() + timedelta(days=8), tick=False):
        ident.close_notice(county.township, case.notice)
    with pytest.raises(Forbidden):  # approval is the county's
        ident.approve(county.township, case)
    with pytest.raises(Forbidden):
        ident.draw_spot_checks(county.township, [county.checker.id])


def test_appraisal_that_fails_rejects_and_township_sends_back_with_a_reason(county):
    kept = ident.apply_entry(county.officer, _input(county.village, 6))
    refused = ident.apply_entry(county.officer, _input(county.village, 7, name="李四"))
    with pytest.raises(Invalid, match="参会人数"):
        ident.record_appraisal(county.officer, county.village.id, clock.china_today(), 0, "x", {kept.id: True})
    ident.record_appraisal(county.officer, county.village.id, clock.china_today(), 15, "同意1户，不同意1户",
                           {kept.id: True, refused.id: False})
    assert (kept.status, refused.status) == ("appraised", "rejected")
    with pytest.raises(Invalid, match="原因"):
        ident.township_review(county.township, kept, False)
    ident.township_review(county.township, kept, False, "收入核算有误")
    assert kept.status == "sent_back"
    ident.resubmit(county.officer, kept, _input(county.village, 6, income_per_capita=Decimal("1900")), "已重新核算")
    assert kept.status == "applied" and kept.income_per_capita == Decimal("1900")
    assert [s.step for s in kept.steps][-2:] == ["township_review", "resubmitted"]


def test_objection_on_the_public_notice_reaches_the_township_office_and_upheld_sends_back(county, factory):
    case = ident.apply_entry(county.officer, _input(county.village, 8))
    _, notice = _noticed(county, [case])
    other_township = factory.make_office("township", factory.OTHER_TOWNSHIP)
    objection = ident.lodge_objection(notice.id, "该户家中有轿车和门面房，收入不实", "匿名", case.id)
    assert objection.township_code == county.village.township_code
    notes = db.session.scalars(select(Notification).where(Notification.kind == "notice.objection")).all()
    assert [n.user_id for n in notes] == [county.township.id]
    assert [o.id for o in ident.list_objections(county.township)] == [objection.id]
    assert ident.list_objections(other_township) == []
    with pytest.raises(NotFound):
        ident.get_objection(other_township, objection.id)
    with time_machine.travel(clock.china_today() + timedelta(days=8), tick=False):
        with pytest.raises(Conflict, match="异议"):
            ident.close_notice(county.township, notice)
        with pytest.raises(Conflict, match="公示期已结束"):
            ident.lodge_objection(notice.id, "过期之后再提的异议")
    ident.resolve_objection(county.township, objection, True, "经入户核实，情况属实")
    assert case.status == "sent_back" and objection.status == "upheld"


def test_spot_check_sample_is_reproducible_and_its_share_configurable(county, app):
    ids = list(range(1, 101))
    first = ident.sample_case_ids(ids, Decimal("0.2"), seed=42)
    assert first == ident.sample_case_ids(list(reversed(ids)), Decimal("0.2"), seed=42)
    assert len(first) == 20 and len(ident.sample_case_ids(ids, Decimal("0.05"), seed=42)) == 5
    assert first != ident.sample_case_ids(ids, Decimal("0.2"), seed=43)
    assert len(ident.sample_case_ids([7], Decimal("0.01"), 1)) == 1
    cases = [ident.apply_entry(county.officer, _input(county.village, 10 + n, name=f"王{n}明")) for n in range(10)]
    _to_county(county, cases)
    app.config["SPOT_CHECK_SHARE"] = "0.3"
    try:
        draw = ident.draw_spot_checks(county.county, [county.county.id, county.checker.id], seed=7)
    finally:
        app.config["SPOT_CHECK_SHARE"] = "0.2"
    assert (draw.share, draw.population, draw.seed) == (Decimal("0.3"), 10, 7)
    sampled = [c.case_id for c in draw.checks]
    assert sampled == ident.sample_case_ids([c.id for c in cases], Decimal("0.3"), 7) and len(sampled) == 3
    assert {c.assigned_to_id for c in draw.checks} == {county.county.id, county.checker.id}
    with pytest.raises(Invalid, match="比例"):
        ident.draw_spot_checks(county.county, [county.county.id], share="1.5")


def test_a_failed_check_sends_back_and_a_pending_one_holds_approval(county, factory):
    cases = [ident.apply_entry(county.officer, _input(county.village, 30 + n, name=f"赵{n}明")) for n in range(4)]
    _to_county(county, cases)
    draw = ident.draw_spot_checks(county.county, [county.checker.id], share="0.5", seed=3)
    failed, passed = draw.checks
    with pytest.raises(Conflict, match="核查"):
        ident.approve(county.county, failed.case)
    stranger = factory.make_office("county", factory.OTHER_TOWNSHIP[:6])
    with pytest.raises(NotFound):
        ident.record_check(stranger, failed, False, "x")
    assert ident.my_checks(county.checker) == [failed, passed]
    with pytest.raises(Invalid, match="原因"):
        ident.record_check(county.checker, failed, False)
    ident.record_check(county.checker, failed, False, "入户核实发现有稳定工资收入")
    ident.record_check(county.checker, passed, True)
    assert failed.case.status == "sent_back"
    approved, held = ident.approve_all(county.county)
    assert (approved, held) == (3, 0)
    assert db.session.scalar(select(func.count(Household.id))) == 3


def test_exit_needs_income_above_the_line_and_the_standard_confirmed_then_closes_needs(county, factory):
    household = factory.make_household(county.village, income_per_capita=Decimal("3000"))
    need = factory.make_need(household=household, status="published")
    year = clock.china_today().year
    line = ident.poverty_line(year)
    with pytest.raises(Invalid, match="扶贫标准"):
        ident.propose_exit(county.officer, household.id, line, True)
    with pytest.raises(Invalid, match="两不愁三保障"):
        ident.propose_exit(county.officer, household.id, line + 1, False)
    case = ident.propose_exit(county.officer, household.id, line + 500, True, "务工收入稳定")
    assert [c.household_id for c in ident.exit_candidates(county.officer).items] == []  # an open case already
    with pytest.raises(Conflict):
        ident.propose_exit(county.officer, household.id, line + 500, True)
    _to_county(county, [case])
    ident.approve(county.county, case)
    db.session.refresh(need)
    assert household.status == "exited" and household.income_per_capita == line + 500
    assert need.status == "closed"
    back = ident.propose_return(county.officer, household.id, note="因病返贫，医疗支出大")
    _to_county(county, [back])
    ident.approve(county.county, back)
    assert household.status == "returned"
    history = db.session.scalars(select(IdentificationCase).where(
        IdentificationCase.household_id == household.id).order_by(IdentificationCase.id)).all()
    assert [(c.kind, c.status) for c in history] == [("exit", "completed"), ("return", "completed")]


def test_annual_update_proposes_exits_of_households_planned_or_above_the_line(county, factory):
    year = clock.china_today().year
    line = ident.poverty_line(year)
    planned = factory.make_household(county.village, planned_exit_year=year, income_per_capita=Decimal("100"))
    above = factory.make_household(county.village, income_per_capita=line + 1)
    factory.make_household(county.village, income_per_capita=line - 1, planned_exit_year=year + 2)
    factory.make_household(county.village, status="exited", planned_exit_year=year)
    found = {c.household_id: c.above_line for c in ident.exit_candidates(county.officer, year).items}
    assert found == {planned.id: False, above.id: True}


def test_public_notice_is_masked_and_not_before_it_starts(county):
    case = ident.apply_entry(county.officer, _input(county.village, 40, name="欧阳明月"))
    _noticed(county, [case])
    view = ident.public_notice(case.notice_id)
    assert [e.name for e in view.entries] == ["欧**月"] and view.is_open
    appraised = ident.apply_entry(county.officer, _input(county.village, 41))
    ident.record_appraisal(county.officer, county.village.id, clock.china_today(), 5, "同意", {appraised.id: True})
    ident.township_review(county.township, appraised, True)
    later = ident.publish_notice(county.township, county.village.id, clock.china_today() + timedelta(days=3))
    with pytest.raises(NotFound):
        ident.public_notice(later.id)
    with pytest.raises(Invalid, match="公示天数"):
        ident.publish_notice(county.township, county.village.id, days=0)


def test_every_step_is_audited(county):
    from app.models import AuditLog

    case = ident.apply_entry(county.officer, _input(county.village, 50))
    assert db.session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "case.applied",
                                                                   AuditLog.object_id == str(case.id))) == 1
    assert db.session.scalar(select(func.count(IdentificationStep.id))) == 1
    assert db.session.scalar(select(func.count(SpotCheck.id))) == 0
    assert db.session.scalar(select(func.count(Objection.id))) == 0


def test_the_public_notice_page_is_public_masked_and_its_objection_reaches_the_township(county, client, factory):
    case = ident.apply_entry(county.officer, _input(county.village, 60, name="马文才",
                                                    phone="13712345678", address="三组18号"))
    _, notice = _noticed(county, [case])
    other_township = factory.make_office("township", factory.OTHER_TOWNSHIP)
    html = client.get(f"/notices/{notice.id}").get_data(as_text=True)  # no sign-in
    assert "马*才" in html and county.village.name in html
    for secret in ("马文才", id_number(60), "13712345678", "三组18号"):
        assert secret not in html
    assert f"/notices/{notice.id}" in client.get("/notices").get_data(as_text=True)
    refused = client.post(f"/notices/{notice.id}", data={"text": "短", "case_id": case.id})
    assert refused.status_code == 400 and "异议内容应为" in refused.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Objection.id))) == 0
    sent = client.post(f"/notices/{notice.id}", data={"text": "该户儿子在县城有稳定工作，收入不实",
                                                      "contact": "13900000000", "case_id": case.id})
    assert sent.status_code == 302
    objection = db.session.scalar(select(Objection))
    assert objection.township_code == factory.TOWNSHIP and objection.contact == "13900000000"
    assert db.session.scalar(select(Notification.user_id).where(Notification.kind == "notice.objection")) == county.township.id
    for office, seen in ((county.township, True), (other_township, False)):
        client.post("/auth/logout")
        client.post("/auth/login", data={"username": office.username, "password": "Correct-Horse-9"})
        page = client.get("/identification/objections").get_data(as_text=True)
        assert ("收入不实" in page) is seen
    assert client.get(f"/identification/objections/{objection.id}").status_code == 404


def test_a_batch_goes_through_the_pages(county, client, factory):
    def sign_in(user):
        client.post("/auth/logout")
        assert client.post("/auth/login", data={"username": user.username, "password": "Correct-Horse-9"}).status_code == 302

    sign_in(county.officer)
    year = clock.china_today().year
    form = {"village_id": county.village.id, "head_name": "杨光明", "id_number": id_number(70), "members_count": 3,
            "attribute": "general", "main_cause": "illness", "income_per_capita": "2000", "year": year}
    bad = client.post("/identification/apply", data={**form, "id_number": "123"})
    assert bad.status_code == 400 and "身份证号应为18位" in bad.get_data(as_text=True)
    created = client.post("/identification/apply", data=form)
    case = db.session.scalar(select(IdentificationCase))
    assert created.headers["Location"].endswith(f"/identification/cases/{case.id}")
    assert "杨光明" in client.get(f"/identification/cases/{case.id}").get_data(as_text=True)
    assert client.post("/identification/appraisal", data={
        "village_id": county.village.id, "held_on": clock.china_today().isoformat(), "attendees": "21",
        "result": "全票同意", f"case_{case.id}": "pass"}).status_code == 302
    sign_in(county.township)
    client.post(f"/identification/cases/{case.id}/township-review", data={"decision": "pass"})
    assert client.post("/identification/notices", data={"village_id": county.village.id, "days": "7"}).status_code == 302
    db.session.expire_all()
    assert db.session.get(IdentificationCase, case.id).status == "noticed"
    with time_machine.travel(clock.china_today() + timedelta(days=8), tick=False):
        client.post(f"/identification/notices/{case.notice_id}/close")
    sign_in(county.county)
    assert client.post("/identification/spot-checks", data={"share": "1", "seed": "5",
                                                            "assignees": [county.county.id]}).status_code == 302
    check = db.session.scalar(select(SpotCheck))
    client.post(f"/identification/spot-checks/{check.id}", data={"outcome": "passed", "note": "入户核实属实"})
    client.post(f"/identification/cases/{case.id}/approve")
    db.session.expire_all()
    done = db.session.get(IdentificationCase, case.id)
    assert done.status == "completed" and db.session.get(Household, done.household_id).head_name == "杨光明"


def test_two_approvals_racing_register_the_household_once(county, app):
    from tests.races import race

    case = ident.apply_entry(county.officer, _input(county.village, 90))
    _to_county(county, [case])
    case_id, county_id = case.id, county.county.id

    def approve(_i):
        user = db.session.get(type(county.county), county_id)
        ident.approve(user, db.session.get(IdentificationCase, case_id))

    outcomes = race(app, 6, approve)
    assert sorted(outcomes).count("ok") == 1, outcomes
    assert all(o == "ok" or "已被他人办理" in o or "当前为" in o for o in outcomes), outcomes
    assert db.session.scalar(select(func.count(Household.id))) == 1


def test_the_case_list_pages_by_cursor_newest_first_without_skipping_or_repeating(county):
    made = [ident.apply_entry(county.officer, _input(county.village, 100 + n, name=f"钱{n}明")).id for n in range(5)]
    seen, cursor = [], None
    while True:
        page = ident.list_cases(county.county, per_page=2, after=cursor)
        seen += [case.id for case in page.items]
        if not page.has_next:
            break
        cursor = page.next_cursor
        made.append(ident.apply_entry(county.officer, _input(county.village, 100 + len(made), name=f"孙{len(made)}明")).id)
    assert seen == sorted(seen, reverse=True) and len(seen) == len(set(seen)) == 5, "newer cases come before the cursor"
    assert ident.list_cases(county.county, per_page=2).total == len(made)
    assert ident.count_cases(county.county, status="applied") == len(made)
    with pytest.raises(Invalid):
        ident.list_cases(county.county, page=ident.CASES_MAX_OFFSET_PAGE + 1)
