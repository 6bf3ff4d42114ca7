"""An offer's per-beneficiary cap holds under concurrency: 40 parallel pledges of 1 capped at 1 give exactly 1.

The same discipline as the need's quantity (tests/app/test_pledge_concurrency.py): real threads on
SQLite and PostgreSQL, and several processes on PostgreSQL.
"""

from __future__ import annotations

import multiprocessing
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.errors import Conflict, Invalid
from app.extensions import db
from app.models import Offer, Pledge, User
from app.services import pledges
from tests.conftest import is_postgres
from tests.races import race

ATTEMPTS = 40
CAP_MESSAGE = "该帮扶资源每个受益对象最多 1，本受益对象还可认领 0"


def _race(app, need_ids: list[int], donor_id: int, offer_id: int, attempts: int) -> list[str]:
    """Pledge 1 from the offer in ``attempts`` threads at once, spread over the beneficiary's needs."""

    def pledge_one(i: int) -> None:
        donor = db.session.get(User, donor_id)
        pledges.pledge(donor, need_ids[i % len(need_ids)], "1", offer_id=offer_id)

    return race(app, attempts, pledge_one, expected=(Conflict, Invalid))


def _capped_world(factory):
    household = factory.make_household()
    needs = [factory.make_need(household=household, quantity=50) for _ in range(2)]
    donor = factory.make_user("donor")
    offer = factory.make_offer(donor, quantity=100, per_beneficiary_cap=Decimal(1))
    return [n.id for n in needs], donor.id, offer.id


def _assert_exactly_one(offer_id: int, outcomes: list[str]) -> None:
    assert len(outcomes) == ATTEMPTS
    assert outcomes.count("ok") == 1, outcomes
    assert all(o == CAP_MESSAGE for o in outcomes if o != "ok"), outcomes
    db.session.expire_all()
    assert db.session.scalar(select(func.count(Pledge.id)).where(Pledge.offer_id == offer_id)) == 1
    assert db.session.get(Offer, offer_id).remaining == Decimal(99)


@pytest.mark.slow
def test_forty_threads_pledging_from_an_offer_capped_at_one_per_beneficiary_give_exactly_one(app, factory):
    need_ids, donor_id, offer_id = _capped_world(factory)
    _assert_exactly_one(offer_id, _race(app, need_ids, donor_id, offer_id, ATTEMPTS))


def _process_worker(database_url, tmp_dir, need_ids, donor_id, offer_id, attempts, start, out):
    from pathlib import Path

    from app import create_app
    from tests.conftest import make_test_config

    worker_app = create_app(make_test_config(Path(tmp_dir), database_url))
    start.wait()
    out.put(_race(worker_app, need_ids, donor_id, offer_id, attempts))


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.skipif(not is_postgres(), reason="several processes race only against PostgreSQL (TEST_DATABASE_URL)")
def test_several_processes_pledging_from_a_capped_offer_give_exactly_one(app, factory, tmp_path):
    need_ids, donor_id, offer_id = _capped_world(factory)
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    processes = [
        ctx.Process(target=_process_worker, args=(app.config["DATABASE_URL"], str(tmp_path), need_ids, donor_id,
                                                  offer_id, ATTEMPTS // 4, start, out))
        for _ in range(4)
    ]
    for p in processes:
        p.start()
    start.set()
    outcomes = []
    for _ in processes:
        outcomes.extend(out.get(timeout=180))
    for p in processes:
        p.join(60)
    _assert_exactly_one(offer_id, outcomes)
