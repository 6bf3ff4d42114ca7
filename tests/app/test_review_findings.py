"""Findings of the late review: bad input that must answer a form error or 404, never a 500."""

from __future__ import annotations

import pytest

from app.models import Household, Pledge

HUGE = "99999999999999999999999"


def test_pledge_form_with_a_non_numeric_offer_id_re_renders_instead_of_failing(client, factory, login_as):
    need = factory.make_need()
    login_as("donor")
    response = client.post(f"/needs/{need.id}/pledge", data={"quantity": "1", "offer_id": "abc"})
    assert response.status_code == 200  # this view re-renders its form errors with 200
    assert "请选择您自己的帮扶资源" in response.get_data(as_text=True)
    assert Pledge.query.count() == 0


def test_pledge_form_with_an_offer_id_past_the_database_range_re_renders_instead_of_failing(client, factory, login_as):
    need = factory.make_need()
    login_as("donor")
    response = client.post(f"/needs/{need.id}/pledge", data={"quantity": "1", "offer_id": HUGE})
    assert response.status_code == 200
    assert "请选择您自己的帮扶资源" in response.get_data(as_text=True)
    assert Pledge.query.count() == 0


def test_pledge_quantity_nan_is_refused_with_a_form_error(client, factory, login_as):
    need = factory.make_need()
    login_as("donor")
    response = client.post(f"/needs/{need.id}/pledge", data={"quantity": "NaN", "offer_id": ""})
    assert response.status_code == 200
    assert "认领数量必须是数字" in response.get_data(as_text=True)
    assert Pledge.query.count() == 0


def test_recommendations_for_an_offer_id_past_the_database_range_answer_not_found(client, factory, login_as):
    login_as("donor")
    response = client.get(f"/recommendations?offer={HUGE}")
    assert response.status_code == 404


def test_office_contact_with_a_need_id_past_the_database_range_re_renders_the_form(client, factory, login_as):
    offer = factory.make_offer()
    login_as("office")
    response = client.post(f"/offers/{offer.id}/contact", data={"need_id": HUGE, "message": "请支持本县需求"})
    assert response.status_code == 400


def _household_form(village_id, **overrides) -> dict:
    from tests.app.needlife import id_number

    data = {
        "village_id": str(village_id), "head_name": "张三明", "id_number": id_number(31), "phone": "13900001234",
        "address": "一组12号", "members_count": "4", "attribute": "general", "main_cause": "illness",
        "income_per_capita": "2800", "registered_year": "2014", "planned_exit_year": "2019", "helper_id": "0",
    }
    data.update(overrides)
    return data


def test_household_form_with_a_village_id_past_the_database_range_re_renders_the_form(client, factory, login_as):
    officer = login_as("village_officer")
    response = client.post("/registry/new", data=_household_form(HUGE))
    assert response.status_code == 200
    assert "所选村不在您的管辖范围内" in response.get_data(as_text=True)
    assert Household.query.count() == 0


def test_household_form_with_a_helper_id_past_the_database_range_re_renders_the_form(client, factory, login_as):
    officer = login_as("village_officer")
    response = client.post("/registry/new", data=_household_form(officer.village_id, helper_id=HUGE))
    assert response.status_code == 200
    assert "帮扶责任人不存在" in response.get_data(as_text=True)
    assert Household.query.count() == 0


def test_household_form_with_income_nan_re_renders_the_form(client, factory, login_as):
    officer = login_as("village_officer")
    response = client.post("/registry/new", data=_household_form(officer.village_id, income_per_capita="NaN"))
    assert response.status_code == 200
    assert Household.query.count() == 0


def test_household_import_reports_an_infinite_or_astronomical_member_count_as_a_row_error(client, factory):
    from tests.app.test_household_import import _officer, _row, _upload, _xlsx

    village = _officer(factory, client)
    data = _xlsx([_row(village.code, 41, 家庭人口="Infinity"), _row(village.code, 42, 识别年份="1e999999999")])
    response = _upload(client, data)
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    assert "家庭人口必须是整数" in body
    assert "识别年份必须是整数" in body
    assert Household.query.count() == 0


def test_need_form_with_a_household_id_past_the_database_range_re_renders_the_form(client, factory, login_as):
    from app.models import Need
    from tests.app.needlife import need_form

    login_as("village_officer")
    response = client.post("/work/needs/new", data=need_form(f"h{HUGE}"))
    assert response.status_code == 200
    assert "受助对象不存在或不在您的帮扶范围内" in response.get_data(as_text=True)
    assert Need.query.count() == 0


def test_need_form_with_a_village_id_past_the_database_range_re_renders_the_form(client, factory, login_as):
    from app.models import Need
    from tests.app.needlife import need_form

    login_as("village_officer")
    response = client.post("/work/needs/new", data=need_form(f"v{HUGE}"))
    assert response.status_code == 200
    assert "受助对象不存在或不在您的帮扶范围内" in response.get_data(as_text=True)
    assert Need.query.count() == 0


def test_need_form_with_quantity_nan_re_renders_the_form(client, factory, login_as):
    from app.models import Need
    from tests.app.needlife import need_form

    officer = login_as("village_officer")
    response = client.post("/work/needs/new", data=need_form(f"v{officer.village_id}", quantity="NaN"))
    assert response.status_code == 200
    assert "数量必须是数字" in response.get_data(as_text=True)
    assert Need.query.count() == 0


def test_public_need_and_project_lists_answer_a_page_number_past_bigint_without_a_500(client, factory):
    # Keyset lists walk page numbers from the start only up to MAX_OFFSET_PAGE (issue 14): past it they
    # say in Chinese to go on with 下一页, a 400 that changes nothing.
    for url in (f"/needs?page={HUGE}", f"/regions/52?page={HUGE}", f"/projects?page={HUGE}"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert "页码过大" in response.get_data(as_text=True), url


def test_offer_lists_answer_a_page_number_past_bigint_without_a_500(client, factory, login_as):
    response = client.get(f"/offers/?page={HUGE}")  # a keyset list: see the needs list above
    assert response.status_code == 400 and "页码过大" in response.get_data(as_text=True)
    login_as("office")
    response = client.get(f"/offers/office?page={HUGE}")  # the office's list is a keyset list too
    assert response.status_code == 400 and "页码过大" in response.get_data(as_text=True)


def test_office_contact_form_ignores_a_non_ascii_digit_need_id_in_the_query_string(client, factory, login_as):
    offer = factory.make_offer()
    login_as("office")
    response = client.get(f"/offers/{offer.id}/contact?need_id=%C2%B2")
    assert response.status_code == 200


def test_opening_the_household_edit_form_shows_personal_data_and_audits_the_view(client, factory, login_as):
    from sqlalchemy import func, select

    from app.extensions import db
    from app.models import AuditLog

    household = factory.make_household()
    login_as("office", office_level="county")
    page = client.get(f"/registry/{household.id}/edit").get_data(as_text=True)
    assert household.id_number in page
    assert db.session.scalar(select(func.count(AuditLog.id)).where(
        AuditLog.action == "household.view_personal", AuditLog.object_id == str(household.id))) == 1


def test_the_need_list_refuses_a_region_code_of_non_ascii_digits_with_a_400(client, factory):
    assert client.get("/needs?region=%C2%B2%C2%B2").status_code == 400
    assert client.get("/needs?province=%C2%B2%C2%B2").status_code == 400


def test_household_form_refuses_an_id_number_with_non_ascii_digits_with_a_form_error(client, factory, login_as):
    officer = login_as("village_officer")
    response = client.post("/registry/new", data=_household_form(officer.village_id, id_number="²²²²²²19800101123X"))
    assert response.status_code == 200
    assert "身份证号应为18位" in response.get_data(as_text=True)
    assert Household.query.count() == 0


def test_offer_list_answers_a_province_of_non_ascii_digits_without_a_500(client, factory):
    factory.make_offer(regions=["52"])
    assert client.get("/offers/?province=%C2%B2%C2%B2").status_code in (200, 400)


def test_thanks_form_with_a_non_numeric_pledge_id_re_renders_the_form(client, factory, login_as):
    from app.models import Feedback

    officer = login_as("village_officer")
    need = factory.make_need(village=officer.village, posted_by=officer)
    factory.make_pledge(need, status="received")
    response = client.post(f"/work/needs/{need.id}/thanks", data={"pledge_id": "abc", "text": "感谢您的帮助，棉衣收到了！"})
    assert response.status_code == 200
    assert "只能感谢已签收的认领" in response.get_data(as_text=True)
    assert Feedback.query.count() == 0


def test_a_helper_of_another_county_cannot_be_assigned_to_a_household(client, factory, login_as):
    from app.services import registry

    officer = login_as("village_officer")
    outsider = factory.make_user("helper", region_code=factory.OTHER_TOWNSHIP, display_name="外县帮扶人")
    local = factory.make_user("helper", region_code=factory.TOWNSHIP, display_name="本镇帮扶人")
    page = client.get("/registry/new").get_data(as_text=True)
    assert "本镇帮扶人" in page and "外县帮扶人" not in page
    response = client.post("/registry/new", data=_household_form(officer.village_id, helper_id=str(outsider.id)))
    assert response.status_code == 200 and Household.query.count() == 0
    assert [h.id for h in registry.helpers(officer)] == [local.id]


def test_the_registry_service_refuses_a_helper_outside_the_villages_region(factory):
    from app.errors import Invalid
    from app.services import registry

    village = factory.make_village()
    outsider = factory.make_user("helper", region_code=factory.OTHER_TOWNSHIP)
    with pytest.raises(Invalid, match="不在本村所属地区"):
        registry._helper_for(outsider.id, village)
    assert registry._helper_for(factory.make_user("helper", region_code=village.code[:6]).id, village)
