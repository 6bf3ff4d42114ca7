"""Cooperation projects (东西部协作项目) of paired eastern regions and their progress updates."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._types import CATEGORIES, Quantity, UTCDateTime, one_of, utcnow

PROJECT_STATUSES = {"planned": "筹备中", "in_progress": "实施中", "completed": "已完工", "cancelled": "已终止"}


class CooperationProject(db.Model):
    """A project funded by a paired_region organisation in a county it is paired with."""

    __tablename__ = "cooperation_projects"
    __table_args__ = (
        one_of("status", PROJECT_STATUSES),
        one_of("category", CATEGORIES),
        CheckConstraint("budget > 0", name="budget_positive"),
        CheckConstraint("beneficiaries_count >= 0", name="beneficiaries_not_negative"),
        CheckConstraint("year BETWEEN 2014 AND 2100", name="year_range"),
        # The projects list's order (newest year first, then id) for its keyset pages (issue 14).
        Index("ix_cooperation_projects_year_order", "year", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    helper_region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    recipient_region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    title: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(16))
    budget: Mapped[Decimal] = mapped_column(Quantity)  # yuan
    year: Mapped[int] = mapped_column(Integer)
    beneficiaries_count: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default="planned")
    posted_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    organisation = relationship("Organisation")
    helper_region = relationship("Region", foreign_keys=[helper_region_code])
    recipient_region = relationship("Region", foreign_keys=[recipient_region_code])
    updates: Mapped[list[ProjectUpdate]] = relationship(
        back_populates="project", order_by="ProjectUpdate.id", cascade="all, delete-orphan"
    )

    @property
    def status_label(self) -> str:
        """Return the status in Chinese."""
        return PROJECT_STATUSES[self.status]

    @property
    def spent(self) -> Decimal:
        """Return the amount spent so far, from the latest confirmed update."""
        confirmed = [u for u in self.updates if u.confirmed_at is not None]
        return confirmed[-1].amount_spent if confirmed else Decimal("0")


class ProjectUpdate(db.Model):
    """A progress report (项目进展) that the recipient side's office confirms."""

    __tablename__ = "project_updates"
    __table_args__ = (CheckConstraint("amount_spent >= 0", name="amount_spent_not_negative"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("cooperation_projects.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    amount_spent: Mapped[Decimal] = mapped_column(Quantity)
    posted_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    project: Mapped[CooperationProject] = relationship(back_populates="updates")
    photos = relationship("Photo", back_populates="project_update", order_by="Photo.position")
