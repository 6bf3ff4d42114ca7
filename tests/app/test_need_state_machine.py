"""The need state machine on its own: every allowed transition succeeds, every other is refused unchanged."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm.attributes import set_committed_value

from app.errors import Conflict, Invalid
from app.extensions import db
from app.models import NEED_STATUSES, Need
from app.services.needs import EVENTS, TRANSITIONS, allowed, transition

PAIRS = [(status, event) for status in NEED_STATUSES for event in EVENTS]


def _status_in_db(need_id: int) -> str:
    db.session.expire_all()
    return db.session.scalar(select(Need.status).where(Need.id == need_id))


@pytest.mark.parametrize(("status", "event"), [p for p in PAIRS if allowed(*p)])
def test_allowed_transition_moves_the_need_to_the_table_target(factory, status, event):
    need = factory.make_need(status=status)
    assert transition(need, event) == TRANSITIONS[event][status]
    db.session.commit()
    assert _status_in_db(need.id) == TRANSITIONS[event][status]


@pytest.mark.parametrize(("status", "event"), [p for p in PAIRS if not allowed(*p)])
def test_any_other_transition_is_refused_with_a_domain_error_and_no_change(factory, status, event):
    need = factory.make_need(status=status)
    with pytest.raises(Conflict):
        transition(need, event)
    db.session.commit()
    assert _status_in_db(need.id) == status


def test_an_unknown_event_is_invalid(factory):
    need = factory.make_need(status="draft")
    with pytest.raises(Invalid):
        transition(need, "teleport")
    assert _status_in_db(need.id) == "draft"


def test_a_transition_that_lost_a_race_is_refused_and_changes_nothing(factory):
    need = factory.make_need(status="published")
    db.session.execute(Need.__table__.update().where(Need.id == need.id).values(status="closed"))
    db.session.commit()
    set_committed_value(need, "status", "published")  # a stale copy still believes it is published
    with pytest.raises(Conflict):
        transition(need, "expire")
    assert _status_in_db(need.id) == "closed"


def test_every_open_state_can_be_closed_but_no_finished_one():
    assert {s for s in NEED_STATUSES if allowed(s, "close")} == set(NEED_STATUSES) - {"completed", "closed"}
