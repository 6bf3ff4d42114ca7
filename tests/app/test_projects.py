"""Cooperation projects through the real forms: pairing rule, progress updates, confirmation, pages."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from PIL import Image
from sqlalchemy import func, select

from app.models import AuditLog, CooperationProject, Notification, Photo, ProjectUpdate
from app.models._types import utcnow
from tests.app.supply import project_form, sign_in

SHANGHAI = "31"
YANSHAN = "532622"  # 砚山县, 文山州, 云南省: 云南 is paired with 上海
WEINING = "520526"  # 威宁县, 毕节市, 贵州省: not paired with 上海


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (20, 140, 60)).save(out, "PNG")
    return out.getvalue()


def _project_count(db) -> int:
    return db.session.scalar(select(func.count(CooperationProject.id)))


@pytest.fixture()
def shanghai(factory):
    """Return a verified paired_region organisation of 上海市."""
    return factory.make_organisation("paired_region", region_code=SHANGHAI, name="上海市对口帮扶办")


@pytest.fixture()
def member(login_as, shanghai):
    """Sign in a member of the 上海 organisation."""
    return login_as("org_member", organisation_id=shanghai.id)


# --- the pairing rule ------------------------------------------------------------------------------------


def test_a_paired_region_member_posts_a_project_for_a_county_of_a_paired_region(client, db, member):
    response = client.post("/projects/new", data=project_form(county_code=YANSHAN))
    assert response.status_code == 302
    project = db.session.scalar(select(CooperationProject))
    assert (project.helper_region_code, project.recipient_region_code) == (SHANGHAI, YANSHAN)
    assert (project.status, project.budget, project.year) == ("planned", Decimal(2000000), 2019)
    assert db.session.scalar(select(AuditLog).where(AuditLog.action == "project.post")) is not None


def test_a_project_for_an_unpaired_county_is_refused_with_the_reason_and_nothing_is_stored(
    client, db, member
):
    response = client.post("/projects/new", data=project_form(county_code=WEINING))
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "不是东西部扶贫协作结对关系" in page and "威宁" in page
    assert "云南省" in page  # the reason names where the organisation may post
    assert _project_count(db) == 0


def test_a_prefecture_recipient_pairing_covers_its_counties_only(client, db, member):
    # 上海 is paired with 遵义市 (5203) in 贵州 but not with the rest of 贵州.
    assert client.post("/projects/new", data=project_form(county_code="520324")).status_code == 302
    assert client.post("/projects/new", data=project_form(county_code=WEINING)).status_code == 400
    assert _project_count(db) == 1


def test_an_enterprise_member_may_not_post_a_cooperation_project(client, db, factory, login_as):
    login_as("org_member", organisation_id=factory.make_organisation("enterprise").id)
    response = client.post("/projects/new", data=project_form())
    assert response.status_code == 403 and "东部协作省市" in response.get_data(as_text=True)
    assert _project_count(db) == 0


def test_a_member_of_an_unverified_paired_region_may_not_post(client, db, factory, login_as):
    org = factory.make_organisation("paired_region", verified=False, region_code=SHANGHAI)
    login_as("org_member", organisation_id=org.id)
    assert client.post("/projects/new", data=project_form()).status_code == 403
    assert _project_count(db) == 0


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("county_code", "999999", "不存在"),
        ("county_code", "5326", "请继续选择到县一级"),  # a prefecture, not a county
        ("county_code", "abc", "不存在"),
        ("budget", "-5", "必须大于0"),
        ("budget", "0", "必须大于0"),
        ("budget", "1e12", "不能超过"),
        ("budget", "many", "必须是数字"),
        ("year", "1999", "年度应在"),
        ("year", "2099", "年度应在"),
        ("category", "gold", "帮扶类别"),
        ("title", "短", "项目名称应为"),
        ("beneficiaries_count", "-3", "受益人数"),
    ],
)
def test_bad_project_input_is_a_form_error_and_stores_nothing(client, db, member, field, value, message):
    response = client.post("/projects/new", data=project_form(**{field: value}))
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert _project_count(db) == 0


# --- progress updates and their confirmation -------------------------------------------------------------


def test_the_member_reports_progress_with_photos_and_it_waits_for_the_recipient_office(
    client, db, factory, shanghai, member
):
    project = factory.make_project(shanghai, YANSHAN, budget=1000000)
    office = factory.make_office("county", YANSHAN)
    response = client.post(
        f"/projects/{project.id}/updates/new",
        data={
            "text": "完成大棚基础建设40个。",
            "amount_spent": "300000",
            "photos": [(io.BytesIO(_png()), "a.png"), (io.BytesIO(_png()), "b.png")],
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    update = db.session.scalar(select(ProjectUpdate))
    assert (update.amount_spent, update.confirmed_at) == (Decimal(300000), None)
    assert len(update.photos) == 2
    assert (
        db.session.scalar(select(Notification).where(Notification.kind == "project.update")).user_id
        == office.id
    )
    client.post("/auth/logout")
    public = client.get(f"/projects/{project.id}").get_data(as_text=True)
    assert "完成大棚基础建设40个" not in public
    assert client.get(f"/projects/photos/{update.photos[0].id}").status_code == 404


def test_the_recipient_county_office_confirms_an_update_and_the_public_then_sees_it(
    client, db, factory, shanghai
):
    project = factory.make_project(shanghai, YANSHAN, budget=1000000)
    poster = factory.make_user("org_member", organisation_id=shanghai.id)
    update = ProjectUpdate(
        project_id=project.id,
        text="完成大棚基础建设40个。",
        amount_spent=Decimal(300000),
        posted_by_id=poster.id,
    )
    update.photos = [Photo(stored_name="p1.png", content_type="image/png", size_bytes=3)]
    db.session.add(update)
    db.session.commit()
    office = factory.make_office("county", YANSHAN)
    sign_in(client, office)
    assert "完成大棚基础建设40个" in client.get("/projects/office").get_data(as_text=True)
    assert client.post(f"/projects/updates/{update.id}/confirm").status_code == 302
    db.session.refresh(update)
    db.session.refresh(project)
    assert update.confirmed_by_id == office.id and update.confirmed_at is not None
    assert (project.spent, project.status) == (Decimal(300000), "in_progress")
    note = db.session.scalar(select(Notification).where(Notification.kind == "project.confirmed"))
    assert note.user_id == poster.id
    client.post("/auth/logout")
    public = client.get(f"/projects/{project.id}").get_data(as_text=True)
    assert "完成大棚基础建设40个" in public and "300,000" in public


def test_a_province_office_of_the_recipient_side_may_confirm_too(client, db, factory, shanghai):
    project = factory.make_project(shanghai, YANSHAN)
    update = ProjectUpdate(
        project_id=project.id, text="进展说明文字", amount_spent=Decimal(1), posted_by_id=project.posted_by_id
    )
    db.session.add(update)
    db.session.commit()
    sign_in(client, factory.make_office("province", "53"))
    client.post(f"/projects/updates/{update.id}/confirm")
    db.session.refresh(update)
    assert update.confirmed_at is not None


def test_an_office_of_another_region_cannot_confirm_an_update(client, db, factory, shanghai):
    project = factory.make_project(shanghai, YANSHAN)
    update = ProjectUpdate(
        project_id=project.id, text="进展说明文字", amount_spent=Decimal(1), posted_by_id=project.posted_by_id
    )
    db.session.add(update)
    db.session.commit()
    sign_in(client, factory.make_office("county", WEINING))
    assert "进展说明文字" not in client.get("/projects/office").get_data(as_text=True)
    assert client.post(f"/projects/updates/{update.id}/confirm").status_code == 404
    db.session.refresh(update)
    assert update.confirmed_at is None


def test_the_helper_side_cannot_confirm_its_own_update(client, db, factory, shanghai, member):
    project = factory.make_project(shanghai, YANSHAN)
    update = ProjectUpdate(
        project_id=project.id, text="进展说明文字", amount_spent=Decimal(1), posted_by_id=member.id
    )
    db.session.add(update)
    db.session.commit()
    assert client.post(f"/projects/updates/{update.id}/confirm").status_code == 403
    db.session.refresh(update)
    assert update.confirmed_at is None


def test_an_update_is_confirmed_only_once(client, db, factory, shanghai):
    project = factory.make_project(shanghai, YANSHAN)
    update = ProjectUpdate(
        project_id=project.id, text="进展说明文字", amount_spent=Decimal(1), posted_by_id=project.posted_by_id
    )
    db.session.add(update)
    db.session.commit()
    sign_in(client, factory.make_office("county", YANSHAN))
    client.post(f"/projects/updates/{update.id}/confirm")
    response = client.post(f"/projects/updates/{update.id}/confirm", follow_redirects=True)
    assert "已经确认过了" in response.get_data(as_text=True)
    assert (
        db.session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "project.confirm_update"))
        == 1
    )


def test_a_confirmed_photo_is_public_once_its_update_is_confirmed(client, db, factory, shanghai, member):
    project = factory.make_project(shanghai, YANSHAN)
    client.post(
        f"/projects/{project.id}/updates/new",
        data={
            "text": "完成道路硬化三公里。",
            "amount_spent": "10",
            "photos": [(io.BytesIO(_png()), "a.png")],
        },
        content_type="multipart/form-data",
    )
    photo = db.session.scalar(select(Photo))
    assert client.get(f"/projects/photos/{photo.id}").status_code == 200  # the poster's side sees it at once
    client.post("/auth/logout")
    other = client.application.test_client()
    sign_in(other, factory.make_office("county", YANSHAN))
    other.post(f"/projects/updates/{photo.project_update_id}/confirm")
    response = client.get(f"/projects/photos/{photo.id}")
    assert response.status_code == 200 and response.mimetype == "image/png"


@pytest.mark.parametrize(
    "amount, message",
    [
        ("-1", "不能为负数"),
        ("2000000", "不能超过项目预算（1000000元）"),
        ("50", "不能少于上次报告"),
        ("abc", "必须是数字"),
    ],
)
def test_a_bad_cumulative_amount_is_a_form_error_and_stores_nothing(
    client, db, factory, shanghai, member, amount, message
):
    project = factory.make_project(shanghai, YANSHAN, budget=1000000)
    db.session.add(
        ProjectUpdate(
            project_id=project.id, text="上次的进展", amount_spent=Decimal(100), posted_by_id=member.id
        )
    )
    db.session.commit()
    response = client.post(
        f"/projects/{project.id}/updates/new", data={"text": "本次进展说明", "amount_spent": amount}
    )
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(ProjectUpdate.id))) == 1


def test_a_file_that_is_not_an_image_is_refused_and_nothing_is_stored(client, db, factory, shanghai, member):
    project = factory.make_project(shanghai, YANSHAN)
    response = client.post(
        f"/projects/{project.id}/updates/new",
        data={
            "text": "完成道路硬化三公里。",
            "amount_spent": "10",
            "photos": [(io.BytesIO(b"not an image"), "a.png")],
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 400 and "不是有效的图片" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(ProjectUpdate.id))) == 0


def test_a_member_of_another_organisation_cannot_report_progress(client, db, factory, shanghai, login_as):
    project = factory.make_project(shanghai, YANSHAN)
    other = factory.make_organisation("paired_region", region_code=SHANGHAI)
    login_as("org_member", organisation_id=other.id)
    response = client.post(
        f"/projects/{project.id}/updates/new", data={"text": "冒名的进展说明", "amount_spent": "1"}
    )
    assert response.status_code == 403
    assert db.session.scalar(select(func.count(ProjectUpdate.id))) == 0


# --- project states --------------------------------------------------------------------------------------


def test_the_member_starts_completes_a_project_and_can_no_longer_report(
    client, db, factory, shanghai, member
):
    project = factory.make_project(shanghai, YANSHAN)
    client.post(f"/projects/{project.id}/start")
    db.session.refresh(project)
    assert project.status == "in_progress"
    client.post(f"/projects/{project.id}/complete")
    db.session.refresh(project)
    assert project.status == "completed"
    response = client.post(
        f"/projects/{project.id}/updates/new", data={"text": "完工后的进展", "amount_spent": "1"}
    )
    assert response.status_code == 400 and "已完工" in response.get_data(as_text=True)


def test_a_planned_project_cannot_be_completed_without_starting(client, db, factory, shanghai, member):
    project = factory.make_project(shanghai, YANSHAN)
    response = client.post(f"/projects/{project.id}/complete", follow_redirects=True)
    assert "不能完工" in response.get_data(as_text=True)
    db.session.refresh(project)
    assert project.status == "planned"


def test_the_member_cancels_a_project(client, db, factory, shanghai, member):
    project = factory.make_project(shanghai, YANSHAN)
    client.post(f"/projects/{project.id}/cancel")
    db.session.refresh(project)
    assert project.status == "cancelled"


# --- public pairing pages --------------------------------------------------------------------------------


def test_the_pairing_page_sums_budgets_and_confirmed_spending_by_year(client, db, factory, shanghai):
    a = factory.make_project(
        shanghai, YANSHAN, title="二〇一八年的项目", year=2018, budget=1000000, beneficiaries_count=100
    )
    b = factory.make_project(
        shanghai, "530102", title="二〇一九年的项目甲", year=2019, budget=500000, beneficiaries_count=20
    )
    factory.make_project(
        shanghai, "530103", title="二〇一九年的项目乙", year=2019, budget=300000, beneficiaries_count=30
    )
    factory.make_project(shanghai, "520324", title="遵义的项目", year=2019, budget=999)
    for project, amount, confirmed in ((a, 400000, True), (b, 100000, True), (b, 200000, False)):
        db.session.add(
            ProjectUpdate(
                project_id=project.id,
                text="进展",
                amount_spent=Decimal(amount),
                posted_by_id=project.posted_by_id,
                confirmed_at=utcnow() if confirmed else None,
            )
        )
    db.session.commit()
    page = client.get("/projects/pairings/31-53").get_data(as_text=True)
    assert "上海市 → 云南省" in page
    assert "遵义的项目" not in page
    assert (
        '2019年 <small class="text-muted">2 个项目 · 预算 800,000 元 · 已投入 100,000 元（12%）· 受益 50 人'
        in page
    )
    assert (
        '2018年 <small class="text-muted">1 个项目 · 预算 1,000,000 元 · 已投入 400,000 元（40%）· 受益 100 人'
        in page
    )


def test_the_pairings_overview_links_every_pairing(client, db):
    page = client.get("/projects/pairings").get_data(as_text=True)
    assert "/projects/pairings/31-53" in page and "上海市 → 云南省" in page


def test_an_unknown_pairing_is_not_found(client, db):
    assert client.get("/projects/pairings/31-52").status_code == 404


def test_the_public_project_page_shows_the_photos_of_confirmed_updates_only(client, db, factory, shanghai):
    project = factory.make_project(shanghai, YANSHAN)
    for text, confirmed, name in (("已确认的进展", True, "c.png"), ("未确认的进展", False, "u.png")):
        entry = ProjectUpdate(
            project_id=project.id,
            text=text,
            amount_spent=Decimal(1),
            posted_by_id=project.posted_by_id,
            confirmed_at=utcnow() if confirmed else None,
        )
        entry.photos = [Photo(stored_name=name, content_type="image/png", size_bytes=3)]
        db.session.add(entry)
    db.session.commit()
    page = client.get(f"/projects/{project.id}").get_data(as_text=True)
    confirmed, unconfirmed = db.session.scalars(select(Photo).order_by(Photo.id)).all()
    assert f"/projects/photos/{confirmed.id}" in page and f"/projects/photos/{unconfirmed.id}" not in page
    assert f"/orgs/{shanghai.id}" in page


def test_the_recipient_office_returns_an_update_with_a_reason_and_the_poster_is_told(
    client, db, factory, shanghai
):
    project = factory.make_project(shanghai, YANSHAN)
    update = ProjectUpdate(
        project_id=project.id,
        text="金额有误的进展",
        amount_spent=Decimal(5),
        posted_by_id=project.posted_by_id,
    )
    db.session.add(update)
    db.session.commit()
    update_id = update.id
    sign_in(client, factory.make_office("county", YANSHAN))
    response = client.post(f"/projects/updates/{update_id}/return", data={"reason": "金额与票据不符，请核实"})
    assert response.status_code == 302
    assert db.session.get(ProjectUpdate, update_id) is None
    note = db.session.scalar(select(Notification).where(Notification.kind == "project.returned"))
    assert note.user_id == project.posted_by_id and "金额与票据不符" in note.message
    entry = db.session.scalar(select(AuditLog).where(AuditLog.action == "project.return_update"))
    assert entry.detail["text"] == "金额有误的进展"


def test_returning_an_update_needs_a_reason_and_keeps_the_update(client, db, factory, shanghai):
    project = factory.make_project(shanghai, YANSHAN)
    update = ProjectUpdate(
        project_id=project.id, text="进展说明", amount_spent=Decimal(5), posted_by_id=project.posted_by_id
    )
    db.session.add(update)
    db.session.commit()
    sign_in(client, factory.make_office("county", YANSHAN))
    response = client.post(f"/projects/updates/{update.id}/return", data={"reason": ""})
    assert response.status_code == 400 and "请填写退回理由" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(ProjectUpdate.id))) == 1


def test_a_confirmed_update_cannot_be_returned(client, db, factory, shanghai):
    project = factory.make_project(shanghai, YANSHAN)
    update = ProjectUpdate(
        project_id=project.id,
        text="进展说明",
        amount_spent=Decimal(5),
        posted_by_id=project.posted_by_id,
        confirmed_at=utcnow(),
    )
    db.session.add(update)
    db.session.commit()
    sign_in(client, factory.make_office("county", YANSHAN))
    response = client.post(f"/projects/updates/{update.id}/return", data={"reason": "想退回"})
    assert response.status_code == 400 and "已经确认" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(ProjectUpdate.id))) == 1


def test_an_office_of_another_region_cannot_return_an_update(client, db, factory, shanghai):
    project = factory.make_project(shanghai, YANSHAN)
    update = ProjectUpdate(
        project_id=project.id, text="进展说明", amount_spent=Decimal(5), posted_by_id=project.posted_by_id
    )
    db.session.add(update)
    db.session.commit()
    sign_in(client, factory.make_office("county", WEINING))
    assert client.post(f"/projects/updates/{update.id}/return", data={"reason": "想退回"}).status_code == 404
    assert db.session.scalar(select(func.count(ProjectUpdate.id))) == 1
