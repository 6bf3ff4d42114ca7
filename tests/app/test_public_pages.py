"""The public portal on the demo world: every page answers, in Chinese, and shows no personal data."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from app import create_app
from app.extensions import db
from app.models import PUBLIC_NEED_STATUSES, CooperationProject, Household, Need, Village
from app.templating import need_status_label
from tests.conftest import make_test_config

HOUSEHOLDS = 60


@pytest.fixture(scope="module")
def portal(databases, tmp_path_factory):
    """Return the app on a database holding a small demo world."""
    from app.reference import load_reference_data

    tmp_dir = tmp_path_factory.mktemp("portal")
    app = create_app(make_test_config(tmp_dir, databases.new_url("portal")))
    with app.app_context():
        db.create_all()
        load_reference_data()
    result = app.test_cli_runner().invoke(args=["demo", "seed", "--households", str(HOUSEHOLDS)])
    assert result.exit_code == 0, result.output
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(scope="module")
def world(portal):
    """Return plain facts about the demo world that the tests ask pages for."""
    with portal.app_context():
        needs = db.session.execute(select(Need.id, Need.status, Need.region_code, Need.category)).all()
        villages = db.session.scalars(select(Village).order_by(Village.id)).all()
        village = villages[0]
        regions = sorted({code for v in villages for code in (v.code[:2], v.code[:4], v.code[:6], v.township_code)})
        projects = list(db.session.scalars(select(CooperationProject.id).order_by(CooperationProject.id)))
        households = db.session.scalars(select(Household)).all()
        secrets = {}
        for household in households:
            values = {household.id_number, household.phone, household.head_name, household.address,
                      *(m.name for m in household.members)}
            secrets[household.id] = values
        masked = {h.head_name_masked for h in households}
        return {
            "needs": needs,
            "province": village.code[:2], "county": village.code[:6], "township": village.township_code,
            "projects": projects,
            "regions": regions,
            "secrets": secrets,
            "masked": masked,
        }


@pytest.fixture(scope="module")
def public_pages(portal, world):
    """Render every public page of the demo world once: url → (status, html)."""
    client = portal.test_client()
    urls = ["/", "/needs", "/regions", "/projects"]
    urls += [f"/needs/{need_id}" for need_id, status, _, _ in world["needs"] if status in PUBLIC_NEED_STATUSES]
    urls += [f"/regions/{code}" for code in world["regions"]]  # every region above a demo village
    urls += [f"/projects/{project_id}" for project_id in world["projects"]]
    urls += ["/stats", *(f"/stats?region={code}" for code in world["regions"] if len(code) <= 6)]  # 对接成效
    categories = sorted({c for _, status, _, c in world["needs"] if status in PUBLIC_NEED_STATUSES})
    urls += [f"/needs?province={world['province']}&category={c}" for c in categories]
    public = sum(1 for _, status, _, _ in world["needs"] if status in PUBLIC_NEED_STATUSES)
    urls += [f"/needs?page={n}" for n in range(2, -(-public // portal.config["NEEDS_PER_PAGE"]) + 1)]
    pages = {}
    for url in urls:
        response = client.get(url)
        pages[url] = (response.status_code, response.get_data(as_text=True))
    return pages


def test_every_public_page_answers_200(public_pages):
    failures = {url: status for url, (status, _) in public_pages.items() if status != 200}
    assert failures == {}


def test_every_public_page_is_in_chinese(public_pages):
    for url, (_, html) in public_pages.items():
        assert '<html lang="zh-CN">' in html, url
        assert "社会扶贫对接平台" in html and re.search("[\u4e00-\u9fff]{4,}", html), url


def test_every_public_need_state_has_a_detail_page(world, public_pages):
    shown = {status for need_id, status, _, _ in world["needs"] if f"/needs/{need_id}" in public_pages}
    assert shown == set(PUBLIC_NEED_STATUSES)


def test_the_need_detail_page_shows_its_title_status_and_a_masked_beneficiary(portal, world, public_pages):
    with portal.app_context():
        need = db.session.scalars(
            select(Need).where(Need.status == "published", Need.household_id.is_not(None)).order_by(Need.id)
        ).first()
        title, status_label, masked = need.title, need_status_label(need), need.household.head_name_masked
    _, html = public_pages[f"/needs/{need.id}"]
    assert title in html and status_label in html and f"{masked}户" in html


def test_the_needs_list_filters_by_province_and_category(portal, world):
    client = portal.test_client()
    province = world["province"]
    public = [(i, r, c) for i, s, r, c in world["needs"] if s in PUBLIC_NEED_STATUSES and r.startswith(province)]
    need_id, _, category = public[0]
    html = client.get(f"/needs?province={province}&category={category}").get_data(as_text=True)
    assert f'href="/needs/{need_id}"' in html
    others = [i for i, s, r, c in world["needs"] if s in PUBLIC_NEED_STATUSES and c != category]
    assert all(f'href="/needs/{i}"' not in html for i in others)


def test_no_personal_data_of_any_household_appears_on_any_public_page(world, public_pages):
    leaks = []
    for url, (_, html) in public_pages.items():
        for household_id, values in world["secrets"].items():
            leaks += [(url, household_id, value) for value in values if value and value in html]
    assert leaks == []


def test_masked_names_are_what_the_public_sees(world, public_pages):
    html = "".join(h for _, h in public_pages.values())
    assert any(f"{masked}户" in html for masked in world["masked"])
    assert all("*" in masked for masked in world["masked"])


def test_non_public_needs_answer_404(portal, world):
    client = portal.test_client()
    hidden = [(i, s) for i, s, _, _ in world["needs"] if s not in PUBLIC_NEED_STATUSES]
    assert {s for _, s in hidden} >= {"draft", "pending", "rejected"}
    for need_id, status in hidden:
        response = client.get(f"/needs/{need_id}")
        assert response.status_code == 404, status
        assert '<html lang="zh-CN">' in response.get_data(as_text=True)


def test_an_unknown_need_answers_404_in_the_sites_style(portal):
    response = portal.test_client().get("/needs/999999")
    html = response.get_data(as_text=True)
    assert response.status_code == 404
    assert '<html lang="zh-CN">' in html and "社会扶贫对接平台" in html and "返回首页" in html


def test_an_unknown_region_and_project_answer_404(portal):
    client = portal.test_client()
    assert client.get("/regions/99").status_code == 404
    assert client.get("/regions/abc").status_code == 404
    assert client.get("/projects/999999").status_code == 404


def test_region_pages_list_the_published_needs_of_the_region(portal, world, public_pages):
    township = world["township"]
    published = [i for i, s, r, _ in world["needs"] if s == "published" and r.startswith(township)]
    _, html = public_pages[f"/regions/{township}"]
    assert published and any(f'href="/needs/{i}"' in html for i in published)


@pytest.fixture(scope="module")
def household_villages(portal):
    """Return ({public household need id: its village's name}, names of villages that are public beneficiaries)."""
    with portal.app_context():
        public = Need.status.in_(PUBLIC_NEED_STATUSES)
        of_households = dict(db.session.execute(
            select(Need.id, Village.name).join(Village, Need.village_id == Village.id)
            .where(public, Need.household_id.is_not(None))
        ).all())
        beneficiaries = set(db.session.scalars(
            select(Village.name).join(Need, Need.village_id == Village.id).where(public, Need.household_id.is_(None))
        ))
    assert of_households, "the demo world must hold public household needs"
    return of_households, beneficiaries


@pytest.fixture(scope="module")
def search_pages(portal, world):
    """Index the demo world, then render every page of the search results and of the needs list, both states."""
    from app.services import search_index

    result = portal.test_cli_runner().invoke(args=["match", "run"])  # the matches index needs matches
    assert result.exit_code == 0, result.output
    with portal.app_context():
        for name in ("needs", "matches"):
            search_index.reindex(name)
    client = portal.test_client()
    public = sum(1 for _, status, _, _ in world["needs"] if status in PUBLIC_NEED_STATUSES)
    last = -(-public // portal.config["NEEDS_PER_PAGE"])
    urls = [f"/search?page={n}" for n in range(1, last + 1)]
    urls += [f"/search?sort=closing&open=1&page={n}" for n in range(1, last + 1)]
    urls += [f"/needs?open=0&page={n}" for n in range(1, last + 1)]
    urls += [f"/needs?sort=closing&page={n}" for n in range(1, last + 1)]
    pages = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.get_data(as_text=True)
    return pages


def test_no_public_page_names_the_village_of_a_household_need(public_pages, search_pages, household_villages):
    of_households, beneficiaries = household_villages
    leaks = []
    for need_id, village in of_households.items():
        _, html = public_pages[f"/needs/{need_id}"]
        if village in html:
            leaks.append((f"/needs/{need_id}", village))
    # A village that is itself the beneficiary of a public need is named on that need's card.
    hidden = set(of_households.values()) - beneficiaries
    assert hidden, "the demo world must hold villages known only through households"
    pages = {**{url: html for url, (_, html) in public_pages.items()}, **search_pages}
    leaks += [(url, name) for url, html in pages.items() for name in hidden if name in html]
    assert leaks == []


def test_no_search_document_of_a_household_need_names_its_village(portal, search_pages, household_villages):
    import json

    from search import Query

    from app.services import search_index

    of_households, _ = household_villages
    with portal.app_context():
        engine = search_index.engine()
        documents = {"needs": [], "matches": []}
        for name, found in documents.items():
            page = 1
            while True:
                results = engine.search(name, Query(page=page, size=100, highlight=False))
                found += [hit.document for hit in results.hits]
                if page >= results.pages:
                    break
                page += 1
    assert {int(d["id"]) for d in documents["needs"]} >= set(of_households)
    leaks = [
        (name, document["id"], of_households[need_id])
        for name, key in (("needs", "id"), ("matches", "need_id"))
        for document in documents[name]
        if (need_id := int(document[key])) in of_households
        and of_households[need_id] in json.dumps(document, ensure_ascii=False)
    ]
    assert documents["matches"] and leaks == []
    household_needs = [d for d in documents["needs"] if int(d["id"]) in of_households]
    assert all(len(d["region_code"]) == 9 for d in household_needs)  # the township, not the village
