"""The need's whole life driven through the real forms: posting, review, pledging, delivery, receipt, thanks."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from app.extensions import db
from app.models import AuditLog, Feedback, Need, Notification, Pledge, ReviewRecord
from app.services import jobs
from tests.app.needlife import jpeg_with_exif, make_world, need_form, png_bytes, sign_in


def _newest_need() -> Need:
    db.session.expire_all()
    return db.session.scalars(select(Need).order_by(Need.id.desc())).first()


def _reload(obj):
    db.session.expire_all()
    return db.session.get(type(obj), obj.id)


def _post_and_publish(client, w, **overrides) -> Need:
    sign_in(client, w.officer)
    response = client.post("/work/needs/new", data=need_form(f"h{w.household.id}", **overrides))
    assert response.status_code == 302, response.get_data(as_text=True)
    need = _newest_need()
    assert need.status == "pending" and need.review_level == 0
    sign_in(client, w.township)
    assert client.post(f"/review/{need.id}/approve").status_code == 302
    assert _reload(need).status == "pending" and _reload(need).review_level == 1
    sign_in(client, w.county)
    assert client.post(f"/review/{need.id}/approve").status_code == 302
    need = _reload(need)
    assert need.status == "published" and need.published_at is not None
    return need


def _pledge(client, donor, need, quantity) -> Pledge:
    sign_in(client, donor)
    response = client.post(f"/needs/{need.id}/pledge", data={"quantity": str(quantity), "offer_id": ""})
    assert response.status_code == 302, response.get_data(as_text=True)
    return db.session.scalars(select(Pledge).where(Pledge.donor_id == donor.id).order_by(Pledge.id.desc())).first()


def test_goods_need_goes_from_posting_to_thanks_through_the_forms(client, factory):
    w = make_world()
    sign_in(client, w.officer)
    data = need_form(f"h{w.household.id}")
    data["photos"] = [(io.BytesIO(jpeg_with_exif()), "coat.jpg"), (io.BytesIO(png_bytes()), "bed.png")]
    response = client.post("/work/needs/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 302
    need = _newest_need()
    assert need.status == "pending" and len(need.photos) == 2
    assert db.session.scalar(select(func.count(Notification.id)).where(Notification.user_id == w.township.id)) == 1

    sign_in(client, w.township)
    queue = client.get("/review").get_data(as_text=True)
    assert "冬季棉衣被褥" in queue and "小时" in queue
    assert "疑似重复" in client.get(f"/review/{need.id}").get_data(as_text=True)
    client.post(f"/review/{need.id}/approve")
    sign_in(client, w.county)
    assert "冬季棉衣被褥" in client.get("/review").get_data(as_text=True)
    client.post(f"/review/{need.id}/approve")
    need = _reload(need)
    assert need.status == "published"
    assert [r.decision for r in need.reviews] == ["approve", "approve"]

    public = client.get(f"/needs/{need.id}").get_data(as_text=True)
    assert "王*国" in public and "王建国" not in public and w.household.id_number not in public
    assert "我要认领" in public

    first = _pledge(client, w.donor, need, 6)
    detail = client.get(f"/pledges/{first.id}").get_data(as_text=True)
    assert "威宁县某某镇某某村村委会" in detail and "13800001111" in detail
    assert w.household.id_number not in detail and w.household.phone not in detail
    assert _reload(need).status == "published" and _reload(need).pledged_quantity == Decimal(6)
    second = _pledge(client, w.donor2, need, 4)
    assert _reload(need).status == "pledged"

    sign_in(client, w.donor)
    assert client.post(f"/pledges/{first.id}/ship", data={"method": "express", "carrier": "顺丰速运",
                                                         "tracking_number": "SF1234567890"}).status_code == 302
    sign_in(client, w.donor2)
    assert client.post(f"/pledges/{second.id}/ship", data={"method": "in_person",
                                                          "handover_date": "2026-12-01"}).status_code == 302
    assert _reload(need).status == "delivered"

    sign_in(client, w.officer)
    assert client.post(f"/work/pledges/{first.id}/receive").status_code == 302
    assert _reload(need).status == "delivered"
    assert client.post(f"/work/pledges/{second.id}/receive").status_code == 302
    assert _reload(need).status == "completed"
    assert {_reload(first).status, _reload(second).status} == {"completed"}

    thanks = {"pledge_id": "", "text": "感谢各位爱心人士，老人们穿上了新棉衣！",
              "photos": [(io.BytesIO(png_bytes()), "thanks.png")]}
    assert client.post(f"/work/needs/{need.id}/thanks", data=thanks,
                       content_type="multipart/form-data").status_code == 302
    assert db.session.scalar(select(func.count(Feedback.id))) == 1
    sign_in(client, w.donor)
    public = client.get(f"/needs/{need.id}").get_data(as_text=True)
    assert "老人们穿上了新棉衣" in public
    certificate = client.get(f"/pledges/{first.id}/certificate").get_data(as_text=True)
    assert "荣誉证书" in certificate and "爱心人士甲" in certificate
    history = client.get("/my/pledges").get_data(as_text=True)
    assert "冬季棉衣被褥" in history and "荣誉证书" in history


def test_cash_need_is_pledged_transferred_received_and_completed(client, factory):
    w = make_world()
    need = _post_and_publish(client, w, kind="cash", category="education", quantity="3000",
                             title="孩子上学的学费", description="孩子考上高中，家里凑不齐第一学期学费。")
    assert need.unit == "元"
    record = _pledge(client, w.donor, need, 3000)
    assert _reload(need).status == "pledged"
    assert client.post(f"/pledges/{record.id}/ship", data={"method": "transfer", "carrier": "银行转账",
                                                          "tracking_number": "TX20261201"}).status_code == 302
    sign_in(client, w.officer)
    client.post(f"/work/pledges/{record.id}/receive")
    assert _reload(need).status == "completed"


def test_service_need_is_handed_over_in_person_and_completed(client, factory):
    w = make_world()
    need = _post_and_publish(client, w, kind="service", category="employment", quantity="1", unit="次",
                             title="种植技术培训一次", description="希望有农技人员到村里讲授高山蔬菜种植技术。")
    record = _pledge(client, w.donor, need, 1)
    client.post(f"/pledges/{record.id}/ship", data={"method": "in_person", "handover_date": "2026-12-05"})
    sign_in(client, w.officer)
    client.post(f"/work/pledges/{record.id}/receive")
    assert _reload(need).status == "completed"


def test_cash_need_above_the_category_ceiling_is_refused_and_nothing_is_saved(client, factory):
    w = make_world()
    sign_in(client, w.officer)
    response = client.post("/work/needs/new", data=need_form(f"h{w.household.id}", kind="cash", category="living",
                                                             quantity="5001"))
    assert response.status_code == 200
    assert "不能超过5000元" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Need.id))) == 0


def test_a_too_short_title_is_refused_with_a_chinese_message(client, factory):
    w = make_world()
    sign_in(client, w.officer)
    response = client.post("/work/needs/new", data=need_form(f"h{w.household.id}", title="棉衣"))
    assert "标题应为4–30个字" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Need.id))) == 0


def test_an_exited_household_cannot_be_a_beneficiary(client, factory):
    w = make_world()
    exited = factory.make_household(w.village, status="exited")
    sign_in(client, w.officer)
    response = client.post("/work/needs/new", data=need_form(f"h{exited.id}"))
    assert db.session.scalar(select(func.count(Need.id))) == 0
    assert response.status_code == 200


def test_a_household_may_have_at_most_three_open_needs(client, factory):
    w = make_world()
    sign_in(client, w.officer)
    for n in range(3):
        client.post("/work/needs/new", data=need_form(f"h{w.household.id}", title=f"第{n}条生活物资需求",
                                                       action="save"))
    response = client.post("/work/needs/new", data=need_form(f"h{w.household.id}", title="第四条生活物资需求"))
    assert "不能超过3条" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Need.id))) == 3


def test_a_village_need_can_be_posted_for_the_village_itself(client, factory):
    w = make_world()
    need = None
    sign_in(client, w.officer)
    client.post("/work/needs/new", data=need_form(f"v{w.village.id}", category="infrastructure",
                                                   title="村道路灯十盏", description="村里主干道没有路灯，夜间出行不安全。"))
    need = _newest_need()
    assert need.beneficiary_type == "village" and need.household_id is None


def test_rejected_need_shows_the_reason_and_can_be_edited_and_resubmitted(client, factory):
    w = make_world()
    sign_in(client, w.officer)
    client.post("/work/needs/new", data=need_form(f"h{w.household.id}"))
    need = _newest_need()
    sign_in(client, w.township)
    response = client.post(f"/review/{need.id}/reject", data={"reason": ""})
    assert response.status_code == 400 and _reload(need).status == "pending"
    client.post(f"/review/{need.id}/reject", data={"reason": "请补充老人的年龄和具体尺码"})
    need = _reload(need)
    assert need.status == "rejected"
    assert db.session.scalar(select(ReviewRecord.reason).where(ReviewRecord.need_id == need.id)) == \
        "请补充老人的年龄和具体尺码"
    assert db.session.scalar(select(func.count(Notification.id)).where(
        Notification.user_id == w.officer.id, Notification.kind == "need.rejected")) == 1

    sign_in(client, w.officer)
    assert "请补充老人的年龄和具体尺码" in client.get(f"/work/needs/{need.id}").get_data(as_text=True)
    response = client.post(f"/work/needs/{need.id}/edit", data=need_form(
        f"h{w.household.id}", description="两位老人75岁和78岁，需要XL码棉衣各一件、棉被八床。"))
    assert response.status_code == 302
    need = _reload(need)
    assert need.status == "pending" and need.review_level == 0 and "78岁" in need.description


def test_county_rejection_sends_the_need_back_to_the_poster_and_then_to_township_again(client, factory):
    w = make_world()
    sign_in(client, w.officer)
    client.post("/work/needs/new", data=need_form(f"h{w.household.id}"))
    need = _newest_need()
    sign_in(client, w.township)
    client.post(f"/review/{need.id}/approve")
    sign_in(client, w.county)
    client.post(f"/review/{need.id}/reject", data={"reason": "与该户上月需求重复"})
    assert _reload(need).status == "rejected"
    sign_in(client, w.officer)
    client.post(f"/work/needs/{need.id}/submit")
    need = _reload(need)
    assert need.status == "pending" and need.review_level == 0


def test_donor_cancels_before_shipping_and_the_quantity_returns(client, factory):
    w = make_world()
    need = _post_and_publish(client, w)
    record = _pledge(client, w.donor, need, 10)
    assert _reload(need).status == "pledged"
    assert client.post(f"/pledges/{record.id}/cancel").status_code == 302
    need = _reload(need)
    assert need.status == "published" and need.pledged_quantity == 0
    assert _reload(record).status == "cancelled"


def test_a_shipped_pledge_cannot_be_cancelled(client, factory):
    w = make_world()
    need = _post_and_publish(client, w)
    record = _pledge(client, w.donor, need, 3)
    client.post(f"/pledges/{record.id}/ship", data={"method": "express", "carrier": "EMS", "tracking_number": "E1"})
    assert client.post(f"/pledges/{record.id}/cancel").status_code == 409
    assert _reload(record).status == "shipped" and _reload(need).pledged_quantity == 3


def test_pledging_more_than_remains_gets_the_clear_answer(client, factory):
    w = make_world()
    need = _post_and_publish(client, w)
    _pledge(client, w.donor, need, 8)
    sign_in(client, w.donor2)
    response = client.post(f"/needs/{need.id}/pledge", data={"quantity": "3", "offer_id": ""})
    assert response.status_code == 409
    assert "该需求剩余数量不足，已被其他爱心人士认领" in response.get_data(as_text=True)
    assert _reload(need).pledged_quantity == 8


def test_unshipped_pledge_expires_and_its_quantity_returns_to_the_need(client, factory):
    w = make_world()
    need = _post_and_publish(client, w)
    record = _pledge(client, w.donor, need, 10)
    record.created_at = record.created_at - timedelta(days=16)
    db.session.commit()
    report = jobs.run()
    assert report.pledges_expired == 1
    assert _reload(record).status == "expired"
    need = _reload(need)
    assert need.status == "published" and need.pledged_quantity == 0
    assert db.session.scalar(select(func.count(Notification.id)).where(
        Notification.user_id == w.donor.id, Notification.kind == "pledge.expired")) == 1


def test_need_whose_deadline_passed_unpledged_expires_and_can_be_edited_and_resubmitted(client, factory):
    w = make_world()
    need = _post_and_publish(client, w)
    need.deadline = date.today() - timedelta(days=1)
    db.session.commit()
    assert jobs.run().needs_expired == 1
    assert _reload(need).status == "expired"
    sign_in(client, w.officer)
    response = client.post(f"/work/needs/{need.id}/edit", data=need_form(f"h{w.household.id}",
                                                                          deadline="2099-06-01"))
    assert response.status_code == 302
    assert _reload(need).status == "pending"


def test_household_exit_closes_open_needs_and_tells_the_donors(client, factory):
    w = make_world()
    need = _post_and_publish(client, w)
    record = _pledge(client, w.donor, need, 4)
    sign_in(client, w.officer)
    assert client.post(f"/registry/{w.household.id}/exit").status_code == 302
    assert _reload(need).status == "closed"
    assert _reload(record).status == "cancelled"
    assert _reload(w.household).status == "exited"
    assert db.session.scalar(select(func.count(Notification.id)).where(
        Notification.user_id == w.donor.id, Notification.kind == "need.closed")) == 1


def test_every_step_of_the_life_is_audited(client, factory):
    w = make_world()
    need = _post_and_publish(client, w)
    record = _pledge(client, w.donor, need, 10)
    client.post(f"/pledges/{record.id}/ship", data={"method": "express", "carrier": "EMS", "tracking_number": "E9"})
    sign_in(client, w.officer)
    client.post(f"/work/pledges/{record.id}/receive")
    actions = set(db.session.scalars(select(AuditLog.action)))
    assert {"need.create", "need.submit", "need.approve", "need.publish", "pledge.create", "pledge.ship",
            "pledge.receive", "need.deliver", "need.complete"} <= actions


def test_notification_centre_counts_unread_and_marks_them_read(client, factory):
    w = make_world()
    sign_in(client, w.officer)
    client.post("/work/needs/new", data=need_form(f"h{w.household.id}"))
    sign_in(client, w.township)
    page = client.get("/notifications/").get_data(as_text=True)
    assert "等待乡镇扶贫办审核" in page and 'id="unread-count">1<' in page
    assert 'id="nav-notifications">消息 <span' in client.get("/").get_data(as_text=True)
    client.post("/notifications/read-all")
    assert 'id="unread-count">0<' in client.get("/notifications/").get_data(as_text=True)


def test_an_office_of_another_county_does_not_see_the_need_in_its_queue(client, factory):
    w = make_world()
    sign_in(client, w.officer)
    client.post("/work/needs/new", data=need_form(f"h{w.household.id}"))
    need = _newest_need()
    other = factory.make_user("office", office_level="township", region_code=factory.OTHER_TOWNSHIP)
    sign_in(client, other)
    assert "冬季棉衣被褥" not in client.get("/review").get_data(as_text=True)
    assert client.post(f"/review/{need.id}/approve").status_code == 404
    assert _reload(need).review_level == 0


def test_a_helper_posts_for_an_assigned_household_only(client, factory):
    w = make_world()
    helper = factory.make_user("helper")
    assigned = factory.make_household(w.village, helper_id=helper.id)
    sign_in(client, helper)
    assert client.post("/work/needs/new", data=need_form(f"h{w.household.id}")).status_code == 200
    assert db.session.scalar(select(func.count(Need.id))) == 0
    assert client.post("/work/needs/new", data=need_form(f"h{assigned.id}")).status_code == 302
    assert _newest_need().household_id == assigned.id


def test_an_unverified_organisation_member_cannot_pledge(client, factory, login_as):
    need = factory.make_need()
    login_as("org_member", organisation_id=factory.make_organisation(verified=False).id)
    response = client.post(f"/needs/{need.id}/pledge", data={"quantity": "1", "offer_id": ""})
    assert response.status_code == 403
    assert _reload(need).pledged_quantity == 0
