"""Keyset pagination (the "seek method"): a page starts after the previous page's last sort key, not at an offset.

An offset counts rows: when a row is added before it between two requests, the next page repeats a
row; when one disappears, it skips one. A key does not move: the next page is "the rows that sort
after (sort values, id) of the last row seen", so rows added meanwhile never make a page skip or
repeat what was already read (rows added before the key were read by nobody and are not shown; rows
added after it come in their place). Every order ends with the row's id, so the key is unique.

Used by the API's lists (``app/api/paging.py`` turns the key into an opaque cursor); the pages keep
their numbered pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from ..extensions import db

Key = tuple[ColumnElement, bool]  # (sort expression, descending)


@dataclass
class KeysetPage:
    """One page of a keyset list: its items, how many rows the whole list holds, and the key to go on from.

    ``next_key`` is the last item's sort values (one per Key), or None when no row follows.
    """

    items: list
    total: int
    next_key: tuple | None


def after(keys: Sequence[Key], values: Sequence) -> ColumnElement:
    """Return the condition "sorts after ``values``" in the order of ``keys`` (any mix of directions).

    (k1, k2, k3) after (v1, v2, v3) is k1 beyond v1, or k1 = v1 and k2 beyond v2, or ... ; written out
    rather than as a row-value comparison, which holds only when every key has the same direction.
    """
    branches = []
    for position, (expression, descending) in enumerate(keys):
        equal = [k == v for (k, _), v in zip(keys[:position], values[:position], strict=True)]
        beyond = expression < values[position] if descending else expression > values[position]
        branches.append(and_(*equal, beyond))
    return or_(*branches)


def page(stmt: Select, keys: Sequence[Key], after_values: Sequence | None, limit: int) -> KeysetPage:
    """Return the first ``limit`` rows of ``stmt`` (one entity or column) after ``after_values`` in ``keys`` order.

    ``stmt`` carries the list's filters and no ORDER BY; ``after_values`` is a previous page's
    ``next_key`` (None: the first page). The key expressions must be non-null for every row.
    """
    total = db.session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    seek = stmt.add_columns(*(k for k, _ in keys)).order_by(
        *(k.desc() if descending else k.asc() for k, descending in keys))
    if after_values is not None:
        seek = seek.where(after(keys, after_values))
    rows = db.session.execute(seek.limit(limit + 1)).all()
    shown = rows[:limit]
    next_key = tuple(shown[-1][1:]) if len(rows) > limit else None
    return KeysetPage(items=[row[0] for row in shown], total=total, next_key=next_key)
