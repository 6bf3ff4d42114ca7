"""Accounts: one role per account, and for staff the one scope that role acts in."""

from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._types import UTCDateTime, one_of, utcnow
from .organisation import Organisation
from .region import Region
from .village import Village

ROLES = {
    "donor": "爱心人士",
    "org_member": "帮扶主体成员",
    "village_officer": "村级信息员",
    "helper": "帮扶责任人",
    "office": "扶贫办",
    "admin": "平台管理员",
}
OFFICE_LEVELS = {"township": "乡镇", "county": "县级", "prefecture": "市级", "province": "省级", "national": "国家级"}
# Whether and how a donor's public page (/donors/<id>) shows them; off until the donor turns it on.
DONOR_PAGE_CHOICES = {"off": "不公开", "masked": "公开，姓名打码（如 张*明）", "name": "公开，显示姓名或昵称"}
# Code length of the region an office at each level is scoped to; a national office has none.
OFFICE_LEVEL_CODE_LENGTH = {"township": 9, "county": 6, "prefecture": 4, "province": 2}


class User(UserMixin, db.Model):
    """An account with exactly one role; staff roles carry exactly one scope."""

    __tablename__ = "users"
    __table_args__ = (
        one_of("role", ROLES),
        one_of("donor_page", DONOR_PAGE_CHOICES),
        CheckConstraint(
            "office_level IS NULL OR office_level IN ('township', 'county', 'prefecture', 'province', 'national')",
            name="office_level_valid",
        ),
        # One scope per staff account, of the kind its role needs: offices a region (national: none),
        # village officers a village, organisation members an organisation.
        CheckConstraint(
            "(role = 'office' AND office_level IS NOT NULL"
            " AND (region_code IS NOT NULL OR office_level = 'national')"
            " AND village_id IS NULL AND organisation_id IS NULL)"
            " OR (role = 'village_officer' AND village_id IS NOT NULL AND office_level IS NULL"
            " AND organisation_id IS NULL)"
            " OR (role = 'org_member' AND organisation_id IS NOT NULL AND office_level IS NULL"
            " AND village_id IS NULL)"
            " OR (role IN ('donor', 'helper', 'admin') AND office_level IS NULL"
            " AND village_id IS NULL AND organisation_id IS NULL)",
            name="one_scope_per_role",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(String(32), default="")
    # A mainland mobile number (11 digits, 1[3-9]…), normalised; signs in like the username.
    mobile: Mapped[str | None] = mapped_column(String(11), unique=True)
    donor_page: Mapped[str] = mapped_column(String(8), default="off", server_default="off")
    role: Mapped[str] = mapped_column(String(16), index=True)
    office_level: Mapped[str | None] = mapped_column(String(12))
    # Offices are scoped to this region; helpers sit in it (their households are assigned one by one).
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), index=True)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    is_active_account: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Part of every session and remember-me cookie (``get_id``): raising it signs the account out
    # everywhere, because a cookie that carries an older value no longer loads the user.
    session_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    region: Mapped[Region | None] = relationship()
    village: Mapped[Village | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship(foreign_keys=[organisation_id])

    @property
    def is_active(self) -> bool:  # Flask-Login refuses inactive accounts
        return self.is_active_account

    def get_id(self) -> str:
        """Return ``"<id>.<session_version>"``, the value Flask-Login keeps in the session and remember cookie."""
        return f"{self.id}.{self.session_version or 0}"

    @classmethod
    def by_session_id(cls, value: str) -> User | None:
        """Return the user a session id from ``get_id`` names, or None when it is malformed or outdated.

        A bare id (a cookie from before session versions) and one with an older version both give None,
        so the request proceeds signed out.
        """
        user_id, dot, version = (value or "").partition(".")
        if not (dot and user_id.isascii() and user_id.isdigit() and version.isascii() and version.isdigit()):
            return None
        if len(user_id) > 10 or len(version) > 10:
            return None
        user = db.session.get(cls, int(user_id))
        if user is None or (user.session_version or 0) != int(version):
            return None
        return user

    @property
    def role_label(self) -> str:
        """Return the role in Chinese, with the office level for offices."""
        if self.role == "office" and self.office_level:
            return OFFICE_LEVELS[self.office_level] + ROLES["office"]
        return ROLES[self.role]

    @property
    def is_staff(self) -> bool:
        """Return whether the account belongs to a poverty office or the platform."""
        return self.role in ("office", "admin")

    @classmethod
    def by_username(cls, username: str) -> User | None:
        """Return the account named ``username``, or None."""
        return db.session.scalar(select(cls).where(cls.username == username))

    def __repr__(self) -> str:
        return f"<User {self.username} {self.role}>"
