"""An office's review queue (待审核需求): the pending needs it must decide on, longest waiting first, a keyset
page at a time, filtered by village, category and waiting time in SQL (issue 14).

A need waits at its level since ``Need.level_since`` (set on submission and when a review moves it up a
level, services/needs.py and services/review.py); the decisions themselves are ``services/review.py``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import bindparam, func, literal_column, select, text, union
from sqlalchemy.orm import defer, joinedload

from ..errors import Forbidden, Invalid
from ..extensions import db
from ..models import CATEGORIES, Household, Need, User, Village
from ..models._types import utcnow
from ..models.need import PENDING_SQL, REVIEW_PREFIX_SQL
from . import keyset, registry_query, scope
from .review import levels


def _waited_label(waited: timedelta) -> str:
    """Return a waiting time in Chinese: 3天5小时, 2小时, 不到1小时."""
    days, hours = waited.days, waited.seconds // 3600
    if days:
        return f"{days}天{hours}小时"
    return f"{hours}小时" if hours else "不到1小时"


# A wait of this many days or more is shown in red on the queue page.
LONG_WAIT_DAYS = 3


@dataclass(frozen=True)
class QueueItem:
    """A pending need (loaded as a Need, for the JSON API's record) and how long it has waited at its level."""

    need: Need
    waited: timedelta

    @property
    def need_id(self) -> int:
        """Return the need's id (the key keyset.list_page matches items by)."""
        return self.need.id

    @property
    def waited_label(self) -> str:
        """Return the waiting time in Chinese: 3天5小时, 2小时, 不到1小时."""
        return _waited_label(self.waited)


@dataclass(frozen=True)
class QueueRow:
    """One need of the queue page, as a plain row of the columns it shows: not a Need with its household and
    village loaded as objects (those were about a fifth of a full page's CPU, issue 14 sixth pass).

    ``head_name_masked`` is the household head's masked name (stored in clear; None for a village need);
    ``quantity`` is in ``unit`` (元 for a cash need); ``waited`` the time since ``level_since``.
    """

    need_id: int
    title: str
    household_id: int | None
    head_name_masked: str | None
    village_name: str
    category: str
    kind: str
    quantity: Decimal
    need_unit: str
    waited: timedelta

    @property
    def beneficiary_label(self) -> str:
        """Return the beneficiary as Need.beneficiary_label says it: the masked head's 户, or the village."""
        return f"{self.head_name_masked}户" if self.household_id is not None else self.village_name

    @property
    def category_label(self) -> str:
        """Return the category in Chinese."""
        return CATEGORIES[self.category]

    @property
    def unit(self) -> str:
        """Return the unit of ``quantity``: 元 for a cash need, else the need's own unit."""
        return "元" if self.kind == "cash" else self.need_unit

    @property
    def waited_label(self) -> str:
        """Return the waiting time in Chinese: 3天5小时, 2小时, 不到1小时."""
        return _waited_label(self.waited)

    @property
    def waited_long(self) -> bool:
        """Return whether the need has waited LONG_WAIT_DAYS days or more (shown in red)."""
        return self.waited.days >= LONG_WAIT_DAYS


@dataclass(frozen=True)
class QueueFilter:
    """What an office narrows its queue to: one village, one category, a minimum wait in days."""

    village_id: int | None = None
    category: str = ""
    waited_days: int = 0

    def conditions(self, now: datetime) -> list:
        """Return the SQL conditions of the filters that are set (``now``: the time the waits are measured at).

        "Waited at least N days" is ``now - level_since >= N days``, i.e. ``level_since <= now - N days``:
        a range of the queue's own order, so the index reads no need it does not show.
        """
        out = []
        if self.village_id is not None:
            out.append(Need.village_id == self.village_id)
        if self.category:
            out.append(Need.category == self.category)
        if self.waited_days:
            out.append(Need.level_since <= now - timedelta(days=self.waited_days))
        return out

    @property
    def is_set(self) -> bool:
        """Return whether any filter narrows the queue."""
        return self.village_id is not None or bool(self.category) or bool(self.waited_days)


# The waiting times an office may ask for (days → label).
WAIT_CHOICES = {1: "1天以上", 3: "3天以上", 7: "7天以上", 30: "30天以上"}


def parse_queue_filter(args) -> QueueFilter:
    """Build a :class:`QueueFilter` from query arguments ``village``, ``category``, ``waited``; raise Invalid."""
    village, category, waited = (args.get(k, "").strip() for k in ("village", "category", "waited"))
    if village and not (village.isascii() and village.isdigit() and len(village) < 10):
        raise Invalid("村的选择无效", field="village")
    if category and category not in CATEGORIES:
        raise Invalid("类别无效", field="category")
    if waited and not (waited.isascii() and waited.isdigit() and int(waited) in WAIT_CHOICES):
        raise Invalid("等待时间的选择无效", field="waited")
    return QueueFilter(village_id=int(village) if village else None, category=category,
                       waited_days=int(waited) if waited else 0)


# The queue page: 50 needs a page (a batch approval takes up to MAX_BATCH), ``?page=N`` walked up to page 100.
QUEUE_PER_PAGE = 50
QUEUE_MAX_OFFSET_PAGE = 100
# The queue's order, longest waiting at its level first: ix_needs_review_queue (an office: its level, its
# region's code range) and ix_needs_pending_level_since (an admin) hold it.
QUEUE_KEYS = (keyset.Key(Need.level_since, descending=False), keyset.Key(Need.id, descending=False))


def _queue_conditions(user: User) -> list | None:
    """Return the WHERE of ``user``'s whole queue, or None when the office's level reviews nothing; Forbidden
    for anyone but offices and admins."""
    if user.role not in ("office", "admin"):
        raise Forbidden("只有扶贫办工作人员可以审核需求")
    # The status as a literal, the partial indexes' own text: a prepared statement's generic plan can use them.
    conditions = [text(PENDING_SQL), Need.level_since.is_not(None), _in_region(user)]
    if user.role == "office":
        configured = levels()
        if user.office_level not in configured:
            return None
        conditions.append(Need.review_level == configured.index(user.office_level))
    return conditions


def _in_region(user: User):
    """Return: the need lies in the user's scope, as the prefix equality an index holds in waiting order where
    one exists (a county's or a township's code: ix_needs_review_county / _township), else as a code range."""
    region = scope.region_scope(user)
    if region and region.isascii() and region.isdigit() and len(region) in REVIEW_PREFIX_SQL:
        return literal_column(REVIEW_PREFIX_SQL[len(region)]) == region
    return scope.scope_filter(user, Need.region_code)


def _queue_items(ids: list[int], now: datetime) -> list[QueueItem]:
    """Return the QueueItems of the needs ``ids`` (any order) as Need objects with their household and village
    (the JSON API's records; the page reads plain rows, ``_queue_rows``)."""
    if not ids:
        return []
    # The queue shows the household's masked name only: its four encrypted columns stay unread (4 Fernet
    # decryptions a row were half the page's CPU with a full queue, issue 14).
    stmt = select(Need).where(Need.id.in_(ids)).options(
        joinedload(Need.household).options(*registry_query.LIST_UNREAD, defer(Household.head_name)),
        joinedload(Need.village))
    return [QueueItem(need=need, waited=now - need.level_since) for need in db.session.scalars(stmt).unique()]


# The page's rows: the columns QueueRow shows, households and villages joined; built once (``ids`` bound).
_ROWS = (select(Need.id, Need.title, Need.household_id, Household.head_name_masked, Village.name, Need.category,
                Need.kind, Need.quantity, Need.unit, Need.level_since)
         .join(Village, Village.id == Need.village_id).outerjoin(Household, Household.id == Need.household_id)
         .where(Need.id.in_(bindparam("ids", expanding=True))))


def _queue_rows(ids: list[int], now: datetime) -> list[QueueRow]:
    """Return the QueueRows of the needs ``ids`` (any order): one statement joining households and villages."""
    if not ids:
        return []
    return [QueueRow(*row[:-1], waited=now - row[-1]) for row in db.session.execute(_ROWS, {"ids": ids})]


@dataclass(frozen=True)
class QueuePage:
    """A page of an office's review queue.

    ``page`` is a keyset.ListPage of QueueRows (its total: the needs passing the filters, None above
    keyset.COUNT_CAP); ``total`` the whole queue's needs (None above the cap); ``villages`` (id, name)
    of the villages with needs in the whole queue, by name, for the village filter.
    """

    page: keyset.ListPage
    total: int | None
    villages: list[tuple[int, str]]


def queue_page(user: User, only: QueueFilter | None = None, page: int = 1, after: str | None = None,
               before: str | None = None) -> QueuePage:
    """Return one page of the pending needs ``user``'s office must decide on, longest waiting first.

    The filters are SQL conditions and the page a keyset page of ``ix_needs_review_queue``, so the cost
    does not grow with the number of pending needs (issue 14). Raises Forbidden for anyone but offices
    and admins, Invalid for a bad cursor or a page number beyond QUEUE_MAX_OFFSET_PAGE.
    """
    only = only or QueueFilter()
    conditions = _queue_conditions(user)
    if conditions is None:
        empty = keyset.ListPage(items=[], page=1, per_page=QUEUE_PER_PAGE, total=0, counted_at=None,
                                next_cursor=None, prev_cursor=None, count_cap=keyset.COUNT_CAP)
        return QueuePage(empty, 0, [])
    now = utcnow()
    whole = keyset.Segment(select(Need.level_since, Need.id).where(*conditions), QUEUE_KEYS)
    narrowed = keyset.Segment(whole.stmt.where(*only.conditions(now)), QUEUE_KEYS) if only.is_set else whole
    found = keyset.list_page([narrowed], page, QUEUE_PER_PAGE, after, before, lambda ids: _queue_rows(ids, now),
                             max_offset_page=QUEUE_MAX_OFFSET_PAGE, count_cap=keyset.COUNT_CAP, id_attr="need_id")
    total = keyset.capped_count([whole]) if only.is_set else found.total
    return QueuePage(found, total, _queue_villages(user))


# The village filter lists at most this many villages (a national admin's queue spans thousands).
VILLAGE_CHOICES_MAX = 300


def _queue_villages(user: User) -> list[tuple[int, str]]:
    """Return (id, name) of the villages with needs in ``user``'s queue, by name (at most VILLAGE_CHOICES_MAX).

    A need's region code is its village's code, so the villages are the distinct codes of the queue, read
    as a skip scan of ix_needs_review_queue (a recursive query per level: the least code, then the least
    code after it, …): one index probe per village, however many needs wait in each (issue 14). The
    statement is ``_villages_statement``'s, the region's code range bound to it. A region code that is
    not digits (no account has one) offers no village.
    """
    region = scope.region_scope(user) or ""
    if user.role == "office":
        wanted = (levels().index(user.office_level),)
    else:
        wanted = tuple(range(len(levels())))
    if not wanted:
        return []
    values = scope.code_range_values("region", region) if region else {}
    if values is None:
        return []
    stmt = _villages_statement(wanted, bool(region), "region_high" in values)
    return [tuple(v) for v in db.session.execute(stmt, values)]


@functools.lru_cache(maxsize=32)
def _villages_statement(wanted: tuple[int, ...], in_region: bool, bounded: bool):
    """Return the village filter's statement for the review levels ``wanted``: needs with region codes in
    ``scope.bound_code_range`` "region" (``bounded``: with an upper bound) when ``in_region``, else all.

    Built once per shape, the values bound on each request: composing the recursive statement (and its
    cache key) cost a full queue page about twice what running it did (issue 14 sixth pass). The walks
    and the villages' names are one statement.
    """
    walks = []
    for level in wanted:
        queued = [text(PENDING_SQL), Need.level_since.is_not(None), Need.review_level == level]
        if in_region:
            queued.append(scope.bound_code_range(Need.region_code, "region", bounded))
        first = (select(func.min(Need.region_code).label("code")).where(*queued)
                 .cte(f"queue_codes_{level}", recursive=True))
        following = select(func.min(Need.region_code)).where(*queued, Need.region_code > first.c.code)
        walk = first.union_all(select(following.scalar_subquery()).where(first.c.code.is_not(None)))
        walks.append(select(walk.c.code).where(walk.c.code.is_not(None)).limit(VILLAGE_CHOICES_MAX).subquery())
    codes = union(*(select(w.c.code) for w in walks)).subquery()
    chosen = select(codes.c.code).order_by(codes.c.code).limit(VILLAGE_CHOICES_MAX)
    return select(Village.id, Village.name).where(Village.code.in_(chosen)).order_by(Village.name, Village.id)


def queue(user: User, limit: int = 500) -> list[QueueItem]:
    """Return the first ``limit`` pending needs this user's office must decide on, longest waiting first (the
    JSON API's list); Forbidden for anyone but offices and admins."""
    conditions = _queue_conditions(user)
    if conditions is None:
        return []
    found = keyset.page([keyset.Segment(select(Need.level_since, Need.id).where(*conditions), QUEUE_KEYS)], limit)
    items = {item.need.id: item for item in _queue_items([row[-1] for row in found.rows], utcnow())}
    return [items[row[-1]] for row in found.rows if row[-1] in items]


__all__ = ["QUEUE_PER_PAGE", "QueueFilter", "QueueItem", "QueuePage", "QueueRow", "WAIT_CHOICES",
           "parse_queue_filter", "queue", "queue_page"]
