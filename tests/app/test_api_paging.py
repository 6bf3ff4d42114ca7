"""API cursors are keysets: rows added between two pages make no page skip or repeat a row; forged cursors get 400."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest

from app.extensions import db
from app.models._types import utcnow
from app.services import api_tokens
from tests.app.needlife import id_number


def _walk(client, url: str, limit: int, between, headers=None) -> list[int]:
    """Read every page of ``url``; call ``between()`` after the first page. Return the ids in the order read."""
    seen, cursor, first = [], None, True
    while True:
        response = client.get(url, query_string={"limit": limit, **({"cursor": cursor} if cursor else {})},
                              headers=headers or {})
        assert response.status_code == 200, response.get_data(as_text=True)
        body = response.get_json()
        assert len(body["items"]) <= limit
        seen += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if first:
            between()
            first = False
        if cursor is None:
            return seen


def _need_published(factory, village, when):
    need = factory.make_need(village=village)
    need.published_at = when
    db.session.commit()
    return need


def _needs(factory):
    village = factory.make_village()
    now = utcnow()
    old = [_need_published(factory, village, now - timedelta(days=10 + i)) for i in range(6)]

    def add():  # two published now (they sort first: read by nobody yet) and one older than all (sorts last)
        _need_published(factory, village, now)
        _need_published(factory, village, now)
        late.append(_need_published(factory, village, now - timedelta(days=100)).id)

    late: list[int] = []
    return "/api/v1/needs/", [n.id for n in old], add, late, None


def _offers(factory):
    now = utcnow()
    old = [factory.make_offer(created_at=now - timedelta(days=10 + i)) for i in range(6)]
    late: list[int] = []

    def add():
        factory.make_offer(created_at=now)
        late.append(factory.make_offer(created_at=now - timedelta(days=100)).id)

    return "/api/v1/offers/", [o.id for o in old], add, late, None


def _organisations(factory):
    old = [factory.make_organisation(name=f"乙机构{i}") for i in range(6)]
    late: list[int] = []

    def add():
        factory.make_organisation(name="甲机构")  # sorts before the cursor: not shown, nothing shifts
        late.append(factory.make_organisation(name="乙机构9").id)

    return "/api/v1/organisations/", [o.id for o in old], add, late, None


def _projects(factory):
    organisation = factory.make_organisation(kind="paired_region")
    old = [factory.make_project(organisation, year=2022 - i) for i in range(6)]
    late: list[int] = []

    def add():
        factory.make_project(organisation, year=2024)
        late.append(factory.make_project(organisation, year=2015).id)

    return "/api/v1/projects/", [p.id for p in old], add, late, None


def _households(factory):
    first, second = factory.make_village(), factory.make_village()
    old = [factory.make_household(first, id_number=id_number(300 + i)) for i in range(6)]
    late: list[int] = []

    def add():
        late.append(factory.make_household(second, id_number=id_number(320)).id)

    token = api_tokens.create_token(factory.make_office("county"), "paging", ["read", "registry"], 30)[1]
    return "/api/v1/registry/households", [h.id for h in old], add, late, {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("setup", [_needs, _offers, _organisations, _projects, _households],
                         ids=["needs", "offers", "organisations", "projects", "households"])
def test_pages_neither_skip_nor_repeat_rows_while_rows_are_added(client, factory, setup):
    url, before, add, late, headers = setup(factory)
    seen = _walk(client, url, 4, add, headers)
    assert len(seen) == len(set(seen)), f"a row was repeated: {seen}"
    assert set(before) <= set(seen), f"a row was skipped: {set(before) - set(seen)}"
    assert set(late) <= set(seen), "a row added after the cursor's key comes on a later page"


def _cursor(payload: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


NOON = {"t": "2026-01-01T00:00:00+00:00"}


@pytest.mark.parametrize("payload", [
    {"l": "offers", "n": 2, "k": [0, NOON, 1]},  # another list's cursor
    {"l": "needs", "n": 2, "k": [0, {"t": "2026-01-01T00:00:00"}, 1]},  # a naive time
    {"l": "needs", "n": 2, "k": [0, "2026-01-01T00:00:00+00:00", 1]},  # a string where a time goes
    {"l": "needs", "n": 2, "k": [0, NOON, 2 ** 40]},  # an id past the column
    {"l": "needs", "n": 2, "k": [0, NOON, "1"]},  # a string where a number goes
    {"l": "needs", "n": 2, "k": [0, {"t": "0001-01-01T00:00:00+14:00"}, 1]},  # before year 1 in UTC
    {"l": "needs", "n": 101, "k": [0, NOON, 1]},  # past the page size
    {"l": "needs", "n": 2, "k": [0, 1]},  # too few values
    {"l": "needs", "n": 2, "k": [9, NOON, 1]},  # a segment the list does not have
    {"l": "needs", "n": 2, "k": [1, NOON, 1, 1]},  # too many values for its segment
    {"l": "needs", "k": [1, "2026-01-01T00:00:00+00:00", 1], "n": 2},  # the cursors before services.keyset
])
def test_a_cursor_not_made_by_the_api_is_refused_with_400(client, payload):
    response = client.get("/api/v1/needs/", query_string={"cursor": _cursor(payload)})
    assert response.status_code == 400 and response.mimetype == "application/problem+json"
    assert response.get_json()["errors"] == [{"field": "cursor", "message": "游标无效"}]


def test_a_public_need_without_a_publication_time_does_not_break_the_cursor(client, factory):
    village = factory.make_village()
    made = [factory.make_need(village=village) for _ in range(3)]
    made[1].published_at = None  # written around the services (an old import): still a valid key
    db.session.commit()
    seen = _walk(client, "/api/v1/needs/", 1, lambda: None)
    assert sorted(seen) == sorted(n.id for n in made)


def test_the_api_lists_public_needs_in_the_needs_page_order(client, factory):
    village = factory.make_village()
    now = utcnow()
    for i in range(7):
        need = _need_published(factory, village, now - timedelta(hours=i % 3))
        need.status = ("published", "delivered")[i % 2]
    db.session.commit()
    from app.services import portal

    page = portal.needs_page(portal.NeedFilters(), per_page=100)
    assert _walk(client, "/api/v1/needs/", 3, lambda: None) == [n.id for n in page.items]


def test_a_cursor_after_an_organisation_with_the_longest_name_walks_on(client, factory):
    names = ["甲" * 100, "乙" * 100, "丙" * 100]  # Organisation.name holds 100 characters
    made = [factory.make_organisation(name=name).id for name in names]
    seen = _walk(client, "/api/v1/organisations/", 1, lambda: None)
    assert sorted(seen) == sorted(made)
