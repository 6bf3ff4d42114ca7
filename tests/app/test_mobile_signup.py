"""Sign-up and sign-in by mainland mobile number, and a registration form that shows every mistake at once."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import User
from app.services import accounts
from tests.app.test_security import _fail, throttled_app  # noqa: F401  (the fixture, with rate limits on)

PASSWORD = "Correct-Horse-9"


def _register(client, **overrides):
    data = {"username": "", "mobile": "", "display_name": "王小明", "email": "", "password": PASSWORD,
            "confirm": PASSWORD}
    data.update(overrides)
    return client.post("/auth/register", data=data)


def test_a_donor_signs_up_with_only_a_mobile_number_and_signs_in_with_it(app, client, db):
    response = _register(client, mobile="139 1234 5678")
    assert response.status_code == 302
    user = db.session.scalar(select(User).where(User.mobile == "13912345678"))
    assert user.role == "donor" and user.username.startswith("m") and "13912345678" not in user.username
    other = app.test_client()
    signed_in = other.post("/auth/login", data={"username": "+86 139-1234-5678", "password": PASSWORD})
    assert signed_in.status_code == 302
    assert other.get("/account/").status_code == 200


def test_a_wrong_mobile_password_is_refused_like_a_wrong_username(client, db):
    _register(client, username="wangxm", mobile="13912345678")
    client.post("/auth/logout")
    page = client.post("/auth/login", data={"username": "13912345678", "password": "Wrong-Horse-9"})
    assert page.status_code == 200 and "用户名或密码错误" in page.get_data(as_text=True)


@pytest.mark.parametrize("mobile", ["12345678901", "1391234567", "139123456789", "23912345678", "1391234567a"])
def test_a_mobile_number_in_a_wrong_format_is_refused(client, db, mobile):
    html = _register(client, username="wangxm", mobile=mobile).get_data(as_text=True)
    assert "手机号码应为11位中国大陆手机号" in html
    assert User.by_username("wangxm") is None


def test_a_mobile_number_already_used_is_refused_however_it_is_written(client, db, factory):
    factory.make_user("donor", mobile="13912345678")
    html = _register(client, username="wangxm", mobile="0086 139 1234 5678").get_data(as_text=True)
    assert "该手机号码已被其他账号使用" in html and User.by_username("wangxm") is None


def test_a_sign_up_needs_a_username_or_a_mobile_number(client, db):
    html = _register(client).get_data(as_text=True)
    assert "请填写用户名或手机号码" in html
    assert db.session.scalar(select(User)) is None


def test_registration_shows_all_its_mistakes_at_once(client, db, factory):
    factory.make_user("donor", username="taken1", email="taken@example.com", mobile="13800138000")
    html = _register(
        client, username="taken1", email="taken@example.com", mobile="13800138000", display_name="",
        password="short", confirm="other",
    ).get_data(as_text=True)
    for message in ("该用户名已被使用", "该电子邮箱已被其他账号使用", "该手机号码已被其他账号使用",
                    "请输入姓名或昵称", "密码至少需要10位", "两次输入的密码不一致"):
        assert message in html, message
    assert db.session.scalar(select(User).where(User.username != "taken1")) is None


def test_the_mobile_rule_follows_the_mainland_numbering_plan():
    assert accounts.normalise_mobile("+8613912345678") == "13912345678"
    assert accounts.normalise_mobile("(139) 1234-5678") == "13912345678"
    assert accounts.normalise_mobile("8613912345678") == "13912345678"
    assert accounts.normalise_mobile("11912345678") is None
    assert accounts.normalise_mobile("１３９１２３４５６７８") is None
    assert accounts.normalise_mobile("13９12345678") is None  # a full-width digit inside: not stored


def test_organisation_registration_shows_the_region_with_its_other_mistakes(client, db, factory):
    factory.make_user("donor", username="taken2")
    html = client.post("/auth/register/organisation", data={
        "kind": "enterprise", "name": "某公司", "credit_code": "", "contact_person": "李", "contact_phone": "1",
        "username": "taken2", "display_name": "李", "password": PASSWORD, "confirm": PASSWORD,
        "region-province": "",
    }).get_data(as_text=True)
    for message in ("请选择机构所在地区", "该用户名已被使用", "请输入统一社会信用代码", "电话号码格式不正确"):
        assert message in html, message


def test_the_mobile_number_and_the_username_share_one_sign_in_throttle(throttled_app, factory):
    user = factory.make_user("donor", mobile="13912345678")
    client = throttled_app.test_client()
    for identifier in (user.username, "139 1234 5678", "+8613912345678"):
        assert _fail(client, identifier).status_code == 200
    response = client.post("/auth/login", data={"username": user.username, "password": PASSWORD},
                           environ_base={"REMOTE_ADDR": "10.0.0.2"})
    assert response.status_code == 429


def test_an_existing_account_sets_a_mobile_number_and_then_signs_in_with_it(app, client, db, login_as):
    user = login_as("village_officer")
    wrong = client.post("/account/mobile", data={"mobile": "13912345678", "current_password": "Wrong-Horse-9"})
    assert "当前密码不正确" in wrong.get_data(as_text=True)
    bad = client.post("/account/mobile", data={"mobile": "1391234", "current_password": PASSWORD})
    assert "手机号码应为11位中国大陆手机号" in bad.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(User, user.id).mobile is None
    assert client.post("/account/mobile", data={"mobile": "139-1234-5678", "current_password": PASSWORD}
                       ).status_code == 302
    db.session.expire_all()
    assert db.session.get(User, user.id).mobile == "13912345678"
    assert "139****5678" in client.get("/account/").get_data(as_text=True)
    other = app.test_client()
    assert other.post("/auth/login", data={"username": "13912345678", "password": PASSWORD}).status_code == 302


def test_a_mobile_number_of_another_account_cannot_be_taken_over(client, db, factory, login_as):
    factory.make_user("donor", mobile="13912345678")
    login_as("donor")
    html = client.post("/account/mobile", data={"mobile": "13912345678", "current_password": PASSWORD}
                       ).get_data(as_text=True)
    assert "该手机号码已被其他账号使用" in html
