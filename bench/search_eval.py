"""Print recall@100 and precision@10 per query class of the labelled set, on tantivy and Elasticsearch.

The set is tests/search/labelled.py (issue 12): 1,500 made-up needs, queries in eight classes with
relevance written by rule, a tuning part and a held-out part. Usage::

    .venv/bin/python bench/search_eval.py                           # tantivy in a temporary directory
    .venv/bin/python bench/search_eval.py --engine http://127.0.0.1:9200   # Elasticsearch too

Exit status 1 when a class misses the targets (recall@100 ≥ 0.95, precision@10 ≥ 0.90).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import search  # noqa: E402
from tests.search.labelled import (  # noqa: E402
    HELD_OUT,
    NEEDS,
    QUERIES,
    TARGET_PRECISION,
    TARGET_RECALL,
    evaluate,
    failures,
)


def _report(label: str, engine) -> bool:
    engine.index("needs", [need.document for need in NEEDS])
    ok = True
    print(f"\n{label}: {len(NEEDS)} needs")
    print(f"{'part':<9} {'class':<20} {'queries':>7} {'recall@100':>11} {'precision@10':>13}")
    for part, queries in (("tuning", QUERIES), ("held-out", HELD_OUT)):
        for kind, figures in evaluate(engine, queries).items():
            low = figures["recall@100"] < TARGET_RECALL or figures["precision@10"] < TARGET_PRECISION
            ok &= not low
            print(f"{part:<9} {kind:<20} {figures['queries']:>7} {figures['recall@100']:>11.3f} "
                  f"{figures['precision@10']:>13.3f}{'  < target' if low else ''}")
        for line in failures(engine, queries):
            print("   ", line)
    return ok


def main() -> int:
    """Evaluate on tantivy and, when --engine names a server, on Elasticsearch."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", help="an Elasticsearch URL to evaluate as well")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as directory:
        engine = search.get_engine("tantivy", path=directory)
        try:
            ok &= _report("tantivy", engine)
        finally:
            engine.close()
    if args.engine:
        engine = search.create_engine(args.engine, prefix=f"eval-{uuid.uuid4().hex[:8]}-")
        try:
            ok &= _report(f"elasticsearch {args.engine}", engine)
        finally:
            engine.drop("needs")
            engine.close()
    verdict = "met" if ok else "MISSED"
    print(f"\ntargets: recall@100 >= {TARGET_RECALL}, precision@10 >= {TARGET_PRECISION}: {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
