"""Time the statistics: computing each figure (what the worker does every 5 minutes) and answering the pages
that read them (/stats, the national dashboard, the assessment), on a large demo database.

PostgreSQL, in a scratch schema (create it once; the bench seeds it when it holds no households):

    psql -h 127.0.0.1 -U postgres test -c 'CREATE SCHEMA IF NOT EXISTS stats_bench'
    .venv/bin/python bench/stats_bench.py --households 100000 \
        --database-url 'postgresql://postgres@127.0.0.1:5432/test?options=-csearch_path%3Dstats_bench'

Each figure is computed ``--repeat`` times (median shown); each page is requested through the Flask test
client (a warm-up request that stores any missing figure, then ``--repeat`` timed ones), with the SQL
statements of one request. The ratio column is page time / compute time of the figures it shows: what
precomputing saves against aggregating on every request. Figures: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSWORD = "Stats-Bench-2016"


def _median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    """Seed if needed, then print compute and page times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--households", type=int, default=100_000, help="seeded when the database holds none")
    parser.add_argument("--seed", type=int, default=2014)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--year", type=int, default=0, help="assessment year (default: the year with most needs)")
    args = parser.parse_args()

    from sqlalchemy import event, func, select, text

    from app import create_app
    from app.demo import seed_demo_world
    from app.extensions import db
    from app.models import Household, Need, User
    from app.reference import load_reference_data
    from app.services import figures
    from app.services.accounts import hash_password
    from app.services.stats._sql import year_of

    tmp = Path(tempfile.mkdtemp(prefix="stats_bench_"))
    app = create_app({"DATABASE_URL": args.database_url, "SEARCH_INDEX_DIR": str(tmp / "search"),
                      "UPLOAD_DIR": str(tmp / "up"), "SECRET_KEY": "bench", "PERSONAL_DATA_KEY": "bench-personal-data-key",
                      "RATELIMIT_ENABLED": False, "WTF_CSRF_ENABLED": False, "FORM_ONCE_REQUIRED": False})
    with app.app_context():
        db.create_all()
        households = db.session.scalar(select(func.count(Household.id)))
        if not households:
            load_reference_data()
            print(f"seeding {args.households:,} households …", flush=True)
            report = seed_demo_world(args.households, args.seed, echo=lambda line: None)
            print(f"seeded in {report.seconds:.0f} s", flush=True)
            households = db.session.scalar(select(func.count(Household.id)))
        needs = db.session.scalar(select(func.count(Need.id)))
        year = args.year or db.session.execute(
            select(year_of(Need.published_at).label("y"), func.count()).where(Need.published_at.is_not(None))
            .group_by(text("y")).order_by(func.count().desc()).limit(1)).first()[0]
        if db.session.scalar(select(User.id).where(User.username == "stats_bench_national")) is None:
            db.session.add(User(username="stats_bench_national", display_name="国家级扶贫办（测速）", role="office",
                                office_level="national", password_hash=hash_password(PASSWORD)))
            db.session.commit()
        db.session.remove()

        computes = [("stats.overview", ""), ("stats.overview", "52"), ("dashboard.registry", ""),
                    ("dashboard.needs", ""), ("dashboard.help", ""), ("dashboard.projects", ""),
                    ("assessment.counties", str(year))]
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load {open('/proc/loadavg').read().split()[:3]}, "
              f"Python {platform.python_version()}, database: {db.engine.dialect.name}")
        print(f"households: {households:,}, needs: {needs:,}, assessment year: {year}")
        print(f"\n{'figure (computed by the worker)':<38} {'median':>9}")
        computed: dict[tuple[str, str], float] = {}
        for key, scope in computes:
            seconds = _median_seconds(lambda: figures.compute(key, scope), 1 if key.startswith("assessment") else args.repeat)
            computed[(key, scope)] = seconds
            db.session.remove()
            print(f"{key + ' ' + (scope or '全国'):<38} {seconds * 1000:8.0f} ms", flush=True)
        counties = len(figures.get("assessment.counties", str(year)).payload["counties"])
        print(f"assessment: {counties} counties")

    statements = {"n": 0}

    with app.app_context():
        @event.listens_for(db.engine, "before_cursor_execute")
        def _count(*_a):
            statements["n"] += 1

    client = app.test_client()
    anonymous = app.test_client()
    response = client.post("/auth/login", data={"username": "stats_bench_national", "password": PASSWORD})
    assert response.status_code == 302, response.status_code
    pages = [
        (anonymous, "/stats", [("stats.overview", "")]),
        (anonymous, "/stats?region=52", [("stats.overview", "52")]),
        (client, "/dashboard", [("dashboard.registry", ""), ("dashboard.needs", ""), ("dashboard.help", ""),
                                ("dashboard.projects", "")]),
        (client, f"/assessment?year={year}", [("assessment.counties", str(year))]),
    ]
    print(f"\n{'page (reads the stored figures)':<38} {'median':>9} {'SQL':>5} {'page / compute':>15}")
    for who, path, shown in pages:
        assert who.get(path).status_code == 200, path
        statements["n"] = 0
        who.get(path)
        count = statements["n"]
        seconds = _median_seconds(lambda: who.get(path), args.repeat)
        cost = sum(computed[s] for s in shown)
        print(f"{path:<38} {seconds * 1000:8.1f} ms {count:5d} {seconds / cost:14.3f}×", flush=True)


if __name__ == "__main__":
    main()
