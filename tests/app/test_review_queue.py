"""The review queue as a SQL page (issue 14): ``level_since`` kept right by every review path, the filters in
SQL giving the needs the old Python filters gave, keyset pages that neither skip nor repeat."""

from __future__ import annotations

import html
import importlib.util
import random
import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from app.extensions import db
from app.models import Need, ReviewRecord
from app.models._types import utcnow
from app.services import keyset, needs, review, review_queue, scope
from tests.app.needlife import make_world

MIGRATION = Path(__file__).resolve().parents[2] / "migrations/versions/0024_review_queue_level_since.py"


def _old_waiting_since(need: Need):
    """The waiting start as the queue computed it in Python before (from the need's review records)."""
    last = need.reviews[-1].created_at if need.review_level > 0 and need.reviews else None
    return max(filter(None, [need.submitted_at, last])) if (need.submitted_at or last) else need.created_at


def _old_queue(user, only: review_queue.QueueFilter, now) -> list[int]:
    """The queue as the old code defined it: every pending need of the office's level in its scope, by the
    waiting start then id, kept by the old ``QueueFilter.keeps`` (village, category, whole days waited)."""
    level = review.levels().index(user.office_level) if user.role == "office" else None
    kept = []
    for need in db.session.scalars(select(Need).where(Need.status == "pending")):
        if (level is not None and need.review_level != level) or not scope.covers(user, need.region_code):
            continue
        since = _old_waiting_since(need)
        if ((only.village_id is None or need.village_id == only.village_id)
                and (not only.category or need.category == only.category)
                and (now - since).days >= only.waited_days):
            kept.append((since, need.id))
    return [need_id for _, need_id in sorted(kept)]


def _walk(user, only, between_pages=lambda: None) -> list[int]:
    seen, cursor = [], None
    while True:
        found = review_queue.queue_page(user, only, after=cursor).page
        seen += [row.need_id for row in found.items]
        if not found.has_next:
            return seen
        cursor = found.next_cursor
        between_pages()


def _backfill() -> None:
    """Run the migration's backfill of ``level_since`` (the pending needs' waiting start from their reviews)."""
    spec = importlib.util.spec_from_file_location("migration_0024", MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    db.session.execute(text(module._BACKFILL))
    db.session.commit()


def test_submit_approve_reject_and_resubmit_keep_the_waiting_start_right(factory):
    world = make_world()
    need = needs.create_need(world.officer, needs.NeedInput(
        beneficiary=f"h{world.household.id}", category="living", kind="goods", title="冬季棉衣被褥",
        description="家中老人过冬缺少棉衣。", quantity=3))
    needs.submit(world.officer, need)
    assert need.level_since == need.submitted_at == _old_waiting_since(need)
    review.approve(world.township, need)
    assert need.review_level == 1 and need.level_since == need.reviews[-1].created_at == _old_waiting_since(need)
    review.reject(world.county, need, "材料不全，请补充")
    needs.submit(world.officer, need)
    assert need.review_level == 0 and need.level_since == need.submitted_at == _old_waiting_since(need)
    assert [i.need.id for i in review_queue.queue(world.township)] == [need.id]
    review.approve(world.township, need)
    assert need.level_since == _old_waiting_since(need) and need.level_since > need.submitted_at
    assert [i.need.id for i in review_queue.queue(world.county)] == [need.id]
    review.approve(world.county, need)
    assert need.status == "published" and review_queue.queue(world.county) == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_sql_filters_keep_the_needs_the_old_python_filters_kept(factory, seed):
    rng = random.Random(seed)
    now = utcnow()
    villages = [factory.make_village(), factory.make_village(), factory.make_village(factory.OTHER_TOWNSHIP)]
    reviewer = factory.make_user("office", office_level="township")
    for i in range(40):
        submitted = now - timedelta(hours=rng.uniform(0, 24 * 40))
        need = factory.make_need(rng.choice(villages), status=rng.choice(("pending", "pending", "published")),
                                 category=rng.choice(("living", "education", "medical")),
                                 review_level=rng.choice((0, 1)), submitted_at=submitted)
        # Earlier decisions, some before the submission (a rejected need sent again), some after.
        for _ in range(rng.choice((0, 1, 2))):
            db.session.add(ReviewRecord(need_id=need.id, level="township", reviewer_id=reviewer.id,
                                        decision="approve", created_at=submitted + timedelta(hours=rng.uniform(-48, 48))))
        if i % 7 == 0:  # whole days exactly: the boundary of "waited N days"
            need.submitted_at = now - timedelta(days=rng.choice((1, 3, 7)))
    db.session.commit()
    db.session.execute(update(Need).values(level_since=None))
    _backfill()
    db.session.expire_all()
    offices = [factory.make_user("office", office_level="township"), factory.make_user("office", office_level="county"),
               factory.make_user("admin")]
    filters = [review_queue.QueueFilter()] + [
        review_queue.QueueFilter(village_id=rng.choice([None, *(v.id for v in villages)]),
                           category=rng.choice(("", "living", "education")), waited_days=rng.choice((0, 1, 3, 7, 30)))
        for _ in range(12)]
    for office in offices:
        for only in filters:
            # The SQL filters measure waits from their own "now": a need exactly on a whole-day boundary
            # would flip between the two moments, so both sides use the same one.
            expected = _old_queue(office, only, utcnow())
            assert _walk(office, only) == expected, (office.role, office.office_level, only)


def test_a_queue_walked_page_by_page_neither_skips_nor_repeats_while_needs_arrive(factory, monkeypatch):
    monkeypatch.setattr(review_queue, "QUEUE_PER_PAGE", 2)
    village = factory.make_village()
    office = factory.make_user("office", office_level="township")
    stamp = utcnow() - timedelta(days=2)
    existing = [factory.make_need(village, status="pending", review_level=0, submitted_at=stamp - timedelta(hours=i // 2),
                                  level_since=stamp - timedelta(hours=i // 2)).id for i in range(7)]
    added = []

    def arrive():
        # New needs wait less than every need shown so far: they come after them, or between unread ones.
        moment = stamp - timedelta(hours=rng.uniform(-30, 4))
        added.append(factory.make_need(village, status="pending", review_level=0, submitted_at=moment,
                                       level_since=moment).id)

    rng = random.Random(7)
    seen = _walk(office, review_queue.QueueFilter(), arrive)
    assert len(seen) == len(set(seen)), "a need was shown twice"
    assert set(existing) <= set(seen), "a need that waited before the walk was skipped"
    assert set(seen) <= set(existing) | set(added)


def test_the_queue_page_pages_by_cursor_and_counts_the_whole_queue_and_the_filtered_part(
        client, login_as, factory, monkeypatch):
    monkeypatch.setattr(review_queue, "QUEUE_PER_PAGE", 2)
    one, two = factory.make_village(name="下寨村"), factory.make_village(name="上寨村")  # 上 sorts before 下
    for i in range(5):
        moment = utcnow() - timedelta(days=10 - i)
        factory.make_need(one if i < 3 else two, status="pending", review_level=0, title=f"待审需求{i}号",
                          category="education" if i % 2 else "living", submitted_at=moment, level_since=moment)
    login_as("office", office_level="township")
    first = client.get("/review").get_data(as_text=True)
    assert "共 5 条待审核" in first and "待审需求0号" in first and "待审需求2号" not in first
    assert first.index("待审需求0号") < first.index("待审需求1号")  # longest waiting first
    assert re.findall(r'<option value="(\d+)"', first)[:2] == [str(two.id), str(one.id)]  # villages by name
    link = html.unescape(re.search(r'rel="next" href="([^"]+)"', first).group(1))
    second = client.get(link).get_data(as_text=True)
    assert "待审需求2号" in second and "待审需求0号" not in second and "第 2 页" in second
    narrowed = client.get(f"/review?village={one.id}&category=education").get_data(as_text=True)
    assert "共 5 条待审核，筛选后 1 条" in narrowed and "待审需求1号" in narrowed and "待审需求3号" not in narrowed
    assert client.get("/review?after=not-a-cursor").status_code == 400


def test_the_queue_counts_up_to_the_cap_and_says_more_beyond_it(client, login_as, factory, monkeypatch):
    monkeypatch.setattr(keyset, "COUNT_CAP", 2)
    village = factory.make_village()
    for _ in range(3):
        factory.make_need(village, status="pending", review_level=0, submitted_at=utcnow())
    login_as("office", office_level="township")
    assert "待审核 2 条以上" in client.get("/review").get_data(as_text=True)


def test_the_page_rows_show_what_the_needs_say(client, login_as, factory):
    """The queue page reads plain rows (QueueRow), not Need objects: each field as the Need gives it, for a
    household need, a village need and a cash need, and the row's links as url_for builds them."""
    from flask import url_for

    village = factory.make_village(name="上寨村")
    household = factory.make_household(village, head_name="王建国")
    now = utcnow()
    made = [
        factory.make_need(village, household=household, status="pending", review_level=0, title="户的棉被",
                          category="living", kind="goods", quantity=3, unit="床", level_since=now - timedelta(days=4)),
        factory.make_need(village, status="pending", review_level=0, title="村的路灯", category="infrastructure",
                          kind="goods", quantity="12.50", unit="盏", level_since=now - timedelta(hours=5)),
        factory.make_need(village, household=household, status="pending", review_level=0, title="户的学费",
                          category="education", kind="cash", quantity=2500, unit="学期", level_since=now),
    ]
    township = factory.make_user("office", office_level="township")
    rows = review_queue.queue_page(township).page.items
    assert [row.need_id for row in rows] == [need.id for need in made]
    for row, need in zip(rows, made, strict=True):
        assert (row.title, row.household_id, row.village_name, row.category_label, row.quantity) == (
            need.title, need.household_id, need.village.name, need.category_label, need.quantity)
        assert row.beneficiary_label == need.beneficiary_label
        assert row.unit == ("元" if need.kind == "cash" else need.unit)
        assert abs(row.waited - (utcnow() - need.level_since)) < timedelta(minutes=1)
    assert rows[0].beneficiary_label == f"{household.head_name_masked}户" != "王建国户"
    assert rows[1].beneficiary_label == "上寨村"
    assert [row.unit for row in rows] == ["床", "盏", "元"]
    assert [row.waited_long for row in rows] == [True, False, False]
    assert [row.waited_label for row in rows][1:] == ["5小时", "不到1小时"]
    login_as("office", office_level="township")
    page = client.get("/review").get_data(as_text=True)
    with client.application.test_request_context():
        for need in made:
            assert f'href="{url_for("needs.review_need", need_id=need.id)}"' in page
        assert page.count(f'href="{url_for("registry.detail", household_id=household.id)}"') == 2
    assert '<td class="text-nowrap">12.5 盏</td>' in page and '<td class="text-nowrap">2,500 元</td>' in page
    assert page.count("text-danger\">4天") == 1


def test_id_url_gives_what_url_for_gives(app):
    """templating.id_url: one url_for call, then the id in the marker's place; with a script root too."""
    from flask import url_for

    from app.templating import id_url

    for root in ("", "/fupin"):
        with app.test_request_context(base_url=f"http://localhost{root}"):
            review_url, household_url = id_url("needs.review_need", "need_id"), id_url("registry.detail", "household_id")
            for value in (1, 42, 10**12):
                assert review_url(value) == url_for("needs.review_need", need_id=value)
                assert household_url(value) == url_for("registry.detail", household_id=value)
            assert review_url(7).startswith(f"{root}/review/")
            with pytest.raises(ValueError):
                review_url("7x")
            with pytest.raises(ValueError):
                id_url("needs.review_queue", "page")  # not a path segment: url_for puts it in the query


def test_the_village_filter_lists_the_queue_villages_of_every_level_for_an_admin_and_one_level_for_an_office(
        factory):
    """The village choices (one statement built once per shape, the code range bound): an office's level and
    region only; an admin's every level everywhere."""
    here, there = factory.make_village(name="上寨村"), factory.make_village(factory.OTHER_TOWNSHIP, name="远方村")
    county_level = factory.make_village(name="县级村")
    for village, level in ((here, 0), (there, 0), (county_level, 1)):
        factory.make_need(village, status="pending", review_level=level, submitted_at=utcnow(), level_since=utcnow())
    township = factory.make_user("office", office_level="township")
    admin = factory.make_user("admin")
    assert review_queue.queue_page(township).villages == [(here.id, "上寨村")]
    assert sorted(review_queue.queue_page(admin).villages) == sorted(
        [(here.id, "上寨村"), (there.id, "远方村"), (county_level.id, "县级村")])


@pytest.mark.parametrize(("prefix", "bounds"), [("52", ("52", "53")), ("5209", ("5209", "521")), ("59", ("59", "6")),
                                                 ("99", ("99", None)), ("", None), ("5a", None), ("²", None)])
def test_code_bounds_are_the_range_of_the_codes_under_a_prefix(prefix, bounds):
    assert scope.code_bounds(prefix) == bounds
