"""Units are folded and converted by one rule that recommend and allocate share."""

from __future__ import annotations

import pytest

from tests.matching.conftest import make_need, make_offer
from matching import FEATURE_NAMES, PairData, Scorer, allocate, recommend
from matching.api import allocation_edges
from matching.units import normalise_unit, unit_factor


@pytest.mark.parametrize("text", ["公斤", "千克", "kg", "KG", "ｋｇ", " 公斤 ", "公 斤"])
def test_kilogram_spellings_are_one_unit(text):
    assert normalise_unit(text).name == "kg"


def test_jin_is_half_a_kilogram():
    assert unit_factor("斤", "公斤") == 2.0 and unit_factor("公斤", "斤") == 0.5


def test_trailing_space_and_full_width_do_not_change_a_count_unit():
    assert unit_factor("床", "床 ") == 1.0 and unit_factor("床", "　床") == 1.0


def test_weight_and_count_do_not_compare():
    assert unit_factor("斤", "袋") is None and unit_factor("台", "件") is None


def _feature(name, need, offer, today):
    return PairData([need], [offer], today=today).features([0], [0])[0][FEATURE_NAMES.index(name)]


def test_coverage_converts_units_before_comparing(today):
    need = make_need(title="需要大米", category="living", quantity=100, unit="斤")
    offer = make_offer(title="捐赠大米", categories=("living",), quantity=50, unit="公斤")
    assert _feature("coverage", need, offer, today) == 1.0
    assert _feature("unit", need, offer, today) == 1.0


def test_units_that_cannot_compare_score_no_coverage_and_no_unit_agreement(today):
    need = make_need(title="需要大米", category="living", quantity=100, unit="斤")
    offer = make_offer(title="捐赠大米", categories=("living",), quantity=50, unit="袋")
    assert _feature("unit", need, offer, today) == 0.0 and _feature("coverage", need, offer, today) == 0.0


def test_an_item_counted_two_ways_agrees_on_units(today):
    need = make_need(title="需要棉被", category="living", quantity=2, unit="条")
    offer = make_offer(title="捐赠被子", categories=("living",), quantity=5, unit="床")
    assert _feature("unit", need, offer, today) == 1.0


def test_recommend_and_allocate_pair_a_bed_unit_with_a_trailing_space(today):
    need = make_need(title="需要棉被", category="living", quantity=2, unit="床 ")
    offer = make_offer(title="捐赠棉被", categories=("living",), quantity=5, unit="床")
    rec = recommend([need], [offer], today=today)
    plan = allocate([need], [offer], today=today)
    assert rec[0]["matches"][0]["reasons"]["unit"] == 1.0
    assert plan == [{"offer": "o1", "need": "n1", "quantity": 2, "score": rec[0]["matches"][0]["score"]}]


def test_allocate_gives_in_the_needs_unit_and_never_more_than_the_offer_holds(today):
    need = make_need(title="需要大米", category="living", quantity=100, unit="斤")
    offer = make_offer(title="捐赠大米", categories=("living",), quantity=30, unit="kg")
    plan = allocate([need], [offer], today=today)
    assert plan[0]["quantity"] == 60  # 30 kg = 60 斤


def test_allocate_leaves_out_exactly_the_pairs_recommend_scores_as_unit_mismatch(today):
    needs = [make_need(id="a", title="需要大米", category="living", quantity=10, unit="斤"),
             make_need(id="b", title="需要大米", category="living", quantity=10, unit="袋")]
    offer = make_offer(title="捐赠大米", categories=("living",), quantity=50, unit="公斤")
    data = PairData(needs, [offer], today=today)
    ni, _, _ = allocation_edges(data, Scorer())
    units = data.features([0, 1], [0, 0])[:, FEATURE_NAMES.index("unit")]
    assert sorted(ni.tolist()) == [i for i in (0, 1) if units[i] == 1.0]
