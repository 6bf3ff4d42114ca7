"""精准帮扶 (app/services/assistance.py and /assistance pages): plans from causes, measures that become
needs, helpers, work teams, what an office sees missing, exports, permissions."""

from __future__ import annotations

import html as htmlmod
import io
import re
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text

from app import clock
from app.errors import Forbidden, Invalid, NotFound
from app.extensions import db
from app.models import AuditLog, Need, PlanMeasure
from app.services import assistance
from tests.app.test_registry_search import _bulk_households


@pytest.fixture()
def place(factory):
    class Place:
        village = factory.make_village()
        officer = factory.make_user("village_officer", village_id=village.id)
        township = factory.make_office("township", factory.TOWNSHIP)
        county = factory.make_office("county", factory.TOWNSHIP[:6])
        outsider = factory.make_office("county", factory.OTHER_TOWNSHIP[:6])
    return Place


def test_a_plan_is_derived_from_the_causes_and_its_measures_kept(place, factory):
    household = factory.make_household(place.village, main_cause="schooling", other_causes=["lack_funds"])
    assert assistance.suggested_measures(household.causes) == ["education", "yulu", "microcredit", "industry"]
    plan = assistance.create_plan(place.officer, household.id)
    assert [m.kind for m in plan.measures] == ["education", "yulu", "microcredit", "industry"]
    with pytest.raises(Invalid, match="已有"):
        assistance.create_plan(place.county, household.id)
    target = clock.china_today() + timedelta(days=90)
    measure = plan.measures[0]
    assistance.update_measure(place.officer, measure.id, assistance.MeasureInput(
        "education", "申请春季学期教育资助", "王老师", target, 40, "in_progress"))
    assert (measure.responsible, measure.target_date, measure.progress) == ("王老师", target, 40)
    with pytest.raises(Invalid, match="100"):
        assistance.update_measure(place.officer, measure.id, assistance.MeasureInput("education", status="done",
                                                                                     progress=80))
    with pytest.raises(NotFound):
        assistance.update_measure(place.outsider, measure.id, assistance.MeasureInput("education"))
    added = assistance.add_measure(place.county, plan.id, assistance.MeasureInput("housing", "危房改造", "村委"))
    assert added.plan_id == plan.id and measure.progress == 40


def test_a_measure_becomes_a_draft_need_for_the_household(place, factory):
    household = factory.make_household(place.village, main_cause="illness")
    plan = assistance.create_plan(place.officer, household.id)
    need = assistance.measure_to_need(place.officer, plan.measures[0].id, "常用降压药", "户主患高血压，需长期服药，药费负担重。",
                                      "12", "盒")
    assert (need.status, need.household_id, need.category) == ("draft", household.id, "medical")
    assert db.session.get(PlanMeasure, plan.measures[0].id).need_id == need.id
    with pytest.raises(Invalid, match="已转为需求"):
        assistance.measure_to_need(place.officer, plan.measures[0].id, "常用降压药", "再来一次的需求说明文字。", "1", "盒")
    with pytest.raises(Forbidden):  # offices do not post needs
        other = assistance.add_measure(place.county, plan.id, assistance.MeasureInput("medical"))
        assistance.measure_to_need(place.county, other.id, "常用降压药", "户主患高血压，需长期服药。", "1", "盒")
    assert db.session.scalar(select(func.count(Need.id))) == 1


def test_helpers_are_personal_data_and_assigning_one_gives_its_account_the_household(place, factory):
    account = factory.make_user("helper", region_code=factory.TOWNSHIP)
    helper = assistance.create_helper(place.county, assistance.HelperInput(
        factory.TOWNSHIP, "周建国", "威宁县农业局", "副局长", "13800001111", account.id))
    stored = db.session.execute(text("SELECT name, phone FROM helpers")).one()  # as stored, not decrypted
    assert "周建国" not in stored.name and "13800001111" not in stored.phone
    with pytest.raises(NotFound):
        assistance.create_helper(place.outsider, assistance.HelperInput(factory.TOWNSHIP, "李四"))
    with pytest.raises(Forbidden):
        assistance.create_helper(place.officer, assistance.HelperInput(factory.TOWNSHIP, "李四"))
    household = factory.make_household(place.village)
    assistance.assign_helper(place.officer, household.id, helper.id)
    assert (household.assigned_helper_id, household.helper_id) == (helper.id, account.id)
    page, rows = assistance.list_helpers(place.township)
    assert [(r.name, r.households, r.phone) for r in rows] == [("周建国", 1, "13800001111")]
    assert db.session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "helper.view_personal")) == 1
    far = assistance.create_helper(place.outsider, assistance.HelperInput(factory.OTHER_TOWNSHIP, "远方人"))
    with pytest.raises(Invalid, match="所属地区"):
        assistance.assign_helper(place.county, household.id, far.id)


def test_work_teams_and_the_villages_without_one(place, factory):
    other = factory.make_village()
    not_poor = factory.make_village(is_poor_village=False)
    today = clock.china_today()
    team = assistance.create_team(place.county, place.village.id, "贵州省财政厅", today - timedelta(days=400))
    assistance.add_team_member(place.county, team.id, "陈第一", "first_secretary", phone="13900002222")
    assistance.add_team_member(place.county, team.id, "刘队员", "member")
    with pytest.raises(Invalid, match="第一书记"):
        assistance.add_team_member(place.county, team.id, "另一个", "first_secretary")
    with pytest.raises(Forbidden):
        assistance.create_team(place.officer, place.village.id, "某单位", today)
    with pytest.raises(Invalid, match="撤离日期"):
        assistance.create_team(place.county, other.id, "某单位", today, today - timedelta(days=1))
    missing = [v.id for v in assistance.villages_without_team(place.township).items]
    assert missing == [other.id]
    assert not_poor.id in [v.id for v in assistance.villages_without_team(place.township, poor_only=False).items]
    assistance.end_team(place.county, team.id, today - timedelta(days=1))
    assert sorted(v.id for v in assistance.villages_without_team(place.township).items) == sorted([place.village.id, other.id])


def test_households_without_helper_or_plan_and_the_coverage_figure(place, factory):
    with_plan = factory.make_household(place.village)
    bare = factory.make_household(place.village)
    factory.make_household(place.village, status="exited")
    assistance.create_plan(place.officer, with_plan.id)
    assert [h.id for h in assistance.households_lacking(place.county, "plan").items] == [bare.id]
    assert sorted(h.id for h in assistance.households_lacking(place.county, "helper").items) == sorted([with_plan.id, bare.id])
    figure = assistance.coverage(place.county).payload
    assert (figure["households"], figure["with_plan"], figure["with_helper"]) == (2, 1, 0)
    assert assistance.households_lacking(place.outsider, "plan").total == 0


def test_exports_hold_the_scope_only_formula_safe_and_audited(place, factory, client, login_as):
    household = factory.make_household(place.village, head_name="=张三")
    plan = assistance.create_plan(place.officer, household.id)
    assistance.update_measure(place.officer, plan.measures[0].id, assistance.MeasureInput("medical", "=1+1", "王医生"))
    team = assistance.create_team(place.county, place.village.id, "省财政厅", clock.china_today())
    assistance.add_team_member(place.county, team.id, "陈第一", "first_secretary")
    assistance.create_helper(place.county, assistance.HelperInput(factory.TOWNSHIP, "周建国", "农业局"))
    assistance.create_helper(place.outsider, assistance.HelperInput(factory.OTHER_TOWNSHIP, "远方人"))
    login_as("office", office_level="county", region_code=factory.TOWNSHIP[:6])
    sheets = {}
    for what in ("plans", "teams", "helpers"):
        response = client.get(f"/assistance/export/{what}.xlsx")
        assert response.status_code == 200
        sheets[what] = [list(r) for r in load_workbook(io.BytesIO(response.data)).active.iter_rows(values_only=True)]
    assert sheets["plans"][1][2] == "'=张三" and sheets["plans"][1][4] == "'=1+1"
    assert [r[5] for r in sheets["teams"][1:]] == ["陈第一"]
    assert [r[1] for r in sheets["helpers"][1:]] == ["周建国"]
    actions = set(db.session.scalars(select(AuditLog.action).where(AuditLog.action.like("%.export"))))
    assert actions == {"plans.export", "teams.export", "helpers.export"}


def test_the_plan_page_creates_a_plan_and_a_donor_sees_nothing(place, factory, client, login_as):
    household = factory.make_household(place.village, main_cause="lack_skills")
    login_as("village_officer", village_id=place.village.id)
    assert "按致贫原因生成帮扶计划" in client.get(f"/assistance/households/{household.id}/plan").get_data(as_text=True)
    assert client.post(f"/assistance/households/{household.id}/plan").status_code == 302
    html = client.get(f"/assistance/households/{household.id}/plan").get_data(as_text=True)
    assert "雨露计划" in html and "转为平台需求" in html


def test_households_without_a_plan_are_listed_page_by_page_at_3000(place, client, login_as):
    all_ids = _bulk_households(place.village, 3000)
    login_as("office", office_level="county", region_code=place.village.code[:6])
    seen, link, pages = [], "/assistance/?show=no_plan", 0
    while link:  # 100 a page, following 下一页 (a keyset cursor) as a visitor does
        html = client.get(link).get_data(as_text=True)
        pages += 1
        seen.extend(int(x) for x in re.findall(r'/assistance/households/(\d+)/plan', html))
        following = re.search(r'rel="next" href="([^"#]+)"', html)
        link = htmlmod.unescape(following.group(1)) if following else None
    assert "1000 条以上" in html and "第 30 页" in html and pages == 30
    assert sorted(seen) == sorted(all_ids) and len(seen) == 3000
    by_number = client.get("/assistance/", query_string={"show": "no_plan", "page": 30}).get_data(as_text=True)
    assert re.findall(r'/assistance/households/(\d+)/plan', by_number) == [str(i) for i in seen[-100:]]


def test_the_cli_exports_teams_of_an_account_scope_with_a_progress_bar(app, place, factory, tmp_path):
    team = assistance.create_team(place.county, place.village.id, "省财政厅", clock.china_today())
    assistance.add_team_member(place.county, team.id, "陈第一", "first_secretary")
    assistance.add_team_member(place.county, team.id, "刘队员", "member")
    out = tmp_path / "teams.xlsx"
    runner = app.test_cli_runner()
    result = runner.invoke(args=["assistance", "export", "teams", "--user", place.county.username, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "导出驻村工作队" in result.output and "exported 2 rows" in result.output
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert [r[5] for r in rows[1:]] == ["陈第一", "刘队员"]
    outsider = runner.invoke(args=["assistance", "export", "teams", "--user", place.outsider.username,
                                   "--out", str(tmp_path / "none.xlsx")])
    assert "exported 0 rows" in outsider.output
    refused = runner.invoke(args=["assistance", "export", "teams", "--user", "nobody", "--out", str(out)])
    assert refused.exit_code != 0 and "不存在" in refused.output


def test_helper_accounts_become_helper_records_of_their_households_once(place, factory):
    account = factory.make_user("helper", region_code=factory.TOWNSHIP, display_name="吴帮扶")
    household = factory.make_household(place.village, helper_id=account.id)
    other = factory.make_household(place.village)
    assert assistance.helpers_from_accounts() == 1
    assert assistance.helpers_from_accounts() == 0
    db.session.expire_all()
    helper = db.session.get(type(household), household.id).assigned_helper
    assert (helper.name, helper.user_id, helper.region_code) == ("吴帮扶", account.id, factory.TOWNSHIP)
    assert db.session.get(type(other), other.id).assigned_helper_id is None
