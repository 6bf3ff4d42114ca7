"""Measure recommendation quality against labelled pairs, and count broken rules in any output.

Labels file (JSON Lines), one judged pair a line::

    {"offer": "o1", "need": "n3", "relevance": 3}

``relevance`` is 0 (not suitable) to 3 (very suitable); unlabelled pairs count as 0. A need is
*relevant* to an offer when its relevance is at least ``min_relevance`` (default 2).
"""

from __future__ import annotations

import datetime as _dt
import math
import os
from collections import defaultdict
from typing import Any, Iterable, Mapping, Sequence

from .api import allocate, recommend
from .exceptions import InvalidRecord
from .records import Need, Offer, china_today, read_jsonl
from .rules import rule_violations
from .units import record_unit

__all__ = [
    "read_labels",
    "ranking_metrics",
    "recommendation_violations",
    "allocation_violations",
    "evaluate",
]


def read_labels(path: str | os.PathLike) -> dict[tuple[str, str], int]:
    """Read a labels file into ``{(offer_id, need_id): relevance}``.

    Raises
    ------
    InvalidRecord
        Naming file, line and field of the first bad line.
    """
    name = os.fspath(path)
    labels: dict[tuple[str, str], int] = {}
    for number, obj in read_jsonl(name):
        if not isinstance(obj, dict):
            raise InvalidRecord("a label must be a JSON object", file=name, line=number)
        for key in ("offer", "need"):
            if not isinstance(obj.get(key), str) or not obj[key]:
                raise InvalidRecord("is required and must be a string", file=name, line=number, field=key)
        rel = obj.get("relevance")
        if isinstance(rel, bool) or not isinstance(rel, int) or not 0 <= rel <= 3:
            raise InvalidRecord(f"must be an integer 0..3, got {rel!r}", file=name, line=number,
                                field="relevance")
        labels[(obj["offer"], obj["need"])] = rel
    return labels


def ranking_metrics(ranked: Mapping[str, Sequence[str]], labels: Mapping[tuple[str, str], int], k: int = 10,
                    min_relevance: int = 2) -> dict[str, float]:
    """Return mean precision@k, recall@k and NDCG@k over offers with at least one relevant need.

    Parameters
    ----------
    ranked : mapping of offer id to need ids, best first
    labels : mapping of (offer id, need id) to relevance 0..3
    k : int
    min_relevance : int
        Relevance from which a need counts as relevant for precision and recall.

    Returns
    -------
    dict
        ``precision_at_k``, ``recall_at_k``, ``ndcg_at_k`` (gain 2^rel − 1, log2 discount) and
        ``offers`` (how many offers were averaged).
    """
    by_offer: dict[str, dict[str, int]] = defaultdict(dict)
    for (o, n), rel in labels.items():
        by_offer[o][n] = rel
    p_sum = r_sum = g_sum = 0.0
    count = 0
    for offer_id, judged in by_offer.items():
        relevant = {n for n, rel in judged.items() if rel >= min_relevance}
        if not relevant:
            continue
        got = list(ranked.get(offer_id, ()))[:k]
        hits = sum(1 for n in got if n in relevant)
        p_sum += hits / k
        r_sum += hits / len(relevant)
        dcg = sum((2 ** judged.get(n, 0) - 1) / math.log2(r + 2) for r, n in enumerate(got))
        ideal = sorted(judged.values(), reverse=True)[:k]
        idcg = sum((2 ** rel - 1) / math.log2(r + 2) for r, rel in enumerate(ideal))
        g_sum += dcg / idcg if idcg > 0 else 0.0
        count += 1
    if count == 0:
        return {"precision_at_k": 0.0, "recall_at_k": 0.0, "ndcg_at_k": 0.0, "offers": 0}
    return {"precision_at_k": p_sum / count, "recall_at_k": r_sum / count, "ndcg_at_k": g_sum / count,
            "offers": count}


def recommendation_violations(needs: Sequence[Need], offers: Sequence[Offer], lines: Iterable[dict],
                              today: _dt.date, top: int | None = None) -> list[str]:
    """Return a description of every broken rule in ``recommend`` output (empty when clean)."""
    need_by, offer_by = {n.id: n for n in needs}, {o.id: o for o in offers}
    problems = []
    for line in lines:
        if "offer" in line:
            pairs = [(need_by.get(m["need"]), offer_by.get(line["offer"]), m) for m in line["matches"]]
        else:
            pairs = [(need_by.get(line["need"]), offer_by.get(m["offer"]), m) for m in line["matches"]]
        if top is not None and len(line["matches"]) > top:
            problems.append(f"{line}: more than {top} matches")
        for need, offer, m in pairs:
            if need is None or offer is None:
                problems.append(f"unknown id in {m}")
                continue
            for rule in rule_violations(need, offer, today):
                problems.append(f"offer {offer.id} need {need.id}: {rule}")
            if not 0.0 <= m["score"] <= 1.0:
                problems.append(f"offer {offer.id} need {need.id}: score {m['score']} outside [0, 1]")
    return problems


def allocation_violations(needs: Sequence[Need], offers: Sequence[Offer], lines: Iterable[dict],
                          today: _dt.date, max_per_beneficiary: int | None = None) -> list[str]:
    """Return a description of every broken rule or exceeded quantity in ``allocate`` output."""
    need_by, offer_by = {n.id: n for n in needs}, {o.id: o for o in offers}
    given: dict[str, float] = defaultdict(float)
    got: dict[str, float] = defaultdict(float)
    donors: dict[str, set[str]] = defaultdict(set)
    problems = []
    for line in lines:
        need, offer = need_by.get(line["need"]), offer_by.get(line["offer"])
        if need is None or offer is None:
            problems.append(f"unknown id in {line}")
            continue
        for rule in rule_violations(need, offer, today):
            problems.append(f"offer {offer.id} need {need.id}: {rule}")
        if not line["quantity"] > 0:
            problems.append(f"offer {offer.id} need {need.id}: quantity {line['quantity']} not > 0")
        # ``quantity`` is in the need's unit; the offer gives the same amount in its own unit.
        # The record's unit as the matcher reads it (units.record_unit: cash in 元 or a written money
        # unit, a pack with its content stated 「500米/卷」 as that content).
        n_unit = record_unit(need.kind, need.unit, f"{need.title} {need.description}")
        o_unit = record_unit(offer.kind, offer.unit, f"{offer.title} {offer.description}")
        same_dim = n_unit.dimension == o_unit.dimension
        given[offer.id] += line["quantity"] * (n_unit.factor / o_unit.factor if same_dim else 1.0)
        got[need.id] += line["quantity"]
        donors[need.beneficiary].add(offer.id)
    tol = 1e-6
    problems += [f"offer {o} gives {q} > {offer_by[o].quantity}" for o, q in given.items()
                 if q > offer_by[o].quantity + tol]
    problems += [f"need {n} receives {q} > {need_by[n].quantity}" for n, q in got.items()
                 if q > need_by[n].quantity + tol]
    if max_per_beneficiary is not None:
        problems += [f"beneficiary {b} receives from {len(s)} offers" for b, s in donors.items()
                     if len(s) > max_per_beneficiary]
    return problems


def evaluate(needs: Sequence[Need], offers: Sequence[Offer], labels: Mapping[tuple[str, str], int], k: int = 10,
             today: _dt.date | None = None, model=None, min_relevance: int = 2) -> dict[str, Any]:
    """Recommend and allocate on labelled data; return ranking metrics and violation counts.

    Returns
    -------
    dict
        ``k``, ``precision_at_k``, ``recall_at_k``, ``ndcg_at_k``, ``offers`` (offers → needs:
        each offer's ranked needs), ``needs_to_offers`` (the same metrics for each need's ranked
        offers, with ``needs`` counted) and ``violations`` (``recommend`` in both directions and
        ``allocate``; all must be 0).
    """
    today = today or china_today()
    recs = recommend(needs, offers, top=k, today=today, model=model)
    ranked = {line["offer"]: [m["need"] for m in line["matches"]] for line in recs}
    report: dict[str, Any] = {"k": k, "min_relevance": min_relevance}
    report.update(ranking_metrics(ranked, labels, k=k, min_relevance=min_relevance))
    by_need = recommend(needs, offers, top=k, today=today, model=model, for_="needs")
    ranked_needs = {line["need"]: [m["offer"] for m in line["matches"]] for line in by_need}
    flipped = {(n, o): rel for (o, n), rel in labels.items()}
    back = ranking_metrics(ranked_needs, flipped, k=k, min_relevance=min_relevance)
    back["needs"] = back.pop("offers")
    report["needs_to_offers"] = back
    plan = allocate(needs, offers, today=today, model=model)
    report["violations"] = {
        "recommend": len(recommendation_violations(needs, offers, recs + by_need, today, top=k)),
        "allocate": len(allocation_violations(needs, offers, plan, today)),
    }
    return report
