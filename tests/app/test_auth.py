"""Sign-in, sign-out and registration of donors and organisations, through the real forms."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import AuditLog, Organisation, User
from app.services import organisations
from app.errors import Forbidden
from tests.factories import PASSWORD

GOOD_PASSWORD = "Spring-Rain-2024"


def _register(client, **overrides):
    data = {
        "username": "zhangsan",
        "display_name": "张三",
        "email": "",
        "mobile": "",
        "password": GOOD_PASSWORD,
        "confirm": GOOD_PASSWORD,
    }
    data.update(overrides)
    return client.post("/auth/register", data=data)


def _org_form(**overrides):
    from tests.factories import make_credit_code

    data = {
        "kind": "enterprise",
        "name": "贵州山水农业有限公司",
        "credit_code": make_credit_code(424242),
        "region-province": "52",
        "region-prefecture": "5205",
        "region-county": "520526",
        "contact_person": "李经理",
        "contact_phone": "0857-1234567",
        "description": "从事特色农产品加工。",
        "username": "shanshui",
        "display_name": "李经理",
        "email": "li@example.com",
        "password": GOOD_PASSWORD,
        "confirm": GOOD_PASSWORD,
    }
    data.update(overrides)
    return data


def test_login_page_shows_the_form_and_links_to_registration(client):
    html = client.get("/auth/login").get_data(as_text=True)
    assert 'name="username"' in html and 'name="password"' in html
    assert "/auth/register" in html and "/auth/register/organisation" in html


def test_login_with_the_right_password_signs_in_and_records_it(client, factory, db):
    user = factory.make_user("donor")
    response = client.post("/auth/login", data={"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/account/").status_code == 200
    entry = db.session.scalar(select(AuditLog).where(AuditLog.action == "user.login"))
    assert entry.actor_id == user.id and entry.ip_address == "127.0.0.1"


def test_login_with_a_wrong_password_is_refused_with_one_message_for_both_mistakes(client, factory):
    user = factory.make_user("donor")
    wrong_password = client.post("/auth/login", data={"username": user.username, "password": "Wrong-pass-1"})
    no_such_user = client.post("/auth/login", data={"username": "nobody-here", "password": "Wrong-pass-1"})
    for response in (wrong_password, no_such_user):
        assert response.status_code == 200
        assert "用户名或密码错误" in response.get_data(as_text=True)
    assert client.get("/account/").status_code == 302


def test_a_disabled_account_cannot_sign_in(client, factory, db):
    user = factory.make_user("helper", is_active_account=False)
    response = client.post("/auth/login", data={"username": user.username, "password": PASSWORD})
    assert response.status_code == 200
    assert "用户名或密码错误" in response.get_data(as_text=True)


def test_login_follows_a_local_next_url_only(client, factory):
    user = factory.make_user("donor")
    response = client.post("/auth/login?next=/account/password", data={"username": user.username, "password": PASSWORD})
    assert response.headers["Location"].endswith("/account/password")
    client.post("/auth/logout")
    for evil in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        response = client.post(f"/auth/login?next={evil}", data={"username": user.username, "password": PASSWORD})
        assert "evil.example" not in response.headers["Location"]
        client.post("/auth/logout")


@pytest.mark.parametrize(("role", "landing"), [
    ("donor", "/my/"), ("org_member", "/my/"), ("village_officer", "/work/needs"), ("helper", "/work/needs"),
    ("office", "/review"), ("admin", "/account/"),
])
def test_sign_in_lands_each_role_on_its_workspace(client, factory, role, landing):
    user = factory.make_user(role)
    response = client.post("/auth/login", data={"username": user.username, "password": PASSWORD})
    assert response.headers["Location"] == landing
    assert client.get(landing).status_code == 200
    # A signed-in user who opens the sign-in page again is taken to the same place.
    assert client.get("/auth/login").headers["Location"] == landing


def test_logout_is_a_post_and_ends_the_session(client, login_as, db):
    user = login_as("donor")
    assert client.get("/auth/logout").status_code == 405
    response = client.post("/auth/logout")
    assert response.status_code == 302
    assert client.get("/account/").headers["Location"].startswith("/auth/login")
    assert db.session.scalar(select(AuditLog).where(AuditLog.action == "user.logout")).actor_id == user.id


def test_a_signed_in_user_is_sent_from_the_login_page_to_their_workspace(client, login_as):
    login_as("donor")
    response = client.get("/auth/login")
    assert response.status_code == 302 and response.headers["Location"].endswith("/my/")


def test_a_donor_registers_through_the_form_and_is_signed_in(client, db):
    response = _register(client)
    assert response.status_code == 302
    user = User.by_username("zhangsan")
    assert user.role == "donor" and user.password_hash.startswith("scrypt:")
    assert "张三" in client.get("/account/").get_data(as_text=True)
    assert db.session.scalar(select(AuditLog).where(AuditLog.action == "user.register")).actor_id == user.id


def test_registration_refuses_a_username_that_is_taken_in_any_case(client, factory, db):
    factory.make_user("donor", username="Zhangsan")
    response = _register(client)
    assert response.status_code == 200
    assert "该用户名已被使用" in response.get_data(as_text=True)
    assert db.session.scalar(select(User).where(User.username == "zhangsan")) is None


def test_registration_refuses_mismatched_password_confirmation(client, db):
    response = _register(client, confirm="Something-else-99")
    assert "两次输入的密码不一致" in response.get_data(as_text=True)
    assert User.by_username("zhangsan") is None


def test_an_organisation_registers_unverified_with_its_first_member(client, db, factory):
    county_office = factory.make_office("county")
    response = client.post("/auth/register/organisation", data=_org_form())
    assert response.status_code == 302
    user = User.by_username("shanshui")
    org = user.organisation
    assert user.role == "org_member"
    assert org.verification == "unverified" and org.region_code == "520526" and org.kind == "enterprise"
    profile = client.get("/account/").get_data(as_text=True)
    assert "等待所在地扶贫办认证" in profile
    # the office of its county is told that an organisation waits for it
    from app.services import notify

    assert notify.unread_count(county_office) == 1


def test_an_organisation_with_a_wrong_credit_code_check_digit_is_refused_saying_so(client, db):
    from tests.factories import make_credit_code

    good = make_credit_code(424242)
    wrong_last = "0" if good[-1] != "0" else "1"
    response = client.post("/auth/register/organisation", data=_org_form(credit_code=good[:17] + wrong_last))
    assert response.status_code == 200
    assert "统一社会信用代码校验位错误" in response.get_data(as_text=True)
    assert db.session.scalar(select(Organisation)) is None
    assert User.by_username("shanshui") is None


def test_an_organisation_cannot_register_a_credit_code_twice(client, factory, db):
    existing = factory.make_organisation()
    response = client.post("/auth/register/organisation", data=_org_form(credit_code=existing.credit_code))
    assert "该统一社会信用代码已注册" in response.get_data(as_text=True)
    assert User.by_username("shanshui") is None


def test_an_organisation_region_chain_is_cut_where_a_level_leaves_its_parent(client, db):
    # A county sent under another province (a tampered form) does not count: the region is the province.
    response = client.post("/auth/register/organisation", data=_org_form(**{"region-province": "31"}))
    assert response.status_code == 302
    assert User.by_username("shanshui").organisation.region_code == "31"


def test_an_organisation_must_choose_its_region(client, db):
    response = client.post("/auth/register/organisation", data=_org_form(**{
        "region-province": "", "region-prefecture": "", "region-county": ""}))
    assert "请选择机构所在地区" in response.get_data(as_text=True)
    assert User.by_username("shanshui") is None


def test_an_unverified_organisation_cannot_post(client, db):
    client.post("/auth/register/organisation", data=_org_form())
    user = User.by_username("shanshui")
    with pytest.raises(Forbidden, match="尚未通过扶贫办认证"):
        organisations.require_verified_organisation(user)


def test_a_verified_organisation_may_post(factory, db):
    member = factory.make_user("org_member")
    assert organisations.require_verified_organisation(member) == member.organisation


def test_a_donor_is_not_an_organisation_for_posting(factory, db):
    with pytest.raises(Forbidden):
        organisations.require_verified_organisation(factory.make_user("donor"))


def test_a_new_member_joins_an_organisation_with_an_invitation_code(client, factory, db):
    org = factory.make_organisation()
    _invite, code = factory.make_invite(org)
    response = client.post("/auth/join", data={
        "code": code, "username": "wangwu", "display_name": "王五", "email": "",
        "password": GOOD_PASSWORD, "confirm": GOOD_PASSWORD,
    })
    assert response.status_code == 302
    assert User.by_username("wangwu").organisation_id == org.id


def test_an_invitation_code_works_only_once(client, factory, db):
    org = factory.make_organisation()
    _invite, code = factory.make_invite(org)
    form = {"code": code, "display_name": "王五", "email": "", "password": GOOD_PASSWORD, "confirm": GOOD_PASSWORD}
    assert client.post("/auth/join", data={**form, "username": "wangwu"}).status_code == 302
    client.post("/auth/logout")
    response = client.post("/auth/join", data={**form, "username": "zhaoliu"})
    assert "邀请码无效、已使用或已过期" in response.get_data(as_text=True)
    assert User.by_username("zhaoliu") is None


def test_the_join_page_prefills_the_code_from_the_invitation_link(client, db):
    assert 'value="abcdefgh12345678"' in client.get("/auth/join?code=abcdefgh12345678").get_data(as_text=True)


def test_an_organisation_whose_first_account_is_refused_is_not_kept(client, factory, db):
    factory.make_user("donor", username="shanshui")
    response = client.post("/auth/register/organisation", data=_org_form())
    assert "该用户名已被使用" in response.get_data(as_text=True)
    client.get("/")  # another request in the same app context must not commit a leftover
    db.session.commit()
    assert db.session.scalar(select(Organisation)) is None
