"""Precomputed figures: computed once, stored with their time, kept fresh by a refresh, never on every request."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.extensions import db
from app.models import Figure, Need
from app.services import figures

calls: list[str] = []


@figures.figure("test.needs")
def _needs_by_scope(scope: str) -> dict:
    calls.append(scope)
    query = select(func.count(Need.id))
    if scope:
        query = query.where(Need.region_code.startswith(scope))
    return {"needs": db.session.scalar(query), "money": Decimal("12.50"), "whole": Decimal("3.00"),
            "day": date(2026, 11, 30), "pair": (1, 2)}


@pytest.fixture(autouse=True)
def _clear_calls():
    calls.clear()


def test_a_figure_is_computed_once_then_read_from_its_row(factory):
    factory.make_need()
    first = figures.get("test.needs")
    assert first.payload["needs"] == 1 and calls == [""]
    factory.make_need()
    again = figures.get("test.needs")
    assert again.payload["needs"] == 1, "a stored figure is not recomputed on a request"
    assert again.computed_at == first.computed_at and calls == [""]


def test_refresh_recomputes_every_stored_scope_and_stamps_the_time(factory):
    need = factory.make_need()
    province = need.region_code[:2]
    before = figures.get("test.needs", province)
    factory.make_need()
    assert figures.refresh(["test.needs"]) == 2  # the province asked for, and the national figure
    db.session.expire_all()
    after = figures.get("test.needs", province)
    assert after.payload["needs"] == db.session.scalar(
        select(func.count(Need.id)).where(Need.region_code.startswith(province)))
    assert after.computed_at >= before.computed_at
    assert sorted(calls) == ["", province, province]


def test_payloads_are_json(factory):
    payload = figures.get("test.needs").payload
    assert payload["money"] == 12.5 and payload["whole"] == 3 and isinstance(payload["whole"], int)
    assert payload["day"] == "2026-11-30" and payload["pair"] == [1, 2]
    db.session.expire_all()
    stored = db.session.get(Figure, ("test.needs", ""))
    assert stored.payload == payload


def test_an_unknown_figure_and_a_key_registered_twice_are_refused():
    with pytest.raises(KeyError):
        figures.get("no.such.figure")
    with pytest.raises(ValueError):
        figures.figure("test.needs")(lambda scope: {})


def test_rows_of_figures_no_longer_registered_are_dropped(db):
    with db.engine.begin() as connection:
        connection.execute(Figure.__table__.insert().values(
            key="gone.figure", scope="", payload={}, computed_at=figures.utcnow()))
    figures.refresh()
    assert db.session.scalar(select(func.count()).select_from(Figure).where(Figure.key == "gone.figure")) == 0


def test_the_cli_refreshes_with_progress(app, factory):
    factory.make_need()
    result = app.test_cli_runner().invoke(args=["figures", "refresh", "--key", "test.needs"])
    assert result.exit_code == 0, result.output
    assert "figures computed: 1" in result.output
    assert db.session.get(Figure, ("test.needs", "")).payload["needs"] == 1


def _set_last_read(key: str, scope: str, hours_ago: float) -> None:
    with db.engine.begin() as connection:
        connection.execute(Figure.__table__.update().where(Figure.key == key, Figure.scope == scope).values(
            last_read_at=figures.utcnow() - timedelta(hours=hours_ago)))
    db.session.expire_all()


def test_a_scope_nobody_read_for_the_keep_time_is_dropped_not_recomputed(app, factory):
    need = factory.make_need()
    province, county = need.region_code[:2], need.region_code[:6]
    figures.get("test.needs", province)
    figures.get("test.needs", county)
    figures.get("test.needs", "")
    hours = app.config["FIGURES_KEEP_HOURS"]
    _set_last_read("test.needs", province, hours + 1)
    _set_last_read("test.needs", county, hours - 1)
    _set_last_read("test.needs", "", hours + 1)
    calls.clear()
    assert figures.refresh(["test.needs"]) == 2
    assert sorted(calls) == ["", county], "the national scope is always kept; the county was read recently"
    stored = set(db.session.scalars(select(Figure.scope).where(Figure.key == "test.needs")))
    assert stored == {"", county}
    calls.clear()
    figures.get("test.needs", province)
    assert calls == [province], "a page asking for an expired scope computes it once again"


def test_reading_a_figure_marks_it_read_at_most_once_an_hour(factory):
    figures.get("test.needs", "53")
    _set_last_read("test.needs", "53", 0.5)
    marked = db.session.get(Figure, ("test.needs", "53")).last_read_at
    figures.get("test.needs", "53")
    db.session.expire_all()
    assert db.session.get(Figure, ("test.needs", "53")).last_read_at == marked, "no write within the hour"
    _set_last_read("test.needs", "53", 2)
    figures.get("test.needs", "53")
    db.session.expire_all()
    assert db.session.get(Figure, ("test.needs", "53")).last_read_at > figures.utcnow() - timedelta(minutes=1)


def test_a_refresh_keeps_when_a_figure_was_last_read(factory):
    figures.get("test.needs", "53")
    _set_last_read("test.needs", "53", 3)
    before = db.session.get(Figure, ("test.needs", "53")).last_read_at
    figures.refresh(["test.needs"])
    db.session.expire_all()
    assert db.session.get(Figure, ("test.needs", "53")).last_read_at == before
