"""Bad input on the offer forms: a clear Chinese form error, a 400, and nothing stored or changed."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import Notification, Offer, OfferCategory, OfferRegion
from tests.app.supply import offer_form

BAD_OFFERS = [
    # wrong region codes
    ({"target_regions": ["99"]}, "地区代码“99”不存在"),
    ({"target_regions": ["5326", "9999"]}, "地区代码“9999”不存在"),
    ({"target_regions": ["abc"]}, "地区代码“abc”无效"),
    ({"target_regions": ["5326222"]}, "无效"),
    ({"target_regions": ["520526100"]}, "无效"),  # a township: offers aim at provinces, prefectures or counties
    ({"target-province": "77"}, "地区代码“77”不存在"),
    # negative, zero, absurd or malformed quantities
    ({"quantity": "-5"}, "数量必须大于0"),
    ({"quantity": "0"}, "数量必须大于0"),
    ({"quantity": "10000000000"}, "数量不能超过1,000,000,000"),
    ({"quantity": "1e30"}, "数量不能超过"),
    ({"quantity": "abc"}, "数量必须是数字"),
    ({"quantity": "NaN"}, "数量必须是数字"),
    ({"quantity": "Infinity"}, "数量必须是数字"),
    ({"quantity": "1.234"}, "最多保留两位小数"),
    ({"kind": "cash", "quantity": "-100"}, "金额必须大于0"),
    ({"per_beneficiary_cap": "-1"}, "每个受益对象上限必须大于0"),
    ({"per_beneficiary_cap": "500"}, "每个受益对象上限不能超过总量"),
    # validity windows
    ({"valid_from": "2099-06-01", "valid_until": "2099-05-01"}, "有效期结束日期不能早于开始日期"),
    ({"valid_from": "2020-01-01", "valid_until": "2020-02-01"}, "有效期结束日期不能早于今天"),
    ({"valid_until": "2099-13-45"}, "日期"),
    # categories, kinds, service types
    ({"categories": ["gold"]}, "未知的帮扶类别：gold"),
    ({"categories": ["living", "<script>"]}, "未知的帮扶类别"),
    ({"categories": []}, "请至少选择一个帮扶类别"),
    ({"kind": "land"}, "请选择资源类型"),
    ({"kind": "service", "service_type": ""}, "请选择服务类型"),
    ({"kind": "service", "service_type": "lottery"}, "请选择服务类型"),
    # text
    ({"title": "短"}, "标题应为4–40个字"),
    ({"title": ""}, "请填写标题"),
    ({"title": "长" * 41}, "标题最多40个字"),
    ({"unit": ""}, "请填写计量单位"),
    ({"quantity": ""}, "请填写数量或金额"),
]


def _stored(db) -> tuple[int, int, int]:
    return (
        db.session.scalar(select(func.count(Offer.id))),
        db.session.scalar(select(func.count()).select_from(OfferCategory)),
        db.session.scalar(select(func.count()).select_from(OfferRegion)),
    )


@pytest.mark.parametrize("overrides, message", BAD_OFFERS)
def test_a_bad_new_offer_is_a_form_error_and_nothing_is_stored(client, db, login_as, overrides, message):
    login_as("donor")
    response = client.post("/offers/new", data=offer_form(**overrides))
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert _stored(db) == (0, 0, 0)


@pytest.mark.parametrize("overrides, message", BAD_OFFERS)
def test_a_bad_edit_is_a_form_error_and_the_offer_is_unchanged(
    client, db, factory, login_as, overrides, message
):
    donor = login_as("donor")
    offer = factory.make_offer(
        donor,
        title="原来的标题",
        quantity=100,
        regions=["52"],
        categories=["living"],
        valid_until=date.today() + timedelta(days=30),
    )
    response = client.post(f"/offers/{offer.id}/edit", data=offer_form(**overrides))
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    db.session.expire_all()
    offer = db.session.get(Offer, offer.id)
    assert (offer.title, offer.quantity, offer.remaining) == ("原来的标题", Decimal(100), Decimal(100))
    assert (offer.categories, offer.regions, offer.status) == (["living"], ["52"], "active")


def test_a_wrong_region_code_keeps_what_the_poster_typed_in_the_form(client, db, login_as):
    login_as("donor")
    page = client.post(
        "/offers/new", data=offer_form(title="保留的标题文字", target_regions=["5326", "8888"])
    ).get_data(as_text=True)
    assert 'value="保留的标题文字"' in page
    assert 'name="target_regions" value="5326" checked' in page and 'name="target_regions" value="8888" checked' in page


@pytest.mark.parametrize(
    "data, message",
    [
        ({"message": ""}, "请填写留言"),
        ({"message": "好"}, "留言应为2–500个字"),
        ({"message": "长" * 501}, "留言最多500个字"),
        ({"message": "请联系", "need_id": "abc"}, "整数"),
        ({"message": "请联系", "need_id": "999999"}, "所选需求不存在"),
    ],
)
def test_a_bad_office_message_is_a_form_error_and_nothing_is_sent(
    client, db, factory, login_as, data, message
):
    offer = factory.make_offer()
    login_as("office", office_level="county", region_code="520526")
    response = client.post(f"/offers/{offer.id}/contact", data=data)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Notification.id))) == 0


@pytest.mark.parametrize(
    "query",
    ["kind=land", "province=5", "province=abc", "org_kind=club", "status=withdrawn", "category=%3Cscript%3E"],
)
def test_bad_list_filters_are_answered_with_a_clear_400_not_a_500(client, db, query):
    response = client.get(f"/offers/?{query}")
    assert response.status_code == 400
    assert "无效" in response.get_data(as_text=True)


def test_a_state_change_to_an_unknown_action_is_not_a_route(client, db, factory, login_as):
    donor = login_as("donor")
    offer = factory.make_offer(donor)
    assert client.post(f"/offers/{offer.id}/explode").status_code in (404, 405)
    db.session.refresh(offer)
    assert offer.status == "active"
