"""Statistics figures equal direct SQL counts on a demo world, per figure family (issue 16).

The checks are written in plain SQL (``text``), independently of the services' SQLAlchemy queries, and run
on SQLite and on PostgreSQL (TEST_DATABASE_URL).
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app import create_app
from app.clock import china_today
from app.extensions import db
from app.services import figures
from app.services.stats import assessment
from tests.conftest import make_test_config

HOUSEHOLDS = 80
SEED = 16


@pytest.fixture(scope="module")
def world(databases, tmp_path_factory):
    """Return the app on a database holding a small demo world."""
    from app.reference import load_reference_data

    app = create_app(make_test_config(tmp_path_factory.mktemp("stats"), databases.new_url("stats")))
    with app.app_context():
        db.create_all()
        load_reference_data()
    result = app.test_cli_runner().invoke(args=["demo", "seed", "--households", str(HOUSEHOLDS), "--seed", str(SEED)])
    assert result.exit_code == 0, result.output
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture()
def demo(world):
    """Yield inside the demo world's app context."""
    with world.app_context():
        yield world
        db.session.rollback()


def sql(query: str, **params):
    """Return the single value of a plain SQL query."""
    return db.session.execute(text(query), params).scalar()


def _provinces() -> list[str]:
    return [row[0] for row in db.session.execute(text(
        "SELECT DISTINCT substr(region_code, 1, 2) FROM needs ORDER BY 1"))]


def _scopes() -> list[str]:
    """The whole country, every province with needs, and the county with the most needs."""
    county = db.session.execute(text(
        "SELECT substr(region_code, 1, 6) AS c, count(*) FROM needs GROUP BY c ORDER BY 2 DESC, c LIMIT 1")).first()[0]
    return ["", *_provinces(), county]


def test_the_demo_world_has_something_to_count(demo):
    assert sql("SELECT count(*) FROM needs WHERE published_at IS NOT NULL") > 10
    assert sql("SELECT count(*) FROM pledges") > 5


def test_stats_overview_totals_equal_direct_sql_counts(demo):
    for scope in _scopes():
        t = figures.compute("stats.overview", scope).payload["totals"]
        like = scope + "%"
        assert t["published"] == sql("SELECT count(*) FROM needs WHERE published_at IS NOT NULL AND region_code LIKE :p", p=like)
        assert t["matched"] == sql("SELECT count(*) FROM needs WHERE published_at IS NOT NULL AND pledged_quantity > 0 "
                                   "AND region_code LIKE :p", p=like)
        assert t["completed"] == sql("SELECT count(*) FROM needs WHERE published_at IS NOT NULL AND status = 'completed' "
                                     "AND region_code LIKE :p", p=like)
        assert t["delivered"] == sql("SELECT count(*) FROM needs WHERE published_at IS NOT NULL "
                                     "AND status IN ('delivered', 'completed') AND region_code LIKE :p", p=like)
        assert t["households"] == sql("SELECT count(*) FROM households h JOIN villages v ON v.id = h.village_id "
                                      "WHERE v.code LIKE :p", p=like)
        assert t["pledges"] == sql("SELECT count(*) FROM pledges p JOIN needs n ON n.id = p.need_id WHERE p.status IN "
                                   "('pledged', 'shipped', 'received', 'completed') AND n.region_code LIKE :p", p=like)
        if t["published"]:
            assert t["matching_rate"] == round(t["matched"] / t["published"], 4)


def test_stats_overview_breakdowns_equal_direct_sql_counts(demo):
    payload = figures.compute("stats.overview", "").payload
    for row in payload["categories"]:
        assert row["published"] == sql("SELECT count(*) FROM needs WHERE published_at IS NOT NULL AND category = :c",
                                       c=row["code"])
        cash = sql("SELECT coalesce(sum(p.quantity), 0) FROM pledges p JOIN needs n ON n.id = p.need_id WHERE "
                   "n.kind = 'cash' AND n.category = :c AND p.status IN ('pledged', 'shipped', 'received', 'completed')",
                   c=row["code"])
        assert float(row["cash_pledged"]) == pytest.approx(float(cash))
    for row in payload["organisations"]:
        assert row["registered"] == sql("SELECT count(*) FROM organisations WHERE verification = 'verified' AND kind = :k",
                                        k=row["code"])
    for row in payload["children"]:
        assert row["published"] == sql("SELECT count(*) FROM needs WHERE published_at IS NOT NULL "
                                       "AND region_code LIKE :p", p=row["code"] + "%")
    assert sum(p["projects"] for p in payload["pairings"]) == sql(
        "SELECT count(*) FROM cooperation_projects WHERE status <> 'cancelled'")
    assert sum(p["budget"] for p in payload["pairings"]) == pytest.approx(float(sql(
        "SELECT coalesce(sum(budget), 0) FROM cooperation_projects WHERE status <> 'cancelled'")))
    assert sum(m["published"] for m in payload["trends"]) <= payload["totals"]["published"]


def test_dashboard_registry_equals_direct_sql_counts(demo):
    for scope in _scopes():
        r = figures.compute("dashboard.registry", scope).payload
        like = scope + "%"
        base = "FROM households h JOIN villages v ON v.id = h.village_id WHERE v.code LIKE :p"
        for row in r["by_status"]:
            assert row["count"] == sql(f"SELECT count(*) {base} AND h.status = :s", p=like, s=row["code"])
        for row in r["by_cause"]:
            assert row["count"] == sql(f"SELECT count(*) {base} AND h.main_cause = :s", p=like, s=row["code"])
        for row in r["by_attribute"]:
            assert row["count"] == sql(f"SELECT count(*) {base} AND h.attribute = :s", p=like, s=row["code"])
        assert sum(row["count"] for row in r["income"]) == r["households"]
        assert r["income"][0]["count"] == sql(f"SELECT count(*) {base} AND h.income_per_capita < 2300", p=like)
        assert sum(row["count"] for row in r["exits_by_year"]) == sql(f"SELECT count(*) {base} AND h.exited_at IS NOT NULL", p=like)
        open_ = f"{base} AND h.status IN ('registered', 'returned')"
        assert r["open_without_helper"] == sql(f"SELECT count(*) {open_} AND h.assigned_helper_id IS NULL", p=like)
        assert r["open_without_plan"] == sql(f"SELECT count(*) {open_} AND NOT EXISTS "
                                             "(SELECT 1 FROM assistance_plans a WHERE a.household_id = h.id)", p=like)
        assert r["poor_villages_without_team"] == sql(
            "SELECT count(*) FROM villages v WHERE v.code LIKE :p AND v.is_poor_village AND NOT EXISTS (SELECT 1 FROM "
            "work_teams t WHERE t.village_id = v.id AND t.started_on <= :d AND (t.ended_on IS NULL OR t.ended_on >= :d))",
            p=like, d=china_today())
        assert sum(row["returns"] for row in r["exits_by_year"]) == sql(
            "SELECT count(*) FROM identification_cases WHERE kind = 'return' AND status = 'completed' "
            "AND region_code LIKE :p", p=like)


def test_dashboard_needs_equals_direct_sql_counts(demo):
    for scope in _scopes():
        n = figures.compute("dashboard.needs", scope).payload
        like = scope + "%"
        for row in n["by_status"]:
            assert row["count"] == sql("SELECT count(*) FROM needs WHERE status = :s AND region_code LIKE :p",
                                       s=row["code"], p=like)
        assert sum(row["count"] for row in n["waiting"]) == n["pending"]
        join = "FROM review_records r JOIN needs n ON n.id = r.need_id WHERE n.region_code LIKE :p"
        assert n["decisions"] == sql(f"SELECT count(*) {join}", p=like)
        assert n["rejections"] == sql(f"SELECT count(*) {join} AND r.decision = 'reject'", p=like)
        assert sum(row["count"] for row in n["reasons"]) <= n["rejections"]
        assert n["completed"] == sql("SELECT count(*) FROM needs WHERE status = 'completed' AND published_at IS NOT NULL "
                                     "AND closed_at IS NOT NULL AND region_code LIKE :p", p=like)


def test_dashboard_help_and_projects_equal_direct_sql_counts(demo):
    for scope in _scopes():
        h = figures.compute("dashboard.help", scope).payload
        like = scope + "%"
        active = "p.status IN ('pledged', 'shipped', 'received', 'completed')"
        join = f"FROM pledges p JOIN needs n ON n.id = p.need_id WHERE {active} AND n.region_code LIKE :p"
        assert sum(r["pledges"] for r in h["by_donor_kind"]) == sql(f"SELECT count(*) {join}", p=like)
        individual = next(r for r in h["by_donor_kind"] if r["code"] == "individual")
        assert individual["pledges"] == sql(f"SELECT count(*) {join} AND p.organisation_id IS NULL", p=like)
        for org in h["top_organisations"]:
            assert org["pledges"] == sql(f"SELECT count(*) {join} AND p.organisation_id = :o", p=like, o=org["id"])
        pr = figures.compute("dashboard.projects", scope).payload
        for row in pr["by_status"]:
            assert row["count"] == sql("SELECT count(*) FROM cooperation_projects WHERE status = :s AND "
                                       "recipient_region_code LIKE :p", s=row["code"], p=like)


def test_assessment_values_equal_direct_sql_counts(demo):
    year = sql("SELECT max(published_at) FROM needs")
    year = int(str(year)[:4])
    payload = figures.compute("assessment.counties", str(year)).payload
    assert payload["counties"], "the demo world has counties to assess"
    for county in payload["counties"][:5]:
        like = county["code"] + "%"
        helper = county["values"]["helper_coverage"]
        base = ("FROM households h JOIN villages v ON v.id = h.village_id WHERE v.code LIKE :p "
                "AND h.status IN ('registered', 'returned')")
        assert helper["denominator"] == sql(f"SELECT count(*) {base}", p=like)
        assert helper["numerator"] == sql(f"SELECT count(*) {base} AND h.assigned_helper_id IS NOT NULL", p=like)
        plan = county["values"]["plan_coverage"]
        assert plan["denominator"] == helper["denominator"]
        assert plan["numerator"] == sql(f"SELECT count(*) {base} AND EXISTS "
                                        "(SELECT 1 FROM assistance_plans a WHERE a.household_id = h.id)", p=like)
    ranks = [c["rank_national"] for c in payload["counties"] if c["total"] is not None]
    assert ranks == sorted(ranks) and ranks[0] == 1
    assert payload["ranked"] == len(ranks)
    assert assessment.FORMULAS  # the default set is complete
    assert [i["code"] for i in payload["indicators"]] == [row[0] for row in assessment.DEFAULT_INDICATORS]


def _signed_in_client(app, role: str = "office", **kw):
    from tests import factories

    user = factories.make_user(role, password="Correct-Horse-9", **kw)
    client = app.test_client()
    response = client.post("/auth/login", data={"username": user.username, "password": "Correct-Horse-9"})
    assert response.status_code == 302
    return client


def test_the_pages_show_the_figures_they_read(demo):
    client = demo.test_client()
    page = client.get("/stats")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    published = sql("SELECT count(*) FROM needs WHERE published_at IS NOT NULL")
    assert f'<div class="fs-5 fw-bold">{published}</div>' in html and "数据更新于" in html
    province = _provinces()[0]
    assert client.get(f"/stats?region={province}").status_code == 200
    assert client.get("/stats?region=5x").status_code == 404
    office = _signed_in_client(demo, "office", office_level="national")
    board = office.get("/dashboard")
    assert board.status_code == 200
    households = sql("SELECT count(*) FROM households")
    assert f'id="fig-households" href="/registry/">{households}</a>' in board.get_data(as_text=True)
    year = int(str(sql("SELECT max(published_at) FROM needs"))[:4])
    table = office.get(f"/assessment?year={year}")
    assert table.status_code == 200 and "加权总分" in table.get_data(as_text=True)
    county = figures.get("assessment.counties", str(year)).payload["counties"][0]["code"]
    detail = office.get(f"/assessment/{county}?year={year}")
    assert detail.status_code == 200 and "查看对应" in detail.get_data(as_text=True)
    for url in ("/dashboard/export.xlsx", "/dashboard/needs.xlsx", "/dashboard/pledges.xlsx",
                "/dashboard/projects.xlsx", "/dashboard/offers.xlsx", f"/assessment/export.xlsx?year={year}"):
        response = office.get(url)
        assert response.status_code == 200, url
        assert response.data[:2] == b"PK", url
    report = office.get(f"/assessment/report.pdf?year={year}")
    assert report.status_code == 200 and report.data[:5] == b"%PDF-"
    for kind in ("needs", "pledges", "projects"):
        assert office.get(f"/dashboard/{kind}").status_code == 200


def test_the_periodic_refresh_recomputes_every_statistics_family(demo):
    figures.get("stats.overview", _provinces()[0])
    done = figures.refresh([k for k in figures.registered() if k.split(".")[0] in ("stats", "dashboard", "assessment")])
    assert done >= 7  # six national figures (assessment: this year) and the province asked for


def test_each_dashboard_figure_links_to_exactly_the_rows_it_counts(demo):
    from app.models import User
    from app.services.stats import lists
    from tests import factories

    office = factories.make_user("office", office_level="national")
    office = db.session.get(User, office.id)

    def total(kind, **args):
        return lists.page(kind, office, lists.parse(kind, {k: str(v) for k, v in args.items()}), 1, 1).total

    for scope in _scopes():
        reg = {"region": scope} if scope else {}
        needs = figures.compute("dashboard.needs", scope).payload
        for row in needs["by_status"]:
            assert total("needs", status=row["code"], **reg) == row["count"], row
        for index, row in enumerate(needs["waiting"]):
            assert total("needs", waiting=index, **reg) == row["count"], row
        assert total("needs", public=1, matched=1, **reg) == needs["matched"]
        assert total("needs", public=1, **reg) == needs["published"]
        help_ = figures.compute("dashboard.help", scope).payload
        for row in help_["by_donor_kind"]:
            assert total("pledges", donor_kind=row["code"], status="active", **reg) == row["pledges"], row
        for row in help_["top_organisations"]:
            assert total("pledges", organisation=row["id"], status="active", **reg) == row["pledges"], row
        projects = figures.compute("dashboard.projects", scope).payload
        for row in projects["by_status"]:
            assert total("projects", status=row["code"], **reg) == row["count"], row
