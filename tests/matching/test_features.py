"""Each feature of a pair, on hand-made needs and offers."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from tests.matching.conftest import make_need, make_offer
from matching import FEATURE_NAMES, PairData


def feature(name, need, offer, today):
    data = PairData([need], [offer], today=today)
    return data.features([0], [0])[0][FEATURE_NAMES.index(name)]


def test_text_similarity_is_higher_for_the_same_item_than_for_another(today):
    data = PairData([make_need(id="a", title="需要一台轮椅"), make_need(id="b", title="需要化肥种苗")],
                    [make_offer(title="捐赠轮椅")], today=today)
    same, other = data.features([0, 1], [0, 0])[:, 0]
    assert same > 0.3 and other < same


def test_text_similarity_sees_synonyms_through_the_shared_tokenizer(today):
    assert feature("text", make_need(title="羽绒服"), make_offer(title="棉衣"), today) > 0.9


def test_category_feature_prefers_an_offer_with_one_category_over_one_with_five(today):
    one = feature("category", make_need(), make_offer(categories=("medical",)), today)
    five = feature("category", make_need(), make_offer(
        categories=("medical", "living", "education", "housing", "other")), today)
    assert (one, five) == (1.0, pytest.approx(0.2))


@pytest.mark.parametrize("donor,expected", [
    ("520524", 1.0), ("520502", 0.75), ("520102", 0.5), ("330102", 0.0), (None, 0.0),
])
def test_region_feature_grades_same_county_prefecture_province(donor, expected, today):
    assert feature("region", make_need(region="520524101"), make_offer(donor_region=donor), today) == expected


def test_pairing_feature_recognises_the_2016_east_west_pairing(today):
    # 杭州 (3301) was paired with 黔东南 (5226) in 2016; 浙江 (33) with 四川 (51).
    assert feature("pairing", make_need(region="522601"), make_offer(donor_region="330106"), today) == 1.0
    assert feature("pairing", make_need(region="510104"), make_offer(donor_region="330106"), today) == 1.0
    assert feature("pairing", make_need(region="520524"), make_offer(donor_region="330106"), today) == 0.0


def test_distance_feature_is_higher_for_a_nearby_donor_and_zero_when_unknown(today):
    near = feature("distance", make_need(region="520524"), make_offer(donor_region="520502"), today)
    far = feature("distance", make_need(region="520524"), make_offer(donor_region="230102"), today)
    unknown = feature("distance", make_need(region="520524"), make_offer(donor_region=None), today)
    assert near > 0.5 > far > 0 and unknown == 0.0


@pytest.mark.parametrize("regions,expected", [
    (("520524",), 1.0), (("5205",), 2 / 3), (("52",), 1 / 3), ((), 0.0), (("52", "520524"), 1.0),
])
def test_target_feature_rewards_offers_aimed_narrowly_at_the_need(regions, expected, today):
    assert feature("target", make_need(region="520524101"), make_offer(regions=regions), today) == \
        pytest.approx(expected)


def test_coverage_feature_is_the_share_of_the_need_the_offer_can_give(today):
    assert feature("coverage", make_need(quantity=10), make_offer(quantity=4), today) == pytest.approx(0.4)
    assert feature("coverage", make_need(quantity=10), make_offer(quantity=40), today) == 1.0


@pytest.mark.parametrize("urgency,expected", [(1, 0.0), (2, 0.5), (3, 1.0)])
def test_urgency_feature_maps_levels_onto_zero_half_one(urgency, expected, today):
    assert feature("urgency", make_need(urgency=urgency), make_offer(), today) == expected


def test_deadline_feature_grows_as_the_deadline_nears_and_is_zero_without_one(today):
    soon = feature("deadline", make_need(deadline=today + dt.timedelta(days=3)), make_offer(), today)
    late = feature("deadline", make_need(deadline=today + dt.timedelta(days=80)), make_offer(), today)
    none = feature("deadline", make_need(deadline=None), make_offer(), today)
    assert soon > late > none == 0.0


def test_equity_feature_ranks_households_helped_less_often_higher(today):
    never = feature("equity", make_need(times_helped=0), make_offer(), today)
    often = feature("equity", make_need(times_helped=4), make_offer(), today)
    assert (never, often) == (1.0, pytest.approx(0.2))


def test_every_feature_lies_between_zero_and_one(today):
    needs = [make_need(id=f"n{i}", urgency=1 + i % 3, quantity=1 + i, times_helped=i) for i in range(5)]
    offers = [make_offer(id=f"o{j}", donor_region=d) for j, d in enumerate(["520524", None, "330106"])]
    data = PairData(needs, offers, today=today)
    ni, oj = np.meshgrid(np.arange(5), np.arange(3))
    F = data.features(ni.ravel(), oj.ravel())
    assert F.min() >= 0.0 and F.max() <= 1.0


def test_texts_of_only_punctuation_do_not_break_the_vectoriser(today):
    assert feature("text", make_need(title="！！！"), make_offer(title="。。。"), today) == 0.0


def test_item_feature_is_one_for_the_same_item_under_another_name(today):
    need = make_need(title="家里缺被子", category="living", unit="床")
    offer = make_offer(title="捐赠棉被", categories=("living",), unit="床")
    assert feature("item", need, offer, today) == 1.0


def test_item_feature_ignores_an_item_the_need_already_received(today):
    need = make_need(title="需要棉衣", description="去年已领到棉被", category="living")
    offer = make_offer(title="捐赠棉被", categories=("living",))
    assert feature("item", need, offer, today) == 0.0


def test_a_quilt_offer_ranks_quilt_needs_above_coats_grain_and_washing_machines(today):
    from matching import recommend

    needs = [make_need(id="coat", title="急需棉衣", category="living", unit="件", urgency=3),
             make_need(id="grain", title="需要米面油", category="living", unit="袋", urgency=3),
             make_need(id="washer", title="需要洗衣机", category="living", unit="台", urgency=3),
             make_need(id="had", title="需要棉衣", description="去年已领到棉被", category="living", urgency=3),
             make_need(id="quilt", title="冬天缺被子", category="living", unit="床", urgency=1, times_helped=3)]
    offer = make_offer(title="爱心企业捐赠棉被", categories=("living",), unit="床", quantity=20)
    ranked = [m["need"] for m in recommend(needs, [offer], today=today)[0]["matches"]]
    assert ranked[0] == "quilt"


# The priority feature: the office's 精准 rule (docs/matching.md, "Order among needs of one item").
@pytest.mark.parametrize("need_kw,offer_kw,expected", [
    ({"urgency": 3, "times_helped": 3}, {}, 1.0),                        # closes, 紧急
    ({"urgency": 1, "times_helped": 1}, {}, 1.0),                        # closes, helped once
    ({"urgency": 2, "times_helped": 2}, {}, 0.0),                        # 较急 and helped twice
    ({"urgency": 3, "quantity": 6}, {}, 0.0),                            # 5 of 6: does not close
    ({"urgency": 3, "unit": "台"}, {"unit": "件"}, 0.0),                  # counts that cannot be compared
    ({"urgency": 3, "title": "需要化肥"}, {}, 0.0),                        # another item
])
def test_priority_is_the_item_when_the_offer_closes_an_urgent_or_seldom_helped_need(need_kw, offer_kw,
                                                                                     expected, today):
    assert feature("priority", make_need(**need_kw), make_offer(**offer_kw), today) == expected


def test_priority_compares_weights_in_their_base_unit(today):
    need = make_need(title="需要大米", category="living", quantity=100, unit="斤", urgency=3)
    offer = make_offer(title="捐赠大米", categories=("living",), quantity=50, unit="公斤")
    short = make_offer(title="捐赠大米", categories=("living",), quantity=49, unit="公斤")
    assert feature("priority", need, offer, today) == 1.0
    assert feature("priority", need, short, today) == 0.0


@pytest.mark.parametrize("need_title,offer_title,item", [
    ("需要冬衣", "捐赠羽绒服", 0.6),   # the offer is one kind of what the need names broadly
    ("需要棉衣", "捐赠羽绒服", 0.3),   # both kinds of one concept
])
def test_priority_is_no_surer_than_the_item_agreement(need_title, offer_title, item, today):
    data = PairData([make_need(title=need_title, category="living", urgency=3)],
                    [make_offer(title=offer_title, categories=("living",))], today=today)
    row = data.features([0], [0])[0]
    assert row[FEATURE_NAMES.index("item")] == pytest.approx(item)
    assert row[FEATURE_NAMES.index("priority")] == pytest.approx(item)
