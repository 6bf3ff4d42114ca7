"""Bad input in every account and sign-in form: a form error or escaped output, never a 500 or raw markup."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from app.models import Organisation, User
from tests.factories import PASSWORD, make_credit_code, make_invite, make_office, make_organisation, make_user

SCRIPT = "<script>alert('x')</script>"
BAD_VALUES = {
    "overlong": "长" * 5000,
    "empty": "",
    "script": SCRIPT,
    "wrong_type": "12abc;DROP TABLE users",
    "nul": "a\x00b",
    "surrogate_plane": "𠀀" * 40,
}
_seq = itertools.count(1)
GOOD = "Spring-Rain-2024"


def _unique() -> str:
    return f"u{next(_seq)}x"


def _login_data(world):
    return {"username": "someone", "password": "Wrong-pass-1"}


def _register_data(world):
    return {"username": _unique(), "display_name": "张三", "email": "", "phone": "", "password": GOOD,
            "confirm": GOOD}


def _org_data(world):
    return {
        "kind": "enterprise", "name": "贵州山水农业有限公司", "credit_code": make_credit_code(next(_seq) + 500000),
        "region-province": "52", "region-prefecture": "5205", "region-county": "520526",
        "contact_person": "李经理", "contact_phone": "0857-1234567",
        "description": "简介", "username": _unique(), "display_name": "李经理", "email": "", "password": GOOD,
        "confirm": GOOD,
    }


def _join_data(world):
    _invite, code = make_invite(world["org"])
    return {"code": code, "username": _unique(), "display_name": "王五", "email": "", "password": GOOD,
            "confirm": GOOD}


def _password_data(world):
    return {"current_password": PASSWORD, "new_password": GOOD, "confirm": GOOD}


def _staff_data(world):
    return {"role": "helper", "office_level": "", "region_code-province": "52",
            "region_code-prefecture": "5205", "region_code-county": "520526", "region_code-township": "520526100",
            "username": _unique(), "display_name": "帮扶人", "phone": "", "email": "", "password": GOOD}


def _decision_data(world):
    return {"decision": "reject", "reason": "材料不全"}


def _invite_data(world):
    return {"note": "财务部"}


# form name → (URL builder, who posts it, valid data builder)
FORMS = {
    "login": (lambda w: "/auth/login", None, _login_data),
    "register": (lambda w: "/auth/register", None, _register_data),
    "register_organisation": (lambda w: "/auth/register/organisation", None, _org_data),
    "join": (lambda w: "/auth/join", None, _join_data),
    "password": (lambda w: "/account/password", "donor", _password_data),
    "staff_new": (lambda w: "/account/staff/new", "county_office", _staff_data),
    "organisation_decision": (lambda w: f"/account/organisations/{w['county_org'].id}/decision", "county_office",
                              _decision_data),
    "invite": (lambda w: "/account/organisation/invites", "org_member", _invite_data),
}


@pytest.fixture()
def world(db):
    """Return the accounts that post the forms, and the objects the forms act on."""
    org = make_organisation()
    return {
        "org": org,
        "county_org": make_organisation(verified=False, region_code="520526"),
        "donor": make_user("donor"),
        "county_office": make_office("county"),
        "org_member": make_user("org_member", organisation_id=org.id),
    }


def _client(app, world, role):
    client = app.test_client()
    if role:
        response = client.post("/auth/login", data={"username": world[role].username, "password": PASSWORD})
        assert response.status_code == 302
    return client


@pytest.mark.parametrize("value_name", list(BAD_VALUES))
@pytest.mark.parametrize("form_name", list(FORMS))
def test_bad_values_in_every_field_get_a_form_error_or_escaped_output_never_a_500(app, world, form_name,
                                                                                  value_name):
    url_of, role, valid = FORMS[form_name]
    bad = BAD_VALUES[value_name]
    fields = list(valid(world))
    for field_name in fields:
        client = _client(app, world, role)
        data = valid(world)
        data[field_name] = bad
        response = client.post(url_of(world), data=data, follow_redirects=True)
        where = f"{form_name}.{field_name}={value_name}"
        assert response.status_code < 500, where
        body = response.get_data(as_text=True)
        assert SCRIPT not in body, f"{where}: script echoed unescaped"


def test_a_script_in_a_display_name_is_stored_as_text_and_shown_escaped(client, db):
    response = client.post("/auth/register", data={**_register_data(None), "display_name": SCRIPT},
                           follow_redirects=True)
    body = response.get_data(as_text=True)
    assert response.status_code == 200
    assert SCRIPT not in body and "&lt;script&gt;" in body


def test_a_script_in_an_organisation_name_is_shown_escaped_to_the_office(app, db):
    office = make_office("county")
    data = {**_org_data(None), "name": SCRIPT + "公司"}
    anonymous = app.test_client()
    assert anonymous.post("/auth/register/organisation", data=data).status_code == 302
    org = app.extensions["sqlalchemy"].session.scalar(select(Organisation))
    assert org.name == SCRIPT + "公司"
    client = app.test_client()
    client.post("/auth/login", data={"username": office.username, "password": PASSWORD})
    for url in ("/account/organisations", f"/account/organisations/{org.id}", "/account/audit"):
        body = client.get(url).get_data(as_text=True)
        assert SCRIPT not in body and "&lt;script&gt;" in body, url


def test_a_wrong_choice_in_a_select_is_a_form_error(app, world):
    client = _client(app, world, "county_office")
    response = client.post("/account/staff/new", data={**_staff_data(world), "role": "admin"})
    assert response.status_code == 200
    assert User.by_username("admin") is None
    response = client.post("/account/staff/new", data={**_staff_data(world), "role": "office",
                                                       "office_level": "emperor"})
    assert response.status_code == 200


@pytest.mark.parametrize("query", ["action=%27%3B--", "action=" + "a" * 500, "region=abc", "region=" + "9" * 40,
                                   "page=-5", "page=abc", "page=99999999999999999999"])
def test_bad_audit_filters_are_answered_without_a_500(app, world, query):
    client = _client(app, world, "county_office")
    assert client.get(f"/account/audit?{query}").status_code in (200, 400)


@pytest.mark.parametrize("url", ["/account/organisations/abc", "/account/organisations/99999999999999999999999",
                                 "/account/staff/-1/active", "/account/organisations?status=<script>"])
def test_wrong_types_in_urls_are_answered_without_a_500(app, world, url):
    client = _client(app, world, "county_office")
    response = client.get(url) if "active" not in url else client.post(url)
    assert response.status_code < 500
    assert SCRIPT not in response.get_data(as_text=True)


def test_a_nul_character_anywhere_in_a_form_is_refused_before_it_reaches_the_database(client, db):
    response = client.post("/auth/register", data={**_register_data(None), "display_name": "a\x00b"})
    assert response.status_code == 400
    assert db.session.scalar(select(User).where(User.display_name.like("a%b"))) is None
