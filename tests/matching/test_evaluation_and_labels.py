"""Ranking metrics on hand-made lists, and the Chinese labels of reasons."""

from __future__ import annotations

import math

import pytest

from matching import ranking_metrics, reason_labels


def test_perfect_ranking_has_precision_recall_and_ndcg_one():
    labels = {("o", "a"): 3, ("o", "b"): 2}
    m = ranking_metrics({"o": ["a", "b"]}, labels, k=2)
    assert (m["precision_at_k"], m["recall_at_k"], m["ndcg_at_k"]) == (1.0, 1.0, 1.0)


def test_swapped_ranking_lowers_ndcg_but_not_precision():
    labels = {("o", "a"): 3, ("o", "b"): 2}
    m = ranking_metrics({"o": ["b", "a"]}, labels, k=2)
    ideal = 7 + 3 / math.log2(3)
    assert m["precision_at_k"] == 1.0 and m["ndcg_at_k"] == pytest.approx((3 + 7 / math.log2(3)) / ideal)


def test_offers_without_relevant_needs_are_not_averaged():
    m = ranking_metrics({"o": ["a"], "p": ["a"]}, {("o", "a"): 2, ("p", "a"): 1}, k=1)
    assert m["offers"] == 1


def test_labels_name_same_county_full_coverage_urgent_and_rarely_helped():
    labels = reason_labels({"text": 0.7, "category": 1.0, "region": 1.0, "coverage": 1.0, "urgency": 1.0,
                            "equity": 1.0, "pairing": 0.0})
    assert labels == ["物品对口", "同县", "类别一致", "可满足全部需求", "紧急", "较少获助"]


@pytest.mark.parametrize("priority,shown", [(1.0, True), (0.9, True), (0.6, False), (0.0, False)])
def test_labels_name_the_precise_priority_only_for_the_item_itself(priority, shown):
    labels = reason_labels({"item": 1.0, "coverage": 1.0, "urgency": 1.0, "priority": priority})
    assert ("精准优先" in labels) is shown
    if shown:
        assert labels[:2] == ["物品一致", "精准优先"]


def test_the_reasons_of_a_recommended_match_carry_the_priority_label(today):
    from matching import recommend
    from tests.matching.conftest import make_need, make_offer

    need = make_need(urgency=3)
    (line,) = recommend([need], [make_offer()], today=today)
    match = line["matches"][0]
    assert match["reasons"]["priority"] == 1.0 and "精准优先" in reason_labels(match["reasons"])


@pytest.mark.parametrize("region,label", [(0.75, "同市"), (0.5, "同省")])
def test_labels_name_the_shared_region_level(region, label):
    assert label in reason_labels({"region": region})


def test_labels_name_an_east_west_partner_region():
    assert "结对帮扶地区" in reason_labels({"pairing": 1.0})


def test_weak_reasons_give_no_labels():
    assert reason_labels({"text": 0.1, "region": 0.0, "coverage": 0.2, "urgency": 0.0, "equity": 0.2}) == []
