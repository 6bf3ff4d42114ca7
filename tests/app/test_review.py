"""Review: the queue per office and level, oldest first, waiting times, duplicates, review records."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from app.extensions import db
from app.models import ReviewRecord
from app.models._types import utcnow
from app.services import review, review_queue


def _pending(factory, village=None, household=None, level=0, waited_hours=1, **kw):
    need = factory.make_need(village=village, household=household, status="pending", **kw)
    need.review_level = level
    need.submitted_at = need.level_since = utcnow() - timedelta(hours=waited_hours)
    db.session.commit()
    return need


def test_queue_shows_only_the_office_level_and_region_oldest_first(factory):
    village = factory.make_village()
    newer = _pending(factory, village, title="新近提交的需求", waited_hours=2)
    older = _pending(factory, village, title="较早提交的需求", waited_hours=50)
    _pending(factory, village, title="已到县级的需求", level=1)
    _pending(factory, factory.make_village(factory.OTHER_TOWNSHIP), title="别的乡镇的需求")
    township = factory.make_user("office", office_level="township")
    items = review_queue.queue(township)
    assert [i.need.id for i in items] == [older.id, newer.id]
    assert items[0].waited_label.startswith("2天")


def test_county_queue_holds_needs_approved_by_the_township(factory):
    need = _pending(factory, level=1)
    county = factory.make_user("office", office_level="county")
    assert [i.need.id for i in review_queue.queue(county)] == [need.id]


def test_an_office_of_an_unconfigured_level_has_an_empty_queue(factory):
    _pending(factory)
    prefecture = factory.make_user("office", office_level="prefecture")
    assert review_queue.queue(prefecture) == []


def test_review_levels_come_from_configuration(app, factory):
    need = _pending(factory)
    county = factory.make_user("office", office_level="county")
    app.config["REVIEW_LEVELS"] = ["county"]
    try:
        review.approve(county, need)
        assert need.status == "published"
    finally:
        app.config["REVIEW_LEVELS"] = ["township", "county"]


def test_each_decision_is_a_review_record(factory):
    need = _pending(factory)
    township = factory.make_user("office", office_level="township")
    review.reject(township, need, "照片不清楚")
    record = db.session.scalar(select(ReviewRecord))
    assert (record.level, record.decision, record.reason, record.reviewer_id) == \
        ("township", "reject", "照片不清楚", township.id)


def test_near_identical_text_of_the_same_household_is_flagged_as_a_duplicate(factory):
    household = factory.make_household()
    first = factory.make_need(household=household, title="冬季棉衣被褥", description="家中老人过冬缺少棉衣和棉被。")
    again = _pending(factory, household=household, title="冬季棉衣被褥", description="家中老人过冬缺少棉衣和棉被！！")
    found = review.likely_duplicates(again)
    assert [d.need.id for d in found] == [first.id] and found[0].same_beneficiary and found[0].ratio >= 0.9


def test_a_different_need_of_the_same_village_is_not_a_duplicate(factory):
    village = factory.make_village()
    factory.make_need(village=village, title="村道路灯十盏", description="村里主干道没有路灯，夜间出行不安全。")
    other = _pending(factory, village, title="冬季棉衣被褥", description="家中老人过冬缺少棉衣和棉被。")
    assert review.likely_duplicates(other) == []


def test_the_same_text_in_another_village_is_not_flagged(factory):
    factory.make_need(village=factory.make_village(), title="冬季棉衣被褥", description="家中老人过冬缺少棉衣和棉被。")
    need = _pending(factory, factory.make_village(), title="冬季棉衣被褥", description="家中老人过冬缺少棉衣和棉被。")
    assert review.likely_duplicates(need) == []


def test_review_page_lists_the_duplicates_before_the_decision(client, factory, login_as):
    household = factory.make_household()
    factory.make_need(household=household, title="冬季棉衣被褥", description="家中老人过冬缺少棉衣和棉被。")
    need = _pending(factory, household=household, title="冬季棉衣被褥", description="家中老人过冬缺少棉衣和棉被。")
    login_as("office", office_level="township")
    page = client.get(f"/review/{need.id}").get_data(as_text=True)
    assert 'id="duplicates"' in page and "同一受助对象" in page


def test_approval_tells_the_next_level_offices(factory):
    need = _pending(factory)
    township = factory.make_user("office", office_level="township")
    county = factory.make_user("office", office_level="county")
    review.approve(township, need)
    from app.models import Notification

    assert db.session.scalar(select(func.count(Notification.id)).where(Notification.user_id == county.id)) == 1


def test_a_donor_cannot_open_the_review_queue(client, login_as):
    login_as("donor")
    assert client.get("/review").status_code == 403


def test_the_queue_page_filters_by_village_category_and_waiting_time(client, login_as, factory):
    one, two = factory.make_village(name="上寨村"), factory.make_village(name="下寨村")
    _pending(factory, one, title="上寨村的教育需求", category="education", waited_hours=100)
    _pending(factory, one, title="上寨村的生活需求", category="living", waited_hours=2)
    _pending(factory, two, title="下寨村的教育需求", category="education", waited_hours=2)
    login_as("office", office_level="township")
    everything = client.get("/review").get_data(as_text=True)
    assert all(t in everything for t in ("上寨村的教育需求", "上寨村的生活需求", "下寨村的教育需求"))
    by_village = client.get(f"/review?village={one.id}").get_data(as_text=True)
    assert "上寨村的生活需求" in by_village and "下寨村的教育需求" not in by_village
    by_category = client.get("/review?category=education").get_data(as_text=True)
    assert "下寨村的教育需求" in by_category and "上寨村的生活需求" not in by_category
    waited = client.get("/review?waited=3").get_data(as_text=True)
    assert "上寨村的教育需求" in waited and "上寨村的生活需求" not in waited and "下寨村的教育需求" not in waited
    bad = client.get("/review?waited=2&category=nonsense")
    assert bad.status_code == 400 and "无效" in bad.get_data(as_text=True)


def test_the_queue_links_a_household_need_to_its_household(client, login_as, factory):
    village = factory.make_village()
    household = factory.make_household(village)
    _pending(factory, village, household=household, title="户的需求")
    login_as("office", office_level="township")
    assert f'href="/registry/{household.id}"' in client.get("/review").get_data(as_text=True)


def test_batch_approval_checks_each_need_and_reports_each(client, login_as, factory):
    village = factory.make_village()
    first = _pending(factory, village, title="第一条批量需求")
    second = _pending(factory, village, title="第二条批量需求")
    at_county = _pending(factory, village, title="已在县级的需求", level=1)
    login_as("office", office_level="township")
    response = client.post("/review/approve", data={"need_ids": [first.id, second.id, at_county.id, "424242"]},
                           follow_redirects=True)
    html = response.get_data(as_text=True)
    db.session.expire_all()
    assert first.review_level == 1 and second.review_level == 1 and at_county.review_level == 1
    assert "“第一条批量需求”已审核通过，转县扶贫办审核" in html and "“第二条批量需求”已审核通过" in html
    assert f"需求 #{at_county.id}：该需求不在您的待审队列中" in html and "需求 #424242：" in html
    assert db.session.scalar(select(func.count(ReviewRecord.id))) == 2


def test_batch_approval_refuses_an_empty_or_bad_selection_and_changes_nothing(client, login_as, factory):
    need = _pending(factory)
    login_as("office", office_level="township")
    for data in ({}, {"need_ids": ["x1"]}):
        html = client.post("/review/approve", data=data, follow_redirects=True).get_data(as_text=True)
        assert "请至少选择一条需求" in html or "所选需求无效" in html
    db.session.expire_all()
    assert need.review_level == 0 and db.session.scalar(select(func.count(ReviewRecord.id))) == 0


def test_batch_approval_is_for_offices_only(client, login_as, factory):
    need = _pending(factory)
    login_as("donor")
    assert client.post("/review/approve", data={"need_ids": [need.id]}).status_code == 403


def test_the_need_page_names_the_reviewing_office_and_links_the_household(client, login_as, factory):
    village = factory.make_village()
    household = factory.make_household(village)
    need = _pending(factory, village, household=household, title="户的棉被需求")
    township = factory.make_user("office", office_level="township")
    review.approve(township, need)
    login_as("office", office_level="county")
    html = client.get(f"/work/needs/{need.id}").get_data(as_text=True)
    assert 'id="need-status">县扶贫办审核中<' in html and "乡镇扶贫办审核 · 通过" in html
    assert 'id="household-link">' in html and f'href="/registry/{household.id}"' in html
