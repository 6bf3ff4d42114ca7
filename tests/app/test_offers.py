"""Offers through the real forms: posting, every state change, the public list and page, the office tools."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.errors import Conflict
from app.models import AuditLog, Match, Notification, Offer
from app.services import offers
from tests.app.supply import offer_form


def _offer_count(db) -> int:
    return db.session.scalar(select(func.count(Offer.id)))


# --- posting -----------------------------------------------------------------------------------------


def test_a_donor_posts_an_offer_through_the_form_and_it_is_active_with_its_categories_and_regions(
    client, db, login_as
):
    donor = login_as("donor")
    response = client.post(
        "/offers/new",
        data=offer_form(
            categories=["living", "education"],
            target_regions=["52", "5326", "532622"],
            per_beneficiary_cap="5",
        ),
    )
    assert response.status_code == 302
    offer = db.session.scalar(select(Offer))
    assert response.headers["Location"].endswith(f"/offers/{offer.id}")
    assert (offer.status, offer.poster_id, offer.organisation_id) == ("active", donor.id, None)
    assert (offer.quantity, offer.remaining, offer.per_beneficiary_cap) == (
        Decimal(200),
        Decimal(200),
        Decimal(5),
    )
    assert sorted(offer.categories) == ["education", "living"]
    # 532622 lies inside 5326, so only the outer choice is kept.
    assert sorted(offer.regions) == ["52", "5326"]
    assert db.session.scalar(select(AuditLog).where(AuditLog.action == "offer.post")) is not None


def test_a_cash_offer_is_counted_in_yuan_whatever_unit_was_typed(client, db, login_as):
    login_as("donor")
    client.post(
        "/offers/new", data=offer_form(kind="cash", quantity="50000.50", unit="箱", categories=["education"])
    )
    offer = db.session.scalar(select(Offer))
    assert (offer.kind, offer.unit, offer.quantity) == ("cash", "元", Decimal("50000.50"))


def test_a_service_offer_keeps_its_service_type(client, db, login_as):
    login_as("donor")
    client.post(
        "/offers/new",
        data=offer_form(
            kind="service", service_type="jobs", quantity="30", unit="个", categories=["employment"]
        ),
    )
    offer = db.session.scalar(select(Offer))
    assert (offer.kind, offer.service_type) == ("service", "jobs")


def test_a_member_of_a_verified_organisation_posts_on_its_behalf(client, db, factory, login_as):
    org = factory.make_organisation("enterprise", verified=True)
    login_as("org_member", organisation_id=org.id)
    assert client.post("/offers/new", data=offer_form()).status_code == 302
    assert db.session.scalar(select(Offer)).organisation_id == org.id


def test_a_member_of_an_unverified_organisation_may_not_post_and_nothing_is_stored(
    client, db, factory, login_as
):
    org = factory.make_organisation("enterprise", verified=False)
    login_as("org_member", organisation_id=org.id)
    response = client.post("/offers/new", data=offer_form())
    assert response.status_code == 403
    assert "认证" in response.get_data(as_text=True)
    assert _offer_count(db) == 0


@pytest.mark.parametrize("role", ["village_officer", "helper", "office"])
def test_staff_and_village_roles_may_not_post_offers(client, db, login_as, role):
    login_as(role)
    assert client.post("/offers/new", data=offer_form()).status_code == 403
    assert _offer_count(db) == 0


def test_a_visitor_is_sent_to_the_login_page_to_post_an_offer(client, db):
    response = client.get("/offers/new")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


# --- state changes through the buttons -------------------------------------------------------------------


def test_the_poster_pauses_an_active_offer(client, db, factory, login_as):
    donor = login_as("donor")
    offer = factory.make_offer(donor)
    response = client.post(f"/offers/{offer.id}/pause", follow_redirects=True)
    assert "帮扶资源已暂停" in response.get_data(as_text=True)
    db.session.refresh(offer)
    assert offer.status == "paused"


def test_the_poster_resumes_a_paused_offer(client, db, factory, login_as):
    donor = login_as("donor")
    offer = factory.make_offer(donor, status="paused")
    client.post(f"/offers/{offer.id}/resume")
    db.session.refresh(offer)
    assert offer.status == "active"


def test_resuming_an_offer_whose_window_has_closed_is_refused_with_the_reason(client, db, factory, login_as):
    donor = login_as("donor")
    offer = factory.make_offer(
        donor, status="paused", valid_from=date(2020, 1, 1), valid_until=date(2020, 12, 31)
    )
    response = client.post(f"/offers/{offer.id}/resume", follow_redirects=True)
    assert "有效期" in response.get_data(as_text=True)
    db.session.refresh(offer)
    assert offer.status == "paused"


def test_the_poster_withdraws_an_offer_and_the_public_no_longer_sees_it(client, db, factory, login_as):
    donor = login_as("donor")
    offer = factory.make_offer(donor, title="即将撤回的资源")
    client.post(f"/offers/{offer.id}/withdraw")
    db.session.refresh(offer)
    assert offer.status == "withdrawn"
    client.post("/auth/logout")
    assert "即将撤回的资源" not in client.get("/offers/?status=all").get_data(as_text=True)
    assert client.get(f"/offers/{offer.id}").status_code == 404


@pytest.mark.parametrize("action", ["pause", "resume", "withdraw"])
def test_a_withdrawn_offer_stays_withdrawn_whatever_is_pressed(client, db, factory, login_as, action):
    donor = login_as("donor")
    offer = factory.make_offer(donor, status="withdrawn")
    response = client.post(f"/offers/{offer.id}/{action}", follow_redirects=True)
    assert "不能" in response.get_data(as_text=True)
    db.session.refresh(offer)
    assert offer.status == "withdrawn"


def test_an_exhausted_offer_cannot_be_paused(client, db, factory, login_as):
    donor = login_as("donor")
    offer = factory.make_offer(donor, quantity=5, remaining=0, status="exhausted")
    client.post(f"/offers/{offer.id}/pause")
    db.session.refresh(offer)
    assert offer.status == "exhausted"


def test_someone_else_cannot_change_an_offers_state(client, db, factory, login_as):
    offer = factory.make_offer(factory.make_user("donor"))
    login_as("donor")
    assert client.post(f"/offers/{offer.id}/pause").status_code == 403
    db.session.refresh(offer)
    assert offer.status == "active"


def test_a_colleague_in_the_same_organisation_may_pause_the_organisations_offer(
    client, db, factory, login_as
):
    org = factory.make_organisation()
    offer = factory.make_offer(factory.make_user("org_member", organisation_id=org.id))
    login_as("org_member", organisation_id=org.id)
    client.post(f"/offers/{offer.id}/pause")
    db.session.refresh(offer)
    assert offer.status == "paused"


def test_drawing_down_the_whole_remainder_exhausts_the_offer(db, factory):
    offer = factory.make_offer(quantity=10)
    offers.draw_down(offer, Decimal(10))
    db.session.commit()
    assert (offer.remaining, offer.status) == (Decimal(0), "exhausted")


def test_drawing_down_more_than_remains_is_refused_and_changes_nothing(db, factory):
    offer = factory.make_offer(quantity=10)
    with pytest.raises(Conflict):
        offers.draw_down(offer, Decimal(11))
    db.session.refresh(offer)
    assert (offer.remaining, offer.status) == (Decimal(10), "active")


def test_a_paused_offer_cannot_be_drawn_down(db, factory):
    offer = factory.make_offer(status="paused")
    with pytest.raises(Conflict):
        offers.draw_down(offer, Decimal(1))


def test_restoring_an_exhausted_offer_makes_it_active_again(db, factory):
    offer = factory.make_offer(quantity=10, remaining=0, status="exhausted")
    offers.restore(offer, Decimal(3))
    db.session.commit()
    assert (offer.remaining, offer.status) == (Decimal(3), "active")


def test_restoring_an_exhausted_offer_whose_window_closed_makes_it_expired(db, factory):
    offer = factory.make_offer(
        quantity=10,
        remaining=0,
        status="exhausted",
        valid_from=date(2020, 1, 1),
        valid_until=date(2020, 6, 30),
    )
    offers.restore(offer, Decimal(3))
    db.session.commit()
    assert offer.status == "expired"


def test_expire_offers_expires_active_and_paused_offers_past_their_window_and_tells_the_poster(db, factory):
    today = date(2030, 6, 1)
    past_active = factory.make_offer(valid_until=date(2030, 5, 31))
    past_paused = factory.make_offer(status="paused", valid_until=date(2030, 5, 1))
    ends_today = factory.make_offer(valid_until=today)
    endless = factory.make_offer()
    assert offers.expire_offers(today) == 2
    for offer in (past_active, past_paused, ends_today, endless):
        db.session.refresh(offer)
    assert [o.status for o in (past_active, past_paused, ends_today, endless)] == [
        "expired",
        "expired",
        "active",
        "active",
    ]
    notes = db.session.scalars(select(Notification).where(Notification.kind == "offer.expired")).all()
    assert {n.user_id for n in notes} == {past_active.poster_id, past_paused.poster_id}
    assert offers.expire_offers(today) == 0


def test_editing_an_expired_offers_window_makes_it_active_again(client, db, factory, login_as):
    donor = login_as("donor")
    offer = factory.make_offer(
        donor, status="expired", valid_from=date(2020, 1, 1), valid_until=date(2020, 12, 31)
    )
    response = client.post(
        f"/offers/{offer.id}/edit",
        data=offer_form(title=offer.title, quantity="100", valid_from="2020-01-01", valid_until="2099-01-01"),
    )
    assert response.status_code == 302
    db.session.refresh(offer)
    assert (offer.status, offer.valid_until) == ("active", date(2099, 1, 1))


def test_raising_an_exhausted_offers_quantity_reopens_it_with_the_new_remainder(
    client, db, factory, login_as
):
    donor = login_as("donor")
    offer = factory.make_offer(donor, quantity=10, remaining=0, status="exhausted")
    client.post(f"/offers/{offer.id}/edit", data=offer_form(quantity="25"))
    db.session.refresh(offer)
    assert (offer.quantity, offer.remaining, offer.status) == (Decimal(25), Decimal(15), "active")


def test_lowering_the_quantity_to_what_was_given_exhausts_the_offer(client, db, factory, login_as):
    donor = login_as("donor")
    offer = factory.make_offer(donor, quantity=10, remaining=4)
    client.post(f"/offers/{offer.id}/edit", data=offer_form(quantity="6"))
    db.session.refresh(offer)
    assert (offer.quantity, offer.remaining, offer.status) == (Decimal(6), Decimal(0), "exhausted")


def test_the_quantity_cannot_drop_below_what_was_already_given(client, db, factory, login_as):
    donor = login_as("donor")
    offer = factory.make_offer(donor, quantity=10, remaining=4)
    response = client.post(f"/offers/{offer.id}/edit", data=offer_form(quantity="5", title="改了的标题"))
    assert response.status_code == 400
    assert "已有 6 被认领" in response.get_data(as_text=True)
    db.session.refresh(offer)
    assert (offer.quantity, offer.remaining) == (Decimal(10), Decimal(4))
    assert offer.title != "改了的标题"


def test_the_edit_form_shows_the_offers_current_values(client, db, factory, login_as):
    donor = login_as("donor")
    offer = factory.make_offer(donor, title="现有的标题内容", regions=["52", "5326"])
    page = client.get(f"/offers/{offer.id}/edit").get_data(as_text=True)
    assert "现有的标题内容" in page and 'value="5326"' in page


def test_the_beneficiary_cap_limits_what_one_household_may_receive_from_an_offer(db, factory):
    offer = factory.make_offer(quantity=100, per_beneficiary_cap=Decimal(5))
    household = factory.make_household()
    need = factory.make_need(household=household)
    factory.make_pledge(need, factory.make_user("donor"), quantity=4, offer_id=offer.id)
    offers.check_beneficiary_cap(offer, need, Decimal(1))
    with pytest.raises(Exception, match="还可认领 1"):
        offers.check_beneficiary_cap(offer, need, Decimal(2))


# --- the public list and page ----------------------------------------------------------------------------


def test_the_public_list_shows_active_offers_only_by_default(client, db, factory):
    factory.make_offer(title="进行中的资源甲")
    factory.make_offer(title="暂停中的资源乙", status="paused")
    page = client.get("/offers/").get_data(as_text=True)
    assert "进行中的资源甲" in page and "暂停中的资源乙" not in page


def test_the_public_list_filters_by_kind_and_category(client, db, factory):
    factory.make_offer(title="教育资金资源", kind="cash", categories=["education"], unit="元")
    factory.make_offer(title="生活物资资源", kind="goods", categories=["living"])
    page = client.get("/offers/?kind=cash&category=education").get_data(as_text=True)
    assert "教育资金资源" in page and "生活物资资源" not in page
    page = client.get("/offers/?category=living").get_data(as_text=True)
    assert "教育资金资源" not in page and "生活物资资源" in page


def test_the_province_filter_keeps_offers_aimed_inside_it_and_those_for_anywhere(client, db, factory):
    factory.make_offer(title="面向贵州的资源", regions=["5205"])
    factory.make_offer(title="面向云南的资源", regions=["53"])
    factory.make_offer(title="不限地区的资源")
    page = client.get("/offers/?province=52").get_data(as_text=True)
    assert "面向贵州的资源" in page and "不限地区的资源" in page and "面向云南的资源" not in page


def test_the_organisation_kind_filter_separates_enterprises_from_individuals(client, db, factory):
    org = factory.make_organisation("enterprise")
    factory.make_offer(factory.make_user("org_member", organisation_id=org.id), title="企业发布的资源")
    factory.make_offer(factory.make_user("donor"), title="个人发布的资源")
    page = client.get("/offers/?org_kind=enterprise").get_data(as_text=True)
    assert "企业发布的资源" in page and "个人发布的资源" not in page
    page = client.get("/offers/?org_kind=individual").get_data(as_text=True)
    assert "企业发布的资源" not in page and "个人发布的资源" in page


def test_an_unknown_filter_value_is_answered_with_a_clear_400(client, db):
    response = client.get("/offers/?category=gold")
    assert response.status_code == 400 and "帮扶类别无效" in response.get_data(as_text=True)


def test_the_public_offer_page_masks_an_individuals_name_and_shows_what_remains(client, db, factory):
    donor = factory.make_user("donor", display_name="张三明")
    offer = factory.make_offer(donor, quantity=10, remaining=7, regions=["5326"])
    page = client.get(f"/offers/{offer.id}").get_data(as_text=True)
    assert "张*明" in page and "张三明" not in page
    assert "文山壮族苗族自治州" in page
    assert "7 件" in page


def test_the_public_offer_page_names_and_links_the_organisation(client, db, factory):
    org = factory.make_organisation("social_org", name="春雨公益基金会")
    offer = factory.make_offer(factory.make_user("org_member", organisation_id=org.id))
    page = client.get(f"/offers/{offer.id}").get_data(as_text=True)
    assert "春雨公益基金会" in page and f"/orgs/{org.id}" in page


def test_the_region_code_helper_lists_a_provinces_counties_with_codes(client, db):
    page = client.get("/offers/region-codes?province=53").get_data(as_text=True)
    assert "砚山县 532622" in page


# --- offices ---------------------------------------------------------------------------------------------


def test_an_office_sees_offers_aimed_at_its_region_around_it_or_anywhere_but_not_elsewhere(
    client, db, factory, login_as
):
    factory.make_offer(title="面向威宁县的资源", regions=["520526"])
    factory.make_offer(title="面向贵州省的资源", regions=["52"])
    factory.make_offer(title="不限地区的资源")
    factory.make_offer(title="面向云南省的资源", regions=["53"])
    factory.make_offer(title="已暂停的资源", status="paused")
    login_as("office", office_level="county", region_code="520526")
    page = client.get("/offers/office").get_data(as_text=True)
    for title in ("面向威宁县的资源", "面向贵州省的资源", "不限地区的资源"):
        assert title in page
    assert "面向云南省的资源" not in page and "已暂停的资源" not in page


def test_a_donor_may_not_open_the_office_offer_list(client, db, login_as):
    login_as("donor")
    assert client.get("/offers/office").status_code == 403


def test_an_office_messages_the_poster_pointing_at_a_need_in_its_region(client, db, factory, login_as):
    offer = factory.make_offer(regions=["52"])
    need = factory.make_need()  # in 威宁 520526
    db.session.add(Match(need_id=need.id, offer_id=offer.id, score=0.8, reasons={}, model_version="t"))
    db.session.commit()
    office = login_as("office", office_level="county", region_code="520526")
    page = client.get(f"/offers/{offer.id}/contact").get_data(as_text=True)
    assert need.title in page
    response = client.post(
        f"/offers/{offer.id}/contact", data={"need_id": str(need.id), "message": "威宁县这户急需棉衣"}
    )
    assert response.status_code == 302
    note = db.session.scalar(select(Notification).where(Notification.kind == "offer.steer"))
    assert note.user_id == offer.poster_id
    assert "威宁县这户急需棉衣" in note.message and note.link == f"/needs/{need.id}"
    assert db.session.scalar(select(Match)).suggested_at is not None
    entry = db.session.scalar(select(AuditLog).where(AuditLog.action == "offer.contact"))
    assert entry.actor_id == office.id


def test_an_office_cannot_point_the_poster_at_a_need_outside_its_region(client, db, factory, login_as):
    offer = factory.make_offer()
    other_need = factory.make_need(village=factory.make_village(factory.OTHER_TOWNSHIP))
    login_as("office", office_level="county", region_code="520526")
    response = client.post(
        f"/offers/{offer.id}/contact", data={"need_id": str(other_need.id), "message": "请看这里"}
    )
    assert response.status_code == 400
    assert "不在您的管辖范围内" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Notification.id))) == 0


def test_an_office_cannot_message_about_an_offer_aimed_elsewhere(client, db, factory, login_as):
    offer = factory.make_offer(regions=["53"])
    login_as("office", office_level="county", region_code="520526")
    response = client.post(f"/offers/{offer.id}/contact", data={"message": "你好，请联系"})
    assert response.status_code == 404
    assert db.session.scalar(select(func.count(Notification.id))) == 0


def test_the_offer_list_of_the_poster_shows_how_much_of_each_is_given(client, db, factory, login_as):
    donor = login_as("donor")
    factory.make_offer(
        donor, title="我的第一项资源", quantity=10, remaining=3, valid_until=date.today() + timedelta(days=9)
    )
    page = client.get("/offers/mine").get_data(as_text=True)
    assert "我的第一项资源" in page and ">7<" in page


def test_the_poster_sees_published_needs_the_offer_could_serve_inside_its_target_regions(
    client, db, factory, login_as
):
    donor = login_as("donor")
    offer = factory.make_offer(donor, categories=["living"], regions=["5205"])
    inside = factory.make_need(title="毕节的生活物资需求", category="living")  # 威宁 520526 lies in 毕节 5205
    factory.make_need(title="毕节的助学需求", category="education")
    factory.make_need(title="草稿中的需求", category="living", status="draft")
    page = client.get(f"/offers/{offer.id}").get_data(as_text=True)
    section = page[page.index('id="offer-candidates"') :]
    assert "毕节的生活物资需求" in section and f"/needs/{inside.id}/pledge?from=recommendation" in section
    assert "毕节的助学需求" not in section and "草稿中的需求" not in section


def test_the_offer_page_offers_an_office_of_a_targeted_region_the_contact_button(
    client, db, factory, login_as
):
    aimed = factory.make_offer(regions=["52"])
    elsewhere = factory.make_offer(regions=["53"])
    login_as("office", office_level="county", region_code="520526")
    assert f"/offers/{aimed.id}/contact" in client.get(f"/offers/{aimed.id}").get_data(as_text=True)
    assert f"/offers/{elsewhere.id}/contact" not in client.get(f"/offers/{elsewhere.id}").get_data(
        as_text=True
    )


def test_an_offer_with_pledges_cannot_change_its_kind(client, db, factory, login_as):
    donor = login_as("donor")
    offer = factory.make_offer(donor, quantity=10, remaining=4)
    response = client.post(f"/offers/{offer.id}/edit", data=offer_form(kind="cash", quantity="10"))
    assert response.status_code == 400 and "不能更改资源类型" in response.get_data(as_text=True)
    db.session.refresh(offer)
    assert (offer.kind, offer.unit) == ("goods", "件")


def test_the_needs_an_offer_page_suggests_name_a_households_township_not_its_village(client, db, factory, login_as):
    donor = login_as("donor")
    village = factory.make_village(name="柳树湾村")
    household_need = factory.make_need(household=factory.make_household(village), title="急需冬季棉衣")
    village_need = factory.make_need(village, title="村里需要路灯")
    offer = factory.make_offer(donor, categories=["living"])
    html = client.get(f"/offers/{offer.id}").get_data(as_text=True)
    assert household_need.title in html and village_need.title in html
    assert household_need.village.township.name in html
    # Only the village's own need names it; the household's line stops at the township.
    assert html.count("柳树湾村") == 1
