"""Registered poor households (建档立卡贫困户) and their members: personal data, encrypted at rest."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, String, event
from sqlalchemy import text as sa_text
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from ..crypto import cipher, mask_name
from ..extensions import db
from ._types import EncryptedText, Quantity, UTCDateTime, one_of, utcnow
from .village import Village

HOUSEHOLD_ATTRIBUTES = {"general": "一般贫困户", "minimum_living": "低保贫困户", "extreme_poverty": "特困供养贫困户"}
HOUSEHOLD_STATUSES = {"registered": "在档", "exited": "已脱贫", "returned": "返贫"}
POVERTY_CAUSES = {
    "illness": "因病",
    "disability": "因残",
    "schooling": "因学",
    "disaster": "因灾",
    "lack_land": "缺土地",
    "lack_water": "缺水",
    "lack_skills": "缺技术",
    "lack_labour": "缺劳力",
    "lack_funds": "缺资金",
    "poor_transport": "交通条件落后",
    "lack_motivation": "自身发展动力不足",
    "other": "其他",
}
# A household that has returned to poverty (返贫) can be helped again, just like a registered one.
OPEN_STATUSES = ("registered", "returned")


class Household(db.Model):
    """A registered poor household of a village."""

    __tablename__ = "households"
    __table_args__ = (
        one_of("attribute", HOUSEHOLD_ATTRIBUTES),
        one_of("status", HOUSEHOLD_STATUSES),
        one_of("main_cause", POVERTY_CAUSES),
        CheckConstraint("members_count >= 1", name="members_count_positive"),
        CheckConstraint("income_per_capita IS NULL OR income_per_capita >= 0", name="income_not_negative"),
        # The registry list's sorts (app/services/registry_query.py SORTS), each closed by the id, so a page
        # of the national list is an index range and a region's page walks the index filtering by village.
        Index("ix_households_village_order", "village_id", "id"),
        Index("ix_households_year_order", "registered_year", "id"),
        Index("ix_households_income_order", "income_per_capita", "id"),
        # "-income" (DESC NULLS LAST): SQLite's plain DESC already puts NULLs last and it has no NULLS LAST.
        Index("ix_households_income_desc_order", sa_text("income_per_capita DESC NULLS LAST"), "id").ddl_if(
            dialect="postgresql"),
        Index("ix_households_updated_order", "updated_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("villages.id"), index=True)
    head_name: Mapped[str] = mapped_column(EncryptedText)
    head_name_masked: Mapped[str] = mapped_column(String(32))
    # Blind index (HMAC of the normalised name): search by exact name without the name in clear.
    head_name_index: Mapped[str | None] = mapped_column(String(64), index=True)
    id_number: Mapped[str] = mapped_column(EncryptedText)
    # HMAC of the ID number: finds duplicate registrations without the number in clear.
    id_fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    phone: Mapped[str | None] = mapped_column(EncryptedText)
    address: Mapped[str | None] = mapped_column(EncryptedText)
    members_count: Mapped[int] = mapped_column(Integer, default=1)
    attribute: Mapped[str] = mapped_column(String(20), default="general")
    main_cause: Mapped[str] = mapped_column(String(20))
    other_causes: Mapped[list[str]] = mapped_column(JSON, default=list)
    income_per_capita: Mapped[Decimal | None] = mapped_column(Quantity)
    status: Mapped[str] = mapped_column(String(12), default="registered", index=True)
    registered_year: Mapped[int] = mapped_column(Integer)
    planned_exit_year: Mapped[int | None] = mapped_column(Integer)
    exited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The account that may act for the household online (post needs, confirm receipt): follows
    # ``assigned_helper.user_id`` when the 帮扶责任人 has an account.
    helper_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    # The 帮扶责任人 answering for the household (app/models/assistance.py), account or not.
    assigned_helper_id: Mapped[int | None] = mapped_column(ForeignKey("helpers.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    village: Mapped[Village] = relationship()
    members: Mapped[list[HouseholdMember]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="HouseholdMember.id"
    )
    helper = relationship("User", foreign_keys=[helper_id])
    assigned_helper = relationship("Helper", foreign_keys=[assigned_helper_id])
    plan = relationship("AssistancePlan", back_populates="household", uselist=False)
    # main_cause and other_causes as rows, kept in step by ``_keep_causes`` below (never set it directly).
    cause_rows: Mapped[list[HouseholdCause]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, back_populates="household")

    def set_head_name(self, name: str) -> None:
        """Set the head's name, its public masked form and its blind index together."""
        self.head_name = name
        self.head_name_masked = mask_name(name)
        self.head_name_index = cipher().name_index(name)

    @property
    def is_open(self) -> bool:
        """Return whether the household can be a beneficiary (在档 or 返贫)."""
        return self.status in OPEN_STATUSES

    @property
    def causes(self) -> list[str]:
        """Return all poverty causes, main cause first."""
        return [self.main_cause, *(self.other_causes or [])]

    def __repr__(self) -> str:
        return f"<Household {self.id} {self.head_name_masked}>"


class HouseholdCause(db.Model):
    """One poverty cause of a household (its main cause or one of the others), one row each.

    The registry's cause filter reads this table through ``ix_household_causes_cause`` instead of scanning
    the JSON text of every household (issue 15: 619 ms at 100,000). ORM writes keep it in step (the
    ``before_flush`` listener below); code inserting households with Core (the demo seed) writes it too.
    """

    __tablename__ = "household_causes"
    __table_args__ = (Index("ix_household_causes_cause", "cause", "household_id"),)

    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), primary_key=True)
    cause: Mapped[str] = mapped_column(String(20), primary_key=True)

    household: Mapped[Household] = relationship(back_populates="cause_rows")


def cause_rows(household_id: int, main_cause: str, other_causes: list[str] | None) -> list[dict]:
    """Return the household_causes rows ({"household_id", "cause"}) of a household's causes, each once."""
    causes = dict.fromkeys([main_cause, *(other_causes or [])])
    return [{"household_id": household_id, "cause": cause} for cause in causes]


@event.listens_for(Session, "before_flush")
def _keep_causes(session: Session, flush_context, instances) -> None:
    """Make each new or changed household's ``cause_rows`` match its main_cause and other_causes."""
    from sqlalchemy import inspect

    for household in [*session.new, *session.dirty]:
        if not isinstance(household, Household) or household.main_cause is None:
            continue
        state = inspect(household)
        if not state.pending and not any(state.attrs[name].history.has_changes()
                                         for name in ("main_cause", "other_causes")):
            continue
        wanted = list(dict.fromkeys(household.causes))
        rows = household.cause_rows
        for row in [r for r in rows if r.cause not in wanted]:
            rows.remove(row)
        have = {r.cause for r in rows}
        rows.extend(HouseholdCause(cause=c) for c in wanted if c not in have)


class HouseholdMember(db.Model):
    """A member of a household other than or including its head."""

    __tablename__ = "household_members"
    __table_args__ = (one_of("gender", ("male", "female")),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(EncryptedText)
    relation: Mapped[str] = mapped_column(String(16))  # 户主 配偶 子女 父母 ...
    gender: Mapped[str] = mapped_column(String(8))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    health: Mapped[str] = mapped_column(String(32), default="健康")
    education: Mapped[str] = mapped_column(String(32), default="")

    household: Mapped[Household] = relationship(back_populates="members")
