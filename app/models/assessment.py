"""The configurable indicators of the county assessment (精准考核, issue 16)."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, CheckConstraint, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from ._types import one_of

DIRECTIONS = {"higher": "越高越好", "lower": "越低越好"}


class AssessmentIndicator(db.Model):
    """One indicator: a named formula over the database, with its weight, target and direction.

    ``formula`` names one of the SQL formulas of ``app/services/stats/assessment.py`` (``FORMULAS``);
    ``params`` are its parameters (e.g. ``{"days": 7}``). ``target`` is a ratio (0–1). An empty table
    means the default set of the issue (``assessment.DEFAULT_INDICATORS``).
    """

    __tablename__ = "assessment_indicators"
    __table_args__ = (
        one_of("direction", DIRECTIONS),
        CheckConstraint("weight > 0", name="weight_positive"),
        CheckConstraint("target > 0 AND target <= 1", name="target_ratio"),
    )

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    formula: Mapped[str] = mapped_column(String(32))
    params: Mapped[dict] = mapped_column(JSON, default=dict)
    weight: Mapped[float] = mapped_column(Float)
    target: Mapped[float] = mapped_column(Float)
    direction: Mapped[str] = mapped_column(String(8), default="higher")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")

    def __repr__(self) -> str:
        return f"<AssessmentIndicator {self.code}>"
