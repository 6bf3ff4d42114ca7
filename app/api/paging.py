"""Cursor pagination of the API's lists: opaque cursors around the keyset cursors of ``services.keyset``.

A cursor is base64url of ``{"l": list, "n": page size, "k": keyset.Cursor.dump()}``: the segment and the
sort values and id of the last row sent, never an offset, so rows added between two requests make a
page neither skip nor repeat a row. The cursor pins the page size it was made with and the list it
belongs to. A cursor that was not made by this API (wrong list, wrong page size, values its list's key
columns cannot hold) answers 400 ``invalid`` (field ``cursor``) before any query of the list.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass

from ..services import keyset
from .problems import raise_problem
from .schemas import MAX_PAGE_SIZE


def _refuse():
    raise_problem("invalid", "游标无效", [{"field": "cursor", "message": "游标无效"}])


@dataclass(frozen=True)
class Cursor:
    """The cursor format of one list, named ``name``."""

    name: str

    def decode(self, cursor: str | None, limit: int) -> tuple[keyset.Cursor | None, int]:
        """Return (keyset cursor to start after, or None for the first page; page size), or answer 400."""
        if not cursor:
            return None, limit
        try:
            data = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii") + b"=" * (-len(cursor) % 4)))
            per_page, after = data["n"], keyset.Cursor.load(data["k"])
            if data["l"] != self.name or type(per_page) is not int or not 1 <= per_page <= MAX_PAGE_SIZE:
                raise ValueError
        except (ValueError, KeyError, TypeError, UnicodeEncodeError, binascii.Error, keyset.BadCursor):
            _refuse()
        return after, per_page

    def encode(self, after: keyset.Cursor, per_page: int) -> str:
        """Return the API cursor of the page after ``after``."""
        raw = json.dumps({"l": self.name, "n": per_page, "k": after.dump()}, separators=(",", ":"),
                         ensure_ascii=False)
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    def answer(self, args: dict, fetch: Callable[[keyset.Cursor | None, int], keyset.CountedPage],
               records: Callable[[list], list]) -> dict:
        """Return the API's page document of ``args`` (``cursor``, ``limit``): items, the list's exact total
        and the next cursor (None on the last page). ``fetch(after, per_page)`` is the service's page;
        ``records(items)`` makes the items' documents. A cursor that does not fit the list answers 400.
        """
        after, per_page = self.decode(args.get("cursor"), args["limit"])
        try:
            page = fetch(after, per_page)
        except keyset.BadCursor:
            _refuse()
        following = self.encode(page.next, per_page) if page.next is not None else None
        return {"items": records(page.items), "total": page.total, "next_cursor": following}


NEEDS = Cursor("needs")
OFFERS = Cursor("offers")
ORGANISATIONS = Cursor("organisations")
PROJECTS = Cursor("projects")
HOUSEHOLDS = Cursor("households")
