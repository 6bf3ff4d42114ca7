"""Over-pledging is impossible: 50 simultaneous pledges against 10 remaining units, on SQLite and PostgreSQL."""

from __future__ import annotations

import multiprocessing
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.extensions import db
from app.models import Need, Pledge, User
from app.services import pledges
from tests.conftest import is_postgres
from tests.races import race

ATTEMPTS = 50
LEFT = 10


def _race(app, need_id: int, donor_ids: list[int], attempts: int) -> list[str]:
    """Pledge one unit from ``attempts`` threads at once, each with its own app context and session."""

    def pledge_one(i: int) -> None:
        pledges.pledge(db.session.get(User, donor_ids[i % len(donor_ids)]), need_id, "1")

    return race(app, attempts, pledge_one)


def _need_with_ten_left(factory) -> Need:
    need = factory.make_need(quantity=20)
    db.session.execute(Need.__table__.update().where(Need.id == need.id).values(pledged_quantity=Decimal(LEFT)))
    db.session.commit()
    return need


def _assert_exactly_ten_pledged(need_id: int, outcomes: list[str]) -> None:
    assert len(outcomes) == ATTEMPTS
    assert outcomes.count("ok") == LEFT, outcomes
    assert [o for o in outcomes if o != "ok"] == [pledges.SOLD_OUT] * (ATTEMPTS - LEFT)
    db.session.expire_all()
    need = db.session.get(Need, need_id)
    assert need.pledged_quantity == need.quantity == Decimal(20)
    assert need.status == "pledged"
    assert db.session.scalar(select(func.count(Pledge.id)).where(Pledge.need_id == need_id)) == LEFT


@pytest.mark.slow
def test_fifty_threads_pledging_ten_remaining_units_pledge_exactly_ten(app, factory):
    need = _need_with_ten_left(factory)
    donors = [factory.make_user("donor").id for _ in range(5)]
    outcomes = _race(app, need.id, donors, ATTEMPTS)
    _assert_exactly_ten_pledged(need.id, outcomes)


def _process_worker(database_url: str, tmp_dir: str, need_id: int, donor_ids: list[int], attempts: int, start, out):
    from pathlib import Path

    from app import create_app
    from tests.conftest import make_test_config

    worker_app = create_app(make_test_config(Path(tmp_dir), database_url))
    start.wait()
    out.put(_race(worker_app, need_id, donor_ids, attempts))


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.skipif(not is_postgres(), reason="several processes race only against PostgreSQL (TEST_DATABASE_URL)")
def test_several_processes_pledging_ten_remaining_units_pledge_exactly_ten(app, factory, tmp_path):
    need = _need_with_ten_left(factory)
    donors = [factory.make_user("donor").id for _ in range(5)]
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    processes = [
        ctx.Process(target=_process_worker,
                    args=(app.config["DATABASE_URL"], str(tmp_path), need.id, donors, ATTEMPTS // 5, start, out))
        for _ in range(5)
    ]
    for p in processes:
        p.start()
    start.set()
    outcomes = []
    for _ in processes:
        outcomes.extend(out.get(timeout=180))
    for p in processes:
        p.join(60)
    _assert_exactly_ten_pledged(need.id, outcomes)
