"""Each role's first minute in a real browser, at desktop (1280 px) and phone (375 px) widths.

Sign-in lands on the role's workspace, the navigation fits the width (no horizontal scrolling), and
退出 is visible on desktop and one tap away (the collapsed menu) on a phone. Screenshots land in
test-artifacts/browser/role-*.png. Skips when /usr/bin/chromium is missing.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.app.needlife import PASSWORD
from tests.browser import BROWSER_TEST, screenshot, signed_in_page

pytestmark = BROWSER_TEST

ROLES = [
    # (role, factory keywords, landing path, a navigation entry the role must reach)
    ("donor", {}, "/my/", "我的认领"),
    ("org_member", {}, "/my/", "我的机构"),
    ("village_officer", {}, "/work/needs", "建档立卡"),
    ("helper", {}, "/work/needs", "我的需求"),
    ("office", {"office_level": "township"}, "/review", "待审核需求"),
    ("admin", {}, "/account/", "审计日志"),
]
# Pages of each role's day that must not scroll sideways either (wide tables scroll inside their box).
DAY_PAGES = {
    "donor": ["/needs", "/my/pledges", "/offers/mine", "/orgs/"],
    "org_member": ["/needs", "/offers/new"],
    "village_officer": ["/work/needs/new", "/registry/"],
    "helper": ["/work/needs/new"],
    "office": ["/registry/", "/offers/office", "/account/audit", "/account/staff"],
    "admin": ["/account/audit", "/account/organisations", "/review"],
}


def _overflow(page) -> int:
    """Return by how many pixels the page is wider than the window (0 when it fits)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def _inside_window(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    width = page.evaluate("window.innerWidth")
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width


def _reach(page, label: str) -> None:
    """Reach the navigation entry ``label``: directly, or by opening the menu that holds it."""
    link = page.locator(f"#mainNav a:text-is('{label}')")
    if not link.is_visible():
        menu = page.locator("#mainNav .dropdown").filter(has=page.locator(f"a:text-is('{label}')"))
        menu.locator(".dropdown-toggle").click()
    link.wait_for(state="visible")
    href = link.get_attribute("href")
    link.click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == href


@pytest.mark.parametrize(("role", "keywords", "landing", "entry"), ROLES, ids=[r[0] for r in ROLES])
def test_each_role_lands_on_its_workspace_and_the_navigation_fits_desktop_and_phone(
        live_server, browser, factory, role, keywords, landing, entry):
    user = factory.make_user(role, password=PASSWORD, **keywords)
    for width in (1280, 375):
        page = signed_in_page(browser, live_server, user, PASSWORD, width=width)
        assert urlsplit(page.url).path == landing, (role, width, page.url)
        assert _overflow(page) <= 0, (role, width)
        if width == 1280:
            # Everything of the navigation is on screen: 退出 and every item of the sections row.
            assert page.locator("#nav-logout").is_visible()
            assert _inside_window(page, "#nav-logout")
            for index in range(page.locator("#nav-sections > li").count()):
                assert _inside_window(page, f"#nav-sections > li:nth-child({index + 1})"), (role, index)
            assert page.locator(".navbar-toggler").is_hidden()
        else:
            assert page.locator("#nav-logout").is_hidden()
            page.click(".navbar-toggler")
            page.locator("#mainNav.collapse.show").wait_for(state="visible")
            page.locator("#nav-logout").wait_for(state="visible")
            assert _inside_window(page, "#nav-logout")
            assert _overflow(page) <= 0, (role, width, "menu open")
        screenshot(page, f"role-{role}-{width}")
        _reach(page, entry)
        assert _overflow(page) <= 0, (role, width, entry)
        for path in DAY_PAGES[role]:
            page.goto(f"{live_server}{path}")
            assert _overflow(page) <= 0, (role, width, path)
        page.context.close()


def test_a_visitor_finds_sign_in_and_the_directory_at_desktop_and_phone_widths(live_server, browser):
    for width in (1280, 375):
        context = browser.new_context(locale="zh-CN", viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(f"{live_server}/")
        assert _overflow(page) <= 0, width
        if width == 375:
            page.click(".navbar-toggler")
            page.locator("#mainNav.collapse.show").wait_for(state="visible")
        login = page.locator("#mainNav a:text-is('登录')")
        assert login.is_visible() and _inside_window(page, "#mainNav a:text-is('登录')")
        screenshot(page, f"role-visitor-{width}")
        _reach(page, "帮扶主体")
        assert urlsplit(page.url).path == "/orgs/"
        context.close()


def test_an_office_filters_its_queue_and_approves_two_needs_at_once_on_a_phone(live_server, browser, factory):
    from datetime import timedelta

    from app.extensions import db
    from app.models._types import utcnow

    village = factory.make_village(name="批量村")
    needs = [factory.make_need(village=village, status="pending", title=title, category="education",
                               submitted_at=utcnow() - timedelta(days=4))
             for title in ("批量审核的第一条", "批量审核的第二条")]
    factory.make_need(village=village, status="pending", title="刚提交的生活需求", category="living",
                      submitted_at=utcnow())
    office = factory.make_user("office", password=PASSWORD, office_level="township")
    page = signed_in_page(browser, live_server, office, PASSWORD, width=375)
    page.select_option("#f-category", "education")
    page.select_option("#f-waited", "3")
    page.click("#queue-filter button[type=submit]")
    page.wait_for_load_state()
    assert "刚提交的生活需求" not in page.content()
    for need in needs:
        page.check(f"#pick-{need.id}")
    assert _overflow(page) <= 0
    page.click("#approve-selected")
    page.wait_for_load_state()
    screenshot(page, "role-office-batch-approved-375")
    assert "“批量审核的第一条”已审核通过，转县扶贫办审核" in page.content()
    assert "“批量审核的第二条”已审核通过，转县扶贫办审核" in page.content()
    db.session.expire_all()
    assert all(n.review_level == 1 for n in needs)
    page.context.close()
