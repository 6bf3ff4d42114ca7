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

import io
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from tests.app.needlife import png_bytes
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
    json: dict | Callable[[World], dict] | None = None  # API routes: sent as a JSON body instead of a form

    def build_json(self, world: World) -> dict | None:
        return self.json(world) if callable(self.json) else self.json

    def build_url(self, world: World) -> str:
        return self.url(world) if callable(self.url) else self.url

    def build_data(self, world: World) -> dict:
        return self.data(world) if callable(self.data) else self.data


PUBLIC = answers(everyone=200)
SIGNED_IN_PAGE = answers(anonymous=LOGIN, signed_in=200)
ANONYMOUS_ONLY = answers(anonymous=200, signed_in=302)
STAFF_PAGE = answers(anonymous=LOGIN, signed_in=403, staff=200)
# Registry-like pages of issue 15: village officers and staff; others are refused (403) or see nothing (404).
REGISTRY_PAGE = answers(anonymous=LOGIN, signed_in=403, village_officer=200, staff=200)
REGISTRY_400 = answers(anonymous=LOGIN, signed_in=403, village_officer=400, staff=400)
REGISTRY_404 = answers(anonymous=LOGIN, signed_in=403, village_officer=404, staff=404)
REGISTRY_302 = answers(anonymous=LOGIN, signed_in=403, village_officer=302, staff=302)
ACTS_FOR_HOUSEHOLD = answers(anonymous=LOGIN, signed_in=404, village_officer=200, helper=200, staff=200)
def _household_row(world: World) -> dict:
    from tests.app.needlife import id_number

    return {"village_code": world.village.code, "head_name": "矩阵测试", "id_number": id_number(777, "19751231"),
            "members_count": 3, "main_cause": "illness", "registered_year": 2015}


OFFER_JSON = {"kind": "goods", "title": "矩阵测试冬衣", "categories": ["living"], "quantity": "10", "unit": "件"}
# An organisation of 威宁 county (520526): a township office's scope is narrower than the county.
# The county assessment: offices from county level up (a township is not assessed).
ASSESSMENT = answers(anonymous=LOGIN, signed_in=403, staff=200, township_office=403)
COUNTY_ORG = dict(anonymous=LOGIN, signed_in=403, staff=200, township_office=404)

MATRIX: dict[tuple[str, str], Row] = {
    # public portal
    ("public.home", "GET"): Row("/", PUBLIC),
    ("public.favicon", "GET"): Row("/favicon.ico", answers(everyone=301)),
    ("public.needs", "GET"): Row("/needs", PUBLIC),
    ("public.need_detail", "GET"): Row(lambda w: f"/needs/{w.need.id}", PUBLIC),
    ("public.regions", "GET"): Row("/regions", PUBLIC),
    ("public.region", "GET"): Row("/regions/520526", PUBLIC),
    ("public.projects", "GET"): Row("/projects", PUBLIC),
    ("public.project_detail", "GET"): Row("/projects/999999", answers(everyone=404)),
    # the region chooser's JSON, sharing, certificate verification, donor pages (issue 18)
    ("public.region_chain", "GET"): Row("/region-picker/chain?code=530724&deepest=county", PUBLIC),
    ("public.region_search", "GET"): Row("/region-picker/search?q=宁蒗", PUBLIC),
    ("public.need_qr", "GET"): Row(lambda w: f"/needs/{w.need.id}/qr.png", PUBLIC),
    ("public.verify_form", "GET"): Row("/verify", PUBLIC),
    ("public.verify", "GET"): Row("/verify/FP-2345-6789-ABCD", answers(everyone=404)),
    ("public.verify_qr", "GET"): Row("/verify/FP-2345-6789-ABCD/qr.png", answers(everyone=404)),
    ("public.donor_page", "GET"): Row("/donors/999999", answers(everyone=404)),
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
    ("account.mobile", "GET"): Row("/account/mobile", SIGNED_IN_PAGE),
    ("account.mobile", "POST"): Row("/account/mobile", SIGNED_IN_PAGE),
    ("account.donor_page", "POST"): Row("/account/donor-page", answers(anonymous=LOGIN, signed_in=403, donor=302),
                                        {"donor_page": "masked"}),
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
    # Batch approval: a need outside the queue is reported in a message, the others go on (302 back).
    ("needs.approve_many", "POST"): Row("/review/approve", answers(anonymous=LOGIN, signed_in=403, staff=302),
                                        data={"need_ids": "999999"}),
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
    ("needs.certificate_pdf", "GET"): Row("/pledges/999999/certificate.pdf",
                                          answers(anonymous=LOGIN, signed_in=404)),
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
    # statistics, dashboard and assessment (issue 16): a region outside the office's scope answers 404
    ("stats.overview", "GET"): Row("/stats?region=52", PUBLIC),
    ("stats.echarts_asset", "GET"): Row("/stats/assets/echarts.min.js", PUBLIC),
    ("stats.dashboard_page", "GET"): Row("/dashboard?region=520527", answers(
        anonymous=LOGIN, signed_in=403, staff=200, township_office=404, county_office=404)),
    ("stats.dashboard_export", "GET"): Row("/dashboard/export.xlsx", STAFF_PAGE),
    ("stats.office_list", "GET"): Row("/dashboard/needs?status=pending", STAFF_PAGE),
    ("stats.office_list_export", "GET"): Row("/dashboard/pledges.xlsx?region=520526", answers(
        anonymous=LOGIN, signed_in=403, staff=200, township_office=404)),
    ("stats.offers_export", "GET"): Row("/dashboard/offers.xlsx", STAFF_PAGE),
    ("stats.assessment_page", "GET"): Row("/assessment", ASSESSMENT),
    ("stats.assessment_county", "GET"): Row("/assessment/520527", answers(
        anonymous=LOGIN, signed_in=403, staff=200, township_office=403, county_office=404)),
    ("stats.assessment_export", "GET"): Row("/assessment/export.xlsx", ASSESSMENT),
    ("stats.assessment_pdf", "GET"): Row("/assessment/report.pdf", ASSESSMENT),
    # 精准识别 (issue 15): village officers and offices; township steps for offices, approval for county+
    ("identification.index", "GET"): Row("/identification/", REGISTRY_PAGE),
    ("identification.apply", "GET"): Row("/identification/apply", REGISTRY_PAGE),
    ("identification.apply", "POST"): Row("/identification/apply", REGISTRY_400),
    ("identification.case", "GET"): Row("/identification/cases/999999", REGISTRY_404),
    ("identification.township_review", "POST"): Row("/identification/cases/999999/township-review", REGISTRY_404),
    ("identification.approve", "POST"): Row("/identification/cases/999999/approve", REGISTRY_404),
    ("identification.send_back", "POST"): Row("/identification/cases/999999/send-back", REGISTRY_404),
    ("identification.resubmit", "POST"): Row("/identification/cases/999999/resubmit", REGISTRY_404),
    ("identification.approve_all", "POST"): Row("/identification/approve-all", answers(
        anonymous=LOGIN, signed_in=403, staff=302, township_office=403)),
    ("identification.appraisal", "GET"): Row("/identification/appraisal", REGISTRY_PAGE),
    ("identification.appraisal", "POST"): Row("/identification/appraisal", REGISTRY_400),
    ("identification.notices", "GET"): Row("/identification/notices", STAFF_PAGE),
    ("identification.notices", "POST"): Row("/identification/notices", answers(anonymous=LOGIN, signed_in=403,
                                                                             staff=400)),
    ("identification.close_notice", "POST"): Row("/identification/notices/999999/close",
                                                 answers(anonymous=LOGIN, signed_in=403, staff=404)),
    ("identification.objections", "GET"): Row("/identification/objections", STAFF_PAGE),
    ("identification.objection", "GET"): Row("/identification/objections/999999",
                                             answers(anonymous=LOGIN, signed_in=403, staff=404)),
    ("identification.objection", "POST"): Row("/identification/objections/999999",
                                              answers(anonymous=LOGIN, signed_in=403, staff=404)),
    ("identification.spot_checks", "GET"): Row("/identification/spot-checks", answers(
        anonymous=LOGIN, signed_in=403, staff=200, township_office=403)),
    ("identification.spot_checks", "POST"): Row("/identification/spot-checks", answers(
        anonymous=LOGIN, signed_in=403, staff=400, township_office=403)),
    ("identification.record_check", "POST"): Row("/identification/spot-checks/999999",
                                                 answers(anonymous=LOGIN, signed_in=404)),
    ("identification.annual", "GET"): Row("/identification/annual", REGISTRY_PAGE),
    ("identification.propose_exit", "POST"): Row(lambda w: f"/identification/households/{w.household.id}/exit",
                                                 REGISTRY_302),
    ("identification.propose_return", "POST"): Row(
        lambda w: f"/identification/households/{w.household.id}/return", REGISTRY_302),
    ("identification.public_notices", "GET"): Row("/notices", PUBLIC),
    ("identification.public_notice", "GET"): Row("/notices/999999", answers(everyone=404)),
    ("identification.public_notice", "POST"): Row("/notices/999999", answers(everyone=404)),
    # 精准帮扶 (issue 15): plans by whoever acts for the household; helpers and teams kept by offices
    ("assistance.index", "GET"): Row("/assistance/", REGISTRY_PAGE),
    ("assistance.plan", "GET"): Row(lambda w: f"/assistance/households/{w.household.id}/plan", ACTS_FOR_HOUSEHOLD),
    ("assistance.plan", "POST"): Row(lambda w: f"/assistance/households/{w.household.id}/plan", answers(
        anonymous=LOGIN, signed_in=404, village_officer=302, helper=302, staff=302)),
    ("assistance.add_measure", "POST"): Row("/assistance/plans/999999/measures", answers(anonymous=LOGIN,
                                                                                       signed_in=404)),
    ("assistance.update_measure", "POST"): Row("/assistance/measures/999999", answers(anonymous=LOGIN,
                                                                                    signed_in=404)),
    ("assistance.measure_need", "POST"): Row("/assistance/measures/999999/need", answers(anonymous=LOGIN,
                                                                                       signed_in=404)),
    ("assistance.assign_helper", "POST"): Row(lambda w: f"/assistance/households/{w.household.id}/helper",
                                              REGISTRY_302),
    ("assistance.helpers", "GET"): Row("/assistance/helpers", REGISTRY_PAGE),
    ("assistance.helpers", "POST"): Row("/assistance/helpers", answers(anonymous=LOGIN, signed_in=403, staff=400)),
    ("assistance.helper", "GET"): Row("/assistance/helpers/999999", REGISTRY_404),
    ("assistance.teams", "GET"): Row("/assistance/teams", REGISTRY_PAGE),
    ("assistance.teams", "POST"): Row("/assistance/teams", answers(anonymous=LOGIN, signed_in=403, staff=400)),
    ("assistance.team", "GET"): Row("/assistance/teams/999999", REGISTRY_404),
    ("assistance.add_team_member", "POST"): Row("/assistance/teams/999999/members", REGISTRY_404),
    ("assistance.end_team", "POST"): Row("/assistance/teams/999999/end", REGISTRY_404),
    ("assistance.export", "GET"): Row("/assistance/export/plans.xlsx", REGISTRY_PAGE),
    # API tokens on the account page (issue 17); an empty POST re-renders the form with its errors
    ("account.tokens", "GET"): Row("/account/tokens", SIGNED_IN_PAGE),
    ("account.tokens", "POST"): Row("/account/tokens", answers(anonymous=LOGIN, signed_in=400)),
    ("account.token_revoke", "POST"): Row("/account/tokens/999999/revoke", answers(anonymous=LOGIN, signed_in=404)),
    # the JSON API (issue 17): 401 instead of a redirect to the sign-in page. API_SCOPES below says which
    # token scope each signed-in route needs; test_api_tokens_... repeats every API row with tokens.
    ("api-docs.openapi_json", "GET"): Row("/api/v1/openapi.json", PUBLIC),
    ("api_docs.docs", "GET"): Row("/api/v1/docs/", PUBLIC),
    ("api_docs.asset", "GET"): Row("/api/v1/docs/assets/swagger-ui.css", PUBLIC),
    ("api_needs.list_needs", "GET"): Row("/api/v1/needs/?category=living", PUBLIC),
    ("api_needs.get_need", "GET"): Row(lambda w: f"/api/v1/needs/{w.need.id}", PUBLIC),
    ("api_offers.list_offers", "GET"): Row("/api/v1/offers/", PUBLIC),
    ("api_offers.get_offer", "GET"): Row(lambda w: f"/api/v1/offers/{supply_of(w).offer.id}", PUBLIC),
    ("api_organisations.list_organisations", "GET"): Row("/api/v1/organisations/", PUBLIC),
    ("api_organisations.get_organisation", "GET"): Row(lambda w: f"/api/v1/organisations/{w.org_verified.id}",
                                                       PUBLIC),
    ("api_projects.list_projects", "GET"): Row("/api/v1/projects/", PUBLIC),
    ("api_projects.get_project", "GET"): Row(lambda w: f"/api/v1/projects/{supply_of(w).project.id}", PUBLIC),
    ("api_regions.list_provinces", "GET"): Row("/api/v1/regions/", PUBLIC),
    ("api_regions.get_region", "GET"): Row("/api/v1/regions/520526", PUBLIC),
    ("api_pairings.list_pairings", "GET"): Row("/api/v1/pairings/", PUBLIC),
    ("api_search.search", "GET"): Row("/api/v1/search/?q=棉衣", PUBLIC),
    ("api_pledges.list_pledges", "GET"): Row("/api/v1/pledges/",
                                             answers(anonymous=401, signed_in=403, donor=200, org_member=200)),
    ("api_pledges.create_pledge", "POST"): Row("/api/v1/pledges/",
                                               answers(anonymous=401, signed_in=403, donor=201, org_member=201),
                                               json=lambda w: {"need_id": w.need.id, "quantity": "1"}),
    ("api_pledges.get_pledge", "GET"): Row("/api/v1/pledges/999999", answers(anonymous=401, signed_in=404)),
    ("api_pledges.ship_pledge", "POST"): Row("/api/v1/pledges/999999/ship", answers(anonymous=401, signed_in=404),
                                             json={"method": "transfer"}),
    ("api_my_offers.create_offer", "POST"): Row(
        "/api/v1/offers/", answers(anonymous=401, signed_in=403, donor=201, org_member=201), json=OFFER_JSON),
    ("api_my_offers.edit_offer", "PUT"): Row(lambda w: f"/api/v1/offers/{supply_of(w).offer.id}",
                                             answers(anonymous=401, signed_in=403, donor=200, admin=200),
                                             json=OFFER_JSON),
    ("api_my_offers.change_offer_state", "POST"): Row(lambda w: f"/api/v1/offers/{supply_of(w).offer.id}/pause",
                                                      answers(anonymous=401, signed_in=403, donor=200, admin=200),
                                                      json={}),
    ("api_my_offers.my_offers", "GET"): Row("/api/v1/my/offers", answers(anonymous=401, signed_in=403, members=200)),
    ("api_my_offers.my_recommendations", "GET"): Row("/api/v1/my/recommendations",
                                                     answers(anonymous=401, signed_in=403, members=200)),
    ("api_my_offers.offer_recommendations", "GET"): Row(
        lambda w: f"/api/v1/offers/{supply_of(w).offer.id}/recommendations",
        answers(anonymous=401, signed_in=403, org_members=404, donor=200)),
    ("api_work.list_my_needs", "GET"): Row("/api/v1/work/needs", answers(anonymous=401, signed_in=403, field=200)),
    ("api_work.create_need", "POST"): Row(  # a village need: the officer may, a helper may not (400)
        "/api/v1/work/needs", answers(anonymous=401, signed_in=403, village_officer=201, helper=400),
        json=lambda w: {"beneficiary": f"v{w.village.id}", "category": "living", "kind": "goods",
                        "title": "矩阵测试需求", "quantity": "5",
                        "description": "村里老人过冬缺少棉衣棉被。"}),
    ("api_work.get_my_need", "GET"): Row(lambda w: f"/api/v1/work/needs/{w.need.id}",
                                         answers(anonymous=401, signed_in=403, field=200, staff=200)),
    ("api_work.edit_my_need", "PUT"): Row(  # w.need is published: 409 for its side, as on the page
        lambda w: f"/api/v1/work/needs/{w.need.id}", answers(anonymous=401, signed_in=403, field=409),
        json=lambda w: {"beneficiary": f"h{w.household.id}", "category": "living", "kind": "goods",
                        "title": "矩阵测试需求", "quantity": "5",
                        "description": "村里老人过冬缺少棉衣棉被。"}),
    ("api_work.add_photos", "POST"): Row(  # multipart upload; w.need is published, so not editable (409)
        lambda w: f"/api/v1/work/needs/{w.need.id}/photos", answers(anonymous=401, signed_in=403, field=409),
        data=lambda w: {"photos": (io.BytesIO(png_bytes()), "photo.png")}),
    ("api_work.remove_photo", "DELETE"): Row(lambda w: f"/api/v1/work/needs/{w.need.id}/photos/999999",
                                             answers(anonymous=401, signed_in=403, field=409)),
    ("api_work.submit_my_need", "POST"): Row(lambda w: f"/api/v1/work/needs/{w.need.id}/submit",
                                             answers(anonymous=401, signed_in=403, field=409), json={}),
    ("api_work.confirm_receipt", "POST"): Row("/api/v1/work/pledges/999999/receive",
                                              answers(anonymous=401, signed_in=404), json={}),
    ("api_work.write_thanks", "POST"): Row(  # nothing of w.need was received yet: 409
        lambda w: f"/api/v1/work/needs/{w.need.id}/thanks", answers(anonymous=401, signed_in=403, field=409),
        json={"text": "谢谢"}),
    ("api_work.write_thanks_with_photos", "POST"): Row(  # multipart; nothing of w.need was received yet: 409
        lambda w: f"/api/v1/work/needs/{w.need.id}/thanks-with-photos",
        answers(anonymous=401, signed_in=403, field=409),
        data=lambda w: {"text": "感谢爱心人士送来的棉衣！", "photos": (io.BytesIO(png_bytes()), "photo.png")}),
    ("api_work.review_queue", "GET"): Row("/api/v1/review", answers(anonymous=401, signed_in=403, staff=200)),
    ("api_work.approve", "POST"): Row("/api/v1/review/999999/approve",
                                      answers(anonymous=401, signed_in=403, staff=404), json={}),
    ("api_work.reject", "POST"): Row(lambda w: f"/api/v1/review/{w.pending_need.id}/reject",
                                     answers(anonymous=401, signed_in=403, staff=404, township_office=400, admin=400),
                                     json={}),
    ("api_registry.list_households", "GET"): Row(
        "/api/v1/registry/households", answers(anonymous=401, signed_in=403, village_officer=200, staff=200)),
    ("api_registry.get_household", "GET"): Row(
        lambda w: f"/api/v1/registry/households/{w.household.id}",
        answers(anonymous=401, signed_in=403, village_officer=200, staff=200)),
    ("api_registry.import_households", "POST"): Row(
        "/api/v1/registry/households/import", answers(anonymous=401, signed_in=403, village_officer=201, staff=201),
        json=lambda w: {"households": [_household_row(w)]}),
    ("api_stats.overview", "GET"): Row("/api/v1/stats/overview?region=5205", PUBLIC),
    ("api_stats.dashboard_figures", "GET"): Row("/api/v1/stats/dashboard?region=520527", answers(
        anonymous=401, signed_in=403, staff=200, township_office=404, county_office=404)),
    ("api_stats.assessment_table", "GET"): Row("/api/v1/stats/assessment", answers(
        anonymous=401, signed_in=403, staff=200, township_office=403)),
    ("api_pledges.cancel_pledge", "POST"): Row("/api/v1/pledges/999999/cancel",
                                               answers(anonymous=401, signed_in=404), json={}),
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
        elif row.json is not None:
            response = client.open(url, method=method, json=row.build_json(world))
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


def _api_rows():
    return sorted((key, row) for key, row in MATRIX.items() if key[0].startswith("api_"))


def _scope_of(app, endpoint: str) -> str | None:
    return getattr(app.view_functions[endpoint], "required_scope", None)


@pytest.mark.parametrize("role", MATRIX_ROLES[1:])
def test_api_tokens_get_the_session_answer_with_their_scopes_and_403_without(app, db, role):
    """Every API route × role × token: a token with every scope of the role answers like the session;
    a token without the route's scope gets 403 insufficient-scope, whatever the role could do."""
    from app.services import api_tokens

    world = World()
    user = world.user(role)
    allowed = api_tokens.scopes_for(user)
    _token, full = api_tokens.create_token(user, "all", allowed, 30)
    narrow_tokens: dict[str, str] = {}  # one token per missing scope (an account keeps at most 20)
    wrong = []
    for (endpoint, method), row in _api_rows():
        scope = _scope_of(app, endpoint)
        cases = [("full", full, row.expect[role] if scope is None or scope in allowed else 403)]
        if scope is not None:
            others = [s for s in allowed if s != scope]
            if others:
                if scope not in narrow_tokens:
                    narrow_tokens[scope] = api_tokens.create_token(user, f"without {scope}", others, 30)[1]
                narrow = narrow_tokens[scope]
                cases.append((f"without {scope}", narrow, 403))
        for label, secret, expected in cases:
            client = app.test_client()
            headers = {"Authorization": f"Bearer {secret}"}
            url = row.build_url(world)
            if method == "GET":
                response = client.get(url, headers=headers)
            elif row.json is None and row.data:
                response = client.open(url, method=method, data=row.build_data(world), headers=headers)
            else:
                response = client.open(url, method=method, json=row.build_json(world) or {}, headers=headers)
            got = _answer(response)
            if got != expected:
                wrong.append(f"{method} {url} ({endpoint}) as {role} with token {label}: expected {expected}, "
                             f"got {got}: {response.get_data(as_text=True)[:200]}")
            elif label != "full" and scope is not None:
                if response.json.get("type") not in ("urn:fupin:problem:insufficient-scope",):
                    wrong.append(f"{endpoint} as {role} with token {label}: {response.json.get('type')}")
    assert not wrong, "\n".join(wrong)
