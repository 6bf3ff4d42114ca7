"""Benchmark the region chooser: type-ahead (`regions.search`) and a chain (`regions.picker`) per request.

A fresh SQLite file under /tmp (or --database-url), migrated and loaded with the shipped divisions
(all townships, ~45,000 regions); each query is run --repeat times after one warm-up and the median
and 95th percentile are printed in milliseconds.

    .venv/bin/python bench/region_search_bench.py
    .venv/bin/python bench/region_search_bench.py \
        --database-url 'postgresql://postgres@127.0.0.1:5432/test?options=-csearch_path%3Dregion_bench'
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

QUERIES = ["宁蒗", "怒江州", "城关镇", "县", "草海", "文山"]
CHAINS = [("530724", "county"), ("520526100", "township"), (None, "township")]


def _timed(fn, repeat: int) -> tuple[float, float]:
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--database-url", default="", help="default: a new SQLite file under /tmp")
    args = parser.parse_args()

    from flask_migrate import upgrade
    from sqlalchemy import func, select

    from app import create_app
    from app.extensions import db
    from app.models import Region
    from app.reference import load_reference_data
    from app.services import regions

    tmp = Path(tempfile.mkdtemp(prefix="region_search_bench_"))
    url = args.database_url or f"sqlite:///{tmp / 'regions.db'}"
    app = create_app({"DATABASE_URL": url, "SEARCH_INDEX_DIR": str(tmp / "search"), "UPLOAD_DIR": str(tmp / "up"),
                      "SECRET_KEY": "bench", "PERSONAL_DATA_KEY": "bench-personal-data-key"})
    with app.app_context():
        upgrade()
        load_reference_data()
        count = db.session.scalar(select(func.count(Region.code)))
        print(f"database: {url.split('?')[0]}  regions: {count}  python {platform.python_version()}")
        print(f"{'type-ahead query':<24}{'results':>8}{'median ms':>12}{'p95 ms':>10}")
        for text in QUERIES:
            found = regions.search(text)
            median, p95 = _timed(lambda: regions.search(text), args.repeat)
            print(f"{text:<24}{len(found):>8}{median:>12.2f}{p95:>10.2f}")
        print(f"{'chain (code, deepest)':<24}{'levels':>8}{'median ms':>12}{'p95 ms':>10}")
        for code, deepest in CHAINS:
            chooser = regions.picker("region", code, deepest=deepest)
            median, p95 = _timed(lambda: regions.picker("region", code, deepest=deepest), args.repeat)
            print(f"{str(code) + ' ' + deepest:<24}{len(chooser.levels):>8}{median:>12.2f}{p95:>10.2f}")


if __name__ == "__main__":
    main()
