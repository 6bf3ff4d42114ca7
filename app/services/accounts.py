"""Accounts: password hashing and policy, sign-in, registration, password change and staff accounts.

Staff accounts are created top-down: an office creates offices below its own level, village officers
and helpers, all inside its own region (``services.scope``); the first national admin comes from
``flask users create-admin``. Every change here is written to the audit log.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import false, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload
from werkzeug.security import check_password_hash, generate_password_hash

from ..errors import Conflict, Forbidden, Invalid, NotFound, Throttled
from ..extensions import db
from ..models import AuditLog, Household, Need, Offer, Organisation, Pledge, Region, User, Village
from ..models._types import utcnow
from ..models.need import OPEN_NEED_STATUSES
from ..models.pledge import ACTIVE_PLEDGE_STATUSES
from ..models.user import OFFICE_LEVEL_CODE_LENGTH, OFFICE_LEVELS, ROLES
from . import audit, keyset, regions, scope

# A hash to compare against when the account does not exist, so timing does not reveal usernames.
_DUMMY_HASH = generate_password_hash("not-a-real-password", method="scrypt")

USERNAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{2,31}$")
# A mainland China mobile number (MIIT numbering plan: 13x–19x, 11 digits).
MOBILE_RE = re.compile(r"^1[3-9][0-9]{9}$")  # ASCII digits only: \d takes full-width ones too
MOBILE_FORMAT_MESSAGE = "手机号码应为11位中国大陆手机号，如 13912345678"
PASSWORD_MIN_LENGTH = 10
PASSWORD_MAX_LENGTH = 128
# Ranks of who may create whom: an account creates only accounts of a lower rank.
OFFICE_RANK = {"township": 1, "county": 2, "prefecture": 3, "province": 4, "national": 5}
ADMIN_RANK = 6
STAFF_ROLES = ("office", "village_officer", "helper")


def hash_password(password: str) -> str:
    """Return a scrypt hash of ``password`` (cost from PASSWORD_HASH_METHOD; tests use a low one)."""
    return generate_password_hash(password, method=current_app.config["PASSWORD_HASH_METHOD"])


def username_problem(username: str) -> str | None:
    """Return why ``username`` cannot be used (in Chinese), or None."""
    if not USERNAME_RE.match(username or ""):
        return "用户名须为3至32位，以英文字母开头，只含英文字母、数字、下划线、点或连字符"
    exists = db.session.scalar(select(User.id).where(func.lower(User.username) == username.lower()).limit(1))
    if exists is not None:
        return "该用户名已被使用"
    return None


def email_problem(email: str | None) -> str | None:
    """Return why ``email`` cannot be used (in Chinese), or None; an empty email is allowed."""
    if not email:
        return None
    exists = db.session.scalar(select(User.id).where(func.lower(User.email) == email.lower()).limit(1))
    return "该电子邮箱已被其他账号使用" if exists is not None else None


def normalise_mobile(text: str | None) -> str | None:
    """Return a mainland mobile number as 11 digits (spaces, hyphens, +86/0086 dropped), or None if it is not one."""
    digits = re.sub(r"[\s\-()（）]", "", text or "")
    for prefix in ("+86", "0086", "86"):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 11:
            digits = digits[len(prefix):]
            break
    return digits if MOBILE_RE.match(digits) else None


def mobile_problem(text: str | None) -> str | None:
    """Return why ``text`` cannot be an account's mobile number (in Chinese), or None; empty is allowed."""
    if not (text or "").strip():
        return None
    mobile = normalise_mobile(text)
    if mobile is None:
        return MOBILE_FORMAT_MESSAGE
    exists = db.session.scalar(select(User.id).where(User.mobile == mobile).limit(1))
    return "该手机号码已被其他账号使用" if exists is not None else None


def registration_problems(
    username: str | None, display_name: str | None, password: str | None, email: str | None = None,
    mobile: str | None = None, *, username_optional: bool = False,
) -> dict[str, str]:
    """Return every problem of a new account's fields at once, as field name → Chinese message.

    The sign-up forms show them all together; the services call it too and refuse the first one.
    A username may be left out only when ``username_optional`` (donor sign-up by mobile number).
    """
    problems: dict[str, str] = {}
    username = (username or "").strip()
    if username or not username_optional:
        problem = username_problem(username)
        if problem:
            problems["username"] = problem
    elif not (mobile or "").strip():
        problems["username"] = "请填写用户名或手机号码（二者至少填一项）"
    problem = email_problem((email or "").strip() or None)
    if problem:
        problems["email"] = problem
    problem = mobile_problem(mobile)
    if problem:
        problems["mobile"] = problem
    display_name = (display_name or "").strip()
    if not display_name or len(display_name) > 32:
        problems["display_name"] = "姓名或昵称须为1至32个字符"
    found = password_problems(password or "", username)
    if found:
        problems["password"] = "；".join(found)
    return problems


def password_problems(password: str, username: str = "") -> list[str]:
    """Return every way ``password`` breaks the policy (in Chinese); empty when it is acceptable."""
    password = password or ""
    problems = []
    if len(password) < PASSWORD_MIN_LENGTH:
        problems.append(f"密码至少需要{PASSWORD_MIN_LENGTH}位")
    if len(password) > PASSWORD_MAX_LENGTH:
        problems.append(f"密码不能超过{PASSWORD_MAX_LENGTH}位")
    if not re.search(r"[A-Za-z]", password) or not re.search(r"[0-9]", password):
        problems.append("密码须同时包含字母和数字")
    name = (username or "").strip().lower()
    if name and len(name) >= 3 and name in password.lower():
        problems.append("密码不能包含用户名")
    return problems


def _check_password_policy(password: str, username: str, field_name: str = "password") -> None:
    problems = password_problems(password, username)
    if problems:
        raise Invalid("；".join(problems), field=field_name)


def scope_code(user: User) -> str | None:
    """Return the region code an account's audit entries are filed under (its scope or home region)."""
    if user.role == "village_officer" and user.village is not None:
        return user.village.code
    if user.role == "org_member" and user.organisation is not None:
        return user.organisation.region_code
    return user.region_code


def sign_in_name(identifier: str | None) -> str:
    """Return the username behind a sign-in identifier (a mobile number's account), else the identifier.

    The per-account sign-in throttle counts by it, so typing the number instead of the name (or the
    number in another spelling) does not buy more attempts.
    """
    mobile = normalise_mobile(identifier)
    if mobile is not None:
        username = db.session.scalar(select(User.username).where(User.mobile == mobile))
        return username or mobile
    return (identifier or "").strip()


def authenticate(username: str, password: str) -> User | None:
    """Return the active user with these credentials, or None; sign-ins and failures are audited.

    ``username`` is the username or the account's mainland mobile number (138 0013 8000, +86… too).
    """
    mobile = normalise_mobile(username)
    if mobile is not None:
        user = db.session.scalar(select(User).where(User.mobile == mobile))
    else:
        user = User.by_username((username or "").strip())
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    if not user.is_active or not check_password_hash(user.password_hash, password):
        audit.record("user.login_failed", "user", user.id, scope_code(user), actor=user)
        db.session.commit()
        return None
    user.last_login_at = utcnow()
    audit.record("user.login", "user", user.id, scope_code(user), actor=user)
    db.session.commit()
    return user


def record_logout(user: User) -> None:
    """End every session of ``user`` (a copied cookie must not outlive the sign-out) and audit it."""
    end_sessions(user)
    audit.record("user.logout", "user", user.id, scope_code(user), actor=user)
    db.session.commit()


def commit_new_account() -> None:
    """Commit, turning a lost race for a username or email into a Conflict instead of a 500."""
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise Conflict("该用户名、电子邮箱或手机号码刚刚已被注册，请换一个重试") from None


def _new_user(username: str, display_name: str, password: str, email: str | None, phone: str,
              mobile: str | None = None, **kw) -> User:
    username = (username or "").strip()
    problems = registration_problems(username, display_name, password, email, mobile,
                                     username_optional=bool(mobile))
    if problems:  # the forms show them all; here the first one refuses
        field_name, message = next(iter(problems.items()))
        raise Invalid(message, field=field_name)
    mobile = normalise_mobile(mobile) if mobile else None
    if not username:  # signed up by mobile number: an internal name, never shown as the mobile
        username = _free_username()
    user = User(
        username=username,
        display_name=display_name.strip(),
        email=(email or "").strip() or None,
        phone=(mobile or phone or "").strip()[:32],
        mobile=mobile,
        password_hash=hash_password(password),
        **kw,
    )
    db.session.add(user)
    return user


def _free_username() -> str:
    while True:
        name = "m" + secrets.token_hex(5)
        if username_problem(name) is None:
            return name


def register_donor(
    username: str, display_name: str, password: str, email: str | None = None, phone: str = "",
    mobile: str | None = None,
) -> User:
    """Create an individual donor's account; a mobile number (normalised, unique) may stand in for the username."""
    user = _new_user(username, display_name, password, email, phone, mobile, role="donor")
    db.session.flush()
    audit.record("user.register", "user", user.id, None, {"role": "donor"}, actor=user)
    commit_new_account()
    return user


def _check_current_password(user: User, current_password: str | None) -> None:
    """Raise Throttled or Invalid (field current_password) unless ``current_password`` is the user's."""
    from .. import security

    throttle = security.throttle()
    checks = security.login_checks(user.username)
    wait = throttle.retry_after(checks)
    if wait is not None:
        minutes = max(1, -(-wait // 60))
        raise Throttled(f"密码尝试过于频繁，为保护账号安全已暂时锁定，请 {minutes} 分钟后再试。", field="current_password")
    if not check_password_hash(user.password_hash, current_password or ""):
        throttle.hit(checks)
        audit.record("user.password_check_failed", "user", user.id, scope_code(user), actor=user)
        db.session.commit()
        raise Invalid("当前密码不正确", field="current_password")


def set_mobile(user: User, mobile: str | None, current_password: str | None) -> None:
    """Set, change or (empty) remove the mobile number the account signs in with; audited.

    The current password is checked as on the password page (same throttle). The number is
    normalised and must be free; a lost race for it is a Conflict. Raises Invalid naming the field.
    """
    _check_current_password(user, current_password)
    text = (mobile or "").strip()
    normalised = normalise_mobile(text) if text else None
    if text and normalised is None:
        raise Invalid(MOBILE_FORMAT_MESSAGE, field="mobile")
    if normalised is not None and normalised != user.mobile:
        problem = mobile_problem(normalised)
        if problem:
            raise Invalid(problem, field="mobile")
    if normalised != user.mobile:
        user.mobile = normalised
        if normalised:
            user.phone = normalised
        audit.record("user.mobile_change", "user", user.id, scope_code(user), {"mobile": bool(normalised)},
                     actor=user)
    commit_new_account()


def change_password(user: User, current_password: str, new_password: str) -> None:
    """Replace the user's password after checking the current one and the policy; end its other sessions.

    The current-password check counts against the same limits as sign-in (LOGIN_ATTEMPTS_PER_ACCOUNT
    and _PER_ADDRESS, shared with the sign-in form), so a stolen session cannot guess the password
    faster than the sign-in page allows. Raises Throttled (429) once they are spent, Invalid otherwise.
    Every session and remember-me cookie of the account ends (``end_sessions``); the caller signs the
    current browser in again with ``login_user`` if it should stay signed in.
    """
    _check_current_password(user, current_password)
    if current_password == new_password:
        raise Invalid("新密码不能与当前密码相同", field="new_password")
    _check_password_policy(new_password, user.username, "new_password")
    user.password_hash = hash_password(new_password)
    end_sessions(user)
    audit.record("user.password_change", "user", user.id, scope_code(user), actor=user)
    db.session.commit()


def end_sessions(user: User) -> None:
    """Invalidate every session and remember-me cookie of ``user`` (the caller commits).

    The version is raised in the database with one UPDATE, so two requests doing it at once both count.
    """
    db.session.execute(
        update(User).where(User.id == user.id).values(session_version=User.session_version + 1)
        .execution_options(synchronize_session=False)
    )
    db.session.refresh(user, ["session_version"])


def create_admin(username: str, display_name: str, password: str, email: str | None = None) -> User:
    """Create a platform admin (the CLI's `flask users create-admin`)."""
    user = _new_user(username, display_name, password, email, "", role="admin")
    db.session.flush()
    audit.record("user.create_admin", "user", user.id, None, {"via": "cli"}, actor=None)
    commit_new_account()
    return user


def _rank(user: User) -> int:
    if user.role == "admin":
        return ADMIN_RANK
    if user.role == "office":
        return OFFICE_RANK[user.office_level]
    return 0


def can_manage_staff(user: User | None) -> bool:
    """Return whether the user may create staff accounts at all."""
    return user is not None and getattr(user, "is_authenticated", False) and user.role in ("office", "admin")


def _require_staff_manager(user: User | None) -> None:
    if not can_manage_staff(user):
        raise Forbidden("只有扶贫办工作人员可以管理工作人员账号")


def creatable_office_levels(actor: User) -> dict[str, str]:
    """Return the office levels ``actor`` may create, highest first (code → Chinese)."""
    if not can_manage_staff(actor):
        return {}
    rank = _rank(actor)
    levels = [lvl for lvl in OFFICE_LEVELS if OFFICE_RANK[lvl] < rank]
    return {lvl: OFFICE_LEVELS[lvl] for lvl in sorted(levels, key=OFFICE_RANK.get, reverse=True)}


def creatable_roles(actor: User) -> dict[str, str]:
    """Return the staff roles ``actor`` may create (code → Chinese)."""
    if not can_manage_staff(actor):
        return {}
    roles = {}
    if creatable_office_levels(actor):
        roles["office"] = ROLES["office"]
    roles["village_officer"] = ROLES["village_officer"]
    roles["helper"] = ROLES["helper"]
    return roles


@dataclass
class StaffRequest:
    """What an office asks for when it creates a staff account."""

    username: str
    display_name: str
    password: str
    role: str
    office_level: str | None = None
    region_code: str | None = None
    village_code: str | None = None
    phone: str = ""
    email: str | None = None
    extra: dict = field(default_factory=dict)


def _in_scope(actor: User, code: str) -> bool:
    return scope.covers(actor, code)


def create_staff(actor: User, req: StaffRequest) -> User:
    """Create an office, village officer or helper account inside ``actor``'s region, below its level."""
    _require_staff_manager(actor)
    if req.role not in STAFF_ROLES:
        raise Invalid("账号类型无效", field="role")
    if req.role not in creatable_roles(actor):
        raise Forbidden("您不能创建该类型的账号")
    region_code = (req.region_code or "").strip()
    village_code = (req.village_code or "").strip()
    scope_kw: dict = {"created_by_id": actor.id}
    if req.role == "office":
        level = req.office_level or ""
        if level not in OFFICE_LEVELS:
            raise Invalid("请选择扶贫办层级", field="office_level")
        if level not in creatable_office_levels(actor):
            raise Invalid("只能创建比本级更低层级的扶贫办账号", field="office_level")
        if level == "national":
            region_code = ""
        else:
            if len(region_code) != OFFICE_LEVEL_CODE_LENGTH[level] or not region_code.isdigit():
                unit = regions.LEVEL_PROMPTS[level]
                raise Invalid(f"{OFFICE_LEVELS[level]}扶贫办须选择到一个{unit}", field="region_code")
            if Region.get(region_code) is None:
                raise Invalid("所选地区不存在，请从列表中选择", field="region_code")
            if not _in_scope(actor, region_code):
                raise Invalid("该地区不在您的管辖范围内", field="region_code")
        scope_kw.update(office_level=level, region_code=region_code or None)
        filed_under = region_code or None
    elif req.role == "village_officer":
        village = None
        if village_code:
            village = db.session.scalar(select(Village).where(Village.code == village_code))
        if village is None:
            raise Invalid("村级信息员须选择到本辖区内已登记的村", field="village_code")
        if not _in_scope(actor, village.code):
            raise Invalid("该村不在您的管辖范围内", field="village_code")
        scope_kw.update(village_id=village.id)
        filed_under = village.code
    else:  # helper: sits in a region; households are assigned to it one by one
        if not region_code.isdigit() or Region.get(region_code) is None:
            raise Invalid("请选择帮扶责任人所在的地区", field="region_code")
        if not _in_scope(actor, region_code):
            raise Invalid("该地区不在您的管辖范围内", field="region_code")
        scope_kw.update(region_code=region_code)
        filed_under = region_code
    user = _new_user(
        req.username, req.display_name, req.password, req.email, req.phone, role=req.role, **scope_kw
    )
    db.session.flush()
    audit.record(
        "user.create",
        "user",
        user.id,
        filed_under,
        {"role": req.role, "office_level": scope_kw.get("office_level"), "username": user.username},
        actor=actor,
    )
    commit_new_account()
    return user


def _staff_in_scope(actor: User):
    prefix = scope.region_scope(actor)
    stmt = select(User).outerjoin(Village, User.village_id == Village.id).where(User.role.in_(STAFF_ROLES))
    if prefix is None:
        return stmt.where(false())
    if prefix:
        stmt = stmt.where(
            or_(
                User.region_code.startswith(prefix, autoescape=True),
                Village.code.startswith(prefix, autoescape=True),
            )
        )
    return stmt


def list_staff(actor: User, limit: int = 200) -> list[User]:
    """Return the staff accounts inside ``actor``'s region (offices, village officers, helpers)."""
    _require_staff_manager(actor)
    stmt = _staff_in_scope(actor).order_by(User.role, User.office_level, User.region_code, User.id)
    return list(db.session.scalars(stmt.limit(limit)))


def get_staff(actor: User, user_id: int) -> User:
    """Return a staff account inside ``actor``'s region, or raise NotFound."""
    _require_staff_manager(actor)
    user = db.session.scalar(_staff_in_scope(actor).where(User.id == user_id))
    if user is None:
        raise NotFound("该账号不存在或不在您的管辖范围内")
    return user


def set_staff_active(actor: User, user_id: int, active: bool) -> User:
    """Disable or re-enable a staff account of a lower rank inside ``actor``'s region."""
    user = get_staff(actor, user_id)
    if user.id == actor.id or _rank(user) >= _rank(actor):
        raise Forbidden("只能停用或启用比本级更低层级的账号")
    user.is_active_account = active
    audit.record("user.enable" if active else "user.disable", "user", user.id, scope_code(user), actor=actor)
    db.session.commit()
    return user


def staff_region_roots(actor: User) -> list[str] | None:
    """Return the regions a new staff account may be placed in (the actor's own), None for anywhere."""
    prefix = scope.region_scope(actor)
    return [prefix] if prefix else None


def _count(stmt) -> int:
    return db.session.scalar(stmt) or 0


def profile_summary(user: User) -> dict[str, int | str | None]:
    """Return the figures a user's profile shows to say what to do next."""
    summary: dict[str, int | str | None] = {}
    if user.role in ("donor", "org_member"):
        summary["pledges"] = _count(select(func.count(Pledge.id)).where(Pledge.donor_id == user.id))
        summary["active_pledges"] = _count(
            select(func.count(Pledge.id)).where(
                Pledge.donor_id == user.id, Pledge.status.in_(ACTIVE_PLEDGE_STATUSES)
            )
        )
        summary["offers"] = _count(select(func.count(Offer.id)).where(Offer.poster_id == user.id))
    if user.role == "org_member" and user.organisation is not None:
        summary["organisation_members"] = _count(
            select(func.count(User.id)).where(User.organisation_id == user.organisation_id)
        )
    if user.role == "village_officer" and user.village is not None:
        summary["households"] = _count(
            select(func.count(Household.id)).where(Household.village_id == user.village_id)
        )
        summary["open_needs"] = _count(
            select(func.count(Need.id)).where(
                Need.village_id == user.village_id, Need.status.in_(OPEN_NEED_STATUSES)
            )
        )
        summary["rejected_needs"] = _count(
            select(func.count(Need.id)).where(Need.village_id == user.village_id, Need.status == "rejected")
        )
    if user.role == "helper":
        summary["households"] = _count(select(func.count(Household.id)).where(Household.helper_id == user.id))
        summary["open_needs"] = _count(
            select(func.count(Need.id))
            .join(Household, Need.household_id == Household.id)
            .where(Household.helper_id == user.id, Need.status.in_(OPEN_NEED_STATUSES))
        )
    if user.role in ("office", "admin"):
        pending = select(func.count(Need.id)).where(
            Need.status == "pending", scope.scope_filter(user, Need.region_code)
        )
        if user.role == "office":
            levels = list(current_app.config["REVIEW_LEVELS"])
            if user.office_level in levels:
                pending = pending.where(Need.review_level == levels.index(user.office_level))
            else:  # an office level that does not review needs has no queue
                pending = pending.where(false())
        summary["review_queue"] = _count(pending)
        summary["organisations_to_verify"] = _count(
            select(func.count(Organisation.id)).where(
                Organisation.verification == "unverified", scope.scope_filter(user, Organisation.region_code)
            )
        )
        summary["staff"] = _count(_staff_in_scope(user).with_only_columns(func.count(User.id)))
        summary["households"] = _count(
            select(func.count(Household.id))
            .join(Village, Household.village_id == Village.id)
            .where(scope.scope_filter(user, Village.code))
        )
    return summary


AUDIT_ACTION_LABELS = audit.ACTION_LABELS  # the audit log page's filter; the table lives in services.audit


# The audit log grows with every change and every view of personal data in the country: its page is a
# keyset page (newest first by id, the primary key's order), deep pages by cursor; old ``?page=N`` links
# are walked up to this page. The total is exact up to keyset.COUNT_CAP entries, else not shown.
AUDIT_MAX_OFFSET_PAGE = 200


def audit_trail(actor: User, *, action: str | None = None, region: str | None = None, page: int = 1,
                per_page: int = 50, after: str | None = None, before: str | None = None) -> keyset.ListPage:
    """Return a keyset page of the audit entries inside ``actor``'s region, newest first (read-only).

    ``after`` / ``before`` are cursors of a previous page (app/services/keyset.py). Raises Forbidden for
    anyone but office staff and admins, Invalid for a bad filter, cursor or a page number beyond
    AUDIT_MAX_OFFSET_PAGE. ``total`` is None above keyset.COUNT_CAP entries (counting them all is not cheap).
    """
    if actor is None or actor.role not in ("office", "admin"):
        raise Forbidden("只有扶贫办工作人员可以查看审计日志")
    conditions = [scope.scope_filter(actor, AuditLog.region_code)]
    if action:
        if len(action) > 48 or not re.fullmatch(r"[a-z_.]+", action):
            raise Invalid("操作类型无效", field="action")
        conditions.append(AuditLog.action.startswith(action, autoescape=True))
    if region:
        if not region.isdigit() or len(region) > 12:
            raise Invalid("所选地区无效，请从列表中选择", field="region")
        # Narrowing only: the scope condition above still applies, so a wider code shows nothing more.
        conditions.append(AuditLog.region_code.startswith(region, autoescape=True))
    segments = [keyset.Segment(select(AuditLog.id).where(*conditions), (keyset.Key(AuditLog.id),))]
    return keyset.list_page(
        segments, page, per_page, after, before,
        lambda ids: db.session.scalars(select(AuditLog).where(AuditLog.id.in_(ids)).options(joinedload(AuditLog.actor))),
        max_offset_page=AUDIT_MAX_OFFSET_PAGE, count_cap=keyset.COUNT_CAP)
