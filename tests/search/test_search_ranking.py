"""Ranking rules of issue 12, on every engine: all words match, words above n-grams, open needs first."""

from __future__ import annotations

from search import Query

from .conftest import make_need


def _ids(engine, **options):
    return engine.search("needs", Query(highlight=False, **options)).ids


def test_every_word_of_a_query_must_match_so_place_and_item_narrow(engine):
    engine.index("needs", [
        make_need(1, title="急需大米", region_names="云南省 昭通市 镇雄县 青岗镇"),
        make_need(2, title="急需化肥", region_names="云南省 昭通市 镇雄县 青岗镇"),
        make_need(3, title="急需大米", region_names="云南省 曲靖市 会泽县 坪上乡"),
    ])
    assert _ids(engine, text="镇雄县 大米") == ["1"]
    assert set(_ids(engine, text="镇雄")) == {"1", "2"}


def test_a_need_about_the_word_ranks_above_one_that_only_holds_its_characters(engine):
    engine.index("needs", [
        make_need(1, title="玉米种子", description="春耕需要玉米种子"),
        make_need(2, title="需要米", description="家里缺米"),
        make_need(3, title="大米", description="需要大米"),
        make_need(4, title="刷米黄色墙漆", description="房屋改造"),
    ])
    found = _ids(engine, text="米")
    # 2 says 米 as a word; 大米 and 玉米种子 are items holding the character, which lifts them only
    # above needs that merely hold it, never above the word.
    assert set(found) == {"1", "2", "3", "4"} and found[0] == "2" and found[-1] == "4"


def test_an_open_need_ranks_above_a_completed_one_of_the_same_text(engine):
    engine.index("needs", [
        make_need(1, title="急需棉被", status="completed", remaining=0, created="2024-03-01"),
        make_need(2, title="急需棉被", status="published", remaining=5, created="2024-01-01"),
        make_need(3, title="急需棉被", status="pledged", remaining=0, created="2024-02-01"),
    ])
    assert _ids(engine, text="棉被")[0] == "2"
    assert _ids(engine)[0] == "2"  # no text: open first, then newest


def test_open_first_only_breaks_ties_and_never_outweighs_relevance(engine):
    # 3 is about 棉被 in its title; 1, 2 and 4 only hold the characters: a completed need that is
    # more relevant stays above open ones, and among equals the open ones come first on every page.
    engine.index("needs", [
        make_need(1, title="需要帮助", description="缺棉被", status="completed", remaining=0),
        make_need(2, title="需要帮助", description="缺棉被", status="published", remaining=5),
        make_need(3, title="急需棉被", description="棉被十床", status="completed", remaining=0),
        make_need(4, title="需要帮助", description="缺棉被", status="published", remaining=2),
    ])
    found = _ids(engine, text="棉被")
    assert found[0] == "3" and found[-1] == "1" and set(found[1:3]) == {"2", "4"}
    paged = [_ids(engine, text="棉被", page=page, size=1)[0] for page in range(1, 5)]
    assert paged == found
    assert engine.search("needs", Query(text="棉被", page=2, size=3)).total == 4


def test_a_query_of_stop_characters_finds_needs_holding_the_character_word_needs_first(engine):
    engine.index("needs", [
        make_need(1, title="房屋被暴雨损坏", description="需要维修"),
        make_need(2, title="冬季缺少被子", description="老人过冬"),
        make_need(3, title="急需化肥", description="春耕"),
        make_need(4, title="棉被十床", description="过冬"),
    ])
    found = _ids(engine, text="被")
    assert set(found) == {"1", "2", "4"} and found[-1] == "1"
    assert _ids(engine, text="的") == []


def test_the_closing_sort_and_the_open_filter(engine):
    engine.index("needs", [
        make_need(1, quantity=10, remaining=8),
        make_need(2, quantity=10, remaining=1),
        make_need(3, quantity=10, remaining=0, status="completed"),
        make_need(4, quantity=4, remaining=2),
        make_need(5, quantity=10, remaining=0, status="published"),  # covered, not yet marked pledged
    ])
    closing = _ids(engine, sort="closing")
    assert closing[:3] == ["2", "4", "1"] and set(closing[3:]) == {"3", "5"}
    assert _ids(engine, sort="closing", where={"open": 1}) == ["2", "4", "1"]


def test_a_word_without_han_or_latin_characters_matches_by_word_only_not_everything(engine):
    engine.index("needs", [make_need(1, title="急需棉被"), make_need(2, title="急需化肥")])
    assert _ids(engine, text="_") == []
    assert set(_ids(engine, text="%")) == {"1", "2"}  # punctuation only: no text


def test_open_first_holds_on_every_page_window_when_many_needs_tie(engine):
    # Equal texts, so equal scores, with open and finished needs interleaved: a window that cuts a tie
    # must give the same order as one big page, open ones first among equals, with no need skipped or
    # repeated. 80 needs in two tie groups (11 and 69): tantivy settles a page from one search while the
    # group at its end closes within the matches it fetched, and merges in a search of the open ones
    # when that group runs on past them (the group of 69 at the end of pages 2 and later).
    engine.index("needs", [
        make_need(i, title="急需棉被" if i % 7 else "急需棉被 棉被十床",
                  status="published" if i % 3 else "completed", remaining=5 if i % 3 else 0)
        for i in range(1, 81)
    ])
    everything = engine.search("needs", Query(text="棉被", size=100, highlight=False))
    order = [(-hit.score, hit.document["status"] != "published") for hit in everything.hits]
    assert everything.total == 80 and order == sorted(order) and len(set(hit.score for hit in everything.hits)) == 2
    for size in (3, 7, 30):
        paged = [hit.id for page in range(1, 80 // size + 2)
                 for hit in engine.search("needs", Query(text="棉被", page=page, size=size, highlight=False)).hits]
        assert paged == everything.ids
    # 只看待认领 (one search, every match open): the open ones in the same order.
    only_open = engine.search("needs", Query(text="棉被", where={"open": 1}, size=100, highlight=False))
    assert only_open.ids == [hit.id for hit in everything.hits if hit.document["status"] == "published"]
