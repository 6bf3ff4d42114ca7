"""The household registry: create, edit, members, exit and return, scoping, audited personal data."""

from __future__ import annotations

from sqlalchemy import func, select, text

from app.extensions import db
from app.models import AuditLog, Household, HouseholdMember
from app.services.registry import id_number_problem
from tests.app.needlife import id_number, sign_in


def _form(village_id: int, **overrides) -> dict:
    data = {
        "village_id": str(village_id), "head_name": "张三明", "id_number": id_number(7), "phone": "13900001234",
        "address": "一组12号", "members_count": "4", "attribute": "general", "main_cause": "illness",
        "other_causes": ["lack_skills"], "income_per_capita": "2800", "registered_year": "2014",
        "planned_exit_year": "2019", "helper_id": "0",
    }
    data.update(overrides)
    return data


def test_the_id_number_check_digit_is_validated():
    assert id_number_problem(id_number(1)) is None
    wrong = id_number(1)[:17] + ("0" if id_number(1)[17] != "0" else "1")
    assert id_number_problem(wrong) == "身份证号校验位错误，请核对"
    assert id_number_problem("52052619801301001X") == "身份证号中的出生日期无效"


def test_village_officer_registers_a_household_with_encrypted_personal_data(client, factory, login_as):
    officer = login_as("village_officer")
    response = client.post("/registry/new", data=_form(officer.village_id))
    assert response.status_code == 302
    household = db.session.scalar(select(Household))
    assert household.head_name_masked == "张*明" and household.other_causes == ["lack_skills"]
    raw = db.session.execute(text("SELECT id_number FROM households")).scalar()
    assert id_number(7) not in raw
    assert db.session.scalar(select(func.count(HouseholdMember.id))) == 1


def test_a_wrong_id_number_rerenders_the_form_and_saves_nothing(client, login_as):
    officer = login_as("village_officer")
    response = client.post("/registry/new", data=_form(officer.village_id, id_number="520526198001010000"))
    assert response.status_code == 200 and "校验位错误" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Household.id))) == 0


def test_the_same_id_number_cannot_be_registered_twice(client, login_as):
    officer = login_as("village_officer")
    client.post("/registry/new", data=_form(officer.village_id))
    response = client.post("/registry/new", data=_form(officer.village_id, head_name="李四"))
    assert "不能重复建档" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Household.id))) == 1


def test_detail_page_shows_personal_data_to_staff_in_scope_and_audits_the_view(client, factory, login_as):
    household = factory.make_household()
    login_as("office", office_level="county")
    page = client.get(f"/registry/{household.id}").get_data(as_text=True)
    assert household.id_number in page
    assert db.session.scalar(select(func.count(AuditLog.id)).where(
        AuditLog.action == "household.view_personal", AuditLog.object_id == str(household.id))) == 1


def test_an_office_of_another_county_cannot_see_the_household(client, factory, login_as):
    household = factory.make_household()
    login_as("office", office_level="county", region_code=factory.OTHER_TOWNSHIP[:6])
    assert client.get(f"/registry/{household.id}").status_code == 404
    assert household.head_name_masked not in client.get("/registry/").get_data(as_text=True)


def test_a_donor_cannot_open_the_registry(client, login_as):
    login_as("donor")
    assert client.get("/registry/").status_code == 403


def test_editing_a_household_is_audited(client, factory, login_as):
    officer = login_as("village_officer")
    client.post("/registry/new", data=_form(officer.village_id))
    household = db.session.scalar(select(Household))
    response = client.post(f"/registry/{household.id}/edit", data=_form(officer.village_id, members_count="5"))
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Household, household.id).members_count == 5
    assert db.session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "household.edit")) == 1


def test_members_are_added_and_removed(client, factory):
    village = factory.make_village()
    officer = factory.make_user("village_officer", village_id=village.id)
    household = factory.make_household(village)
    sign_in(client, officer)
    client.post(f"/registry/{household.id}/members", data={"name": "张小明", "relation": "子女", "gender": "male",
                                                           "birth_year": "2008", "health": "健康", "education": "初中"})
    member = db.session.scalar(select(HouseholdMember).where(HouseholdMember.household_id == household.id))
    assert member.name == "张小明"
    client.post(f"/registry/{household.id}/members/{member.id}/delete")
    assert db.session.scalar(select(func.count(HouseholdMember.id))) == 0


def test_exit_then_return_makes_the_household_helpable_again(client, factory):
    village = factory.make_village()
    officer = factory.make_user("village_officer", village_id=village.id)
    household = factory.make_household(village)
    sign_in(client, officer)
    client.post(f"/registry/{household.id}/exit")
    db.session.expire_all()
    assert db.session.get(Household, household.id).status == "exited"
    assert client.post(f"/registry/{household.id}/exit").status_code == 409
    client.post(f"/registry/{household.id}/return")
    db.session.expire_all()
    assert db.session.get(Household, household.id).status == "returned"
    actions = set(db.session.scalars(select(AuditLog.action)))
    assert {"household.exit", "household.return"} <= actions


def test_a_household_edit_records_which_fields_changed_and_the_log_names_them_in_chinese(client, factory, login_as):
    officer = login_as("village_officer")
    client.post("/registry/new", data=_form(officer.village_id))
    household = db.session.scalar(select(Household))
    client.post(f"/registry/{household.id}/edit", data=_form(officer.village_id, members_count="5", phone="13900001111"))
    entry = db.session.scalar(select(AuditLog).where(AuditLog.action == "household.edit"))
    assert sorted(entry.detail["fields"]) == ["members_count", "phone"]  # names only, never the new phone
    client.post("/auth/logout")
    login_as("office", office_level="county")
    html = client.get("/account/audit").get_data(as_text=True)
    assert "修改贫困户信息" in html and "修改的字段：" in html and "家庭人口" in html and "电话" in html
    assert "13900001111" not in html
