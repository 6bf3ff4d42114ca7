"""The statistics page and a county's dashboard draw their ECharts charts in headless Chromium, on a desktop
and on a phone width, without a Content-Security-Policy violation; screenshots land in test-artifacts/browser/.
"""

from __future__ import annotations

from decimal import Decimal

from tests.browser import BROWSER_TEST, screenshot, signed_in_page
from tests.factories import OTHER_TOWNSHIP, PASSWORD, TOWNSHIP

pytestmark = BROWSER_TEST
WIDTHS = (1280, 375)


def _small_world(factory):
    village = factory.make_village(TOWNSHIP)
    other = factory.make_village(OTHER_TOWNSHIP)
    for cause in ("illness", "disability", "schooling", "illness"):
        factory.make_household(village, main_cause=cause, income_per_capita=Decimal("3500"))
    household = factory.make_household(other)
    needs = [factory.make_need(village=village, category=c) for c in ("living", "education", "medical")]
    factory.make_need(household=household)
    factory.make_pledge(needs[0], quantity=10)
    factory.make_pledge(needs[1], quantity=3)
    factory.make_need(village=village, status="pending", submitted_at=needs[0].published_at)
    org = factory.make_organisation("paired_region", region_code="44")
    factory.make_project(org, recipient_region_code=TOWNSHIP[:6], helper_region_code="44")


def _watch(page) -> list[str]:
    problems: list[str] = []
    # Console errors (a CSP violation is one) and failed loads.
    page.on("console", lambda message: problems.append(message.text)
            if message.type == "error" and "Failed to load resource" not in message.text else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("response", lambda response: problems.append(f"{response.status} {response.url}")
            if response.status >= 400 else None)
    return problems


def _charts_drawn(page) -> tuple[int, int]:
    containers = page.locator(".stats-chart").count()
    drawn = page.locator(".stats-chart[data-drawn='1'] canvas").count()
    return containers, drawn


def test_the_statistics_page_draws_its_charts_on_desktop_and_phone(live_server, browser, factory):
    _small_world(factory)
    for width in WIDTHS:
        context = browser.new_context(locale="zh-CN", viewport={"width": width, "height": 900})
        page = context.new_page()
        problems = _watch(page)
        page.goto(f"{live_server}/stats")
        page.wait_for_selector(".stats-chart[data-drawn='1'] canvas")
        containers, drawn = _charts_drawn(page)
        assert containers >= 5 and drawn >= containers, (containers, drawn)
        assert "数据更新于" in page.inner_text("#stats-updated")
        assert page.locator("#table-categories tbody tr").count() == 11
        screenshot(page, f"stats-national-{width}")
        page.goto(f"{live_server}/stats?region=52")
        page.wait_for_selector(".stats-chart[data-drawn='1'] canvas")
        screenshot(page, f"stats-guizhou-{width}")
        page.goto(f"{live_server}/stats?region={TOWNSHIP[:6]}")  # a county: its townships, no centres to map
        page.wait_for_selector(".stats-chart[data-drawn='1'] canvas")
        assert page.locator("#chart-map").count() == 0 and page.locator("#table-children tbody tr").count() > 5
        assert not problems, problems
        context.close()


def test_a_county_dashboard_draws_its_charts_on_desktop_and_phone(live_server, browser, factory):
    _small_world(factory)
    office = factory.make_office("county")
    for width in WIDTHS:
        page = signed_in_page(browser, live_server, office, PASSWORD)
        page.set_viewport_size({"width": width, "height": 900})
        problems = _watch(page)
        page.goto(f"{live_server}/dashboard")
        page.wait_for_selector(".stats-chart[data-drawn='1'] canvas")
        containers, drawn = _charts_drawn(page)
        assert containers == 7 and drawn >= containers, (containers, drawn)
        assert page.inner_text("#fig-households") == "4"  # 威宁 only: the household of 赫章 is not counted
        screenshot(page, f"dashboard-county-{width}")
        assert not problems, problems
        page.context.close()
