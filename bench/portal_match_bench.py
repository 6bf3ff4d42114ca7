"""Benchmark the portal's live matching: one new offer against N open needs in a real database.

What is timed is the path the worker runs for a new or edited offer, ``app.services.matching
.match_offer`` end to end: read the offer, refresh the process's needs index with the needs changed
since its last look, candidate retrieval and exact scoring, the check of the found needs against the
database, storing the Match rows, commit.

1. Put N published needs into a SQLite file (bulk insert of the texts, regions, units and quantities
   of ``bench/matching_bench.py``'s generator; reference data loaded so offers can target regions).
   The file is kept and reused by the next run of the same size (``--database``).
2. **Index build**: the first ``match_offer`` in the process reads every open need and builds the
   index (timed alone, then that offer's match is timed again warm).
3. **One new offer**: ``--offers`` offers (another seed) inserted and matched one by one; before
   each, ``--churn`` needs change (half newly published, half closed), so each match also applies a
   refresh. Median and max are reported, plus the time of the refresh alone.
4. **Baseline** (``--baseline``): the previous path, scoring every open need for one offer
   (``matching.recommend`` over all open needs read from the database), for the same offers.

Example (figures in docs/benchmarks.md)::

    .venv/bin/python bench/portal_match_bench.py --needs 1000000 --offers 30
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import resource
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from matching_bench import generate  # noqa: E402
from sqlalchemy import func, select, update  # noqa: E402

from app import create_app  # noqa: E402
from app.extensions import db  # noqa: E402
from app.models import Need, Offer, OfferCategory, OfferRegion, Region, User, Village  # noqa: E402
from app.models._types import utcnow  # noqa: E402

_INSERT_BATCH = 20_000


def _app(path: Path):
    return create_app({"DATABASE_URL": f"sqlite:///{path}", "TASK_QUEUE": "off",
                       "SEARCH_INDEX_DIR": tempfile.mkdtemp(prefix="portal-match-search-"),
                       "MATCH_MODEL_PATH": str(path.with_suffix(".model.joblib")),
                       "MATCH_LEXICON_DIR": str(path.with_suffix(".lexicon"))})


def _fill(n_needs: int, log) -> None:
    """Create the schema, reference data, one officer and village, and ``n_needs`` published needs."""
    from app.reference import load_reference_data

    db.create_all()
    load_reference_data()
    township = db.session.scalar(select(Region.code).where(Region.level == "township").order_by(Region.code))
    officer = User(username="bench_officer", role="donor", password_hash="x", display_name="bench")
    db.session.add(officer)
    villages = [Village(code=f"{township}{k:03d}", township_code=township, name=f"基准{k}村") for k in range(200)]
    db.session.add_all(villages)
    db.session.commit()
    needs, _, _, _ = generate(n_needs, 1)
    # Published an hour ago: a database with history, not one loaded the minute before the worker
    # starts (then the first refreshes re-read the pairs (id, updated_at) of every need, ~1 s at 1M).
    now = utcnow() - dt.timedelta(hours=1)
    table = Need.__table__
    for start in range(0, n_needs, _INSERT_BATCH):
        rows = []
        for k, n in enumerate(needs[start:start + _INSERT_BATCH], start=start):
            rows.append({
                "beneficiary_type": "village", "household_id": None, "village_id": villages[k % 200].id,
                "region_code": n.region, "category": n.category, "kind": n.kind, "title": n.title[:30],
                "description": n.description, "quantity": Decimal(str(int(n.quantity))), "unit": n.unit[:8],
                "pledged_quantity": Decimal(0), "urgency": n.urgency, "deadline": None, "status": "published",
                "review_level": 0, "posted_by_id": officer.id, "created_at": now, "published_at": now,
                "updated_at": now,
            })
        db.session.execute(table.insert(), rows)
        db.session.commit()
        log(f"inserted {start + len(rows)} / {n_needs} needs")


def _add_offers(count: int, seed: int, poster: User) -> list[int]:
    _, offers, _, _ = generate(1, count, seed)
    known = set(db.session.scalars(select(Region.code).where(Region.level != "township")))
    ids = []
    for o in offers:
        row = Offer(poster_id=poster.id, kind=o.kind, title=o.title[:30], description=o.description,
                    quantity=Decimal(str(int(o.quantity))), remaining=Decimal(str(int(o.quantity))),
                    unit=o.unit[:8], status="active", valid_until=None,
                    category_rows=[OfferCategory(category=c) for c in o.categories],
                    region_rows=[OfferRegion(region_code=r) for r in o.regions if r in known])
        db.session.add(row)
        db.session.flush()
        ids.append(row.id)
    db.session.commit()
    return ids


def _churn(k: int, step: int) -> None:
    """Change ``k`` needs as the portal would: half published anew (bumped), half closed."""
    if k <= 0:
        return
    base = 1 + step * k
    now = utcnow()
    db.session.execute(update(Need).where(Need.id.between(base, base + k // 2 - 1))
                       .values(urgency=3, updated_at=now))
    db.session.execute(update(Need).where(Need.id.between(base + k // 2, base + k - 1))
                       .values(status="closed", closed_at=now, updated_at=now))
    db.session.commit()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--needs", type=int, default=100_000)
    parser.add_argument("--offers", type=int, default=20, help="new offers matched one by one")
    parser.add_argument("--churn", type=int, default=20, help="needs changed before each offer")
    parser.add_argument("--database", type=Path, default=None,
                        help="SQLite file (default /tmp/portal_match_<needs>.sqlite3, reused when present)")
    parser.add_argument("--baseline", action="store_true", help="also time scoring every open need per offer")
    args = parser.parse_args(argv)
    path = args.database or Path(tempfile.gettempdir()) / f"portal_match_{args.needs}.sqlite3"
    t0 = time.perf_counter()

    def log(msg):
        print(f"[{time.perf_counter() - t0:7.1f}s] {msg}", flush=True)

    logging.getLogger("app.services.need_index").setLevel(logging.INFO)
    app = _app(path)
    with app.app_context():
        fresh = not path.exists() or not db.inspect(db.engine).has_table("needs")
        if fresh:
            t = time.perf_counter()
            _fill(args.needs, log)
            log(f"database filled in {time.perf_counter() - t:.1f} s")
        open_needs = db.session.scalar(select(func.count(Need.id)).where(Need.status == "published"))
        log(f"{open_needs} open needs in {path}; load average {os.getloadavg()}")
        from app.services import matching as service, need_index

        poster = db.session.scalar(select(User).where(User.username == "bench_officer"))
        offer_ids = _add_offers(args.offers + 1, seed=int(time.time()) % 100_000, poster=poster)

        t = time.perf_counter()
        service.match_offer(offer_ids[0])
        cold = time.perf_counter() - t
        log(f"first match_offer (reads needs and builds the index): {cold:.1f} s")
        t = time.perf_counter()
        service.match_offer(offer_ids[0])
        log(f"same offer again, index built: {time.perf_counter() - t:.3f} s")

        times, refresh = [], []
        for step, offer_id in enumerate(offer_ids[1:]):
            _churn(args.churn, step)
            t = time.perf_counter()
            service.match_offer(offer_id)
            times.append(time.perf_counter() - t)
        # The refresh alone, after a churn: the "changed since" read and applying it.
        for step in range(5):
            _churn(args.churn, args.offers + step)
            state = app.extensions["matching"]["need_index"]
            t = time.perf_counter()
            need_index._refresh(state)
            refresh.append(time.perf_counter() - t)
        log(f"one new offer, match_offer end to end ({len(times)} offers, {args.churn} needs changed before each): "
            f"median {statistics.median(times):.3f} s, max {max(times):.3f} s; refresh alone median "
            f"{statistics.median(refresh):.3f} s")
        stored = db.session.scalar(select(func.count()).select_from(service.Match).where(
            service.Match.offer_id.in_(offer_ids)))
        log(f"matches stored for the {len(offer_ids)} offers: {stored}")
        if args.baseline:
            import matching

            base = []
            for offer_id in offer_ids[1:2 if args.needs > 200_000 else 4]:  # minutes each at 1M
                t = time.perf_counter()
                helped = service.times_helped()
                records = [service.need_record(n, helped.get(service.beneficiary(n), 0)) for n in service.open_needs()]
                matching.recommend(records, [service.offer_record(db.session.get(Offer, offer_id))], top=20,
                                   model=service.scorer(), lexicon=service.lexicon(), item_reasons=True)
                base.append(time.perf_counter() - t)
                db.session.expunge_all()
            log(f"baseline, every open need scored per offer: median {statistics.median(base):.2f} s "
                f"({statistics.median(base) / statistics.median(times):.0f}× the indexed path)")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
        log(f"peak memory {peak:.2f} GiB; load average {os.getloadavg()}; {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
