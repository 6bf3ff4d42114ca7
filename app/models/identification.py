"""精准识别 as a workflow: cases going through 评议 → 乡镇审核 → 公示 → 县级审批 with 抽检核查 → 建档立卡.

The 2014 plan (国开办发〔2014〕30号, item (1)) names the steps 申请评议、公示公告、抽检核查、信息录入. One
``IdentificationCase`` carries one household's application (kind ``entry``), exit (脱贫, ``exit``) or
return to poverty (返贫, ``return``) through them; every step taken is an ``IdentificationStep`` row (who,
when, the outcome), so the history of a household's 有进有出 is never overwritten. The rules live in
app/services/identification.py.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._types import EncryptedText, Quantity, RegionCode, UTCDateTime, one_of, utcnow
from .village import Village

CASE_KINDS = {"entry": "新识别纳入", "exit": "脱贫退出", "return": "返贫纳入"}
# Where a case stands. A case moves forward one step at a time; ``sent_back`` returns it to the village,
# which may correct and resubmit it (back to ``applied``); ``rejected`` and ``completed`` are final.
CASE_STATUSES = {
    "applied": "已申请（待村民代表评议）",
    "appraised": "已评议（待乡镇审核）",
    "township_reviewed": "乡镇已审核（待公示）",
    "noticed": "公示中",
    "county_review": "待县级审批",
    "completed": "已完成",
    "sent_back": "已退回",
    "rejected": "不予通过",
}
OPEN_CASE_STATUSES = ("applied", "appraised", "township_reviewed", "noticed", "county_review")
STEP_NAMES = {
    "applied": "申请",
    "resubmitted": "修改后重新申请",
    "appraisal": "村民代表评议",
    "township_review": "乡镇审核",
    "notice": "公示",
    "objection": "公示异议",
    "notice_closed": "公示期满",
    "spot_check": "抽检核查",
    "county_approval": "县级审批",
    "registered": "信息录入（建档立卡）",
    "sent_back": "退回",
    "rejected": "不予通过",
}
STEP_OUTCOMES = {"passed": "通过", "failed": "未通过", "recorded": "已记录"}
SPOT_CHECK_OUTCOMES = {"pending": "待核查", "passed": "核查通过", "failed": "核查未通过"}
OBJECTION_STATUSES = {"open": "待处理", "upheld": "异议成立", "dismissed": "异议不成立"}


class Appraisal(db.Model):
    """A 村民代表评议 meeting of one village: when it sat, how many attended, what it decided."""

    __tablename__ = "appraisals"
    __table_args__ = (CheckConstraint("attendees >= 1", name="attendees_positive"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("villages.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date] = mapped_column(Date)
    attendees: Mapped[int] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(Text, default="")  # the meeting's summary, e.g. 「同意 5 户，不同意 1 户」
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    village: Mapped[Village] = relationship()


class PublicNotice(db.Model):
    """A 公示 of one village's proposed households, public from ``starts_on`` for ``days`` days."""

    __tablename__ = "public_notices"
    __table_args__ = (CheckConstraint("days >= 1", name="days_positive"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("villages.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer, default=7)
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    village: Mapped[Village] = relationship()
    cases: Mapped[list[IdentificationCase]] = relationship(back_populates="notice", order_by="IdentificationCase.id")
    objections: Mapped[list[Objection]] = relationship(back_populates="notice", order_by="Objection.id")

    @property
    def ends_on(self) -> date:
        """Return the last day of the notice (inclusive): ``starts_on`` + ``days`` − 1."""
        return self.starts_on + timedelta(days=self.days - 1)


class IdentificationCase(db.Model):
    """One household's entry, exit or return going through the identification steps.

    For an ``entry`` the applicant's personal data lives here (encrypted) until the county approves it
    and the household is registered (``household_id`` is set then); exits and returns name their
    household from the start.
    """

    __tablename__ = "identification_cases"
    __table_args__ = (
        one_of("kind", CASE_KINDS),
        one_of("status", CASE_STATUSES),
        CheckConstraint("kind = 'entry' OR household_id IS NOT NULL", name="household_for_exit_and_return"),
        CheckConstraint("income_per_capita IS NULL OR income_per_capita >= 0", name="case_income_not_negative"),
        Index("ix_identification_cases_status_year", "status", "year"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(20), default="applied")
    year: Mapped[int] = mapped_column(Integer, index=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("villages.id"), index=True)
    # The village's 12-digit code copied here, so scope filters need no join (prefix match).
    region_code: Mapped[str] = mapped_column(RegionCode, index=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    # The applicant (entry) or the head (exit/return): name and ID number encrypted, masked name public.
    head_name: Mapped[str] = mapped_column(EncryptedText)
    head_name_masked: Mapped[str] = mapped_column(String(32))
    id_fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    # The rest of the application (ID number, phone, address, members count, attribute, causes) as JSON,
    # encrypted as a whole: read by app/services/identification.py.
    details: Mapped[str] = mapped_column(EncryptedText, default="{}")
    income_per_capita: Mapped[Decimal | None] = mapped_column(Quantity)
    # Exit only: 两不愁三保障 (food, clothing, schooling, medical care, safe housing) confirmed by the officer.
    standard_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    by_household: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")  # 农户自愿申请
    appraisal_id: Mapped[int | None] = mapped_column(ForeignKey("appraisals.id"), index=True)
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("public_notices.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    village: Mapped[Village] = relationship()
    household = relationship("Household", foreign_keys=[household_id])
    appraisal: Mapped[Appraisal | None] = relationship()
    notice: Mapped[PublicNotice | None] = relationship(back_populates="cases")
    steps: Mapped[list[IdentificationStep]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="IdentificationStep.id"
    )
    spot_checks: Mapped[list[SpotCheck]] = relationship(back_populates="case", order_by="SpotCheck.id")

    @property
    def is_open(self) -> bool:
        """Return whether the case is still moving through the steps."""
        return self.status in OPEN_CASE_STATUSES


class IdentificationStep(db.Model):
    """One step taken on a case: which, by whom, when, with what outcome and note (the history)."""

    __tablename__ = "identification_steps"
    __table_args__ = (one_of("step", STEP_NAMES), one_of("outcome", STEP_OUTCOMES))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("identification_cases.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(12), default="recorded")
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[IdentificationCase] = relationship(back_populates="steps")
    actor = relationship("User", foreign_keys=[actor_id])


class Objection(db.Model):
    """An objection lodged against a 公示 (by anyone, without an account); it reaches the township office."""

    __tablename__ = "objections"
    __table_args__ = (one_of("status", OBJECTION_STATUSES),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("public_notices.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("identification_cases.id"), index=True)
    # The township the objection goes to (9 digits): the office whose region covers it sees it.
    township_code: Mapped[str] = mapped_column(RegionCode, index=True)
    text: Mapped[str] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(EncryptedText)  # who objects: personal data, encrypted
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    notice: Mapped[PublicNotice] = relationship(back_populates="objections")
    case: Mapped[IdentificationCase | None] = relationship()


class SpotCheckDraw(db.Model):
    """A county's random sample of the cases awaiting its approval: seed and share kept, so it can be redrawn."""

    __tablename__ = "spot_check_draws"
    __table_args__ = (CheckConstraint("share > 0 AND share <= 1", name="share_in_range"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    county_code: Mapped[str] = mapped_column(RegionCode, index=True)
    year: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(Integer)
    share: Mapped[Decimal] = mapped_column(Numeric(5, 4, asdecimal=True))
    population: Mapped[int] = mapped_column(Integer)  # how many cases the sample was drawn from
    drawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    drawn_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    checks: Mapped[list[SpotCheck]] = relationship(back_populates="draw", order_by="SpotCheck.id")


class SpotCheck(db.Model):
    """One sampled case's 抽检核查: assigned to a staff member, with its outcome once checked."""

    __tablename__ = "spot_checks"
    __table_args__ = (one_of("outcome", SPOT_CHECK_OUTCOMES),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("spot_check_draws.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("identification_cases.id"), index=True)
    region_code: Mapped[str] = mapped_column(RegionCode, index=True)  # the case's village code
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(8), default="pending", index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    draw: Mapped[SpotCheckDraw] = relationship(back_populates="checks")
    case: Mapped[IdentificationCase] = relationship(back_populates="spot_checks")
    assigned_to = relationship("User", foreign_keys=[assigned_to_id])
