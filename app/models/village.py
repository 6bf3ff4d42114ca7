"""Villages (村), the smallest unit a village officer is scoped to."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._types import RegionCode
from .region import Region


class Village(db.Model):
    """A village under a township, possibly a registered poor village (贫困村)."""

    __tablename__ = "villages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # 12-digit code: the township's 9 digits and a 3-digit village number, like the NBS codes.
    code: Mapped[str] = mapped_column(RegionCode, unique=True)
    township_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    is_poor_village: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    work_team: Mapped[str] = mapped_column(Text, default="")  # 驻村工作队: unit and members, as the office writes it
    # Where pledged goods go: the village committee's address, public to the pledging donor only.
    delivery_address: Mapped[str] = mapped_column(Text, default="")

    township: Mapped[Region] = relationship()

    @property
    def region_code(self) -> str:
        """Return the village's own code, the finest region code of its beneficiaries."""
        return self.code

    def __repr__(self) -> str:
        return f"<Village {self.code} {self.name}>"
