"""Apply outbox changes to an engine in order, reporting which ones to keep and retry.

The app writes one change per created, edited or removed record into an outbox table in the same
transaction as the record, then hands pending changes to :func:`apply_changes`. Applied changes can
be deleted from the outbox; failed ones stay and are retried later, so an engine outage loses
nothing. This module knows nothing of the ORM: a change carries an opaque ``ref`` (the outbox row's
id) that the app uses to find its row again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from .engine import SearchEngine
from .exceptions import EngineUnavailable, SearchError

__all__ = ["Change", "ApplyReport", "apply_changes"]


@dataclass(frozen=True)
class Change:
    """Describe one pending change: upsert ``document`` or delete ``doc_id`` in ``index_name``."""

    index_name: str
    op: Literal["upsert", "delete"]
    doc_id: str
    document: dict[str, Any] | None = None
    ref: Any = None  # the app's handle on the outbox row

    def __post_init__(self) -> None:
        if self.op not in ("upsert", "delete"):
            raise ValueError(f"op must be 'upsert' or 'delete', got {self.op!r}")
        if self.op == "upsert" and self.document is None:
            raise ValueError("an upsert needs its document")


@dataclass
class ApplyReport:
    """Hold the outcome of :func:`apply_changes`: applied and failed changes, and the errors."""

    applied: list[Change] = field(default_factory=list)
    failed: list[Change] = field(default_factory=list)
    errors: list[SearchError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return True when every change was applied."""
        return not self.failed


def _runs(changes: list[Change]) -> Iterable[list[Change]]:
    # Consecutive changes of one index and one op go to the engine in one call.
    run: list[Change] = []
    for change in changes:
        if run and (change.index_name, change.op) != (run[0].index_name, run[0].op):
            yield run
            run = []
        run.append(change)
    if run:
        yield run


def apply_changes(engine: SearchEngine, changes: Iterable[Change]) -> ApplyReport:
    """Apply ``changes`` in order; return which succeeded and which must be kept for a retry.

    Once a change of a document fails, its later changes are held back too, so a retry replays them
    in their original order. When the engine is unavailable every remaining change is kept.
    """
    report = ApplyReport()
    blocked: set[tuple[str, str]] = set()
    pending = list(changes)
    for run in _runs(pending):
        held = [c for c in run if (c.index_name, c.doc_id) in blocked]
        ready = [c for c in run if (c.index_name, c.doc_id) not in blocked]
        report.failed.extend(held)
        if not ready:
            continue
        try:
            if ready[0].op == "upsert":
                engine.index(ready[0].index_name, [c.document for c in ready])  # type: ignore[misc]
            else:
                engine.delete(ready[0].index_name, [c.doc_id for c in ready])
        except EngineUnavailable as exc:
            report.errors.append(exc)
            done = {id(c) for c in report.applied} | {id(c) for c in report.failed}
            report.failed.extend(c for c in pending if id(c) not in done)
            break
        except SearchError as exc:
            if len(ready) > 1:
                # One bad document must not hold back its neighbours: retry them one by one.
                for change in ready:
                    _apply_one(engine, change, report, blocked)
                continue
            report.errors.append(exc)
            report.failed.extend(ready)
            blocked.update((c.index_name, c.doc_id) for c in ready)
        else:
            report.applied.extend(ready)
    order = {id(c): n for n, c in enumerate(pending)}
    report.failed.sort(key=lambda c: order[id(c)])
    return report


def _apply_one(
    engine: SearchEngine, change: Change, report: ApplyReport, blocked: set[tuple[str, str]]
) -> None:
    key = (change.index_name, change.doc_id)
    if key in blocked:
        report.failed.append(change)
        return
    try:
        if change.op == "upsert":
            engine.index(change.index_name, [change.document])  # type: ignore[list-item]
        else:
            engine.delete(change.index_name, [change.doc_id])
    except SearchError as exc:
        report.errors.append(exc)
        report.failed.append(change)
        blocked.add(key)
    else:
        report.applied.append(change)
