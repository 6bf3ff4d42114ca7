"""Who may act where: the region-scoping rule every service checks before it reads or changes data.

Region codes are prefixes of each other (52 ⊃ 5205 ⊃ 520524 ⊃ 520524101 ⊃ 12-digit village codes).
An office acts inside its region code; a national office and an admin everywhere; a village officer
inside its village; a helper only on the households assigned to it. Views never decide this alone.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, true

from ..errors import Forbidden, NotFound
from ..models import Household, User, Village


def region_scope(user: User | None) -> str | None:
    """Return the region prefix a staff user acts in; "" means everywhere; None means no region scope."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    if user.role == "admin" or (user.role == "office" and user.office_level == "national"):
        return ""
    if user.role == "office":
        return user.region_code
    if user.role == "village_officer" and user.village is not None:
        return user.village.code
    return None


def covers(user: User | None, region_code: str | None) -> bool:
    """Return whether ``region_code`` lies inside the user's region scope."""
    scope = region_scope(user)
    return scope is not None and region_code is not None and region_code.startswith(scope)


def scope_filter(user: User | None, column) -> ColumnElement[bool]:
    """Return a SQL condition keeping the rows whose region ``column`` lies inside the user's scope."""
    scope = region_scope(user)
    if scope is None:
        return false()
    if scope == "":
        return true()
    return column.startswith(scope, autoescape=True)


def require_region(user: User | None, region_code: str | None, *, hide: bool = True) -> None:
    """Raise unless ``region_code`` lies inside the user's scope.

    Objects outside the scope answer NotFound by default, so an office cannot probe other counties' ids.
    """
    if not covers(user, region_code):
        if hide:
            raise NotFound("对象不存在或不在您的管辖范围内")
        raise Forbidden("该对象不在您的管辖范围内")


def can_act_for_household(user: User | None, household: Household) -> bool:
    """Return whether the user may post needs for or confirm receipt for ``household``."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if user.role == "helper":
        return household.helper_id == user.id
    return covers(user, household.village.code)


def can_act_for_village(user: User | None, village: Village) -> bool:
    """Return whether the user may post needs for ``village`` itself (village officers and offices)."""
    if user is None or not getattr(user, "is_authenticated", False) or user.role == "helper":
        return False
    return covers(user, village.code)
