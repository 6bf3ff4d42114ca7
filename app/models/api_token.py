"""Personal access tokens of the JSON API, and the remembered answers of idempotent POSTs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._types import UTCDateTime, utcnow

# What a token may be used for; a token never does more than its user may (services check the user).
API_SCOPES = {
    "read": "读取本人数据",
    "pledge": "认领需求",
    "offers": "发布和管理帮扶资源",
    "needs": "发布和管理需求",
    "review": "审核需求",
    "registry": "建档立卡数据",
}


class ApiToken(db.Model):
    """A personal access token: only its SHA-256 is stored; the secret is shown once at creation."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The first characters of the secret, so the owner can tell tokens apart on the account page.
    prefix: Mapped[str] = mapped_column(String(16))
    scopes: Mapped[str] = mapped_column(String(128))  # space-separated names of API_SCOPES
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user = relationship("User")

    @property
    def scope_list(self) -> list[str]:
        """Return the token's scopes in the order of API_SCOPES."""
        granted = set(self.scopes.split())
        return [s for s in API_SCOPES if s in granted]

    @property
    def is_usable(self) -> bool:
        """Return whether the token is neither revoked nor expired."""
        return self.revoked_at is None and self.expires_at > utcnow()

    def __repr__(self) -> str:
        return f"<ApiToken {self.id} {self.prefix}… user={self.user_id}>"


class IdempotencyRecord(db.Model):
    """The answer given to a creating POST with an Idempotency-Key, replayed when the request is retried."""

    __tablename__ = "api_idempotency_keys"
    __table_args__ = (UniqueConstraint("user_id", "key", name="uq_api_idempotency_keys_user_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(128))
    # Method, path and a hash of the body: the same key with another request is refused, not replayed.
    fingerprint: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int | None] = mapped_column(Integer)  # None while the first request still runs
    response_body: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
