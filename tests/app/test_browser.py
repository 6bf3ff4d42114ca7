"""The need's life in a real browser: headless Chromium against the app served on a real port.

A village officer posts a need, the township and county offices approve it, a donor pledges it;
screenshots of every step land in test-artifacts/ (gitignored). Skips when /usr/bin/chromium is missing.
"""

from __future__ import annotations


from sqlalchemy import select

from app.extensions import db
from tests.browser import BROWSER_TEST, screenshot, signed_in_page
from app.models import Need, Pledge
from tests.app.needlife import PASSWORD, make_world

pytestmark = BROWSER_TEST


def test_officer_posts_offices_approve_and_a_donor_pledges_in_a_real_browser(live_server, browser, factory):
    w = make_world()

    officer = signed_in_page(browser, live_server, w.officer, PASSWORD)
    officer.goto(f"{live_server}/work/needs/new")
    officer.select_option("select[name=beneficiary]", f"h{w.household.id}")
    officer.select_option("select[name=category]", "living")
    officer.select_option("select[name=kind]", "goods")
    officer.fill("input[name=title]", "冬季棉衣被褥")
    officer.fill("textarea[name=description]", "家中两位老人过冬缺少棉衣和棉被，希望得到帮助。")
    officer.fill("input[name=quantity]", "10")
    officer.fill("input[name=unit]", "件")
    officer.fill("input[name=deadline]", "2099-01-01")
    screenshot(officer, "01-officer-posts-need")
    officer.click("button[value=submit]")
    officer.wait_for_load_state()
    assert officer.inner_text("#need-status") == "乡镇扶贫办审核中"
    screenshot(officer, "02-need-pending")
    officer.context.close()

    db.session.expire_all()
    need = db.session.scalar(select(Need).order_by(Need.id.desc()))
    for step, office in (("03-township", w.township), ("04-county", w.county)):
        page = signed_in_page(browser, live_server, office, PASSWORD)
        page.goto(f"{live_server}/review")
        page.click(f"a[href='/review/{need.id}']")
        page.wait_for_load_state()
        screenshot(page, f"{step}-reviews")
        page.click("button:has-text('审核通过')")
        page.wait_for_load_state()
        assert "已审核通过" in page.content()
        page.context.close()

    db.session.expire_all()
    assert db.session.get(Need, need.id).status == "published"

    donor = signed_in_page(browser, live_server, w.donor, PASSWORD)
    donor.goto(f"{live_server}/needs/{need.id}")
    screenshot(donor, "05-public-need")
    assert "王*国" in donor.content() and "王建国" not in donor.content()
    donor.click("#pledge-button")
    donor.wait_for_load_state()
    donor.fill("input[name=quantity]", "10")
    donor.click("button:has-text('确认认领')")
    donor.wait_for_load_state()
    assert donor.inner_text("#delivery-address") == "威宁县某某镇某某村村委会"
    screenshot(donor, "06-donor-pledged")
    donor.context.close()

    db.session.expire_all()
    assert db.session.get(Need, need.id).status == "pledged"
    assert db.session.scalar(select(Pledge.quantity).where(Pledge.need_id == need.id)) == 10
