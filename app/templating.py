"""Template filters and globals: Chinese labels, money and date formats."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from .models import CATEGORIES, KINDS, NEED_STATUSES, URGENCIES

from .clock import CHINA


def quantity(value) -> str:
    """Format a quantity without useless decimals: 10.00 → 10, 2.50 → 2.5."""
    if value is None:
        return ""
    value = Decimal(value)
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text


def china_time(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """Show a UTC timestamp in China time."""
    if value is None:
        return ""
    return value.astimezone(CHINA).strftime(fmt)


def china_date(value: date | datetime | None) -> str:
    """Show a date (or a timestamp's date in China) as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(CHINA).date()
    return value.isoformat()


def init_app(app) -> None:
    """Register the filters and globals."""
    app.add_template_filter(quantity, "qty")
    app.add_template_filter(china_time, "china_time")
    app.add_template_filter(china_date, "china_date")
    app.add_template_global(CATEGORIES, "CATEGORIES")
    app.add_template_global(KINDS, "KINDS")
    app.add_template_global(URGENCIES, "URGENCIES")
    app.add_template_global(NEED_STATUSES, "NEED_STATUSES")
