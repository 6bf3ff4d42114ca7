"""The household registry (建档立卡): households, members, exit and return (imports: ``registry_import``).

Village officers manage the households of their village, offices those inside their region, admins
all. Personal data (name, ID number, phone, address) is shown in clear only to them, and each such
view is audited as ``household.view_personal``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

from ..crypto import cipher
from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..extensions import db
from .. import clock, security
from ..models import (
    HOUSEHOLD_ATTRIBUTES,
    OPEN_NEED_STATUSES,
    POVERTY_CAUSES,
    Household,
    HouseholdMember,
    Need,
    User,
    Village,
)
from ..models._types import utcnow
from ..security import MAX_DB_INT
from . import audit, scope

REGISTRY_ROLES = ("village_officer", "office", "admin")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
CAUSE_BY_LABEL = {label: code for code, label in POVERTY_CAUSES.items()}
ATTRIBUTE_BY_LABEL = {label: code for code, label in HOUSEHOLD_ATTRIBUTES.items()}
ATTRIBUTE_BY_LABEL.update({"一般": "general", "低保": "minimum_living", "特困供养": "extreme_poverty"})
MEMBER_RELATIONS = ("户主", "配偶", "子女", "父母", "祖父母", "孙子女", "兄弟姐妹", "其他")


def id_number_problem(value: str) -> str | None:
    """Return why ``value`` is not a valid 18-digit resident ID number (in Chinese), or None."""
    value = (value or "").strip().upper()
    # isascii too: "²".isdigit() is True, and the checksum below does int() on each digit.
    if len(value) != 18 or not value.isascii() or not value[:17].isdigit() \
            or not (value[17].isdigit() or value[17] == "X"):
        return "身份证号应为18位（最后一位可为X）"
    try:
        birth = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return "身份证号中的出生日期无效"
    if birth < date(1900, 1, 1) or birth > clock.china_today():  # the member form's rule, same bounds
        return "身份证号中的出生日期无效（不能早于1900年或晚于今天）"
    total = sum(int(ch) * w for ch, w in zip(value[:17], ID_WEIGHTS, strict=True))
    if ID_CHECK[total % 11] != value[17]:
        return "身份证号校验位错误，请核对"
    return None


def id_check_char(first17: str) -> str:
    """Return the check character of an ID number from its first 17 digits."""
    return ID_CHECK[sum(int(ch) * w for ch, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def _require_registry_user(user: User) -> None:
    if user is None or not getattr(user, "is_authenticated", False) or user.role not in REGISTRY_ROLES:
        raise Forbidden("只有村级信息员和扶贫办工作人员可以管理建档立卡信息")


# ---------------------------------------------------------------- reading


def villages_in_scope(user: User) -> list[Village]:
    """Return the villages the user may register households in."""
    _require_registry_user(user)
    return list(db.session.scalars(select(Village).where(scope.scope_filter(user, Village.code)).order_by(Village.code)))


def get_household(user: User, household_id: int) -> Household:
    """Return a household inside the user's scope; others answer NotFound."""
    _require_registry_user(user)
    household = db.session.scalar(
        select(Household).where(Household.id == household_id)
        .options(joinedload(Household.village), selectinload(Household.members))
    )
    if household is None:
        raise NotFound("该户不存在或不在您的管辖范围内")
    scope.require_region(user, household.village.code)
    return household


def view_personal(user: User, household: Household) -> dict:
    """Return the household's personal data in clear and audit the view."""
    scope.require_region(user, household.village.code)
    audit.record("household.view_personal", "household", household.id, household.village.code)
    db.session.commit()
    return {"head_name": household.head_name, "id_number": household.id_number, "phone": household.phone or "",
            "address": household.address or ""}


def open_needs(household: Household) -> list[Need]:
    """Return the household's needs that are still open."""
    return list(db.session.scalars(
        select(Need).where(Need.household_id == household.id, Need.status.in_(OPEN_NEED_STATUSES)).order_by(Need.id)
    ))


# ---------------------------------------------------------------- writing


@dataclass
class HouseholdInput:
    """The fields of the household form (and of one import row)."""

    village_id: int
    head_name: str
    id_number: str
    phone: str = ""
    address: str = ""
    members_count: int = 1
    attribute: str = "general"
    main_cause: str = "other"
    other_causes: list[str] = field(default_factory=list)
    income_per_capita: Decimal | None = None
    registered_year: int = 2014
    planned_exit_year: int | None = None
    helper_id: int | None = None


def problems(data: HouseholdInput) -> list[tuple[str, str]]:
    """Return (field, message) pairs for everything wrong with ``data``, without touching the database."""
    found = []
    name = (data.head_name or "").strip()
    if not 2 <= len(name) <= 20:
        found.append(("head_name", "户主姓名应为2–20个字"))
    problem = id_number_problem(data.id_number)
    if problem:
        found.append(("id_number", problem))
    phone = (data.phone or "").strip()
    if phone and (not phone.replace("-", "").isdigit() or not 7 <= len(phone) <= 20):
        found.append(("phone", "联系电话格式不正确"))
    if len(data.address or "") > 200:
        found.append(("address", "住址不能超过200字"))
    if not isinstance(data.members_count, int) or not 1 <= data.members_count <= 30:
        found.append(("members_count", "家庭人口应为1–30"))
    if data.attribute not in HOUSEHOLD_ATTRIBUTES:
        found.append(("attribute", "贫困户属性无效"))
    if data.main_cause not in POVERTY_CAUSES:
        found.append(("main_cause", "主要致贫原因无效"))
    others = [c for c in data.other_causes if c]
    if len(others) > 2 or any(c not in POVERTY_CAUSES for c in others) or data.main_cause in others \
            or len(set(others)) != len(others):
        found.append(("other_causes", "其他致贫原因最多两项，且不能与主要原因重复"))
    # "NaN" parses as a Decimal, and comparing it raises: not finite is simply not an income.
    if data.income_per_capita is not None and (not Decimal(data.income_per_capita).is_finite()
                                               or data.income_per_capita < 0 or data.income_per_capita > 10 ** 7):
        found.append(("income_per_capita", "人均纯收入应为非负数"))
    this_year = clock.china_today().year
    if not isinstance(data.registered_year, int) or not 2013 <= data.registered_year <= this_year:
        found.append(("registered_year", f"识别年份应在2013–{this_year}之间"))
    if data.planned_exit_year is not None and not data.registered_year <= data.planned_exit_year <= 2100:
        found.append(("planned_exit_year", "计划脱贫年份不能早于识别年份"))
    return found


def _village_for(user: User, village_id: int) -> Village:
    # Ids come from form fields: one past the column's range is no village (the database would refuse it).
    village = db.session.get(Village, village_id) if 0 < village_id <= MAX_DB_INT else None
    if village is None or not scope.covers(user, village.code):
        raise Invalid("所选村不在您的管辖范围内", field="village_id")
    return village


def _helper_for(helper_id: int | None, village: Village) -> int | None:
    if not helper_id:
        return None
    helper = db.session.get(User, helper_id) if 0 < helper_id <= MAX_DB_INT else None
    if helper is None or helper.role != "helper":
        raise Invalid("帮扶责任人不存在", field="helper_id")
    # A helper acts for the households given to it, so it must sit in a region containing the village.
    if not helper.region_code or not village.code.startswith(helper.region_code):
        raise Invalid("该帮扶责任人不在本村所属地区，不能指定", field="helper_id")
    return helper.id


def _fill(household: Household, data: HouseholdInput) -> None:
    household.set_head_name(data.head_name.strip())
    household.id_number = data.id_number.strip().upper()
    household.id_fingerprint = cipher().fingerprint(household.id_number)
    household.phone = (data.phone or "").strip() or None
    household.address = (data.address or "").strip() or None
    household.members_count = data.members_count
    household.attribute = data.attribute
    household.main_cause = data.main_cause
    household.other_causes = [c for c in data.other_causes if c]
    household.income_per_capita = data.income_per_capita
    household.registered_year = data.registered_year
    household.planned_exit_year = data.planned_exit_year


def _raise_first(data: HouseholdInput) -> None:
    found = problems(data)
    if found:
        raise Invalid(found[0][1], field=found[0][0])


def _check_unique(user: User, data: HouseholdInput, exclude_id: int | None = None) -> None:
    """Refuse an ID number registered anywhere in the country; the look-up is throttled and a hit audited.

    Runs before the form changes anything, so the audit entry of a hit is committed on its own.
    """
    security.spend_id_checks(user.id)
    fingerprint = cipher().fingerprint(data.id_number.strip().upper())
    stmt = select(Household.id, Village.code).join(Village, Household.village_id == Village.id).where(
        Household.id_fingerprint == fingerprint)
    if exclude_id is not None:
        stmt = stmt.where(Household.id != exclude_id)
    found = db.session.execute(stmt).first()
    if found is not None:
        _audit_duplicate_ids(user, [found.code])
        raise Invalid("该身份证号已登记为建档立卡户，不能重复建档", field="id_number")


def _audit_duplicate_ids(user: User, region_codes: list[str]) -> None:
    # Filed under the searching account's scope, with whether each hit lies outside it.
    outside = sum(1 for code in region_codes if not scope.covers(user, code))
    audit.record("household.duplicate_id", "user", user.id, scope.region_scope(user),
                 {"hits": len(region_codes), "outside_scope": outside}, actor=user)
    db.session.commit()


def create_household(user: User, data: HouseholdInput) -> Household:
    """Register a household in a village of the user's scope."""
    _require_registry_user(user)
    village = _village_for(user, data.village_id)
    _raise_first(data)
    _check_unique(user, data)
    household = Household(village_id=village.id, status="registered", helper_id=_helper_for(data.helper_id, village))
    _fill(household, data)
    db.session.add(household)
    db.session.flush()
    db.session.add(HouseholdMember(household_id=household.id, name=household.head_name, relation="户主",
                                   gender=_gender_of(household.id_number)))
    audit.record("household.create", "household", household.id, village.code)
    db.session.commit()
    return household


def _gender_of(id_number: str) -> str:
    return "male" if int(id_number[16]) % 2 else "female"


def update_household(user: User, household: Household, data: HouseholdInput) -> Household:
    """Change a household's registration data."""
    scope.require_region(user, household.village.code)
    village = _village_for(user, data.village_id)
    _raise_first(data)
    _check_unique(user, data, exclude_id=household.id)
    household.village_id = village.id
    household.helper_id = _helper_for(data.helper_id, village)
    _fill(household, data)
    fields = audit.changed_fields(household, ignore=("head_name_masked", "head_name_index", "id_fingerprint",
                                                     "updated_at"))
    audit.record("household.edit", "household", household.id, village.code, {"fields": fields})
    db.session.commit()
    return household


def add_member(user: User, household: Household, name: str, relation: str, gender: str,
               birth_year: int | None, health: str = "健康", education: str = "") -> HouseholdMember:
    """Add a member to a household."""
    scope.require_region(user, household.village.code)
    name = (name or "").strip()
    if not 1 <= len(name) <= 20:
        raise Invalid("姓名应为1–20个字", field="name")
    if relation not in MEMBER_RELATIONS:
        raise Invalid("与户主关系无效", field="relation")
    if gender not in ("male", "female"):
        raise Invalid("性别无效", field="gender")
    if birth_year is not None and not 1900 <= birth_year <= clock.china_today().year:
        raise Invalid("出生年份无效", field="birth_year")
    member = HouseholdMember(household_id=household.id, name=name, relation=relation, gender=gender,
                             birth_year=birth_year, health=(health or "健康")[:32], education=(education or "")[:32])
    db.session.add(member)
    db.session.flush()
    household.members_count = max(household.members_count, len(household.members))
    audit.record("household.member_add", "household", household.id, household.village.code, {"member": member.id})
    db.session.commit()
    return member


def remove_member(user: User, household: Household, member_id: int) -> None:
    """Remove a member (not the head) from a household."""
    scope.require_region(user, household.village.code)
    member = next((m for m in household.members if m.id == member_id), None)
    if member is None:
        raise NotFound("该成员不存在")
    if member.relation == "户主":
        raise Conflict("不能删除户主")
    household.members.remove(member)
    audit.record("household.member_remove", "household", household.id, household.village.code, {"member": member_id})
    db.session.commit()


def mark_exited(user: User, household: Household) -> list[Need]:
    """Mark the household exited (脱贫): close its open needs and tell the donors of open pledges."""
    from .needs import close_need

    _require_registry_user(user)
    scope.require_region(user, household.village.code)
    if household.status not in ("registered", "returned"):
        raise Conflict("只有在档或返贫的户才能标记脱贫")
    household.status = "exited"
    household.exited_at = utcnow()
    closed = open_needs(household)
    for need in closed:
        close_need(need, "受助户已脱贫", actor=user)
    audit.record("household.exit", "household", household.id, household.village.code,
                 {"closed_needs": [n.id for n in closed]})
    db.session.commit()
    return closed


def mark_returned(user: User, household: Household) -> None:
    """Mark an exited household returned to poverty (返贫): it can be helped again."""
    _require_registry_user(user)
    scope.require_region(user, household.village.code)
    if household.status != "exited":
        raise Conflict("只有已脱贫的户才能标记返贫")
    household.status = "returned"
    audit.record("household.return", "household", household.id, household.village.code)
    db.session.commit()


def helpers(user: User) -> list[User]:
    """Return the active helpers the user may assign: those sitting inside, or above, the user's scope."""
    stmt = select(User).where(User.role == "helper", User.is_active_account.is_(True))
    region = scope.region_scope(user)
    if region is None:
        return []
    if region:
        stmt = stmt.where(scope.inside_or_above(User.region_code, region))
    return list(db.session.scalars(stmt.order_by(User.display_name)))


def count_in_scope(user: User) -> int:
    """Return how many households the user's scope holds."""
    return db.session.scalar(
        select(func.count(Household.id)).join(Village, Household.village_id == Village.id)
        .where(scope.scope_filter(user, Village.code))
    ) or 0
