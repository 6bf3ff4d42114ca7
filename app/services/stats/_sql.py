"""SQL building blocks of the statistics: region prefixes, calendar parts and day spans on both engines.

Everything here returns SQLAlchemy expressions for GROUP BY queries; nothing loads rows. Calendar
parts are taken in China time (UTC+8, no daylight saving since 1991), so a need published at
23:30 UTC on 31 March counts in April, as the office in 昆明 sees it.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Integer, cast, func, true

from ...extensions import db
from ..scope import code_under

CHINA_OFFSET = timedelta(hours=8)

#: Code length of each level of the region tree, and the level below each level.
CODE_LENGTH = {"national": 0, "province": 2, "prefecture": 4, "county": 6, "township": 9, "village": 12}
CHILD_LENGTH = {0: 2, 2: 4, 4: 6, 6: 9, 9: 12}


def under(column, prefix: str):
    """Return "``column`` lies under region ``prefix``" in a form an index can serve ("" is everywhere)."""
    return code_under(column, prefix) if prefix else true()


def prefix_of(column, length: int):
    """Return the first ``length`` characters of a region code column (the region at that level)."""
    return func.substr(column, 1, length)


def _is_postgres() -> bool:
    return db.engine.dialect.name == "postgresql"


def month_of(column):
    """Return the China-time month of a timestamp column as "YYYY-MM"."""
    if _is_postgres():
        return func.to_char(func.timezone("Asia/Shanghai", column), "YYYY-MM")
    return func.strftime("%Y-%m", column, "+8 hours")


def year_of(column):
    """Return the China-time year of a timestamp column as an integer."""
    if _is_postgres():
        return cast(func.extract("year", func.timezone("Asia/Shanghai", column)), Integer)
    return cast(func.strftime("%Y", column, "+8 hours"), Integer)


def days_between(start, end):
    """Return ``end - start`` in days (a float) for two timestamp columns."""
    if _is_postgres():
        return func.extract("epoch", end - start) / 86400.0
    return func.julianday(end) - func.julianday(start)


def ratio(numerator, denominator) -> float | None:
    """Return numerator / denominator rounded to 4 places, or None when the denominator is 0."""
    return round(numerator / denominator, 4) if denominator else None
