"""Check the hard rules one pair at a time, in plain Python.

This is the reference the vectorised check (:meth:`matching.features.PairData.admissible`) and every
output are verified against: tests and ``evaluate`` count violations with it.
"""

from __future__ import annotations

import datetime as _dt

from .records import Need, Offer

__all__ = ["RULES", "rule_violations", "is_admissible"]

#: Names of the hard rules, as reported by :func:`rule_violations`.
RULES: tuple[str, ...] = ("category", "region", "kind", "deadline", "validity", "quantity")


def rule_violations(need: Need, offer: Offer, today: _dt.date) -> list[str]:
    """Return the names of the hard rules the pair breaks (empty when admissible).

    Parameters
    ----------
    need : Need
    offer : Offer
    today : datetime.date
        A deadline or validity date equal to ``today`` has not passed yet.

    Returns
    -------
    list of str
        A subset of :data:`RULES`.
    """
    broken = []
    if need.category not in offer.categories:
        broken.append("category")
    if offer.regions and not any(need.region.startswith(r) for r in offer.regions):
        broken.append("region")
    if need.kind != offer.kind:
        broken.append("kind")
    if need.deadline is not None and need.deadline < today:
        broken.append("deadline")
    if offer.valid_until is not None and offer.valid_until < today:
        broken.append("validity")
    if not (need.quantity > 0 and offer.quantity > 0):
        broken.append("quantity")
    return broken


def is_admissible(need: Need, offer: Offer, today: _dt.date) -> bool:
    """Return whether the pair obeys every hard rule."""
    return not rule_violations(need, offer, today)
