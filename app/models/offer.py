"""Offers (帮扶资源): what donors and organisations bring, with categories and target regions."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._types import CATEGORIES, KINDS, Quantity, UTCDateTime, one_of, utcnow

OFFER_STATUSES = {
    "active": "进行中",
    "paused": "已暂停",
    "exhausted": "已用完",
    "expired": "已过期",
    "withdrawn": "已撤回",
}


class Offer(db.Model):
    """Support offered by a donor or an organisation, drawn down by pledges made from it."""

    __tablename__ = "offers"
    __table_args__ = (
        one_of("status", OFFER_STATUSES),
        one_of("kind", KINDS),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("remaining >= 0 AND remaining <= quantity", name="remaining_within_quantity"),
        CheckConstraint("per_beneficiary_cap IS NULL OR per_beneficiary_cap > 0", name="cap_positive"),
        CheckConstraint("valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from", name="window"),
        # The offers page, newest first within a status, read by keyset pages (issue 14).
        Index("ix_offers_status_created_at", "status", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    poster_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    service_type: Mapped[str] = mapped_column(String(16), default="")  # jobs, training, purchase, credit ...
    title: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    remaining: Mapped[Decimal] = mapped_column(Quantity)
    unit: Mapped[str] = mapped_column(String(8), default="件")
    per_beneficiary_cap: Mapped[Decimal | None] = mapped_column(Quantity)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="active", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    poster = relationship("User")
    organisation = relationship("Organisation")
    category_rows: Mapped[list[OfferCategory]] = relationship(cascade="all, delete-orphan")
    region_rows: Mapped[list[OfferRegion]] = relationship(cascade="all, delete-orphan")

    @property
    def categories(self) -> list[str]:
        """Return the category codes."""
        return [row.category for row in self.category_rows]

    @property
    def regions(self) -> list[str]:
        """Return the target region codes; empty means anywhere."""
        return [row.region_code for row in self.region_rows]

    @property
    def status_label(self) -> str:
        """Return the status in Chinese."""
        return OFFER_STATUSES[self.status]

    def __repr__(self) -> str:
        return f"<Offer {self.id} {self.status}>"


class OfferCategory(db.Model):
    """One category an offer serves."""

    __tablename__ = "offer_categories"
    __table_args__ = (one_of("category", CATEGORIES),)

    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id", ondelete="CASCADE"), primary_key=True)
    category: Mapped[str] = mapped_column(String(16), primary_key=True, index=True)


class OfferRegion(db.Model):
    """One region an offer may go to (the region and everything inside it)."""

    __tablename__ = "offer_regions"

    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id", ondelete="CASCADE"), primary_key=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), primary_key=True, index=True)
