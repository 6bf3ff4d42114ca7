"""The authorization matrix: every route of the app, every role, the one expected answer.

HOW TO ADD A ROUTE: add one row to ``MATRIX`` below, keyed by (endpoint, method). A row says how to
build the URL from the ``world`` (tests/factories.py `World`: objects inside the test county 威宁
520526 and just outside it, 赫章 520527), what to post (optional), and the answer of each role:

    200      the page or the form (a POST with invalid or empty data that re-renders counts as 200)
    LOGIN    302 to /auth/login (anonymous on a signed-in page)
    302      a redirect elsewhere (e.g. after a successful POST)
    403      signed in, but the role may never do this
    404      the object lies outside the role's scope (or does not exist for it)
    400/409  the request is refused as invalid / in the wrong state

``answers(...)`` takes groups and roles in order, later ones overriding earlier ones:
``everyone``, ``signed_in``, ``members`` (donor and both org members), ``field`` (village officer,
helper), ``offices`` (township … national), ``staff`` (offices and admin), or a single role name.
A route without a row, or a row whose route is gone, fails the test with the line to add.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from tests.factories import MATRIX_ROLES, PASSWORD, World, supply_of
from tests.html_checks import csp_violations

LOGIN = "login"
SKIPPED_ENDPOINTS = {"static", "bootstrap.static"}
GROUPS = {
    "everyone": MATRIX_ROLES,
    "signed_in": MATRIX_ROLES[1:],
    "members": ("donor", "org_member", "org_member_unverified"),
    "org_members": ("org_member", "org_member_unverified"),
    "field": ("village_officer", "helper"),
    "offices": ("township_office", "county_office", "prefecture_office", "province_office", "national_office"),
    "staff": ("township_office", "county_office", "prefecture_office", "province_office", "national_office",
              "admin"),
}


def answers(**spec) -> dict[str, int | str]:
    """Expand groups and roles (in the given order, later overriding earlier) into one answer per role."""
    table: dict[str, int | str] = {}
    for key, value in spec.items():
        for role in GROUPS.get(key, (key,)):
            if role not in MATRIX_ROLES:
                raise KeyError(f"unknown role or group {role!r}")
            table[role] = value
    missing = [r for r in MATRIX_ROLES if r not in table]
    if missing:
        raise KeyError(f"no answer for {missing}")
    return table


@dataclass
class Row:
    """How to call one route and what each role must get."""

    url: str | Callable[[World], str]
    expect: dict[str, int | str]
    data: dict | Callable[[World], dict] = field(default_factory=dict)

    def build_url(self, world: World) -> str:
        return self.url(world) if callable(self.url) else self.url

    def build_data(self, world: World) -> dict:
        return self.data(world) if callable(self.data) else self.data


PUBLIC = answers(everyone=200)
SIGNED_IN_PAGE = answers(anonymous=LOGIN, signed_in=200)
ANONYMOUS_ONLY = answers(anonymous=200, signed_in=302)
STAFF_PAGE = answers(anonymous=LOGIN, signed_in=403, staff=200)
# An organisation of 威宁 county (520526): a township office's scope is narrower than the county.
COUNTY_ORG = dict(anonymous=LOGIN, signed_in=403, staff=200, township_office=404)

MATRIX: dict[tuple[str, str], Row] = {
    # public portal
    ("public.home", "GET"): Row("/", PUBLIC),
    ("public.needs", "GET"): Row("/needs", PUBLIC),
    ("public.need_detail", "GET"): Row(lambda w: f"/needs/{w.need.id}", PUBLIC),
    ("public.regions", "GET"): Row("/regions", PUBLIC),
    ("public.region", "GET"): Row("/regions/520526", PUBLIC),
    ("public.projects", "GET"): Row("/projects", PUBLIC),
    ("public.project_detail", "GET"): Row("/projects/999999", answers(everyone=404)),
    # sign-in and registration
    ("auth.login", "GET"): Row("/auth/login", ANONYMOUS_ONLY),
    ("auth.login", "POST"): Row("/auth/login", ANONYMOUS_ONLY),
    ("auth.logout", "POST"): Row("/auth/logout", answers(anonymous=LOGIN, signed_in=302)),
    ("auth.register", "GET"): Row("/auth/register", ANONYMOUS_ONLY),
    ("auth.register", "POST"): Row("/auth/register", ANONYMOUS_ONLY),
    ("auth.register_organisation", "GET"): Row("/auth/register/organisation", ANONYMOUS_ONLY),
    ("auth.register_organisation", "POST"): Row("/auth/register/organisation", ANONYMOUS_ONLY),
    ("auth.join", "GET"): Row("/auth/join", ANONYMOUS_ONLY),
    ("auth.join", "POST"): Row("/auth/join", ANONYMOUS_ONLY),
    # account pages
    ("account.profile", "GET"): Row("/account/", SIGNED_IN_PAGE),
    ("account.password", "GET"): Row("/account/password", SIGNED_IN_PAGE),
    ("account.password", "POST"): Row("/account/password", SIGNED_IN_PAGE),
    ("account.staff", "GET"): Row("/account/staff", STAFF_PAGE),
    ("account.staff_new", "GET"): Row("/account/staff/new", STAFF_PAGE),
    ("account.staff_new", "POST"): Row("/account/staff/new", STAFF_PAGE),
    ("account.staff_active", "POST"): Row(
        lambda w: f"/account/staff/{w.users['village_officer'].id}/active",
        answers(anonymous=LOGIN, signed_in=403, staff=302),
        {"active": "0"},
    ),
    ("account.organisations_queue", "GET"): Row("/account/organisations", STAFF_PAGE),
    ("account.organisation_detail", "GET"): Row(
        lambda w: f"/account/organisations/{w.org_unverified.id}", answers(**COUNTY_ORG)
    ),
    ("account.organisation_decision", "POST"): Row(
        lambda w: f"/account/organisations/{w.org_unverified.id}/decision",
        answers(**{**COUNTY_ORG, "staff": 302}),
        {"decision": "verify"},
    ),
    ("account.my_organisation", "GET"): Row(
        "/account/organisation", answers(anonymous=LOGIN, signed_in=403, org_members=200)
    ),
    ("account.invite_create", "POST"): Row(
        "/account/organisation/invites", answers(anonymous=LOGIN, signed_in=403, org_members=302)
    ),
    ("account.invite_revoke", "POST"): Row(
        lambda w: f"/account/organisation/invites/{w.invite.id}/revoke",
        answers(anonymous=LOGIN, signed_in=403, org_member=302, org_member_unverified=404),
    ),
    ("account.audit_log", "GET"): Row("/account/audit", STAFF_PAGE),
    # search and recommendations
    ("browse.search", "GET"): Row("/search?q=棉衣", PUBLIC),
    ("recommend.for_donor", "GET"): Row("/recommendations", answers(anonymous=LOGIN, signed_in=403, members=200)),
    ("recommend.for_office", "GET"): Row("/office/matches", STAFF_PAGE),
    ("recommend.suggest", "POST"): Row(
        "/office/matches/999999/suggest", answers(anonymous=LOGIN, signed_in=403, staff=404)
    ),
    # offers, organisations, cooperation projects, the donor's home (issue 5); objects: supply_of(world)
    ("offers.index", "GET"): Row("/offers/", PUBLIC),
    ("offers.detail", "GET"): Row(lambda w: f"/offers/{supply_of(w).offer.id}", PUBLIC),
    ("offers.region_codes", "GET"): Row("/offers/region-codes?province=52", PUBLIC),
    ("offers.new", "GET"): Row("/offers/new", answers(anonymous=LOGIN, signed_in=403, donor=200, org_member=200)),
    ("offers.new", "POST"): Row("/offers/new", answers(anonymous=LOGIN, signed_in=403, donor=400, org_member=400)),
    ("offers.edit", "GET"): Row(lambda w: f"/offers/{supply_of(w).offer.id}/edit",
                                answers(anonymous=LOGIN, signed_in=403, donor=200, admin=200)),
    ("offers.edit", "POST"): Row(lambda w: f"/offers/{supply_of(w).offer.id}/edit",
                                 answers(anonymous=LOGIN, signed_in=403, donor=400, admin=400)),
    ("offers.change_state", "POST"): Row(lambda w: f"/offers/{supply_of(w).offer.id}/pause",
                                         answers(anonymous=LOGIN, signed_in=403, donor=302, admin=302)),
    ("offers.mine", "GET"): Row("/offers/mine", answers(anonymous=LOGIN, signed_in=403, members=200)),
    ("offers.office", "GET"): Row("/offers/office", STAFF_PAGE),
    ("offers.contact", "GET"): Row(lambda w: f"/offers/{supply_of(w).offer.id}/contact", STAFF_PAGE),
    ("offers.contact", "POST"): Row(lambda w: f"/offers/{supply_of(w).offer.id}/contact",
                                    answers(anonymous=LOGIN, signed_in=403, staff=400)),
    ("orgs.index", "GET"): Row("/orgs/", PUBLIC),
    ("orgs.detail", "GET"): Row(lambda w: f"/orgs/{w.org_verified.id}", PUBLIC),
    ("orgs.designated", "GET"): Row(lambda w: f"/orgs/{supply_of(w).gov_unit.id}/designated", PUBLIC),
    ("orgs.designated", "POST"): Row(lambda w: f"/orgs/{supply_of(w).gov_unit.id}/designated",
                                     answers(anonymous=LOGIN, signed_in=403, staff=302, township_office=403),
                                     {"county_code": "520526"}),
    ("orgs.remove_designation", "POST"): Row(
        lambda w: f"/orgs/{supply_of(w).gov_unit.id}/designated/{supply_of(w).designation.id}/remove",
        answers(anonymous=LOGIN, signed_in=403, staff=302, township_office=403, county_office=403),
    ),
    ("projects.new", "GET"): Row("/projects/new", answers(anonymous=LOGIN, signed_in=403)),
    ("projects.new", "POST"): Row("/projects/new", answers(anonymous=LOGIN, signed_in=403)),
    ("projects.mine", "GET"): Row("/projects/mine", answers(anonymous=LOGIN, signed_in=403)),
    ("projects.manage", "GET"): Row(lambda w: f"/projects/{supply_of(w).project.id}/manage",
                                    answers(anonymous=LOGIN, signed_in=403, staff=200, township_office=404)),
    ("projects.new_update", "GET"): Row(lambda w: f"/projects/{supply_of(w).project.id}/updates/new",
                                        answers(anonymous=LOGIN, signed_in=403)),
    ("projects.new_update", "POST"): Row(lambda w: f"/projects/{supply_of(w).project.id}/updates/new",
                                         answers(anonymous=LOGIN, signed_in=403)),
    ("projects.change_status", "POST"): Row(lambda w: f"/projects/{supply_of(w).project.id}/start",
                                            answers(anonymous=LOGIN, signed_in=403)),
    ("projects.office", "GET"): Row("/projects/office", STAFF_PAGE),
    ("projects.confirm", "POST"): Row(lambda w: f"/projects/updates/{supply_of(w).update.id}/confirm",
                                      answers(anonymous=LOGIN, signed_in=403, staff=302, township_office=404)),
    ("projects.return_update", "POST"): Row(lambda w: f"/projects/updates/{supply_of(w).update.id}/return",
                                            answers(anonymous=LOGIN, signed_in=403, staff=400, township_office=404)),
    ("projects.pairings", "GET"): Row("/projects/pairings", PUBLIC),
    ("projects.pairing", "GET"): Row("/projects/pairings/31-53", PUBLIC),
    ("projects.photo", "GET"): Row(lambda w: f"/projects/photos/{supply_of(w).photo.id}",
                                   answers(everyone=404, staff=200, township_office=404)),
    ("donor.home", "GET"): Row("/my/", answers(anonymous=LOGIN, signed_in=403, members=200)),
    # the need's life (issue 4): posting, review, pledging, delivery, receipt, thanks, photos
    ("needs.mine", "GET"): Row("/work/needs", answers(anonymous=LOGIN, signed_in=403, field=200)),
    ("needs.create", "GET"): Row("/work/needs/new", answers(anonymous=LOGIN, signed_in=403, field=200)),
    ("needs.create", "POST"): Row("/work/needs/new", answers(anonymous=LOGIN, signed_in=403, field=200)),
    ("needs.manage", "GET"): Row(lambda w: f"/work/needs/{w.need.id}",
                                 answers(anonymous=LOGIN, signed_in=403, field=200, staff=200)),
    # w.need is published: the poster's side may not edit, submit or unphoto it now (409), others never
    ("needs.edit", "GET"): Row(lambda w: f"/work/needs/{w.need.id}/edit",
                               answers(anonymous=LOGIN, signed_in=403, field=409)),
    ("needs.edit", "POST"): Row(lambda w: f"/work/needs/{w.need.id}/edit",
                                answers(anonymous=LOGIN, signed_in=403, field=409)),
    ("needs.remove_photo", "POST"): Row(lambda w: f"/work/needs/{w.need.id}/photos/999999/delete",
                                        answers(anonymous=LOGIN, signed_in=403, field=409)),
    ("needs.submit", "POST"): Row(lambda w: f"/work/needs/{w.need.id}/submit",
                                  answers(anonymous=LOGIN, signed_in=403, field=409)),
    ("needs.close", "POST"): Row(lambda w: f"/work/needs/{w.need.id}/close",
                                 answers(anonymous=LOGIN, signed_in=403, staff=400)),
    ("needs.thanks", "GET"): Row(lambda w: f"/work/needs/{w.need.id}/thanks",
                                 answers(anonymous=LOGIN, signed_in=403, field=200)),
    ("needs.thanks", "POST"): Row(lambda w: f"/work/needs/{w.need.id}/thanks",
                                  answers(anonymous=LOGIN, signed_in=403, field=200)),
    ("needs.receive", "POST"): Row("/work/pledges/999999/receive", answers(anonymous=LOGIN, signed_in=404)),
    ("needs.review_queue", "GET"): Row("/review", STAFF_PAGE),
    ("needs.review_need", "GET"): Row(
        lambda w: f"/review/{w.pending_need.id}",
        answers(anonymous=LOGIN, signed_in=403, staff=404, township_office=200, admin=200),
    ),
    ("needs.approve", "POST"): Row("/review/999999/approve", answers(anonymous=LOGIN, signed_in=403, staff=404)),
    ("needs.reject", "POST"): Row(  # no reason: the reviewer of the level gets the form back with the error
        lambda w: f"/review/{w.pending_need.id}/reject",
        answers(anonymous=LOGIN, signed_in=403, staff=404, township_office=400, admin=400),
    ),
    ("needs.pledge", "GET"): Row(lambda w: f"/needs/{w.need.id}/pledge",
                                 answers(anonymous=LOGIN, signed_in=403, donor=200, org_member=200)),
    ("needs.pledge", "POST"): Row(lambda w: f"/needs/{w.need.id}/pledge",
                                  answers(anonymous=LOGIN, signed_in=403, donor=200, org_member=200)),
    ("needs.my_pledges", "GET"): Row("/my/pledges", answers(anonymous=LOGIN, signed_in=403, donor=200,
                                                             org_member=200)),
    ("needs.pledge_detail", "GET"): Row("/pledges/999999", answers(anonymous=LOGIN, signed_in=404)),
    ("needs.ship", "POST"): Row("/pledges/999999/ship", answers(anonymous=LOGIN, signed_in=404)),
    ("needs.cancel_pledge", "POST"): Row("/pledges/999999/cancel", answers(anonymous=LOGIN, signed_in=404)),
    ("needs.certificate", "GET"): Row("/pledges/999999/certificate", answers(anonymous=LOGIN, signed_in=404)),
    ("needs.photo", "GET"): Row("/photos/999999", answers(everyone=404)),
    ("notifications.index", "GET"): Row("/notifications/", SIGNED_IN_PAGE),
    ("notifications.open_note", "POST"): Row("/notifications/999999/open", answers(anonymous=LOGIN, signed_in=404)),
    ("notifications.read_all", "POST"): Row("/notifications/read-all", answers(anonymous=LOGIN, signed_in=302)),
    # the registry: village officers and staff; rows run in key order, so exit (302) precedes return (302)
    ("registry.index", "GET"): Row("/registry/", answers(anonymous=LOGIN, signed_in=403, village_officer=200,
                                                          staff=200)),
    ("registry.create", "GET"): Row("/registry/new", answers(anonymous=LOGIN, signed_in=403, village_officer=200,
                                                              staff=200)),
    ("registry.create", "POST"): Row("/registry/new", answers(anonymous=LOGIN, signed_in=403, village_officer=200,
                                                               staff=200)),
    ("registry.detail", "GET"): Row(lambda w: f"/registry/{w.household.id}",
                                    answers(anonymous=LOGIN, signed_in=403, village_officer=200, staff=200)),
    ("registry.edit", "GET"): Row(lambda w: f"/registry/{w.household.id}/edit",
                                  answers(anonymous=LOGIN, signed_in=403, village_officer=200, staff=200)),
    ("registry.edit", "POST"): Row(lambda w: f"/registry/{w.household.id}/edit",
                                   answers(anonymous=LOGIN, signed_in=403, village_officer=200, staff=200)),
    ("registry.add_member", "POST"): Row(lambda w: f"/registry/{w.household.id}/members",
                                         answers(anonymous=LOGIN, signed_in=403, village_officer=302, staff=302)),
    ("registry.remove_member", "POST"): Row(lambda w: f"/registry/{w.household.id}/members/999999/delete",
                                            answers(anonymous=LOGIN, signed_in=403, village_officer=404,
                                                    staff=404)),
    ("registry.mark_exited", "POST"): Row(lambda w: f"/registry/{w.household.id}/exit",
                                          answers(anonymous=LOGIN, signed_in=403, village_officer=302, staff=302)),
    ("registry.mark_returned", "POST"): Row(lambda w: f"/registry/{w.household.id}/return",
                                            answers(anonymous=LOGIN, signed_in=403, village_officer=302,
                                                    staff=302)),
    ("registry.import_households", "GET"): Row("/registry/import", answers(anonymous=LOGIN, signed_in=403,
                                                                             village_officer=200, staff=200)),
    ("registry.import_households", "POST"): Row("/registry/import", answers(anonymous=LOGIN, signed_in=403,
                                                                              village_officer=200, staff=200)),
    ("registry.export", "GET"): Row("/registry/export.xlsx", answers(anonymous=LOGIN, signed_in=403,
                                                                     village_officer=200, staff=200)),
    ("registry.import_template", "GET"): Row("/registry/import/template.xlsx",
                                             answers(anonymous=LOGIN, signed_in=403, village_officer=200,
                                                     staff=200)),
}


def _routes(app) -> list[tuple[str, str, str]]:
    found = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint in SKIPPED_ENDPOINTS:
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            found.append((rule.endpoint, method, rule.rule))
    return sorted(found)


def _suggested_row(endpoint: str, method: str, rule: str) -> str:
    url = rule
    if "<" in rule:
        import re

        url = "lambda w: f\"" + re.sub(r"<(?:[^:>]+:)?([a-z_]+)>", r"{w.<object>.id}", rule) + "\""
    else:
        url = f'"{url}"'
    return (
        f'    ("{endpoint}", "{method}"): Row({url}, answers(anonymous=LOGIN, signed_in=403, ...)),'
    )


def test_every_route_has_a_row_in_the_matrix(app):
    missing = [r for r in _routes(app) if (r[0], r[1]) not in MATRIX]
    message = (
        "These routes have no row in MATRIX (tests/app/test_authorization_matrix.py). Add one row each,\n"
        "with the answer of every role (see the module docstring; objects come from tests/factories.py World):\n"
        + "\n".join(_suggested_row(*r) for r in missing)
    )
    assert not missing, message


def test_every_row_of_the_matrix_names_an_existing_route(app):
    existing = {(r[0], r[1]) for r in _routes(app)}
    stale = [key for key in MATRIX if key not in existing]
    assert not stale, f"rows for routes that no longer exist (remove them from MATRIX): {stale}"


def _login(client, user) -> None:
    response = client.post("/auth/login", data={"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, f"could not sign in {user.username}"


def _answer(response) -> int | str:
    if response.status_code == 302:
        location = response.headers.get("Location", "")
        return LOGIN if "/auth/login" in location else 302
    return response.status_code


@pytest.mark.parametrize("role", MATRIX_ROLES)
def test_each_role_gets_the_expected_answer_on_every_route(app, db, role):
    world = World()
    wrong = []
    for (endpoint, method), row in sorted(MATRIX.items()):
        if endpoint not in app.view_functions:
            continue  # reported by test_every_row_of_the_matrix_names_an_existing_route
        client = app.test_client()
        if role != "anonymous":
            _login(client, world.user(role))
        url = row.build_url(world)
        if method == "GET":
            response = client.get(url)
        else:
            response = client.open(url, method=method, data=row.build_data(world))
        got, expected = _answer(response), row.expect[role]
        if got != expected:
            wrong.append(f"{method} {url} ({endpoint}) as {role}: expected {expected}, got {got}")
        elif got == 200 and response.mimetype == "text/html":
            problems = csp_violations(response.get_data(as_text=True))
            if problems:
                wrong.append(f"{method} {url} ({endpoint}) as {role} breaks the CSP: {problems}")
    assert not wrong, "\n".join(wrong)
