"""The China date: every date of a need's life is the calendar date in Asia/Shanghai, taken here.

Deadlines typed into forms, the expiry job, offer validity windows and the matcher all compare
against ``china_today()`` (or ``china_date(moment)`` for a given instant), never against the
server's local date or the UTC date: between 00:00 and 08:00 China time those are still yesterday.
Source of the rule: DESIGN.md (the platform serves China; dates on its pages are China dates).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

CHINA = ZoneInfo("Asia/Shanghai")


def china_date(moment: datetime) -> date:
    """Return the date in China at the aware instant ``moment``; raise ValueError for a naive one."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("china_date needs a timezone-aware datetime")
    return moment.astimezone(CHINA).date()


def china_today() -> date:
    """Return today's date in China."""
    return china_date(datetime.now(UTC))
