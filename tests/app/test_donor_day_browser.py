"""A donor's day in headless Chromium at desktop and phone widths: a county picked by name for an offer,
a certificate shared, downloaded as PDF and confirmed by its verification page. Screenshots land in
test-artifacts/browser/ (gitignored). Skips when /usr/bin/chromium is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import Offer, Pledge
from app.models._types import utcnow
from tests.app.supply import PASSWORD
from tests.browser import BROWSER_TEST, screenshot, signed_in_page

pytestmark = BROWSER_TEST

WIDTHS = [1280, 375]


def _page_at(browser, live_server, user, width: int):
    page = signed_in_page(browser, live_server, user, PASSWORD)
    page.set_viewport_size({"width": width, "height": 900})
    return page


def _no_horizontal_overflow(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.parametrize("width", WIDTHS)
def test_a_donor_picks_a_county_by_its_short_name_and_posts_an_offer(live_server, browser, factory, width):
    donor = factory.make_user("donor")
    page = _page_at(browser, live_server, donor, width)
    page.goto(f"{live_server}/offers/new")
    assert page.is_hidden("button:has-text('显示下一级')")  # the script fills the next level itself
    page.fill("input[name=title]", "冬季棉衣两百件")
    page.check("input[name=categories][value=living]")
    page.fill("input[name=quantity]", "200")
    page.fill("input[name=valid_until]", "2099-12-31")
    page.fill(".region-picker-typeahead input", "宁蒗")
    page.wait_for_selector(".region-picker-results button:has-text('宁蒗彝族自治县')")
    screenshot(page, f"donor-day-{width}-typeahead")
    page.keyboard.press("Enter")  # the best match is taken, the form is not submitted
    page.wait_for_selector("input[name=target_regions][value='530724']")
    # The selects start again: unticking a region in the list is not undone by what the selects hold.
    assert page.input_value("select[name=target-province]") == ""
    page.fill(".region-picker-typeahead input", "怒江州")
    page.click(".region-picker-results button:has-text('怒江傈僳族自治州')")
    page.uncheck("input[name=target_regions][value='5333']")  # changed their mind: not 怒江 after all
    assert _no_horizontal_overflow(page)
    screenshot(page, f"donor-day-{width}-offer-form")
    page.click("button[type=submit]:has-text('保存')")
    page.wait_for_load_state()
    assert "帮扶资源已发布" in page.content() and "宁蒗彝族自治县" in page.content()
    db.session.expire_all()
    assert db.session.scalar(select(Offer).where(Offer.poster_id == donor.id)).regions == ["530724"]
    page.context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_donor_shares_and_downloads_a_certificate_that_its_verification_page_confirms(
    live_server, browser, factory, width
):
    donor = factory.make_user("donor", display_name="赵六一")
    need = factory.make_need(title="助学书包文具", quantity=20, unit="套")
    pledge = factory.make_pledge(need, donor, quantity=5, status="received", received_at=utcnow())
    page = _page_at(browser, live_server, donor, width)
    page.goto(f"{live_server}/pledges/{pledge.id}/certificate")
    number = page.inner_text("#certificate-number")
    share_link = page.input_value("#share-link")
    # The test configuration names the server "localhost" (SERVER_NAME); the path is what is shared.
    assert share_link.endswith(f"/verify/{number}")
    assert page.evaluate("document.querySelector('img.share-qr').naturalWidth") > 0  # the QR image loaded
    assert _no_horizontal_overflow(page)
    screenshot(page, f"donor-day-{width}-certificate")
    with page.expect_download() as download_info:
        page.click("#certificate-pdf")
    data = Path(download_info.value.path()).read_bytes()
    assert data.startswith(b"%PDF") and number.encode() in data
    page.context.close()

    visitor = browser.new_context(locale="zh-CN", viewport={"width": width, "height": 900}).new_page()
    visitor.goto(f"{live_server}/verify/{number}")
    result = visitor.inner_text("#verify-result")
    assert "证书真实有效" in result and "赵*一" in result and "5 套" in result
    assert "赵六一" not in visitor.content()
    assert _no_horizontal_overflow(visitor)
    screenshot(visitor, f"donor-day-{width}-verified")
    visitor.context.close()
    db.session.expire_all()
    assert db.session.get(Pledge, pledge.id).certificate_number == number


@pytest.mark.parametrize("width", WIDTHS)
def test_the_needs_list_narrows_to_a_township_with_the_chooser(live_server, browser, factory, width):
    here = factory.make_need(title="草海镇的冬衣")  # 520526100
    factory.make_need(village=factory.make_village("520527102"), title="妈姑镇的冬衣")
    page = browser.new_context(locale="zh-CN", viewport={"width": width, "height": 900}).new_page()
    page.goto(f"{live_server}/needs")
    page.fill(".region-picker-typeahead input", "草海")
    page.click(".region-picker-results button:has-text('草海镇')")
    page.wait_for_selector("select[name=region-township] option[value='520526100']:checked", state="attached")
    page.click("button:has-text('筛选')")
    page.wait_for_load_state()
    assert here.title in page.content() and "妈姑镇的冬衣" not in page.content()
    assert _no_horizontal_overflow(page)
    screenshot(page, f"donor-day-{width}-needs-by-township")
    page.context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_registration_in_the_browser_shows_every_mistake_at_once(live_server, browser, factory, width):
    factory.make_user("donor", username="taken1", mobile="13800138000")
    page = browser.new_context(locale="zh-CN", viewport={"width": width, "height": 900}).new_page()
    page.goto(f"{live_server}/auth/register")
    page.fill("input[name=username]", "taken1")
    page.fill("input[name=mobile]", "138 0013 8000")
    page.fill("input[name=password]", "short")
    page.fill("input[name=confirm]", "other")
    page.click("button[type=submit]:has-text('注册'), input[type=submit][value='注册']")
    page.wait_for_load_state()
    feedback = page.inner_text("main")
    for message in ("该用户名已被使用", "该手机号码已被其他账号使用", "请输入姓名或昵称", "密码至少需要10位",
                    "两次输入的密码不一致"):
        assert message in feedback, message
    assert _no_horizontal_overflow(page)
    screenshot(page, f"donor-day-{width}-register-errors")
    page.context.close()
