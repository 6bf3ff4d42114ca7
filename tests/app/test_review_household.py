"""The review page shows the household behind a need, and on a resubmitted need the earlier rejection."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from app.extensions import db
from app.models import AuditLog, HouseholdMember
from app.models._types import utcnow
from app.services import needs as needs_service


def _pending(factory, **kw):
    need = factory.make_need(status="pending", **kw)
    need.submitted_at = utcnow() - timedelta(hours=1)
    db.session.commit()
    return need


def test_the_reviewer_sees_the_household_its_members_past_needs_and_help_received(client, factory, login_as):
    helper = factory.make_user("helper", region_code=factory.TOWNSHIP, display_name="帮扶人老周")
    household = factory.make_household(head_name="李四军", income_per_capita=2600, main_cause="illness",
                                       other_causes=["lack_skills"], members_count=2, helper_id=helper.id)
    db.session.add(HouseholdMember(household_id=household.id, name="王秀英", relation="配偶", gender="female",
                                   birth_year=1982))
    db.session.commit()
    earlier = factory.make_need(household=household, title="春耕化肥种子", status="completed", unit="袋")
    factory.make_pledge(earlier, donor=factory.make_user("donor", display_name="爱心人士甲"), quantity=4,
                        status="completed", received_at=utcnow())
    need = _pending(factory, household=household, title="冬季棉衣被褥")
    login_as("office", office_level="township")
    page = client.get(f"/review/{need.id}").get_data(as_text=True)
    panel = page.split('id="household-panel"')[1]
    for shown in ("李四军户", "在档", "因病、缺技术", "2,600 元", "王秀英（配偶，1982年生）", "帮扶人老周",
                  "暂无帮扶计划", "春耕化肥种子", "4 袋，来自爱心人士甲", f'href="/registry/{household.id}"'):
        assert shown in panel, shown
    assert panel.count('href="/registry/') == 1
    assert "冬季棉衣被褥（" not in panel.split('id="past-needs"')[1].split("</ul>")[0]  # not itself
    assert db.session.scalar(select(func.count(AuditLog.id)).where(
        AuditLog.action == "household.view_personal", AuditLog.object_id == str(household.id))) == 1


def test_a_need_of_a_village_has_no_household_panel(client, factory, login_as):
    need = _pending(factory)
    login_as("office", office_level="township")
    page = client.get(f"/review/{need.id}").get_data(as_text=True)
    assert 'id="household-panel"' not in page and 'id="earlier-rejection"' not in page


def test_a_resubmitted_need_shows_the_earlier_rejection_with_who_and_why(client, factory, login_as):
    household = factory.make_household()
    need = _pending(factory, household=household)
    township = login_as("office", office_level="township", display_name="乡镇审核员小刘")
    response = client.post(f"/review/{need.id}/reject", data={"reason": "数量与家庭人口不符，请核实"})
    assert response.status_code == 302
    needs_service.submit(need.posted_by, need)
    page = client.get(f"/review/{need.id}").get_data(as_text=True)
    notice = page.split('id="earlier-rejection"')[1].split("</div>")[0]
    assert "数量与家庭人口不符，请核实" in notice and "乡镇审核员小刘" in notice and "乡镇审核" in notice
    assert township.id


def test_a_resubmitted_need_shows_what_changed_since_the_rejection(client, factory, login_as):
    from decimal import Decimal

    household = factory.make_household()
    need = _pending(factory, household=household, title="冬季棉衣被褥", quantity=Decimal("6"), unit="件")
    login_as("office", office_level="township")
    client.post(f"/review/{need.id}/reject", data={"reason": "数量与家庭人口不符，请核实"})
    needs_service.submit(need.posted_by, need)
    page = client.get(f"/review/{need.id}").get_data(as_text=True)
    unchanged = page.split('id="earlier-rejection"')[1].split("</div>")[0]
    assert "退回后未作任何修改" in unchanged
    client.post(f"/review/{need.id}/reject", data={"reason": "仍不符，请核实家庭人口"})
    db.session.refresh(need)
    needs_service.update_need(need.posted_by, need, needs_service.NeedInput(
        beneficiary=f"h{household.id}", category=need.category, kind=need.kind, title="冬季棉衣三件",
        description=need.description, quantity="3", unit="件", urgency=need.urgency, deadline=need.deadline))
    needs_service.submit(need.posted_by, need)
    page = client.get(f"/review/{need.id}").get_data(as_text=True)
    table = page.split('id="changes-since"')[1].split("</table>")[0]
    assert "冬季棉衣被褥" in table and "冬季棉衣三件" in table
    assert "<td>数量</td><td class=\"text-preline\"><del>6</del></td><td class=\"text-preline\"><ins>3</ins></td>" in table
    assert "需求说明" not in table and "仍不符" in page


def test_the_household_panel_lists_its_plan(client, factory, login_as):
    from app.services import assistance

    household = factory.make_household(main_cause="illness")
    officer = factory.make_user("village_officer", village_id=household.village_id)
    assistance.create_plan(officer, household.id)
    need = _pending(factory, household=household)
    login_as("office", office_level="township")
    page = client.get(f"/review/{need.id}").get_data(as_text=True)
    assert "医疗救助（未开始，0%）" in page.split('id="household-plan"')[1].split("</dd>")[0]
