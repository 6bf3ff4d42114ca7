"""Offers (帮扶资源): drawing down and restoring what an offer has left, safely under concurrency."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import case, update

from ..errors import Conflict
from ..extensions import db
from ..models import Offer


def draw_down(offer: Offer, quantity: Decimal) -> None:
    """Take ``quantity`` from the offer's remainder in one conditional UPDATE, or raise Conflict.

    The check and the change are one statement, so two pledges racing for the last units cannot both
    succeed, on SQLite and on PostgreSQL alike. The caller's transaction commits or rolls it back.
    """
    result = db.session.execute(
        update(Offer)
        .where(Offer.id == offer.id, Offer.status == "active", Offer.remaining >= quantity)
        .values(
            remaining=Offer.remaining - quantity,
            status=case((Offer.remaining - quantity == 0, "exhausted"), else_=Offer.status),
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise Conflict("该帮扶资源余量不足或已不可用")
    db.session.refresh(offer)


def restore(offer: Offer, quantity: Decimal) -> None:
    """Give ``quantity`` back to the offer (a pledge made from it was cancelled or expired)."""
    db.session.execute(
        update(Offer)
        .where(Offer.id == offer.id)
        .values(
            remaining=Offer.remaining + quantity,
            status=case((Offer.status == "exhausted", "active"), else_=Offer.status),
        )
        .execution_options(synchronize_session=False)
    )
    db.session.refresh(offer)
