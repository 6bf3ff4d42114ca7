"""The navigation bar: its role- and page-bound parts are rendered once and reused (app/templating.py, nav_part)."""

from __future__ import annotations

import re

import pytest

from tests.app.supply import sign_in


def _sections(page: str) -> str:
    start = page.index('id="nav-sections"')
    return page[start : page.index("</ul>\n      <div", start)]


def _active(page: str) -> list[str]:
    return re.findall(r'class="nav-link active" href="([^"]+)" aria-current="page"', page)


def test_the_reused_sections_mark_the_page_being_shown_and_nothing_else(client, db):
    for _ in range(2):  # the second round is served from the cache
        assert _active(client.get("/needs").get_data(as_text=True)) == ["/needs"]
        assert _active(client.get("/offers/").get_data(as_text=True)) == ["/offers/"]
        assert _active(client.get("/").get_data(as_text=True)) == []


@pytest.mark.parametrize("role, shown, hidden", [
    ("office", ["待审核需求", "导入贫困户", "审计日志"], ["我的需求", "我的帮扶"]),
    ("village_officer", ["我的需求", "建档立卡"], ["待审核需求", "审计日志"]),
    ("donor", ["我的帮扶", "为我推荐", "API 令牌"], ["待审核需求", "建档立卡", "我的机构"]),
])
def test_each_role_keeps_its_own_menus_when_another_role_saw_the_same_page_first(client, db, factory, role,
                                                                                     shown, hidden):
    anonymous = client.get("/needs").get_data(as_text=True)  # the anonymous parts are cached first
    assert "待审核需求" not in anonymous and "我的帮扶" not in anonymous
    kwargs = {"office_level": "county", "region_code": "520526"} if role == "office" else {}
    if role == "village_officer":
        kwargs["village_id"] = factory.make_village().id
    sign_in(client, factory.make_user(role, **kwargs))
    page = client.get("/needs").get_data(as_text=True)
    assert all(word in page for word in shown), role
    assert not any(word in page for word in hidden), role


def test_members_of_organisations_of_different_kinds_see_their_own_links(client, db, factory):
    paired = factory.make_organisation("paired_region")
    enterprise = factory.make_organisation("enterprise")
    sign_in(client, factory.make_user("org_member", organisation_id=enterprise.id))
    page = client.get("/needs").get_data(as_text=True)
    assert "我的机构" in page and "协作项目管理" not in page
    client.post("/auth/logout", data={})
    other = client.application.test_client()
    sign_in(other, factory.make_user("org_member", organisation_id=paired.id))
    page = other.get("/needs").get_data(as_text=True)
    assert "我的机构" in page and "协作项目管理" in page
    # The user's own parts are never shared: the name in the account menu is this member's.
    assert page.count('class="dropdown-header"') == 1
