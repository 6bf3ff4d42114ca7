"""Benchmark `flask demo seed` in-process: a fresh database, migrations, regions, then the timed seeding.

SQLite by default (a new file under /tmp, like the instance file of a development machine); pass
--database-url to time PostgreSQL instead (a URL whose search_path names an empty scratch schema).

    .venv/bin/python bench/demo_seed_bench.py --households 100000
    .venv/bin/python bench/demo_seed_bench.py --households 100000 \
        --database-url 'postgresql://postgres@127.0.0.1:5432/test?options=-csearch_path%3Ddemo_bench'
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2014)
    parser.add_argument("--database-url", default="", help="default: a new SQLite file under /tmp")
    parser.add_argument("--keep", action="store_true", help="keep the SQLite file and print where it is")
    args = parser.parse_args()

    from flask_migrate import upgrade
    from sqlalchemy import func, select

    from app import create_app
    from app.demo import seed_demo_world
    from app.extensions import db
    from app.models import Need
    from app.reference import load_reference_data

    tmp = Path(tempfile.mkdtemp(prefix="demo_seed_bench_"))
    url = args.database_url or f"sqlite:///{tmp / 'demo.db'}"
    app = create_app({"DATABASE_URL": url, "SEARCH_INDEX_DIR": str(tmp / "search"), "UPLOAD_DIR": str(tmp / "up"),
                      "SECRET_KEY": "bench", "PERSONAL_DATA_KEY": "bench-personal-data-key"})
    with app.app_context():
        t = time.perf_counter()
        upgrade()
        migrate_s = time.perf_counter() - t
        t = time.perf_counter()
        load_reference_data()
        regions_s = time.perf_counter() - t
        report = seed_demo_world(args.households, args.seed, echo=lambda line: None)
        states = dict(db.session.execute(select(Need.status, func.count()).group_by(Need.status)).all())
        db.session.remove()
        db.engine.dispose()

    rows = sum(report.counts.values())
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"database: {url.split(':', 1)[0]}")
    print(f"households: {args.households}, seed: {args.seed}")
    print(f"db upgrade: {migrate_s:.1f} s; regions load: {regions_s:.1f} s")
    print(f"demo seed: {report.seconds:.1f} s for {rows:,} rows ({rows / report.seconds:,.0f} rows/s)")
    for name, seconds in report.phases:
        print(f"  {name:<28} {seconds:6.1f} s")
    print("rows: " + ", ".join(f"{table} {n:,}" for table, n in report.counts.items()))
    print("needs by state: " + ", ".join(f"{s} {n:,}" for s, n in sorted(states.items())))
    if not args.database_url:
        print(f"SQLite file: {tmp / 'demo.db'}, {(tmp / 'demo.db').stat().st_size / 2**20:.0f} MiB")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
