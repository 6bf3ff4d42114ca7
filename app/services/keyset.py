"""Keyset (cursor) pagination: a page of a list costs the same at page 1 and at page 2,000.

``OFFSET 40000`` makes the database produce and throw away 40,000 rows, and an order no index can
answer makes it sort the whole table on every request (issue 14). A keyset page instead asks for the
rows *after the last one shown* in an order an index holds, so the database reads ``per_page + 1``
index entries whatever the depth.

A list is one or more **segments** shown one after the other (the needs list: the open needs, then the
others). Each segment is a ``select`` of its key columns with its own WHERE, and an order: key columns,
each ascending or descending, the last one unique (usually the id). Mixed directions are fine: the
rows after a cursor ``(v1, v2, id)`` are read as "same v1 and v2, id after", then "same v1, v2 after",
then "v1 after" — each an index range scan with a LIMIT — so no row comparison across directions is
needed and the same code runs on SQLite and PostgreSQL. Key values must not be NULL.

A cursor is an opaque, URL-safe string naming the segment and the key values of a row. ``page`` reads
the page after (or before) a cursor; ``offset_page`` serves old ``?page=N`` links without a cursor, at a
cost that grows with N (never with the table), so callers bound N. A cursor's values are checked
against the types of its segment's key columns before any query, so a forged one is a BadCursor (400),
never a database error. ``counted_page`` is the JSON API's form: the entities of the page, loaded by
the ids of its key rows, the exact number of rows of the list and the Cursor after the page
(``app/api/paging.py`` wraps it with the page size and the list's name). ``list_page`` is the pages'
form (entities, the page number shown, a total when one is cheap: ``capped_count`` or a figure).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Date, DateTime, Integer, Numeric, String, func, select
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.types import TypeDecorator

from ..errors import Invalid
from ..extensions import db
from ..security import MAX_DB_INT

MAX_KEY_TEXT = 200  # the longest text key value a cursor may carry (names, codes and kinds are shorter)
BAD_CURSOR = "翻页参数无效，请从第一页重新浏览"


class BadCursor(Invalid):
    """A cursor that this module did not make, or that does not fit the list it is used with (400)."""

    def __init__(self):
        super().__init__(BAD_CURSOR, field="after")


@dataclass(frozen=True)
class Key:
    """One column of a segment's order: a column (or expression) and its direction."""

    column: ColumnElement
    descending: bool = True

    def after(self, value: Any) -> ColumnElement:
        """Return: this key comes after ``value`` in the list's order."""
        return self.column < value if self.descending else self.column > value

    def before(self, value: Any) -> ColumnElement:
        """Return: this key comes before ``value`` in the list's order."""
        return self.column > value if self.descending else self.column < value

    def ordered(self, reverse: bool = False):
        """Return the ORDER BY term of this key (the opposite direction when ``reverse``)."""
        return self.column.asc() if self.descending == reverse else self.column.desc()


@dataclass(frozen=True)
class Segment:
    """Part of a list: ``stmt`` selects exactly the key columns (in ``keys`` order) of its rows."""

    stmt: Select
    keys: tuple[Key, ...]


@dataclass(frozen=True)
class Cursor:
    """A position in a list: the segment index and the key values of one row."""

    segment: int
    values: tuple

    def dump(self) -> list:
        """Return the cursor as a JSON-ready list ``[segment, value, ...]`` (times and decimals tagged)."""
        return [self.segment, *(_dump(v) for v in self.values)]

    @classmethod
    def load(cls, raw: Any) -> Cursor:
        """Read a cursor from ``dump``'s list; raise BadCursor when it is not one."""
        try:
            if not isinstance(raw, list) or len(raw) < 2 or type(raw[0]) is not int or raw[0] < 0:
                raise ValueError(raw)
            return cls(raw[0], tuple(_load(v) for v in raw[1:]))
        except (ValueError, TypeError, ArithmeticError) as error:
            raise BadCursor() from error

    def encode(self) -> str:
        """Return the cursor as a short URL-safe string."""
        raw = json.dumps(self.dump(), separators=(",", ":"), ensure_ascii=False)
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str) -> Cursor:
        """Read a cursor from ``encode``; raise BadCursor (a clear Chinese message) when it is not one."""
        try:
            raw = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        except (ValueError, TypeError, UnicodeDecodeError) as error:
            raise BadCursor() from error
        return cls.load(raw)


def _dump(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        raise TypeError(f"a key value cannot be {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, datetime):
        return {"t": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    if isinstance(value, Decimal):
        return {"n": str(value)}
    if isinstance(value, float):
        return {"n": repr(value)}
    return str(value)


def _load(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, str)):
        return value
    if isinstance(value, dict) and len(value) == 1:
        (tag, text), = value.items()
        if tag == "t":
            return datetime.fromisoformat(text)
        if tag == "d":
            return date.fromisoformat(text)
        if tag == "n":
            return Decimal(text)
    raise ValueError(value)


@dataclass(frozen=True)
class KeysetPage:
    """One page of a keyset list: rows (key tuples), and cursors to the pages around it (None at an end)."""

    rows: list[tuple]
    next: Cursor | None
    prev: Cursor | None

    @property
    def next_cursor(self) -> str | None:
        """Return the encoded cursor of the next page (None on the last page)."""
        return self.next.encode() if self.next else None

    @property
    def prev_cursor(self) -> str | None:
        """Return the encoded cursor of the previous page (None on the first page)."""
        return self.prev.encode() if self.prev else None


@dataclass(frozen=True)
class CountedPage:
    """A page for clients that walk a list forward (the JSON API): its items, the exact number of rows of
    the whole list and the Cursor after the page (None on the last page)."""

    items: list
    total: int
    next: Cursor | None


@dataclass(frozen=True)
class ListPage:
    """What a list page shows: its items, its number, an (approximate) total and the cursors around it."""

    items: list
    page: int
    per_page: int
    total: int | None  # None when no cheap count exists for the list's filters
    counted_at: datetime | None  # when a precomputed total was computed (None: counted on this request)
    next_cursor: str | None
    prev_cursor: str | None
    count_cap: int | None = None  # when set, a None total means "more than count_cap rows"

    @property
    def pages(self) -> int | None:
        """Return the number of pages the total makes (None when the total is unknown)."""
        return None if self.total is None else max(1, -(-self.total // self.per_page), self.page)

    @property
    def has_prev(self) -> bool:
        """Return whether a previous page exists."""
        return self.prev_cursor is not None

    @property
    def has_next(self) -> bool:
        """Return whether a next page exists."""
        return self.next_cursor is not None


def fetch(segments: Sequence[Segment], page_number: int, per_page: int, after: str | None, before: str | None,
          max_offset_page: int) -> KeysetPage:
    """Return the keyset page a list view asks for: by cursor when one is given, else page ``page_number``
    walked from the start (raising Invalid past ``max_offset_page``, so the walk stays bounded)."""
    if after or before:
        return page(segments, per_page, after=after, before=before)
    if page_number > max_offset_page:
        raise Invalid(f"页码过大：请用“下一页”继续浏览，或缩小筛选范围（直接跳转最多到第 {max_offset_page} 页）",
                      field="page")
    return offset_page(segments, per_page, (max(1, page_number) - 1) * per_page)


def page(segments: Sequence[Segment], per_page: int, after: str | Cursor | None = None,
         before: str | Cursor | None = None) -> KeysetPage:
    """Return the page after cursor ``after`` (the first page when neither is given) or before ``before``.

    A cursor is an encoded string or a Cursor. ``rows`` are the key tuples of the page's rows in the
    list's order. Raises BadCursor for a cursor that does not decode, names a segment the list does not
    have or carries values its key columns cannot hold. Costs at most one LIMIT query per key column and
    segment crossed, each served by an index on the segment's keys.
    """
    if before:
        cursor = _checked(before, segments)
        found = _walk(segments, cursor, per_page + 1, reverse=True)
        has_more = len(found) > per_page
        found = list(reversed(found[:per_page]))
        return KeysetPage(
            [values for _, values in found],
            next=Cursor(*found[-1]) if found else None,
            prev=Cursor(*found[0]) if has_more else None,
        )
    cursor = _checked(after, segments) if after else None
    found = _walk(segments, cursor, per_page + 1)
    has_more = len(found) > per_page
    found = found[:per_page]
    return KeysetPage(
        [values for _, values in found],
        next=Cursor(*found[-1]) if has_more else None,
        prev=Cursor(*found[0]) if after and found else None,
    )


def list_page(segments: Sequence[Segment], page_number: int, per_page: int, after: str | None,
              before: str | None, load: Callable[[list], Iterable], *, max_offset_page: int,
              total: int | None = None, counted_at: datetime | None = None, count_cap: int | None = None,
              id_attr: str = "id") -> ListPage:
    """Return what a list view shows (``fetch``'s page): the items ``load(keys)`` returns for the last key
    values of the page's rows (the id, or the attribute ``id_attr`` of an item), in the list's order.

    The total is ``total`` (e.g. from a figure, stamped ``counted_at``) or, with ``count_cap``, the exact
    count when the list holds at most that many rows (``capped_count``; None above it). Raises Invalid
    as ``fetch`` (a bad cursor, or a page number beyond ``max_offset_page``).
    """
    page_number = max(1, page_number)
    found = fetch(segments, page_number, per_page, after, before, max_offset_page)
    keys = [values[-1] for values in found.rows]
    loaded = {getattr(item, id_attr): item for item in load(keys)}
    if count_cap is not None:
        total = capped_count(segments, count_cap)
    return ListPage(items=[loaded[k] for k in keys if k in loaded], page=page_number, per_page=per_page,
                    total=total, counted_at=counted_at, next_cursor=found.next_cursor,
                    prev_cursor=found.prev_cursor, count_cap=count_cap)


# The cap of the totals that lists count on each request: counting reads every row it counts.
COUNT_CAP = 1_000


def capped_count(segments: Sequence[Segment], cap: int = COUNT_CAP) -> int | None:
    """Return the exact number of rows of the list when it is at most ``cap``, else None.

    Reads at most ``cap + 1`` rows (index entries when the segments are index-served): the exact total
    where it is cheap, and no total at all where it is not (issue 14).
    """
    counts = [select(func.count()).select_from(s.stmt.limit(cap + 1).subquery()).scalar_subquery()
              for s in segments]
    if not counts:
        return 0
    n = db.session.scalar(select(sum(counts[1:], counts[0]))) or 0
    return n if n <= cap else None


def offset_page(segments: Sequence[Segment], per_page: int, offset: int) -> KeysetPage:
    """Return the page starting ``offset`` rows into the list (for links that carry a page number only).

    Reads at most ``offset + per_page + 1`` index entries: callers bound the page number. The page it
    returns carries cursors, so the links from it on are keyset links.
    """
    found: list[tuple[int, tuple]] = []
    skip = offset
    for index, segment in enumerate(segments):
        stmt = segment.stmt.order_by(*(k.ordered() for k in segment.keys))
        rows = db.session.execute(stmt.offset(skip).limit(per_page + 1 - len(found))).all()
        if skip and not rows:
            # The rows to skip go past this segment: count its rows, no further than ``skip``.
            skip -= db.session.scalar(select(func.count()).select_from(stmt.limit(skip).subquery())) or 0
            continue
        skip = 0
        found += [(index, tuple(row)) for row in rows]
        if len(found) > per_page:
            break
    has_more = len(found) > per_page
    found = found[:per_page]
    return KeysetPage(
        [values for _, values in found],
        next=Cursor(*found[-1]) if has_more else None,
        prev=Cursor(*found[0]) if offset and found else None,
    )


def count(segments: Sequence[Segment]) -> int:
    """Return the exact number of rows of the list (one statement; it reads every matching row)."""
    counts = [select(func.count()).select_from(s.stmt.subquery()).scalar_subquery() for s in segments]
    if not counts:
        return 0
    return db.session.scalar(select(sum(counts[1:], counts[0]))) or 0


def counted_page(segments: Sequence[Segment], per_page: int, after: Cursor | None,
                 load: Callable[[list], Iterable]) -> CountedPage:
    """Return the page after ``after`` as entities, with the list's exact total (the JSON API's lists).

    ``load(ids)`` returns the entities (with an ``id``) of the ids of the page's key rows (the last key
    of every segment is the id), in any order; the page keeps the list's order. Raises BadCursor as ``page``.
    """
    found = page(segments, per_page, after)
    ids = [values[-1] for values in found.rows]
    loaded = {item.id: item for item in load(ids)}
    return CountedPage([loaded[i] for i in ids if i in loaded], count(segments), found.next)


def _checked(cursor: str | Cursor, segments: Sequence[Segment]) -> Cursor:
    """Return ``cursor`` decoded, its values checked (and times turned to UTC) by its segment's key types."""
    if isinstance(cursor, str):
        cursor = Cursor.decode(cursor)
    if cursor.segment >= len(segments) or len(cursor.values) != len(segments[cursor.segment].keys):
        raise BadCursor()
    keys = segments[cursor.segment].keys
    return Cursor(cursor.segment, tuple(_typed(k, v) for k, v in zip(keys, cursor.values, strict=True)))


def _typed(key: Key, value: Any) -> Any:
    """Return ``value`` if the column of ``key`` can hold it (times in UTC), else raise BadCursor."""
    kind = key.column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, Integer):
        limit = 2**63 - 1 if isinstance(kind, BigInteger) else MAX_DB_INT
        if type(value) is int and -limit <= value <= limit:
            return value
    elif isinstance(kind, String):
        if isinstance(value, str) and len(value) <= (kind.length or MAX_KEY_TEXT) and "\x00" not in value:
            return value
    elif isinstance(kind, DateTime):
        if isinstance(value, datetime) and (value.tzinfo is not None) == bool(kind.timezone):
            try:
                return value.astimezone(UTC) if kind.timezone else value
            except OverflowError:
                pass
    elif isinstance(kind, Date):
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
    elif isinstance(kind, Numeric):
        if isinstance(value, Decimal) and value.is_finite():
            return value
    raise BadCursor()


def _walk(segments: Sequence[Segment], cursor: Cursor | None, limit: int, reverse: bool = False) -> list:
    """Return up to ``limit`` (segment, key values) strictly after (before, when ``reverse``) ``cursor``."""
    found: list[tuple[int, tuple]] = []
    if cursor is None:
        order = range(len(segments))
    elif reverse:
        order = range(cursor.segment, -1, -1)
    else:
        order = range(cursor.segment, len(segments))
    for index in order:
        segment = segments[index]
        for conditions in _ranges(segment, cursor.values if cursor and index == cursor.segment else None, reverse):
            stmt = segment.stmt.where(*conditions).order_by(*(k.ordered(reverse) for k in segment.keys))
            found += [(index, tuple(row)) for row in db.session.execute(stmt.limit(limit - len(found))).all()]
            if len(found) >= limit:
                return found
    return found


def _ranges(segment: Segment, values: tuple | None, reverse: bool) -> list[list[ColumnElement]]:
    """Return the WHERE conditions, in list order, of the rows of ``segment`` after (before) ``values``."""
    if values is None:
        return [[]]
    keys = segment.keys
    out = []
    for j in range(len(keys) - 1, -1, -1):
        same = [keys[i].column == values[i] for i in range(j)]
        step = keys[j].before(values[j]) if reverse else keys[j].after(values[j])
        out.append([*same, step])
    return out


__all__ = ["BadCursor", "CountedPage", "Cursor", "Key", "KeysetPage", "ListPage", "Segment", "capped_count",
           "count", "counted_page", "fetch", "list_page", "offset_page", "page"]
