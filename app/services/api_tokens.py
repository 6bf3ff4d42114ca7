"""Personal access tokens of the JSON API: create (shown once), list, revoke, and authenticate a Bearer token.

Only a SHA-256 of the secret is stored: the secret has 256 bits of randomness, so a fast hash is enough
(no dictionary to guess from), and lookups stay one indexed equality. A token grants a subset of the
scopes its user's role may use (``scopes_for``); the services still check the user on every call, so a
token can never do more than its user. The ``registry`` scope is for staff (offices and admins) only.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, select, update

from ..errors import Invalid, NotFound
from ..extensions import db
from ..models import API_SCOPES, ApiToken, IdempotencyRecord, User
from ..models._types import utcnow
from . import audit

TOKEN_PREFIX = "fpat_"
MAX_TOKENS_PER_USER = 20
EXPIRY_DAYS = {30: "30天", 90: "90天", 180: "180天", 365: "1年"}
# Scopes each role may put on a token (the API decides per route which scope it needs).
ROLE_SCOPES = {
    "donor": ("read", "pledge", "offers"),
    "org_member": ("read", "pledge", "offers"),
    "village_officer": ("read", "needs"),
    "helper": ("read", "needs"),
    "office": ("read", "review", "registry"),
    "admin": ("read", "review", "registry", "offers", "needs"),
}
# last_used_at is written at most this often per token: an API client must not turn reads into writes.
LAST_USED_RESOLUTION = timedelta(minutes=5)


def scopes_for(user: User) -> list[str]:
    """Return the scopes ``user`` may grant to a token, in the order of API_SCOPES."""
    allowed = ROLE_SCOPES.get(user.role, ())
    return [s for s in API_SCOPES if s in allowed]


def hash_secret(secret: str) -> str:
    """Return the stored form of a token secret."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(user: User, name: str, scopes: list[str], days: int) -> tuple[ApiToken, str]:
    """Create a token for ``user`` and return it with its secret (shown once, never stored).

    Raises Invalid (field ``name``, ``scopes`` or ``days``) for an empty or long name, a scope the
    user's role may not grant, no scope at all, an expiry not in EXPIRY_DAYS, or too many live tokens.
    """
    name = (name or "").strip()
    if not name:
        raise Invalid("请填写令牌名称", field="name")
    if len(name) > 64:
        raise Invalid("令牌名称不能超过64个字符", field="name")
    wanted = list(dict.fromkeys(scopes or []))
    if not wanted:
        raise Invalid("请至少选择一项权限", field="scopes")
    allowed = scopes_for(user)
    refused = [s for s in wanted if s not in allowed]
    if refused:
        raise Invalid("您的账号不能授予这些权限：" + "、".join(API_SCOPES.get(s, s) for s in refused), field="scopes")
    if days not in EXPIRY_DAYS:
        raise Invalid("请选择有效期", field="days")
    live = db.session.scalars(select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None)))
    if sum(1 for t in live if t.is_usable) >= MAX_TOKENS_PER_USER:
        raise Invalid(f"每个账号最多保留{MAX_TOKENS_PER_USER}个有效令牌，请先撤销不用的令牌", field="name")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user_id=user.id,
        name=name,
        token_hash=hash_secret(secret),
        prefix=secret[: len(TOKEN_PREFIX) + 4],
        scopes=" ".join(s for s in API_SCOPES if s in wanted),
        expires_at=utcnow() + timedelta(days=days),
    )
    db.session.add(token)
    db.session.flush()
    audit.record("api_token.create", "api_token", token.id, None, {"name": name, "scopes": token.scopes}, actor=user)
    db.session.commit()
    return token, secret


def list_tokens(user: User) -> list[ApiToken]:
    """Return the user's tokens, newest first (revoked and expired ones included, marked by their fields)."""
    return list(db.session.scalars(
        select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id.desc())
    ))


def revoke_token(user: User, token_id: int) -> ApiToken:
    """Revoke one of the user's tokens; NotFound for another user's token. Revoking twice changes nothing."""
    token = db.session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise NotFound("该令牌不存在")
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        audit.record("api_token.revoke", "api_token", token.id, None, {"name": token.name}, actor=user)
        db.session.commit()
    return token


def authenticate(secret: str) -> ApiToken | None:
    """Return the usable token whose secret is ``secret`` (its user active), else None; note its last use."""
    if not secret or not secret.startswith(TOKEN_PREFIX) or len(secret) > 100:
        return None
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_secret(secret)))
    if token is None or not token.is_usable or not token.user.is_active:
        return None
    now = utcnow()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        db.session.execute(
            update(ApiToken).where(ApiToken.id == token.id).values(last_used_at=now)
            .execution_options(synchronize_session=False)
        )
        db.session.commit()
        db.session.refresh(token)
    return token


def purge_idempotency_keys(now=None) -> int:
    """Delete the Idempotency-Key records older than API_IDEMPOTENCY_KEY_SECONDS; return how many.

    A retry with a purged key runs as a new request, as with any API that keeps keys for a day.
    """
    cutoff = (now or utcnow()) - timedelta(seconds=int(current_app.config["API_IDEMPOTENCY_KEY_SECONDS"]))
    result = db.session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff))
    db.session.commit()
    return result.rowcount
