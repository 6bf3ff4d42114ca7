"""The worker's needs index: built once, kept current from the database, never storing a stale need."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.extensions import db as _db
from app.models import Match
from app.services import matching as matching_service
from app.services import need_index, needs as needs_service, pledges


@pytest.fixture()
def fresh_index(app):
    """Give the test an empty matching cache (no index, default model) and leave none behind."""
    app.extensions.pop("matching", None)
    yield
    app.extensions.pop("matching", None)


def _matched(offer_id: int) -> list[int]:
    return sorted(m.need_id for m in _db.session.scalars(select(Match).where(Match.offer_id == offer_id)))


def _quilt_offer(factory, **kw):
    return factory.make_offer(factory.make_user("donor"), title="捐赠棉被", unit="床", **kw)


def test_a_need_published_after_the_index_was_built_is_matched_to_the_next_offer(db, factory, fresh_index):
    first = factory.make_need(title="冬天缺棉被", unit="床")
    matching_service.match_offer(_quilt_offer(factory).id)  # builds the index
    later = factory.make_need(title="老人缺被子", unit="床")
    offer = _quilt_offer(factory)
    matching_service.match_offer(offer.id)
    assert _matched(offer.id) == sorted([first.id, later.id])


def test_a_need_closed_after_the_index_was_built_loses_its_matches_at_the_next_match(db, factory, fresh_index):
    keep = factory.make_need(title="冬天缺棉被", unit="床")
    gone = factory.make_need(title="老人缺被子", unit="床")
    offer = _quilt_offer(factory)
    matching_service.match_offer(offer.id)
    assert _matched(offer.id) == sorted([keep.id, gone.id])
    needs_service.close_need(gone, "已由亲属解决")
    _db.session.commit()
    matching_service.match_offer(offer.id)
    assert _matched(offer.id) == [keep.id]


def test_a_need_pledged_in_full_is_no_longer_matched(db, factory, fresh_index):
    need = factory.make_need(title="冬天缺棉被", unit="床", quantity=2)
    other = factory.make_need(title="老人缺被子", unit="床")
    offer = _quilt_offer(factory)
    matching_service.match_offer(offer.id)
    pledges.pledge(factory.make_user("donor"), need.id, 2)
    matching_service.match_offer(offer.id)
    assert _matched(offer.id) == [other.id]


def test_an_edited_need_is_matched_by_its_new_text(db, factory, fresh_index):
    need = factory.make_need(title="缺化肥", description="", category="living", unit="件")
    offer = _quilt_offer(factory)
    matching_service.match_offer(offer.id)
    item = _db.session.scalars(select(Match).where(Match.offer_id == offer.id)).one().reasons.get("item_reason")
    assert item is None
    need.title = "冬天缺棉被"
    _db.session.commit()
    matching_service.match_offer(offer.id)
    match = _db.session.scalars(select(Match).where(Match.offer_id == offer.id)).one()
    assert match.reasons["item_reason"] == "物品一致：棉被"


def test_a_need_deleted_behind_the_index_is_never_stored_as_a_match(db, factory, fresh_index):
    keep = factory.make_need(title="冬天缺棉被", unit="床")
    ghost = factory.make_need(title="老人缺被子", unit="床")
    matching_service.match_offer(_quilt_offer(factory).id)
    _db.session.execute(Match.__table__.delete())
    _db.session.delete(ghost)  # no updated_at to see: only the check against the database catches it
    _db.session.commit()
    offer = _quilt_offer(factory)
    matching_service.match_offer(offer.id)
    assert _matched(offer.id) == [keep.id]


def test_an_index_kept_current_answers_like_one_built_afresh(db, factory, fresh_index):
    needs = [factory.make_need(title=t, unit="床") for t in ("冬天缺棉被", "老人缺被子", "缺棉絮")]
    offer = _quilt_offer(factory)
    matching_service.match_offer(offer.id)
    needs_service.close_need(needs[0], "已解决")
    added = factory.make_need(title="孩子缺被褥", unit="床")
    _db.session.commit()
    matching_service.match_offer(offer.id)
    kept = {(m.need_id, m.score) for m in _db.session.scalars(select(Match).where(Match.offer_id == offer.id))}
    need_index.drop()  # a worker restarted, or one on another machine
    matching_service.match_offer(offer.id)
    fresh = {(m.need_id, m.score) for m in _db.session.scalars(select(Match).where(Match.offer_id == offer.id))}
    assert {n for n, _ in kept} == {needs[1].id, needs[2].id, added.id}
    assert {n for n, _ in kept} == {n for n, _ in fresh}


def test_a_change_that_committed_late_within_the_margin_is_still_applied(db, factory, fresh_index):
    early = factory.make_need(title="老人缺被子", unit="床")
    matching_service.match_offer(_quilt_offer(factory).id)  # index built, watermark now
    late = factory.make_need(title="冬天缺棉被", unit="床")
    late.updated_at = late.updated_at - need_index.REFRESH_MARGIN + timedelta(seconds=30)
    _db.session.commit()
    offer = _quilt_offer(factory)
    matching_service.match_offer(offer.id)
    assert _matched(offer.id) == sorted([early.id, late.id])


def test_the_worker_builds_the_index_as_it_starts_and_the_first_match_uses_it(app, db, factory, fresh_index):
    from app import queue

    needs = [factory.make_need(title="冬天缺棉被", unit="床"), factory.make_need(title="老人缺被子", unit="床")]
    queue._prepare_needs_index(app)  # what `flask worker` runs in a background thread at start
    built = app.extensions["matching"]["need_index"]
    assert len(built.index) == 2
    offer = _quilt_offer(factory)
    matching_service.match_offer(offer.id)
    assert app.extensions["matching"]["need_index"] is built
    assert _matched(offer.id) == sorted(n.id for n in needs)
