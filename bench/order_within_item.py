"""How much the order among needs of one item is worth, per labelled part, and a small weight grid.

For each part of ``bench/eval`` and ``bench/eval_items/*`` every admissible pair is scored once
(features of :class:`matching.PairData`, ranking as :class:`matching.CandidateIndex` does: score,
then lower index first), then:

* ``o→n`` / ``n→o``: NDCG@10 of each offer's ranked needs / each need's ranked offers (the figures
  of ``python -m matching evaluate``);
* ``ideal`` : NDCG@10 of the same full ranking with the pairs of the right item (relevance ≥ 2)
  re-sorted by their label among the places they hold — the bound of a perfect order within the
  item, the item reading left as it is; ``gap`` = ideal − actual is what ordering is worth.

``--grid`` re-chooses the ordering weights (coverage, urgency, equity, priority) on the tuning parts
ONLY (tune, eval, blind6, blind7: the mean of both directions) and prints every part for the best.
Nothing here is timed; it is a quality report::

    .venv/bin/python bench/order_within_item.py
    .venv/bin/python bench/order_within_item.py --grid [--keep coverage]
    .venv/bin/python bench/order_within_item.py --weights '{"priority": 0.1}'
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import math
import sys
from pathlib import Path
from typing import Sequence

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matching import FEATURE_NAMES, CandidateIndex, PairData, Scorer, read_labels, read_needs, read_offers  # noqa: E402
from matching.evaluation import ranking_metrics  # noqa: E402

TODAY = dt.date(2026, 11, 28)
TUNING = ("tune", "eval", "blind6", "blind7")
UNTOUCHED = ("heldout", "unseen", "blind2", "blind3", "blind4", "blind5", "blind8")
K = 10


def _part_dir(part: str) -> Path:
    return ROOT / "bench" / ("eval" if part == "eval" else f"eval_items/{part}")


class Part:
    """One labelled part: every admissible pair, its features and labels, scored on demand."""

    def __init__(self, name: str) -> None:
        d = _part_dir(name)
        self.name = name
        needs = read_needs(d / "needs.jsonl", today=TODAY)
        offers = read_offers(d / "offers.jsonl")
        labels = read_labels(d / "labels.jsonl")
        data = PairData(needs, offers, today=TODAY)
        index = CandidateIndex(data, Scorer())
        ni, oj = zip(*index.admissible_pairs()) if len(offers) else ((), ())
        ni, oj = np.concatenate(ni), np.concatenate(oj)
        uniq = np.unique(oj * len(needs) + ni)
        self.oj, self.ni = uniq // len(needs), uniq % len(needs)
        self.F = data.features(self.ni, self.oj)
        self.need_ids = [n.id for n in needs]
        self.offer_ids = [o.id for o in offers]
        self.labels = labels
        self.flipped = {(n, o): r for (o, n), r in labels.items()}
        self.rel = np.array([labels.get((self.offer_ids[j], self.need_ids[i]), 0)
                             for i, j in zip(self.ni, self.oj)], np.int64)

    def rankings(self, score: np.ndarray, by_offer: bool) -> dict[str, list[int]]:
        """Return every group's full ranking (pair positions), best first, ties to the lower index."""
        group, other = (self.oj, self.ni) if by_offer else (self.ni, self.oj)
        order = np.lexsort((other, -score, group))
        cut = np.flatnonzero(np.diff(group[order])) + 1
        return {int(group[p[0]]): p for p in np.split(order, cut)}

    def report(self, score: np.ndarray) -> dict[str, float]:
        """Return NDCG@10 and the ideal-order-within-item bound in both directions."""
        out = {}
        for by_offer, tag in ((True, "o2n"), (False, "n2o")):
            ranked, ideal = {}, {}
            for g, pos in self.rankings(score, by_offer).items():
                ids = self.need_ids if by_offer else self.offer_ids
                gid = (self.offer_ids if by_offer else self.need_ids)[g]
                others = self.ni[pos] if by_offer else self.oj[pos]
                ranked[gid] = [ids[x] for x in others[:K]]
                rel = self.rel[pos]
                right = np.flatnonzero(rel >= 2)
                resorted = others.copy()
                resorted[right] = others[right[np.argsort(-rel[right], kind="stable")]]
                ideal[gid] = [ids[x] for x in resorted[:K]]
            labels = self.labels if by_offer else self.flipped
            out[tag] = ranking_metrics(ranked, labels, k=K)["ndcg_at_k"]
            out[tag + "_ideal"] = ranking_metrics(ideal, labels, k=K)["ndcg_at_k"]
        return out


def score_of(part: Part, weights: dict[str, float]) -> np.ndarray:
    """Score the part's pairs with an untrained scorer of these weights (others as DEFAULT_WEIGHTS)."""
    return Scorer(weights=weights).score_features(part.F)


def print_table(parts: dict[str, Part], scores: dict[str, np.ndarray], title: str) -> None:
    """Print one row per part: o→n, its ideal and gap; n→o, its ideal and gap."""
    print(f"\n{title}")
    print(f"{'part':8} {'o→n':>6} {'ideal':>6} {'gap':>6}   {'n→o':>6} {'ideal':>6} {'gap':>6}")
    for name, part in parts.items():
        r = part.report(scores[name])
        print(f"{name:8} {r['o2n']:6.3f} {r['o2n_ideal']:6.3f} {r['o2n_ideal'] - r['o2n']:6.3f}   "
              f"{r['n2o']:6.3f} {r['n2o_ideal']:6.3f} {r['n2o_ideal'] - r['n2o']:6.3f}")


def grid(parts: dict[str, Part], keep: Sequence[str] = ()) -> dict[str, float]:
    """Return the ordering weights with the best mean NDCG@10 (both directions) on the tuning parts.

    ``keep`` names weights left at their default (a change the untouched parts refused).
    """
    values = {"coverage": (0.04, 0.08, 0.12), "urgency": (0.05, 0.10, 0.15), "equity": (0.05, 0.10, 0.15)}
    if "priority" in FEATURE_NAMES:
        values["priority"] = (0.0, 0.05, 0.10, 0.15, 0.20)
    values = {f: v for f, v in values.items() if f not in keep}
    best, best_w = -math.inf, {}
    for combo in itertools.product(*values.values()):
        w = dict(zip(values, combo))
        total = 0.0
        for name in TUNING:
            r = parts[name].report(score_of(parts[name], w))
            total += r["o2n"] + r["n2o"]
        mean = total / (2 * len(TUNING))
        print(json.dumps(w), f"{mean:.4f}", flush=True)
        if mean > best + 1e-9:
            best, best_w = mean, w
    print("best", json.dumps(best_w), f"{best:.4f}")
    return best_w


def main(argv=None) -> int:
    """Print the ordering table for the default weights (and for --weights or the grid's best)."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--weights", help="JSON object of weights to compare with the defaults")
    p.add_argument("--grid", action="store_true", help="choose the ordering weights on the tuning parts")
    p.add_argument("--keep", action="append", default=[], help="leave this weight at its default in the grid")
    args = p.parse_args(argv)
    parts = {name: Part(name) for name in TUNING + UNTOUCHED}
    print_table(parts, {n: score_of(p, {}) for n, p in parts.items()}, "default weights")
    w = json.loads(args.weights) if args.weights else None
    if args.grid:
        w = grid(parts, args.keep)
    if w is not None:
        print_table(parts, {n: score_of(p, w) for n, p in parts.items()}, f"weights {json.dumps(w)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
