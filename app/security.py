"""The security baseline: rate limits (Flask-Limiter), security headers and the append-only audit log.

Rate limits live in Redis when ``REDIS_URL`` is set and in process memory otherwise. Each app gets
its own limiter in ``app.extensions["throttle"]`` (Flask-Limiter keeps its state on the instance, so
one module-level instance could not serve the test apps side by side).
"""

from __future__ import annotations

import logging
import math
import re
import time
from urllib.parse import urlsplit

from flask import Flask, abort, current_app, g, request
from flask_limiter import Limiter
from flask_login import current_user, logout_user
from flask_limiter.util import get_remote_address
from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from sqlalchemy import event
from werkzeug.exceptions import TooManyRequests
from werkzeug.routing import IntegerConverter

log = logging.getLogger(__name__)

# Everything the pages load comes from this site: Bootstrap is served locally, no inline code or style.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",  # Bootstrap draws its icons (navbar toggler, selects) as data: SVGs
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}
DEFAULT_REGISTRATIONS_PER_ADDRESS = "10 per hour"
STATIC_ENDPOINTS = ("static", "bootstrap.static")
MAX_DB_INT = 2**31 - 1  # PostgreSQL integer; SQLite overflows a little later


class Throttle:
    """Count attempts per key in the app's rate-limit storage and refuse once a limit is spent."""

    def __init__(self, limiter: Limiter, key_prefix: str):
        self.limiter = limiter
        self.key_prefix = key_prefix  # apps sharing one Redis keep separate counts
        self._fallback = MovingWindowRateLimiter(MemoryStorage())

    @property
    def enabled(self) -> bool:
        """Return whether limits are enforced (RATELIMIT_ENABLED)."""
        return bool(self.limiter.enabled)

    def _strategy(self):
        try:
            return self.limiter.limiter
        except Exception:  # a storage that failed to initialise must not make sign-in impossible
            log.exception("rate-limit storage unavailable; counting in memory")
            return self._fallback

    def _call(self, method: str, item: RateLimitItem, *identifiers: str, **options):
        identifiers = (self.key_prefix, *identifiers)
        try:
            return getattr(self._strategy(), method)(item, *identifiers, **options)
        except Exception:  # Redis down: keep counting in this process rather than fail open or closed
            log.exception("rate-limit storage error; counting in memory")
            return getattr(self._fallback, method)(item, *identifiers, **options)

    def retry_after(self, checks: list[tuple[str, str, str]]) -> int | None:
        """Return the seconds to wait when any (name, limit, key) is spent, else None."""
        if not self.enabled:
            return None
        waits = []
        for name, limit, key in checks:
            item = parse(limit)
            if not self._call("test", item, name, key):
                stats = self._call("get_window_stats", item, name, key)
                waits.append(max(1, math.ceil(stats.reset_time - time.time())))
        return max(waits) if waits else None

    def hit(self, checks: list[tuple[str, str, str]]) -> None:
        """Count one attempt against every (name, limit, key)."""
        if not self.enabled:
            return
        for name, limit, key in checks:
            self._call("hit", parse(limit), name, key)

    def clear(self, name: str, limit: str, key: str) -> None:
        """Forget the attempts counted against (name, limit, key)."""
        if not self.enabled:
            return
        try:
            self._strategy().clear(parse(limit), self.key_prefix, name, key)
        except Exception:
            log.exception("rate-limit storage error while clearing %s", name)

    def spend(self, name: str, limit: str, key: str) -> None:
        """Count one attempt and raise 429 (shown as a Chinese page) when the limit is already spent."""
        if self.retry_after([(name, limit, key)]) is not None:
            raise TooManyRequests()
        self.hit([(name, limit, key)])


def throttle() -> Throttle:
    """Return the current app's throttle."""
    return current_app.extensions["throttle"]


def client_address() -> str:
    """Return the address of the client (ProxyFix, when deployed behind a proxy, sets it right)."""
    return get_remote_address() or "unknown"


def login_checks(username: str) -> list[tuple[str, str, str]]:
    """Return the limits a sign-in attempt counts against: per account and per address."""
    config = current_app.config
    account = (username or "").strip().lower()[:64]
    return [
        ("login-account", config["LOGIN_ATTEMPTS_PER_ACCOUNT"], account),
        ("login-address", config["LOGIN_ATTEMPTS_PER_ADDRESS"], client_address()),
    ]


def spend_id_checks(user_id: int, count: int = 1) -> None:
    """Count ``count`` national duplicate-ID look-ups by an account; raise Throttled once ID_CHECKS_PER_ACCOUNT is spent.

    The look-up answers whether an ID number is registered anywhere in the country, so unthrottled it
    would let one account probe the registry (issue 11).
    """
    from .errors import Throttled

    throttle_ = throttle()
    if not throttle_.enabled:
        return
    item = parse(current_app.config["ID_CHECKS_PER_ACCOUNT"])
    key = str(user_id)
    if not throttle_._call("test", item, "id-check", key, cost=count):
        raise Throttled("身份证号查重过于频繁，为保护个人信息已暂时限制，请稍后再试。", field="id_number")
    throttle_._call("hit", item, "id-check", key, cost=count)


def spend_registration_attempt() -> None:
    """Count a registration from this address; raise 429 once the hourly allowance is spent."""
    throttle().spend("register", current_app.config["REGISTRATIONS_PER_ADDRESS"], client_address())


# Control characters, backslashes and encoded separators: browsers strip or reinterpret them, so a
# target holding any of them may leave the site (``/%09/evil.example`` becomes ``//evil.example``).
_UNSAFE_TARGET = re.compile(r"[\x00-\x20\x7f\\]|%(?:0[0-9a-f]|1[0-9a-f]|2f|5c|7f|20)", re.IGNORECASE)


def safe_redirect_target(target: str | None, default: str, *, prefix: str = "/") -> str:
    """Return ``target`` when it is a plain path of this site starting with ``prefix``, else ``default``.

    Refused (giving ``default``): anything with a scheme or host, ``//`` and ``/\\`` starts, control
    characters and whitespace (raw or percent-encoded: ``%09``, ``%0d%0a``), backslashes and encoded
    slashes or backslashes (``%2f``, ``%5c``), and targets longer than 2,000 characters. Never raises.
    Rule: OWASP Unvalidated Redirects cheat sheet, "allow-list of local paths".
    """
    if not isinstance(target, str) or not target or len(target) > 2000:
        return default
    if not target.startswith("/") or target.startswith("//") or _UNSAFE_TARGET.search(target):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith(prefix):
        return default
    return target


def forget_cached_user():
    """Drop a signed-in user cached in ``g`` by an earlier request.

    ``g`` belongs to the app context, which outlives a request when one was pushed beforehand (the test
    suite, scripts): Flask-Login's cached user would then leak into the next request, even another client's.
    """
    g.pop("_login_user", None)


def sign_out_disabled_accounts():
    """End the session of an account that an office disabled after it signed in."""
    if request.endpoint in STATIC_ENDPOINTS:
        return
    if current_user.is_authenticated and not current_user.is_active:
        logout_user()


def refuse_nul_characters():
    """Refuse input with NUL characters: PostgreSQL cannot store them and no form needs them."""
    values = [v for _key, listed in request.args.lists() for v in listed]
    if request.method in ("POST", "PUT", "PATCH"):
        values += [v for _key, listed in request.form.lists() for v in listed]
    if any("\x00" in v for v in values):
        abort(400)


def _signed_in() -> bool:
    return bool(g.get("_login_user") is not None and current_user.is_authenticated)


def add_security_headers(response):
    """Add the security headers to every response, leaving ones a view set itself alone."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if "Cache-Control" not in response.headers and response.mimetype == "text/html" and _signed_in():
        # Pages for a signed-in user may show personal data: no shared or back-button cache keeps them.
        response.headers["Cache-Control"] = "private, no-store"
    if current_app.config.get("APP_ENV") == "production" and request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    return response


class BoundedIntConverter(IntegerConverter):
    """An ``<int:...>`` converter that answers 404 past the database's integer range instead of failing."""

    # The parameter names are werkzeug's, builtins shadowed and all.
    def __init__(self, map, fixed_digits=0, min=None, max=None, signed=False):  # noqa: A002
        super().__init__(map, fixed_digits, min, max if max is not None else MAX_DB_INT, signed)


def _forbid_audit_changes(mapper, connection, target):
    raise PermissionError("the audit log is append-only: entries cannot be changed or deleted")


def _protect_audit_log() -> None:
    from .models import AuditLog

    for hook in ("before_update", "before_delete"):
        if not event.contains(AuditLog, hook, _forbid_audit_changes):
            event.listen(AuditLog, hook, _forbid_audit_changes)


def init_app(app: Flask) -> None:
    """Bind rate limiting, the security headers and the audit-log guard to ``app``."""
    app.config.setdefault("RATELIMIT_ENABLED", True)
    app.url_map.converters["int"] = BoundedIntConverter  # before any blueprint adds its routes
    app.config.setdefault("REGISTRATIONS_PER_ADDRESS", DEFAULT_REGISTRATIONS_PER_ADDRESS)
    storage_uri = app.config.get("RATELIMIT_STORAGE_URI") or app.config.get("REDIS_URL") or "memory://"
    key_prefix = app.config.get("RATELIMIT_KEY_PREFIX") or "fupin"
    limiter = Limiter(
        key_func=get_remote_address,
        storage_uri=storage_uri,
        strategy="moving-window",  # no burst of twice the limit across a window boundary
        key_prefix=key_prefix,
        headers_enabled=False,
        enabled=bool(app.config["RATELIMIT_ENABLED"]),
    )
    limiter.init_app(app)
    app.extensions["throttle"] = Throttle(limiter, key_prefix)
    app.before_request(forget_cached_user)
    app.before_request(sign_out_disabled_accounts)
    app.before_request(refuse_nul_characters)
    app.after_request(add_security_headers)
    _protect_audit_log()
