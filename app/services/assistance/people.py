"""帮扶责任人 and 驻村工作队: the helper database (personal data encrypted, audited views), assignment to households, work teams and members."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import joinedload, selectinload

from ...errors import Invalid, NotFound
from ...extensions import db
from ...models import TEAM_ROLES, Helper, Household, User, Village, WorkTeam, WorkTeamMember
from ...security import MAX_DB_INT
from .. import audit, keyset, registry, scope
from .common import LIST_MAX_OFFSET_PAGE, _require_office, _require_staff, require_office_role


@dataclass
class HelperInput:
    """The fields of the helper form."""

    region_code: str
    name: str
    unit: str = ""
    position: str = ""
    phone: str = ""
    user_id: int | None = None


def _check_helper(user: User, data: HelperInput) -> None:
    require_office_role(user)
    if not 2 <= len(data.region_code or "") <= 12 or not data.region_code.isdigit():
        raise Invalid("请填写所在地区代码（2–12位数字）", field="region_code")
    _require_office(user, data.region_code)
    if not 2 <= len((data.name or "").strip()) <= 20:
        raise Invalid("姓名应为2–20个字", field="name")
    if len(data.unit or "") > 100 or len(data.position or "") > 50:
        raise Invalid("单位不超过100字，职务不超过50字", field="unit")
    phone = (data.phone or "").strip()
    if phone and (not phone.replace("-", "").isdigit() or not 7 <= len(phone) <= 20):
        raise Invalid("联系电话格式不正确", field="phone")
    if data.user_id:
        account = db.session.get(User, data.user_id) if 0 < data.user_id <= MAX_DB_INT else None
        if account is None or account.role != "helper":
            raise Invalid("关联账号须是帮扶责任人账号", field="user_id")


def create_helper(user: User, data: HelperInput) -> Helper:
    """Add a 帮扶责任人 to the database, in a region inside the office's scope."""
    _check_helper(user, data)
    if data.user_id and db.session.scalar(select(Helper.id).where(Helper.user_id == data.user_id)):
        raise Invalid("该账号已关联其他帮扶责任人", field="user_id")
    helper = Helper(region_code=data.region_code, unit=(data.unit or "").strip(),
                    position=(data.position or "").strip(), phone=(data.phone or "").strip() or None,
                    user_id=data.user_id or None)
    helper.set_name(data.name.strip())
    db.session.add(helper)
    db.session.flush()
    audit.record("helper.create", "helper", helper.id, helper.region_code)
    db.session.commit()
    return helper


def get_helper(user: User, helper_id: int) -> Helper:
    """Return a helper record whose region lies inside the user's scope (staff only)."""
    _require_staff(user)
    helper = db.session.get(Helper, helper_id) if 0 < helper_id <= MAX_DB_INT else None
    if helper is None or not (scope.covers(user, helper.region_code) or _serves_scope(user, helper)):
        raise NotFound("该帮扶责任人不存在或不在您的管辖范围内")
    return helper


def _serves_scope(user: User, helper: Helper) -> bool:
    # A county's helper may answer for households of a village: the village officer sees that helper too.
    region = scope.region_scope(user)
    return bool(region) and region.startswith(helper.region_code)


def assignable_helpers(user: User, village: Village) -> list[Helper]:
    """Return the active helpers that may answer for a household of ``village``: registered in a region
    containing the village or inside it."""
    return list(db.session.scalars(select(Helper).where(
        Helper.active.is_(True),
        func.substr(village.code, 1, func.length(Helper.region_code)) == Helper.region_code)
        .order_by(Helper.id)))


def assign_helper(user: User, household_id: int, helper_id: int | None) -> Household:
    """Make ``helper_id`` the household's 帮扶责任人 (None clears it). The helper's account, if any, becomes
    the account that may act for the household online (``Household.helper_id``)."""
    household = registry.get_household(user, household_id)
    helper = None
    if helper_id:
        helper = db.session.get(Helper, helper_id) if 0 < helper_id <= MAX_DB_INT else None
        if helper is None or not helper.active or not household.village.code.startswith(helper.region_code):
            raise Invalid("该帮扶责任人不在本村所属地区，不能指定", field="helper_id")
    household.assigned_helper_id = helper.id if helper else None
    household.helper_id = helper.user_id if helper else None
    audit.record("household.assign_helper", "household", household.id, household.village.code,
                 {"helper": helper.id if helper else None})
    db.session.commit()
    return household


def helpers_from_accounts() -> int:
    """Give every helper account without a helper record one (name from the account, its region), and make
    it the 帮扶责任人 of the households that account acts for and that have none; return how many records
    were created. Migration 0010 did this once; the demo seed does it after creating its accounts."""
    known = select(Helper.user_id).where(Helper.user_id.is_not(None))
    accounts = list(db.session.scalars(select(User).where(User.role == "helper", User.id.not_in(known))
                                       .order_by(User.id)))
    for account in accounts:
        helper = Helper(region_code=account.region_code or "", user_id=account.id, unit="", position="")
        helper.set_name(account.display_name)
        db.session.add(helper)
    db.session.flush()
    db.session.execute(update(Household).where(Household.helper_id.is_not(None), Household.assigned_helper_id.is_(None))
                       .values(assigned_helper_id=select(Helper.id).where(Helper.user_id == Household.helper_id)
                               .scalar_subquery()).execution_options(synchronize_session=False))
    db.session.commit()
    return len(accounts)


@dataclass(frozen=True)
class HelperRow:
    """A helper as the list shows it: name in clear for staff whose scope covers the helper, else masked."""

    id: int
    name: str
    region_code: str
    unit: str
    position: str
    phone: str
    households: int
    has_account: bool


def list_helpers(user: User, page: int = 1, per_page: int = 50, after: str | None = None,
                 before: str | None = None) -> tuple[keyset.ListPage, list[HelperRow]]:
    """Return one keyset page of the helpers registered inside the user's scope, by region then id
    (``ix_helpers_region_order``), with how many households each answers for. Names and phones in clear
    are audited (one ``helper.view_personal`` per helper shown). Raises Forbidden for non-staff, Invalid
    for a bad cursor or a page number past LIST_MAX_OFFSET_PAGE."""
    _require_staff(user)
    segments = [keyset.Segment(select(Helper.region_code, Helper.id).where(scope.scope_filter(user, Helper.region_code)),
                               (keyset.Key(Helper.region_code, descending=False), keyset.Key(Helper.id, descending=False)))]
    found = keyset.list_page(segments, page, per_page, after, before,
                             lambda ids: db.session.scalars(select(Helper).where(Helper.id.in_(ids))),
                             max_offset_page=LIST_MAX_OFFSET_PAGE, count_cap=keyset.COUNT_CAP)
    helpers = found.items
    counts = dict(db.session.execute(select(Household.assigned_helper_id, func.count(Household.id)).where(
        Household.assigned_helper_id.in_([h.id for h in helpers])).group_by(Household.assigned_helper_id)).all())
    rows = [HelperRow(h.id, h.name, h.region_code, h.unit, h.position, h.phone or "", counts.get(h.id, 0),
                      h.user_id is not None) for h in helpers]
    for h in helpers:
        audit.record("helper.view_personal", "helper", h.id, h.region_code, {"via": "assistance.helpers"}, actor=user)
    db.session.commit()
    return found, rows


def helper_households(user: User, helper: Helper) -> list[Household]:
    """Return the households a helper answers for that lie inside the user's scope."""
    return list(db.session.scalars(select(Household).join(Village, Household.village_id == Village.id).where(
        Household.assigned_helper_id == helper.id, scope.scope_filter(user, Village.code))
        .options(joinedload(Household.village)).order_by(Household.id).limit(500)))


def _village_in_scope(user: User, village_id: int) -> Village:
    village = db.session.get(Village, village_id) if isinstance(village_id, int) and 0 < village_id <= MAX_DB_INT else None
    if village is None or not scope.covers(user, village.code):
        raise Invalid("所选村不在您的管辖范围内", field="village_id")
    return village


def create_team(user: User, village_id: int, sending_unit: str, started_on: date | None,
                ended_on: date | None = None, note: str = "") -> WorkTeam:
    """Record a work team sent to a village in the office's scope."""
    village = _village_in_scope(user, village_id)
    _require_office(user, village.code)
    sending_unit = (sending_unit or "").strip()
    if not 2 <= len(sending_unit) <= 100:
        raise Invalid("请填写派出单位（2–100字）", field="sending_unit")
    if started_on is None:
        raise Invalid("请填写进驻日期", field="started_on")
    if ended_on is not None and ended_on < started_on:
        raise Invalid("撤离日期不能早于进驻日期", field="ended_on")
    if len(note or "") > 500:
        raise Invalid("备注不能超过500字", field="note")
    team = WorkTeam(village_id=village.id, region_code=village.code, sending_unit=sending_unit,
                    started_on=started_on, ended_on=ended_on, note=(note or "").strip())
    db.session.add(team)
    db.session.flush()
    audit.record("work_team.create", "work_team", team.id, village.code)
    db.session.commit()
    return team


def get_team(user: User, team_id: int) -> WorkTeam:
    """Return a team of a village in the user's scope (staff only)."""
    _require_staff(user)
    team = db.session.get(WorkTeam, team_id) if 0 < team_id <= MAX_DB_INT else None
    if team is None or not scope.covers(user, team.region_code):
        raise NotFound("该工作队不存在或不在您的管辖范围内")
    return team


def add_team_member(user: User, team_id: int, name: str, role: str, unit: str = "", phone: str = "") -> WorkTeamMember:
    """Add a member (第一书记, 队长 or 队员) to a team; a team has at most one 第一书记."""
    team = get_team(user, team_id)
    _require_office(user, team.region_code)
    name = (name or "").strip()
    if not 2 <= len(name) <= 20:
        raise Invalid("姓名应为2–20个字", field="name")
    if role not in TEAM_ROLES:
        raise Invalid("请选择队内职务", field="role")
    if role == "first_secretary" and any(m.role == "first_secretary" for m in team.members):
        raise Invalid("每个工作队只有一名第一书记", field="role")
    phone = (phone or "").strip()
    if phone and (not phone.replace("-", "").isdigit() or not 7 <= len(phone) <= 20):
        raise Invalid("联系电话格式不正确", field="phone")
    if len(unit or "") > 100:
        raise Invalid("单位不能超过100字", field="unit")
    member = WorkTeamMember(team_id=team.id, name=name, role=role, unit=(unit or "").strip() or team.sending_unit,
                            phone=phone or None)
    db.session.add(member)
    db.session.flush()
    audit.record("work_team.member_add", "work_team", team.id, team.region_code, {"member": member.id})
    db.session.commit()
    return member


def end_team(user: User, team_id: int, ended_on: date) -> WorkTeam:
    """Record that a team left its village on ``ended_on``."""
    team = get_team(user, team_id)
    _require_office(user, team.region_code)
    if ended_on is None or ended_on < team.started_on:
        raise Invalid("撤离日期不能早于进驻日期", field="ended_on")
    team.ended_on = ended_on
    audit.record("work_team.end", "work_team", team.id, team.region_code, {"ended_on": ended_on.isoformat()})
    db.session.commit()
    return team


def list_teams(user: User, page: int = 1, per_page: int = 50, after: str | None = None,
               before: str | None = None) -> keyset.ListPage:
    """Return one keyset page of the teams of villages in the user's scope, by village code then id
    (``ix_work_teams_region_order``). Raises as ``list_helpers``."""
    _require_staff(user)
    segments = [keyset.Segment(
        select(WorkTeam.region_code, WorkTeam.id).where(scope.scope_filter(user, WorkTeam.region_code)),
        (keyset.Key(WorkTeam.region_code, descending=False), keyset.Key(WorkTeam.id, descending=False)))]
    return keyset.list_page(
        segments, page, per_page, after, before,
        lambda ids: db.session.scalars(select(WorkTeam).where(WorkTeam.id.in_(ids)).options(
            joinedload(WorkTeam.village), selectinload(WorkTeam.members))).unique(),
        max_offset_page=LIST_MAX_OFFSET_PAGE, count_cap=keyset.COUNT_CAP)
