"""Matching in the portal: recomputing matches, 为您推荐, offices' suggestions, training on outcomes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.extensions import db as _db
from app.models import Match, Notification, Offer, Pledge, SearchOutbox
from app.services import matching as matching_service
from tests import factories


def make_offer(poster, **kw) -> Offer:
    """Create an active offer of winter clothes (棉衣) from ``poster``, anywhere unless told otherwise."""
    kw.setdefault("title", "捐赠冬季棉衣")
    kw.setdefault("quantity", 20)
    return factories.make_offer(poster, **kw)


@pytest.fixture()
def model_path(app, tmp_path):
    previous = app.config["MATCH_MODEL_PATH"]
    app.config["MATCH_MODEL_PATH"] = str(tmp_path / "model.joblib")
    app.extensions.pop("matching", None)
    yield tmp_path / "model.joblib"
    app.config["MATCH_MODEL_PATH"] = previous
    app.extensions.pop("matching", None)


def test_run_matches_pairs_only_admissible_needs_and_offers(db, factory, model_path):
    donor = factory.make_user("donor")
    winter = factory.make_need(title="老人冬季需要棉衣", category="living")
    factory.make_need(title="孩子上学需要书包", category="education")
    elsewhere = make_offer(donor, regions=["53"], title="云南专用棉衣")  # 威宁 is in 贵州 (52)
    offer = make_offer(donor, regions=["52"])
    report = matching_service.run_matches()
    pairs = {(m.need_id, m.offer_id) for m in _db.session.scalars(select(Match))}
    assert pairs == {(winter.id, offer.id)}
    assert report.written == 1 and elsewhere.id not in {o for _, o in pairs}


def test_run_matches_writes_matches_to_the_search_outbox(db, factory, model_path):
    donor = factory.make_user("donor")
    factory.make_need(category="living")
    make_offer(donor)
    matching_service.run_matches()
    assert _db.session.scalars(select(SearchOutbox.index_name).where(SearchOutbox.index_name == "matches")).first()


def test_run_matches_again_removes_pairs_that_no_longer_hold(db, factory, model_path):
    donor = factory.make_user("donor")
    need = factory.make_need(category="living")
    make_offer(donor)
    matching_service.run_matches()
    need.status = "closed"
    _db.session.commit()
    report = matching_service.run_matches()
    assert report.removed == 1
    assert _db.session.scalars(select(Match)).all() == []


def test_donor_sees_recommended_needs_with_reasons_in_chinese(client, factory, login_as, model_path):
    donor = login_as("donor")
    factory.make_need(title="老人冬季需要棉衣", category="living", urgency=3, quantity=10)
    make_offer(donor, quantity=20)
    matching_service.run_matches()
    page = client.get("/recommendations").get_data(as_text=True)
    assert "老人冬季需要棉衣" in page
    assert "可满足全部需求" in page and "紧急" in page
    assert "精准优先" in page  # closes the need of an urgent household: the office's priority rule


def test_an_office_sees_unpledged_needs_with_offers_and_can_suggest_one(client, factory, login_as, model_path):
    office = login_as("office", office_level="county")
    donor = factory.make_user("donor")
    need = factory.make_need(title="老人冬季需要棉衣", category="living")
    offer = make_offer(donor)
    matching_service.run_matches()
    page = client.get("/office/matches").get_data(as_text=True)
    assert need.title in page and offer.title in page
    match = _db.session.scalars(select(Match)).one()
    response = client.post(f"/office/matches/{match.id}/suggest")
    assert response.status_code == 302
    _db.session.refresh(match)
    assert match.suggested_at is not None
    note = _db.session.scalars(select(Notification).where(Notification.user_id == donor.id)).one()
    assert offer.title in note.message and office.id != donor.id


def test_an_office_cannot_suggest_a_match_outside_its_county(client, factory, login_as, model_path):
    login_as("office", office_level="county", region_code="520527")  # 赫章县, next to 威宁县
    donor = factory.make_user("donor")
    factory.make_need(category="living")  # in 威宁县
    make_offer(donor)
    matching_service.run_matches()
    match = _db.session.scalars(select(Match)).one()
    response = client.post(f"/office/matches/{match.id}/suggest")
    assert response.status_code == 404
    _db.session.refresh(match)
    assert match.suggested_at is None


def test_a_donor_cannot_see_recommendations_for_someone_elses_offer(client, factory, login_as, model_path):
    login_as("donor")
    other = factory.make_user("donor")
    offer = make_offer(other)
    assert client.get(f"/recommendations?offer={offer.id}").status_code == 404


def test_match_run_command_reports_what_it_wrote(app, factory, db, model_path):
    donor = factory.make_user("donor")
    factory.make_need(category="living")
    make_offer(donor)
    result = app.test_cli_runner().invoke(args=["match", "run"])
    assert result.exit_code == 0, result.output
    assert "1 matches written" in result.output


def test_match_train_refuses_to_replace_the_model_without_enough_outcomes(app, db, model_path):
    result = app.test_cli_runner().invoke(args=["match", "train"])
    assert result.exit_code == 0
    assert "需要至少" in result.output
    assert not model_path.exists()


def _outcomes(factory, count: int):
    """Create completed pledges from same-county offers and cancelled ones from far-away, unrelated offers."""
    donor = factory.make_user("donor")
    village = factory.make_village()
    for i in range(count):
        good = factory.make_need(village=village, title=f"冬季棉衣需求{i}", category="living", status="completed",
                                 urgency=3)
        near = make_offer(donor, regions=["520526"], title=f"棉衣捐赠{i}")
        _db.session.add(Pledge(need_id=good.id, offer_id=near.id, donor_id=donor.id, quantity=Decimal(1),
                               status="completed"))
        bad = factory.make_need(village=village, title=f"学生助学金{i}", category="living", status="completed",
                                description="希望资助学费", urgency=1)
        far = make_offer(donor, regions=[], title=f"农机具租赁{i}", description="旋耕机")
        _db.session.add(Pledge(need_id=bad.id, offer_id=far.id, donor_id=donor.id, quantity=Decimal(1),
                               status="cancelled"))
    _db.session.commit()


def test_match_train_reports_held_out_quality_and_saves_the_model(app, factory, db, model_path):
    _outcomes(factory, 20)
    result = app.test_cli_runner().invoke(args=["match", "train"])
    assert result.exit_code == 0, result.output
    assert "held-out ROC AUC" in result.output
    assert "labelled pairs: 40 (20 positive)" in result.output
    if "已替换" in result.output:
        assert model_path.exists()
        assert matching_service.scorer().is_fitted
    else:
        assert not model_path.exists()


def test_a_trained_model_is_used_for_the_next_run(app, factory, db, model_path):
    _outcomes(factory, 20)
    matching_service.train(force=True)
    donor = factory.make_user("donor")
    factory.make_need(category="living", deadline=date(2099, 1, 1))
    make_offer(donor)
    report = matching_service.run_matches()
    assert report.model_version == matching_service.scorer().model_version
    assert ":default:" not in report.model_version


def test_match_allocate_compares_the_optimal_plan_with_greedy_and_writes_it(app, factory, db, model_path, tmp_path):
    donor = factory.make_user("donor")
    for i in range(3):
        factory.make_need(title=f"冬季棉衣需求{i}", category="living", quantity=5)
    make_offer(donor, quantity=8)
    out = tmp_path / "plan.jsonl"
    result = app.test_cli_runner().invoke(args=["match", "allocate", "--max-per-beneficiary", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "optimal" in result.output and "greedy" in result.output
    import json

    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sum(line["quantity"] for line in lines) == 8
    assert all(line["quantity"] <= 5 for line in lines)


def test_a_pledge_made_from_a_recommendation_is_recorded_as_such(client, factory, login_as, model_path):
    donor = login_as("donor")
    need = factory.make_need(title="老人冬季需要棉衣", category="living", quantity=10)
    make_offer(donor, quantity=20)
    matching_service.run_matches()
    page = client.get("/recommendations").get_data(as_text=True)
    link = f"/needs/{need.id}/pledge?from=recommendation"
    assert link in page
    response = client.post(link, data={"quantity": "10", "offer_id": ""})
    assert response.status_code == 302, response.get_data(as_text=True)
    pledge = _db.session.scalars(select(Pledge).where(Pledge.need_id == need.id)).one()
    assert pledge.from_recommendation is True


def test_the_donors_home_and_offer_page_show_recommendations_for_their_offers(client, factory, login_as, model_path):
    donor = login_as("donor")
    need = factory.make_need(title="老人冬季需要棉衣", category="living", urgency=3)
    offer = make_offer(donor)
    matching_service.run_matches()
    link = f"/needs/{need.id}/pledge?from=recommendation"
    home = client.get("/my/").get_data(as_text=True)
    assert "为您推荐" in home and link in home
    detail = client.get(f"/offers/{offer.id}").get_data(as_text=True)
    assert "为您推荐" in detail and link in detail and "紧急" in detail


def test_the_donors_home_reads_its_recommendations_as_rows_that_say_what_the_matches_say(
        client, factory, login_as, model_path):
    """The donor home's plain rows (RecommendationRow) against recommendations_for_user's Match objects: same
    pairs in the same order, the need's title and public place (a household need's township, a village
    need's village), the offer's title and the reasons; and the page shows them."""
    donor = login_as("donor")
    village = factory.make_village(name="上寨村")
    household = factory.make_household(village)
    for_household = factory.make_need(village, household=household, title="老人冬季需要棉衣", category="living",
                                      urgency=3)
    for_village = factory.make_need(village, title="村小学冬季棉衣", category="living")
    make_offer(donor)
    make_offer(donor, title="捐赠棉被和棉衣")
    matching_service.run_matches()
    objects = matching_service.recommendations_for_user(donor, limit=5)
    rows = matching_service.recommendation_rows_for_user(donor, limit=5)
    assert len(rows) == len(objects) >= 3
    assert {row.need_id for row in rows} == {for_household.id, for_village.id}
    for row, rec in zip(rows, objects, strict=True):
        assert (row.need_id, row.offer_id, row.need_title, row.need_place, row.offer_title, row.labels) == (
            rec.match.need_id, rec.match.offer_id, rec.match.need.title, rec.match.need.public_place,
            rec.match.offer.title, rec.labels)
    places = {row.need_id: row.need_place for row in rows}
    assert places == {for_household.id: village.township.name, for_village.id: "上寨村"}
    assert village.township.name != "上寨村"
    home = client.get("/my/").get_data(as_text=True)
    for row in rows:
        assert f"/needs/{row.need_id}/pledge?from=recommendation&amp;offer={row.offer_id}" in home
        assert f"· {row.need_place} · 对应资源：{row.offer_title}" in home


def test_an_offer_the_matcher_has_not_seen_yet_is_scored_when_its_page_opens(client, factory, login_as, model_path):
    donor = login_as("donor")
    need = factory.make_need(title="老人冬季需要棉衣", category="living")
    offer = make_offer(donor)
    detail = client.get(f"/offers/{offer.id}").get_data(as_text=True)
    assert "本资源可对接的需求" in detail and f"/needs/{need.id}/pledge?from=recommendation&amp;offer={offer.id}" in detail
    assert _db.session.scalars(select(Match).where(Match.offer_id == offer.id)).one().need_id == need.id


def test_a_quilt_offer_lists_quilt_needs_first_with_the_item_reason(client, factory, login_as, model_path):
    donor = login_as("donor")
    coat = factory.make_need(title="老人冬季需要棉衣", description="老人怕冷。", category="living", urgency=3)
    quilt = factory.make_need(title="冬天缺被子", description="去年已领到棉衣。", category="living", unit="床")
    offer = make_offer(donor, title="爱心企业捐赠棉被", unit="床")
    matching_service.run_matches()
    page = client.get(f"/offers/{offer.id}").get_data(as_text=True)
    section = page[page.index('id="offer-candidates"'):]
    assert section.index(f"/needs/{quilt.id}/pledge") < section.index(f"/needs/{coat.id}/pledge")
    assert "物品一致：棉被" in section


def test_a_pledge_from_a_recommendation_preselects_the_offer_and_draws_it_down(client, factory, login_as, model_path):
    donor = login_as("donor")
    need = factory.make_need(title="老人冬季需要棉衣", category="living", quantity=10)
    offer = make_offer(donor, quantity=20)
    matching_service.run_matches()
    link = f"/needs/{need.id}/pledge?from=recommendation&offer={offer.id}"
    assert link.replace("&", "&amp;") in client.get("/recommendations").get_data(as_text=True)
    form = client.get(link).get_data(as_text=True)
    assert f'<option selected value="{offer.id}">' in form or f'value="{offer.id}" selected' in form
    response = client.post(link, data={"quantity": "10", "offer_id": str(offer.id)})
    assert response.status_code == 302, response.get_data(as_text=True)
    pledge = _db.session.scalars(select(Pledge).where(Pledge.need_id == need.id)).one()
    assert pledge.offer_id == offer.id and pledge.from_recommendation is True
    _db.session.refresh(offer)
    assert offer.remaining == 10


@pytest.fixture()
def lexicon_dir(app, tmp_path):
    previous = app.config.get("MATCH_LEXICON_DIR")
    app.config["MATCH_LEXICON_DIR"] = str(tmp_path / "lexicon")
    app.extensions.pop("matching", None)
    yield tmp_path / "lexicon"
    app.config["MATCH_LEXICON_DIR"] = previous
    app.extensions.pop("matching", None)


def test_an_office_adds_a_regional_name_by_file_and_matching_uses_it(app, factory, model_path, lexicon_dir, tmp_path):
    donor = factory.make_user("donor")
    need = factory.make_need(title="需要铺盖卷儿", description="冬天冷。", category="living", unit="床")
    offer = make_offer(donor, title="捐赠棉被", unit="床")
    source = tmp_path / "本县补充.tsv"
    source.write_text("living\t棉被/铺盖卷儿\t\t床\n", encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["match", "lexicon-add", str(source)])
    assert result.exit_code == 0, result.output
    assert "需要：棉被" in app.test_cli_runner().invoke(args=["match", "lexicon", "需要铺盖卷儿"]).output
    size = app.test_cli_runner().invoke(args=["match", "lexicon"]).output
    assert f"其中 {len(matching_service.lexicon().thesaurus_names)} 个名称来自《同义词词林》" in size
    matching_service.run_matches()
    match = _db.session.scalars(select(Match).where(Match.offer_id == offer.id, Match.need_id == need.id)).one()
    assert match.reasons["item"] == 1.0 and match.reasons["item_reason"] == "物品一致：棉被"


def test_a_bad_lexicon_file_is_refused_and_nothing_is_installed(app, lexicon_dir, tmp_path):
    source = tmp_path / "bad.tsv"
    source.write_text("food\t馒头\t\t个\n", encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["match", "lexicon-add", str(source)])
    assert result.exit_code != 0 and "category" in result.output
    assert not (lexicon_dir / "bad.tsv").exists()


def test_a_sharded_run_recomputes_only_its_offers(db, factory, model_path):
    donor = factory.make_user("donor")
    factory.make_need(category="living")
    offers = [make_offer(donor) for _ in range(4)]
    report = matching_service.run_matches(shard=1, shards=2)
    matched = {m.offer_id for m in _db.session.scalars(select(Match))}
    assert report.offers == 2 and matched == {o.id for o in offers if o.id % 2 == 1}


def test_a_need_filed_under_an_old_county_code_matches_an_offer_for_the_new_county_at_its_own_centre(
    db, factory, model_path
):
    # 黔西县 520522 became 黔西市 520581 in 2021; a need from an old record still carries 520522.
    need = factory.make_need(title="冬天缺棉衣", category="living")
    need.region_code = "520522104201"
    _db.session.commit()
    org = factory.make_organisation(region_code="520581")
    donor = factory.make_user("org_member", organisation_id=org.id)
    offer = make_offer(donor, regions=["520581"])
    matching_service.match_offer(offer.id)
    match = _db.session.scalars(select(Match).where(Match.offer_id == offer.id)).one()
    # Donor and need in the same county, measured between the same centre: 黔西市's own, not 毕节's.
    assert match.need_id == need.id
    assert match.reasons["region"] == 1.0 and match.reasons["distance"] == 1.0


def test_a_model_saved_before_the_priority_feature_falls_back_to_the_default_weights_with_a_warning(
        app, factory, db, model_path, caplog):
    import joblib

    from matching import FEATURE_NAMES

    model_path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump({"format": "matching-scorer/2", "features": [f for f in FEATURE_NAMES if f != "priority"],
                 "params": {}, "state": {"coef_": [1.0] * 12}}, model_path)
    donor = factory.make_user("donor")
    factory.make_need(category="living", urgency=3, quantity=10)
    make_offer(donor, quantity=20)
    with caplog.at_level("WARNING"):
        report = matching_service.run_matches()
    assert "ignoring saved model" in caplog.text and "matching-scorer/2" in caplog.text
    assert ":default:" in report.model_version and report.written == 1
