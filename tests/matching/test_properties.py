"""Property tests: whatever the input, no output of recommend or allocate breaks a hard rule or a quantity."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matching import KINDS, Need, Offer, allocate, recommend
from matching.evaluation import allocation_violations, recommendation_violations

TODAY = dt.date(2026, 11, 28)
CATS = ["medical", "living", "education"]
NEED_REGIONS = ["520524", "520524101", "520524101201", "520502", "522601", "330106", "510104101"]
OFFER_REGIONS = ["52", "5205", "520524", "520524101", "33", "5226", "51"]
TEXTS = ["需要一台轮椅", "冬天缺棉衣棉被", "孩子上学缺书包", "捐赠电动轮椅", "羽绒服", "学习用品", "！！", "ab 12"]

quantities = st.one_of(st.integers(1, 30), st.floats(0.5, 50, allow_nan=False).map(lambda x: round(x, 2)))
dates = st.one_of(st.none(), st.integers(-3, 3).map(lambda d: TODAY + dt.timedelta(days=d)))

need_fields = st.fixed_dictionaries({
    "title": st.one_of(st.sampled_from(TEXTS), st.text("轮椅棉衣书包需要捐赠！ a1", min_size=1, max_size=12)),
    "category": st.sampled_from(CATS), "kind": st.sampled_from(KINDS), "quantity": quantities,
    "unit": st.sampled_from(["件", "台"]), "region": st.sampled_from(NEED_REGIONS),
    "beneficiary": st.sampled_from(["h1", "h2", "h3", ""]), "urgency": st.integers(1, 3),
    "deadline": dates, "times_helped": st.integers(0, 5),
})
offer_fields = st.fixed_dictionaries({
    "title": st.sampled_from(TEXTS), "categories": st.lists(st.sampled_from(CATS), min_size=1, max_size=3),
    "kind": st.sampled_from(KINDS), "quantity": quantities, "unit": st.sampled_from(["件", "台"]),
    "regions": st.lists(st.sampled_from(OFFER_REGIONS), max_size=2),
    "donor_region": st.one_of(st.none(), st.sampled_from(["520524", "330106", "3301", "11"])),
    "valid_until": dates,
})


@st.composite
def batches(draw):
    needs = [Need(id=f"n{i}", **f) for i, f in enumerate(draw(st.lists(need_fields, max_size=12)))]
    offers = [Offer(id=f"o{j}", **{**f, "categories": tuple(dict.fromkeys(f["categories"]))})
              for j, f in enumerate(draw(st.lists(offer_fields, max_size=8)))]
    return needs, offers


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(batches(), st.integers(1, 5))
def test_recommend_for_offers_never_returns_a_pair_that_breaks_a_hard_rule(batch, top):
    needs, offers = batch
    lines = recommend(needs, offers, top=top, today=TODAY)
    assert [line["offer"] for line in lines] == [o.id for o in offers]
    assert recommendation_violations(needs, offers, lines, TODAY, top=top) == []


@SETTINGS
@given(batches(), st.integers(1, 5))
def test_recommend_for_needs_never_returns_a_pair_that_breaks_a_hard_rule(batch, top):
    needs, offers = batch
    lines = recommend(needs, offers, top=top, today=TODAY, for_="needs")
    assert [line["need"] for line in lines] == [n.id for n in needs]
    assert recommendation_violations(needs, offers, lines, TODAY, top=top) == []


@SETTINGS
@given(batches())
def test_candidate_path_never_returns_a_pair_that_breaks_a_hard_rule(batch):
    needs, offers = batch
    lines = recommend(needs, offers, top=3, today=TODAY, exhaustive_limit=0, exhaustive_max=0,
                      k_text=1, k_prior=1, k_local=1, common_df=0.0)
    assert recommendation_violations(needs, offers, lines, TODAY, top=3) == []


@SETTINGS
@given(batches(), st.one_of(st.none(), st.integers(1, 3)), st.sampled_from(["auto", "greedy"]))
def test_allocate_never_breaks_a_rule_a_quantity_or_the_beneficiary_limit(batch, max_per, method):
    needs, offers = batch
    lines = allocate(needs, offers, max_per_beneficiary=max_per, today=TODAY, method=method)
    assert allocation_violations(needs, offers, lines, TODAY, max_per_beneficiary=max_per) == []


@SETTINGS
@given(batches())
def test_min_cost_flow_allocation_never_breaks_a_rule_or_a_quantity(batch):
    needs, offers = batch
    lines = allocate(needs, offers, today=TODAY, method="flow")
    assert allocation_violations(needs, offers, lines, TODAY) == []


@SETTINGS
@given(batches())
def test_optimal_allocation_scores_at_least_as_much_as_greedy(batch):
    needs, offers = batch
    plans = {m: allocate(needs, offers, today=TODAY, method=m) for m in ("lp", "greedy")}
    total = {m: sum(x["score"] * x["quantity"] for x in plan) for m, plan in plans.items()}
    # fractional quantities are handed out in steps of 0.01: allow that rounding per assignment
    slack = 1e-6 + 0.01 * len(plans["lp"])
    assert total["lp"] >= total["greedy"] - slack


@SETTINGS
@given(batches())
def test_every_reason_of_every_pair_lies_in_0_1_and_priority_never_exceeds_the_item(batch):
    # The reasons a match shows stay true: each feature in [0, 1]; the priority rule is no surer than
    # the item agreement it is scaled by, and holds only where the offer closes an urgent or seldom
    # helped need.
    import numpy as np

    from matching import FEATURE_NAMES, PairData

    needs, offers = batch
    if not needs or not offers:
        return
    data = PairData(needs, offers, today=TODAY)
    ni, oj = np.divmod(np.arange(len(needs) * len(offers)), len(offers))
    F = data.features(ni, oj)
    assert ((F >= 0.0) & (F <= 1.0)).all()
    item, priority = F[:, FEATURE_NAMES.index("item")], F[:, FEATURE_NAMES.index("priority")]
    assert (priority <= item).all()
    favoured = np.array([needs[i].urgency == 3 or needs[i].times_helped <= 1 for i in ni])
    assert (priority[~(data.closes(ni, oj) & favoured)] == 0.0).all()
