"""Keep an index of the open needs in the process's memory, so one offer is matched in milliseconds.

Scoring a new offer against every open need takes seconds at 100,000 needs and far more at
1,000,000; the matcher's :class:`matching.LiveNeedIndex` answers in milliseconds once built. The
worker (and a web process without a worker: queue ``off`` or ``immediate``) builds it once, at its
first use, from the database, and keeps it current with a cheap query before each use:

* **Changed since.** Every change of a need sets ``needs.updated_at`` (forms, review, pledges,
  expiry: the ORM's ``onupdate`` and the services' explicit ``update()`` values); an index on that
  column makes "needs changed since the last look" one range read. Rows read are applied by id:
  open ones replace their old record, others leave the index. The look goes back ``REFRESH_MARGIN``
  (2 minutes) before the previous look started, so a transaction that committed late, or a web
  machine whose clock is a little behind the worker's, is not missed; the ``(id, updated_at)``
  pairs are read from the index first and only rows not yet applied at that time are read whole.
  (Right after a bulk load every row is inside the margin, so for two minutes each look reads
  every pair, about a second per million rows.)
* **Nothing held in the queue.** Because the database is the source, a worker restarted, a second
  worker, or one on another machine is correct from its first task; no task message can be lost.
* **Checked before use.** The needs a query returns are re-read from the database; one that is no
  longer open (or was deleted) is dropped from the index and the query repeated, so a stale entry
  never becomes a stored match.
* **Rebuilt** when the scorer or the lexicon changed, when the needs changed since the build
  outgrow a fifth of it (:attr:`matching.LiveNeedIndex.stale`), and at the first use on a new China
  date: changed needs are vectorised with the build's vocabulary, so a word first used since counts
  only after a rebuild (the item concepts count at once).

When a need moves to delivered or completed, its beneficiary's other open needs are re-read too:
their ``equity`` feature counts the times that beneficiary was helped.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import matching
from flask import current_app
from sqlalchemy import func, select

from .. import clock
from ..extensions import db
from ..models import Need
from ..models._types import utcnow
from .match_records import NEED_COLUMNS, OPEN_NEED, beneficiary, need_record, of_beneficiaries, times_helped

log = logging.getLogger(__name__)

#: How far before the newest change seen each refresh looks again (late commits, clock skew).
REFRESH_MARGIN = timedelta(minutes=2)
#: Needs read per batch while building, and how often the build logs its progress.
_BATCH = 50_000
_HELPED_STATUSES = ("delivered", "completed")
_CHUNK = 900  # ids per IN (...) list: under SQLite's old 999-parameter limit


@dataclass
class _State:
    index: matching.LiveNeedIndex
    scorer: matching.Scorer
    lexicon: matching.Lexicon
    #: when the last look started, by this process's clock
    watermark: datetime
    #: the China date the index was built on: it is rebuilt daily (new words join the vocabulary)
    built_on: date
    #: need id → updated_at already applied, for rows inside the refresh margin
    applied: dict[int, datetime] = field(default_factory=dict)


def _lock() -> threading.Lock:
    # One lock per app: the worker's threads share the index, and a query sets the offer on it.
    return current_app.extensions.setdefault("matching", {}).setdefault("need_index_lock", threading.Lock())


def _build(scorer: matching.Scorer, lexicon: matching.Lexicon) -> _State:
    """Read every open need and build the index, logging progress (minutes per million needs).

    The cyclic garbage collector is paused meanwhile and the index frozen after: its millions of
    records hold no cycles, and walking them at every full collection made the build superlinear.
    """
    gc.unfreeze()  # a previous index, if any, goes back to the collector
    gc.disable()
    try:
        state = _read_and_build(scorer, lexicon)
    finally:
        gc.enable()
    gc.collect()
    gc.freeze()  # the index lives as long as the process: keep later collections off its objects
    return state


def _read_and_build(scorer: matching.Scorer, lexicon: matching.Lexicon) -> _State:
    started = time.perf_counter()
    watermark = utcnow()  # taken first: whatever changes during the build is read again
    helped = times_helped()
    total = db.session.scalar(select(func.count(Need.id)).where(OPEN_NEED)) or 0
    log.info("needs index: reading %d open needs", total)
    records = []
    # Rows already read that the first refresh would otherwise read again (they are inside its margin).
    floor = watermark - REFRESH_MARGIN
    applied: dict[int, datetime] = {}
    rows = db.session.execute(select(*NEED_COLUMNS).where(OPEN_NEED).order_by(Need.id).execution_options(
        yield_per=_BATCH))
    for row in rows:
        records.append(need_record(row, helped.get(beneficiary(row), 0)))
        if row.updated_at >= floor:
            applied[row.id] = row.updated_at
        if len(records) % (2 * _BATCH) == 0:
            log.info("needs index: %d / %d needs read", len(records), total)
    log.info("needs index: %d needs read in %.1f s; building", len(records), time.perf_counter() - started)
    index = matching.LiveNeedIndex(records, today=clock.china_today(), scorer=scorer, lexicon=lexicon)
    index.warm()
    log.info("needs index: %d needs ready in %.1f s", len(index), time.perf_counter() - started)
    return _State(index, scorer, lexicon, watermark, clock.china_today(), applied)


def _refresh(state: _State) -> int:
    """Apply the needs changed since the last look; return how many records were applied."""
    state.index.set_today(clock.china_today())
    started = utcnow()
    # First the (id, updated_at) pairs, read from the index alone; whole rows only for what is new.
    stamps = select(Need.id, Need.updated_at).where(Need.updated_at >= state.watermark - REFRESH_MARGIN)
    fresh = [i for i, t in db.session.execute(stamps) if state.applied.get(i) != t]
    state.watermark = started
    floor = started - REFRESH_MARGIN
    state.applied = {i: t for i, t in state.applied.items() if t >= floor}
    if not fresh:
        return 0
    rows = []
    for start in range(0, len(fresh), _CHUNK):
        rows += db.session.execute(select(*NEED_COLUMNS).where(Need.id.in_(fresh[start:start + _CHUNK]))).all()
    helped_again = {beneficiary(r) for r in rows if r.status in _HELPED_STATUSES}
    if helped_again:
        # Their other open needs' equity changed: read them with the rest.
        known = {r.id for r in rows}
        rows += [r for r in db.session.execute(select(*NEED_COLUMNS).where(OPEN_NEED, of_beneficiaries(helped_again)))
                 if r.id not in known]
    open_rows = [r for r in rows if r.status == "published" and r.quantity > r.pledged_quantity]
    helped = times_helped({beneficiary(r) for r in open_rows})
    state.index.remove(str(r.id) for r in rows)
    state.index.upsert([need_record(r, helped.get(beneficiary(r), 0)) for r in open_rows])
    state.applied.update((r.id, r.updated_at) for r in rows if r.updated_at >= floor)
    return len(rows)


def _current(scorer: matching.Scorer, lexicon: matching.Lexicon) -> _State:
    cache = current_app.extensions.setdefault("matching", {})
    state = cache.get("need_index")
    if (state is None or state.scorer is not scorer or state.lexicon is not lexicon or state.index.stale
            or state.built_on != clock.china_today()):
        state = cache["need_index"] = _build(scorer, lexicon)
    _refresh(state)
    return state


def best_needs(offer: matching.Offer, scorer: matching.Scorer, lexicon: matching.Lexicon,
               top: int = 20) -> list[dict]:
    """Return the best open needs of ``offer`` as ``recommend`` match dicts (with ``item_reason``).

    Builds the index at the first call in this process, then refreshes it from the database; every
    need returned was open when checked. Raises nothing of its own; database errors propagate.
    """
    with _lock():
        state = _current(scorer, lexicon)
        for _ in range(3):
            line = state.index.matches([offer], top=top, item_reasons=True)[0]["matches"]
            ids = [int(m["need"]) for m in line]
            still_open = set(db.session.scalars(select(Need.id).where(Need.id.in_(ids), OPEN_NEED))) if ids else set()
            gone = [i for i in ids if i not in still_open]
            if not gone:
                return line
            state.index.remove(str(i) for i in gone)
        return [m for m in line if int(m["need"]) in still_open]


def prepare(scorer: matching.Scorer, lexicon: matching.Lexicon) -> int:
    """Build (or refresh) this process's index now; return how many needs it holds.

    The worker calls this in the background as it starts, so its first match does not wait for the
    build; a task arriving meanwhile waits for the same build instead of starting another.
    """
    with _lock():
        return len(_current(scorer, lexicon).index)


def drop() -> None:
    """Forget this process's index (the next use rebuilds it); for tests and after a bulk load."""
    current_app.extensions.setdefault("matching", {}).pop("need_index", None)
