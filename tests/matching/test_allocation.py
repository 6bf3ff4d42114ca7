"""Allocation: the optimal plan, the greedy baseline, limits, and the comparison report."""

from __future__ import annotations

import numpy as np
import pytest

from tests.matching.conftest import make_need, make_offer
from matching import PairData, Scorer, compare_plans, gini, greedy_allocation, solve_allocation
from matching.api import allocation_edges


@pytest.fixture
def contested(today):
    """Two offers, three needs: greedy gives the big offer to the best pair and strands a need."""
    needs = [make_need(id="a", quantity=5, beneficiary="h1"), make_need(id="b", quantity=5, beneficiary="h2"),
             make_need(id="c", quantity=5, beneficiary="h1")]
    offers = [make_offer(id="x", quantity=5), make_offer(id="y", quantity=5)]
    data = PairData(needs, offers, today=today)
    # x fits a and b; y fits only a.  Scores: (a,x) best, then (b,x), then (a,y).
    ni, oj, sc = np.array([0, 1, 0]), np.array([0, 0, 1]), np.array([0.9, 0.8, 0.5])
    return data, ni, oj, sc


def test_optimal_plan_beats_greedy_when_greedy_strands_a_need(contested):
    data, ni, oj, sc = contested
    lp = solve_allocation(data, ni, oj, sc, method="lp")
    greedy = greedy_allocation(data, ni, oj, sc)
    report = compare_plans(data, {"lp": lp, "greedy": greedy})
    assert report["lp"]["total_score"] == pytest.approx(5 * 0.8 + 5 * 0.5)
    assert report["greedy"]["total_score"] == pytest.approx(5 * 0.9)
    assert report["lp"]["needs_covered"] == 2 > report["greedy"]["needs_covered"] == 1


def test_min_cost_flow_and_linear_program_reach_the_same_total(contested):
    data, ni, oj, sc = contested
    lp = solve_allocation(data, ni, oj, sc, method="lp")
    flow = solve_allocation(data, ni, oj, sc, method="flow")
    assert (lp.score * lp.quantity).sum() == pytest.approx((flow.score * flow.quantity).sum())


def test_max_per_beneficiary_limits_the_number_of_offers_per_household(today):
    needs = [make_need(id="a", quantity=10, beneficiary="h1"), make_need(id="b", quantity=10, beneficiary="h1")]
    offers = [make_offer(id="x", quantity=10), make_offer(id="y", quantity=10)]
    data = PairData(needs, offers, today=today)
    ni, oj, sc = allocation_edges(data, Scorer())
    for method in ("milp", "greedy"):
        plan = solve_allocation(data, ni, oj, sc, max_per_beneficiary=1, method=method)
        assert len(set(plan.offer.tolist())) == 1, method


def test_integer_quantities_give_whole_unit_assignments(today):
    needs = [make_need(id=f"n{i}", quantity=3) for i in range(4)]
    offers = [make_offer(id="x", quantity=7)]
    data = PairData(needs, offers, today=today)
    plan = solve_allocation(data, *allocation_edges(data, Scorer()))
    assert plan.quantity.sum() == 7 and all(float(q).is_integer() for q in plan.quantity)


def test_goods_in_different_units_are_not_paired_for_allocation(today):
    data = PairData([make_need(unit="台")], [make_offer(unit="件")], today=today)
    assert len(allocation_edges(data, Scorer())[0]) == 0


def test_gini_is_zero_for_equal_help_and_near_one_when_one_gets_all():
    assert gini([1, 1, 1, 1]) == 0.0
    assert gini([0] * 99 + [1]) == pytest.approx(0.99)
    assert gini([]) == 0.0


def test_lp_with_repair_enforces_the_beneficiary_limit_when_the_milp_is_too_large(today):
    needs = [make_need(id=f"n{i}", quantity=2, beneficiary=f"h{i % 2}") for i in range(6)]
    offers = [make_offer(id=f"o{j}", quantity=3) for j in range(3)]
    data = PairData(needs, offers, today=today)
    ni, oj, sc = allocation_edges(data, Scorer())
    plan = solve_allocation(data, ni, oj, sc, max_per_beneficiary=1, milp_max_edges=0)
    per_household = {}
    for i, j in zip(plan.need, plan.offer):
        per_household.setdefault(data.needs[i].beneficiary, set()).add(j)
    assert plan.method == "lp+repair" and all(len(s) <= 1 for s in per_household.values())


def test_coverage_objective_prefers_closing_small_needs_over_part_of_a_large_one(today):
    needs = [make_need(id="big", quantity=100), make_need(id="small", quantity=5)]
    data = PairData(needs, [make_offer(quantity=5)], today=today)
    ni, oj, sc = np.array([0, 1]), np.array([0, 0]), np.array([0.6, 0.5])
    by_quantity = solve_allocation(data, ni, oj, sc, objective="quantity")
    by_coverage = solve_allocation(data, ni, oj, sc, objective="coverage")
    assert data.needs[by_quantity.need[0]].id == "big" and data.needs[by_coverage.need[0]].id == "small"
