"""An offer never gives more than it has, even when many pledges draw it down at the same moment."""

from __future__ import annotations

import threading
from decimal import Decimal

from sqlalchemy import func, select

from app.errors import Conflict
from app.extensions import db as _db
from app.models import Offer, Pledge
from app.services import offers
from tests.conftest import is_postgres

THREADS = 24


def _race(app, worker, count: int) -> list[str]:
    """Run ``worker(i)`` in ``count`` threads released together; return each outcome."""
    barrier = threading.Barrier(count)
    outcomes: list[str] = []
    lock = threading.Lock()

    def run(i: int) -> None:
        with app.app_context():
            barrier.wait()
            try:
                worker(i)
                outcome = "ok"
            except Conflict:
                _db.session.rollback()
                outcome = "conflict"
            finally:
                _db.session.remove()
            with lock:
                outcomes.append(outcome)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return outcomes


def test_many_simultaneous_draw_downs_give_exactly_the_offers_quantity(app, db, factory):
    offer = factory.make_offer(quantity=10)
    offer_id = offer.id

    def draw(_i: int) -> None:
        mine = _db.session.get(Offer, offer_id)
        offers.draw_down(mine, Decimal(1))
        _db.session.commit()

    outcomes = _race(app, draw, THREADS)
    assert outcomes.count("ok") == 10, (is_postgres(), outcomes)
    assert outcomes.count("conflict") == THREADS - 10
    db.session.expire_all()
    offer = db.session.get(Offer, offer_id)
    assert (offer.remaining, offer.status) == (Decimal(0), "exhausted")


def test_simultaneous_uneven_draw_downs_never_take_more_than_the_offer_has(app, db, factory):
    offer = factory.make_offer(quantity=25)
    offer_id = offer.id
    taken: list[int] = []
    lock = threading.Lock()

    def draw(i: int) -> None:
        amount = 1 + i % 4  # 1, 2, 3, 4, 1, 2, ...
        offers.draw_down(_db.session.get(Offer, offer_id), Decimal(amount))
        _db.session.commit()
        with lock:
            taken.append(amount)

    _race(app, draw, THREADS)
    db.session.expire_all()
    offer = db.session.get(Offer, offer_id)
    assert sum(taken) <= 25
    assert offer.remaining == Decimal(25 - sum(taken))


def test_pledges_from_one_offer_made_at_once_through_the_pledge_service_give_exactly_its_quantity(
    app, db, factory
):
    from app.services import pledges

    donor = factory.make_user("donor")
    offer = factory.make_offer(donor, quantity=5)
    need_ids = [factory.make_need(quantity=1, village=factory.make_village()).id for _ in range(12)]
    donor_id, offer_id = donor.id, offer.id

    def pledge(i: int) -> None:
        from app.models import User

        pledges.pledge(_db.session.get(User, donor_id), need_ids[i], "1", offer_id=offer_id)

    outcomes = _race(app, pledge, len(need_ids))
    assert outcomes.count("ok") == 5, outcomes
    db.session.expire_all()
    assert db.session.scalar(select(func.count(Pledge.id)).where(Pledge.offer_id == offer_id)) == 5
    assert db.session.get(Offer, offer_id).remaining == 0
