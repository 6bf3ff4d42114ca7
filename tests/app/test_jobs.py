"""`flask jobs run`: expiries happen once, whether the job runs repeatedly or concurrently."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from app.extensions import db
from app.models import IdempotencyRecord, Need, Notification, Offer, Pledge
from app.services import jobs, pledges


def _old_pledge(factory, need, donor=None, quantity=4, offer=None, days=16):
    donor = donor or factory.make_user("donor")
    record = pledges.pledge(donor, need.id, quantity, offer.id if offer else None)
    record.created_at = record.created_at - timedelta(days=days)
    db.session.commit()
    return record


def _fresh(model, ident):
    db.session.expire_all()
    return db.session.get(model, ident)


def test_a_pledge_younger_than_the_limit_is_left_alone(factory):
    need = factory.make_need()
    record = _old_pledge(factory, need, days=14)
    assert jobs.run().pledges_expired == 0
    assert _fresh(Pledge, record.id).status == "pledged"


def test_shipped_pledges_never_expire(factory):
    need = factory.make_need()
    record = _old_pledge(factory, need)
    pledges.ship(record.donor, record.id, "express", "EMS", "E123")
    assert jobs.run().pledges_expired == 0


def test_expiring_a_pledge_drawn_from_an_offer_returns_the_quantity_to_the_offer(factory):
    donor = factory.make_user("donor")
    offer = factory.make_offer(donor, quantity=4)
    need = factory.make_need()
    _old_pledge(factory, need, donor, quantity=4, offer=offer)
    assert _fresh(Offer, offer.id).status == "exhausted"
    jobs.run()
    assert _fresh(Offer, offer.id).remaining == Decimal(4)
    assert _fresh(Offer, offer.id).status == "active"
    assert _fresh(Need, need.id).pledged_quantity == 0


def test_running_the_jobs_twice_expires_once(factory):
    need = factory.make_need(quantity=10)
    _old_pledge(factory, need, quantity=4)
    assert jobs.run().pledges_expired == 1
    assert jobs.run().pledges_expired == 0
    assert _fresh(Need, need.id).pledged_quantity == 0


def test_concurrent_runs_give_each_quantity_back_exactly_once(app, factory):
    need = factory.make_need(quantity=10)
    for _ in range(3):
        _old_pledge(factory, need, quantity=2)
    barrier = threading.Barrier(4)
    reports = []

    def run():
        barrier.wait(30)
        with app.app_context():
            reports.append(jobs.run())
            db.session.remove()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sum(r.pledges_expired for r in reports) == 3
    assert _fresh(Need, need.id).pledged_quantity == 0
    assert db.session.scalar(select(func.count(Pledge.id)).where(Pledge.status == "expired")) == 3


def test_a_partly_pledged_need_past_its_deadline_stays_published(factory):
    need = factory.make_need(quantity=10)
    pledges.pledge(factory.make_user("donor"), need.id, 3)
    db.session.execute(Need.__table__.update().values(deadline=date.today() - timedelta(days=1)))
    db.session.commit()
    assert jobs.run().needs_expired == 0
    assert _fresh(Need, need.id).status == "published"


def test_an_unpledged_need_past_its_deadline_expires_and_the_poster_is_told(factory):
    need = factory.make_need(deadline=date.today() - timedelta(days=1))
    assert jobs.run().needs_expired == 1
    assert _fresh(Need, need.id).status == "expired"
    assert db.session.scalar(select(func.count(Notification.id)).where(
        Notification.user_id == need.posted_by_id, Notification.kind == "need.expired")) == 1
    assert jobs.run().needs_expired == 0


def test_the_cli_command_runs_the_jobs(app, factory):
    need = factory.make_need(deadline=date.today() - timedelta(days=2))
    result = app.test_cli_runner().invoke(args=["jobs", "run"])
    assert result.exit_code == 0, result.output
    assert "needs expired: 1" in result.output
    assert _fresh(Need, need.id).status == "expired"


def test_the_jobs_also_expire_offers_past_their_window(factory):
    offer = factory.make_offer(valid_until=date.today() - timedelta(days=3))
    assert jobs.run().offers_expired == 1
    assert _fresh(Offer, offer.id).status == "expired"


def test_idempotency_keys_older_than_their_lifetime_are_purged_and_younger_ones_kept(factory, app):
    donor = factory.make_user("donor")
    lifetime = timedelta(seconds=app.config["API_IDEMPOTENCY_KEY_SECONDS"])
    old = IdempotencyRecord(user_id=donor.id, key="old", fingerprint="f", status_code=201, response_body="{}")
    young = IdempotencyRecord(user_id=donor.id, key="young", fingerprint="f", status_code=201, response_body="{}")
    db.session.add_all([old, young])
    db.session.flush()
    old.created_at = old.created_at - lifetime - timedelta(minutes=1)
    young.created_at = young.created_at - lifetime + timedelta(minutes=5)
    db.session.commit()
    assert jobs.run().idempotency_keys_purged == 1
    assert db.session.scalars(select(IdempotencyRecord.key)).all() == ["young"]
    assert jobs.run().idempotency_keys_purged == 0
