"""The security baseline: headers and CSP, CSRF, login throttling (memory and Redis), cookie flags."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from app import create_app
from app.extensions import db as _db
from tests.conftest import make_test_config
from tests.factories import PASSWORD
from tests.html_checks import csp_violations

REDIS_URL = os.environ.get("TEST_REDIS_URL", "")
TEMPLATES = Path(__file__).resolve().parents[2] / "app" / "templates"


# --- headers and the Content-Security-Policy ------------------------------------------------------

def test_every_page_carries_the_security_headers(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_error_pages_carry_the_security_headers_too(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert response.headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("url", ["/", "/needs", "/auth/login", "/auth/register", "/auth/register/organisation"])
def test_public_pages_satisfy_the_csp(client, url):
    html = client.get(url).get_data(as_text=True)
    assert csp_violations(html) == []


def test_no_template_has_inline_styles_scripts_or_handlers():
    offenders = []
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for needle in (' style="', " style='", "<style", " onclick=", " onload=", " onchange=", " onsubmit=",
                       "javascript:"):
            if needle in text:
                offenders.append(f"{path.relative_to(TEMPLATES)}: {needle.strip()}")
        for chunk in text.split("<script")[1:]:
            head = chunk.split(">", 1)[0]
            if "src=" not in head and "application/json" not in head:
                offenders.append(f"{path.relative_to(TEMPLATES)}: inline <script>")
    assert not offenders, "the CSP blocks these; move them into app/static (site.css / a .js file):\n" + "\n".join(
        offenders)


def test_the_csp_checker_catches_what_the_policy_blocks():
    assert csp_violations('<p style="color:red">x</p>')
    assert csp_violations("<script>alert(1)</script>")
    assert csp_violations('<a href="javascript:alert(1)">x</a>')
    assert csp_violations('<img src="x" onerror="alert(1)">')
    assert csp_violations('<script src="https://cdn.example/x.js"></script>')
    assert csp_violations('<script src="/static/x.js"></script><link rel="stylesheet" href="/static/site.css">') == []


# --- CSRF ------------------------------------------------------------------------------------------

@pytest.fixture()
def csrf_on(app, monkeypatch):
    """Turn CSRF protection back on for one test."""
    monkeypatch.setitem(app.config, "WTF_CSRF_ENABLED", True)


def test_a_login_posted_without_a_csrf_token_is_refused(client, factory, csrf_on):
    user = factory.make_user("donor")
    response = client.post("/auth/login", data={"username": user.username, "password": PASSWORD})
    assert response.status_code == 400
    assert client.get("/account/").status_code == 302  # not signed in


def test_a_registration_posted_without_a_csrf_token_creates_nothing(client, db, csrf_on):
    from app.models import User

    response = client.post("/auth/register", data={
        "username": "nocsrf", "display_name": "x", "password": "Spring-Rain-2024", "confirm": "Spring-Rain-2024",
    })
    assert response.status_code == 400
    assert User.by_username("nocsrf") is None


def test_a_logout_posted_without_a_csrf_token_does_not_sign_out(client, factory, csrf_on):
    import re

    user = factory.make_user("donor")
    page = client.get("/auth/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    assert client.post("/auth/login", data={"username": user.username, "password": PASSWORD,
                                            "csrf_token": token}).status_code == 302
    assert client.post("/auth/logout").status_code == 400
    assert client.get("/account/").status_code == 200


def test_a_staff_account_cannot_be_created_across_sites(client, factory, db, csrf_on):
    from app.models import User

    office = factory.make_office("county")
    with client.session_transaction() as session:  # signed in, as a victim's browser would be
        session["_user_id"] = str(office.id)
        session["_fresh"] = True
    response = client.post("/account/staff/new", data={
        "role": "helper", "region_code": "520526100", "username": "forged01", "display_name": "x",
        "password": "Spring-Rain-2024",
    })
    assert response.status_code == 400
    assert User.by_username("forged01") is None


# --- login throttling ------------------------------------------------------------------------------

STORAGES = [
    pytest.param("memory", id="memory"),
    pytest.param("redis", id="redis", marks=pytest.mark.skipif(not REDIS_URL, reason="TEST_REDIS_URL is not set")),
]


@pytest.fixture(params=STORAGES)
def throttled_app(request, app, db, tmp_path):
    """Return an app on the test database with rate limiting on (in memory, or in the real Redis)."""
    overrides = {
        "RATELIMIT_ENABLED": True,
        "LOGIN_ATTEMPTS_PER_ACCOUNT": "3 per 15 minutes",
        "LOGIN_ATTEMPTS_PER_ADDRESS": "5 per 15 minutes",
        "REGISTRATIONS_PER_ADDRESS": "2 per hour",
        "RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}",  # a fresh count in a shared Redis
    }
    if request.param == "redis":
        overrides["REDIS_URL"] = REDIS_URL
    throttled = create_app(make_test_config(tmp_path, app.config["DATABASE_URL"], **overrides))
    with throttled.app_context():
        yield throttled
        _db.session.remove()
        _db.engine.dispose()


def _fail(client, username, address="10.0.0.1"):
    return client.post("/auth/login", data={"username": username, "password": "Wrong-pass-1"},
                       environ_base={"REMOTE_ADDR": address})


def test_the_limiter_uses_redis_when_redis_url_is_set(throttled_app):
    storage = type(throttled_app.extensions["throttle"].limiter.storage).__name__
    expected = "RedisStorage" if throttled_app.config.get("REDIS_URL") else "MemoryStorage"
    assert storage == expected


def test_login_is_throttled_per_account_after_the_configured_failures(throttled_app, factory):
    user = factory.make_user("donor")
    client = throttled_app.test_client()
    for _ in range(3):
        assert _fail(client, user.username).status_code == 200
    # now even the right password is refused for a while, with a clear message
    response = client.post("/auth/login", data={"username": user.username, "password": PASSWORD},
                           environ_base={"REMOTE_ADDR": "10.0.0.2"})
    assert response.status_code == 429
    assert "登录尝试过于频繁" in response.get_data(as_text=True)
    assert "分钟后再试" in response.get_data(as_text=True)


def test_login_is_throttled_per_address_across_accounts(throttled_app, factory):
    client = throttled_app.test_client()
    for n in range(5):
        assert _fail(client, f"guess{n}").status_code == 200
    user = factory.make_user("donor")
    response = client.post("/auth/login", data={"username": user.username, "password": PASSWORD},
                           environ_base={"REMOTE_ADDR": "10.0.0.1"})
    assert response.status_code == 429
    other_address = client.post("/auth/login", data={"username": user.username, "password": PASSWORD},
                                environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert other_address.status_code == 302


def test_a_successful_login_clears_the_accounts_failures(throttled_app, factory):
    user = factory.make_user("donor")
    client = throttled_app.test_client()
    for _ in range(2):
        _fail(client, user.username)
    assert client.post("/auth/login", data={"username": user.username, "password": PASSWORD},
                       environ_base={"REMOTE_ADDR": "10.0.0.1"}).status_code == 302
    client.post("/auth/logout", environ_base={"REMOTE_ADDR": "10.0.0.1"})
    for _ in range(2):
        assert _fail(client, user.username, "10.0.0.3").status_code == 200


def test_registrations_are_throttled_per_address_with_a_chinese_429_page(throttled_app, db):
    client = throttled_app.test_client()
    for n in range(2):
        response = client.post("/auth/register", data={
            "username": f"spam{n}x", "display_name": "x", "password": "Spring-Rain-2024",
            "confirm": "Spring-Rain-2024",
        }, environ_base={"REMOTE_ADDR": "10.0.0.7"})
        assert response.status_code == 302
        client.post("/auth/logout", environ_base={"REMOTE_ADDR": "10.0.0.7"})
    response = client.post("/auth/register", data={
        "username": "spam9x", "display_name": "x", "password": "Spring-Rain-2024", "confirm": "Spring-Rain-2024",
    }, environ_base={"REMOTE_ADDR": "10.0.0.7"})
    assert response.status_code == 429
    assert "操作过于频繁" in response.get_data(as_text=True)


def test_throttling_is_off_when_ratelimit_is_disabled(client, factory):
    user = factory.make_user("donor")
    for _ in range(12):
        _fail(client, user.username)
    assert client.post("/auth/login", data={"username": user.username, "password": PASSWORD}).status_code == 302


# --- cookies and secrets in production ----------------------------------------------------------------

def test_production_sets_secure_httponly_samesite_cookies(databases, tmp_path, factory):
    config = make_test_config(tmp_path, "sqlite://", APP_ENV="production", WTF_CSRF_ENABLED=True)
    config.pop("SERVER_NAME")
    prod = create_app(config)
    assert prod.config["SESSION_COOKIE_SECURE"] is True
    assert prod.config["SESSION_COOKIE_HTTPONLY"] is True
    assert prod.config["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert prod.config["REMEMBER_COOKIE_SECURE"] is True
    response = prod.test_client().get("/auth/login", base_url="https://localhost")
    cookie = response.headers.get("Set-Cookie", "")
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "max-age=31536000" in response.headers["Strict-Transport-Security"]
    with prod.app_context():
        _db.engine.dispose()


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    from app.config import ConfigError

    config = make_test_config(tmp_path, "sqlite://", APP_ENV="production", SECRET_KEY=None)
    with pytest.raises(ConfigError):
        create_app(config)


# --- sessions ---------------------------------------------------------------------------------------

def test_an_account_disabled_during_its_session_is_signed_out_at_the_next_request(client, login_as, db):
    user = login_as("helper")
    assert client.get("/account/").status_code == 200
    user.is_active_account = False
    db.session.commit()
    response = client.get("/account/")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_pages_for_signed_in_users_are_not_cached(client, login_as):
    assert "no-store" not in client.get("/").headers.get("Cache-Control", "")
    login_as("office")
    assert "no-store" in client.get("/account/").headers["Cache-Control"]
