"""The task queue: a worker (in-process) matches what is posted within a minute; periodic jobs are scheduled."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest
from huey import SqliteHuey
from sqlalchemy import select

from app import queue as queue_module
from app.extensions import db as _db
from app.models import Match, Offer
from tests.app.supply import offer_form


@pytest.fixture(params=["sqlite", "redis"])
def worker_queue(request, app, tmp_path):
    """Give the session app a queue (SQLite file, or Redis when TEST_REDIS_URL is set) and a worker in-process."""
    if request.param == "redis":
        url = os.environ.get("TEST_REDIS_URL")
        if not url:
            pytest.skip("TEST_REDIS_URL is not set")
        from huey import RedisHuey

        huey = RedisHuey(f"test-queue-{os.getpid()}", url=url, utc=True)
        huey.flush()
    else:
        huey = SqliteHuey("test-queue", filename=str(tmp_path / "queue.sqlite3"), utc=True)
    queue = queue_module._register(app, huey)
    previous = app.extensions.get("queue")
    app.extensions["queue"] = queue
    consumer = huey.create_consumer(workers=1, worker_type="thread", periodic=False, initial_delay=0.05,
                                    max_delay=0.5, check_worker_health=False)
    consumer.start()
    yield queue
    consumer.stop(graceful=True)
    app.extensions["queue"] = previous
    huey.flush()


def _wait_for(predicate, seconds: float = 60.0) -> float:
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        _db.session.rollback()  # see what the worker committed
        if predicate():
            return time.monotonic() - start
        time.sleep(0.2)
    raise AssertionError(f"not done within {seconds} s")


def test_an_offer_posted_through_the_portal_gets_its_matches_from_the_worker_within_a_minute(
    client, factory, login_as, worker_queue
):
    need = factory.make_need(title="冬天缺棉衣", description="老人怕冷。", category="living")
    login_as("donor")
    assert client.post("/offers/new", data=offer_form()).status_code == 302
    offer = _db.session.scalar(select(Offer))
    took = _wait_for(lambda: _db.session.scalars(select(Match).where(Match.offer_id == offer.id)).first())
    match = _db.session.scalars(select(Match).where(Match.offer_id == offer.id)).one()
    assert match.need_id == need.id and match.reasons["item_reason"] == "物品一致：棉衣" and took < 60


def test_a_need_published_by_review_gets_its_offers_from_the_worker(client, factory, login_as, worker_queue):
    from app.services import review

    donor = factory.make_user("donor")
    offer = factory.make_offer(donor, title="捐赠棉衣", unit="件")
    need = factory.make_need(title="冬天缺棉袄", description="老人怕冷。", category="living", status="pending")
    need.review_level = len(review.levels()) - 1
    _db.session.commit()
    office = factory.make_user("office", office_level="county", region_code=need.region_code[:6])
    review.approve(office, need)
    _wait_for(lambda: _db.session.scalars(select(Match).where(Match.need_id == need.id)).first())
    assert _db.session.scalars(select(Match).where(Match.need_id == need.id)).one().offer_id == offer.id


def test_a_queue_that_is_off_queues_nothing_and_the_action_still_succeeds(app, client, login_as, db):
    assert app.extensions["queue"] is None
    login_as("donor")
    assert client.post("/offers/new", data=offer_form()).status_code == 302


@pytest.mark.parametrize("name, when, runs", [
    ("jobs_hourly", dt.datetime(2026, 11, 30, 9, 7), True),
    ("jobs_hourly", dt.datetime(2026, 11, 30, 9, 8), False),
    ("match_nightly", dt.datetime(2026, 11, 30, 18, 30), True),   # 02:30 in China
    ("match_nightly", dt.datetime(2026, 11, 30, 2, 30), False),
    ("search_outbox", dt.datetime(2026, 11, 30, 13, 41), True),
    ("figures_refresh", dt.datetime(2026, 11, 30, 13, 45), True),
    ("figures_refresh", dt.datetime(2026, 11, 30, 13, 46), False),
])
def test_periodic_jobs_are_scheduled_without_cron(app, tmp_path, name, when, runs):
    queue = queue_module._register(app, SqliteHuey("sched", filename=str(tmp_path / "q.sqlite3"), utc=True))
    assert queue.periodic[name].s().validate_datetime(when) is runs


def test_the_nightly_run_is_split_into_shard_tasks_the_workers_share(app, db, tmp_path):
    huey = SqliteHuey("shards", filename=str(tmp_path / "q.sqlite3"), utc=True)
    queue = queue_module._register(app, huey)
    app.config["MATCH_RUN_SHARDS"], previous = 3, app.config["MATCH_RUN_SHARDS"]
    try:
        queue.periodic["match_nightly"].call_local()
    finally:
        app.config["MATCH_RUN_SHARDS"] = previous
    pending = [t for t in huey.pending() if t.name == "match_shard"]
    assert sorted(t.args for t in pending) == [(0, 3), (1, 3), (2, 3)]


def test_the_hourly_jobs_and_the_outbox_run_as_tasks(app, db, tmp_path):
    queue = queue_module._register(app, SqliteHuey("run", filename=str(tmp_path / "q.sqlite3"), utc=True))
    queue.periodic["jobs_hourly"].call_local()
    queue.periodic["search_outbox"].call_local()
