"""Organisations (帮扶主体): registration, verification by an office of their region, and invitations.

An organisation registers unverified; until an office whose region contains the organisation's region
(or an admin) verifies it, its members cannot post offers or cooperation projects — the services that
post call `require_verified_organisation`.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..extensions import db
from ..models import Organisation, OrganisationInvite, Region, User, credit_code_problem
from ..models._types import utcnow
from ..models.organisation import ORGANISATION_KINDS
from . import accounts, audit, notify, scope

INVITE_VALID_DAYS = 7
VERIFY_DECISIONS = {"verify": "通过认证", "reject": "不予认证"}


def normalise_credit_code(code: str) -> str:
    """Return the code as it is stored: trimmed, upper case."""
    return (code or "").strip().upper()


def require_verified_organisation(user: User | None) -> Organisation:
    """Return the verified organisation ``user`` acts for, or raise Forbidden saying why not.

    Call it before an organisation posts an offer or a cooperation project.
    """
    if user is None or not getattr(user, "is_authenticated", False) or user.role != "org_member":
        raise Forbidden("只有帮扶主体的成员可以代表机构发布")
    organisation = user.organisation
    if organisation is None:
        raise Forbidden("您的账号未关联任何机构")
    if not organisation.is_verified:
        raise Forbidden("您的机构尚未通过扶贫办认证，认证通过后才能发布帮扶资源或协作项目")
    return organisation


def _offices_covering(region_code: str) -> list[User]:
    prefixes = [region_code[:n] for n in (2, 4, 6, 9) if n <= len(region_code)]
    stmt = select(User).where(
        User.role == "office",
        User.is_active_account.is_(True),
        (User.office_level == "national") | User.region_code.in_(prefixes),
    )
    return list(db.session.scalars(stmt))


def register_organisation(
    *,
    kind: str,
    name: str,
    credit_code: str,
    region_code: str,
    contact_person: str,
    contact_phone: str,
    description: str,
    username: str,
    display_name: str,
    password: str,
    email: str | None = None,
) -> User:
    """Create an unverified organisation and its first member's account; tell the offices of its region."""
    if kind not in ORGANISATION_KINDS:
        raise Invalid("请选择帮扶主体类型", field="kind")
    name = (name or "").strip()
    if not 2 <= len(name) <= 100:
        raise Invalid("机构名称须为2至100个字符", field="name")
    credit_code = normalise_credit_code(credit_code)
    problem = credit_code_problem(credit_code)
    if problem:
        raise Invalid(problem, field="credit_code")
    if db.session.scalar(select(Organisation.id).where(Organisation.credit_code == credit_code)) is not None:
        raise Invalid("该统一社会信用代码已注册", field="credit_code")
    region_code = (region_code or "").strip()
    if not region_code.isdigit() or Region.get(region_code) is None:
        raise Invalid("所在地区代码不存在", field="region_code")
    contact_person = (contact_person or "").strip()
    if not 1 <= len(contact_person) <= 32:
        raise Invalid("联系人须为1至32个字符", field="contact_person")
    organisation = Organisation(
        kind=kind,
        name=name,
        credit_code=credit_code,
        region_code=region_code,
        contact_person=contact_person,
        contact_phone=(contact_phone or "").strip()[:32],
        description=(description or "").strip()[:2000],
        verification="unverified",
    )
    db.session.add(organisation)
    db.session.flush()
    try:
        user = accounts._new_user(
            username, display_name, password, email, contact_phone or "", role="org_member",
            organisation_id=organisation.id,
        )
        db.session.flush()
    except Invalid:
        db.session.rollback()  # the organisation must not outlive its refused first account
        raise
    audit.record("organisation.register", "organisation", organisation.id, region_code,
                 {"name": name, "kind": kind}, actor=user)
    audit.record("user.register", "user", user.id, region_code, {"role": "org_member"}, actor=user)
    notify.notify(
        _offices_covering(region_code), "organisation.to_verify",
        f"新注册的帮扶主体“{name}”等待认证", f"/account/organisations/{organisation.id}",
    )
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise Conflict("该机构或用户名刚刚已被注册，请检查后重试") from None
    return user


def _scoped_organisations(actor: User):
    if actor is None or actor.role not in ("office", "admin"):
        raise Forbidden("只有扶贫办工作人员可以认证帮扶主体")
    return select(Organisation).where(scope.scope_filter(actor, Organisation.region_code))


def verification_queue(actor: User, status: str = "unverified", limit: int = 200) -> list[Organisation]:
    """Return the organisations of ``actor``'s region in ``status`` (default: waiting for verification)."""
    stmt = _scoped_organisations(actor)
    if status in ("unverified", "verified", "rejected"):
        stmt = stmt.where(Organisation.verification == status)
    return list(db.session.scalars(stmt.order_by(Organisation.created_at, Organisation.id).limit(limit)))


def get_for_office(actor: User, organisation_id: int) -> Organisation:
    """Return an organisation inside ``actor``'s region, or raise NotFound."""
    organisation = db.session.scalar(_scoped_organisations(actor).where(Organisation.id == organisation_id))
    if organisation is None:
        raise NotFound("该机构不存在或不在您的管辖范围内")
    return organisation


def members_of(organisation: Organisation) -> list[User]:
    """Return the accounts of an organisation."""
    stmt = select(User).where(User.organisation_id == organisation.id).order_by(User.id)
    return list(db.session.scalars(stmt))


def decide(actor: User, organisation_id: int, decision: str, reason: str = "") -> Organisation:
    """Verify or reject an organisation of ``actor``'s region and tell its members."""
    organisation = get_for_office(actor, organisation_id)
    reason = (reason or "").strip()
    if decision not in VERIFY_DECISIONS:
        raise Invalid("请选择认证结论", field="decision")
    if decision == "reject" and not reason:
        raise Invalid("不予认证时请填写理由", field="reason")
    if len(reason) > 500:
        raise Invalid("理由不能超过500字", field="reason")
    target = "verified" if decision == "verify" else "rejected"
    if organisation.verification == target:
        raise Conflict("该机构已是此状态")
    organisation.verification = target
    organisation.verified_at = utcnow() if target == "verified" else None
    audit.record(f"organisation.{decision}", "organisation", organisation.id, organisation.region_code,
                 {"reason": reason} if reason else {}, actor=actor)
    message = (
        f"您的机构“{organisation.name}”已通过认证，现在可以发布帮扶资源"
        if target == "verified"
        else f"您的机构“{organisation.name}”未通过认证：{reason}"
    )
    notify.notify(members_of(organisation), f"organisation.{decision}", message, "/account/organisation")
    db.session.commit()
    return organisation


def _member_organisation(user: User) -> Organisation:
    if user is None or user.role != "org_member" or user.organisation is None:
        raise Forbidden("只有帮扶主体的成员可以管理本机构")
    return user.organisation


def _hash_code(code: str) -> str:
    return hashlib.sha256(code.strip().encode("utf-8")).hexdigest()


def create_invite(user: User, note: str = "") -> tuple[OrganisationInvite, str]:
    """Create an invitation into the user's organisation; return it with its code (shown only once)."""
    organisation = _member_organisation(user)
    note = (note or "").strip()
    if len(note) > 64:
        raise Invalid("备注不能超过64个字符", field="note")
    code = secrets.token_urlsafe(12)
    invite = OrganisationInvite(
        organisation_id=organisation.id,
        code_hash=_hash_code(code),
        note=note,
        created_by_id=user.id,
        expires_at=utcnow() + timedelta(days=INVITE_VALID_DAYS),
    )
    db.session.add(invite)
    db.session.flush()
    audit.record("organisation_invite.create", "organisation_invite", invite.id, organisation.region_code,
                 {"organisation_id": organisation.id}, actor=user)
    db.session.commit()
    return invite, code


def list_invites(user: User) -> list[OrganisationInvite]:
    """Return the invitations of the user's organisation, newest first."""
    organisation = _member_organisation(user)
    stmt = (
        select(OrganisationInvite)
        .where(OrganisationInvite.organisation_id == organisation.id)
        .order_by(OrganisationInvite.id.desc())
    )
    return list(db.session.scalars(stmt.limit(100)))


def revoke_invite(user: User, invite_id: int) -> OrganisationInvite:
    """Revoke an unused invitation of the user's own organisation."""
    organisation = _member_organisation(user)
    invite = db.session.get(OrganisationInvite, invite_id)
    if invite is None or invite.organisation_id != organisation.id:
        raise NotFound("该邀请不存在")
    if invite.accepted_at is not None or invite.revoked_at is not None:
        raise Conflict("该邀请已使用或已撤销")
    invite.revoked_at = utcnow()
    audit.record("organisation_invite.revoke", "organisation_invite", invite.id, organisation.region_code,
                 actor=user)
    db.session.commit()
    return invite


def find_open_invite(code: str) -> OrganisationInvite:
    """Return the usable invitation with ``code``, or raise Invalid."""
    code = (code or "").strip()
    invite = (
        db.session.scalar(select(OrganisationInvite).where(OrganisationInvite.code_hash == _hash_code(code)))
        if 8 <= len(code) <= 64
        else None
    )
    if invite is None or not invite.is_open(utcnow()):
        raise Invalid("邀请码无效、已使用或已过期", field="code")
    return invite


def accept_invite(code: str, username: str, display_name: str, password: str,
                  email: str | None = None, phone: str = "") -> User:
    """Create a member account of the inviting organisation and use up the invitation."""
    invite = find_open_invite(code)
    user = accounts._new_user(username, display_name, password, email, phone, role="org_member",
                              organisation_id=invite.organisation_id)
    db.session.flush()
    now = utcnow()
    # A conditional update: of two people using the same code at once, only one gets in.
    taken = db.session.execute(
        update(OrganisationInvite)
        .where(OrganisationInvite.id == invite.id, OrganisationInvite.accepted_at.is_(None),
               OrganisationInvite.revoked_at.is_(None))
        .values(accepted_at=now, accepted_by_id=user.id)
        .execution_options(synchronize_session=False)
    ).rowcount
    if taken != 1:
        db.session.rollback()
        raise Invalid("邀请码无效、已使用或已过期", field="code")
    region = invite.organisation.region_code
    audit.record("organisation_invite.accept", "organisation_invite", invite.id, region,
                 {"organisation_id": invite.organisation_id}, actor=user)
    audit.record("user.register", "user", user.id, region, {"role": "org_member"}, actor=user)
    accounts.commit_new_account()
    return user


def count_members(organisation: Organisation) -> int:
    """Return how many accounts an organisation has."""
    return db.session.scalar(select(func.count(User.id)).where(User.organisation_id == organisation.id)) or 0
