"""Organisations that give support (帮扶主体) and the counties a unit is designated to help."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._types import UTCDateTime, one_of, utcnow
from .region import Region

ORGANISATION_KINDS = {
    "enterprise": "企业",
    "social_org": "社会组织",
    "gov_unit": "定点扶贫单位",
    "paired_region": "东部协作省市",
    "military": "军队和武警部队",
}
VERIFICATION_STATUSES = {"unverified": "待认证", "verified": "已认证", "rejected": "认证未通过"}

# GB 32100-2015: 18 characters from this alphabet (no I, O, S, V, Z); the last is a check character.
_CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code_check_char(first17: str) -> str:
    """Return the check character of a 统一社会信用代码 from its first 17 characters."""
    total = sum(_CREDIT_ALPHABET.index(ch) * w for ch, w in zip(first17, _CREDIT_WEIGHTS, strict=True))
    return _CREDIT_ALPHABET[(31 - total % 31) % 31]


def credit_code_problem(code: str) -> str | None:
    """Return why ``code`` is not a valid 统一社会信用代码 (in Chinese), or None when it is valid."""
    code = (code or "").strip().upper()
    if len(code) != 18:
        return "统一社会信用代码应为18位"
    bad = [ch for ch in code if ch not in _CREDIT_ALPHABET]
    if bad:
        return f"统一社会信用代码含有无效字符：{''.join(bad)}"
    if credit_code_check_char(code[:17]) != code[17]:
        return "统一社会信用代码校验位错误，请核对后重新输入"
    return None


class Organisation(db.Model):
    """An enterprise, social organisation, government unit, paired eastern region or military unit."""

    __tablename__ = "organisations"
    __table_args__ = (one_of("kind", ORGANISATION_KINDS), one_of("verification", VERIFICATION_STATUSES))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(String(100))
    credit_code: Mapped[str] = mapped_column(String(18), unique=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    contact_person: Mapped[str] = mapped_column(String(32))
    contact_phone: Mapped[str] = mapped_column(String(32), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    verification: Mapped[str] = mapped_column(String(12), default="unverified", index=True)
    # Who verified is in the audit log (organisation.verify); users already point at organisations.
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    region: Mapped[Region] = relationship()
    designations: Mapped[list[Designation]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan"
    )

    @property
    def is_verified(self) -> bool:
        """Return whether an office has verified the organisation."""
        return self.verification == "verified"

    @property
    def kind_label(self) -> str:
        """Return the kind in Chinese."""
        return ORGANISATION_KINDS[self.kind]

    def __repr__(self) -> str:
        return f"<Organisation {self.id} {self.name}>"


class Designation(db.Model):
    """A county that a gov_unit organisation is designated to help (定点扶贫)."""

    __tablename__ = "designations"
    __table_args__ = (UniqueConstraint("organisation_id", "county_code", name="uq_designations_org_county"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    county_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    since_year: Mapped[int | None] = mapped_column(Integer)

    organisation: Mapped[Organisation] = relationship(back_populates="designations")
    county: Mapped[Region] = relationship()


class OrganisationInvite(db.Model):
    """A single-use code that lets a new account join an organisation as a member."""

    __tablename__ = "organisation_invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    # Only a hash is kept: a leaked table must not let anyone join an organisation.
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    note: Mapped[str] = mapped_column(String(64), default="")  # whom the inviter meant it for
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    accepted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    organisation: Mapped[Organisation] = relationship()

    def is_open(self, now: datetime) -> bool:
        """Return whether the code can still be used at ``now``."""
        return self.accepted_at is None and self.revoked_at is None and now < self.expires_at

    @property
    def state_label(self) -> str:
        """Return the invitation's state in Chinese (expiry is judged by the caller's clock)."""
        if self.accepted_at is not None:
            return "已使用"
        if self.revoked_at is not None:
            return "已撤销"
        return "有效" if utcnow() < self.expires_at else "已过期"
