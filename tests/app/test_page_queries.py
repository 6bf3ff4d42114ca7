"""The faster queries behind the busy pages return what the slower ones did, in a fixed number of statements."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import timedelta

from sqlalchemy import event, func, select

from app.extensions import db
from app.models._types import utcnow
from app.models import AuditLog, Region
from app.services import portal, registry_query, regions, review_queue, search_index
from app.services.portal import NeedFilters


@contextmanager
def _counted():
    """Count the SQL statements run inside the block."""
    counter = {"n": 0}

    def _count(*_args, **_kwargs):
        counter["n"] += 1

    event.listen(db.engine, "before_cursor_execute", _count)
    try:
        yield counter
    finally:
        event.remove(db.engine, "before_cursor_execute", _count)


def _published(factory, village, days_ago: int, **kw):
    need = factory.make_need(village, **kw)
    need.published_at = utcnow() - timedelta(days=days_ago)
    db.session.commit()
    return need


def test_the_needs_list_pages_show_open_needs_first_then_the_newest(factory):
    village = factory.make_village()
    finished_new = _published(factory, village, 0, status="completed")
    open_old = _published(factory, village, 3)
    open_new = _published(factory, village, 1)
    pledged_old = _published(factory, village, 5, status="pledged")
    factory.make_need(village, status="draft")
    pages = [portal.list_public_needs(NeedFilters(), page=n, per_page=2) for n in (1, 2, 3)]
    assert [[n.id for n in p.items] for p in pages] == [
        [open_new.id, open_old.id], [finished_new.id, pledged_old.id], []
    ]
    assert pages[0].total == 4


def test_a_region_filter_ending_in_nine_matches_exactly_the_needs_under_it(factory):
    township = factory.TOWNSHIP
    below = factory.make_need(factory.make_village(code=f"{township}008"))
    inside = factory.make_need(factory.make_village(code=f"{township}009"))
    above = factory.make_need(factory.make_village(code=f"{township}010"))
    found = portal.list_public_needs(NeedFilters(region=f"{township}009")).items
    assert [n.id for n in found] == [inside.id]
    assert portal.key_figures(f"{township}009")["published"] == 1
    assert {n.id for n in portal.list_public_needs(NeedFilters(region=township)).items} == {
        below.id, inside.id, above.id
    }


def test_the_review_queue_runs_as_many_queries_for_many_needs_as_for_one(factory):
    office = factory.make_user("office", office_level="county")
    village = factory.make_village()
    factory.make_need(village, status="pending", review_level=1, submitted_at=utcnow())
    db.session.expire_all()
    with _counted() as one:
        review_queue.queue(office)
    for _ in range(5):
        factory.make_need(village, status="pending", review_level=1, submitted_at=utcnow())
    db.session.expire_all()
    with _counted() as six:
        assert len(review_queue.queue(office)) == 6
    assert six["n"] == one["n"]


def test_region_names_primed_for_facet_values_need_no_further_query(db):
    names = search_index.RegionNames().prime(["52", "5205", "520526"])
    with _counted() as counter:
        labels = [names.path(code)[-1] for code in ("52", "5205", "520526")]
    assert counter["n"] == 0
    assert labels[0] == "贵州省"


def test_region_figures_of_a_prefix_of_non_ascii_digits_are_zero_not_an_error(db):
    assert portal.key_figures("²²")["published"] == 0


def test_public_list_pages_read_no_encrypted_column_of_a_household(client, factory):
    household = factory.make_household()
    factory.make_need(household=household, title="过冬棉被")
    statements = []

    def _keep(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", _keep)
    try:
        for path in ("/", "/needs"):
            page = client.get(path).get_data(as_text=True)
            assert "过冬棉被" in page and household.head_name_masked in page
    finally:
        event.remove(db.engine, "before_cursor_execute", _keep)
    read = " ".join(statements)
    assert "households_1.head_name_masked" in read
    for column in ("head_name", "id_number", "phone", "address"):
        assert f"households_1.{column}," not in read and f"households_1.{column} " not in read


def test_region_names_are_cached_until_a_region_is_written_and_a_rollback_restores_them(db):
    assert regions.names_of({"52", "99"}) == {"52": "贵州省"}
    options = regions.child_options(None)
    with _counted() as counter:
        assert regions.names_of({"52"}) == {"52": "贵州省"}
        assert regions.child_options(None) == options
    assert counter["n"] == 0
    db.session.get(Region, "52").name = "贵州"
    db.session.flush()
    assert regions.names_of({"52"}) == {"52": "贵州"}
    assert ("52", "贵州") in regions.child_options(None)
    db.session.rollback()
    assert regions.names_of({"52"}) == {"52": "贵州省"}


def test_the_registry_list_runs_as_many_queries_for_many_households_as_for_one(factory):
    office = factory.make_office("county")
    village = factory.make_village()
    factory.make_household(village)
    db.session.expire_all()
    with _counted() as one:
        registry_query.list_rows(office, registry_query.search_households(office).items, via="test")
    for _ in range(5):
        factory.make_household(village)
    db.session.expire_all()
    with _counted() as six:
        rows = registry_query.list_rows(office, registry_query.search_households(office).items, via="test")
    assert len(rows) == 6 and all(r.name_is_real for r in rows)
    assert six["n"] == one["n"]
    assert db.session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "household.view_personal")) == 7
