"""Who may act where: the region-scoping rule every service checks before it reads or changes data.

Region codes are prefixes of each other (52 ⊃ 5205 ⊃ 520524 ⊃ 520524101 ⊃ 12-digit village codes).
An office acts inside its region code; a national office and an admin everywhere; a village officer
inside its village; a helper only on the households assigned to it. Views never decide this alone.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, String, and_, bindparam, false, or_, true

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
    return code_under(column, scope)


def code_under(column, prefix: str) -> ColumnElement[bool]:
    """Return: region code ``column`` starts with ``prefix``, in a form a b-tree index can serve.

    Neither SQLite (LIKE is case-insensitive) nor PostgreSQL (non-C collation) answers ``LIKE '52%'``
    from a b-tree, and the planner then reads every row of the other conditions (a county's review
    queue read all 9,000 pending needs of the country: 300 ms at 100,000 households). For a prefix of
    digits the code range [prefix, next prefix) is exactly "starts with prefix" among codes of digits,
    in any collation that orders digits as numbers; a LIKE is kept only where that does not hold.
    The LIKE is also left out for digit prefixes because PostgreSQL's planner multiplied its selectivity
    into the range's and then sorted a whole province's needs instead of reading the list's index in
    order (issue 14: 18 ms instead of 1 ms per page).
    """
    condition = column.startswith(prefix, autoescape=True)
    bounds = code_bounds(prefix)
    if bounds is None:
        return condition
    low, high = bounds
    return and_(column >= low, condition) if high is None else and_(column >= low, column < high)


def code_bounds(prefix: str) -> tuple[str, str | None] | None:
    """Return (low, high): the codes of digits starting with ``prefix`` are exactly ``low <= code < high``
    (``high`` None: no upper bound, for a prefix of 9s only); None for a prefix that is not ASCII digits
    ("²".isdigit() is True; only 0-9 have a next digit here)."""
    if not (prefix.isascii() and prefix.isdigit()):
        return None
    # The next code after every code under "52" is "53"; under "59" it is "6"; "99" has none.
    stripped = prefix.rstrip("9")
    if not stripped:
        return prefix, None
    return prefix, stripped[:-1] + str(int(stripped[-1]) + 1)


def bound_code_range(column, name: str, bounded: bool) -> ColumnElement[bool]:
    """Return :func:`code_under`'s range with bind parameters: ``column >= :<name>_low`` and, when
    ``bounded``, ``column < :<name>_high``, for a statement built once per shape and run with
    :func:`code_range_values`' values (a prefix of 9s only has no upper bound)."""
    low = column >= bindparam(f"{name}_low", type_=String)
    return and_(low, column < bindparam(f"{name}_high", type_=String)) if bounded else low


def code_range_values(name: str, prefix: str) -> dict[str, str] | None:
    """Return the values of :func:`bound_code_range` ``name`` for the codes under ``prefix``
    (``{"<name>_low": …}`` and ``"<name>_high"`` when bounded), or None for a prefix not of ASCII digits
    (no account or region has one: compose :func:`code_under` for it instead)."""
    bounds = code_bounds(prefix)
    if bounds is None:
        return None
    low, high = bounds
    return {f"{name}_low": low} if high is None else {f"{name}_low": low, f"{name}_high": high}


def inside_or_above(column, region: str) -> ColumnElement[bool]:
    """Return: region code ``column`` lies inside ``region`` or is one of its ancestors (a prefix of it).

    The same rows as ``column LIKE region || '%' OR region LIKE column || '%'``, in a form b-tree indexes
    serve: the code range of :func:`code_under` or one of the ``len(region) + 1`` prefixes of ``region``.
    The LIKE form had PostgreSQL read every account on each registry page (12 ms at 100,000 households,
    growing with the users table; issue 14).
    """
    return or_(code_under(column, region), column.in_(ancestors(region)))


def ancestors(region: str) -> list[str]:
    """Return the ``len(region) + 1`` prefixes of ``region`` ("" first): the codes above it, itself included."""
    return [region[:i] for i in range(len(region) + 1)]


def bound_inside_or_above(column, bounded: bool) -> ColumnElement[bool]:
    """Return :func:`inside_or_above` with bind parameters: :func:`bound_code_range` ``region`` or one of
    ``:ancestors`` (values: ``code_range_values("region", r)`` and ``{"ancestors": ancestors(r)}``)."""
    return or_(bound_code_range(column, "region", bounded), column.in_(bindparam("ancestors", expanding=True)))


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
