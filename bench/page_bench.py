"""Time the portal's important pages on a large demo database and count their SQL queries.

Build the database once (about a minute for 100,000 households), then run:

    export DATABASE_URL=sqlite:////tmp/perf100k.db SEARCH_INDEX_DIR=/tmp/perf100k-search
    .venv/bin/flask --app wsgi db upgrade && .venv/bin/flask --app wsgi regions load
    .venv/bin/flask --app wsgi demo seed --households 100000 && .venv/bin/flask --app wsgi search reindex
    .venv/bin/python bench/page_bench.py --database-url sqlite:////tmp/perf100k.db \
        --search-index-dir /tmp/perf100k-search

Each page is requested through the Flask test client (a warm-up request, then ``--repeat`` timed
ones); the table shows the median wall time and the SQL statements of one request. A page whose
query count grows with the rows it shows has an N+1 to fix. On PostgreSQL, ANALYZE after seeding:
without statistics the planner picks nested loops for the region counts. Figures: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import event, select

from load_bench import BENCH_COUNTY, ensure_bench_county, password_of

from app import create_app
from app.extensions import db


def _ids(app) -> dict[str, object]:
    """Pick a published need and a poverty county that exist in this database."""
    from app.models import Need, Region, User

    with app.app_context():
        need_id = db.session.scalar(select(Need.id).where(Need.status == "published").order_by(Need.id.desc()).limit(1))
        # The demo county office's county holds the seeded data; any poverty county serves otherwise.
        counties = select(Region.code).where(Region.level == "county", Region.is_poverty_county.is_(True))
        demo_county = db.session.scalar(select(User.region_code).where(User.username == "demo_county"))
        county = db.session.scalar(counties.where(Region.code == demo_county)) or db.session.scalar(
            counties.order_by(Region.code).limit(1)
        )
        # A household of the demo county office's county, for the registry's search by name and by ID number.
        from app.models import Household, Village

        household = db.session.scalar(select(Household).join(Village, Household.village_id == Village.id)
                                      .where(Village.code.startswith(county or "")).order_by(Household.id.desc())
                                      .limit(1))
    return {"need_id": need_id, "county": county,
            "name": household.head_name if household else "", "id_number": household.id_number if household else ""}


def _pages(ids: dict[str, object]) -> list[tuple[str | None, str]]:
    """Return (account or None, path) for every page measured."""
    public = [
        "/",
        "/needs",
        "/needs?province=52&category=living",
        "/needs?page=50",
        f"/needs/{ids['need_id']}",
        "/regions",
        "/regions/52",
        f"/regions/{ids['county']}",
        "/projects",
        "/projects/pairings",
        "/offers/",
        "/orgs/",
        "/search?q=棉衣",
        "/search?region=52",
    ]
    signed_in = [(f"demo_{kind}", "/account/") for kind in ("village", "township", "county", "province", "donor", "admin")]
    signed_in += [
        ("demo_township", "/review"),
        ("demo_county", "/review"),
        # a county queue that fills a whole page at every size (bench/load_bench.py's docstring)
        (BENCH_COUNTY, "/review"),
        ("demo_village", "/registry/"),
        ("demo_county", "/registry/"),
        # the registry's search, filters and pages (issue 15)
        ("demo_county", f"/registry/?q={ids['name']}"),
        ("demo_county", f"/registry/?q={ids['id_number']}"),
        ("demo_county", "/registry/?status=registered&cause=illness&sort=-income"),
        ("demo_county", "/registry/?page=100&per_page=50"),
        ("demo_county", "/registry/?per_page=200&sort=year"),
        ("demo_village", "/registry/?cause=illness"),
        # the national view: all households of the database in scope
        ("demo_admin", "/registry/"),
        ("demo_admin", f"/registry/?q={ids['name']}"),
        ("demo_admin", f"/registry/?q={ids['id_number']}"),
        ("demo_admin", "/registry/?status=registered&cause=illness&sort=-income"),
        ("demo_admin", "/registry/?page=1000&per_page=50"),
        ("demo_admin", "/registry/?region=52&sort=year"),
        ("demo_county", "/identification/"),
        ("demo_county", "/identification/annual"),
        ("demo_county", "/assistance/"),
        ("demo_county", "/assistance/?show=no_helper&page=50"),
        ("demo_county", "/assistance/helpers"),
        ("demo_county", "/assistance/teams"),
        ("demo_village", "/work/needs"),
        ("demo_donor", "/my/"),
        ("demo_donor", "/my/pledges"),
        ("demo_donor", "/recommendations"),
        ("demo_county", "/office/matches"),
        ("demo_county", "/offers/office"),
        ("demo_county", "/account/audit"),
        ("demo_donor", "/notifications/"),
        ("demo_county", "/notifications/"),
    ]
    return [(None, path) for path in public] + signed_in


def _client_for(app, account: str | None):
    """Return a test client, signed in as ``account`` through the real login form when given."""
    client = app.test_client()
    if account:
        response = client.post("/auth/login", data={"username": account, "password": password_of(account)})
        if response.status_code != 302:
            raise SystemExit(f"cannot sign in as {account}: HTTP {response.status_code}")
    return client


def measure(database_url: str, search_index_dir: str, repeat: int,
            match: list[str] | None = None) -> list[tuple[str, str, int, float, int]]:
    """Return (account, path, status, median ms, queries per request) for every page."""
    app = create_app(
        {
            "DATABASE_URL": database_url,
            "SEARCH_INDEX_DIR": search_index_dir,
            "WTF_CSRF_ENABLED": False,
            "RATELIMIT_ENABLED": False,
        }
    )
    ids = _ids(app)
    ensure_bench_county(app)
    counter = {"n": 0}
    with app.app_context():
        engine = db.engine

    @event.listens_for(engine, "before_cursor_execute")
    def _count(*_args, **_kwargs):
        counter["n"] += 1

    clients: dict[str | None, object] = {}
    rows = []
    for account, path in _pages(ids):
        if match and not any(m in path for m in match):
            continue
        if account not in clients:
            clients[account] = _client_for(app, account)
        client = clients[account]
        client.get(path)  # warm caches and compiled statements, as a running server would have
        times, queries, status = [], 0, 0
        for _ in range(repeat):
            counter["n"] = 0
            started = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            queries, status = counter["n"], response.status_code
        rows.append((account or "-", path, status, statistics.median(times), queries))
    return rows


def main() -> None:
    """Parse options, measure every page and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", "sqlite:////tmp/perf100k.db"))
    parser.add_argument("--search-index-dir", default=os.environ.get("SEARCH_INDEX_DIR", "/tmp/perf100k-search"))
    parser.add_argument("--repeat", type=int, default=5, help="timed requests per page (default 5)")
    parser.add_argument("--match", action="append", help="only pages whose path contains this (repeatable)")
    args = parser.parse_args()
    rows = measure(args.database_url, args.search_index_dir, args.repeat, args.match)
    print(f"{'account':<14} {'page':<40} {'status':>6} {'median ms':>10} {'queries':>8}")
    for account, path, status, ms, queries in rows:
        print(f"{account:<14} {path:<40} {status:>6} {ms:>10.1f} {queries:>8}")


if __name__ == "__main__":
    main()
