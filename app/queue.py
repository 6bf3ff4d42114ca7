"""The task queue: live matching and the periodic jobs, on Huey.

Storage is chosen by configuration (``TASK_QUEUE``): ``sqlite`` (a file under ``instance/``, the
embedded default), ``redis`` (``REDIS_URL``; the default whenever REDIS_URL is set, so workers on
several machines share one queue), ``immediate`` (tasks run inline, in memory: a single-process
demo) or ``off`` (no queue: the tests, unless they turn it on). Why Huey: docs/live-matching.md.

Tasks
    ``match_offer(offer_id)``   a new or edited offer: its best open needs, stored as Match rows
    ``match_need(need_id)``     a need just published: its best open offers
    ``match_shard(shard, n)``   one shard of a full match run (offers with id % n == shard)

Periodic tasks (run by the one worker started with periodic tasks on; times are UTC)
    ``jobs_hourly``      every hour at :07 — ``flask jobs run`` (expire pledges, needs, offers)
    ``match_nightly``    02:30 China time (18:30 UTC) — a full ``flask match run``, split into
                         ``MATCH_RUN_SHARDS`` shard tasks that any worker may take
    ``search_outbox``    every minute — apply the search outbox to the engine
    ``figures_refresh``  every FIGURES_REFRESH_MINUTES (5) — recompute the precomputed figures
                         pages show (app/services/figures.py)
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask, current_app

log = logging.getLogger(__name__)

#: When the periodic tasks run (UTC, Huey's default); see the module docstring.
HOURLY_JOBS_MINUTE = "7"
NIGHTLY_MATCH_UTC = ("18", "30")  # 02:30 in China (UTC+8)


@dataclass
class Queue:
    """The app's Huey instance and its tasks by name."""

    huey: object
    tasks: dict[str, object] = field(default_factory=dict)
    periodic: dict[str, object] = field(default_factory=dict)


def _mode(app: Flask) -> str:
    mode = app.config.get("TASK_QUEUE")
    if not mode:
        mode = "off" if app.testing else ("redis" if app.config.get("REDIS_URL") else "sqlite")
    if mode not in ("sqlite", "redis", "immediate", "off"):
        raise ValueError(f"TASK_QUEUE must be sqlite, redis, immediate or off, not {mode!r}")
    return mode


def init_app(app: Flask) -> None:
    """Create the app's queue (or none) and register the tasks on it."""
    mode = _mode(app)
    if mode == "off":
        app.extensions["queue"] = None
        return
    from huey import RedisHuey, SqliteHuey

    name = app.config.get("TASK_QUEUE_NAME") or "fupin"
    if mode == "redis":
        if not app.config.get("REDIS_URL"):
            raise ValueError("TASK_QUEUE=redis needs REDIS_URL")
        huey = RedisHuey(name, url=app.config["REDIS_URL"], utc=True)
    elif mode == "immediate":
        huey = SqliteHuey(name, filename=":memory:", immediate=True, utc=True)
    else:
        path = Path(app.config.get("TASK_QUEUE_PATH") or Path(app.instance_path) / "queue.sqlite3")
        path.parent.mkdir(parents=True, exist_ok=True)
        huey = SqliteHuey(name, filename=str(path), utc=True)
    app.extensions["queue"] = _register(app, huey)


def _register(app: Flask, huey) -> Queue:
    from huey import crontab

    queue = Queue(huey)

    def in_app(fn):
        def run(*args):
            with app.app_context():
                return fn(*args)
        run.__name__ = fn.__name__
        run.__doc__ = fn.__doc__
        return run

    def task(fn):
        queue.tasks[fn.__name__] = huey.task(retries=2, retry_delay=10, name=fn.__name__)(in_app(fn))
        return fn

    def periodic(schedule):
        def wrap(fn):
            queue.periodic[fn.__name__] = huey.periodic_task(schedule, name=fn.__name__)(in_app(fn))
            return fn
        return wrap

    @task
    def match_offer(offer_id: int) -> int:
        """Store the best open needs of a new or edited offer."""
        from .services import matching
        return matching.match_offer(offer_id)

    @task
    def match_need(need_id: int) -> int:
        """Store the best open offers of a need just published."""
        from .services import matching
        return matching.match_need(need_id)

    @task
    def match_shard(shard: int, shards: int) -> int:
        """Recompute one shard of the full match run."""
        from .services import matching
        return matching.run_matches(shard=shard, shards=shards).written

    @periodic(crontab(minute=HOURLY_JOBS_MINUTE))
    def jobs_hourly() -> None:
        """Run the time-based transitions (``flask jobs run``)."""
        from .services import jobs
        report = jobs.run()
        log.info("jobs: %s", report)

    @periodic(crontab(hour=NIGHTLY_MATCH_UTC[0], minute=NIGHTLY_MATCH_UTC[1]))
    def match_nightly() -> None:
        """Split the full match run into shard tasks the workers share."""
        shards = int(current_app.config.get("MATCH_RUN_SHARDS") or 1)
        for shard in range(shards):
            queue.tasks["match_shard"](shard, shards)

    @periodic(crontab())
    def search_outbox() -> None:
        """Apply the search outbox to the engine (an engine that was down catches up here)."""
        from .services import search_index
        search_index.sync()

    @periodic(crontab(minute=f"*/{int(app.config.get('FIGURES_REFRESH_MINUTES') or 5)}"))
    def figures_refresh() -> None:
        """Recompute every stored figure (``flask figures refresh``)."""
        from .services import figures
        log.info("figures: %d recomputed", figures.refresh())

    return queue


def enqueue(name: str, *args) -> bool:
    """Queue task ``name`` with ``args`` if the app has a queue; return whether it was queued.

    A queue that cannot be reached must not fail the request that changed the data: the error is
    logged and the nightly full run catches up.
    """
    queue = current_app.extensions.get("queue")
    if queue is None:
        return False
    try:
        queue.tasks[name](*args)
    except Exception:  # Redis down, disk full...: log, never break the user's action
        log.exception("could not queue %s%r", name, args)
        return False
    return True


def run_worker(app: Flask, workers: int = 2, periodic: bool = True) -> None:
    """Run a Huey consumer for the app's queue until interrupted (``flask worker``).

    The needs index of live matching (app/services/need_index.py) starts building in a background
    thread at once, so the first new offer does not wait for it.
    """
    queue = app.extensions.get("queue")
    if queue is None:
        raise RuntimeError("TASK_QUEUE is off: there is no queue to work on")
    # Huey logs every task it runs at INFO, the search outbox once a minute: keep warnings and errors.
    logging.getLogger("huey").setLevel(logging.WARNING)
    consumer = queue.huey.create_consumer(workers=workers, worker_type="thread", periodic=periodic)
    threading.Thread(target=_prepare_needs_index, args=(app,), name="needs-index", daemon=True).start()
    consumer.run()


def _prepare_needs_index(app: Flask) -> None:
    """Build the worker's needs index in the background (minutes at a million needs; progress in the log)."""
    try:
        with app.app_context():
            from .services import matching
            log.info("needs index ready: %d open needs", matching.prepare_needs_index())
    except Exception:  # the first match_offer builds it instead
        log.exception("could not build the needs index at start")
