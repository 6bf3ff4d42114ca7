"""Cursor pagination of the API's lists: opaque cursors over the services' keyset pages (``services.keyset``).

A cursor is base64url of ``{"l": list, "k": last sort key, "n": page size}``: the sort values and the
id of the last row sent, never an offset, so rows added between two requests make a page neither
skip nor repeat a row. The cursor pins the page size it was made with and the list it belongs to; a
cursor that was not made by this API (wrong list, wrong types, out of range) answers 400 ``invalid``
and never reaches the database.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from ..security import MAX_DB_INT
from ..services.seek import KeysetPage
from .problems import raise_problem
from .schemas import MAX_PAGE_SIZE

MAX_KEY_TEXT = 200  # no sort key of a list (a village code, an organisation's name, a kind) is longer


@dataclass(frozen=True)
class Cursor:
    """The cursor format of one list: its name and the type of each sort value ("int", "str", "datetime")."""

    name: str
    kinds: tuple[str, ...]

    def decode(self, cursor: str | None, limit: int) -> tuple[tuple | None, int]:
        """Return (key after which to start, or None for the first page; page size), or answer 400."""
        if not cursor:
            return None, limit
        try:
            data = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii") + b"=" * (-len(cursor) % 4)))
            per_page, values = int(data["n"]), data["k"]
            if data["l"] != self.name or not isinstance(values, list) or len(values) != len(self.kinds):
                raise ValueError
            key = tuple(_value(kind, value) for kind, value in zip(self.kinds, values, strict=True))
        except (ValueError, KeyError, TypeError, OverflowError, UnicodeEncodeError, binascii.Error,
                json.JSONDecodeError):
            raise_problem("invalid", "游标无效", [{"field": "cursor", "message": "游标无效"}])
        if not 1 <= per_page <= MAX_PAGE_SIZE:
            raise_problem("invalid", "游标无效", [{"field": "cursor", "message": "游标无效"}])
        return key, per_page

    def encode(self, key: tuple, per_page: int) -> str:
        """Return the cursor of the page after ``key``."""
        values = [v.isoformat() if isinstance(v, datetime) else v for v in key]
        raw = json.dumps({"l": self.name, "k": values, "n": per_page}, separators=(",", ":"), ensure_ascii=False)
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    def envelope(self, items: list, page: KeysetPage, per_page: int) -> dict:
        """Return the API's page document: items, the list's total and the next cursor (None on the last page)."""
        following = self.encode(page.next_key, per_page) if page.next_key is not None else None
        return {"items": items, "total": page.total, "next_cursor": following}


def _value(kind: str, value):
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or not -MAX_DB_INT <= value <= MAX_DB_INT:
            raise ValueError
        return value
    if kind == "str":
        if not isinstance(value, str) or len(value) > MAX_KEY_TEXT or "\x00" in value:
            raise ValueError
        return value
    if kind == "datetime":
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError
        return moment.astimezone(UTC)
    raise ValueError


NEEDS = Cursor("needs", ("int", "datetime", "int"))
OFFERS = Cursor("offers", ("datetime", "int"))
ORGANISATIONS = Cursor("organisations", ("str", "str", "int"))
PROJECTS = Cursor("projects", ("int", "int"))
HOUSEHOLDS = Cursor("households", ("str", "int"))
