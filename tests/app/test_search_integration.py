"""The portal's search: the outbox keeps the engine a projection of the database, and the search page."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

import search
from app.extensions import db as _db
from app.models import SearchOutbox
from app.services import search_index
from search.testing import FlakyEngine


@pytest.fixture()
def engine(app, db, tmp_path):
    """Give the app a fresh tantivy engine of its own for one test, behind a switch that can fail it."""
    flaky = FlakyEngine(search.get_engine("tantivy", path=str(tmp_path / "index")))
    previous = app.extensions.get("search", {}).get("engine")
    search_index.set_engine(flaky)
    yield flaky
    flaky.engine.close()
    app.extensions["search"]["engine"] = previous
    if previous is None:
        app.extensions["search"].pop("engine")


def backlog() -> int:
    return _db.session.scalar(select(func.count(SearchOutbox.id)))


def test_creating_a_need_writes_an_outbox_row_in_the_same_transaction(engine, factory):
    need = factory.make_need()
    rows = list(_db.session.scalars(select(SearchOutbox)))
    assert [(r.index_name, r.doc_id) for r in rows] == [("needs", str(need.id))]


def test_a_rolled_back_change_leaves_no_outbox_row(engine, factory):
    village = factory.make_village()
    need = factory.make_need(village=village)
    search_index.drain()
    need.title = "改过的标题内容"
    _db.session.flush()
    _db.session.rollback()
    assert backlog() == 0


def test_drain_applies_the_outbox_and_empties_it(engine, factory):
    factory.make_need(title="冬季棉衣需求")
    report = search_index.drain()
    assert report.applied == 1 and backlog() == 0
    assert engine.count("needs") == 1


def test_a_need_that_stops_being_public_is_removed_from_the_index(engine, factory):
    need = factory.make_need()
    search_index.drain()
    need.status = "closed"
    _db.session.commit()
    search_index.drain()
    assert engine.count("needs") == 0


def test_the_outbox_survives_an_engine_outage_and_catches_up_in_order(engine, factory):
    first = factory.make_need(title="助学书包文具")
    search_index.drain()
    engine.fail()
    second = factory.make_need(title="冬季棉被需求")
    first.status = "closed"
    _db.session.commit()
    report = search_index.drain()
    assert report.failed == 2 and backlog() == 2
    engine.restore()
    search_index.sync()
    assert backlog() == 0
    assert engine.count("needs") == search_index.indexed_count("needs") == 1
    hits = engine.search("needs", search.Query(text="棉被"))
    assert [h.id for h in hits.hits] == [str(second.id)]


def test_the_search_document_of_a_need_holds_no_personal_data(engine, factory):
    household = factory.make_household(head_name="张三明")
    need = factory.make_need(household=household)
    document = search_index.need_document(need, search_index.RegionNames())
    flat = " ".join(str(v) for v in document.values())
    assert "张三明" not in flat and household.id_number not in flat and household.phone not in flat


def test_reindex_rebuilds_every_index_from_the_database(engine, factory, app):
    for title in ("冬季棉衣需求", "轮椅一辆急需", "学生书包文具"):
        factory.make_need(title=title)
    _db.session.execute(SearchOutbox.__table__.delete())
    _db.session.commit()
    result = app.test_cli_runner().invoke(args=["search", "reindex"])
    assert result.exit_code == 0, result.output
    assert "needs: 3 documents" in result.output
    assert engine.count("needs") == 3


def test_search_status_reports_engine_and_database_counts_and_the_backlog(engine, factory, app):
    factory.make_need()
    result = app.test_cli_runner().invoke(args=["search", "status"])
    assert result.exit_code == 0
    assert "outbox backlog: 1" in result.output
    assert "needs" in result.output


def test_search_sync_drains_the_outbox(engine, factory, app):
    factory.make_need()
    factory.make_need()
    result = app.test_cli_runner().invoke(args=["search", "sync"])
    assert result.exit_code == 0, result.output
    assert backlog() == 0 and engine.count("needs") == 2


def test_search_sync_fails_loudly_while_the_engine_is_down(engine, factory, app):
    factory.make_need()
    engine.fail()
    result = app.test_cli_runner().invoke(args=["search", "sync"])
    assert result.exit_code != 0
    assert backlog() == 1


def test_search_page_finds_a_need_by_a_synonym_with_a_highlight(engine, factory, client):
    factory.make_need(title="老人冬季需要棉衣", description="家里两位老人缺棉衣")
    search_index.drain()
    page = client.get("/search?q=冬衣").get_data(as_text=True)
    assert "共找到 1 条需求" in page
    assert "<mark>" in page


def test_search_page_drills_down_from_province_to_prefecture(engine, factory, client):
    factory.make_need(title="冬季棉衣需求")  # 威宁县, 毕节市, 贵州省
    search_index.drain()
    top = client.get("/search").get_data(as_text=True)
    assert "贵州省" in top and "region=52" in top
    drilled = client.get("/search?region=52").get_data(as_text=True)
    assert "毕节市" in drilled and "region=5205" in drilled


def test_search_page_with_no_results_suggests_broader_filters(engine, factory, client):
    factory.make_need(title="冬季棉衣需求", category="living")
    search_index.drain()
    page = client.get("/search?q=棉衣&category=education").get_data(as_text=True)
    assert "没有找到符合条件的需求" in page
    assert "去掉「类别：教育助学」" in page


def test_search_page_answers_from_the_database_when_the_engine_is_down(engine, factory, client):
    factory.make_need(title="冬季棉衣需求")
    search_index.drain()
    engine.fail()
    response = client.get("/search?q=棉衣")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "搜索服务暂时不可用" in page and "冬季棉衣需求" in page


def test_a_write_during_an_outage_succeeds_and_waits_in_the_outbox(engine, factory, client, login_as):
    engine.fail()
    factory.make_need()
    assert client.get("/").status_code == 200
    assert backlog() == 1


@pytest.mark.parametrize("args", ["sort=bogus", "category=nope", "region=5x", "urgency=9", "q=" + "长" * 101])
def test_search_page_rejects_bad_parameters_with_a_clear_error(engine, client, args):
    response = client.get("/search?" + args)
    assert response.status_code == 400
    assert "无效" in response.get_data(as_text=True) or "不能超过" in response.get_data(as_text=True)


def test_the_search_document_of_an_individuals_offer_masks_the_donors_name(engine, factory):
    donor = factory.make_user("donor", display_name="李晓红")
    offer = factory.make_offer(donor)
    document = search_index.offer_document(offer, search_index.RegionNames())
    assert document["poster_name"] == "爱心人士 李*红"


def test_a_change_made_while_an_index_is_rebuilt_reaches_the_new_index(engine, factory):
    factory.make_need(title="冬季棉衣需求")
    village = factory.make_village()
    late: list = []

    def meanwhile(_count):
        # Another request publishes a need and drains the outbox in the middle of the rebuild.
        if not late:
            late.append(factory.make_need(village=village, title="轮椅一辆急需").id)
            assert search_index.drain().applied == 0  # held back: the old index is about to be replaced

    search_index.reindex("needs", progress=meanwhile)
    assert engine.count("needs") == search_index.indexed_count("needs") == 2
    assert backlog() == 0 and search_index.rebuilding() == set()


def test_a_second_rebuild_of_the_same_index_is_refused_while_one_runs(engine, factory, app):
    _db.session.add(SearchOutbox(index_name="needs", op="upsert", doc_id=search_index.REBUILD_MARK))
    _db.session.commit()
    result = app.test_cli_runner().invoke(args=["search", "reindex", "--index", "needs"])
    assert result.exit_code != 0 and "already running" in result.output
    forced = app.test_cli_runner().invoke(args=["search", "reindex", "--index", "needs", "--force"])
    assert forced.exit_code == 0, forced.output
    assert search_index.rebuilding() == set()


def test_facet_counts_of_the_needs_index_equal_the_databases(engine, factory):
    from sqlalchemy import func as sql_func

    from app.models import PUBLIC_NEED_STATUSES, Need

    village = factory.make_village()
    other = factory.make_village(township_code=factory.OTHER_TOWNSHIP)
    for i, (category, urgency, status, where) in enumerate([
        ("living", 1, "published", village), ("living", 3, "pledged", other), ("education", 2, "published", village),
        ("medical", 3, "completed", other), ("education", 1, "draft", village), ("living", 2, "closed", village),
    ]):
        factory.make_need(village=where, title=f"需求标题第{i}号", category=category, urgency=urgency, status=status)
    search_index.drain()
    results = engine.search("needs", search.Query(facets=["category", "urgency", "county_code"]))
    public = Need.status.in_(PUBLIC_NEED_STATUSES)
    by_category = dict(_db.session.execute(select(Need.category, sql_func.count()).where(public).group_by(Need.category)).all())
    by_urgency = dict(_db.session.execute(select(Need.urgency, sql_func.count()).where(public).group_by(Need.urgency)).all())
    county = sql_func.substr(Need.region_code, 1, 6).label("county")
    by_county = dict(_db.session.execute(select(county, sql_func.count()).where(public).group_by(county)).all())
    assert results.total == sum(by_category.values()) == 4
    assert {k: v for k, v in results.facets["category"].items()} == by_category
    assert {int(k): v for k, v in results.facets["urgency"].items()} == by_urgency
    assert {str(k): v for k, v in results.facets["county_code"].items()} == by_county


def _titles_in_order(page: str, titles: list[str]) -> list[str]:
    """Return the given titles in the order the page shows them (absent ones left out)."""
    return sorted((t for t in titles if t in page), key=page.index)


def test_search_page_ranks_an_open_need_above_a_completed_one_of_the_same_text(engine, factory, client):
    village = factory.make_village()
    factory.make_need(village, title="急需冬季棉衣一批", status="completed")
    open_need = factory.make_need(village, title="急需冬季棉衣一批")
    newer_completed = factory.make_need(village, title="急需冬季棉衣一批", status="completed")
    search_index.drain()
    for url in ("/search?q=棉衣", "/search"):  # with text (relevance) and without (open first, newest)
        page = client.get(url).get_data(as_text=True)
        links = [page.index(f'href="/needs/{n.id}"') for n in (open_need, newer_completed)]
        assert links[0] < links[1], url


def _ids_in_order(page: str, needs) -> list[int]:
    """Return the ids of the given needs in the order the page links them (absent ones left out)."""
    links = {n.id: page.find(f'href="/needs/{n.id}"') for n in needs}
    return sorted((i for i, at in links.items() if at >= 0), key=links.get)


def test_search_page_filters_open_needs_and_sorts_the_closest_to_completion_first(engine, factory, client):
    village = factory.make_village()
    most = factory.make_need(village, title="棉被需求甲", quantity=10, pledged_quantity=2)  # 80 % still needed
    least = factory.make_need(village, title="棉被需求乙", quantity=10, pledged_quantity=9)  # 10 %
    full = factory.make_need(village, title="棉被需求丙", quantity=10, pledged_quantity=10, status="pledged")
    half = factory.make_need(village, title="棉被需求丁", quantity=4, pledged_quantity=2)  # 50 %
    search_index.drain()
    page = client.get("/search?q=棉被&open=1&sort=closing").get_data(as_text=True)
    assert _ids_in_order(page, [most, least, full, half]) == [least.id, half.id, most.id]
    assert "只看待认领" in page
    everything = client.get("/search?q=棉被").get_data(as_text=True)
    assert len(_ids_in_order(everything, [most, least, full, half])) == 4


def test_the_public_needs_list_shows_only_open_needs_by_default(client, factory):
    village = factory.make_village()
    factory.make_need(village, title="待认领的棉被需求", quantity=10, pledged_quantity=9)
    factory.make_need(village, title="已认领满的棉被需求", quantity=10, pledged_quantity=10, status="pledged")
    factory.make_need(village, title="认领一半的棉被需求", quantity=10, pledged_quantity=5)
    default = client.get("/needs").get_data(as_text=True)
    assert "待认领的棉被需求" in default and "已认领满的棉被需求" not in default
    assert client.get("/needs?open=0").get_data(as_text=True).count("棉被需求") >= 3
    closing = client.get("/needs?sort=closing").get_data(as_text=True)
    assert _titles_in_order(closing, ["待认领的棉被需求", "认领一半的棉被需求"]) == ["待认领的棉被需求", "认领一半的棉被需求"]
    assert client.get("/needs?sort=nonsense").status_code == 400


def test_the_database_fallback_folds_queries_as_the_engine_does(engine, factory, client, db):
    from app.models import Region

    zhenxiong_township = db.session.scalar(
        select(Region.code).where(Region.code.startswith("530627"), Region.level == "township").order_by(Region.code)
    )
    here = factory.make_village(zhenxiong_township)
    factory.make_need(here, title="村卫生室缺少药品", description="需要常用药品")
    factory.make_need(title="需要PVC管修水渠", description="水渠漏水")
    factory.make_need(title="冬季缺少被子", description="老人过冬")
    factory.make_need(title="房屋被雨水冲坏", description="需要水泥")
    engine.fail()
    for query, expected in (("藥品", {"村卫生室缺少药品"}), ("镇雄县", {"村卫生室缺少药品"}),
                            ("ｐｖｃ管", {"需要PVC管修水渠"}), ("镇雄 药品", {"村卫生室缺少药品"}),
                            ("棉被", {"冬季缺少被子"}), ("镇雄 被子", set())):
        page = client.get("/search", query_string={"q": query}).get_data(as_text=True)
        assert "搜索服务暂时不可用" in page, query
        titles = ["村卫生室缺少药品", "需要PVC管修水渠", "冬季缺少被子", "房屋被雨水冲坏"]
        assert set(_titles_in_order(page, titles)) == expected, query
