"""Share offers among needs: an optimal transportation plan and a greedy baseline.

Both take scored admissible edges ``(need, offer, score)`` and return how much of each offer goes to
each need. The optimal plan maximises ``Σ score · quantity`` (or ``Σ score · quantity / need
quantity`` with ``objective="coverage"``, which does not let large needs dominate) subject to: no
offer gives more than it has, no need receives more than it asks, and, optionally, no beneficiary
receives from more than ``max_per_beneficiary`` offers.

Without the per-beneficiary limit this is a transportation problem: solved as a linear program with
HiGHS (``scipy.optimize.milp``, integrality marked only where whole and fractional quantities
mix), or as a min-cost flow (``networkx.network_simplex`` with integer
scaled costs and capacities). Its constraint matrix is totally unimodular, so integer quantities give
an integer plan. The per-beneficiary limit counts offers, which is not a flow constraint: it is solved
as a mixed-integer program (``scipy.optimize.milp``) with one binary per edge. Every plan is checked
and repaired against the limits before it is returned.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from .exceptions import AllocationError
from .features import PairData

__all__ = ["Plan", "solve_allocation", "greedy_allocation", "compare_plans", "gini"]

_EPS = 1e-9


@dataclass
class Plan:
    """An allocation: aligned arrays of need index, offer index, quantity and score per edge used.

    Attributes
    ----------
    need, offer : ndarray of int
    quantity : ndarray of float
    score : ndarray of float
    method : str
        Which solver produced it.
    """

    need: np.ndarray
    offer: np.ndarray
    quantity: np.ndarray
    score: np.ndarray
    method: str

    def __len__(self) -> int:
        return len(self.need)


def _integral(x: np.ndarray) -> np.ndarray:
    return np.abs(x - np.round(x)) < 1e-9


def _edge_arrays(data: PairData, ni, oj, score):
    ni = np.asarray(ni, np.int64)
    oj = np.asarray(oj, np.int64)
    score = np.asarray(score, np.float64)
    cap = np.minimum(data.n_amount[ni], data.o_amount[oj])
    return ni, oj, score, cap


def _objective(data: PairData, ni, score, objective: str) -> np.ndarray:
    if objective == "quantity":
        return score
    if objective == "coverage":
        return score / data.n_amount[ni]
    raise ValueError("objective must be 'quantity' or 'coverage'")


def solve_allocation(data: PairData, need_idx, offer_idx, score, *, max_per_beneficiary: int | None = None,
                     method: str = "auto", objective: str = "quantity",
                     time_limit: float = 120.0, milp_max_edges: int = 20_000) -> Plan:
    """Return the allocation maximising the objective over the given admissible edges.

    Parameters
    ----------
    data : PairData
    need_idx, offer_idx, score : array-like
        The admissible edges and their scores (already checked against the hard rules).
    max_per_beneficiary : int, optional
        At most this many distinct offers per beneficiary.
    method : {"auto", "lp", "flow", "milp", "lp+repair", "greedy"}
        ``auto`` picks ``lp`` without ``max_per_beneficiary``; with it, ``milp`` up to
        ``milp_max_edges`` edges and ``lp+repair`` above (the optimal plan without the limit, then
        the limit enforced best edge first and the freed quantities handed out again). ``milp``
        falls back to ``lp+repair`` when the solver finds no plan within ``time_limit``.
    objective : {"quantity", "coverage"}
    time_limit : float
        Seconds allowed to the MILP solver; the best plan found so far is used after that.
    milp_max_edges : int
        Largest edge count ``auto`` hands to the MILP solver.

    Returns
    -------
    Plan

    Raises
    ------
    AllocationError
        If the solver fails.
    """
    ni, oj, score, cap = _edge_arrays(data, need_idx, offer_idx, score)
    if method == "auto":
        if max_per_beneficiary is None:
            method = "lp"
        else:
            method = "milp" if len(ni) <= milp_max_edges else "lp+repair"
    if method == "greedy":
        return greedy_allocation(data, ni, oj, score, max_per_beneficiary=max_per_beneficiary)
    if len(ni) == 0:
        return Plan(ni, oj, np.empty(0), np.empty(0), method)
    c = _objective(data, ni, score, objective)
    if method == "flow":
        if max_per_beneficiary is not None:
            raise ValueError("method='flow' cannot express max_per_beneficiary; use 'milp'")
        x = _solve_flow(data, ni, oj, c, cap)
    elif method == "milp":
        try:
            x = _solve_highs(data, ni, oj, c, cap, max_per_beneficiary, time_limit)
        except AllocationError:
            # No plan within the time limit: solve without the limit, let the repair enforce it.
            method = "lp+repair"
            x = _solve_highs(data, ni, oj, c, cap, None, time_limit)
    elif method in ("lp", "lp+repair"):
        x = _solve_highs(data, ni, oj, c, cap, None, time_limit)
    else:
        raise ValueError(f"unknown method {method!r}")
    plan = _repair(data, ni, oj, score, x, max_per_beneficiary, method)
    return plan


def _incidence(rows: np.ndarray, n_rows: int) -> sp.csr_matrix:
    m = len(rows)
    return sp.csr_matrix((np.ones(m), (rows, np.arange(m))), shape=(n_rows, m))


def _solve_highs(data, ni, oj, c, cap, max_per, time_limit):
    m = len(ni)
    un, n_local = np.unique(ni, return_inverse=True)
    uo, o_local = np.unique(oj, return_inverse=True)
    A_need = _incidence(n_local, len(un))
    A_off = _incidence(o_local, len(uo))
    integral = _integral(data.n_amount[ni]) & _integral(data.o_amount[oj])
    if max_per is None and (integral.all() or not integral.any()):
        # A transportation problem: dual simplex returns a vertex, and with whole quantities every
        # vertex is integral (total unimodularity).
        res = linprog(-c, A_ub=sp.vstack([A_need, A_off]).tocsr(),
                      b_ub=np.r_[data.n_amount[un], data.o_amount[uo]],
                      bounds=np.c_[np.zeros(m), cap], method="highs-ds")
        if res.status != 0 or res.x is None:
            raise AllocationError(f"linear program failed: {res.message}")
        x = res.x
    elif max_per is None:
        # Whole and fractional quantities mix: mark the whole edges integral.
        res = milp(-c, constraints=[LinearConstraint(sp.vstack([A_need, A_off]).tocsr(), -np.inf,
                                                     np.r_[data.n_amount[un], data.o_amount[uo]])],
                   integrality=integral.astype(int), bounds=Bounds(np.zeros(m), cap),
                   options={"time_limit": time_limit})
        if res.x is None:
            raise AllocationError(f"linear program failed: {res.message}")
        x = res.x
    else:
        # variables: x (m quantities) then y (m binaries: edge used); x_e <= cap_e * y_e
        ub, b_local = np.unique(data.n_beneficiary[ni], return_inverse=True)
        zeros = sp.csr_matrix((len(un), m))
        cons = [
            LinearConstraint(sp.hstack([A_need, zeros]), -np.inf, data.n_amount[un]),
            LinearConstraint(sp.hstack([A_off, sp.csr_matrix((len(uo), m))]), -np.inf, data.o_amount[uo]),
            LinearConstraint(sp.hstack([sp.identity(m), -sp.diags(cap)]), -np.inf, 0.0),
            LinearConstraint(sp.hstack([sp.csr_matrix((len(ub), m)), _incidence(b_local, len(ub))]),
                             -np.inf, float(max_per)),
        ]
        integrality = np.r_[integral.astype(int), np.ones(m, int)]
        res = milp(np.r_[-c, np.zeros(m)], constraints=cons, integrality=integrality,
                   bounds=Bounds(np.zeros(2 * m), np.r_[cap, np.ones(m)]),
                   options={"time_limit": time_limit})
        if res.x is None:
            raise AllocationError(f"mixed-integer program failed: {res.message}")
        x = res.x[:m] * (res.x[m:] > 0.5)
    return x


def _solve_flow(data, ni, oj, c, cap):
    # Integer network: capacities in the smallest unit that makes them whole (1 or 0.01), costs
    # scaled to integers. A free source->sink arc lets flow stay unused.
    qty = np.r_[data.n_amount[ni], data.o_amount[oj]]
    unit = 1.0 if _integral(qty).all() else 0.01
    scale_cost = 1e6 / max(1e-12, float(np.abs(c).max()))
    G = nx.DiGraph()
    total = 0
    for j in np.unique(oj):
        q = int(np.floor(data.o_amount[j] / unit + 1e-9))
        G.add_edge("s", ("o", int(j)), capacity=q, weight=0)
        total += q
    for i in np.unique(ni):
        G.add_edge(("n", int(i)), "t", capacity=int(np.floor(data.n_amount[i] / unit + 1e-9)), weight=0)
    for e in range(len(ni)):
        G.add_edge(("o", int(oj[e])), ("n", int(ni[e])), capacity=int(np.floor(cap[e] / unit + 1e-9)),
                   weight=-int(round(c[e] * unit * scale_cost)))
    G.add_edge("s", "t", capacity=total, weight=0)
    G.nodes["s"]["demand"] = -total
    G.nodes["t"]["demand"] = total
    try:
        _, flow = nx.network_simplex(G)
    except nx.NetworkXException as exc:
        raise AllocationError(f"min-cost flow failed: {exc}") from exc
    return np.array([flow[("o", int(oj[e]))][("n", int(ni[e]))] * unit for e in range(len(ni))])


def _repair(data, ni, oj, score, x, max_per, method) -> Plan:
    """Round, enforce every limit exactly, then hand out what rounding left over, best edge first.

    Solvers may split a tie between identical needs into fractions; rounding those down to whole
    units would waste them, so the leftover capacities go through one greedy pass.
    """
    x = np.clip(np.nan_to_num(x), 0.0, None)
    whole = _integral(data.n_amount[ni]) & _integral(data.o_amount[oj])
    x = np.where(whole, np.floor(x + 1e-6), np.floor(x * 100 + 1e-6) / 100)
    cap = np.minimum(data.n_amount[ni], data.o_amount[oj])
    x = _greedy_core(data, ni, oj, np.minimum(x, cap), np.lexsort((oj, ni, -score * x)), max_per)
    x = _greedy_core(data, ni, oj, cap, np.lexsort((oj, ni, -score)), max_per, start=x)
    used = x > _EPS
    return Plan(ni[used], oj[used], x[used], score[used], method)


def _greedy_core(data, ni, oj, cap, order, max_per, start=None) -> np.ndarray:
    """Return per-edge quantities: walk ``order``, give each edge what both sides still allow."""
    x = np.zeros(len(ni)) if start is None else start.copy()
    rem_n = {int(i): float(data.n_amount[i]) for i in np.unique(ni)}
    rem_o = {int(j): float(data.o_amount[j]) for j in np.unique(oj)}
    per_ben: dict[int, set[int]] = {}
    for e in np.flatnonzero(x > _EPS):
        rem_n[int(ni[e])] -= x[e]
        rem_o[int(oj[e])] -= x[e]
        per_ben.setdefault(int(data.n_beneficiary[ni[e]]), set()).add(int(oj[e]))
    whole = _integral(data.n_amount[ni]) & _integral(data.o_amount[oj])
    for e in order:
        i, j = int(ni[e]), int(oj[e])
        q = min(rem_n[i], rem_o[j], float(cap[e]) - x[e])
        q = np.floor(q + 1e-9) if whole[e] else np.floor(q * 100 + 1e-9) / 100
        if q <= _EPS:
            continue
        if max_per is not None:
            given = per_ben.setdefault(int(data.n_beneficiary[i]), set())
            if j not in given and len(given) >= max_per:
                continue
            given.add(j)
        rem_n[i] -= q
        rem_o[j] -= q
        x[e] += q
    return x


def greedy_allocation(data: PairData, need_idx, offer_idx, score, *,
                      max_per_beneficiary: int | None = None) -> Plan:
    """Return the best-first plan: take edges by falling score, give as much as both sides allow.

    Parameters
    ----------
    data : PairData
    need_idx, offer_idx, score : array-like
        Admissible edges.
    max_per_beneficiary : int, optional

    Returns
    -------
    Plan
    """
    ni, oj, score, cap = _edge_arrays(data, need_idx, offer_idx, score)
    x = _greedy_core(data, ni, oj, cap, np.lexsort((oj, ni, -score)), max_per_beneficiary)
    used = x > _EPS
    return Plan(ni[used], oj[used], x[used], score[used], "greedy")


def gini(values) -> float:
    """Return the Gini coefficient of non-negative values (0 = equal, → 1 = all to one)."""
    v = np.sort(np.asarray(values, np.float64))
    n = len(v)
    if n == 0 or v.sum() <= 0:
        return 0.0
    i = np.arange(1, n + 1)
    return float((2 * (i * v).sum()) / (n * v.sum()) - (n + 1) / n)


def compare_plans(data: PairData, plans: dict[str, Plan], beneficiaries=None) -> dict[str, dict]:
    """Report, per plan, total score, needs covered and the Gini of help across beneficiaries.

    Parameters
    ----------
    data : PairData
    plans : dict of str to Plan
    beneficiaries : array-like of int, optional
        Beneficiary codes that count in the Gini (default: those of every valid need). Help of a
        beneficiary is the sum over its needs of the covered share of the need.

    Returns
    -------
    dict
        ``{name: {"total_score", "quantity", "assignments", "needs_covered", "needs_helped",
        "beneficiaries_helped", "gini"}}``
    """
    if beneficiaries is None:
        beneficiaries = np.unique(data.n_beneficiary[data.n_valid])
    beneficiaries = np.asarray(beneficiaries, np.int64)
    report = {}
    for name, plan in plans.items():
        got = np.bincount(plan.need, weights=plan.quantity, minlength=len(data.needs))
        share = np.minimum(1.0, got / data.n_amount)
        help_ = np.bincount(data.n_beneficiary, weights=share, minlength=int(data.n_beneficiary.max(initial=0)) + 1)
        report[name] = {
            "total_score": float((plan.score * plan.quantity).sum()),
            "quantity": float(plan.quantity.sum()),
            "assignments": int(len(plan)),
            "needs_covered": int((got >= data.n_amount - 1e-9).sum()),
            "needs_helped": int((got > 0).sum()),
            "beneficiaries_helped": int((help_[beneficiaries] > 0).sum()),
            "gini": gini(help_[beneficiaries]),
        }
    return report
