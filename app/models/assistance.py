"""精准帮扶: a plan for every registered household, its 帮扶责任人, and the 驻村工作队 of every poor village.

The 2014 plan (国开办发〔2014〕30号, items (3) and (5)) asks for a cause analysis, a responsible helper and a
plan for every household, a work team in every poor village, and a database of teams and helpers. The
rules live in app/services/assistance/.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, ColumnElement, Date, ForeignKey, Index, Integer, String, Text, exists
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..crypto import cipher, mask_name
from ..extensions import db
from ._types import EncryptedText, RegionCode, UTCDateTime, one_of, utcnow
from .village import Village

# 帮扶措施, with the plan's programmes (雨露计划, 扶贫小额信贷, 易地扶贫搬迁) among them.
MEASURE_KINDS = {
    "industry": "产业扶持",
    "employment": "就业帮扶",
    "education": "教育资助",
    "medical": "医疗救助",
    "housing": "危房改造",
    "relocation": "易地扶贫搬迁",
    "microcredit": "扶贫小额信贷",
    "yulu": "雨露计划",
    "infrastructure": "基础设施",
    "social_security": "社会保障兜底",
    "other": "其他",
}
MEASURE_STATUSES = {"planned": "未开始", "in_progress": "实施中", "done": "已完成", "cancelled": "已取消"}
TEAM_ROLES = {"first_secretary": "第一书记", "leader": "队长", "member": "队员"}


class Helper(db.Model):
    """A 帮扶责任人: a cadre answering for some households; may or may not have an account.

    ``region_code`` is the region the helper is registered in (a county, township or village code):
    offices covering it manage the record. ``user_id`` links the helper's account when there is one;
    ``Household.helper_id`` (the account that may act for the household online) follows it.
    """

    __tablename__ = "helpers"
    # The helpers list's order (region, then id): a region's range of it is a page's keyset (issue 14).
    __table_args__ = (Index("ix_helpers_region_order", "region_code", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_code: Mapped[str] = mapped_column(RegionCode)
    name: Mapped[str] = mapped_column(EncryptedText)
    name_masked: Mapped[str] = mapped_column(String(32))
    name_index: Mapped[str | None] = mapped_column(String(64), index=True)
    unit: Mapped[str] = mapped_column(String(100), default="")  # 帮扶单位 / 工作单位
    position: Mapped[str] = mapped_column(String(50), default="")  # 职务
    phone: Mapped[str | None] = mapped_column(EncryptedText)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user = relationship("User", foreign_keys=[user_id])

    def set_name(self, name: str) -> None:
        """Set the name, its masked form and its blind index together."""
        self.name = name
        self.name_masked = mask_name(name)
        self.name_index = cipher().name_index(name)


class AssistancePlan(db.Model):
    """A registered household's 帮扶计划: one per household, its measures below."""

    __tablename__ = "assistance_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"), unique=True)
    # The household's village code, so scope filters and coverage figures need no join.
    region_code: Mapped[str] = mapped_column(RegionCode, index=True)
    year: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    household = relationship("Household", back_populates="plan")
    measures: Mapped[list[PlanMeasure]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanMeasure.id"
    )

    @staticmethod
    def exists_for(household_id) -> ColumnElement[bool]:
        """Return ``EXISTS (a plan of household_id)``, ``household_id`` a column or value: one probe of the unique
        index on ``household_id`` per row. ``households.id IN (SELECT household_id FROM assistance_plans)``
        inside an aggregate's CASE was run by PostgreSQL as a plain subplan, a scan of every plan per
        household (the assessment's plan-coverage figure ran for minutes at 1,000,000 households)."""
        return exists().where(AssistancePlan.household_id == household_id)


class PlanMeasure(db.Model):
    """One measure of a plan: what, who is responsible, by when, how far along; may become a need."""

    __tablename__ = "plan_measures"
    __table_args__ = (
        one_of("kind", MEASURE_KINDS),
        one_of("status", MEASURE_STATUSES),
        CheckConstraint("progress >= 0 AND progress <= 100", name="progress_percent"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("assistance_plans.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(64), default="")  # 责任人 (person or unit)
    target_date: Mapped[date | None] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(Integer, default=0)  # percent
    status: Mapped[str] = mapped_column(String(12), default="planned")
    need_id: Mapped[int | None] = mapped_column(ForeignKey("needs.id"), index=True)  # the need it turned into
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    plan: Mapped[AssistancePlan] = relationship(back_populates="measures")
    need = relationship("Need")


class WorkTeam(db.Model):
    """A 驻村工作队 sent to a village by a unit; active while ``ended_on`` is empty or not yet past."""

    __tablename__ = "work_teams"
    __table_args__ = (
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="team_dates_ordered"),
        # The teams list's order (village code, then id), as the helpers' (issue 14).
        Index("ix_work_teams_region_order", "region_code", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("villages.id"), index=True)
    region_code: Mapped[str] = mapped_column(RegionCode)  # the village's code
    sending_unit: Mapped[str] = mapped_column(String(100))  # 派出单位
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    village: Mapped[Village] = relationship()
    members: Mapped[list[WorkTeamMember]] = relationship(
        back_populates="team", cascade="all, delete-orphan", order_by="WorkTeamMember.id"
    )

    def is_active(self, on: date) -> bool:
        """Return whether the team is in the village on day ``on``."""
        return self.started_on <= on and (self.ended_on is None or self.ended_on >= on)

    @staticmethod
    def active_in(village_id, on: date) -> ColumnElement[bool]:
        """Return ``EXISTS (a team in village_id on day on)`` (``is_active``'s rule), ``village_id`` a column or
        value: one probe of the index on ``village_id`` per row, where ``villages.id NOT IN (SELECT ...)``
        inside an aggregate was run by PostgreSQL as a scan of every team per village."""
        return exists().where(WorkTeam.village_id == village_id, WorkTeam.started_on <= on,
                              WorkTeam.ended_on.is_(None) | (WorkTeam.ended_on >= on))


class WorkTeamMember(db.Model):
    """A member of a work team: name and role (第一书记, 队长, 队员); the phone is encrypted."""

    __tablename__ = "work_team_members"
    __table_args__ = (one_of("role", TEAM_ROLES),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("work_teams.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(20), default="member")
    unit: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str | None] = mapped_column(EncryptedText)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    team: Mapped[WorkTeam] = relationship(back_populates="members")
