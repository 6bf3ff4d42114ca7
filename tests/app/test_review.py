"""Review: the queue per office and level, oldest first, waiting times, duplicates, review records."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from app.extensions import db
from app.models import ReviewRecord
from app.models._types import utcnow
from app.services import review


def _pending(factory, village=None, household=None, level=0, waited_hours=1, **kw):
    need = factory.make_need(village=village, household=household, status="pending", **kw)
    need.review_level = level
    need.submitted_at = utcnow() - timedelta(hours=waited_hours)
    db.session.commit()
    return need


def test_queue_shows_only_the_office_level_and_region_oldest_first(factory):
    village = factory.make_village()
    newer = _pending(factory, village, title="新近提交的需求", waited_hours=2)
    older = _pending(factory, village, title="较早提交的需求", waited_hours=50)
    _pending(factory, village, title="已到县级的需求", level=1)
    _pending(factory, factory.make_village(factory.OTHER_TOWNSHIP), title="别的乡镇的需求")
    township = factory.make_user("office", office_level="township")
    items = review.queue(township)
    assert [i.need.id for i in items] == [older.id, newer.id]
    assert items[0].waited_label.startswith("2天")


def test_county_queue_holds_needs_approved_by_the_township(factory):
    need = _pending(factory, level=1)
    county = factory.make_user("office", office_level="county")
    assert [i.need.id for i in review.queue(county)] == [need.id]


def test_an_office_of_an_unconfigured_level_has_an_empty_queue(factory):
    _pending(factory)
    prefecture = factory.make_user("office", office_level="prefecture")
    assert review.queue(prefecture) == []


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
