"""The donor's home (我的帮扶) and organisation pages: their figures against the rows that make them."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import Designation, Need, Pledge, Region
from tests.app.supply import sign_in


def _township_of(county_code: str) -> str:
    from app.extensions import db

    return db.session.scalar(
        select(Region.code).where(Region.parent_code == county_code).order_by(Region.code)
    )


def _figure(page: str, element_id: str) -> str:
    match = re.search(rf'id="{element_id}">([^<]*)<', page)
    assert match, element_id
    return match.group(1)


@pytest.fixture()
def giving(db, factory):
    """A donor's pledges in two categories and two provinces, in every state, and one of another donor."""
    donor = factory.make_user("donor")
    guizhou_need = factory.make_need(category="living", kind="goods", quantity=10, title="威宁的棉衣需求")
    yunnan_village = factory.make_village(_township_of("532622"))
    yunnan_need = factory.make_need(
        village=yunnan_village,
        category="education",
        kind="cash",
        quantity=5000,
        unit="元",
        title="砚山的助学需求",
    )
    pledges = {
        "completed": factory.make_pledge(guizhou_need, donor, quantity=3, status="completed"),
        "received": factory.make_pledge(yunnan_need, donor, quantity=500, status="received"),
        "pledged": factory.make_pledge(yunnan_need, donor, quantity=200, status="pledged"),
        "shipped": factory.make_pledge(guizhou_need, donor, quantity=1, status="shipped"),
        "cancelled": factory.make_pledge(guizhou_need, donor, quantity=2, status="cancelled"),
    }
    other = factory.make_pledge(yunnan_need, factory.make_user("donor"), quantity=700, status="completed")
    return {
        "donor": donor,
        "pledges": pledges,
        "other": other,
        "guizhou_need": guizhou_need,
        "yunnan_need": yunnan_need,
    }


def test_the_home_totals_equal_the_sums_of_the_donors_own_pledge_rows(client, db, giving):
    donor = giving["donor"]
    sign_in(client, donor)
    page = client.get("/my/").get_data(as_text=True)
    rows = db.session.execute(
        select(Pledge.status, Pledge.quantity, Need.kind)
        .join(Need, Pledge.need_id == Need.id)
        .where(Pledge.donor_id == donor.id)
    ).all()
    given = [r for r in rows if r.status in ("received", "completed")]
    cash = sum((r.quantity for r in given if r.kind == "cash"), Decimal(0))
    assert _figure(page, "total-given") == str(len(given)) == "2"
    assert _figure(page, "total-cash") == f"{cash:,.0f}" == "500"
    assert (
        _figure(page, "total-under-way") == str(sum(r.status in ("pledged", "shipped") for r in rows)) == "2"
    )


def test_the_home_splits_what_was_given_by_category_and_by_province(client, db, giving):
    sign_in(client, giving["donor"])
    page = client.get("/my/").get_data(as_text=True)
    by_category = page[page.index('id="by-category"') : page.index('id="by-province"')]
    by_province = page[page.index('id="by-province"') :]
    compact = re.sub(r"\s+", "", by_category)
    assert (
        '<td>教育助学</td><tdclass="text-end">1</td><tdclass="text-end">500</td><tdclass="text-end">0</td><tdclass="text-end">1</td>'
        in compact
    )
    assert (
        '<td>生活物资</td><tdclass="text-end">1</td><tdclass="text-end">0</td><tdclass="text-end">1</td><tdclass="text-end">1</td>'
        in compact
    )
    compact = re.sub(r"\s+", "", by_province)
    assert '<td>云南省</td><tdclass="text-end">1</td><tdclass="text-end">500</td>' in compact
    assert '<td>贵州省</td><tdclass="text-end">1</td><tdclass="text-end">0</td>' in compact


def test_the_home_lists_pledges_by_state_each_with_its_next_step(client, db, giving):
    sign_in(client, giving["donor"])
    page = client.get("/my/").get_data(as_text=True)
    pledges = giving["pledges"]
    for status in ("pledged", "shipped", "received", "completed", "cancelled"):
        assert f'id="state-{status}"' in page
    assert f'href="/pledges/{pledges["pledged"].id}">填写发货或交付信息' in page
    assert f'href="/pledges/{pledges["completed"].id}/certificate">查看荣誉证书' in page
    assert f'href="/needs/{giving["guizhou_need"].id}">查看需求' in page  # the cancelled one


def test_the_home_shows_thanks_addressed_to_the_donor_and_to_all_donors_of_a_need_it_delivered_to(
    client, db, factory, giving
):
    factory.make_feedback(giving["guizhou_need"], giving["pledges"]["completed"], text="谢谢您送来的棉衣")
    factory.make_feedback(giving["yunnan_need"], None, text="感谢各位爱心人士的助学款")
    factory.make_feedback(giving["yunnan_need"], giving["other"], text="专门感谢另一位捐赠人")
    sign_in(client, giving["donor"])
    page = client.get("/my/").get_data(as_text=True)
    assert "谢谢您送来的棉衣" in page and "感谢各位爱心人士的助学款" in page
    assert "专门感谢另一位捐赠人" not in page
    assert _figure(page, "total-thanks") == "2"


def test_each_pledge_row_names_its_need_its_unit_its_offer_and_the_needs_of_thanks_and_certificates(
    client, db, factory, giving
):
    donor, pledges = giving["donor"], giving["pledges"]
    offer = factory.make_offer(donor, title="我的助学资源")
    pledges["pledged"].offer_id = offer.id
    db.session.commit()
    factory.make_feedback(giving["guizhou_need"], pledges["completed"], text="谢谢您送来的棉衣")
    sign_in(client, donor)
    page = re.sub(r"\s+", " ", client.get("/my/").get_data(as_text=True))
    rows = page[page.index('id="my-pledges"'):page.index("我发布的帮扶资源")]
    yunnan = giving["yunnan_need"]
    assert f'<a href="/needs/{yunnan.id}">砚山的助学需求</a>' in rows
    assert "待送出 · 教育助学 ·" in rows and "来自资源“我的助学资源”" in rows
    assert "200 元" in rows and "3 件" in rows  # a cash need counts in 元, goods in the need's unit
    assert rows.count("来自资源") == 1
    certificates = page[page.index('h5 mt-4">荣誉证书'):]
    assert "威宁的棉衣需求 · 3 件" in certificates and "砚山的助学需求 · 500 元" in certificates
    thanks = page[page.index('h5 mt-4">收到的感谢'):page.index('h5 mt-4">荣誉证书')]
    assert "威宁的棉衣需求</div>" in thanks and "谢谢您送来的棉衣" in thanks


def test_the_home_lists_the_donors_offers_with_how_much_of_each_is_given(client, db, factory, giving):
    donor = giving["donor"]
    offer = factory.make_offer(donor, title="我的棉衣资源", quantity=50, remaining=46)
    giving["pledges"]["completed"].offer_id = offer.id
    db.session.commit()
    sign_in(client, donor)
    page = re.sub(r"\s+", "", client.get("/my/").get_data(as_text=True))
    assert "我的棉衣资源" in page
    assert '50件</td><tdclass="text-end">4</td><tdclass="text-end">3</td><tdclass="text-end">46</td>' in page


def test_the_home_and_the_organisation_page_show_each_offers_target_regions_or_anywhere(client, db, factory):
    org = factory.make_organisation("enterprise", name="区域测试公司")
    member = factory.make_user("org_member", organisation_id=org.id)
    factory.make_offer(member, title="面向两县的资源", regions=["532622", "520526"])
    factory.make_offer(member, title="不限地区的资源", status="paused")
    factory.make_offer(member, title="已撤回的资源", status="withdrawn")
    public = re.sub(r"\s+", " ", client.get(f"/orgs/{org.id}").get_data(as_text=True))
    sign_in(client, member)
    home = re.sub(r"\s+", " ", client.get("/my/").get_data(as_text=True))
    for page in (public, home):
        assert "面向两县的资源" in page and "贵州省威宁彝族回族苗族自治县" in page and "云南省砚山县" in page
    assert "不限地区的资源" in public and "已暂停" in public and '<td class="small">不限地区</td>' in public
    assert "不限地区的资源" in home and "已暂停" in home and '<div class="small text-muted">不限地区</div>' in home
    assert "已撤回的资源" in home and "已撤回的资源" not in public  # the donor sees all of its own offers


def test_the_home_of_a_donor_with_nothing_yet_invites_to_the_needs(client, db, login_as):
    login_as("donor")
    page = client.get("/my/").get_data(as_text=True)
    assert "还没有认领" in page and _figure(page, "total-given") == "0"


def _pledge_ids(page: str) -> list[int]:
    table = page[page.index('id="my-pledges"') : page.index("</table>", page.index('id="my-pledges"'))]
    return [int(i) for i in re.findall(r'href="/pledges/(\d+)"', table)]


def test_the_home_pages_the_donors_pledges_newest_first_without_skipping_or_repeating(client, db, factory):
    from app.services.donor import PLEDGES_PER_PAGE

    donor = factory.make_user("donor")
    need = factory.make_need(category="living", kind="goods", quantity=1000)
    made = [factory.make_pledge(need, donor, quantity=1).id for _ in range(PLEDGES_PER_PAGE + 5)]
    sign_in(client, donor)
    first = client.get("/my/").get_data(as_text=True)
    assert _pledge_ids(first) == sorted(made, reverse=True)[:PLEDGES_PER_PAGE]
    assert f"待送出（{len(made)}）" in first
    # A pledge made while the donor pages shows on the first page, and the next page still follows on.
    newer = factory.make_pledge(need, donor, quantity=1).id
    link = re.search(r'rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    second = client.get(link).get_data(as_text=True)
    assert _pledge_ids(second) == sorted(made, reverse=True)[PLEDGES_PER_PAGE:]
    assert 'rel="prev"' in second and newer in _pledge_ids(client.get("/my/").get_data(as_text=True))


def test_the_home_lists_one_state_when_asked_and_refuses_an_unknown_one(client, db, giving):
    sign_in(client, giving["donor"])
    page = client.get("/my/?state=shipped").get_data(as_text=True)
    assert _pledge_ids(page) == [giving["pledges"]["shipped"].id]
    response = client.get("/my/?state=nonsense")
    assert response.status_code == 400 and "认领状态无效" in response.get_data(as_text=True)
    assert client.get("/my/?after=not-a-cursor").status_code == 400


def test_the_workers_refresh_leaves_the_donors_figures_alone_and_a_named_refresh_recomputes_them(client, db, giving):
    from app.models import Figure
    from app.services import figures

    donor = giving["donor"]
    sign_in(client, donor)
    client.get("/my/")
    key = ("donor.home", str(donor.id))
    stored = db.session.get(Figure, key).computed_at
    figures.refresh()  # the worker's: one row per donor who ever opened the home would add up
    db.session.expire_all()
    assert db.session.get(Figure, key).computed_at == stored
    assert figures.count_pending() == figures.refresh()
    figures.refresh(["donor.home"])
    db.session.expire_all()
    assert db.session.get(Figure, key).computed_at > stored


def test_the_home_figures_follow_a_pledge_at_once_even_through_the_services_bulk_updates(client, db, giving):
    from app.models import Figure
    from app.services import pledges as pledge_service

    donor = giving["donor"]
    sign_in(client, donor)
    assert _figure(client.get("/my/").get_data(as_text=True), "total-under-way") == "2"
    assert db.session.get(Figure, ("donor.home", str(donor.id))) is not None  # stored, not recomputed per page
    record = giving["pledges"]["pledged"]
    assert pledge_service.release(record, "cancelled", actor=donor)  # a conditional UPDATE, not a flush
    db.session.commit()
    page = client.get("/my/").get_data(as_text=True)
    assert _figure(page, "total-under-way") == "1" and "已取消（2）" in page
    # A rolled-back change drops nothing.
    db.session.expire_all()
    before = db.session.get(Figure, ("donor.home", str(donor.id))).computed_at
    giving["pledges"]["shipped"].status = "received"
    db.session.flush()
    db.session.rollback()
    db.session.expire_all()
    assert db.session.get(Figure, ("donor.home", str(donor.id))).computed_at == before


@pytest.mark.parametrize("role", ["office", "village_officer", "helper"])
def test_the_home_is_for_donors_and_organisation_members_only(client, db, login_as, role):
    login_as(role)
    assert client.get("/my/").status_code == 403


def test_a_visitor_is_asked_to_sign_in_for_the_home(client, db):
    assert client.get("/my/").status_code == 302


# --- organisation pages ----------------------------------------------------------------------------------


def test_the_organisation_page_counts_pledges_deliveries_confirmations_cash_and_thanks_from_its_rows(
    client, db, factory
):
    org = factory.make_organisation("enterprise", name="黔货出山商贸公司")
    member = factory.make_user("org_member", organisation_id=org.id)
    goods = factory.make_need(quantity=20)
    cash = factory.make_need(kind="cash", category="education", quantity=9000, unit="元")
    shipped = factory.make_pledge(goods, member, quantity=2, status="shipped")
    factory.make_pledge(goods, member, quantity=3, status="received")
    completed = factory.make_pledge(cash, member, quantity=800, status="completed")
    factory.make_pledge(goods, member, quantity=1, status="cancelled")
    factory.make_pledge(
        goods, factory.make_user("donor"), quantity=4, status="completed"
    )  # not the organisation's
    factory.make_feedback(cash, completed, text="感谢企业的助学款")
    factory.make_offer(member, title="企业的帮扶资源")
    page = client.get(f"/orgs/{org.id}").get_data(as_text=True)
    assert "黔货出山商贸公司" in page and "企业的帮扶资源" in page and "感谢企业的助学款" in page
    statuses = db.session.scalars(select(Pledge.status).where(Pledge.organisation_id == org.id)).all()
    assert (
        _figure(page, "fig-pledges") == str(sum(s not in ("cancelled", "expired") for s in statuses)) == "3"
    )
    assert _figure(page, "fig-delivered") == "3"
    assert _figure(page, "fig-confirmed") == "2"
    assert _figure(page, "fig-cash") == "800"
    assert _figure(page, "fig-needs") == "2"
    assert _figure(page, "fig-thanks") == "1"
    assert shipped.need.title in page


def test_the_organisation_page_pages_its_active_pledges_newest_first(client, db, factory):
    from app.services.donor import PLEDGES_PER_PAGE

    org = factory.make_organisation("enterprise", name="分页测试公司")
    member = factory.make_user("org_member", organisation_id=org.id)
    needs = [factory.make_need(quantity=100, title=f"分页需求{i:02d}") for i in range(PLEDGES_PER_PAGE + 3)]
    for need in needs:
        factory.make_pledge(need, member, quantity=1)
    factory.make_pledge(factory.make_need(quantity=5, title="已取消的那条"), member, quantity=1, status="cancelled")
    first = client.get(f"/orgs/{org.id}").get_data(as_text=True)
    shown = re.findall(r"分页需求(\d\d)", first)
    assert shown == [f"{i:02d}" for i in range(len(needs) - 1, 2, -1)]  # the newest PLEDGES_PER_PAGE
    link = re.search(r'rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    assert link.startswith(f"/orgs/{org.id}?")
    second = client.get(link).get_data(as_text=True)
    assert re.findall(r"分页需求(\d\d)", second) == ["02", "01", "00"] and "已取消的那条" not in second + first
    assert client.get(f"/orgs/{org.id}?before=garbage").status_code == 400


def test_an_unverified_organisation_has_no_public_page(client, db, factory):
    org = factory.make_organisation(verified=False)
    assert client.get(f"/orgs/{org.id}").status_code == 404


def test_the_organisation_list_filters_by_kind(client, db, factory):
    factory.make_organisation("gov_unit", name="某部委定点扶贫办")
    factory.make_organisation("enterprise", name="某企业集团")
    page = client.get("/orgs/?kind=gov_unit").get_data(as_text=True)
    assert "某部委定点扶贫办" in page and "某企业集团" not in page


def test_a_paired_region_page_lists_its_cooperation_projects(client, db, factory):
    org = factory.make_organisation("paired_region", region_code="31")
    factory.make_project(org, "532622", title="砚山县协作项目")
    assert "砚山县协作项目" in client.get(f"/orgs/{org.id}").get_data(as_text=True)


# --- 定点扶贫 -----------------------------------------------------------------------------------------------


def test_an_admin_links_a_gov_unit_to_a_county_and_the_page_shows_what_it_did_there(
    client, db, factory, login_as
):
    unit = factory.make_organisation("gov_unit", region_code="11", name="某中央单位")
    member = factory.make_user("org_member", organisation_id=unit.id)
    factory.make_pledge(
        factory.make_need(kind="cash", category="education", quantity=5000, unit="元"),
        member,
        quantity=1200,
        status="completed",
    )  # in 威宁 520526
    factory.make_pledge(
        factory.make_need(village=factory.make_village(_township_of("532622"))),
        member,
        quantity=1,
        status="completed",
    )  # elsewhere
    login_as("admin")
    response = client.post(
        f"/orgs/{unit.id}/designated", data={"county_code": "520526", "since_year": "2015"}
    )
    assert response.status_code == 302
    assert db.session.scalar(select(Designation)).county_code == "520526"
    page = re.sub(r"\s+", "", client.get(f"/orgs/{unit.id}/designated").get_data(as_text=True))
    assert "威宁彝族回族苗族自治县" in page and "2015年起定点帮扶" in page
    assert "确认签收<strong>1</strong>" in page and "资金到位<strong>1,200</strong>元" in page


@pytest.mark.parametrize("code, message", [("5205", "请继续选择到县一级"), ("999999", "不存在"), ("abc", "不存在")])
def test_a_designation_needs_a_real_county_code(client, db, factory, login_as, code, message):
    unit = factory.make_organisation("gov_unit", region_code="11")
    login_as("admin")
    response = client.post(f"/orgs/{unit.id}/designated", data={"county_code": code})
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Designation.id))) == 0


def test_an_office_may_link_only_counties_inside_its_region(client, db, factory, login_as):
    unit = factory.make_organisation("gov_unit", region_code="11")
    login_as("office", office_level="county", region_code="520526")
    assert client.post(f"/orgs/{unit.id}/designated", data={"county_code": "520527"}).status_code == 403
    assert client.post(f"/orgs/{unit.id}/designated", data={"county_code": "520526"}).status_code == 302
    assert db.session.scalars(select(Designation.county_code)).all() == ["520526"]


def test_a_donor_may_not_link_designated_counties(client, db, factory, login_as):
    unit = factory.make_organisation("gov_unit", region_code="11")
    login_as("donor")
    assert client.post(f"/orgs/{unit.id}/designated", data={"county_code": "520526"}).status_code == 403
    assert db.session.scalar(select(func.count(Designation.id))) == 0


def test_only_gov_units_have_a_designated_counties_page(client, db, factory):
    assert client.get(f"/orgs/{factory.make_organisation('enterprise').id}/designated").status_code == 404
