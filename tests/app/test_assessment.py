"""The county assessment: a hand-made county's scores equal a hand calculation; who sees which counties."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.extensions import db
from app.models import (
    AssistancePlan,
    Helper,
    IdentificationCase,
    ProjectUpdate,
    ReviewRecord,
    SpotCheck,
    SpotCheckDraw,
)
from app.services import figures
from app.services.stats import assessment
from tests.factories import OTHER_TOWNSHIP, TOWNSHIP

YEAR = 2025
COUNTY = TOWNSHIP[:6]


def at(month: int, day: int, year: int = YEAR) -> datetime:
    return datetime(year, month, day, 4, 0, tzinfo=UTC)  # noon in China


@pytest.fixture()
def county(factory):
    """Build 威宁 (520526) with known rows for YEAR; return the office user and the expected figures."""
    village = factory.make_village(TOWNSHIP)
    officer = factory.make_user("village_officer", village_id=village.id)
    helper = factory.make_user("helper", region_code=TOWNSHIP)
    reviewer = factory.make_office("county")
    # A 帮扶责任人 record (issue 15) answering for some households.
    record = Helper(region_code=COUNTY, user_id=helper.id)
    record.set_name("李帮扶")
    db.session.add(record)
    db.session.commit()
    # Households: 4 open (3 with a helper, 2 with a plan, 1 returned in YEAR after exiting in 2024), 2 exited in YEAR.
    first = factory.make_household(village, helper_id=helper.id, assigned_helper_id=record.id)
    second = factory.make_household(village, helper_id=helper.id, assigned_helper_id=record.id)
    factory.make_household(village)
    returned = factory.make_household(village, helper_id=helper.id, assigned_helper_id=record.id, status="returned",
                                      exited_at=at(6, 1, YEAR - 1))
    factory.make_household(village, status="exited", exited_at=at(5, 1), income_per_capita=Decimal("5000"))
    factory.make_household(village, status="exited", exited_at=at(7, 1), income_per_capita=Decimal("3000"))
    for household in (first, second):
        db.session.add(AssistancePlan(household_id=household.id, region_code=village.code, year=YEAR))
    # Identification cases: the return approved in YEAR, and 5 cases sampled for spot checks in YEAR
    # (3 passed, 1 failed, 1 still pending).
    def case_of(household, kind, status="completed"):
        case = IdentificationCase(kind=kind, status=status, year=YEAR, village_id=village.id, region_code=village.code,
                                  household_id=household.id, head_name="王某", head_name_masked="王*",
                                  id_fingerprint=household.id_fingerprint, completed_at=at(8, 1))
        db.session.add(case)
        db.session.flush()
        return case
    case_of(returned, "return")
    draw = SpotCheckDraw(county_code=COUNTY, year=YEAR, seed=1, share=Decimal("0.5"), population=10)
    db.session.add(draw)
    db.session.flush()
    for outcome in ("passed", "passed", "passed", "failed", "pending"):
        db.session.add(SpotCheck(draw_id=draw.id, case_id=case_of(first, "exit", "county_review").id,
                                 region_code=village.code, outcome=outcome))
    db.session.commit()
    # Needs published in YEAR: 4; 2 with pledges; 1 completed in YEAR with a thanks note.
    needs = [factory.make_need(village=village, posted_by=officer) for _ in range(4)]
    for need in needs:
        need.published_at = at(3, 1)
    db.session.commit()
    factory.make_pledge(needs[0], quantity=2)
    factory.make_pledge(needs[1], quantity=10)
    needs[1].status, needs[1].closed_at = "completed", at(4, 1)
    db.session.commit()
    factory.make_feedback(needs[1])
    # Reviews in YEAR: one 3 days after submission, one 10 days after.
    for need, days in ((needs[2], 3), (needs[3], 10)):
        need.submitted_at = at(2, 1)
        db.session.add(ReviewRecord(need_id=need.id, level="county", reviewer_id=reviewer.id, decision="approve",
                                    created_at=at(2, 1 + days)))
    db.session.commit()
    # A cooperation project of YEAR: budget 1,000,000, 600,000 spent (confirmed).
    org = factory.make_organisation("paired_region", region_code="44")
    project = factory.make_project(org, recipient_region_code=COUNTY, year=YEAR, budget=1000000,
                                   helper_region_code="44")
    db.session.add(ProjectUpdate(project_id=project.id, text="进展", amount_spent=Decimal("600000"),
                                 posted_by_id=project.posted_by_id, confirmed_at=at(9, 1)))
    db.session.commit()
    return reviewer


# By hand: (numerator, denominator, value, score) per indicator; weights from the default set.
EXPECTED = {
    "identification_accuracy": (3, 4, 0.75, 78.95),  # 100 × 0.75 / 0.95; the pending check is not counted
    "plan_coverage": (2, 4, 0.5, 50.0),              # 100 × 0.5 / 1
    "review_timeliness": (1, 2, 0.5, 55.56),         # 100 × 0.5 / 0.9
    "matching_rate": (2, 4, 0.5, 62.5),              # 100 × 0.5 / 0.8
    "success_rate": (1, 4, 0.25, 41.67),             # 100 × 0.25 / 0.6
    "helper_coverage": (3, 4, 0.75, 75.0),           # 100 × 0.75 / 1
    "exit_compliance": (1, 2, 0.5, 50.0),            # income ≥ 4000: 5000 yes, 3000 no
    "return_rate": (1, 3, 0.3333, 9.0),              # 1 return in YEAR / 3 exited by YEAR; 100 × 0.03 / 0.3333
    "cooperation_funds": (600000, 1000000, 0.6, 66.67),  # 100 × 0.6 / 0.9
    "satisfaction": (1, 1, 1.0, 100.0),              # capped at 100
}
WEIGHTS = {"identification_accuracy": 10, "plan_coverage": 10, "review_timeliness": 10, "matching_rate": 15, "success_rate": 15, "helper_coverage": 10,
           "exit_compliance": 10, "return_rate": 10, "cooperation_funds": 5, "satisfaction": 5}


def test_a_hand_made_county_scores_as_calculated_by_hand(county):
    payload = figures.compute("assessment.counties", str(YEAR)).payload
    found = next(c for c in payload["counties"] if c["code"] == COUNTY)
    for code, (num, den, value, points) in EXPECTED.items():
        got = found["values"][code]
        assert (got["numerator"], got["denominator"]) == (num, den), code
        assert got["value"] == pytest.approx(value, abs=1e-4), code
        assert got["score"] == pytest.approx(points, abs=0.01), code
    total = sum(WEIGHTS[c] * EXPECTED[c][3] for c in WEIGHTS) / sum(WEIGHTS.values())  # 5581 / 100
    assert found["total"] == pytest.approx(55.81, abs=0.01) == pytest.approx(total, abs=0.01)
    assert found["coverage"] == 10 and found["rank_province"] == 1 and found["rank_national"] == 1
    # The year before: helper and plan coverage are current-state (75, 50); no return in 2024 over the one
    # household exited by then (0 ≤ 3 %: 100); that exit had no income recorded (0): (750 + 500 + 1000 + 0) / 40.
    assert found["previous_total"] == 56.25 and found["change"] == pytest.approx(55.81 - 56.25, abs=0.01)


def test_ranks_share_equal_totals_and_the_change_is_from_last_year():
    assert assessment._ranks([("a", 90.0), ("b", 80.0), ("c", 80.0), ("d", 70.0)]) == {"a": 1, "b": 2, "c": 2, "d": 4}
    assert assessment.score(0.5, 0.8, "higher") == 62.5
    assert assessment.score(0.01, 0.03, "lower") == 100.0
    assert assessment.score(None, 0.03, "lower") is None


def test_a_configured_indicator_set_replaces_the_default_and_bad_rows_change_nothing(county):
    rows = [{"code": "matching", "name": "需求对接率", "formula": "matching_rate", "weight": 1, "target": 0.5,
             "direction": "higher"}]
    problems = assessment.load_indicators([*rows, {"code": "x", "name": "", "formula": "nope", "weight": -1,
                                                   "target": 2, "direction": "up"}])
    assert len(problems) == 5 and all(p.startswith("第2项") for p in problems)
    assert [i.code for i in assessment.indicators()][0] == "identification_accuracy", "nothing was stored"
    assert assessment.load_indicators(rows) == []
    payload = figures.compute("assessment.counties", str(YEAR)).payload
    found = next(c for c in payload["counties"] if c["code"] == COUNTY)
    assert list(found["values"]) == ["matching"] and found["total"] == 100.0  # 0.5 against a target of 0.5


def test_offices_see_the_counties_below_them_and_a_county_only_itself(county, client, factory, login_as):
    other_village = factory.make_village(OTHER_TOWNSHIP)
    factory.make_household(other_village)
    payload = figures.compute("assessment.counties", str(YEAR)).payload
    assert {c["code"] for c in payload["counties"]} >= {COUNTY, OTHER_TOWNSHIP[:6]}
    login_as("office", office_level="county", region_code=COUNTY)
    html = client.get(f"/assessment?year={YEAR}").get_data(as_text=True)
    assert "威宁" in html and "赫章" not in html
    assert client.get(f"/assessment/{OTHER_TOWNSHIP[:6]}?year={YEAR}").status_code == 404
    assert client.get(f"/assessment/{COUNTY}?year={YEAR}").status_code == 200
    assert client.get(f"/assessment?year={YEAR}&region=520527").status_code == 404
    assert client.get("/assessment?year=1999").status_code == 302  # bad year: back to the page with a message


def test_a_county_office_cannot_see_another_countys_dashboard_or_rows(county, client, factory, login_as):
    other_village = factory.make_village(OTHER_TOWNSHIP)
    other_need = factory.make_need(village=other_village)
    login_as("office", office_level="county", region_code=COUNTY)
    assert client.get("/dashboard").status_code == 200
    assert client.get(f"/dashboard?region={OTHER_TOWNSHIP[:6]}").status_code == 404
    assert client.get("/dashboard?region=52").status_code == 404
    assert client.get(f"/dashboard/needs?region={OTHER_TOWNSHIP[:6]}").status_code == 404
    assert client.get(f"/dashboard/needs.xlsx?region={OTHER_TOWNSHIP[:6]}").status_code == 404
    listed = client.get("/dashboard/needs").get_data(as_text=True)
    assert f">{other_need.id}</a>" not in listed
    assert f'href="/work/needs/{other_need.id}"' not in listed


def test_the_load_command_refuses_a_bad_file_whole_and_stores_a_good_one(app, db, tmp_path):
    import json

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"code": "a", "name": "甲", "formula": "matching_rate", "weight": 1, "target": 0.5,
                                "direction": "higher"}, {"code": "a", "name": "乙", "formula": "x", "weight": 0,
                                                         "target": 0.5, "direction": "higher"}]), encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["assessment", "load", str(bad)])
    assert result.exit_code != 0 and "第2项：代码为空、过长或重复" in result.output and "第2项：公式应为" in result.output
    assert assessment.indicators()[0].code == "identification_accuracy"
    good = tmp_path / "good.json"
    shown = app.test_cli_runner().invoke(args=["assessment", "indicators"])
    good.write_text(shown.output, encoding="utf-8")
    assert app.test_cli_runner().invoke(args=["assessment", "load", str(good)]).exit_code == 0
    assert [i.code for i in assessment.indicators()] == [row[0] for row in assessment.DEFAULT_INDICATORS]
    computed = app.test_cli_runner().invoke(args=["assessment", "compute", "--year", str(YEAR)])
    assert computed.exit_code == 0 and f"{YEAR}:" in computed.output
