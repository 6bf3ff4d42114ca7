"""Accounts: password policy and change, staff accounts top-down, verification, invitations, audit, CLI."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from app.errors import Forbidden, Invalid
from app.models import AuditLog, OrganisationInvite, User
from app.services import accounts, organisations
from app.services.accounts import StaffRequest
from tests.factories import PASSWORD, TOWNSHIP

NEW_PASSWORD = "Autumn-Leaf-2025"


# --- password policy ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short1a", "密码至少需要10位"),
        ("onlyletterslong", "密码须同时包含字母和数字"),
        ("1234567890123", "密码须同时包含字母和数字"),
        ("xiaoming2024x", "密码不能包含用户名"),
        ("a1" * 65, "密码不能超过128位"),
    ],
)
def test_the_password_policy_names_the_rule_that_is_broken(password, message):
    assert message in accounts.password_problems(password, "xiaoming")


def test_a_password_of_ten_with_letters_and_digits_is_accepted():
    assert accounts.password_problems("abcdefghi1", "xiaoming") == []


def test_passwords_are_stored_as_scrypt_hashes(factory, db):
    user = factory.make_user("donor")
    assert user.password_hash.startswith("scrypt:") and PASSWORD not in user.password_hash


# --- password change ------------------------------------------------------------------------------

def test_a_user_changes_the_password_through_the_form(client, login_as, db):
    user = login_as("donor")
    response = client.post("/account/password", data={
        "current_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm": NEW_PASSWORD,
    })
    assert response.status_code == 302
    client.post("/auth/logout")
    assert client.post("/auth/login", data={"username": user.username, "password": PASSWORD}).status_code == 200
    assert client.post("/auth/login", data={"username": user.username, "password": NEW_PASSWORD}).status_code == 302
    assert db.session.scalar(select(AuditLog).where(AuditLog.action == "user.password_change")).actor_id == user.id


def test_a_password_change_needs_the_current_password(client, login_as, db):
    user = login_as("donor")
    old_hash = user.password_hash
    response = client.post("/account/password", data={
        "current_password": "Not-the-password-1", "new_password": NEW_PASSWORD, "confirm": NEW_PASSWORD,
    })
    assert "当前密码不正确" in response.get_data(as_text=True)
    db.session.refresh(user)
    assert user.password_hash == old_hash


def test_a_new_password_may_not_contain_the_username(client, login_as, db):
    user = login_as("donor")
    new = f"{user.username}-2025x"
    response = client.post("/account/password", data={"current_password": PASSWORD, "new_password": new, "confirm": new})
    assert "密码不能包含用户名" in response.get_data(as_text=True)


# --- staff accounts -------------------------------------------------------------------------------

def _staff(role="office", **kw):
    base = dict(username=f"staff{role}{kw.get('office_level', '')}", display_name="工作人员", password=NEW_PASSWORD,
                role=role)
    base.update(kw)
    return StaffRequest(**base)


def test_a_county_office_creates_a_township_office_of_its_county(factory, db):
    county = factory.make_office("county")
    user = accounts.create_staff(county, _staff(office_level="township", region_code=TOWNSHIP))
    assert (user.role, user.office_level, user.region_code, user.created_by_id) == ("office", "township", TOWNSHIP,
                                                                                     county.id)
    entry = db.session.scalar(select(AuditLog).where(AuditLog.action == "user.create"))
    assert entry.actor_id == county.id and entry.region_code == TOWNSHIP


@pytest.mark.parametrize("level", ["county", "prefecture"])
def test_an_office_cannot_create_an_office_of_its_own_level_or_above(factory, db, level):
    county = factory.make_office("county")
    region = {"county": "520526", "prefecture": "5205"}[level]
    with pytest.raises(Invalid, match="只能创建比本级更低层级"):
        accounts.create_staff(county, _staff(office_level=level, region_code=region))


def test_an_office_region_must_have_the_code_length_of_its_level(factory, db):
    county = factory.make_office("county")
    with pytest.raises(Invalid, match="乡镇扶贫办须选择到一个乡镇"):
        accounts.create_staff(county, _staff(office_level="township", region_code="520526"))


def test_a_township_office_creates_village_officers_and_helpers_but_no_offices(factory, db):
    township = factory.make_office("township")
    village = factory.make_village(TOWNSHIP)
    officer = accounts.create_staff(township, _staff("village_officer", village_code=village.code))
    helper = accounts.create_staff(township, _staff("helper", region_code=TOWNSHIP))
    assert officer.village_id == village.id and helper.region_code == TOWNSHIP
    assert "office" not in accounts.creatable_roles(township)
    with pytest.raises(Forbidden):
        accounts.create_staff(township, _staff(office_level="township", region_code=TOWNSHIP))


def test_only_offices_and_admins_create_staff(factory, db):
    for role in ("donor", "org_member", "village_officer", "helper"):
        with pytest.raises(Forbidden):
            accounts.create_staff(factory.make_user(role), _staff("helper", region_code=TOWNSHIP))


def test_an_admin_creates_a_national_office(factory, db):
    admin = factory.make_user("admin")
    user = accounts.create_staff(admin, _staff(office_level="national"))
    assert user.office_level == "national" and user.region_code is None


def test_an_office_creates_staff_through_the_form(client, login_as, db):
    login_as("office", office_level="county")
    response = client.post("/account/staff/new", data={
        "role": "office", "office_level": "township", "region_code-province": TOWNSHIP[:2],
        "region_code-prefecture": TOWNSHIP[:4], "region_code-county": TOWNSHIP[:6], "region_code-township": TOWNSHIP,
        "username": "caohai01", "display_name": "草海镇扶贫办", "phone": "", "email": "", "password": NEW_PASSWORD,
    })
    assert response.status_code == 302
    assert User.by_username("caohai01").region_code == TOWNSHIP
    assert "caohai01" in client.get("/account/staff").get_data(as_text=True)


def test_the_staff_form_offers_only_lower_levels(client, login_as, db):
    login_as("office", office_level="county")
    html = client.get("/account/staff/new").get_data(as_text=True)
    options = re.findall(r'<option[^>]*value="([a-z_]+)"', html)
    assert "township" in options
    assert "county" not in options and "prefecture" not in options and "national" not in options


def test_an_office_disables_a_staff_account_below_it_and_it_can_no_longer_sign_in(client, login_as, factory, db):
    login_as("office", office_level="county")
    helper = factory.make_user("helper", region_code=TOWNSHIP)
    assert client.post(f"/account/staff/{helper.id}/active", data={"active": "0"}).status_code == 302
    db.session.refresh(helper)
    assert helper.is_active_account is False
    client.post("/auth/logout")
    response = client.post("/auth/login", data={"username": helper.username, "password": PASSWORD})
    assert response.status_code == 200


def test_an_office_cannot_disable_an_office_of_its_own_level(factory, db):
    county = factory.make_office("county")
    peer = factory.make_office("county")
    with pytest.raises(Forbidden):
        accounts.set_staff_active(county, peer.id, False)


# --- organisation verification ------------------------------------------------------------------

def test_a_county_office_verifies_an_organisation_of_its_county_and_its_members_are_told(client, login_as, factory, db):
    office = login_as("office", office_level="county")
    org = factory.make_organisation(verified=False, region_code="520526")
    member = factory.make_user("org_member", organisation_id=org.id)
    assert org.name in client.get("/account/organisations").get_data(as_text=True)
    response = client.post(f"/account/organisations/{org.id}/decision", data={"decision": "verify", "reason": ""})
    assert response.status_code == 302
    db.session.refresh(org)
    assert org.verification == "verified" and org.verified_at is not None
    assert organisations.require_verified_organisation(member) == org
    entry = db.session.scalar(select(AuditLog).where(AuditLog.action == "organisation.verify"))
    assert entry.actor_id == office.id and entry.region_code == "520526"
    from app.services import notify

    assert notify.unread_count(member) == 1


def test_rejecting_an_organisation_needs_a_reason(client, login_as, factory, db):
    login_as("office", office_level="county")
    org = factory.make_organisation(verified=False, region_code="520526")
    response = client.post(f"/account/organisations/{org.id}/decision", data={"decision": "reject", "reason": ""})
    assert response.status_code == 400
    assert "不予认证时请填写理由" in response.get_data(as_text=True)
    db.session.refresh(org)
    assert org.verification == "unverified"


# --- invitations ----------------------------------------------------------------------------------

def test_a_member_creates_an_invitation_and_sees_its_code_once(client, login_as, db):
    member = login_as("org_member")
    response = client.post("/account/organisation/invites", data={"note": "财务部小王"}, follow_redirects=True)
    html = response.get_data(as_text=True)
    code = re.search(r"邀请码：([A-Za-z0-9_-]+)", html).group(1)
    assert f"/auth/join?code={code}" in html
    invite = db.session.scalar(select(OrganisationInvite))
    assert invite.organisation_id == member.organisation_id and code not in invite.code_hash
    assert organisations.find_open_invite(code).id == invite.id
    assert "邀请码：" not in client.get("/account/organisation").get_data(as_text=True)


def test_a_revoked_invitation_cannot_be_used(client, login_as, factory, db):
    member = login_as("org_member")
    invite, code = factory.make_invite(member.organisation, member)
    assert client.post(f"/account/organisation/invites/{invite.id}/revoke").status_code == 302
    with pytest.raises(Invalid):
        organisations.find_open_invite(code)


def test_a_member_cannot_revoke_another_organisations_invitation(factory, db):
    member = factory.make_user("org_member")
    other_invite, _code = factory.make_invite(factory.make_organisation())
    from app.errors import NotFound

    with pytest.raises(NotFound):
        organisations.revoke_invite(member, other_invite.id)


# --- profile ---------------------------------------------------------------------------------------

def test_the_profile_of_a_donor_counts_its_pledges(client, login_as, db):
    login_as("donor")
    html = client.get("/account/").get_data(as_text=True)
    assert "我的认领" in html and "浏览并认领需求" in html


def test_the_profile_of_an_office_counts_its_review_queue_and_organisations(client, login_as, factory, db):
    office = login_as("office", office_level="township")
    village = factory.make_village(TOWNSHIP)
    factory.make_need(village=village, status="pending")
    summary = accounts.profile_summary(office)
    assert summary["review_queue"] == 1
    html = client.get("/account/").get_data(as_text=True)
    assert "待我审核的需求" in html and "审计日志" in html


def test_the_profile_of_a_helper_counts_its_households(client, login_as, factory, db):
    helper = login_as("helper")
    factory.make_household(helper_id=helper.id)
    assert accounts.profile_summary(helper)["households"] == 1
    assert "负责的贫困户" in client.get("/account/").get_data(as_text=True)


# --- audit log ---------------------------------------------------------------------------------

def test_an_office_sees_the_audit_entries_of_its_region(client, login_as, factory, db):
    login_as("office", office_level="county")
    factory.make_office("county", "520527")
    from app.services import audit

    audit.record("household.view_personal", "household", 1, TOWNSHIP + "001")
    audit.record("household.view_personal", "household", 2, "520527102001")
    db.session.commit()
    html = client.get("/account/audit").get_data(as_text=True)
    assert "贫困户 #1" in html and "贫困户 #2" not in html


def test_audit_entries_cannot_be_changed_or_deleted_through_the_orm(factory, db):
    from app.services import audit

    entry = audit.record("user.login", "user", 1)
    db.session.commit()
    entry.action = "user.logout"
    with pytest.raises(PermissionError):
        db.session.commit()
    db.session.rollback()
    db.session.delete(db.session.get(AuditLog, entry.id))
    with pytest.raises(PermissionError):
        db.session.commit()
    db.session.rollback()
    assert db.session.scalar(select(func.count(AuditLog.id))) == 1


def test_no_route_of_the_app_can_change_the_audit_log(app):
    audit_rules = [r for r in app.url_map.iter_rules() if "audit" in r.rule]
    assert audit_rules, "the audit page exists"
    assert all(r.methods <= {"GET", "HEAD", "OPTIONS"} for r in audit_rules)


# --- flask users create-admin ------------------------------------------------------------------

def test_create_admin_reads_the_password_from_stdin(app, db):
    result = app.test_cli_runner().invoke(args=["users", "create-admin", "root", "--password-stdin"],
                                          input=NEW_PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    user = User.by_username("root")
    assert user.role == "admin"
    from werkzeug.security import check_password_hash

    assert check_password_hash(user.password_hash, NEW_PASSWORD)


def test_create_admin_prompts_twice_when_no_stdin_flag(app, db):
    result = app.test_cli_runner().invoke(args=["users", "create-admin", "root"],
                                          input=f"{NEW_PASSWORD}\n{NEW_PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert User.by_username("root").role == "admin"


def test_create_admin_refuses_a_weak_password(app, db):
    result = app.test_cli_runner().invoke(args=["users", "create-admin", "root", "--password-stdin"], input="admin\n")
    assert result.exit_code != 0
    assert "密码至少需要10位" in result.output
    assert User.by_username("root") is None


def test_create_admin_refuses_an_existing_username(app, factory, db):
    factory.make_user("donor", username="root")
    result = app.test_cli_runner().invoke(args=["users", "create-admin", "root", "--password-stdin"],
                                          input=NEW_PASSWORD + "\n")
    assert result.exit_code != 0 and "该用户名已被使用" in result.output


def test_no_admin_exists_until_one_is_created(db):
    assert db.session.scalar(select(func.count(User.id)).where(User.role == "admin")) == 0


def test_the_profile_of_a_village_officer_counts_its_households_and_open_needs(client, login_as, factory, db):
    officer = login_as("village_officer")
    household = factory.make_household(officer.village)
    factory.make_need(household=household, status="rejected", posted_by=officer)
    summary = accounts.profile_summary(officer)
    assert (summary["households"], summary["open_needs"], summary["rejected_needs"]) == (1, 1, 1)
    assert "被退回待修改" in client.get("/account/").get_data(as_text=True)
