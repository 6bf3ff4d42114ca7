"""Replay, races and hostile input driven over HTTP: every kind of issue 11 through the real forms.

Each test drives the app with the Flask test client (one client per browser) on the test database,
SQLite or PostgreSQL (TEST_DATABASE_URL). The races use real threads; the per-beneficiary cap also
runs in several processes on PostgreSQL (tests/app/test_offer_cap_concurrency.py).
"""

from __future__ import annotations

import re
import threading
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app import create_app
from app.extensions import db
from app.models import Need, Offer, Pledge, User
from app.services import once
from tests.conftest import make_test_config

PASSWORD = "Correct-Horse-9"


def _browser(app, user, remember: bool = False):
    """Return a new test client signed in as ``user`` through the login form."""
    client = app.test_client()
    data = {"username": user.username, "password": PASSWORD}
    if remember:
        data["remember"] = "y"
    response = client.post("/auth/login", data=data)
    assert response.status_code == 302, response.get_data(as_text=True)
    return client


def _goes_to_sign_in(response) -> bool:
    return response.status_code == 302 and "/auth/login" in response.headers["Location"]


def _cookie(client, name):
    cookie = client.get_cookie(name)
    assert cookie is not None, f"no {name} cookie"
    return cookie.value


def _token(html: str) -> str:
    match = re.search(r'name="once_token" type="hidden" value="([^"]+)"', html) or re.search(
        r'id="once_token" name="once_token" type="hidden" value="([^"]+)"', html
    )
    assert match, "the form carries no one-time token"
    return match.group(1)


# --- sessions end on sign-out and on a new password ------------------------------------------------


def test_a_session_cookie_copied_before_logout_no_longer_signs_anyone_in(app, factory):
    user = factory.make_user("donor")
    browser = _browser(app, user)
    stolen = _cookie(browser, "session")
    replay = app.test_client()
    replay.set_cookie("session", stolen)
    assert replay.get("/account/").status_code == 200  # the copy works while the session lives

    assert browser.post("/auth/logout").status_code == 302

    assert _goes_to_sign_in(replay.get("/account/"))
    assert _goes_to_sign_in(replay.post("/account/password", data={}))


def test_a_remember_me_cookie_stops_working_after_logout(app, factory):
    user = factory.make_user("donor")
    browser = _browser(app, user, remember=True)
    remembered = _cookie(browser, "remember_token")
    only_cookie = app.test_client()
    only_cookie.set_cookie("remember_token", remembered)
    assert only_cookie.get("/account/").status_code == 200  # remember-me alone signs in

    browser.post("/auth/logout")

    fresh = app.test_client()
    fresh.set_cookie("remember_token", remembered)
    assert _goes_to_sign_in(fresh.get("/account/"))


def test_a_password_change_signs_out_the_other_browsers_but_not_this_one(app, factory):
    user = factory.make_user("donor")
    first, second = _browser(app, user), _browser(app, user, remember=True)
    remembered = _cookie(second, "remember_token")

    response = first.post("/account/password", data={
        "current_password": PASSWORD, "new_password": "New-Secret-2024", "confirm": "New-Secret-2024"})

    assert response.status_code == 302
    assert first.get("/account/").status_code == 200
    assert _goes_to_sign_in(second.get("/account/"))
    assert _goes_to_sign_in(second.post("/account/password", data={
        "current_password": "New-Secret-2024", "new_password": "Other-Secret-77", "confirm": "Other-Secret-77"}))
    by_remember = app.test_client()
    by_remember.set_cookie("remember_token", remembered)
    assert _goes_to_sign_in(by_remember.get("/account/"))


def test_a_pre_version_session_id_without_a_version_signs_nobody_in(app, db, factory):
    user = factory.make_user("donor")
    assert User.by_session_id(str(user.id)) is None
    assert User.by_session_id(f"{user.id}.{user.session_version}") == user
    assert User.by_session_id(f"{user.id}.{user.session_version + 1}") is None
    assert User.by_session_id("x.1") is None
    assert User.by_session_id("99999999999999999999.0") is None


@pytest.fixture()
def throttled_app(app, db, tmp_path):
    """Return an app on the test database with rate limiting on (in memory)."""
    throttled = create_app(make_test_config(
        tmp_path, app.config["DATABASE_URL"], RATELIMIT_ENABLED=True,
        LOGIN_ATTEMPTS_PER_ACCOUNT="5 per 15 minutes", LOGIN_ATTEMPTS_PER_ADDRESS="50 per 15 minutes",
        RATELIMIT_KEY_PREFIX=f"test-{uuid.uuid4().hex}"))
    with throttled.app_context():
        yield throttled
        db.session.remove()
        db.engine.dispose()


def test_the_current_password_check_is_throttled_like_sign_in(throttled_app, factory):
    user = factory.make_user("donor")
    browser = _browser(throttled_app, user)
    wrong = {"current_password": "Guess-0000-x", "new_password": "New-Secret-2024", "confirm": "New-Secret-2024"}
    statuses = []
    for i in range(30):
        wrong["current_password"] = f"Guess-{i:04d}-x"
        statuses.append(browser.post("/account/password", data=wrong).status_code)
    assert statuses[:5] == [200] * 5
    assert statuses[5:] == [429] * 25
    right = dict(wrong, current_password=PASSWORD)
    response = browser.post("/account/password", data=right)
    assert response.status_code == 429
    assert "密码尝试过于频繁" in response.get_data(as_text=True)
    db.session.expire_all()
    from app.services.accounts import authenticate

    assert authenticate(user.username, PASSWORD) is not None  # unchanged


# --- redirect targets -----------------------------------------------------------------------------

HOSTILE_TARGETS = [
    "/%09/evil.example", "/\t/evil.example", "/%0d%0aSet-Cookie:%20a=b", "/\r\n/evil.example",
    "//evil.example", "/\\evil.example", "\\\\evil.example", "/%2f%2fevil.example", "/%5cevil.example",
    "https://evil.example/", "javascript:alert(1)", "/%2F/evil.example", " /account/", "/%00", "/" + "a" * 5000,
]


@pytest.mark.parametrize("target", HOSTILE_TARGETS)
def test_a_hostile_next_on_sign_in_falls_back_to_the_users_workspace(client, factory, target):
    user = factory.make_user("donor")
    response = client.post("/auth/login", query_string={"next": target},
                           data={"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response.headers["Location"] == "/my/"


def test_a_same_site_next_on_sign_in_is_followed(client, factory):
    user = factory.make_user("donor")
    response = client.post("/auth/login?next=/account/password",
                           data={"username": user.username, "password": PASSWORD})
    assert response.headers["Location"] == "/account/password"


@pytest.mark.parametrize("target", HOSTILE_TARGETS[:10] + ["/projects/%2f%2fevil.example"])
def test_a_hostile_next_after_confirming_a_project_update_falls_back(app, factory, target):
    from app.models import ProjectUpdate

    shanghai = factory.make_organisation("paired_region", region_code="31", name="上海市对口帮扶办")
    project = factory.make_project(shanghai, "532622", budget=1000000)
    poster = factory.make_user("org_member", organisation_id=shanghai.id)
    update = ProjectUpdate(project_id=project.id, text="完成大棚基础建设40个。", amount_spent=Decimal(300000),
                           posted_by_id=poster.id)
    db.session.add(update)
    db.session.commit()
    browser = _browser(app, factory.make_office("county", "532622"))
    response = browser.post(f"/projects/updates/{update.id}/confirm", data={"next": target})
    assert response.status_code == 302
    assert response.headers["Location"] == "/projects/office"
    db.session.refresh(update)
    assert update.confirmed_at is not None


def test_a_project_page_next_after_confirming_is_followed(app, factory):
    from app.models import ProjectUpdate

    shanghai = factory.make_organisation("paired_region", region_code="31", name="上海市对口帮扶办")
    project = factory.make_project(shanghai, "532622", budget=1000000)
    poster = factory.make_user("org_member", organisation_id=shanghai.id)
    update = ProjectUpdate(project_id=project.id, text="完成大棚基础建设40个。", amount_spent=Decimal(300000),
                           posted_by_id=poster.id)
    db.session.add(update)
    db.session.commit()
    browser = _browser(app, factory.make_office("county", "532622"))
    response = browser.post(f"/projects/updates/{update.id}/confirm", data={"next": f"/projects/{project.id}"})
    assert response.headers["Location"] == f"/projects/{project.id}"


# --- writes that happen once ----------------------------------------------------------------------


@pytest.fixture()
def once_app(app, db, tmp_path):
    """Return an app on the test database that requires the one-time form token, as production does."""
    strict = create_app(make_test_config(tmp_path, app.config["DATABASE_URL"], FORM_ONCE_REQUIRED=True))
    with strict.app_context():
        yield strict
        db.session.remove()
        db.engine.dispose()


def _pledged(need_id: int) -> tuple[int, Decimal]:
    db.session.expire_all()
    count = db.session.scalar(select(func.count(Pledge.id)).where(Pledge.need_id == need_id))
    return count, db.session.get(Need, need_id).pledged_quantity


def test_the_same_pledge_form_posted_twice_pledges_once(once_app, factory):
    need = factory.make_need(quantity=10)
    donor = factory.make_user("donor")
    browser = _browser(once_app, donor)
    token = _token(browser.get(f"/needs/{need.id}/pledge").get_data(as_text=True))
    form = {"quantity": "2", "once_token": token}

    first = browser.post(f"/needs/{need.id}/pledge", data=form)
    second = browser.post(f"/needs/{need.id}/pledge", data=form)

    assert first.status_code == 302
    assert second.status_code == 409
    assert once.REPEATED in second.get_data(as_text=True)
    assert _pledged(need.id) == (1, Decimal("2"))


def test_two_tabs_of_the_same_pledge_form_pledge_once(once_app, factory):
    need = factory.make_need(quantity=10)
    browser = _browser(once_app, factory.make_user("donor"))
    tab1 = _token(browser.get(f"/needs/{need.id}/pledge").get_data(as_text=True))
    tab2 = _token(browser.get(f"/needs/{need.id}/pledge").get_data(as_text=True))

    assert browser.post(f"/needs/{need.id}/pledge", data={"quantity": "2", "once_token": tab1}).status_code == 302
    assert browser.post(f"/needs/{need.id}/pledge", data={"quantity": "2", "once_token": tab2}).status_code == 409
    assert _pledged(need.id) == (1, Decimal("2"))
    # A form loaded after the pledge is a new intention and goes through.
    tab3 = _token(browser.get(f"/needs/{need.id}/pledge").get_data(as_text=True))
    assert browser.post(f"/needs/{need.id}/pledge", data={"quantity": "1", "once_token": tab3}).status_code == 302
    assert _pledged(need.id) == (2, Decimal("3"))


def test_a_pledge_form_double_clicked_in_parallel_threads_pledges_once(once_app, factory):
    need = factory.make_need(quantity=10)
    donor = factory.make_user("donor")
    browser = _browser(once_app, donor)
    token = _token(browser.get(f"/needs/{need.id}/pledge").get_data(as_text=True))
    session_cookie = _cookie(browser, "session")
    url = f"/needs/{need.id}/pledge"
    barrier = threading.Barrier(8)
    statuses, lock = [], threading.Lock()

    def click():
        client = once_app.test_client()
        client.set_cookie("session", session_cookie)
        barrier.wait(30)
        status = client.post(url, data={"quantity": "1", "once_token": token}).status_code
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=click) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert sorted(statuses) == [302] + [409] * 7
    assert _pledged(need.id) == (1, Decimal("1"))


def test_a_refused_pledge_leaves_its_form_usable(once_app, factory):
    need = factory.make_need(quantity=10, unit="床")
    browser = _browser(once_app, factory.make_user("donor"))
    token = _token(browser.get(f"/needs/{need.id}/pledge").get_data(as_text=True))
    refused = browser.post(f"/needs/{need.id}/pledge", data={"quantity": "1.5", "once_token": token})
    assert refused.status_code == 200
    assert "须为整数" in refused.get_data(as_text=True)
    assert browser.post(f"/needs/{need.id}/pledge", data={"quantity": "1", "once_token": token}).status_code == 302
    assert _pledged(need.id) == (1, Decimal("1"))


@pytest.mark.parametrize("token", ["", "forged", None])
def test_a_pledge_without_a_valid_token_is_refused_and_changes_nothing(once_app, factory, token):
    need = factory.make_need(quantity=10)
    browser = _browser(once_app, factory.make_user("donor"))
    data = {"quantity": "1"} if token is None else {"quantity": "1", "once_token": token}
    response = browser.post(f"/needs/{need.id}/pledge", data=data)
    assert response.status_code == 409
    assert once.EXPIRED in response.get_data(as_text=True)
    assert _pledged(need.id) == (0, Decimal("0"))


def test_another_accounts_token_is_refused(once_app, factory):
    need = factory.make_need(quantity=10)
    alice, bob = _browser(once_app, factory.make_user("donor")), _browser(once_app, factory.make_user("donor"))
    token = _token(alice.get(f"/needs/{need.id}/pledge").get_data(as_text=True))
    assert bob.post(f"/needs/{need.id}/pledge", data={"quantity": "1", "once_token": token}).status_code == 409
    assert _pledged(need.id) == (0, Decimal("0"))


def test_the_same_offer_form_posted_twice_posts_one_offer(once_app, factory):
    donor = factory.make_user("donor")
    browser = _browser(once_app, donor)
    token = _token(browser.get("/offers/new").get_data(as_text=True))
    form = {"kind": "goods", "title": "冬衣捐赠二十件", "description": "全新冬衣。", "categories": ["living"],
            "quantity": "20", "unit": "件", "once_token": token}
    assert browser.post("/offers/new", data=form).status_code == 302
    assert browser.post("/offers/new", data=form).status_code == 409
    assert db.session.scalar(select(func.count(Offer.id)).where(Offer.poster_id == donor.id)) == 1


def test_the_same_need_form_posted_twice_creates_one_need(once_app, factory):
    from tests.app.needlife import make_world, need_form

    world = make_world()
    browser = _browser(once_app, world.officer)
    token = _token(browser.get("/work/needs/new").get_data(as_text=True))
    form = dict(need_form(f"h{world.household.id}"), once_token=token, action="submit")
    assert browser.post("/work/needs/new", data=form).status_code == 302
    assert browser.post("/work/needs/new", data=form).status_code == 409
    assert db.session.scalar(select(func.count(Need.id)).where(Need.household_id == world.household.id)) == 1


# --- indivisible units and how quantities read ---------------------------------------------------


def test_one_and_a_half_beds_are_refused_with_a_message(client, factory):
    need = factory.make_need(quantity=4, unit="床")
    browser = _browser(client.application, factory.make_user("donor"))
    response = browser.post(f"/needs/{need.id}/pledge", data={"quantity": "1.5"})
    assert response.status_code == 200
    assert "以“床”计的数量须为整数，不能填写 1.5" in response.get_data(as_text=True)
    assert _pledged(need.id) == (0, Decimal("0"))


def test_half_a_tonne_may_still_be_pledged(client, factory):
    need = factory.make_need(quantity=4, unit="吨")
    browser = _browser(client.application, factory.make_user("donor"))
    assert browser.post(f"/needs/{need.id}/pledge", data={"quantity": "0.5"}).status_code == 302
    assert _pledged(need.id) == (1, Decimal("0.5"))


def test_the_pledge_form_offers_45_not_45_00(client, factory):
    need = factory.make_need(quantity=45, unit="件")
    browser = _browser(client.application, factory.make_user("donor"))
    html = browser.get(f"/needs/{need.id}/pledge").get_data(as_text=True)
    assert 'value="45"' in html
    assert "45.00" not in html


# --- the cap race over HTTP -----------------------------------------------------------------------


def test_parallel_pledge_posts_from_an_offer_capped_at_one_per_beneficiary_give_exactly_one(app, factory):
    household = factory.make_household()
    need_ids = [factory.make_need(household=household, quantity=50).id for _ in range(2)]
    donor = factory.make_user("donor")
    offer_id = factory.make_offer(donor, quantity=100, per_beneficiary_cap=Decimal(1)).id
    cookie = _cookie(_browser(app, donor), "session")
    attempts = 12
    barrier = threading.Barrier(attempts)
    statuses, lock = [], threading.Lock()

    def post(i):
        client = app.test_client()
        client.set_cookie("session", cookie)
        barrier.wait(30)
        status = client.post(f"/needs/{need_ids[i % 2]}/pledge",
                             data={"quantity": "1", "offer_id": str(offer_id)}).status_code
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=post, args=(i,)) for i in range(attempts)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert sorted(statuses) == [200] * (attempts - 1) + [302]  # the refusals re-show the form with the reason
    db.session.expire_all()
    assert db.session.scalar(select(func.count(Pledge.id)).where(Pledge.offer_id == offer_id)) == 1


# --- hostile files over HTTP ----------------------------------------------------------------------


def test_hostile_files_over_http_are_refused_and_change_nothing(app, client, factory):
    import io

    from app.models import Household, Photo
    from tests.app.needlife import make_world, need_form
    from tests.app.test_hostile_files import _inflate_cell, _png
    from tests.app.test_household_import import _row, _xlsx

    world = make_world()
    browser = _browser(app, world.officer)
    bomb = _inflate_cell(_xlsx([_row(world.village.code, 1, 住址="HUGE")]), "HUGE", 100 * 1024 * 1024)
    response = browser.post("/registry/import", data={"file": (io.BytesIO(bomb), "households.xlsx")},
                            content_type="multipart/form-data")
    assert response.status_code == 400
    assert "表格内容解压后超过32MB" in response.get_data(as_text=True)

    data = need_form(f"h{world.household.id}")
    data["photos"] = [(io.BytesIO(_png(4000, 3100)), "huge.png")]
    response = browser.post("/work/needs/new", data=data, content_type="multipart/form-data")
    assert "图片尺寸过大（不超过12百万像素）" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.scalar(select(func.count(Household.id))) == 1  # the world's own household only
    assert db.session.scalar(select(func.count(Need.id))) == 0
    assert db.session.scalar(select(func.count(Photo.id))) == 0


def test_a_form_older_than_its_lifetime_is_refused_and_old_records_are_purged(once_app, factory):
    from datetime import UTC, datetime, timedelta

    import time_machine

    from app.models import FormSubmission
    from app.services import jobs

    need = factory.make_need(quantity=10)
    browser = _browser(once_app, factory.make_user("donor"))
    stale = _token(browser.get(f"/needs/{need.id}/pledge").get_data(as_text=True))
    fresh = _token(browser.get(f"/needs/{need.id}/pledge").get_data(as_text=True))
    assert browser.post(f"/needs/{need.id}/pledge", data={"quantity": "1", "once_token": fresh}).status_code == 302
    later = datetime.now(UTC) + timedelta(seconds=once_app.config["FORM_TOKEN_MAX_AGE"] + 3600)
    with time_machine.travel(later, tick=False):
        response = browser.post(f"/needs/{need.id}/pledge", data={"quantity": "1", "once_token": stale})
        assert response.status_code == 409 and once.EXPIRED in response.get_data(as_text=True)
        assert jobs.run().form_records_purged == 1
    assert db.session.scalar(select(func.count(FormSubmission.user_id))) == 0
    assert _pledged(need.id) == (1, Decimal("1"))


def test_the_same_progress_update_form_posted_twice_records_one_update(once_app, factory):
    from app.models import ProjectUpdate

    shanghai = factory.make_organisation("paired_region", region_code="31", name="上海市对口帮扶办")
    project = factory.make_project(shanghai, "532622", budget=1000000)
    browser = _browser(once_app, factory.make_user("org_member", organisation_id=shanghai.id))
    url = f"/projects/{project.id}/updates/new"
    form = {"text": "完成大棚基础建设40个。", "amount_spent": "300000",
            "once_token": _token(browser.get(url).get_data(as_text=True))}
    assert browser.post(url, data=form).status_code == 302
    assert browser.post(url, data=form).status_code == 409
    assert db.session.scalar(select(func.count(ProjectUpdate.id))) == 1


def test_the_same_import_posted_twice_imports_once(once_app, factory):
    import io

    from app.models import Household
    from tests.app.test_household_import import _row, _xlsx

    village = factory.make_village()
    browser = _browser(once_app, factory.make_user("village_officer", village_id=village.id))
    token = _token(browser.get("/registry/import").get_data(as_text=True))
    data = _xlsx([_row(village.code, n) for n in (1, 2)])

    def post():
        return browser.post("/registry/import", content_type="multipart/form-data",
                            data={"file": (io.BytesIO(data), "households.xlsx"), "once_token": token})

    assert post().status_code == 302
    assert post().status_code == 409
    db.session.expire_all()
    assert db.session.scalar(select(func.count(Household.id))) == 2


def test_the_same_thanks_form_posted_twice_publishes_one_thanks(once_app, factory):
    from app.models import Feedback

    village = factory.make_village()
    officer = factory.make_user("village_officer", village_id=village.id)
    need = factory.make_need(village=village, posted_by=officer, status="completed", quantity=1)
    factory.make_pledge(need, status="completed")
    browser = _browser(once_app, officer)
    url = f"/work/needs/{need.id}/thanks"
    form = {"pledge_id": "", "text": "感谢各位爱心人士，老人们穿上了新棉衣！",
            "once_token": _token(browser.get(url).get_data(as_text=True))}
    assert browser.post(url, data=form).status_code == 302
    assert browser.post(url, data=form).status_code == 409
    assert db.session.scalar(select(func.count(Feedback.id))) == 1
