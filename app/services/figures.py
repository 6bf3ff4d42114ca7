"""Precomputed figures: the one mechanism behind every total, count and chart a page shows.

A page must not aggregate whole tables on every request (issue 14). Instead each figure family is a
compute function registered under a key::

    @figures.figure("portal.home")
    def home_totals(scope: str) -> dict:
        ...  # SQL aggregates (GROUP BY over indexed columns) for ``scope``
        return {"households": 123, "needs_published": 45}

and pages read ``figures.get("portal.home")`` (or ``get("stats.region", "53")``): a stored row from
the ``figures`` table with the time it was computed (``Snapshot.computed_at``; show it as
「数据更新于 …」). The worker's periodic task ``figures_refresh`` (every ``FIGURES_REFRESH_MINUTES``)
and ``flask figures refresh`` recompute every stored (key, scope), so a page's cost does not depend on
the size of the tables. A (key, scope) asked for the first time is computed once on that request and
stored; from then on the worker keeps it fresh — while pages read it.

Expiry: a page that reads a stored figure marks it read (``last_read_at``, written at most once per
``READ_MARK_INTERVAL`` per figure, so reads stay reads). The refresh deletes, instead of recomputing,
every scope other than the national one ("") that no page read for ``FIGURES_KEEP_HOURS`` (config,
24 by default); a page that asks for it again computes it once, like the first time. So the refresh's
cost follows the regions, organisations and years visitors actually open, not every one ever opened.

Scopes are strings: "" for the whole country, a region code otherwise (or any other short string a
figure family defines, e.g. "53:2026" for a province and a year). Payloads are JSON: Decimal becomes
int when whole and float otherwise; dates and datetimes become ISO strings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from flask import current_app, has_app_context
from sqlalchemy import delete, event, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from ..extensions import db
from ..models import Figure
from ..models._types import utcnow

log = logging.getLogger(__name__)

# A read marks a figure at most this often: the mark is a write, and a page is read many times an hour.
READ_MARK_INTERVAL = timedelta(hours=1)
DEFAULT_KEEP_HOURS = 24

Computer = Callable[[str], Any]
_COMPUTERS: dict[str, Computer] = {}
_ON_CHANGE_ONLY: set[str] = set()  # families whose rows are dropped when they change, not recomputed on a timer


@dataclass(frozen=True)
class Snapshot:
    """A figure as stored: its payload and when it was computed (UTC)."""

    key: str
    scope: str
    payload: Any
    computed_at: datetime


def figure(key: str, periodic: bool = True) -> Callable[[Computer], Computer]:
    """Register ``fn(scope) -> payload`` as the compute function of figure family ``key``.

    ``periodic=False``: a refresh without named keys (the worker's) leaves the family's rows alone,
    because the family drops them itself whenever their rows change (``forget_on_commit``) — e.g. one
    row per donor, which a timer would recompute for every donor who ever opened their home.
    Raises ValueError when ``key`` is registered twice (two families must not share a key).
    """
    def register(fn: Computer) -> Computer:
        if key in _COMPUTERS and _COMPUTERS[key] is not fn:
            raise ValueError(f"figure {key!r} is registered twice")
        _COMPUTERS[key] = fn
        if not periodic:
            _ON_CHANGE_ONLY.add(key)
        return fn
    return register


def registered() -> list[str]:
    """Return the registered figure keys, sorted."""
    return sorted(_COMPUTERS)


def get(key: str, scope: str = "") -> Snapshot:
    """Return the stored figure ``key`` for ``scope``, computing and storing it if it was never computed
    (or expired), and mark it read (see the module docstring: at most one write per READ_MARK_INTERVAL).

    Raises KeyError when no compute function is registered under ``key``.
    """
    if key not in _COMPUTERS:
        raise KeyError(f"no figure registered as {key!r}")
    row = db.session.get(Figure, (key, scope))
    if row is None:
        return compute(key, scope)
    now = utcnow()
    if row.last_read_at is None or row.last_read_at < now - READ_MARK_INTERVAL:
        _store(update(Figure).where(Figure.key == key, Figure.scope == scope).values(last_read_at=now), key, scope)
    return Snapshot(key, scope, row.payload, row.computed_at)


def compute(key: str, scope: str = "") -> Snapshot:
    """Compute figure ``key`` for ``scope`` now, store it, and return it.

    The row is written on a connection of its own, so the caller's session (a page being rendered)
    is not committed by it. A stored row keeps its ``last_read_at``; a new one counts as read now. Two
    processes computing the same figure at once both succeed: the later write wins. A store that fails
    (e.g. SQLite busy) is logged and the computed figure still returned.
    """
    snapshot = Snapshot(key, scope, jsonable(_COMPUTERS[key](scope)), utcnow())
    values = {"payload": snapshot.payload, "computed_at": snapshot.computed_at}
    try:
        with db.engine.begin() as connection:
            changed = connection.execute(
                update(Figure).where(Figure.key == key, Figure.scope == scope).values(**values)).rowcount
            if not changed:
                connection.execute(insert(Figure).values(
                    key=key, scope=scope, last_read_at=snapshot.computed_at, **values))
    except IntegrityError:  # another process stored the same figure between our update and insert
        pass
    except DBAPIError as error:
        log.warning("figure %s/%s computed but not stored: %s", key, scope or "全国", error)
    return snapshot


def _store(statement, key: str, scope: str) -> None:
    """Run ``statement`` on a connection of its own (not the page's session); log a failure, never raise it."""
    try:
        with db.engine.begin() as connection:
            connection.execute(statement)
    except DBAPIError as error:
        log.warning("figure %s/%s not marked read: %s", key, scope or "全国", error)


def keep_hours() -> float:
    """Return how long (hours) a scope nobody reads is kept fresh: config ``FIGURES_KEEP_HOURS`` (24)."""
    return float(current_app.config.get("FIGURES_KEEP_HOURS") or DEFAULT_KEEP_HOURS)


def expire() -> int:
    """Delete the figures no page read for ``keep_hours()`` (never a national one); return how many.

    A figure stored before reads were marked (``last_read_at`` NULL) counts as read now, once.
    """
    now = utcnow()
    with db.engine.begin() as connection:
        connection.execute(update(Figure).where(Figure.last_read_at.is_(None)).values(last_read_at=now))
        return connection.execute(delete(Figure).where(
            Figure.scope != "", Figure.last_read_at < now - timedelta(hours=keep_hours()))).rowcount or 0


def refresh(keys: Iterable[str] | None = None, progress: Callable[[int], None] | None = None) -> int:
    """Recompute every stored (key, scope) of ``keys`` (by default all registered keys but those
    registered with ``periodic=False``) and each key's national scope; return how many figures were
    computed. ``progress(n)`` is called after each.

    Scopes no page read for ``keep_hours()`` are deleted first (``expire``), not recomputed. Rows of
    keys no longer registered are deleted.
    """
    wanted = set(keys) if keys is not None else set(_COMPUTERS) - _ON_CHANGE_ONLY
    db.session.rollback()  # end the caller's read transaction: the writes below use their own connections
    expire()
    stored = db.session.execute(select(Figure.key, Figure.scope)).all()
    db.session.rollback()  # end the read transaction before the writes below
    stale = {row.key for row in stored if row.key not in _COMPUTERS}
    if stale:
        with db.engine.begin() as connection:
            connection.execute(delete(Figure).where(Figure.key.in_(stale)))
    pairs = _pairs(stored, wanted)
    for key, scope in pairs:
        compute(key, scope)
        if progress:
            progress(1)
    return len(pairs)


def _pairs(stored, wanted: set[str]) -> list[tuple[str, str]]:
    """Return the (key, scope) a refresh of ``wanted`` computes: the stored ones and each national scope."""
    return sorted({(row[0], row[1]) for row in stored if row[0] in wanted and row[0] in _COMPUTERS}
                  | {(key, "") for key in wanted if key in _COMPUTERS})


def count_pending() -> int:
    """Return how many figures a refresh would compute, at most (for a progress bar's length): expired
    scopes still count until the refresh deletes them."""
    return len(_pairs(db.session.execute(select(Figure.key, Figure.scope)).all(), set(_COMPUTERS) - _ON_CHANGE_ONLY))


def jsonable(value: Any) -> Any:
    """Return ``value`` with Decimals, dates and tuples turned into JSON types (see the module docstring)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def forget_on_commit(key: str, scopes: Iterable[str], session=None) -> None:
    """Drop the stored figure ``key`` of ``scopes`` once the current transaction of ``db.session`` commits.

    For figures that must be exact at once (a donor's home after a pledge): the next page that asks
    computes them again. ``session`` is the session whose commit counts (default ``db.session``).
    Nothing is dropped when the transaction rolls back. The rows are deleted on a connection of their
    own after the commit (not inside the transaction: a page computing the figure before the commit
    would otherwise wait on its own uncommitted delete).
    """
    (session or db.session).info.setdefault(_FORGET, set()).update((key, str(scope)) for scope in scopes)


_FORGET = "figures_forget_on_commit"


@event.listens_for(Session, "after_commit")
def _forget_committed(session) -> None:
    pending = session.info.pop(_FORGET, None)
    if not pending or not has_app_context():
        return
    try:
        with db.engine.begin() as connection:
            for key in {key for key, _ in pending}:
                scopes = sorted(scope for k, scope in pending if k == key)
                connection.execute(delete(Figure).where(Figure.key == key, Figure.scope.in_(scopes)))
    except DBAPIError as error:
        # Left stale until the next change drops them again, they expire unread (``expire``) or
        # ``flask figures refresh --key`` recomputes them; the periodic refresh skips on-change families.
        log.warning("figures %s not dropped after commit: %s", sorted(pending), error)


@event.listens_for(Session, "after_rollback")
def _keep_after_rollback(session) -> None:
    session.info.pop(_FORGET, None)
