"""Needs (需求) of households and villages, their photos and their review records."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, event, inspect, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._types import CATEGORIES, KINDS, ZERO, Quantity, RegionCode, UTCDateTime, one_of, utcnow
from .household import Household
from .village import Village

NEED_STATUSES = {
    "draft": "草稿",
    "pending": "审核中",
    "rejected": "已退回",
    "published": "已发布",
    "pledged": "已认领",
    "delivered": "已送达",
    "completed": "已完成",
    "expired": "已过期",
    "closed": "已关闭",
}
# States in which a need still asks for something; at most 3 of these per household.
OPEN_NEED_STATUSES = ("draft", "pending", "rejected", "published", "pledged", "delivered", "expired")
PUBLIC_NEED_STATUSES = ("published", "pledged", "delivered", "completed")
# The two segments of the public needs list (app/services/portal.py) and of their partial indexes.
OPEN_SEGMENT_SQL = "status = 'published'"
FINISHED_SEGMENT_SQL = "status IN ('pledged', 'delivered', 'completed')"
# 只看待认领 (open and still short): the open segment of the default /needs list. Its own partial index lets a
# page-number link (?page=200) skip its 3,980 rows in the index alone, with no heap read per row to test
# the quantities (21 ms of PostgreSQL a request at 100,000 households; issue 14, fourth pass).
SHORT_SEGMENT_SQL = "status = 'published' AND quantity > pledged_quantity"
# 即将完成 orders the open segment by the share still missing, in hundredths of a percent (an integer, so a
# cursor compares exactly). Written once as SQL: the list's ORDER BY must be the index's expression, word
# for word, for PostgreSQL to read the index instead of sorting the open needs (issue 14).
PENDING_SQL = "status = 'pending'"
# A county's (township's) review queue is "pending, at the county level, in the county": by region code that is a
# range, and a range cannot hand its rows over in waiting order, so each page would sort the county's whole
# queue. Equality on the code's first 6 (9) digits can: the queue's conditions and the PostgreSQL expression
# indexes spell it with this very text (a bound ``6`` would not match the index). Offices of other levels
# (province, prefecture) keep the range (issue 14).
REVIEW_PREFIX_SQL = {6: "substr(region_code, 1, 6)", 9: "substr(region_code, 1, 9)"}
CLOSING_SHARE_SQL = "CAST((quantity - pledged_quantity) * 10000 / quantity AS INTEGER)"


def folded_need_text(title: str | None, description: str | None) -> str:
    """Return what ``needs.search_text`` holds for a title and description: both folded, a line apart."""
    from search.analysis import fold

    return fold(title or "") + "\n" + fold(description or "")


def _inserted_level_since(context) -> datetime:
    """Return the ``level_since`` of an inserted need: its submission time, else its creation time, else now."""
    values = context.get_current_parameters()
    return values.get("submitted_at") or values.get("created_at") or utcnow()


class Need(db.Model):
    """What a household or a village needs, posted by its officer or helper (代发)."""

    __tablename__ = "needs"
    __table_args__ = (
        one_of("status", NEED_STATUSES),
        one_of("category", CATEGORIES),
        one_of("kind", KINDS),
        one_of("beneficiary_type", ("household", "village")),
        CheckConstraint("urgency BETWEEN 1 AND 3", name="urgency_range"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("pledged_quantity >= 0 AND pledged_quantity <= quantity", name="pledged_within_quantity"),
        CheckConstraint(
            "(beneficiary_type = 'household') = (household_id IS NOT NULL)", name="household_matches_type"
        ),
        Index("ix_needs_status_published_at", "status", "published_at"),
        # The region pages count needs by status under a region code prefix.
        Index("ix_needs_status_region_code", "status", "region_code"),
        # The public needs list, open first then newest (issue 14): one index per segment, partial on the
        # segment's status condition, which the queries spell as literals so a generic plan can use them.
        Index("ix_needs_open_published_at", "published_at", "id",
              sqlite_where=text(OPEN_SEGMENT_SQL), postgresql_where=text(OPEN_SEGMENT_SQL)),
        Index("ix_needs_short_published_at", "published_at", "id",
              sqlite_where=text(SHORT_SEGMENT_SQL), postgresql_where=text(SHORT_SEGMENT_SQL)),
        Index("ix_needs_finished_published_at", "published_at", "id",
              sqlite_where=text(FINISHED_SEGMENT_SQL), postgresql_where=text(FINISHED_SEGMENT_SQL)),
        # 即将完成: least missing first, then newest — the open segment's keys in the list's directions.
        # PostgreSQL only, like the registry's expression index: SQLite cannot reflect one (models ==
        # migrations is checked by reflection), and the development database is small.
        Index("ix_needs_open_closing", text(CLOSING_SHARE_SQL), text("published_at DESC"), text("id DESC"),
              postgresql_where=text(OPEN_SEGMENT_SQL)).ddl_if(dialect="postgresql"),
        # An office's review queue (services/review.py): the pending needs of its level under its region code,
        # longest waiting first; an admin's queue (every level, everywhere) in the same order (issue 14).
        Index("ix_needs_review_queue", "review_level", "region_code", "level_since", "id",
              sqlite_where=text(PENDING_SQL), postgresql_where=text(PENDING_SQL)),
        Index("ix_needs_pending_level_since", "level_since", "id",
              sqlite_where=text(PENDING_SQL), postgresql_where=text(PENDING_SQL)),
        # PostgreSQL only, like ix_needs_open_closing: SQLite cannot reflect an expression index.
        Index("ix_needs_review_county", "review_level", text(REVIEW_PREFIX_SQL[6]), "level_since", "id",
              postgresql_where=text(PENDING_SQL)).ddl_if(dialect="postgresql"),
        Index("ix_needs_review_township", "review_level", text(REVIEW_PREFIX_SQL[9]), "level_since", "id",
              postgresql_where=text(PENDING_SQL)).ddl_if(dialect="postgresql"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    beneficiary_type: Mapped[str] = mapped_column(String(12))
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("villages.id"), index=True)
    # The village code, copied so region filters are one indexed prefix match.
    region_code: Mapped[str] = mapped_column(RegionCode, index=True)
    category: Mapped[str] = mapped_column(String(16), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text, default="")
    # Title and description folded as search folds them (search.analysis.fold: simplified, half-width,
    # lower case, amounts split): the database fallback of the search page matches queries against it,
    # so a need stored in traditional characters is found when the engine is down too. Set on insert
    # (ORM and Core inserts alike) and by a listener when an ORM update changes the text.
    search_text: Mapped[str | None] = mapped_column(Text, default=lambda context: folded_need_text(
        context.get_current_parameters().get("title"), context.get_current_parameters().get("description")))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit: Mapped[str] = mapped_column(String(8), default="件")
    pledged_quantity: Mapped[Decimal] = mapped_column(Quantity, default=ZERO, server_default="0")
    urgency: Mapped[int] = mapped_column(Integer, default=1)
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="draft", index=True)
    review_level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    posted_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Since when the need waits at its current review level: set on submission (= submitted_at) and when a
    # review moves it up a level (= that review's time); the review queue orders and filters by it (issue 14).
    # Inserted rows default to their submission (or creation) time; NULL only on needs that were not pending
    # when the column was added (migration 0024).
    level_since: Mapped[datetime | None] = mapped_column(UTCDateTime, default=_inserted_level_since)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Indexed: the worker's needs index reads the needs changed since its last look (services/need_index.py).
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, index=True)

    household: Mapped[Household | None] = relationship()
    village: Mapped[Village] = relationship()
    posted_by = relationship("User", foreign_keys=[posted_by_id])
    photos = relationship("Photo", back_populates="need", order_by="Photo.position", cascade="all, delete-orphan")
    reviews: Mapped[list[ReviewRecord]] = relationship(back_populates="need", order_by="ReviewRecord.id")

    @property
    def remaining(self) -> Decimal:
        """Return what is still to be pledged."""
        return self.quantity - self.pledged_quantity

    @property
    def category_label(self) -> str:
        """Return the category in Chinese."""
        return CATEGORIES[self.category]

    @property
    def kind_label(self) -> str:
        """Return the kind in Chinese."""
        return KINDS[self.kind]

    @property
    def is_public(self) -> bool:
        """Return whether visitors may see the need."""
        return self.status in PUBLIC_NEED_STATUSES

    @property
    def beneficiary_label(self) -> str:
        """Return the public name of the beneficiary: a masked head of household or the village."""
        if self.household is not None:
            return f"{self.household.head_name_masked}户"
        return self.village.name

    @property
    def public_place(self) -> str:
        """Return where the need is, as the public may see it: a household's township, a village need's village.

        DESIGN.md: publicly shown is the village down to the township, so a household need never
        names its village (the village would point at the household).
        """
        if self.household_id is not None:
            return self.village.township.name
        return self.village.name

    @property
    def public_region_code(self) -> str:
        """Return the region code the public may see: a household need's township, else the village code."""
        return self.region_code[:9] if self.household_id is not None else self.region_code

    def __repr__(self) -> str:
        return f"<Need {self.id} {self.status}>"


class ReviewRecord(db.Model):
    """One office's decision on a need at one review level."""

    __tablename__ = "review_records"
    __table_args__ = (
        one_of("decision", ("approve", "reject")),
        CheckConstraint("decision = 'approve' OR length(reason) > 0", name="reject_needs_reason"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("needs.id", ondelete="CASCADE"), index=True)
    level: Mapped[str] = mapped_column(String(12))  # office level that decided: township, county ...
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    decision: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(Text, default="")
    # A rejection keeps the need's fields as they were, so a resubmission's review shows what changed.
    snapshot: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    need: Mapped[Need] = relationship(back_populates="reviews")
    reviewer = relationship("User")


@event.listens_for(Need, "before_update")
def _refold_changed_text(mapper, connection, need: Need) -> None:
    """Keep ``search_text`` in step when an ORM flush changes the title or description."""
    state = inspect(need)
    if state.attrs.title.history.has_changes() or state.attrs.description.history.has_changes():
        need.search_text = folded_need_text(need.title, need.description)
