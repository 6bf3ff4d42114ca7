"""Turn need and offer rows into the matcher's plain records, and count how often beneficiaries were helped.

Shared by the portal's match runs (`services/matching.py`) and the worker's needs index
(`services/need_index.py`), so both hand the matcher the same records.
"""

from __future__ import annotations

from collections.abc import Iterable

import matching
from sqlalchemy import func, or_, select

from .. import clock
from ..extensions import db
from ..models import Need, Offer

#: Columns a need record is made of: enough to build records from plain rows without loading ORM objects.
NEED_COLUMNS = (
    Need.id, Need.title, Need.description, Need.category, Need.kind, Need.quantity, Need.pledged_quantity,
    Need.unit, Need.region_code, Need.household_id, Need.village_id, Need.urgency, Need.deadline,
    Need.published_at, Need.created_at, Need.status, Need.updated_at,
)

#: The rule of an open need: published and not yet fully pledged.
OPEN_NEED = (Need.status == "published") & (Need.quantity > Need.pledged_quantity)


def beneficiary(need) -> str:
    """Return the matcher's beneficiary key of a need (row or object): ``h<household>`` or ``v<village>``."""
    return f"h{need.household_id}" if need.household_id else f"v{need.village_id}"


def need_record(need, times_helped: int = 0) -> matching.Need:
    """Return the matcher's record of a need (what remains of it); ``need`` is a Need or a row of NEED_COLUMNS."""
    remaining = need.quantity - need.pledged_quantity
    return matching.Need(
        id=str(need.id),
        title=need.title,
        description=need.description,
        category=need.category,
        kind=need.kind,
        quantity=float(remaining) if remaining > 0 else float(need.quantity),
        unit="元" if need.kind == "cash" else need.unit,
        region=need.region_code,
        beneficiary=beneficiary(need),
        urgency=need.urgency,
        deadline=need.deadline,
        created=clock.china_date(need.published_at or need.created_at),
        times_helped=times_helped,
    )


def offer_record(offer: Offer) -> matching.Offer:
    """Return the matcher's record of an offer (what remains of it)."""
    return matching.Offer(
        id=str(offer.id),
        title=offer.title,
        description=offer.description,
        categories=tuple(offer.categories),
        kind=offer.kind,
        quantity=float(offer.remaining) if offer.remaining > 0 else float(offer.quantity),
        unit="元" if offer.kind == "cash" else offer.unit,
        regions=tuple(offer.regions),
        donor_region=offer.organisation.region_code if offer.organisation else None,
        valid_until=offer.valid_until,
    )


def of_beneficiaries(keys: Iterable[str]):
    """Return a filter on needs of the beneficiaries ``keys`` (``h<household id>``, ``v<village id>``)."""
    keys = set(keys)
    households = [int(k[1:]) for k in keys if k.startswith("h")]
    villages = [int(k[1:]) for k in keys if k.startswith("v")]
    return or_(Need.household_id.in_(households), Need.household_id.is_(None) & Need.village_id.in_(villages))


def times_helped(beneficiaries: Iterable[str] | None = None) -> dict[str, int]:
    """Return, per beneficiary key, how many of its needs were already fulfilled (delivered or completed).

    With ``beneficiaries`` only those are counted (one indexed query instead of a pass over all needs).
    """
    stmt = (select(Need.household_id, Need.village_id, func.count(Need.id))
            .where(Need.status.in_(("delivered", "completed")))
            .group_by(Need.household_id, Need.village_id))
    if beneficiaries is not None:
        keys = set(beneficiaries)
        if not keys:
            return {}
        stmt = stmt.where(of_beneficiaries(keys))
    helped: dict[str, int] = {}
    for household_id, village_id, count in db.session.execute(stmt):
        key = f"h{household_id}" if household_id else f"v{village_id}"
        helped[key] = helped.get(key, 0) + count
    return helped
