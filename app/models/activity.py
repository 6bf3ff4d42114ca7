"""What happens around needs: matches, photos, thanks, notifications, the audit log, the search outbox."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, CheckConstraint, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._types import RegionCode, UTCDateTime, one_of, utcnow


class Match(db.Model):
    """A scored need–offer pair from the matcher, with the reasons behind the score."""

    __tablename__ = "matches"
    __table_args__ = (
        UniqueConstraint("need_id", "offer_id", name="uq_matches_need_offer"),
        CheckConstraint("score >= 0 AND score <= 1", name="score_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("needs.id", ondelete="CASCADE"), index=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id", ondelete="CASCADE"), index=True)
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[dict] = mapped_column(JSON, default=dict)
    model_version: Mapped[str] = mapped_column(String(40))
    suggested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # an office steered the poster to it
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    need = relationship("Need")
    offer = relationship("Offer")


class Photo(db.Model):
    """An uploaded image (metadata stripped) of a need, a thanks note or a project update."""

    __tablename__ = "photos"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN need_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN feedback_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN project_update_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="exactly_one_owner",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    need_id: Mapped[int | None] = mapped_column(ForeignKey("needs.id", ondelete="CASCADE"), index=True)
    feedback_id: Mapped[int | None] = mapped_column(ForeignKey("feedback.id", ondelete="CASCADE"), index=True)
    project_update_id: Mapped[int | None] = mapped_column(
        ForeignKey("project_updates.id", ondelete="CASCADE"), index=True
    )
    stored_name: Mapped[str] = mapped_column(String(80), unique=True)  # file under instance/uploads
    content_type: Mapped[str] = mapped_column(String(32))
    size_bytes: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    need = relationship("Need", back_populates="photos")
    feedback = relationship("Feedback", back_populates="photos")
    project_update = relationship("ProjectUpdate", back_populates="photos")


class Feedback(db.Model):
    """Thanks (感谢回馈) from the beneficiary side, shown on the need page."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("needs.id", ondelete="CASCADE"), index=True)
    pledge_id: Mapped[int | None] = mapped_column(ForeignKey("pledges.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    need = relationship("Need")
    pledge = relationship("Pledge")
    author = relationship("User")
    photos = relationship("Photo", back_populates="feedback", order_by="Photo.position")


class Notification(db.Model):
    """An in-app message that asks a user to act or tells them what happened."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(Text)
    link: Mapped[str] = mapped_column(String(255), default="")
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user = relationship("User")


class AuditLog(db.Model):
    """Who did what to which object, when and from where: append-only."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(String(48), index=True)  # e.g. need.approve, household.view_personal
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str] = mapped_column(String(40))
    region_code: Mapped[str | None] = mapped_column(RegionCode, index=True)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    ip_address: Mapped[str] = mapped_column(String(45), default="")
    user_agent: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    actor = relationship("User")


class SearchOutbox(db.Model):
    """A change to apply to the search engine, written in the same transaction as the change itself."""

    __tablename__ = "search_outbox"
    __table_args__ = (one_of("op", ("upsert", "delete")),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # applied in id order
    index_name: Mapped[str] = mapped_column(String(16))
    op: Mapped[str] = mapped_column(String(8))
    doc_id: Mapped[str] = mapped_column(String(40))
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)



class FormSubmission(db.Model):
    """When an account last posted a form to a path: a form issued before that is spent (see services.once).

    Times are integer microseconds since the Unix epoch (the clock of the server that issued the form).
    """

    __tablename__ = "form_submissions"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    path: Mapped[str] = mapped_column(String(200), primary_key=True)
    submitted_us: Mapped[int] = mapped_column(BigInteger, index=True)
