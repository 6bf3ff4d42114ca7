"""The supply side in a real browser: a donor posts an offer with the region picker and pauses it; an office
steers it; screenshots land in test-artifacts/browser/ (gitignored). Skips when /usr/bin/chromium is missing.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from app.extensions import db
from tests.browser import BROWSER_TEST, screenshot, signed_in_page
from app.models import Notification, Offer, ProjectUpdate
from tests.app.supply import PASSWORD

pytestmark = BROWSER_TEST


def test_a_donor_posts_and_pauses_an_offer_and_an_office_steers_it_in_a_real_browser(
    live_server, browser, factory
):
    donor = factory.make_user("donor")
    need = factory.make_need(title="威宁的冬衣需求", category="living")
    page = signed_in_page(browser, live_server, donor, PASSWORD)
    page.goto(f"{live_server}/offers/new")
    page.select_option("select[name=kind]", "goods")
    page.fill("input[name=title]", "冬季棉衣两百件")
    page.check("input[name=categories][value=living]")
    page.fill("textarea[name=description]", "全新棉衣，男女款各半。")
    page.fill("input[name=quantity]", "200")
    page.fill("input[name=unit]", "件")
    page.fill("input[name=valid_until]", "2099-12-31")
    # The region chooser: a province from the selects, then a prefecture found by its short name.
    page.select_option("select[name=target-province]", "52")
    page.wait_for_selector("select[name=target-prefecture]")
    page.click("button:has-text('添加该地区')")
    page.fill(".region-picker-typeahead input", "文山")
    page.click(".region-picker-results button:has-text('文山壮族苗族自治州')")
    page.wait_for_selector("input[name=target_regions][value='5326']")
    screenshot(page, "supply-offer-form-regions")
    page.click("button[type=submit]:has-text('保存')")
    page.wait_for_load_state()
    assert "帮扶资源已发布" in page.content()
    assert "威宁的冬衣需求" in page.content()  # a need the offer could serve
    screenshot(page, "supply-offer-detail")
    offer = db.session.scalar(select(Offer))
    assert sorted(offer.regions) == ["52", "5326"]

    page.click("button:has-text('暂停')")
    page.wait_for_load_state()
    db.session.refresh(offer)
    assert offer.status == "paused"
    page.click("button:has-text('恢复')")
    page.wait_for_load_state()
    db.session.refresh(offer)
    assert offer.status == "active"
    page.goto(f"{live_server}/my/")
    screenshot(page, "supply-donor-home")

    office = factory.make_office("county", "520526")
    page = signed_in_page(browser, live_server, office, PASSWORD)
    page.goto(f"{live_server}/offers/office")
    screenshot(page, "supply-office-offers")
    page.click("a:has-text('联系发布者')")
    page.click(f"a[href$='need_id={need.id}']")
    page.fill("textarea[name=message]", "威宁县这户老人急需冬衣，请考虑对接。")
    page.click("button:has-text('发送站内消息')")
    page.wait_for_load_state()
    assert "站内消息已发送" in page.content()
    note = db.session.scalar(select(Notification).where(Notification.kind == "offer.steer"))
    assert note.user_id == donor.id and note.link == f"/needs/{need.id}"


def test_a_paired_region_posts_a_project_and_the_recipient_office_confirms_progress_in_a_real_browser(
    live_server, browser, factory
):
    org = factory.make_organisation("paired_region", region_code="31", name="上海市对口帮扶办")
    member = factory.make_user("org_member", organisation_id=org.id)
    page = signed_in_page(browser, live_server, member, PASSWORD)
    page.goto(f"{live_server}/projects/new")
    page.fill("input[name=title]", "砚山县蔬菜大棚产业项目")
    page.select_option("select[name=category]", "production")
    page.fill("input[name=year]", "2019")
    page.fill("input[name=budget]", "2000000")
    page.fill("input[name=beneficiaries_count]", "350")
    page.fill(".region-picker-typeahead input", "威宁")  # 威宁 is not paired with 上海: not offered
    page.wait_for_selector(".region-picker-results :text('没有找到该地区')")
    screenshot(page, "supply-project-unpaired-county")
    page.fill(".region-picker-typeahead input", "砚山")
    page.click(".region-picker-results button:has-text('砚山县')")
    page.wait_for_selector("select[name=county_code-county] option[value='532622']:checked", state="attached")
    page.click("button:has-text('发布项目')")
    page.wait_for_load_state()
    page.click("a:has-text('报告进展')")
    page.fill("textarea[name=text]", "完成大棚基础建设40个。")
    page.fill("input[name=amount_spent]", "300000")
    page.click("button:has-text('提交进展')")
    page.wait_for_load_state()
    screenshot(page, "supply-project-manage")

    office = factory.make_office("county", "532622")
    page = signed_in_page(browser, live_server, office, PASSWORD)
    page.goto(f"{live_server}/projects/office")
    page.click("button:has-text('确认此进展')")
    page.wait_for_load_state()
    update = db.session.scalar(select(ProjectUpdate))
    db.session.refresh(update)
    assert update.confirmed_at is not None and update.amount_spent == Decimal(300000)
    page.goto(f"{live_server}/projects/pairings/31-53")
    assert "300,000" in page.content()
    screenshot(page, "supply-pairing")
