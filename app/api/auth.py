"""Who is calling the API, what the call may do, and the cross-cutting rules of every API request.

- ``Authorization: Bearer <token>`` makes the token's user the ``current_user`` of this one request
  (no session is touched); without it the browser's session cookie counts, and a write by cookie
  must carry the CSRF token (``X-CSRFToken`` header) exactly like a form post.
- ``require_scope(name)``: a token must carry the scope; a session has every scope of its role. The
  services then check the user as for the pages, so a token never does more than its user.
- Throttling: per token, or per address for calls without one (``API_REQUESTS_PER_TOKEN`` /
  ``API_REQUESTS_PER_ADDRESS``), counted in the app's rate-limit storage (Redis when configured).
- Reads answer with an ``ETag`` and 304 to a matching ``If-None-Match``.
- ``idempotent``: a creating POST with an ``Idempotency-Key`` header is done once; a retry gets the
  first answer again, the same key with another body gets 422 ``idempotency-key-reused``.
"""

from __future__ import annotations

import functools
import hashlib
import json

from flask import Flask, Response, current_app, g, request
from flask_login import current_user
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import IdempotencyRecord
from ..security import client_address, throttle
from ..services import api_tokens
from .problems import problem, raise_problem

UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
IDEMPOTENCY_KEY_MAX = 128


def _is_api() -> bool:
    return request.path.startswith("/api/")


def authenticate_request() -> Response | None:
    """Resolve a Bearer token into the request's user; check CSRF for cookie writes; throttle."""
    if not _is_api():
        return None
    g.api_token = None
    header = request.headers.get("Authorization")
    limits = []
    if header is not None:
        scheme, _, secret = header.strip().partition(" ")
        token = api_tokens.authenticate(secret.strip()) if scheme.lower() == "bearer" else None
        if token is None:
            return problem("invalid-token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        g.api_token = token
        g._login_user = token.user  # Flask-Login's per-request user: this request only, no session
        limits.append(("api-token", current_app.config["API_REQUESTS_PER_TOKEN"], str(token.id)))
    else:
        limits.append(("api-address", current_app.config["API_REQUESTS_PER_ADDRESS"], client_address()))
    wait = throttle().retry_after(limits)
    if wait is not None:
        return problem("too-many-requests", headers={"Retry-After": str(wait)})
    throttle().hit(limits)
    if header is None and request.method in UNSAFE_METHODS and current_app.config.get("WTF_CSRF_ENABLED", True):
        from ..extensions import csrf

        csrf.protect()  # raises CSRFError (400), answered as problem "csrf"
    return None


def require_scope(scope: str):
    """Decorate an endpoint that needs a signed-in user and, for a token, the token scope ``scope``."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            if not current_user.is_authenticated:
                raise_problem("unauthorized", headers={"WWW-Authenticate": "Bearer"})
            token = g.get("api_token")
            if token is not None and scope not in token.scope_list:
                raise_problem("insufficient-scope", f"此操作需要令牌具有“{scope}”权限")
            return view(*args, **kwargs)

        doc = getattr(wrapper, "_apidoc", None) or {}
        wrapper._apidoc = doc
        doc.setdefault("manual_doc", {}).update({"security": [{"bearerAuth": []}, {}]})
        wrapper.required_scope = scope
        return wrapper

    return decorator


def me():
    """Return the request's user as a model (the token's user or the session's)."""
    return current_user._get_current_object()


def _fingerprint() -> str:
    body = request.get_data(cache=True) or b""
    return hashlib.sha256(request.method.encode() + b" " + request.path.encode() + b"\n" + body).hexdigest()


def idempotent(view):
    """Do a creating POST once per ``Idempotency-Key``: replay the stored answer to a retry."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("Idempotency-Key")
        if key is None or not current_user.is_authenticated:
            return view(*args, **kwargs)
        key = key.strip()
        if not key or len(key) > IDEMPOTENCY_KEY_MAX or not key.isascii() or not key.isprintable():
            raise_problem("invalid", "幂等键应为1至128个可打印ASCII字符",
                          [{"field": "Idempotency-Key", "message": "幂等键应为1至128个可打印ASCII字符"}])
        user_id, fingerprint = current_user.id, _fingerprint()
        existing = db.session.scalar(
            select(IdempotencyRecord).where(IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key)
        )
        if existing is None:
            # Claim the key in a transaction of its own: of two racing retries only one inserts it.
            db.session.add(IdempotencyRecord(user_id=user_id, key=key, fingerprint=fingerprint))
            try:
                db.session.commit()
            except IntegrityError:
                db.session.rollback()
                existing = db.session.scalar(select(IdempotencyRecord).where(
                    IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key))
        if existing is not None:
            if existing.fingerprint != fingerprint:
                raise_problem("idempotency-key-reused")
            if existing.status_code is None:
                raise_problem("idempotency-in-progress", headers={"Retry-After": "1"})
            replay = Response(existing.response_body, status=existing.status_code,
                              mimetype=("application/problem+json" if existing.status_code >= 400
                                        else "application/json"))
            replay.headers["Idempotent-Replayed"] = "true"
            return replay
        try:
            response = current_app.make_response(view(*args, **kwargs))
        except Exception as error:
            response = _answer_of(error)
            if response is None:  # a server error: forget the key so that a retry runs again
                db.session.rollback()
                db.session.execute(delete(IdempotencyRecord).where(
                    IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key))
                db.session.commit()
                raise
        db.session.rollback()  # the view committed its own work; nothing else may ride along
        record = db.session.scalar(select(IdempotencyRecord).where(
            IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key))
        record.status_code = response.status_code
        record.response_body = response.get_data(as_text=True)
        db.session.commit()
        return response

    return wrapper


def _answer_of(error: Exception) -> Response | None:
    """Return the problem answer a refused request gets (to be stored), or None for a server error."""
    from werkzeug.exceptions import HTTPException

    from ..errors import DomainError
    from .problems import from_domain_error, from_http_error

    if isinstance(error, DomainError):
        return from_domain_error(error)
    if isinstance(error, HTTPException) and (error.code or 500) < 500:
        return from_http_error(error)
    return None


def add_etag(response: Response) -> Response:
    """Give API reads an ETag and answer 304 to a matching If-None-Match; keep personal answers private."""
    if not _is_api():
        return response
    response.headers.add("Vary", "Authorization")
    response.headers.add("Vary", "Cookie")
    if current_user.is_authenticated:
        response.headers["Cache-Control"] = "private, no-cache"
    else:
        response.headers.setdefault("Cache-Control", "no-cache")
    if request.method in ("GET", "HEAD") and response.status_code == 200 and not response.direct_passthrough:
        response.add_etag()
        response.make_conditional(request)
    return response


def init_app(app: Flask) -> None:
    """Register the API's request hooks on ``app`` (after the security hooks, which reset the cached user)."""
    app.before_request(authenticate_request)
    app.after_request(add_etag)
