"""A county office's year in a real browser (headless Chromium against the app on a real port).

A village officer enters two applications and proposes one household's exit; the village appraisal is
recorded; the township reviews and publishes the 公示, which the public sees masked; after the period
the township closes it; the county draws the spot-check sample, records the check and approves the
batch; a plan is written for a new household. Screenshots land in test-artifacts/browser/.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import time_machine
from sqlalchemy import select

from app import clock
from app.extensions import db
from app.models import AssistancePlan, Household, IdentificationCase, PublicNotice
from app.services import identification as ident
from tests.app.needlife import PASSWORD, id_number
from tests.browser import BROWSER_TEST, screenshot, signed_in_page

pytestmark = BROWSER_TEST


def _click(page, selector: str) -> None:
    page.click(selector)
    page.wait_for_load_state()


def test_a_county_office_runs_its_year_in_a_real_browser(live_server, browser, factory):
    village = factory.make_village(name="草海村")
    officer = factory.make_user("village_officer", village_id=village.id)
    township = factory.make_office("township", factory.TOWNSHIP)
    county = factory.make_office("county", factory.TOWNSHIP[:6])
    line = ident.poverty_line(clock.china_today().year)
    leaving = factory.make_household(village, head_name="孙富贵", income_per_capita=line + 800)

    page = signed_in_page(browser, live_server, officer, PASSWORD)
    for seq, name in ((81, "杨光明"), (82, "何小花")):
        page.goto(f"{live_server}/identification/apply")
        page.fill("#head_name", name)
        page.fill("#id_number", id_number(seq))
        page.fill("#members_count", "3")
        page.fill("#income_per_capita", "1800")
        page.check("#by_household")
        _click(page, "button:has-text('提交申请')")
        assert "已登记申请" in page.content()
    page.goto(f"{live_server}/identification/annual")
    row = page.locator("#exit-candidates tr", has_text="孙富贵")
    row.locator("input[name=standard_confirmed]").check()
    screenshot(page, "year-01-annual-exit")
    row.locator("button:has-text('提出退出')").click()
    page.wait_for_load_state()
    assert "已提出脱贫退出申请" in page.content()
    page.goto(f"{live_server}/identification/appraisal?village_id={village.id}")
    page.fill("#attendees", "27")
    page.fill("#result", "同意3户")
    for select_box in page.locator("#appraisal-form select").all():
        select_box.select_option("pass")
    screenshot(page, "year-02-appraisal")
    _click(page, "button:has-text('记录评议')")
    assert "已记录村民代表评议" in page.content()
    page.context.close()

    cases = list(db.session.scalars(select(IdentificationCase).order_by(IdentificationCase.id)))
    assert [c.kind for c in cases] == ["entry", "entry", "exit"]
    page = signed_in_page(browser, live_server, township, PASSWORD)
    for case in cases:
        page.goto(f"{live_server}/identification/cases/{case.id}")
        _click(page, "button:has-text('乡镇审核通过')")
    page.goto(f"{live_server}/identification/notices")
    page.fill("#days", "2")
    _click(page, "button:has-text('发布公示')")
    assert "已发布公示" in page.content()
    db.session.expire_all()
    notice = db.session.scalar(select(PublicNotice))

    public = browser.new_context(locale="zh-CN").new_page()
    public.goto(f"{live_server}/notices/{notice.id}")
    text = public.inner_text("#notice-entries")
    assert "杨*明" in text and "孙*贵" in text and "杨光明" not in public.content()
    screenshot(public, "year-03-public-notice")
    public.context.close()

    with time_machine.travel(clock.china_today() + timedelta(days=3), tick=True):
        page.goto(f"{live_server}/identification/notices")
        _click(page, "button:has-text('结束公示')")
        assert "3 户报县级审批" in page.content()
    page.context.close()

    page = signed_in_page(browser, live_server, county, PASSWORD)
    page.goto(f"{live_server}/identification/spot-checks")
    page.fill("#share", "0.3")
    page.fill("#seed", "11")
    page.select_option("#assignees", [str(county.id)])
    _click(page, "button:has-text('抽取并指派')")
    assert "抽取 1 户核查" in page.content()
    screenshot(page, "year-04-spot-check")
    page.fill("#my-check-list input[name=note]", "入户核实，情况属实")
    _click(page, "#my-check-list button:has-text('核查通过')")
    page.goto(f"{live_server}/identification/")
    _click(page, "#approve-all")
    assert "已审批 3 户" in page.content()
    db.session.expire_all()
    assert db.session.get(Household, leaving.id).status == "exited"
    newcomer = db.session.scalar(select(Household).where(Household.id != leaving.id).order_by(Household.id))
    assert newcomer.registered_year == clock.china_today().year and newcomer.income_per_capita == Decimal("1800")
    page.goto(f"{live_server}/assistance/households/{newcomer.id}/plan")
    _click(page, "#create-plan button")
    assert "医疗救助" in page.inner_text("#measures") or "医疗救助" in page.content()
    screenshot(page, "year-05-plan")
    page.context.close()
    db.session.expire_all()
    assert db.session.scalar(select(AssistancePlan.household_id)) == newcomer.id
