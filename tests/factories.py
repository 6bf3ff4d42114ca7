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
OTHER_TOWNSHIP = "520527102"  # 妈姑镇 of 赫章 (520527100 is not a real township code)


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


# --- accounts, roles and scoping (issue 3) -------------------------------------------------------

PASSWORD = "Correct-Horse-9"
# Every role of the authorization matrix, in its column order.
MATRIX_ROLES = (
    "anonymous", "donor", "org_member", "org_member_unverified", "village_officer", "helper",
    "township_office", "county_office", "prefecture_office", "province_office", "national_office", "admin",
)


def make_office(level: str = "county", region_code: str | None = None, **kw) -> User:
    """Create an office account at ``level``, scoped to ``region_code`` (default: the test county's chain)."""
    if region_code is not None:
        kw["region_code"] = region_code
    return make_user("office", office_level=level, **kw)


def make_invite(organisation: Organisation, created_by: User | None = None, code: str | None = None):
    """Create an open invitation into ``organisation``; return (invite, code)."""
    import hashlib
    import secrets
    from datetime import timedelta

    from app.models import OrganisationInvite

    code = code or secrets.token_urlsafe(12)
    creator = created_by or make_user("org_member", organisation_id=organisation.id)
    invite = OrganisationInvite(
        organisation_id=organisation.id,
        code_hash=hashlib.sha256(code.encode()).hexdigest(),
        created_by_id=creator.id,
        expires_at=utcnow() + timedelta(days=7),
    )
    db.session.add(invite)
    db.session.commit()
    return invite, code


class World:
    """Objects of every kind inside the test county (威宁, 520526) and just outside it (赫章, 520527)."""

    def __init__(self):
        self.village = make_village(TOWNSHIP)
        self.other_village = make_village(OTHER_TOWNSHIP)
        self.org_verified = make_organisation(verified=True, region_code="31")
        self.org_unverified = make_organisation(verified=False, region_code=TOWNSHIP[:6])
        self.other_org_unverified = make_organisation(verified=False, region_code=OTHER_TOWNSHIP[:6])
        self.users = {
            "donor": make_user("donor"),
            "org_member": make_user("org_member", organisation_id=self.org_verified.id),
            "org_member_unverified": make_user("org_member", organisation_id=self.org_unverified.id),
            "village_officer": make_user("village_officer", village_id=self.village.id),
            "helper": make_user("helper", region_code=TOWNSHIP),
            "township_office": make_office("township"),
            "county_office": make_office("county"),
            "prefecture_office": make_office("prefecture"),
            "province_office": make_office("province"),
            "national_office": make_office("national"),
            "admin": make_user("admin"),
        }
        self.other_village_officer = make_user("village_officer", village_id=self.other_village.id)
        self.other_helper = make_user("helper", region_code=OTHER_TOWNSHIP)
        self.other_county_office = make_office("county", OTHER_TOWNSHIP[:6])
        self.household = make_household(self.village, helper_id=self.users["helper"].id)
        self.other_household = make_household(self.other_village, helper_id=self.other_helper.id)
        officer = self.users["village_officer"]
        self.need = make_need(household=self.household, posted_by=officer)
        self.pending_need = make_need(village=self.village, status="pending", posted_by=officer,
                                      submitted_at=utcnow())
        self.other_need = make_need(household=self.other_household, posted_by=self.other_village_officer)
        self.invite, self.invite_code = make_invite(self.org_verified, self.users["org_member"])

    def user(self, role: str) -> User | None:
        """Return the account playing ``role`` (None for anonymous)."""
        return self.users.get(role)


def make_world() -> World:
    """Create the authorization-matrix world."""
    return World()


def make_offer(poster: User | None = None, **kw):
    """Create an active offer (goods, 100 件, anywhere, category living unless told otherwise)."""
    from app.models import Offer, OfferCategory, OfferRegion

    poster = poster or make_user("donor")
    quantity = Decimal(str(kw.pop("quantity", 100)))
    categories = kw.pop("categories", ["living"])
    regions = kw.pop("regions", [])
    offer = Offer(
        poster_id=poster.id,
        organisation_id=kw.pop("organisation_id", poster.organisation_id if poster.role == "org_member" else None),
        kind=kw.pop("kind", "goods"),
        title=kw.pop("title", f"爱心物资{_n()}"),
        description=kw.pop("description", "冬衣、棉被等生活物资。"),
        quantity=quantity,
        remaining=Decimal(str(kw.pop("remaining", quantity))),
        unit=kw.pop("unit", "件"),
        status=kw.pop("status", "active"),
        category_rows=[OfferCategory(category=c) for c in categories],
        region_rows=[OfferRegion(region_code=c) for c in regions],
        **kw,
    )
    db.session.add(offer)
    db.session.commit()
    return offer


def make_pledge(need: Need, donor: User | None = None, **kw):
    """Create a pledge row of ``need`` directly (no service), in the given status (default pledged)."""
    from app.models import Pledge

    donor = donor or make_user("donor")
    quantity = Decimal(str(kw.pop("quantity", 1)))
    pledge = Pledge(
        need_id=need.id,
        donor_id=donor.id,
        organisation_id=kw.pop("organisation_id", donor.organisation_id if donor.role == "org_member" else None),
        quantity=quantity,
        status=kw.pop("status", "pledged"),
        **kw,
    )
    need.pledged_quantity = (need.pledged_quantity or Decimal(0)) + quantity
    db.session.add(pledge)
    db.session.commit()
    return pledge


def make_project(organisation: Organisation, recipient_region_code: str = "532622", **kw):
    """Create a cooperation project of ``organisation`` (default: 砚山县, 云南, paired with 上海)."""
    from app.models import CooperationProject

    poster = kw.pop("posted_by", None) or make_user("org_member", organisation_id=organisation.id)
    project = CooperationProject(
        organisation_id=organisation.id,
        helper_region_code=kw.pop("helper_region_code", organisation.region_code),
        recipient_region_code=recipient_region_code,
        title=kw.pop("title", f"产业协作项目{_n()}"),
        category=kw.pop("category", "production"),
        budget=Decimal(str(kw.pop("budget", 1000000))),
        year=kw.pop("year", 2019),
        beneficiaries_count=kw.pop("beneficiaries_count", 100),
        status=kw.pop("status", "planned"),
        posted_by_id=poster.id,
        **kw,
    )
    db.session.add(project)
    db.session.commit()
    return project


def make_feedback(need: Need, pledge=None, text: str = "感谢您的帮助！", author: User | None = None):
    """Create a thanks note on ``need`` (addressed to ``pledge`` when given)."""
    from app.models import Feedback

    author = author or make_user("village_officer", village_id=need.village_id)
    feedback = Feedback(need_id=need.id, pledge_id=pledge.id if pledge is not None else None, author_id=author.id,
                        text=text)
    db.session.add(feedback)
    db.session.commit()
    return feedback


class SupplyWorld:
    """The offers, cooperation project and designations that the supply-side matrix rows act on."""

    def __init__(self, world: World):
        from app.models import Designation, ProjectUpdate
        from app.services import uploads

        self.offer = make_offer(world.users["donor"], title="矩阵测试资源")
        # 广州 (4401) is paired with 毕节 (5205), so a project in 威宁 lies inside the world's offices' scope.
        self.paired_org = make_organisation("paired_region", region_code="4401")
        self.project = make_project(self.paired_org, TOWNSHIP[:6])
        self.update = ProjectUpdate(project_id=self.project.id, text="矩阵测试进展", amount_spent=Decimal(1),
                                    posted_by_id=self.project.posted_by_id)
        import io

        from PIL import Image

        png = io.BytesIO()
        Image.new("RGB", (8, 8), (10, 120, 40)).save(png, "PNG")
        photo = uploads.save_image(("m.png", png.getvalue()))
        self.update.photos = [photo]
        db.session.add(self.update)
        self.gov_unit = make_organisation("gov_unit", region_code="11")
        self.designation = Designation(organisation_id=self.gov_unit.id, county_code=OTHER_TOWNSHIP[:6])
        db.session.add(self.designation)
        db.session.commit()
        self.photo = photo


def supply_of(world: World) -> SupplyWorld:
    """Return the world's supply-side objects, creating them on first use."""
    if not hasattr(world, "supply"):
        world.supply = SupplyWorld(world)
    return world.supply
