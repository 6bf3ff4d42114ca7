"""Cooperation projects (东西部协作项目): posting within a pairing, progress updates and their confirmation.

A paired_region organisation may post a project only for a county its own region is paired with
(`Pairing.covers`); the recipient side's office (its scope covers the project's county) confirms each
progress update before the public sees it. Project states: planned → in_progress → completed, or cancelled.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import select, update
from sqlalchemy.orm import joinedload, selectinload

from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..extensions import db
from ..models import CATEGORIES, CooperationProject, Pairing, Photo, ProjectUpdate, Region, User
from ..models._types import plain_quantity, utcnow
from . import audit, notify, organisations, regions, scope, search_index, uploads
from .offers import MAX_QUANTITY, china_today

TITLE_LENGTH = (4, 60)
MAX_PHOTOS = 6
MAX_BENEFICIARIES = 10_000_000
# action → (states it may start from, state it leads to, Chinese verb)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "start": (("planned",), "in_progress", "开工实施"),
    "complete": (("in_progress",), "completed", "完工"),
    "cancel": (("planned", "in_progress"), "cancelled", "终止"),
}
OPEN_STATUSES = ("planned", "in_progress")


@dataclass
class ProjectInput:
    """What the project form carries, parsed but not yet checked against the rules."""

    title: str
    category: str
    budget: object
    year: int | None
    county_code: str
    beneficiaries_count: int | None = 0
    description: str = ""


@dataclass
class PairingSummary:
    """One pairing's projects, with budgets and progress per year."""

    pairing: Pairing
    projects: list[CooperationProject]
    years: list[dict] = field(default_factory=list)
    totals: dict = field(default_factory=dict)


def _prefixes(code: str) -> list[str]:
    return [code[:n] for n in (2, 4, 6, 9, 12) if n <= len(code)]


def _money(value, field_name: str, label: str, *, allow_zero: bool = False) -> Decimal:
    try:
        amount = Decimal(str(value).strip().replace(",", "")) if value not in (None, "") else None
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        raise Invalid(f"{label}必须是数字", field=field_name)
    if amount < 0 or (amount == 0 and not allow_zero):
        raise Invalid(f"{label}必须大于0" if not allow_zero else f"{label}不能为负数", field=field_name)
    if amount > MAX_QUANTITY:
        raise Invalid(f"{label}不能超过1,000,000,000元", field=field_name)
    if amount != amount.quantize(Decimal("0.01")):
        raise Invalid(f"{label}最多保留两位小数", field=field_name)
    return amount.quantize(Decimal("0.01"))


def paired_recipients(helper_code: str) -> list[Pairing]:
    """Return the pairings whose helper side contains ``helper_code`` (a province or city and its parts)."""
    stmt = (
        select(Pairing)
        .where(Pairing.helper_code.in_(_prefixes(helper_code)[:3]))
        .options(joinedload(Pairing.recipient), joinedload(Pairing.helper))
        .order_by(Pairing.recipient_code)
    )
    return list(db.session.scalars(stmt))


def require_project_poster(user: User | None):
    """Return the user's verified paired_region organisation, or raise Forbidden with the reason."""
    org = organisations.require_verified_organisation(user)
    if org.kind != "paired_region":
        raise Forbidden("只有东部协作省市（结对帮扶方）可以发布东西部协作项目")
    return org


def validate_project_input(org, data: ProjectInput) -> tuple[Region, Pairing]:
    """Check ``data`` and the pairing rule; normalise it; return the county and its pairing."""
    data.title = (data.title or "").strip()
    if not TITLE_LENGTH[0] <= len(data.title) <= TITLE_LENGTH[1]:
        raise Invalid(f"项目名称应为{TITLE_LENGTH[0]}–{TITLE_LENGTH[1]}个字", field="title")
    data.description = (data.description or "").strip()
    if len(data.description) > 5000:
        raise Invalid("项目简介不能超过5000个字", field="description")
    if data.category not in CATEGORIES:
        raise Invalid("请选择有效的帮扶类别", field="category")
    data.budget = _money(data.budget, "budget", "项目预算")
    this_year = china_today().year
    if data.year is None or not 2014 <= data.year <= this_year + 5:
        raise Invalid(f"年度应在2014–{this_year + 5}之间", field="year")
    count = data.beneficiaries_count or 0
    if not 0 <= count <= MAX_BENEFICIARIES:
        raise Invalid("受益人数应在0–10,000,000之间", field="beneficiaries_count")
    data.beneficiaries_count = count
    county = regions.require_county(data.county_code, "受援县")
    data.county_code = code = county.code
    if not Pairing.covers(org.region_code, county.code):
        paired = "、".join(p.recipient.name for p in paired_recipients(org.region_code)) or "无"
        province = Region.get(code[:2])
        raise Invalid(
            f"{org.region.name}与{province.name if province else ''}{county.name}不是东西部扶贫协作结对关系，"
            f"协作项目只能投向结对地区（本机构的结对地区：{paired}）",
            field="county_code",
        )
    pairing = max(
        (p for p in paired_recipients(org.region_code) if code.startswith(p.recipient_code)),
        key=lambda p: (len(p.helper_code), len(p.recipient_code)),
    )
    return county, pairing


def post_project(user: User, data: ProjectInput) -> CooperationProject:
    """Create a planned project for a paired county, or raise Forbidden/Invalid with the reason."""
    org = require_project_poster(user)
    county, pairing = validate_project_input(org, data)
    project = CooperationProject(
        organisation_id=org.id,
        helper_region_code=pairing.helper_code,
        recipient_region_code=county.code,
        title=data.title,
        description=data.description,
        category=data.category,
        budget=data.budget,
        year=data.year,
        beneficiaries_count=data.beneficiaries_count,
        status="planned",
        posted_by_id=user.id,
    )
    db.session.add(project)
    db.session.flush()
    audit.record(
        "project.post",
        "cooperation_project",
        project.id,
        region_code=county.code,
        detail={"budget": str(project.budget), "pairing": [pairing.helper_code, pairing.recipient_code]},
        actor=user,
    )
    db.session.commit()
    return project


def get_project(project_id: int) -> CooperationProject:
    """Return a project with its organisation, regions and updates, or raise NotFound."""
    project = db.session.scalar(
        select(CooperationProject)
        .where(CooperationProject.id == project_id)
        .options(
            joinedload(CooperationProject.organisation),
            joinedload(CooperationProject.helper_region),
            joinedload(CooperationProject.recipient_region),
            selectinload(CooperationProject.updates).selectinload(ProjectUpdate.photos),
        )
    )
    if project is None:
        raise NotFound("该协作项目不存在")
    return project


def is_project_member(user: User | None, project: CooperationProject) -> bool:
    """Return whether ``user`` belongs to the organisation that runs the project."""
    return bool(
        user is not None
        and getattr(user, "is_authenticated", False)
        and user.role == "org_member"
        and user.organisation_id == project.organisation_id
    )


def get_managed_project(user: User, project_id: int) -> CooperationProject:
    """Return a project for its management page: its organisation's members and the recipient office only."""
    project = get_project(project_id)
    if not is_project_member(user, project) and not can_confirm(user, project):
        if getattr(user, "role", None) in ("office", "admin"):
            raise NotFound("该协作项目不存在或不在您的管辖范围内")
        raise Forbidden("只有项目所属机构和受援地扶贫办可以管理该项目")
    return project


def get_update_photo(user: User | None, photo_id: int) -> Photo:
    """Return a progress-update photo: a confirmed one to everyone, others to the project's two sides."""
    record = db.session.get(Photo, photo_id) if 0 < photo_id <= 2_147_483_647 else None
    if record is None or record.project_update_id is None:
        raise NotFound("照片不存在")
    entry = record.project_update
    if entry.confirmed_at is None and not (
        is_project_member(user, entry.project) or can_confirm(user, entry.project)
    ):
        raise NotFound("照片不存在")
    return record


def can_confirm(user: User | None, project: CooperationProject) -> bool:
    """Return whether ``user`` is an office of the recipient side (its scope covers the project's county)."""
    return bool(
        user is not None
        and getattr(user, "role", None) in ("office", "admin")
        and scope.covers(user, project.recipient_region_code)
    )


def require_member(user: User, project: CooperationProject) -> None:
    """Raise Forbidden unless ``user`` is a member of the project's organisation."""
    if not is_project_member(user, project):
        raise Forbidden("只有项目所属机构的成员可以操作")


def latest_amount(project: CooperationProject) -> Decimal:
    """Return the highest cumulative amount any update of the project has reported."""
    return max((u.amount_spent for u in project.updates), default=Decimal("0"))


def post_update(user: User, project: CooperationProject, text: str, amount_spent, photos=()) -> ProjectUpdate:
    """Add a progress update (text, cumulative amount spent, photos) waiting for the recipient office."""
    require_member(user, project)
    if project.status not in OPEN_STATUSES:
        raise Conflict(f"项目已{project.status_label}，不能再报告进展")
    text = (text or "").strip()
    if not 5 <= len(text) <= 2000:
        raise Invalid("进展说明应为5–2000个字", field="text")
    amount = _money(amount_spent, "amount_spent", "累计投入金额", allow_zero=True)
    if amount > project.budget:
        raise Invalid(f"累计投入不能超过项目预算（{plain_quantity(project.budget)}元）", field="amount_spent")
    previous = latest_amount(project)
    if amount < previous:
        raise Invalid(
            f"累计投入不能少于上次报告的{plain_quantity(previous)}元（请填写截至目前的累计金额）", field="amount_spent"
        )
    photos = [p for p in photos if isinstance(p, tuple) or (p is not None and getattr(p, "filename", ""))]
    if len(photos) > MAX_PHOTOS:
        raise Invalid(f"每次最多上传{MAX_PHOTOS}张照片", field="photos")
    stored = []
    try:
        for position, upload in enumerate(photos):
            photo = uploads.save_image(upload)
            photo.position = position
            stored.append(photo)
    except Invalid:
        for photo in stored:
            uploads.delete_file(photo.stored_name)
        raise
    entry = ProjectUpdate(project_id=project.id, text=text, amount_spent=amount, posted_by_id=user.id)
    entry.photos = stored
    db.session.add(entry)
    db.session.flush()
    audit.record(
        "project.update",
        "project_update",
        entry.id,
        region_code=project.recipient_region_code,
        detail={"project": project.id, "amount_spent": str(amount), "photos": len(stored)},
        actor=user,
    )
    notify.notify(
        _recipient_offices(project),
        "project.update",
        f"协作项目“{project.title}”提交了新的进展，请确认。",
        "/projects/office",
    )
    db.session.commit()
    return entry


def _recipient_offices(project: CooperationProject) -> list[User]:
    stmt = select(User).where(
        User.role == "office",
        User.is_active_account.is_(True),
        User.region_code.in_(_prefixes(project.recipient_region_code)),
    )
    return list(db.session.scalars(stmt))


def get_update(update_id: int) -> ProjectUpdate:
    """Return a progress update with its project, or raise NotFound."""
    entry = db.session.scalar(
        select(ProjectUpdate).where(ProjectUpdate.id == update_id).options(joinedload(ProjectUpdate.project))
    )
    if entry is None:
        raise NotFound("该项目进展不存在")
    return entry


def confirm_update(user: User, update_id: int) -> ProjectUpdate:
    """Confirm a progress update as the recipient side's office; a planned project starts on its first one."""
    entry = update_for_recipient_office(user, update_id)
    project = entry.project
    result = db.session.execute(
        update(ProjectUpdate)
        .where(ProjectUpdate.id == entry.id, ProjectUpdate.confirmed_at.is_(None))
        .values(confirmed_at=utcnow(), confirmed_by_id=user.id)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.rollback()
        raise Conflict("该进展已经确认过了")
    if project.status == "planned":
        project.status = "in_progress"
    search_index.touch("projects", project.id)  # the confirmation was a bulk UPDATE the outbox cannot see
    audit.record(
        "project.confirm_update",
        "project_update",
        entry.id,
        region_code=project.recipient_region_code,
        detail={"project": project.id, "amount_spent": str(entry.amount_spent)},
        actor=user,
    )
    poster = db.session.get(User, entry.posted_by_id)
    notify.notify(
        [poster],
        "project.confirmed",
        f"协作项目“{project.title}”的进展已由受援地扶贫办确认。",
        f"/projects/{project.id}",
    )
    db.session.commit()
    db.session.refresh(entry)
    return entry


def update_for_recipient_office(user: User | None, update_id: int) -> ProjectUpdate:
    """Return an update the user may confirm or return (an office covering the project's county), or raise."""
    if user is None or getattr(user, "role", None) not in ("office", "admin"):
        raise Forbidden("只有受援地扶贫办可以审核项目进展")
    entry = get_update(update_id)
    scope.require_region(user, entry.project.recipient_region_code)
    return entry


def return_update(user: User, update_id: int, reason: str) -> CooperationProject:
    """Send an unconfirmed update back to its poster with a reason; the audit log keeps what it said."""
    entry = update_for_recipient_office(user, update_id)
    project = entry.project
    reason = (reason or "").strip()
    if not 2 <= len(reason) <= 500:
        raise Invalid("退回理由应为2–500个字", field="reason")
    if entry.confirmed_at is not None:
        raise Conflict("该进展已经确认，不能退回")
    stored = [photo.stored_name for photo in entry.photos]
    audit.record(
        "project.return_update",
        "project_update",
        entry.id,
        region_code=project.recipient_region_code,
        detail={
            "project": project.id,
            "text": entry.text,
            "amount_spent": str(entry.amount_spent),
            "reason": reason,
        },
        actor=user,
    )
    poster = db.session.get(User, entry.posted_by_id)
    notify.notify(
        [poster],
        "project.returned",
        f"协作项目“{project.title}”的进展被受援地扶贫办退回：{reason}",
        f"/projects/{project.id}/manage",
    )
    db.session.delete(entry)
    db.session.commit()
    for name in stored:  # after the commit: a rolled-back return must not lose the files
        uploads.delete_file(name)
    return project


def pending_updates(user: User) -> list[ProjectUpdate]:
    """Return the unconfirmed updates of projects inside the office's region, oldest first."""
    if user is None or user.role not in ("office", "admin"):
        raise Forbidden("仅扶贫办工作人员可以使用")
    stmt = (
        select(ProjectUpdate)
        .join(CooperationProject, ProjectUpdate.project_id == CooperationProject.id)
        .where(
            ProjectUpdate.confirmed_at.is_(None),
            scope.scope_filter(user, CooperationProject.recipient_region_code),
        )
        .options(
            joinedload(ProjectUpdate.project).joinedload(CooperationProject.organisation),
            joinedload(ProjectUpdate.project).joinedload(CooperationProject.recipient_region),
            selectinload(ProjectUpdate.photos),
        )
        .order_by(ProjectUpdate.id)
    )
    return list(db.session.scalars(stmt).unique())


def change_status(user: User, project: CooperationProject, action: str) -> CooperationProject:
    """Start, complete or cancel a project as a member of its organisation."""
    require_member(user, project)
    if action not in TRANSITIONS:
        raise Invalid("未知的操作")
    sources, target, verb = TRANSITIONS[action]
    result = db.session.execute(
        update(CooperationProject)
        .where(CooperationProject.id == project.id, CooperationProject.status.in_(sources))
        .values(status=target)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.rollback()
        db.session.refresh(project)
        raise Conflict(f"“{project.status_label}”的项目不能{verb}")
    search_index.touch("projects", project.id)
    audit.record(
        f"project.{action}",
        "cooperation_project",
        project.id,
        region_code=project.recipient_region_code,
        detail={"to": target},
        actor=user,
    )
    db.session.commit()
    db.session.refresh(project)
    return project


def projects_of_organisation(org_id: int) -> list[CooperationProject]:
    """Return an organisation's projects, newest year first."""
    stmt = (
        select(CooperationProject)
        .where(CooperationProject.organisation_id == org_id)
        .options(
            joinedload(CooperationProject.recipient_region),
            joinedload(CooperationProject.helper_region),
            selectinload(CooperationProject.updates),
        )
        .order_by(CooperationProject.year.desc(), CooperationProject.id.desc())
    )
    return list(db.session.scalars(stmt).unique())


def get_pairing(helper_code: str, recipient_code: str) -> Pairing:
    """Return the pairing helper → recipient, or raise NotFound."""
    pairing = db.session.scalar(
        select(Pairing)
        .where(Pairing.helper_code == helper_code, Pairing.recipient_code == recipient_code)
        .options(joinedload(Pairing.helper), joinedload(Pairing.recipient))
    )
    if pairing is None:
        raise NotFound("该结对关系不存在")
    return pairing


def _projects_in(pairing: Pairing) -> list[CooperationProject]:
    stmt = (
        select(CooperationProject)
        .where(
            CooperationProject.helper_region_code.startswith(pairing.helper_code, autoescape=True),
            CooperationProject.recipient_region_code.startswith(pairing.recipient_code, autoescape=True),
        )
        .options(
            joinedload(CooperationProject.organisation),
            joinedload(CooperationProject.recipient_region),
            selectinload(CooperationProject.updates),
        )
        .order_by(CooperationProject.year.desc(), CooperationProject.id)
    )
    return list(db.session.scalars(stmt).unique())


def _sum_up(projects: list[CooperationProject]) -> dict:
    budget = sum((p.budget for p in projects), Decimal("0"))
    spent = sum((p.spent for p in projects), Decimal("0"))
    return {
        "projects": len(projects),
        "budget": budget,
        "spent": spent,
        "beneficiaries": sum(p.beneficiaries_count for p in projects),
        "completed": sum(1 for p in projects if p.status == "completed"),
        "percent": int(spent * 100 / budget) if budget else 0,
    }


def pairing_summary(helper_code: str, recipient_code: str) -> PairingSummary:
    """Return a pairing's projects with budget, confirmed spending and beneficiaries per year."""
    pairing = get_pairing(helper_code, recipient_code)
    projects = _projects_in(pairing)
    by_year: dict[int, list[CooperationProject]] = defaultdict(list)
    for project in projects:
        by_year[project.year].append(project)
    years = [
        {"year": year, **_sum_up(items), "items": items}
        for year, items in sorted(by_year.items(), reverse=True)
    ]
    return PairingSummary(pairing=pairing, projects=projects, years=years, totals=_sum_up(projects))


def pairings_overview() -> list[dict]:
    """Return every pairing with its number of projects, budget and confirmed spending."""
    pairs = list(
        db.session.scalars(
            select(Pairing)
            .options(joinedload(Pairing.helper), joinedload(Pairing.recipient))
            .order_by(Pairing.helper_code, Pairing.recipient_code)
        )
    )
    projects = list(
        db.session.scalars(select(CooperationProject).options(selectinload(CooperationProject.updates)))
    )
    rows = []
    for pairing in pairs:
        mine = [
            p
            for p in projects
            if p.helper_region_code.startswith(pairing.helper_code)
            and p.recipient_region_code.startswith(pairing.recipient_code)
        ]
        rows.append({"pairing": pairing, **_sum_up(mine)})
    return rows
