"""Pledges (认领): a donor's promise to give part or all of a need, and its delivery."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._types import Quantity, UTCDateTime, one_of, utcnow

PLEDGE_STATUSES = {
    "pledged": "已认领",
    "shipped": "已发出",
    "received": "已签收",
    "completed": "已完成",
    "cancelled": "已取消",
    "expired": "已过期",
}
# Pledges that still hold part of their need.
ACTIVE_PLEDGE_STATUSES = ("pledged", "shipped", "received", "completed")
DELIVERY_METHODS = {"express": "快递", "in_person": "当面交付", "transfer": "转账"}


class Pledge(db.Model):
    """A donor's pledge of a quantity of a need, optionally drawn from one of their offers."""

    __tablename__ = "pledges"
    __table_args__ = (
        one_of("status", PLEDGE_STATUSES),
        CheckConstraint("delivery_method IS NULL OR delivery_method IN ('express', 'in_person', 'transfer')",
                        name="delivery_method_valid"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("needs.id"), index=True)
    offer_id: Mapped[int | None] = mapped_column(ForeignKey("offers.id"), index=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    status: Mapped[str] = mapped_column(String(12), default="pledged", index=True)
    from_recommendation: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    delivery_method: Mapped[str | None] = mapped_column(String(12))
    carrier: Mapped[str] = mapped_column(String(32), default="")
    tracking_number: Mapped[str] = mapped_column(String(40), default="")
    handover_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    shipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The certificate's verification number (unguessable, given when the certificate is first shown).
    certificate_number: Mapped[str | None] = mapped_column(String(20), unique=True)

    need = relationship("Need")
    offer = relationship("Offer")
    donor = relationship("User")
    organisation = relationship("Organisation")

    def __repr__(self) -> str:
        return f"<Pledge {self.id} {self.status}>"
