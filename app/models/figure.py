"""Precomputed figures: aggregates shown on pages, computed by the worker and stamped with their time."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from ._types import UTCDateTime, utcnow


class Figure(db.Model):
    """One precomputed aggregate (``key``) for one scope (a region code, or "" for the whole country).

    ``payload`` is whatever the figure's compute function returned (JSON: numbers, strings, lists, dicts);
    ``computed_at`` is when, so a page can say 「数据更新于 …」. See app/services/figures.py.
    """

    __tablename__ = "figures"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    scope: Mapped[str] = mapped_column(String(32), primary_key=True, default="")
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # When a page last read it (to the hour: figures.READ_MARK_INTERVAL). The refresh recomputes only
    # scopes read within figures.KEEP_HOURS and deletes the others (national scopes are always kept).
    last_read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
