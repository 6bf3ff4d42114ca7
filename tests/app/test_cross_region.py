"""Cross-region attempts: every scoped role, on objects just outside its scope, by URL id or forged field.

Each attempt must be refused (403/404, or the form re-rendered with an error) and change nothing.
"Just outside" is as close as it gets: the next village for a village officer, a household of the same
village assigned to someone else for a helper, the next township / county / prefecture / province for
an office.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import AuditLog, Household, Need, Organisation, ReviewRecord, User
from tests.factories import (
    PASSWORD,
    TOWNSHIP,
    World,
    make_household,
    make_need,
    make_organisation,
    make_user,
    make_village,
)
from app.models._types import utcnow

# A real township just outside each scope (威宁 520526, 草海镇 520526100 is the scoped area).
OUTSIDE_TOWNSHIP = {
    "village_officer": TOWNSHIP,  # same township, another village
    "helper": TOWNSHIP,  # same village even: a household assigned to another helper
    "township_office": "520526001",  # 海边街道, same county
    "county_office": "520527102",  # 妈姑镇, 赫章 county, same prefecture
    "prefecture_office": "520102016",  # 贵阳, same province
    "province_office": "530102001",  # 云南
}
SCOPED_ROLES = list(OUTSIDE_TOWNSHIP)
OFFICE_ROLES = [r for r in SCOPED_ROLES if r.endswith("_office")]
REVIEW_LEVEL = {"township_office": 0, "county_office": 1}
REFUSED = (403, 404)


class Outside:
    """Objects just outside ``role``'s scope in ``world``."""

    def __init__(self, world: World, role: str):
        township = OUTSIDE_TOWNSHIP[role]
        self.village = world.village if role == "helper" else make_village(township)
        self.other_helper = make_user("helper", region_code=township)
        self.household = make_household(self.village, helper_id=self.other_helper.id)
        self.officer = make_user("village_officer", village_id=self.village.id)
        self.need = make_need(household=self.household, posted_by=self.officer)
        self.pending_need = make_need(village=self.village, status="pending", posted_by=self.officer,
                                      submitted_at=utcnow(), review_level=REVIEW_LEVEL.get(role, 0))
        self.organisation = make_organisation(verified=False, region_code=township[:6])


@pytest.fixture()
def setting(app, db):
    """Return a function building (world, outside, signed-in client) for a role."""

    def build(role: str):
        world = World()
        outside = Outside(world, role)
        client = app.test_client()
        user = world.user(role)
        assert client.post("/auth/login", data={"username": user.username, "password": PASSWORD}).status_code == 302
        return world, outside, client

    return build


def _refused_or_rerendered(response) -> bool:
    return response.status_code in (200, 400, 403, 404, 409)


# --- personal data and the registry --------------------------------------------------------------

@pytest.mark.parametrize("role", SCOPED_ROLES)
def test_personal_data_just_outside_the_scope_is_neither_shown_nor_logged_as_viewed(setting, db, role):
    _world, outside, client = setting(role)
    response = client.get(f"/registry/{outside.household.id}")
    assert response.status_code in REFUSED
    body = response.get_data(as_text=True)
    assert outside.household.head_name not in body and outside.household.id_number not in body
    views = db.session.scalar(select(func.count(AuditLog.id)).where(
        AuditLog.action == "household.view_personal", AuditLog.object_id == str(outside.household.id)))
    assert views == 0


@pytest.mark.parametrize("role", SCOPED_ROLES)
def test_a_household_just_outside_the_scope_cannot_be_edited_or_exited(setting, db, role):
    _world, outside, client = setting(role)
    household_id = outside.household.id
    before = (outside.household.head_name, outside.household.status, outside.household.village_id)
    response = client.post(f"/registry/{household_id}/edit", data={
        "village_id": outside.village.id, "head_name": "篡改者", "id_number": "520526198001010000",
        "members_count": 2, "attribute": "general", "main_cause": "illness", "registered_year": 2014,
        "helper_id": 0,
    })
    assert response.status_code in REFUSED
    assert client.post(f"/registry/{household_id}/exit").status_code in REFUSED
    db.session.expire_all()
    household = db.session.get(Household, household_id)
    assert (household.head_name, household.status, household.village_id) == before


@pytest.mark.parametrize("role", ["village_officer", "township_office", "county_office"])
def test_a_household_cannot_be_moved_out_of_the_scope_by_a_forged_village_field(setting, db, role):
    world, outside, client = setting(role)
    household = world.household
    response = client.post(f"/registry/{household.id}/edit", data={
        "village_id": outside.village.id, "head_name": household.head_name, "id_number": household.id_number,
        "members_count": 3, "attribute": "general", "main_cause": "illness", "registered_year": 2014,
        "helper_id": 0,
    })
    assert _refused_or_rerendered(response)
    db.session.expire_all()
    assert db.session.get(Household, household.id).village_id == world.village.id


# --- needs ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("role", ["township_office", "county_office"])
def test_a_pending_need_just_outside_the_scope_cannot_be_reviewed(setting, db, role):
    _world, outside, client = setting(role)
    need_id = outside.pending_need.id
    assert client.get(f"/review/{need_id}").status_code in REFUSED
    assert client.post(f"/review/{need_id}/approve").status_code in REFUSED
    assert client.post(f"/review/{need_id}/reject", data={"reason": "越权退回"}).status_code in REFUSED
    db.session.expire_all()
    need = db.session.get(Need, need_id)
    assert need.status == "pending" and need.review_level == REVIEW_LEVEL[role]
    assert db.session.scalar(select(func.count(ReviewRecord.id)).where(ReviewRecord.need_id == need_id)) == 0


@pytest.mark.parametrize("role", SCOPED_ROLES)
def test_a_need_just_outside_the_scope_cannot_be_managed_edited_or_closed(setting, db, role):
    _world, outside, client = setting(role)
    need_id = outside.need.id
    assert client.get(f"/work/needs/{need_id}").status_code in REFUSED
    response = client.post(f"/work/needs/{need_id}/edit", data={"title": "篡改的标题", "description": "x"})
    assert response.status_code in REFUSED
    assert client.post(f"/work/needs/{need_id}/close", data={"reason": "越权关闭"}).status_code in REFUSED
    db.session.expire_all()
    need = db.session.get(Need, need_id)
    assert need.status == "published" and need.title != "篡改的标题"


@pytest.mark.parametrize("role", ["village_officer", "helper"])
def test_a_need_cannot_be_posted_for_a_household_outside_the_scope_by_a_forged_field(setting, db, role):
    _world, outside, client = setting(role)
    before = db.session.scalar(select(func.count(Need.id)))
    response = client.post("/work/needs/new", data={
        "beneficiary": f"h{outside.household.id}", "category": "living", "kind": "goods",
        "title": "冬季棉衣被褥", "description": "越权代发", "quantity": "5", "unit": "件", "urgency": "1",
    })
    assert _refused_or_rerendered(response)
    assert db.session.scalar(select(func.count(Need.id))) == before
    assert db.session.scalar(select(func.count(Need.id)).where(Need.household_id == outside.household.id)) == 1


# --- organisations, staff accounts and the audit log (offices) ----------------------------------------

@pytest.mark.parametrize("role", OFFICE_ROLES)
def test_an_organisation_just_outside_the_scope_can_be_neither_seen_nor_verified(setting, db, role):
    _world, outside, client = setting(role)
    org_id = outside.organisation.id
    assert client.get(f"/account/organisations/{org_id}").status_code == 404
    response = client.post(f"/account/organisations/{org_id}/decision", data={"decision": "verify"})
    assert response.status_code == 404
    assert outside.organisation.name not in client.get("/account/organisations").get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Organisation, org_id).verification == "unverified"


@pytest.mark.parametrize("role", OFFICE_ROLES)
def test_no_staff_account_can_be_created_outside_the_scope_by_forged_region_or_village(setting, db, role):
    _world, outside, client = setting(role)
    before = db.session.scalar(select(func.count(User.id)))
    common = {"username": "forged01", "display_name": "越权账号", "password": "Spring-Rain-2024", "phone": "",
              "email": ""}
    attempts = [
        {"role": "helper", "region_code": OUTSIDE_TOWNSHIP[role]},
        {"role": "village_officer", "region_code": outside.village.code},
        {"role": "office", "office_level": "township", "region_code": OUTSIDE_TOWNSHIP[role]},
    ]
    for attempt in attempts:
        response = client.post("/account/staff/new", data={**common, **attempt})
        assert response.status_code == 200, attempt
        html = response.get_data(as_text=True)
        # A role one may not create is not among the choices: WTForms' own message, in Chinese (ZhForm).
        assert "不在您的管辖范围内" in html or "只能创建" in html or "不是有效的选择" in html, attempt
    assert db.session.scalar(select(func.count(User.id))) == before


@pytest.mark.parametrize("role", OFFICE_ROLES)
def test_a_staff_account_just_outside_the_scope_can_be_neither_listed_nor_disabled(setting, db, role):
    _world, outside, client = setting(role)
    officer_id = outside.officer.id
    assert outside.officer.username not in client.get("/account/staff").get_data(as_text=True)
    assert client.post(f"/account/staff/{officer_id}/active", data={"active": "0"}).status_code == 404
    db.session.expire_all()
    assert db.session.get(User, officer_id).is_active_account is True


@pytest.mark.parametrize("role", OFFICE_ROLES)
def test_audit_entries_just_outside_the_scope_stay_hidden_even_when_asked_for_by_region(setting, db, role):
    from app.services import audit

    _world, outside, client = setting(role)
    audit.record("household.view_personal", "household", "outside-marker", outside.village.code)
    audit.record("household.view_personal", "household", "inside-marker", TOWNSHIP + "001")
    db.session.commit()
    page = client.get("/account/audit").get_data(as_text=True)
    assert "inside-marker" in page and "outside-marker" not in page
    forged = client.get(f"/account/audit?region={outside.village.code}").get_data(as_text=True)
    assert "outside-marker" not in forged
    wide = client.get("/account/audit?region=5").get_data(as_text=True)
    assert "outside-marker" not in wide
