"""Factories that build valid rows with the fewest arguments; every test says only what matters to it."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

from app.extensions import db
from app.models import Household, Need, Organisation, User, Village
from app.models._types import utcnow
from app.models.organisation import credit_code_check_char
from app.services.accounts import hash_password

_seq = itertools.count(1)

# A real poverty county of 贵州 (威宁) and one of its townships; tests needing "another county" use 赫章.
TOWNSHIP = "520526100"
OTHER_TOWNSHIP = "520527100"


def _n() -> int:
    return next(_seq)


def make_credit_code(seed: int | None = None) -> str:
    """Return a valid 统一社会信用代码."""
    body = f"91520000{(seed if seed is not None else _n()):09d}"[:17]
    return body + credit_code_check_char(body)


def make_village(township_code: str = TOWNSHIP, **kw) -> Village:
    """Create a village in ``township_code``."""
    n = _n()
    village = Village(
        code=kw.pop("code", f"{township_code}{n % 1000:03d}"),
        township_code=township_code,
        name=kw.pop("name", f"测试{n}村"),
        is_poor_village=kw.pop("is_poor_village", True),
        delivery_address=kw.pop("delivery_address", "村委会"),
        **kw,
    )
    db.session.add(village)
    db.session.commit()
    return village


def make_household(village: Village | None = None, **kw) -> Household:
    """Create a registered household."""
    village = village or make_village()
    n = _n()
    household = Household(
        village_id=village.id,
        id_number=kw.pop("id_number", f"52052619800101{n:04d}"),
        phone=kw.pop("phone", f"139{n:08d}"),
        address=kw.pop("address", f"{village.name}{n}组"),
        members_count=kw.pop("members_count", 3),
        main_cause=kw.pop("main_cause", "illness"),
        registered_year=kw.pop("registered_year", 2014),
        status=kw.pop("status", "registered"),
        **kw,
    )
    from app.crypto import cipher

    household.id_fingerprint = cipher().fingerprint(household.id_number)
    household.set_head_name(kw.get("head_name") or f"王建{n}")
    db.session.add(household)
    db.session.commit()
    return household


def make_organisation(kind: str = "enterprise", verified: bool = True, region_code: str = "31", **kw) -> Organisation:
    """Create an organisation, verified unless told otherwise."""
    n = _n()
    org = Organisation(
        kind=kind,
        name=kw.pop("name", f"测试机构{n}"),
        credit_code=kw.pop("credit_code", make_credit_code(n)),
        region_code=region_code,
        contact_person=kw.pop("contact_person", "李联系"),
        verification="verified" if verified else "unverified",
        verified_at=utcnow() if verified else None,
        **kw,
    )
    db.session.add(org)
    db.session.commit()
    return org


def make_user(role: str = "donor", password: str = "Correct-Horse-9", **kw) -> User:
    """Create an account of ``role`` with the scope that role needs."""
    n = _n()
    if role == "office":
        kw.setdefault("office_level", "county")
        kw.setdefault("region_code", {"township": TOWNSHIP, "county": TOWNSHIP[:6], "prefecture": TOWNSHIP[:4],
                                      "province": TOWNSHIP[:2], "national": None}[kw["office_level"]])
    if role == "village_officer" and "village_id" not in kw:
        kw["village_id"] = make_village().id
    if role == "org_member" and "organisation_id" not in kw:
        kw["organisation_id"] = make_organisation().id
    user = User(
        username=kw.pop("username", f"user{n}"),
        display_name=kw.pop("display_name", f"用户{n}"),
        password_hash=hash_password(password),
        role=role,
        **kw,
    )
    db.session.add(user)
    db.session.commit()
    return user


def make_need(village: Village | None = None, household: Household | None = None, **kw) -> Need:
    """Create a need; published unless a status is given."""
    if household is not None:
        village = household.village
    village = village or make_village()
    status = kw.pop("status", "published")
    poster = kw.pop("posted_by", None) or make_user("village_officer", village_id=village.id)
    need = Need(
        beneficiary_type="household" if household else "village",
        household_id=household.id if household else None,
        village_id=village.id,
        region_code=village.code,
        category=kw.pop("category", "living"),
        kind=kw.pop("kind", "goods"),
        title=kw.pop("title", "冬季棉衣被褥"),
        description=kw.pop("description", "家中老人过冬缺少棉衣和棉被。"),
        quantity=Decimal(kw.pop("quantity", 10)),
        unit=kw.pop("unit", "件"),
        urgency=kw.pop("urgency", 2),
        deadline=kw.pop("deadline", date(2099, 1, 1)),
        status=status,
        posted_by_id=poster.id,
        published_at=utcnow() if status in ("published", "pledged", "delivered", "completed") else None,
        **kw,
    )
    db.session.add(need)
    db.session.commit()
    return need
