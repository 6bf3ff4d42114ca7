"""Template filters and globals: Chinese labels, money and date formats.

The status labels people read live here, in one place (docs/need-life.md, "Words on the pages"): the
internal states of ``models.NEED_STATUSES`` and ``models.PLEDGE_STATUSES`` are the code's vocabulary;
pages, messages and the API show these words, which follow 中国社会扶贫网 (帮扶中, 待送出, 已送出, 帮扶成功).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from flask import current_app, render_template, request, url_for
from flask_login import current_user
from markupsafe import Markup

from .clock import CHINA
from .models import CATEGORIES, KINDS, URGENCIES
from .models._types import plain_quantity

# Need states as people read them. "pending" is completed by the reviewing office (乡镇扶贫办审核中).
NEED_STATUS_LABELS = {
    "draft": "草稿",
    "pending": "审核中",
    "rejected": "已退回修改",
    "published": "帮扶中",
    "pledged": "待送出",
    "delivered": "已送出",
    "completed": "帮扶成功",
    "expired": "已截止",
    "closed": "已关闭",
}
# A donor's pledge, in the same words as the need it belongs to.
PLEDGE_STATUS_LABELS = {
    "pledged": "待送出",
    "shipped": "已送出",
    "received": "已签收",
    "completed": "帮扶成功",
    "cancelled": "已取消",
    "expired": "超期未送出",
}


def need_status_label(need) -> str:
    """Return the status of ``need`` (a ``Need``) as people read it; a pending need names its office."""
    if need.status == "pending":
        from .services.review import reviewing_office

        return reviewing_office(need) + "审核中"
    return NEED_STATUS_LABELS[need.status]


def review_office(level: str) -> str:
    """Return the office reviewing at ``level`` (township → 乡镇扶贫办), for review records."""
    from .services.review import office_of_level

    return office_of_level(level)


def pledge_status_label(pledge) -> str:
    """Return the status of ``pledge`` (a ``Pledge``) as people read it."""
    return PLEDGE_STATUS_LABELS[pledge.status]


def quantity(value) -> str:
    """Format a quantity without useless decimals and with thousands separators: 10.00 → 10, 12500.50 → 12,500.5."""
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


def nav_part(name: str) -> Markup:
    """Return the navigation part ``name`` (a template) as HTML, rendered once per app for each role,
    organisation kind, page (``request.endpoint``) and script root, then reused.

    The sections and the account menu's links of ``_nav.html`` are the same on every request of a role on a
    page, yet cost about 30 ``url_for`` calls and macro calls each time (issue 14: the fixed cost every
    page pays). A part may depend only on ``role``, ``organisation_kind`` (the kind of an organisation
    member's organisation, else None) and ``request.endpoint``; what belongs to one user (name, unread
    count, CSRF token) stays in ``_nav.html``. The cache holds at most parts × roles × kinds × endpoints entries.
    """
    user = current_user
    role = user.role if user.is_authenticated else None
    kind = None
    if role == "org_member" and user.organisation_id is not None and user.organisation is not None:
        kind = user.organisation.kind
    key = (name, role, kind, request.endpoint, request.script_root)
    cache = current_app.extensions.setdefault("nav_parts", {})
    if key not in cache:
        cache[key] = Markup(render_template(name, role=role, organisation_kind=kind))
    return cache[key]


# The id ``id_url`` builds its URL with, then replaces: digits only, as the ``int`` converter writes an id.
_ID_MARKER = 987654321987654321


def id_url(endpoint: str, name: str) -> Callable[[int], str]:
    """Return a function of an integer id giving ``url_for(endpoint, **{name: id})``, from one ``url_for`` call.

    For lists that link every row to the same endpoint (the review queue: two links a row, 100 ``url_for``
    calls a full page before; issue 14 sixth pass). ``name`` must be a plain ``int`` path converter of the
    endpoint's rule (no ``max``: it writes ``str(int(id))``); the URL is built once with a marker id in that
    place, and each id replaces the marker. Raises werkzeug's BuildError as ``url_for`` does, ValueError when
    ``name`` is not in the URL's path, and (when called) for an id that is not an integer.
    """
    built = url_for(endpoint, **{name: _ID_MARKER})
    head, marker, tail = built.rpartition(str(_ID_MARKER))
    if not marker or "?" in head:
        raise ValueError(f"{endpoint}: {name} is not a path segment of its URL")
    return lambda value: f"{head}{int(value)}{tail}"


def init_app(app) -> None:
    """Register the filters and globals."""
    app.add_template_filter(quantity, "qty")
    app.add_template_filter(plain_quantity, "plain_qty")  # for input values: no thousands separators
    app.add_template_filter(china_time, "china_time")
    app.add_template_filter(china_date, "china_date")
    app.add_template_global(id_url, "id_url")
    app.add_template_global(CATEGORIES, "CATEGORIES")
    app.add_template_global(KINDS, "KINDS")
    app.add_template_global(URGENCIES, "URGENCIES")
    app.add_template_global(NEED_STATUS_LABELS, "NEED_STATUSES")
    app.add_template_global(PLEDGE_STATUS_LABELS, "PLEDGE_STATUSES")
    app.add_template_filter(need_status_label, "need_status")
    app.add_template_filter(pledge_status_label, "pledge_status")
    app.add_template_filter(review_office, "review_office")
    app.add_template_global(nav_part, "nav_part")
