"""Time the search page's engine call on needs indexes of different sizes: is its cost flat in the matches?

The search page (``/search?q=棉衣``, app/services/browse.py) asks the needs index for one page of 20 by
relevance (open needs first at equal score) with five facets. This script opens each given tantivy
directory (e.g. an index of 100,000 households' needs and one of 1,000,000), runs that query for several
common item words, and prints the process CPU milliseconds per call (median of ``--repeat``; CPU, not wall time, as the machine is shared) with the total
matches, then the ratio of each index to the first. Two columns: ``counted`` with the engine's totals
and facets cache warm (a visitor paging or re-sorting; what load_bench's repeated URL measures), and
``uncached`` with the cache off (a query nobody asked since the last commit: counts and facets read
every match). ``--all-statuses`` adds the filter by the four public statuses the page passed before
issue 14's fourth pass, for a same-process comparison of the query shapes.

    .venv/bin/python bench/search_scale.py /work/bench/search100000 /work/bench/search1000000 --repeat 30

Only reads the indexes (never writes). Figures: docs/benchmarks.md, "Search and deep pages flat in size".
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search import Query  # noqa: E402
from search.engines.tantivy_engine import TantivyEngine  # noqa: E402

WORDS = ("棉衣", "化肥", "书包", "轮椅", "电脑", "羊")
FACETS = ("category", "kind", "urgency", "status", "province_code")  # the page's facets without a region
PUBLIC = ("published", "pledged", "delivered", "completed")


def page_query(text: str, all_statuses: bool) -> Query:
    """Return the search page's query for ``text`` (page 1, 20 a page, relevance, facets)."""
    return Query(text=text, status=list(PUBLIC) if all_statuses else None, size=20, facets=FACETS)


def timed(engine: TantivyEngine, query: Query, repeat: int) -> tuple[float, int]:
    """Return (median CPU ms per call, total matches) of ``repeat`` searches after one warm-up."""
    total = engine.search("needs", query).total
    laps = []
    for _ in range(repeat):
        start = time.process_time()
        engine.search("needs", query)
        laps.append((time.process_time() - start) * 1000)
    return statistics.median(laps), total


def main() -> None:
    """Parse options, time each word on each index, print ms per call and ratios to the first index."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="tantivy engine directories (each holding needs/)")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--words", default=",".join(WORDS), help="comma-separated query words")
    parser.add_argument("--all-statuses", action="store_true", help="filter by the four public statuses (old page)")
    options = parser.parse_args()
    words = [w for w in options.words.split(",") if w]
    rows: dict[str, dict[str, tuple[float, float, int]]] = {}
    for path in options.paths:
        warm, cold = TantivyEngine(path), TantivyEngine(path, cache_size=0)
        for word in words:
            query = page_query(word, options.all_statuses)
            counted, total = timed(warm, query, options.repeat)
            uncached, _ = timed(cold, query, max(3, options.repeat // 5))
            rows.setdefault(word, {})[path] = (counted, uncached, total)
            print(f"{path:<36} {word:<4} matches {total:>8,}  counted {counted:7.2f} ms  uncached {uncached:7.2f} ms",
                  flush=True)
        warm.close()
        cold.close()
    if len(options.paths) > 1:
        base = options.paths[0]
        print(f"\nms per call relative to {base} (1.0 = flat)")
        for path in options.paths[1:]:
            counted = [rows[w][path][0] / rows[w][base][0] for w in words]
            uncached = [rows[w][path][1] / rows[w][base][1] for w in words]
            matches = [rows[w][path][2] / max(1, rows[w][base][2]) for w in words]
            print(f"{path:<36} matches x{statistics.median(matches):.1f}  counted x{statistics.median(counted):.2f}"
                  f"  uncached x{statistics.median(uncached):.2f}  (medians over {len(words)} words)")


if __name__ == "__main__":
    main()
