"""Print PostgreSQL's EXPLAIN (ANALYZE) of the queries behind the keyset lists (issue 14).

Each list is asked for through its service, as its page asks for it: the first page, then the page
after the first page's cursor, and an old ``?page=N`` link. The SELECTs the service sends are recorded
and run again under ``EXPLAIN (ANALYZE)`` with the same parameters; the script prints the plan's first
lines and the execution time of each, so a full sort or a sequential scan over a big table shows.

    .venv/bin/python bench/explain_lists.py --database-url postgresql://postgres@127.0.0.1:5432/h14b \\
        [--only closing] [--lines 6]

Figures: docs/page-cost.md (EXPLAIN on PostgreSQL).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


@contextmanager
def recorded(engine):
    """Record (statement, parameters) of every SELECT sent on ``engine`` inside the block."""
    from sqlalchemy import event

    sent: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", record)


def lists(app) -> list[tuple[str, object]]:
    """Return (label, call) of each list to explain; ``call()`` runs the service as its page does."""
    from sqlalchemy import select

    from app.extensions import db
    from app.models import User, Village
    from app.services import accounts, assistance, offers, portal
    from app.services import identification as ident
    from app.services.stats import lists as stats_lists

    with app.app_context():
        admin = db.session.scalar(select(User.id).where(User.role == "admin").order_by(User.id).limit(1))
        # A county office with villages in its county (the demo world has villages in a few counties only).
        office = db.session.scalar(select(User.id).join(Village, Village.code.startswith(User.region_code))
                                   .where(User.role == "office", User.office_level == "county")
                                   .order_by(User.id).limit(1))

    def user(user_id):
        return db.session.get(User, user_id)

    def deep(fetch):
        """Return a call that reads the first page, then the page after it by cursor."""
        def call():
            first = fetch(None)
            return fetch(first.next_cursor)
        return call

    closing = portal.NeedFilters(sort="closing", open_only=True)
    closing_province = portal.NeedFilters(sort="closing", open_only=True, province="53")
    return [
        ("needs closing, next page", deep(lambda after: portal.needs_page(closing, page=2 if after else 1, after=after))),
        ("needs closing, province 53", deep(lambda after: portal.needs_page(closing_province, after=after))),
        ("needs closing, ?page=20", lambda: portal.needs_page(closing, page=20)),
        ("audit log (admin), next page", deep(lambda after: accounts.audit_trail(user(admin), after=after))),
        ("audit log (county office)", deep(lambda after: accounts.audit_trail(user(office), after=after))),
        ("audit log (admin), ?page=100", lambda: accounts.audit_trail(user(admin), page=100)),
        ("office offers, next page", deep(lambda after: offers.offers_for_office(user(office), after=after))),
        ("stats pledges (admin), next page", deep(lambda after: stats_lists.page(
            "pledges", user(admin), stats_lists.ListFilters(), after=after))),
        ("stats needs (county office), next page", deep(lambda after: stats_lists.page(
            "needs", user(office), stats_lists.ListFilters(), after=after))),
        ("households without a plan (county office), next page", deep(lambda after: assistance.households_lacking(
            user(office), "plan", after=after))),
        ("helpers (admin), next page", deep(lambda after: assistance.list_helpers(user(admin), after=after)[0])),
        ("identification cases (admin), next page", deep(lambda after: ident.list_cases(user(admin), after=after))),
    ]


def main() -> None:
    """Parse options, run each list's service, print EXPLAIN (ANALYZE) of the SELECTs it sent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"), required="DATABASE_URL" not in os.environ)
    parser.add_argument("--only", help="explain only lists whose label contains this text")
    parser.add_argument("--lines", type=int, default=5, help="plan lines printed per statement")
    options = parser.parse_args()
    os.environ.update(DATABASE_URL=options.database_url, RATELIMIT_ENABLED="0", TASK_QUEUE="off")

    from app import create_app
    from app.extensions import db

    app = create_app()
    for label, call in lists(app):
        if options.only and options.only not in label:
            continue
        with app.app_context():
            with recorded(db.engine) as sent:
                call()
            print(f"== {label}: {len(sent)} SELECTs")
            connection = db.session.connection()
            for statement, parameters in sent:
                if not re.search(r"\bLIMIT\b", statement) or "figures" in statement:
                    continue  # the list's key queries carry a LIMIT; row loads by id and figures do not
                plan = [row[0] for row in connection.exec_driver_sql(
                    "EXPLAIN (ANALYZE) " + statement, parameters)]
                shown = [line for line in plan if not line.startswith(("Planning", "Execution"))]
                print("   " + "\n   ".join(shown[:options.lines]))
                print("   " + next(line for line in reversed(plan) if line.startswith("Execution Time")))
            db.session.rollback()


if __name__ == "__main__":
    main()
