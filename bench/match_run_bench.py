"""Benchmark the full match run's matching: the needs' side built per batch of offers vs once per run.

``flask match run`` (``app.services.matching.run_matches``) answers the open offers in batches of 500.
Until 2026-12-01 each batch called :func:`matching.recommend`, which builds the needs' tokens, TF-IDF,
concepts and blocking order again; :func:`matching.recommend_batches` builds them once. Both paths run
here in one process on the same generated records (``bench/matching_bench.py``'s generator), one after
the other, so the ratio holds on a noisy machine; the figures go to docs/benchmarks.md.

Example::

    .venv/bin/python bench/match_run_bench.py --needs 100000 --offers 2000
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from matching import recommend, recommend_batches  # noqa: E402
from matching_bench import TODAY, _machine, generate  # noqa: E402


def main(argv=None) -> int:
    """Time both paths and print a JSON report."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--needs", type=int, default=100_000)
    p.add_argument("--offers", type=int, default=2_000)
    p.add_argument("--batch", type=int, default=500, help="offers per batch (run_matches uses 500)")
    p.add_argument("--top", type=int, default=20)
    args = p.parse_args(argv)
    needs, offers, _, _ = generate(args.needs, args.offers)
    batches = [offers[s:s + args.batch] for s in range(0, len(offers), args.batch)]
    report = {"machine": _machine(), "needs": args.needs, "offers": args.offers, "batches": len(batches)}

    t = time.perf_counter()
    per_batch = [line for b in batches for line in recommend(needs, b, top=args.top, today=TODAY)]
    report["per_batch_s"] = round(time.perf_counter() - t, 1)
    print(f"recommend per batch: {report['per_batch_s']} s", file=sys.stderr, flush=True)
    t = time.perf_counter()
    once = [line for lines in recommend_batches(needs, batches, top=args.top, today=TODAY) for line in lines]
    report["built_once_s"] = round(time.perf_counter() - t, 1)
    print(f"recommend_batches: {report['built_once_s']} s", file=sys.stderr, flush=True)
    report["ratio"] = round(report["built_once_s"] / report["per_batch_s"], 3)
    report["pairs"] = {"per_batch": sum(len(line["matches"]) for line in per_batch),
                       "built_once": sum(len(line["matches"]) for line in once)}
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
