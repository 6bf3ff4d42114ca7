"""Recommend and allocate on plain records: the functions the portal and the CLI call."""

from __future__ import annotations

import datetime as _dt
import math
import os
from typing import Any, Iterable, Iterator, Sequence

import numpy as np

from .allocation import Plan, solve_allocation
from .candidates import CandidateIndex, NeedIndex, TopPairs
from .features import PairData
from .lexicon import Lexicon
from .records import Need, Offer, china_today
from .scorer import Scorer, reasons_dict

__all__ = ["recommend", "recommend_batches", "allocate", "load_scorer", "outcome_features", "EXHAUSTIVE_LIMIT"]

#: Up to this many admissible pairs every pair is scored; above it the candidate path is used.
EXHAUSTIVE_LIMIT = 3_000_000


def load_scorer(model: Scorer | str | os.PathLike | None) -> Scorer:
    """Return ``model`` itself, the scorer saved at that path, or the default scorer for None."""
    if model is None:
        return Scorer()
    if isinstance(model, Scorer):
        return model
    return Scorer.load(model)


def _match_list(data: PairData, top: TopPairs, by_offer: bool,
                item_reasons: bool = False) -> dict[int, list[dict[str, Any]]]:
    if len(top) == 0:
        return {}
    ni, oj = (top.other, top.query) if by_offer else (top.query, top.other)
    feats = data.features(ni, oj)
    out: dict[int, list[dict[str, Any]]] = {}
    for q, i, j, s, row in zip(top.query, ni, oj, top.score, feats):
        other = {"need": data.needs[i].id} if by_offer else {"offer": data.offers[j].id}
        other.update(score=round(float(s), 4), reasons=reasons_dict(row))
        if item_reasons:
            other["item_reason"] = data.item_reason(i, j)
        out.setdefault(int(q), []).append(other)
    return out


def _top_needs(index: CandidateIndex, top: int, exhaustive_limit: int) -> TopPairs:
    """Return each offer's ``top`` needs: every admissible pair scored when there are at most
    ``exhaustive_limit``, the candidate path (:meth:`CandidateIndex.top_needs`) above it."""
    if index.count_admissible() <= exhaustive_limit:
        return index.exhaustive_top_needs(top)
    return index.top_needs(top)


def recommend(needs: Sequence[Need], offers: Sequence[Offer], top: int = 10,
              today: _dt.date | None = None, model: Scorer | str | None = None, for_: str = "offers",
              exhaustive_limit: int = EXHAUSTIVE_LIMIT, lexicon: Lexicon | None = None,
              item_reasons: bool = False, **candidate_options) -> list[dict[str, Any]]:
    """Return the best admissible matches for every offer (or every need), in input order.

    Parameters
    ----------
    needs, offers : sequence of Need, Offer
    top : int, default=10
        At most this many matches per record.
    today : datetime.date, optional
        Date deadlines and validity are judged against; the current date in China when omitted.
    model : Scorer or path, optional
        Scorer to use; the default (untrained) weights when omitted.
    for_ : {"offers", "needs"}
        ``"offers"``: one entry per offer listing needs; ``"needs"``: one per need listing offers.
    exhaustive_limit : int
        Score every admissible pair up to this many; use the candidate path above it (offers only).
    lexicon : Lexicon, optional
        Item lexicon (the built-in one when omitted; the portal adds its offices' files).
    item_reasons : bool, default=False
        Add ``"item_reason"`` (「物品一致：棉被」 or None) to each match, for the portal. Off for the
        file interface, whose output ``MATCHING_FORMAT.md`` fixes.
    **candidate_options
        Passed to :class:`matching.candidates.CandidateIndex` (``k_text``, ``k_prior``...).

    Returns
    -------
    list of dict
        ``{"offer": id, "matches": [{"need": id, "score": s, "reasons": {...}}, ...]}`` per offer, or
        ``{"need": id, "matches": [{"offer": id, ...}]}`` per need, as in ``MATCHING_FORMAT.md``.
        Records that are expired or have no admissible partner get an empty ``matches`` list.
    """
    if for_ not in ("offers", "needs"):
        raise ValueError("for_ must be 'offers' or 'needs'")
    if top < 1:
        raise ValueError("top must be at least 1")
    scorer = load_scorer(model)
    data = PairData(needs, offers, today=today or china_today(), lexicon=lexicon)
    index = CandidateIndex(data, scorer, **candidate_options)
    if for_ == "offers":
        found = _top_needs(index, top, exhaustive_limit)
        matches = _match_list(data, found, by_offer=True, item_reasons=item_reasons)
        return [{"offer": o.id, "matches": matches.get(j, [])} for j, o in enumerate(data.offers)]
    found = index.top_offers_for_needs(top)
    matches = _match_list(data, found, by_offer=False, item_reasons=item_reasons)
    return [{"need": n.id, "matches": matches.get(i, [])} for i, n in enumerate(data.needs)]


def recommend_batches(needs: Sequence[Need], offer_batches: Iterable[Sequence[Offer]], top: int = 10,
                      today: _dt.date | None = None, model: Scorer | str | None = None,
                      exhaustive_limit: int = EXHAUSTIVE_LIMIT, lexicon: Lexicon | None = None,
                      item_reasons: bool = False, **candidate_options) -> Iterator[list[dict[str, Any]]]:
    """Yield, per batch of offers, what ``recommend(needs, batch, for_="offers")`` returns, building the needs' side once.

    A full run over many offers asks for them in batches (progress, flat memory); built per batch,
    the needs' tokens, TF-IDF, concepts and blocking order cost as much as the batch's matching
    (at 1,000,000 needs, about 85 s a batch). Here they are built once (:class:`NeedIndex`: the
    TF-IDF vocabulary and the name frame are the needs', as for a new offer matched live), and each
    batch only adds its offers' side. Per batch the rule of :func:`recommend` holds: every admissible
    pair is scored when there are at most ``exhaustive_limit``, the candidate path otherwise.

    Parameters
    ----------
    needs : sequence of Need
    offer_batches : iterable of sequence of Offer
        Consumed lazily: a batch is read when the previous one has been yielded.
    top, today, model, exhaustive_limit, lexicon, item_reasons, **candidate_options
        As for :func:`recommend`.

    Yields
    ------
    list of dict
        ``{"offer": id, "matches": [...]}`` per offer of the batch, in the batch's order.
    """
    if top < 1:
        raise ValueError("top must be at least 1")
    index = NeedIndex(needs, today=today or china_today(), scorer=load_scorer(model), lexicon=lexicon,
                      **candidate_options)
    for batch in offer_batches:
        data = index.data
        data.set_offers(batch)
        index.index.refresh_offers()
        found = _top_needs(index.index, top, exhaustive_limit)
        matches = _match_list(data, found, by_offer=True, item_reasons=item_reasons)
        yield [{"offer": o.id, "matches": matches.get(j, [])} for j, o in enumerate(data.offers)]


def allocation_edges(data: PairData, scorer: Scorer, *, exhaustive_limit: int = EXHAUSTIVE_LIMIT,
                     edges_per_offer: int = 50, **candidate_options):
    """Return admissible edges ``(need_idx, offer_idx, score)`` for allocation.

    All admissible pairs up to ``exhaustive_limit``, else the ``edges_per_offer`` best needs of each
    offer from the candidate path. Only pairs whose units can be compared are edges
    (:meth:`PairData.unit_compatible`, the rule of the ``unit`` feature of ``recommend``); the plan
    adds quantities in base units (斤 → kg). Cash is always in yuan.
    """
    index = CandidateIndex(data, scorer, **candidate_options)
    if index.count_admissible() <= exhaustive_limit:
        found = index.exhaustive_top_needs(top=len(data.needs) or 1)
    else:
        found = index.top_needs(edges_per_offer)
    ni, oj, score = found.other, found.query, found.score
    same_unit = data.unit_compatible(ni, oj)
    return ni[same_unit], oj[same_unit], score[same_unit]


def plan_records(data: PairData, plan: Plan) -> list[dict[str, Any]]:
    """Return a plan as ``allocate`` output lines, ordered by offer input order then score.

    ``quantity`` is in the need's unit (the plan works in base units: 3 kg to a need in 斤 is 6),
    rounded *down* to 4 decimals: 927 kg to a need in 吨 is 0.927, never 0.93 (which would hand out
    3 kg the offer does not have).
    """
    order = np.lexsort((plan.need, -plan.score, plan.offer))
    out = []
    for e in order:
        q = math.floor(float(plan.quantity[e]) / float(data.n_factor[plan.need[e]]) * 1e4 + 1e-6) / 1e4
        out.append({"offer": data.offers[plan.offer[e]].id, "need": data.needs[plan.need[e]].id,
                    "quantity": int(q) if q.is_integer() else q,
                    "score": round(float(plan.score[e]), 4)})
    return out


def allocate(needs: Sequence[Need], offers: Sequence[Offer], max_per_beneficiary: int | None = None,
             today: _dt.date | None = None, model: Scorer | str | None = None, method: str = "auto",
             objective: str = "quantity", lexicon: Lexicon | None = None,
             **edge_options) -> list[dict[str, Any]]:
    """Return an allocation of offers to needs maximising total score × quantity.

    Parameters
    ----------
    needs, offers : sequence of Need, Offer
    max_per_beneficiary : int, optional
        No beneficiary receives from more than this many offers.
    today : datetime.date, optional
    model : Scorer or path, optional
    method : {"auto", "lp", "flow", "milp", "greedy"}
        See :func:`matching.allocation.solve_allocation`.
    objective : {"quantity", "coverage"}
    lexicon : Lexicon, optional
    **edge_options
        Passed to :func:`allocation_edges`.

    Returns
    -------
    list of dict
        ``{"offer": id, "need": id, "quantity": q, "score": s}`` per assignment.
    """
    if max_per_beneficiary is not None and max_per_beneficiary < 1:
        raise ValueError("max_per_beneficiary must be at least 1")
    scorer = load_scorer(model)
    data = PairData(needs, offers, today=today or china_today(), lexicon=lexicon)
    ni, oj, score = allocation_edges(data, scorer, **edge_options)
    plan = solve_allocation(data, ni, oj, score, max_per_beneficiary=max_per_beneficiary,
                            method=method, objective=objective)
    return plan_records(data, plan)


def outcome_features(needs: Sequence[Need], offers: Sequence[Offer], outcomes, today: _dt.date | None = None):
    """Return ``(X, y)`` to :meth:`Scorer.fit` from past outcomes.

    Parameters
    ----------
    needs, offers : sequence of Need, Offer
        The records the outcomes refer to (as they were when recommended).
    outcomes : iterable of (need id, offer id, outcome)
        ``outcome`` is 1 (or True) for a completed pledge; 0 for recommended-not-taken, cancelled or
        expired.
    today : datetime.date, optional
        Date the time-dependent features (deadline) are computed for.

    Returns
    -------
    X : ndarray of shape (n_outcomes, n_features)
    y : ndarray of shape (n_outcomes,)
    """
    data = PairData(needs, offers, today=today or china_today())
    need_pos = {n.id: i for i, n in enumerate(data.needs)}
    offer_pos = {o.id: j for j, o in enumerate(data.offers)}
    ni, oj, y = [], [], []
    for need_id, offer_id, outcome in outcomes:
        ni.append(need_pos[need_id])
        oj.append(offer_pos[offer_id])
        y.append(1 if outcome else 0)
    return data.features(np.asarray(ni, np.int64), np.asarray(oj, np.int64)), np.asarray(y, np.int64)
