"""Registry lists for staff: real names in scope (audited), search by name and ID, filters, sorting, pages."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from app.crypto import cipher, normalise_name
from app.extensions import db
from app.models import AuditLog, Household
from app.services import registry_query
from tests.app.needlife import id_number


def _views(via: str | None = None) -> int:
    stmt = select(func.count(AuditLog.id)).where(AuditLog.action == "household.view_personal")
    if via:
        stmt = stmt.where(AuditLog.detail["via"].as_string() == via)
    return db.session.scalar(stmt)


def _listed_ids(page_html: str) -> list[int]:
    return [int(x) for x in re.findall(r'href="/registry/(\d+)"', page_html)]


def test_staff_in_scope_see_real_names_where_the_public_sees_two_identical_masks(client, factory, login_as):
    village = factory.make_village()
    first = factory.make_household(village, head_name="李四军")
    second = factory.make_household(village, head_name="李五军")
    assert first.head_name_masked == second.head_name_masked == "李*军"
    login_as("office", office_level="county")
    page = client.get("/registry/").get_data(as_text=True)
    assert "李四军" in page and "李五军" in page
    assert _views("registry.index") == 2


def test_search_by_whole_name_finds_only_that_household_and_ignores_spacing_and_width(client, factory, login_as):
    village = factory.make_village()
    wanted = factory.make_household(village, head_name="李四军")
    factory.make_household(village, head_name="李五军")
    login_as("office", office_level="county")
    for typed in ("李四军", " 李 四军 ", "李四军　"):
        assert _listed_ids(client.get("/registry/", query_string={"q": typed}).get_data(as_text=True)) == [wanted.id]
    assert _listed_ids(client.get("/registry/?q=李四").get_data(as_text=True)) == []  # whole names only


def test_the_name_index_is_a_keyed_hash_distinct_from_the_id_fingerprint(app, db):
    index = cipher().name_index("阿依古丽·买买提")
    assert index == cipher().name_index("阿依古丽.买买提") == cipher().name_index("阿依古丽 买买提")
    assert normalise_name("ＡＢＣ 李") == "abc李"
    assert "阿依古丽" not in index and len(index) == 64
    assert cipher().name_index("520526198001010011") != cipher().fingerprint("520526198001010011")
    assert cipher().name_index("") is None


def test_search_by_id_number_uses_the_fingerprint(client, factory, login_as):
    village = factory.make_village()
    wanted = factory.make_household(village, id_number=id_number(41))
    factory.make_household(village, id_number=id_number(42))
    login_as("office", office_level="county")
    assert _listed_ids(client.get(f"/registry/?q={id_number(41).lower()}").get_data(as_text=True)) == [wanted.id]


def test_search_never_reaches_outside_the_scope(client, factory, login_as):
    other = factory.make_household(factory.make_village(factory.OTHER_TOWNSHIP), head_name="赵六强",
                                   id_number=id_number(51))
    login_as("office", office_level="county")
    for q in ("赵六强", id_number(51)):
        page = client.get("/registry/", query_string={"q": q}).get_data(as_text=True)
        assert _listed_ids(page) == [] and ">赵六强</a>" not in page
    assert other.id and _views() == 0


def test_editing_the_name_keeps_the_index_current(client, factory, login_as):
    officer = login_as("village_officer")
    household = factory.make_household(db.session.get(type(officer.village), officer.village_id),
                                       head_name="王建国", id_number=id_number(61))
    form = {"village_id": str(officer.village_id), "head_name": "王建军", "id_number": id_number(61),
            "members_count": "3", "attribute": "general", "main_cause": "illness", "registered_year": "2014",
            "helper_id": "0"}
    assert client.post(f"/registry/{household.id}/edit", data=form).status_code == 302
    assert _listed_ids(client.get("/registry/?q=王建军").get_data(as_text=True)) == [household.id]
    assert _listed_ids(client.get("/registry/?q=王建国").get_data(as_text=True)) == []


def test_filters_by_village_region_status_cause_attribute_and_helper(client, factory, login_as):
    village, neighbour = factory.make_village(), factory.make_village()
    helper = factory.make_user("helper", region_code=factory.TOWNSHIP)
    sick = factory.make_household(village, main_cause="illness", attribute="minimum_living", helper_id=helper.id)
    unskilled = factory.make_household(village, main_cause="lack_funds", other_causes=["lack_skills"])
    exited = factory.make_household(neighbour, main_cause="lack_skills", status="exited")
    login_as("office", office_level="county")

    def ids(**args):
        return sorted(_listed_ids(client.get("/registry/", query_string=args).get_data(as_text=True)))

    assert ids(village_id=village.id) == sorted([sick.id, unskilled.id])
    assert ids(region=neighbour.code) == [exited.id]
    assert ids(region=factory.TOWNSHIP) == sorted([sick.id, unskilled.id, exited.id])
    assert ids(status="exited") == [exited.id]
    assert ids(cause="lack_skills") == sorted([unskilled.id, exited.id])  # main or other cause
    assert ids(attribute="minimum_living") == [sick.id]
    assert ids(helper=helper.id) == [sick.id]
    assert ids(helper="none") == sorted([unskilled.id, exited.id])


def test_bad_filters_answer_a_chinese_error_and_show_nothing(client, factory, login_as):
    factory.make_household(factory.make_village())
    login_as("office", office_level="county")
    for args, message in (({"page": "abc"}, "页码应为"), ({"per_page": "5000"}, "每页条数应为"),
                          ({"sort": "name"}, "排序方式无效"), ({"status": "gone"}, "状态无效"),
                          ({"region": "52x"}, "地区代码应为"),
                          ({"region": factory.OTHER_TOWNSHIP}, "所选地区不在您的管辖范围内")):
        response = client.get("/registry/", query_string=args)
        page = response.get_data(as_text=True)
        assert response.status_code == 400 and message in page and _listed_ids(page) == [], args
    assert _views() == 0


def test_sorting_by_income_orders_the_list(client, factory, login_as):
    village = factory.make_village()
    low = factory.make_household(village, income_per_capita=1000)
    high = factory.make_household(village, income_per_capita=3000)
    middle = factory.make_household(village, income_per_capita=2000)
    login_as("office", office_level="county")
    assert _listed_ids(client.get("/registry/?sort=-income").get_data(as_text=True)) == [high.id, middle.id, low.id]
    assert _listed_ids(client.get("/registry/?sort=income").get_data(as_text=True)) == [low.id, middle.id, high.id]


def test_editing_the_causes_moves_the_household_between_cause_filters(client, factory, login_as):
    officer = login_as("village_officer")
    village = db.session.get(type(officer.village), officer.village_id)
    household = factory.make_household(village, main_cause="illness", other_causes=["lack_funds"],
                                       id_number=id_number(62))
    form = {"village_id": str(officer.village_id), "head_name": "王建军", "id_number": id_number(62),
            "members_count": "3", "attribute": "general", "main_cause": "disaster",
            "other_causes": ["lack_water"],
            "registered_year": "2014", "helper_id": "0"}

    def listed(cause):
        return _listed_ids(client.get(f"/registry/?cause={cause}").get_data(as_text=True))

    assert (listed("illness"), listed("lack_funds")) == ([household.id], [household.id])
    assert listed("disaster") == []
    assert client.post(f"/registry/{household.id}/edit", data=form).status_code == 302
    assert (listed("illness"), listed("lack_funds")) == ([], [])
    assert (listed("disaster"), listed("lack_water")) == ([household.id], [household.id])


def _bulk_households(village, count: int, first: int = 0) -> list[int]:
    households = []
    for n in range(first, first + count):
        birth = f"19{50 + n // 1000 % 50}0101"  # a thousand sequence numbers per birth date
        household = Household(village_id=village.id, id_number=id_number(n, birth=birth), members_count=2,
                              main_cause="illness", registered_year=2014 + n % 5, status="registered",
                              income_per_capita=(n * 7919) % 5000)
        household.id_fingerprint = cipher().fingerprint(household.id_number)
        household.set_head_name(f"张{n:04d}")
        households.append(household)
    db.session.add_all(households)
    db.session.commit()
    return [h.id for h in households]


def test_every_one_of_3000_households_is_reachable_exactly_once_page_by_page(client, factory, login_as):
    villages = [factory.make_village(), factory.make_village()]
    all_ids = _bulk_households(villages[0], 1800) + _bulk_households(villages[1], 1200, first=1800)
    login_as("office", office_level="national")
    for sort in ("village", "-income"):
        seen: list[int] = []
        page_number = 1
        while True:
            html = client.get("/registry/", query_string={"page": page_number, "per_page": 200,
                                                          "sort": sort}).get_data(as_text=True)
            ids = _listed_ids(html)
            if not ids:
                break
            seen.extend(ids)
            page_number += 1
        assert "约 3000 户" in html and "数据更新于" in html  # a national list counts from registry.counts
        assert len(seen) == 3000 and sorted(seen) == sorted(all_ids), sort
        assert page_number - 1 == 15


def test_a_wide_list_counts_from_the_figure_and_still_reaches_rows_added_since(app, db, factory):
    village = factory.make_village()
    _bulk_households(village, 60)
    admin, county = factory.make_user("admin"), factory.make_user("office", office_level="county")
    first = registry_query.search_households(admin, registry_query.RegistryQuery(per_page=50))
    assert (first.total, first.pages, first.counted_at is not None) == (60, 2, True)
    added = _bulk_households(village, 50, first=60)  # after the figure was computed: its total is old
    second = registry_query.search_households(admin, registry_query.RegistryQuery(page=2, per_page=50))
    assert second.total == 60 and second.has_next and len(second.items) == 50
    third = registry_query.search_households(admin, registry_query.RegistryQuery(page=3, per_page=50))
    assert [h.id for h in third.items] == added[-10:] and not third.has_next
    exact = registry_query.search_households(county, registry_query.RegistryQuery(per_page=50))
    assert (exact.total, exact.counted_at, exact.pages) == (110, None, 3)  # a county counts exactly
    sick = registry_query.search_households(
        admin, registry_query.RegistryQuery(cause="illness", status="registered"))
    assert sick.total == 60 and sick.counted_at is not None  # registry.counts of the country, computed before


def test_the_service_pages_the_whole_registry_without_a_cut_off(app, db, factory):
    village = factory.make_village()
    all_ids = _bulk_households(village, 1200)
    admin = factory.make_user("admin")
    first = registry_query.search_households(admin, registry_query.RegistryQuery(per_page=200))
    last = registry_query.search_households(admin, registry_query.RegistryQuery(page=6, per_page=200))
    assert first.total == 1200 and first.pages == 6 and len(last.items) == 200
    assert last.items[-1].id == max(all_ids)


def test_the_need_form_picker_shows_real_names_to_the_village_officer_and_masks_them_for_a_helper(
        client, factory, login_as):
    officer = login_as("village_officer")
    household = factory.make_household(db.session.get(type(officer.village), officer.village_id), head_name="李四军")
    page = client.get("/work/needs/new").get_data(as_text=True)
    assert "李四军户" in page and _views("needs.form") == 1
    client.post("/auth/logout")
    helper = login_as("helper", region_code=factory.TOWNSHIP)
    household.helper_id = helper.id
    db.session.commit()
    page = client.get("/work/needs/new").get_data(as_text=True)
    assert "李*军户" in page and "李四军" not in page and _views("needs.form") == 1


def test_the_helper_filter_becomes_a_typed_field_when_the_scope_has_too_many_helpers(client, factory, login_as, app):
    from app.registry import views

    village = factory.make_village()
    helpers = [factory.make_user("helper", region_code=factory.TOWNSHIP, display_name=f"帮扶人{n}") for n in range(3)]
    wanted = factory.make_household(village, helper_id=helpers[1].id)
    factory.make_household(village)
    login_as("office", office_level="county")
    assert ">帮扶人0</option>" in client.get("/registry/").get_data(as_text=True)
    views.HELPER_PICKER_MAX, before = 2, views.HELPER_PICKER_MAX
    try:
        html = client.get("/registry/", query_string={"helper": helpers[1].id}).get_data(as_text=True)
    finally:
        views.HELPER_PICKER_MAX = before
    assert ">帮扶人0</option>" not in html and 'name="helper" value="%d"' % helpers[1].id in html
    assert _listed_ids(html) == [wanted.id]


def test_the_helper_picker_lists_exactly_the_active_helpers_in_scope_by_name_up_to_its_limit(app, db, factory):
    """Pins the rows of ``helpers_for_picker``'s one statement (issue 14 seventh pass: the list read from the CTE)."""
    office = factory.make_user("office", office_level="county")
    inside = [factory.make_user("helper", region_code=factory.TOWNSHIP, display_name=name)
              for name in ("乙", "甲", "乙", "丙")]
    above = factory.make_user("helper", region_code=factory.TOWNSHIP[:4], display_name="甲")  # above the county
    factory.make_user("helper", region_code=factory.OTHER_TOWNSHIP, display_name="外县")
    factory.make_user("helper", region_code=factory.TOWNSHIP, display_name="停用", is_active_account=False)
    factory.make_user("village_officer", display_name="村干部")
    listed = registry_query.helpers_for_picker(office, 5)
    expected = sorted([*inside, above], key=lambda u: (u.display_name, u.id))
    assert [(row.id, row.display_name) for row in listed] == [(u.id, u.display_name) for u in expected]
    assert registry_query.helpers_for_picker(office, 4) == []  # five helpers: more than the limit


def test_statements_built_once_per_shape_bind_each_users_scope_and_filters(app, db, factory):
    """Two county offices and two filters of the same shape share one statement (issue 14 seventh pass);
    each page holds exactly its own rows."""
    here = factory.make_household(factory.make_village(), status="registered")
    here_exited = factory.make_household(factory.make_village(), status="exited")
    there = factory.make_household(factory.make_village(factory.OTHER_TOWNSHIP), status="exited")
    ours = factory.make_user("office", office_level="county")
    theirs = factory.make_user("office", office_level="county", region_code=factory.OTHER_TOWNSHIP[:6])
    nation = factory.make_user("office", office_level="national")

    def ids(user, **filters):
        return sorted(row.id for row in registry_query.search_households(
            user, registry_query.RegistryQuery(**filters)).items)

    assert ids(ours) == sorted([here.id, here_exited.id]) and ids(theirs) == [there.id]
    assert ids(ours, status="exited") == [here_exited.id] and ids(ours, status="registered") == [here.id]
    assert ids(theirs, status="exited") == [there.id] and ids(theirs, status="registered") == []
    assert ids(nation, region=factory.OTHER_TOWNSHIP[:6]) == [there.id]
    assert ids(nation, region="99") == []  # no upper bound: the range's other shape
    assert ids(nation, region=factory.TOWNSHIP) == sorted([here.id, here_exited.id])
