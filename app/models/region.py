"""Administrative divisions (行政区划) and the east–west pairings between them."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Float, ForeignKey, Integer, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._types import RegionCode, one_of

REGION_LEVELS: dict[str, str] = {
    "province": "省级",
    "prefecture": "地级",
    "county": "县级",
    "township": "乡级",
    "village": "村级",
}

# Codes are prefixes of each other: 52 ⊃ 5205 ⊃ 520524 ⊃ 520524101 ⊃ 520524101201.
LEVEL_BY_CODE_LENGTH = {2: "province", 4: "prefecture", 6: "county", 9: "township", 12: "village"}


class Region(db.Model):
    """One administrative division, keyed by its prefix code."""

    __tablename__ = "regions"
    __table_args__ = (
        one_of("level", REGION_LEVELS),
        CheckConstraint("poverty_exit_year IS NULL OR is_poverty_county", name="exit_year_needs_flag"),
    )

    code: Mapped[str] = mapped_column(RegionCode, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    level: Mapped[str] = mapped_column(String(12), index=True)
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), index=True)
    is_poverty_county: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    poverty_exit_year: Mapped[int | None] = mapped_column(Integer)
    longitude: Mapped[float | None] = mapped_column(Float)
    latitude: Mapped[float | None] = mapped_column(Float)

    parent: Mapped[Region | None] = relationship(remote_side=[code])

    @property
    def level_label(self) -> str:
        """Return the level in Chinese."""
        return REGION_LEVELS[self.level]

    def ancestor_codes(self) -> list[str]:
        """Return the codes of this region and every region above it, province first."""
        return [self.code[:n] for n in (2, 4, 6, 9, 12) if n <= len(self.code)]

    @classmethod
    def get(cls, code: str) -> Region | None:
        """Return the region with ``code``, or None."""
        return db.session.get(cls, code)

    @classmethod
    def provinces(cls) -> list[Region]:
        """Return all provinces by code."""
        return list(db.session.scalars(select(cls).where(cls.level == "province").order_by(cls.code)))

    def __repr__(self) -> str:
        return f"<Region {self.code} {self.name}>"


class Pairing(db.Model):
    """An east–west pairing (东西部扶贫协作结对): the helper region supports the recipient region."""

    __tablename__ = "pairings"
    __table_args__ = (UniqueConstraint("helper_code", "recipient_code", name="uq_pairings_helper_recipient"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    helper_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    recipient_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    period: Mapped[str] = mapped_column(String(64), default="")

    helper: Mapped[Region] = relationship(foreign_keys=[helper_code])
    recipient: Mapped[Region] = relationship(foreign_keys=[recipient_code])

    @classmethod
    def covers(cls, helper_code: str, region_code: str) -> bool:
        """Return whether a region inside ``helper_code`` is paired with one containing ``region_code``."""
        prefixes = [region_code[:n] for n in (2, 4, 6, 9, 12) if n <= len(region_code)]
        helper_prefixes = [helper_code[:n] for n in (2, 4, 6) if n <= len(helper_code)]
        stmt = select(cls.id).where(cls.recipient_code.in_(prefixes), cls.helper_code.in_(helper_prefixes))
        return db.session.execute(stmt.limit(1)).first() is not None
