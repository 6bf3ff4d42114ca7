"""`flask demo seed`: a deterministic, realistic demo world that keeps every rule of the domain."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from app import create_app
from app.crypto import cipher
from app.demo import DEMO_PASSWORD_SUFFIX, SHARED_PASSWORD
from app.demo import vocabulary
from app.demo.people import id_number_is_valid
from app.extensions import db
from app.models import (
    ACTIVE_PLEDGE_STATUSES,
    OPEN_NEED_STATUSES,
    CooperationProject,
    Designation,
    Feedback,
    Household,
    HouseholdMember,
    Need,
    Offer,
    Organisation,
    Pairing,
    Pledge,
    Region,
    ReviewRecord,
    User,
    Village,
    credit_code_problem,
)
from tests.conftest import make_test_config

HOUSEHOLDS = 60
SEED = 7


def _seeded_app(databases, tmp_path_factory, name: str):
    from app.reference import load_reference_data

    tmp_dir = tmp_path_factory.mktemp(name)
    app = create_app(make_test_config(tmp_dir, databases.new_url(name)))
    with app.app_context():
        db.create_all()
        load_reference_data()
    result = app.test_cli_runner().invoke(args=["demo", "seed", "--households", str(HOUSEHOLDS), "--seed", str(SEED)])
    assert result.exit_code == 0, result.output
    return app, result.output


@pytest.fixture(scope="module")
def world(databases, tmp_path_factory):
    """Return the app on a database holding a small demo world, and what the command printed."""
    app, output = _seeded_app(databases, tmp_path_factory, "demo_a")
    yield app, output
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture()
def demo(world):
    """Yield inside the demo world's app context."""
    app, _ = world
    with app.app_context():
        yield app
        db.session.rollback()


def _fingerprint_of_world() -> dict:
    counts = {table.name: db.session.scalar(select(func.count()).select_from(table))
              for table in db.metadata.sorted_tables}
    titles = list(db.session.scalars(select(Need.title).order_by(Need.id)))
    states = list(db.session.scalars(select(Need.status).order_by(Need.id)))
    masked = list(db.session.scalars(select(Household.head_name_masked).order_by(Household.id)))
    villages = list(db.session.scalars(select(Village.code).order_by(Village.id)))
    return {"counts": counts, "titles": titles, "states": states, "masked": masked, "villages": villages}


def test_the_same_seed_builds_the_same_world_in_two_fresh_databases(world, databases, tmp_path_factory):
    first_app, _ = world
    second_app, _ = _seeded_app(databases, tmp_path_factory, "demo_b")
    with first_app.app_context():
        first = _fingerprint_of_world()
    with second_app.app_context():
        second = _fingerprint_of_world()
        db.session.remove()
        db.engine.dispose()
    assert first == second
    assert first["counts"]["households"] == HOUSEHOLDS


def test_every_state_of_the_needs_life_is_present(demo):
    states = Counter(db.session.execute(select(Need.status, Need.review_level)).all())
    present = {status for status, _ in states}
    assert present >= {"draft", "pending", "rejected", "published", "pledged", "delivered", "completed",
                       "expired", "closed"}
    assert states[("pending", 0)] > 0 and states[("pending", 1)] > 0


def test_every_pledge_state_is_present_and_shipped_pledges_carry_a_tracking_number(demo):
    statuses = set(db.session.scalars(select(Pledge.status)))
    assert statuses == {"pledged", "shipped", "received", "completed", "cancelled", "expired"}
    shipped = db.session.scalars(select(Pledge).where(Pledge.status == "shipped")).all()
    goods = [p for p in shipped if p.need.kind == "goods"]
    assert goods and all(p.delivery_method == "express" and p.carrier and p.tracking_number for p in goods)
    express = db.session.scalars(select(Pledge).where(Pledge.delivery_method == "express")).all()
    assert all(bool(p.tracking_number) == (p.shipped_at is not None) for p in express)


def test_every_offer_state_is_present(demo):
    assert set(db.session.scalars(select(Offer.status))) == {"active", "paused", "exhausted", "expired", "withdrawn"}


def test_pledged_quantity_of_every_need_is_the_sum_of_its_active_pledges(demo):
    active = dict(db.session.execute(
        select(Pledge.need_id, func.sum(Pledge.quantity))
        .where(Pledge.status.in_(ACTIVE_PLEDGE_STATUSES)).group_by(Pledge.need_id)
    ).all())
    for need in db.session.scalars(select(Need)):
        assert need.pledged_quantity == Decimal(active.get(need.id, 0)), need
        assert 0 <= need.pledged_quantity <= need.quantity


def test_needs_are_fully_pledged_exactly_from_the_pledged_state_on(demo):
    for need in db.session.scalars(select(Need)):
        if need.status in ("pledged", "delivered", "completed"):
            assert need.pledged_quantity == need.quantity, need
        else:
            assert need.pledged_quantity < need.quantity, need
        if need.status in ("draft", "pending", "rejected"):
            assert need.pledged_quantity == 0 and need.published_at is None


def test_offers_remaining_is_quantity_less_what_active_pledges_took(demo):
    taken = dict(db.session.execute(
        select(Pledge.offer_id, func.sum(Pledge.quantity))
        .where(Pledge.offer_id.is_not(None), Pledge.status.in_(ACTIVE_PLEDGE_STATUSES)).group_by(Pledge.offer_id)
    ).all())
    assert taken, "some pledges are drawn from offers"
    for offer in db.session.scalars(select(Offer)):
        assert offer.remaining == offer.quantity - Decimal(taken.get(offer.id, 0)), offer
        assert (offer.status == "exhausted") == (offer.remaining == 0), offer


def test_pledges_drawn_from_an_offer_are_made_by_its_poster_for_its_category_and_regions(demo):
    pledges = db.session.scalars(select(Pledge).where(Pledge.offer_id.is_not(None))).all()
    for pledge in pledges:
        offer = pledge.offer
        assert pledge.donor_id == offer.poster_id
        assert pledge.need.category in offer.categories
        assert not offer.regions or any(pledge.need.region_code.startswith(r) for r in offer.regions)


def test_no_household_has_more_than_three_open_needs(demo):
    open_counts = db.session.execute(
        select(Need.household_id, func.count(Need.id))
        .where(Need.household_id.is_not(None), Need.status.in_(OPEN_NEED_STATUSES)).group_by(Need.household_id)
    ).all()
    assert open_counts and max(n for _, n in open_counts) <= 3


def test_open_needs_have_only_registered_or_returned_households_as_beneficiaries(demo):
    statuses = set(db.session.scalars(
        select(Household.status).join(Need, Need.household_id == Household.id)
        .where(Need.status.in_(OPEN_NEED_STATUSES))
    ))
    assert statuses <= {"registered", "returned"}


def test_titles_are_four_to_thirty_characters_and_varied(demo):
    titles = list(db.session.scalars(select(Need.title)))
    assert all(4 <= len(t) <= 30 for t in titles), [t for t in titles if not 4 <= len(t) <= 30]
    assert len(set(titles)) >= 0.8 * len(titles)
    descriptions = list(db.session.scalars(select(Need.description)))
    assert all(1 <= d.count("。") <= 3 for d in descriptions)
    assert len(set(descriptions)) >= 0.9 * len(descriptions)


def test_household_needs_never_name_the_household_or_its_village(demo):
    needs = db.session.scalars(select(Need).where(Need.household_id.is_not(None))).all()
    for need in needs:
        household = need.household
        for secret in (household.head_name, need.village.name, *(m.name for m in household.members)):
            assert secret not in need.title and secret not in need.description


def test_approved_and_rejected_needs_carry_their_review_records(demo):
    levels = demo.config["REVIEW_LEVELS"]
    for need in db.session.scalars(select(Need)):
        decisions = [(r.level, r.decision) for r in need.reviews]
        if need.status in ("published", "pledged", "delivered", "completed", "expired", "closed"):
            assert decisions == [(level, "approve") for level in levels], need
        elif need.status == "pending":
            assert decisions == [(level, "approve") for level in levels[: need.review_level]], need
            # It waits at its level since its last approval, else since its submission (the review queue's order).
            assert need.level_since == (need.reviews[-1].created_at if need.reviews else need.submitted_at), need
        elif need.status == "rejected":
            assert decisions[-1][1] == "reject" and need.reviews[-1].reason, need
        else:
            assert decisions == []


def test_reviewers_are_the_offices_of_the_needs_own_region(demo):
    for review in db.session.scalars(select(ReviewRecord)):
        reviewer = review.reviewer
        assert reviewer.role == "office" and reviewer.office_level == review.level
        assert review.need.region_code.startswith(reviewer.region_code)


def test_published_needs_have_deadlines_ahead_and_expired_needs_behind(demo):
    from app.models._types import utcnow

    today = utcnow().date()
    for need in db.session.scalars(select(Need).where(Need.status.in_(("published", "pledged")))):
        assert need.deadline is not None and need.deadline > today
    for need in db.session.scalars(select(Need).where(Need.status == "expired")):
        assert need.deadline < today and need.published_at.date() < need.deadline


def test_unshipped_pledges_are_younger_than_the_shipping_period(demo):
    from datetime import timedelta

    from app.models._types import utcnow

    limit = utcnow() - timedelta(days=demo.config["PLEDGE_SHIP_DAYS"])
    for pledge in db.session.scalars(select(Pledge).where(Pledge.status == "pledged")):
        assert pledge.created_at > limit
        assert pledge.created_at >= pledge.need.published_at


def test_thanks_are_written_only_on_completed_needs(demo):
    feedback = db.session.scalars(select(Feedback)).all()
    assert feedback and all(f.need.status == "completed" for f in feedback)


def test_cooperation_projects_are_only_for_regions_really_paired_with_the_poster(demo):
    projects = db.session.scalars(select(CooperationProject)).all()
    assert projects
    for project in projects:
        assert project.organisation.kind == "paired_region"
        assert project.organisation.region_code == project.helper_region_code
        assert Pairing.covers(project.helper_region_code, project.recipient_region_code), project.title
    assert any(u.confirmed_at is not None for p in projects for u in p.updates)


def test_organisations_of_every_kind_have_valid_credit_codes(demo):
    organisations = db.session.scalars(select(Organisation)).all()
    assert {o.kind for o in organisations} == {"enterprise", "social_org", "gov_unit", "paired_region", "military"}
    assert all(credit_code_problem(o.credit_code) is None for o in organisations)


def test_government_units_are_designated_to_the_demo_poverty_counties(demo):
    designated = set(db.session.scalars(select(Designation.county_code)))
    demo_counties = {code[:6] for code in db.session.scalars(select(Village.code))}
    assert designated == demo_counties
    for designation in db.session.scalars(select(Designation)):
        assert designation.organisation.kind == "gov_unit" and designation.county.is_poverty_county
        assert designation.county_code.startswith(designation.organisation.region_code)


def test_villages_lie_in_poverty_counties_under_real_townships(demo):
    for village in db.session.scalars(select(Village)):
        assert len(village.code) == 12 and village.code.startswith(village.township_code)
        assert village.township.level == "township"
        assert db.session.get(Region, village.code[:6]).is_poverty_county


def test_households_have_valid_id_numbers_of_their_county_and_encrypted_personal_data(demo):
    for household in db.session.scalars(select(Household)):
        assert id_number_is_valid(household.id_number)
        assert household.id_number.startswith(household.village.code[:6])
        assert household.id_fingerprint == cipher().fingerprint(household.id_number)
        assert household.phone.startswith("1") and len(household.phone) == 11
        assert household.members_count == len(household.members)
        assert household.members[0].relation == "户主" and household.members[0].name == household.head_name
        assert household.helper.role == "helper"
    raw = db.session.execute(text("SELECT head_name, id_number, phone, address FROM households")).all()
    clear = db.session.execute(select(Household.head_name, Household.id_number)).all()
    clear_values = {v for row in clear for v in row}
    assert not any(value in clear_values for row in raw for value in row)
    raw_members = set(db.session.scalars(text("SELECT name FROM household_members")))
    assert not raw_members & set(db.session.scalars(select(HouseholdMember.name)))


def test_offices_sit_at_every_level_of_the_demo_village(demo):
    officer = User.by_username("demo_village")
    village_code = officer.village.code
    for level, username in (("township", "demo_township"), ("county", "demo_county"),
                            ("prefecture", "demo_prefecture"), ("province", "demo_province")):
        office = User.by_username(username)
        assert office.role == "office" and office.office_level == level
        assert village_code.startswith(office.region_code)
    assert User.by_username("demo_national").office_level == "national"
    helper = User.by_username("demo_helper")
    assert db.session.scalar(select(func.count(Household.id)).where(Household.helper_id == helper.id)) > 0


def test_the_command_prints_one_account_per_role_and_each_can_sign_in(world):
    app, output = world
    usernames = ["demo_admin", "demo_national", "demo_province", "demo_prefecture", "demo_county", "demo_township",
                 "demo_village", "demo_helper", "demo_donor", "demo_enterprise", "demo_social_org",
                 "demo_gov_unit", "demo_paired_region", "demo_military"]
    for username in usernames:
        assert f"{username}{DEMO_PASSWORD_SUFFIX}" in output
    assert SHARED_PASSWORD in output
    for username in usernames:
        client = app.test_client()
        response = client.post("/auth/login", data={"username": username, "password": username + DEMO_PASSWORD_SUFFIX})
        assert response.status_code == 302, username


def test_generated_accounts_share_the_documented_password(world):
    app, _ = world
    with app.app_context():
        username = db.session.scalar(select(User.username).where(User.username.like("donor%")).limit(1))
    response = app.test_client().post("/auth/login", data={"username": username, "password": SHARED_PASSWORD})
    assert response.status_code == 302


def test_seeding_again_is_refused_and_if_empty_skips(world):
    app, _ = world
    runner = app.test_cli_runner()
    again = runner.invoke(args=["demo", "seed", "--households", "40"])
    assert again.exit_code != 0 and "demo_admin" in again.output
    skipped = runner.invoke(args=["demo", "seed", "--if-empty"])
    assert skipped.exit_code == 0 and "skipped" in skipped.output
    with app.app_context():
        assert db.session.scalar(select(func.count(Household.id))) == HOUSEHOLDS


# --- realism: what a reader of the demo notices --------------------------------------------------

DOUBLED = re.compile(r"([\u4e00-\u9fff]{2,})\1")


def test_finished_projects_have_spent_their_budget(demo):
    finished = db.session.scalars(select(CooperationProject).where(CooperationProject.status == "completed")).all()
    assert finished
    for project in finished:
        assert project.spent == project.budget, project.title


def _work_of(project) -> str:
    kinds = [k for k in vocabulary.PROJECT_KINDS if k[1] in project.title]
    assert len(kinds) == 1, project.title
    return kinds[0][3]


def _pattern(template: str) -> re.Pattern:
    return re.compile(re.sub(r"\\\{[nkt]\\\}", r"\\d+", re.escape(template)) + "$")


def test_project_updates_fit_the_kind_of_project(demo):
    projects = db.session.scalars(select(CooperationProject)).all()
    checked = 0
    for project in projects:
        work = _work_of(project)
        allowed = [t for stage in vocabulary.PROJECT_UPDATE_STAGES[work] for t in stage]
        allowed += vocabulary.PROJECT_FINAL_TEXTS[work]
        patterns = [_pattern(t) for t in allowed]
        for update in project.updates:
            assert any(p.match(update.text) for p in patterns), (project.title, update.text)
            checked += 1
    assert checked > 0


def test_no_generated_title_says_a_word_twice(demo):
    for model in (Need, Offer, CooperationProject):
        doubled = [t for t in db.session.scalars(select(model.title)) if DOUBLED.search(t)]
        assert not doubled, (model.__name__, doubled[:5])


def test_need_titles_of_every_item_never_double_a_word():
    import random

    from app.demo import texts

    for item in vocabulary.ITEMS:
        for seed in range(40):
            rng = random.Random(seed)
            quantity = Decimal(item.low)
            for title in (texts.need_title(rng, item, quantity),
                          texts.need_title(rng, item, quantity, village_name="石门坎村", place="石门乡"),
                          texts.offer_title(rng, item, quantity)):
                assert not DOUBLED.search(title), (item.key, title)


def test_the_seed_prints_the_accounts_and_does_not_ask_for_a_reindex(world):
    _, output = world
    assert "演示账号（密码 = 用户名 + “#Demo2014”）" in output
    assert "reindex" not in output


def test_demo_accounts_prints_every_role_from_the_database_also_after_a_skipped_seed(world):
    app, seed_output = world
    runner = app.test_cli_runner()
    assert "skipped" in runner.invoke(args=["demo", "seed", "--if-empty"]).output
    result = runner.invoke(args=["demo", "accounts"])
    assert result.exit_code == 0
    printed = [line.split()[0] for line in result.output.splitlines() if line.startswith("  demo_")]
    assert printed == [line.split()[0] for line in seed_output.splitlines() if line.startswith("  demo_")]
    assert "demo_township#Demo2014" in result.output and "乡镇扶贫办（" in result.output
    assert SHARED_PASSWORD in result.output


def test_demo_accounts_on_an_empty_database_says_how_to_make_them(app):
    result = app.test_cli_runner().invoke(args=["demo", "accounts"])
    assert result.exit_code == 0 and "flask demo seed" in result.output
