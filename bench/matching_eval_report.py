"""Report ranking quality on the labelled evaluation set: default scorer, baselines, a trained scorer.

The trained scorer is fitted on the offers with an even number (labels: relevance ≥ 2 → 1, other
admissible pairs → 0) and every scorer is measured on the offers with an odd number, so no scorer
is judged on pairs it learned from::

    .venv/bin/python bench/matching_eval_report.py
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matching import (FEATURE_NAMES, CandidateIndex, PairData, Scorer, ranking_metrics,  # noqa: E402
                      read_labels, read_needs, read_offers, recommend)
from matching.evaluation import allocation_violations, recommendation_violations  # noqa: E402
from matching import allocate  # noqa: E402

TODAY = dt.date(2026, 11, 28)
EVAL = ROOT / "bench" / "eval"


def main() -> int:
    """Print a JSON report of precision@10, recall@10, NDCG@10 per scorer on the held-out offers."""
    needs = read_needs(EVAL / "needs.jsonl", today=TODAY)
    offers = read_offers(EVAL / "offers.jsonl")
    labels = read_labels(EVAL / "labels.jsonl")
    train_ids = {o.id for o in offers if int(o.id[1:]) % 2 == 0}
    test_labels = {k: v for k, v in labels.items() if k[0] not in train_ids}

    data = PairData(needs, offers, today=TODAY)
    index = CandidateIndex(data, Scorer())
    ni, oj = [], []
    for a, b in index.admissible_pairs():
        ni.append(a)
        oj.append(b)
    ni, oj = np.concatenate(ni), np.concatenate(oj)
    train = np.array([data.offers[j].id in train_ids for j in oj])
    y = np.array([labels.get((data.offers[j].id, data.needs[i].id), 0) >= 2 for i, j in zip(ni, oj)])
    X = data.features(ni[train], oj[train])
    trained = Scorer(random_state=0).fit(X, y[train])

    only = {f: 0.0 for f in FEATURE_NAMES}
    scorers = {
        "default weights": Scorer(),
        "trained (even offers)": trained,
        "text only": Scorer(weights={**only, "text": 1.0}),
        "urgency + equity only": Scorer(weights={**only, "urgency": 1.0, "equity": 1.0}),
    }
    report = {"needs": len(needs), "offers": len(offers), "test_offers": len(offers) - len(train_ids),
              "labels": len(labels), "k": 10, "min_relevance": 2, "scorers": {}}
    for name, scorer in scorers.items():
        recs = recommend(needs, offers, top=10, today=TODAY, model=scorer)
        ranked = {line["offer"]: [m["need"] for m in line["matches"]] for line in recs}
        metrics = ranking_metrics(ranked, test_labels, k=10)
        plan = allocate(needs, offers, today=TODAY, model=scorer)
        metrics["violations"] = (len(recommendation_violations(needs, offers, recs, TODAY, top=10))
                                 + len(allocation_violations(needs, offers, plan, TODAY)))
        report["scorers"][name] = {k: round(v, 3) if isinstance(v, float) else v for k, v in metrics.items()}
    # The best any ranking can do at k=10 (relevant needs per offer are sometimes fewer than 10).
    ideal = {o: [n for (oo, n), r in sorted(test_labels.items(), key=lambda kv: -kv[1]) if oo == o]
             for o in {k[0] for k in test_labels}}
    report["scorers"]["ideal (labels themselves)"] = {k: round(v, 3) for k, v in
                                                      ranking_metrics(ideal, test_labels, k=10).items()}
    report["trained_weights"] = dict(zip(FEATURE_NAMES, np.round(trained.coef_, 3).tolist()))
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
