"""Cursor pagination over the services' page-numbered lists.

A cursor is opaque to clients (base64url of ``{"p": page, "n": page size}``): the next page's cursor
pins the page size it was made with, so paging stays consistent even if a client changes ``limit``.
The lists are ordered by the services exactly as the pages order them.
"""

from __future__ import annotations

import base64
import binascii
import json

from .problems import raise_problem
from .schemas import MAX_PAGE_SIZE

MAX_PAGE_NUMBER = 10_000  # as app.forms.MAX_PAGE: a deeper offset is refused, not turned into a DataError


def decode(cursor: str | None, limit: int) -> tuple[int, int]:
    """Return (page, per_page) for ``cursor`` (None: the first page of ``limit``), or answer 400."""
    if not cursor:
        return 1, limit
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii") + b"=" * (-len(cursor) % 4)))
        page, per_page = int(data["p"]), int(data["n"])
    except (ValueError, KeyError, TypeError, UnicodeEncodeError, binascii.Error, json.JSONDecodeError):
        raise_problem("invalid", "游标无效", [{"field": "cursor", "message": "游标无效"}])
    if not (1 <= page <= MAX_PAGE_NUMBER and 1 <= per_page <= MAX_PAGE_SIZE):
        raise_problem("invalid", "游标无效", [{"field": "cursor", "message": "游标无效"}])
    return page, per_page


def encode(page: int, per_page: int) -> str:
    """Return the cursor of ``page``."""
    raw = json.dumps({"p": page, "n": per_page}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def envelope(items: list, page: int, per_page: int, total: int) -> dict:
    """Return the API's page document: items, total and the next cursor (None on the last page)."""
    has_next = page * per_page < total and page < MAX_PAGE_NUMBER
    return {"items": items, "total": total, "next_cursor": encode(page + 1, per_page) if has_next else None}
