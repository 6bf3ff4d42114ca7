"""The need's life in a real browser: headless Chromium against the app served on a real port.

A village officer posts a need, the township and county offices approve it, a donor pledges it;
screenshots of every step land in test-artifacts/ (gitignored). Skips when /usr/bin/chromium is missing.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from werkzeug.serving import make_server

from app.extensions import db
from app.models import Need, Pledge
from tests.app.needlife import PASSWORD, make_world

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no browser: /usr/bin/chromium is missing "
                                                     "(apt-get install chromium; .ci/run installs it)"),
]


@pytest.fixture()
def live_server(app, db):
    """Serve the session app (same database as the test) on a free local port in a background thread."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(10)


@pytest.fixture()
def browser():
    """Launch Debian's headless Chromium through Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def _signed_in_page(browser, base: str, user):
    context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{base}/auth/login")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("input[type=submit], button[type=submit]:has-text('登录')")
    page.wait_for_load_state()
    return page


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_officer_posts_offices_approve_and_a_donor_pledges_in_a_real_browser(live_server, browser, factory):
    w = make_world()

    officer = _signed_in_page(browser, live_server, w.officer)
    officer.goto(f"{live_server}/work/needs/new")
    officer.select_option("select[name=beneficiary]", f"h{w.household.id}")
    officer.select_option("select[name=category]", "living")
    officer.select_option("select[name=kind]", "goods")
    officer.fill("input[name=title]", "冬季棉衣被褥")
    officer.fill("textarea[name=description]", "家中两位老人过冬缺少棉衣和棉被，希望得到帮助。")
    officer.fill("input[name=quantity]", "10")
    officer.fill("input[name=unit]", "件")
    officer.fill("input[name=deadline]", "2099-01-01")
    _shot(officer, "01-officer-posts-need")
    officer.click("button[value=submit]")
    officer.wait_for_load_state()
    assert officer.inner_text("#need-status") == "审核中"
    _shot(officer, "02-need-pending")
    officer.context.close()

    db.session.expire_all()
    need = db.session.scalar(select(Need).order_by(Need.id.desc()))
    for step, office in (("03-township", w.township), ("04-county", w.county)):
        page = _signed_in_page(browser, live_server, office)
        page.goto(f"{live_server}/review")
        page.click(f"a[href='/review/{need.id}']")
        page.wait_for_load_state()
        _shot(page, f"{step}-reviews")
        page.click("button:has-text('审核通过')")
        page.wait_for_load_state()
        assert "已审核通过" in page.content()
        page.context.close()

    db.session.expire_all()
    assert db.session.get(Need, need.id).status == "published"

    donor = _signed_in_page(browser, live_server, w.donor)
    donor.goto(f"{live_server}/needs/{need.id}")
    _shot(donor, "05-public-need")
    assert "王*国" in donor.content() and "王建国" not in donor.content()
    donor.click("#pledge-button")
    donor.wait_for_load_state()
    donor.fill("input[name=quantity]", "10")
    donor.click("button:has-text('确认认领')")
    donor.wait_for_load_state()
    assert donor.inner_text("#delivery-address") == "威宁县某某镇某某村村委会"
    _shot(donor, "06-donor-pledged")
    donor.context.close()

    db.session.expire_all()
    assert db.session.get(Need, need.id).status == "pledged"
    assert db.session.scalar(select(Pledge.quantity).where(Pledge.need_id == need.id)) == 10
