"""The region chooser: each level without JavaScript, the JSON it is enhanced with, and the forms using it."""

from __future__ import annotations

import re

from sqlalchemy import select

from app.models import CooperationProject, Offer, User
from app.services import regions
from tests.app.supply import offer_form, project_form

NINGLANG = "530724"  # 宁蒗彝族自治县, 丽江市, 云南省
YANSHAN = "532622"  # 砚山县, 文山州: paired with 上海


def _options(html: str, select_name: str) -> dict[str, str]:
    """Return name → code of the options of the select ``select_name`` in a page."""
    match = re.search(rf'<select[^>]*name="{re.escape(select_name)}"[^>]*>(.*?)</select>', html, re.S)
    assert match, f"no select {select_name}"
    return {name.strip(): code for code, name in re.findall(r'<option value="(\d+)"[^>]*>([^<]+)</option>',
                                                              match.group(1))}


def test_choosing_each_level_on_the_needs_list_shows_the_next_level_without_javascript(client, db):
    html = client.get("/needs").get_data(as_text=True)
    provinces = _options(html, "region-province")
    assert provinces["云南省"] == "53" and 'name="region-prefecture"' not in html

    html = client.get("/needs", query_string={"region-province": "53"}).get_data(as_text=True)
    prefectures = _options(html, "region-prefecture")
    assert prefectures["丽江市"] == "5307" and "昆明市" in prefectures and 'name="region-county"' not in html

    html = client.get("/needs", query_string={"region-province": "53", "region-prefecture": "5307"}).get_data(
        as_text=True)
    counties = _options(html, "region-county")
    assert counties["宁蒗彝族自治县"] == NINGLANG

    html = client.get("/needs", query_string={
        "region-province": "53", "region-prefecture": "5307", "region-county": NINGLANG}).get_data(as_text=True)
    townships = _options(html, "region-township")
    assert townships and all(code.startswith(NINGLANG) and len(code) == 9 for code in townships.values())
    assert f'<option value="{NINGLANG}" selected>' in html


def test_a_new_province_drops_the_prefecture_chosen_under_the_old_one(client, db):
    html = client.get("/needs", query_string={"region-province": "52", "region-prefecture": "5307"}).get_data(
        as_text=True)
    assert "贵阳市" in _options(html, "region-prefecture")
    assert 'value="5307" selected' not in html


def test_the_needs_list_filters_by_a_township_chosen_in_the_chain(client, db, factory):
    here = factory.make_need(title="威宁县城关镇的棉衣")  # 520526100
    elsewhere = factory.make_need(village=factory.make_village("520527102"), title="赫章县的棉衣")
    html = client.get("/needs", query_string={
        "region-province": "52", "region-prefecture": "5205", "region-county": "520526",
        "region-township": "520526100"}).get_data(as_text=True)
    assert here.title in html and elsewhere.title not in html


def test_an_old_province_link_still_filters_and_shows_the_province_chosen(client, db, factory):
    need = factory.make_need(title="威宁县城关镇的棉衣")
    html = client.get("/needs?province=53").get_data(as_text=True)
    assert need.title not in html and '<option value="53" selected>' in html


def test_the_chain_endpoint_returns_each_level_with_its_choice(client, db):
    data = client.get("/region-picker/chain", query_string={"code": NINGLANG, "deepest": "county"}).get_json()
    assert [level["level"] for level in data["levels"]] == ["province", "prefecture", "county"]
    assert [level["selected"] for level in data["levels"]] == ["53", "5307", NINGLANG]
    assert data["code"] == NINGLANG and data["label"] == "云南省 丽江市 宁蒗彝族自治县"


def test_type_ahead_finds_a_county_by_its_short_name(client, db):
    results = client.get("/region-picker/search", query_string={"q": "宁蒗"}).get_json()["results"]
    assert results[0]["code"] == NINGLANG
    assert results[0]["name"] == "宁蒗彝族自治县" and results[0]["short"] == "宁蒗"
    assert results[0]["label"] == "云南省 丽江市 宁蒗彝族自治县"


def test_type_ahead_finds_short_forms_with_the_level_word_that_the_full_name_does_not_contain(client, db):
    # 怒江州 is not a substring of 怒江傈僳族自治州: only the short-form table (places.txt) knows it.
    results = client.get("/region-picker/search", query_string={"q": "怒江州"}).get_json()["results"]
    assert results and results[0]["name"] == "怒江傈僳族自治州"
    ninglang = client.get("/region-picker/search", query_string={"q": "宁蒗县"}).get_json()["results"]
    assert ninglang[0]["code"] == NINGLANG


def test_type_ahead_stops_at_the_deepest_level_and_inside_the_roots(client, db):
    deep = regions.search("城关镇")
    assert deep and all(len(r["code"]) == 9 for r in deep)
    assert regions.search("城关镇", deepest="county") == []
    inside = client.get("/region-picker/search", query_string={"q": "县", "roots": "5326", "deepest": "county"})
    assert inside.get_json()["results"] and all(r["code"].startswith("5326") for r in inside.get_json()["results"])
    assert client.get("/region-picker/search", query_string={"q": ""}).get_json() == {"results": []}
    assert client.get("/region-picker/search", query_string={"q": "x" * 50}).get_json() == {"results": []}


def test_posting_an_offer_with_a_county_chosen_by_name_aims_it_at_that_county(client, db, login_as):
    login_as("donor")
    form = client.get("/offers/new").get_data(as_text=True)
    province = _options(form, "target-province")["云南省"]
    page = client.post("/offers/new", data=offer_form(**{"target-province": province, "region_pick": "target"}))
    prefecture = _options(page.get_data(as_text=True), "target-prefecture")["丽江市"]
    page = client.post("/offers/new", data=offer_form(**{
        "target-province": province, "target-prefecture": prefecture, "region_pick": "target"}))
    county = _options(page.get_data(as_text=True), "target-county")["宁蒗彝族自治县"]
    assert db.session.scalar(select(Offer)) is None  # the steps stored nothing
    response = client.post("/offers/new", data=offer_form(**{
        "target-province": province, "target-prefecture": prefecture, "target-county": county}))
    assert response.status_code == 302
    assert db.session.scalar(select(Offer)).regions == [NINGLANG]


def test_adding_regions_one_by_one_keeps_the_earlier_ones_as_checkboxes(client, db, login_as):
    login_as("donor")
    page = client.post("/offers/new", data=offer_form(**{
        "target-province": "53", "target-prefecture": "5307", "target-county": NINGLANG,
        "region_pick": "target:add"})).get_data(as_text=True)
    assert f'name="target_regions" value="{NINGLANG}" checked' in page and "宁蒗彝族自治县" in page
    assert 'name="target-prefecture"' not in page  # the chooser starts again for the next region
    response = client.post("/offers/new", data=offer_form(**{"target_regions": [NINGLANG], "target-province": "52"}))
    assert response.status_code == 302
    assert sorted(db.session.scalar(select(Offer)).regions) == ["52", NINGLANG]


def test_a_cooperation_project_offers_only_the_areas_paired_with_the_organisation(client, db, factory, login_as):
    shanghai = factory.make_organisation(kind="paired_region", region_code="31")
    login_as("org_member", organisation_id=shanghai.id)
    html = client.get("/projects/new").get_data(as_text=True)
    provinces = _options(html, "county_code-province")
    assert "云南省" in provinces and "北京市" not in provinces
    html = client.post("/projects/new", data=project_form(**{
        "county_code-province": "53", "region_pick": "county_code"})).get_data(as_text=True)
    assert "文山壮族苗族自治州" in _options(html, "county_code-prefecture")  # 上海 helps all of 云南
    html = client.post("/projects/new", data=project_form(**{
        "county_code-province": "52", "region_pick": "county_code"})).get_data(as_text=True)
    assert list(_options(html, "county_code-prefecture")) == ["遵义市"]  # and only 遵义 in 贵州
    response = client.post("/projects/new", data=project_form(**{
        "county_code": "", "county_code-province": "53", "county_code-prefecture": "5326",
        "county_code-county": YANSHAN}))
    assert response.status_code == 302
    assert db.session.scalar(select(CooperationProject)).recipient_region_code == YANSHAN


def test_an_organisation_registers_with_its_region_chosen_in_the_chain(client, db):
    from tests.factories import make_credit_code

    response = client.post("/auth/register/organisation", data={
        "kind": "enterprise", "name": "丽江雪山农业有限公司", "credit_code": make_credit_code(777),
        "region-province": "53", "region-prefecture": "5307", "region-county": NINGLANG,
        "contact_person": "和经理", "contact_phone": "0888-1234567", "username": "xueshan",
        "display_name": "和经理", "password": "Correct-Horse-9", "confirm": "Correct-Horse-9",
    })
    assert response.status_code == 302
    assert User.by_username("xueshan").organisation.region_code == NINGLANG


def test_the_chooser_uses_no_inline_script(client, db, login_as):
    login_as("donor")
    html = client.get("/offers/new").get_data(as_text=True)
    assert "region-picker.js" in html
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "the CSP forbids inline scripts"
    assert " onchange=" not in html and " onclick=" not in html


def test_an_office_places_a_new_staff_account_with_the_chooser_inside_its_own_county(client, db, login_as):
    login_as("office", office_level="county")  # 威宁 520526
    html = client.get("/account/staff/new").get_data(as_text=True)
    assert list(_options(html, "region_code-province")) == ["贵州省"]
    html = client.post("/account/staff/new", data={
        "region_code-province": "52", "region_code-prefecture": "5205", "region_code-county": "520526",
        "region_pick": "region_code"}).get_data(as_text=True)
    assert list(_options(html, "region_code-county")) == ["威宁彝族回族苗族自治县"]
    township = _options(html, "region_code-township")["草海镇"]
    response = client.post("/account/staff/new", data={
        "role": "office", "office_level": "township", "region_code-province": "52",
        "region_code-prefecture": "5205", "region_code-county": "520526", "region_code-township": township,
        "username": "caohai02", "display_name": "草海镇扶贫办", "phone": "", "email": "",
        "password": "Spring-Rain-2024"})
    assert response.status_code == 302
    assert User.by_username("caohai02").region_code == township


def test_an_office_links_a_designated_county_chosen_in_the_chain_of_its_own_region(client, db, factory, login_as):
    unit = factory.make_organisation("gov_unit", region_code="11")
    login_as("office", office_level="prefecture", region_code="5205")  # 毕节市
    html = client.post(f"/orgs/{unit.id}/designated", data={
        "county_code-province": "52", "county_code-prefecture": "5205", "region_pick": "county_code"}
    ).get_data(as_text=True)
    counties = _options(html, "county_code-county")
    assert "赫章县" in counties and all(code.startswith("5205") for code in counties.values())
    response = client.post(f"/orgs/{unit.id}/designated", data={
        "county_code-province": "52", "county_code-prefecture": "5205", "county_code-county": counties["赫章县"]})
    assert response.status_code == 302
    nothing = client.post(f"/orgs/{unit.id}/designated", data={"county_code-province": "52"})
    assert nothing.status_code == 400 and "请继续选择到县一级" in nothing.get_data(as_text=True)


# --- one level below the township: villages (table ``villages``) ---------------------------------------

WEINING_CHAIN = {"province": "52", "prefecture": "5205", "county": "520526", "township": "520526100"}


def _chain(name: str, code: str) -> dict[str, str]:
    """Return the selects a browser without JavaScript submits for ``code`` in chooser ``name``."""
    levels = ("province", "prefecture", "county", "township", "village")
    lengths = (2, 4, 6, 9, 12)
    return {f"{name}-{level}": code[:n] for level, n in zip(levels, lengths) if n <= len(code)}


def test_the_chooser_offers_villages_below_a_township_only_when_asked(db, factory):
    village = factory.make_village(name="草海测试村")
    factory.make_village("520527102", name="妈姑测试村")
    deep = regions.picker("region", village.code, deepest="village")
    assert [lv.level for lv in deep.levels] == ["province", "prefecture", "county", "township", "village"]
    assert dict(deep.levels[-1].options)[village.code] == "草海测试村" and deep.code == village.code
    assert deep.label.endswith("草海测试村")
    assert all(code.startswith("520526100") for code, _ in deep.levels[-1].options)
    shallow = regions.picker("region", village.code)  # the default stops at the township
    assert shallow.code == "520526100" and "village" not in [lv.level for lv in shallow.levels]
    assert regions.names([village.code])[village.code] == deep.label
    found = regions.search("草海测试", deepest="village")
    assert [r["code"] for r in found if r["level"] == "village"] == [village.code]
    assert not [r for r in regions.search("草海测试") if r["level"] == "village"]
    assert not regions.search("妈姑测试", deepest="village", roots=["520526"])


def test_the_chain_json_goes_down_to_the_village(client, db, factory):
    village = factory.make_village(name="草海测试村")
    chain = client.get("/region-picker/chain", query_string={
        "name": "region", "code": "520526100", "deepest": "village"}).get_json()
    assert chain["levels"][-1]["level"] == "village"
    assert {"code": village.code, "name": "草海测试村"} in chain["levels"][-1]["options"]


def test_the_registry_filter_is_chosen_by_name_down_to_the_village_without_javascript(client, db, factory,
                                                                                       login_as):
    wanted, neighbour = factory.make_village(name="草海测试村"), factory.make_village(name="草海邻村")
    mine = factory.make_household(wanted, head_name="王大明")
    other = factory.make_household(neighbour, head_name="王二明")
    login_as("office", office_level="county")  # 威宁 520526
    html = client.get("/registry/").get_data(as_text=True)
    assert "地区代码" not in html and list(_options(html, "region-province")) == ["贵州省"]
    html = client.get("/registry/", query_string={**_chain("region", "520526100"), "region_pick": "region"}).get_data(
        as_text=True)
    villages = _options(html, "region-village")
    assert villages["草海测试村"] == wanted.code and villages["草海邻村"] == neighbour.code
    assert "王二明" in html  # the township shows both villages' households
    html = client.get("/registry/", query_string=_chain("region", wanted.code)).get_data(as_text=True)
    assert "王大明" in html and "王二明" not in html
    assert f'href="/registry/{mine.id}"' in html and f'href="/registry/{other.id}"' not in html
    # The export link carries the choice on as the code it names.
    assert f"region={wanted.code}" in html


def test_a_village_outside_ones_region_forged_into_the_registry_chooser_is_refused(client, db, factory, login_as):
    outside = factory.make_village("520527102")
    factory.make_household(outside, head_name="李外明")
    login_as("office", office_level="county")  # 威宁, not 赫章
    response = client.get("/registry/", query_string=_chain("region", outside.code))
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and "所选地区不在您的管辖范围内" in html and "李外明" not in html


def test_the_audit_log_filters_by_a_village_chosen_in_the_chain(client, db, factory, login_as):
    from app.services import audit

    wanted, neighbour = factory.make_village(name="草海测试村"), factory.make_village(name="草海邻村")
    audit.record("household.view_personal", "household", 11, wanted.code)
    audit.record("household.view_personal", "household", 12, neighbour.code)
    db.session.commit()
    login_as("office", office_level="county")
    html = client.get("/account/audit").get_data(as_text=True)
    assert 'placeholder="地区代码"' not in html and list(_options(html, "region-province")) == ["贵州省"]
    rows = html.split("<tbody>", 1)[1]
    assert "草海测试村" in rows and "草海邻村" in rows  # the 地区 column names the village
    html = client.get("/account/audit", query_string={**_chain("region", "520526100"), "region_pick": "region"}
                      ).get_data(as_text=True)
    assert _options(html, "region-village")["草海测试村"] == wanted.code
    html = client.get("/account/audit", query_string=_chain("region", wanted.code)).get_data(as_text=True)
    rows = html.split("<tbody>", 1)[1]
    assert "草海测试村" in rows and "草海邻村" not in rows


def test_an_office_creates_a_village_officer_by_choosing_the_village(client, db, factory, login_as):
    village = factory.make_village(name="草海测试村")
    login_as("office", office_level="county")
    html = client.get("/account/staff/new").get_data(as_text=True)
    assert "村代码" not in html and 'name="village_code"' not in html
    html = client.post("/account/staff/new", data={**_chain("region_code", "520526100"),
                                                   "region_pick": "region_code"}).get_data(as_text=True)
    assert _options(html, "region_code-village")["草海测试村"] == village.code
    common = {"role": "village_officer", "username": "caohai_cun", "display_name": "草海村信息员", "phone": "",
              "email": "", "password": "Spring-Rain-2024"}
    stops_short = client.post("/account/staff/new", data={**common, **_chain("region_code", "520526100")})
    assert stops_short.status_code == 200 and "村级信息员须选择到本辖区内已登记的村" in stops_short.get_data(as_text=True)
    assert User.by_username("caohai_cun") is None
    response = client.post("/account/staff/new", data={**common, **_chain("region_code", village.code)})
    assert response.status_code == 302
    assert User.by_username("caohai_cun").village_id == village.id
