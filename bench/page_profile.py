"""Profile the app CPU of the load benchmark's pages in one process, through the Flask test client.

Where ``bench/load_bench.py`` says how many CPU milliseconds a page costs the gunicorn workers, this
script says where they go: each page is requested ``--repeat`` times (after two warm-up requests) on
a real database, the process CPU time per request is printed, and with ``--profile DIR`` a cProfile
dump per page is written (read it with ``python -m pstats``) and its top functions printed.

    .venv/bin/python bench/page_profile.py --database-url postgresql://postgres@127.0.0.1:5432/bench14b \\
        --repeat 200 [--only organisation] [--profile /tmp/prof]

Figures: docs/benchmarks.md (issue 14, app CPU).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

# one list of the pages the issue names, and the review queue's account (bench_county, made when missing)
from load_bench import ensure_bench_county, page_list, password_of  # noqa: E402


def sign_in(app, username: str):
    """Return a test client signed in as ``username`` through the real login form."""
    client = app.test_client()
    form = client.get("/auth/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form)
    data = {"username": username, "password": password_of(username)}
    if token:
        data["csrf_token"] = token.group(1)
    client.post("/auth/login", data=data)
    if username not in client.get("/account/").get_data(as_text=True):
        raise SystemExit(f"cannot sign in as {username}")
    return client


def pages(app) -> list[tuple[str, str, str | None]]:
    """Return (label, path, account) of the load benchmark's pages, with ids present in this database (the
    review queue's account ``bench_county`` made first when missing, as bench/load_bench.py does)."""
    from sqlalchemy import func, select

    from app.extensions import db
    from app.models import Need, Pledge, User

    county, waiting = ensure_bench_county(app)
    print(f"review queue as bench_county: county {county}, {waiting} needs waiting at the county level")
    with app.app_context():
        need = db.session.scalar(select(Need.id).where(Need.status == "published").order_by(Need.id.desc()).limit(1))
        county = db.session.scalar(select(User.region_code).where(User.username == "demo_county"))
        org = db.session.scalar(select(Pledge.organisation_id).where(Pledge.organisation_id.is_not(None))
                                .group_by(Pledge.organisation_id).order_by(func.count().desc()).limit(1))
    return page_list(need, county, org)


def main() -> None:
    """Parse options, request every page, print CPU ms per request (and the profile's top functions)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"), required="DATABASE_URL" not in os.environ)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--only", help="profile only pages whose label contains this text")
    parser.add_argument("--profile", help="write a cProfile dump per page into this folder and print its top")
    parser.add_argument("--top", type=int, default=25)
    options = parser.parse_args()
    os.environ.update(DATABASE_URL=options.database_url, RATELIMIT_ENABLED="0", TASK_QUEUE="off")

    from app import create_app

    app = create_app()
    clients = {}
    print(f"{'page':<26} {'CPU ms/request':>14} {'wall ms':>8}")
    for label, path, account in pages(app):
        if options.only and options.only not in label:
            continue
        if account not in clients:
            clients[account] = sign_in(app, account) if account else app.test_client()
        client = clients[account]
        for _ in range(2):
            assert client.get(path).status_code == 200, path
        profile = cProfile.Profile(time.process_time) if options.profile else None
        cpu, wall = time.process_time(), time.perf_counter()
        if profile:
            profile.enable()
        for _ in range(options.repeat):
            client.get(path)
        if profile:
            profile.disable()
        cpu = (time.process_time() - cpu) * 1000 / options.repeat
        wall = (time.perf_counter() - wall) * 1000 / options.repeat
        print(f"{label:<26} {cpu:14.1f} {wall:8.1f}", flush=True)
        if profile:
            Path(options.profile).mkdir(parents=True, exist_ok=True)
            dump = Path(options.profile) / (re.sub(r"\W+", "_", label).strip("_") + ".prof")
            profile.dump_stats(dump)
            pstats.Stats(str(dump)).sort_stats("cumulative").print_stats(options.top)


if __name__ == "__main__":
    main()
