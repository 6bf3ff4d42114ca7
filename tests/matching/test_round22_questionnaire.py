"""Round 22: mechanisms of blind35's voice — needs written down in an 入户调查问卷 or a 访谈记录 (question and answer,
boxes typed as □ / ☑, a struck-out answer, the household's 西南 / 湘 / 赣 / 客家 words, a speaker's tag in brackets),
offers in traditional characters (docs "Round 22: a questionnaire's constructions").

Every phrasing is written for this round (a visitor's and a household's words, other items, other orders; none is
copied from an evaluation part); the lexicon is the shipped one. For every construction that says an item is not
asked for, a test with the same words where it IS asked for stands beside it.
"""

from __future__ import annotations

import pytest

from matching.units import normalise_unit, unit_factor
from tests.matching.lexicon_helpers import asked, asked_and_excluded, need_items


# --- 1. a question and its answer: the answer's cue is the question's item's status ------------------------------------

@pytest.mark.parametrize("text", [
    "问：棉被还缺吗？答：不缺了。",
    "问：棉被够不够？答：有，够用。",
    "问：棉被要不要？答：不要了，孩子买了。",
    "问：棉被坏了没有？答：还新着呢，用不着换。",
    "问：棉被呢？答：前年镇上发过了。",
    "Q：棉被还需要吗？A：不需要了。",
    "问：轮椅呢？答：不缺。",
    "走访情况。问：家里的棉被还缺不缺？答：不缺了，够盖。",
])
def test_an_answer_that_says_had_or_not_wanted_makes_the_questions_item_not_asked(lex, text):
    asked_items, excluded = asked_and_excluded(lex, text)
    assert asked_items == []
    assert excluded


@pytest.mark.parametrize("text", [
    "问：棉被要不要？答：要。",
    "问：棉被够不够？答：不够。",
    "问：棉被坏了没有？答：坏了，想换个新的。",
    "问：家里现在最缺什么？答：棉被。",
    "问：还缺啥？答：就是缺棉被。",
])
def test_an_answer_that_affirms_or_names_the_item_keeps_it_asked(lex, text):
    assert asked(lex, text) == ["棉被"]


def test_the_answer_may_turn_to_another_item_which_is_asked(lex):
    assert asked_and_excluded(lex, "问：缺轮椅不？答：冇缺，缺的是棉被。") == (["棉被"], ["轮椅"])


def test_a_question_after_a_closing_quotation_mark_is_read_as_one(lex):
    text = "户主说：“家里就是少个电饭锅。”问：棉被够不够？答：有，够用。"
    assert asked_and_excluded(lex, text) == (["电饭煲"], ["棉被"])


# --- 2. boxes typed as text: only the ticked option is said; the tick is a choice, not "done" ---------------------------

@pytest.mark.parametrize("text", [
    "棉被：□需要 ☑暂不需要",
    "棉被：☑已有 □没有",
    "☑不需要 □需要：棉被",
    "棉被 □需要 √不需要",
])
def test_a_ticked_not_wanted_or_had_box_leaves_the_item_not_asked(lex, text):
    assert asked_and_excluded(lex, text) == ([], ["棉被"])


@pytest.mark.parametrize("text", [
    "□不需要 ☑需要：棉被。",
    "棉被：☑需要 □暂不需要",
    "棉被：□已有 ☑没有",
    "是否需要棉被：☑是 □否",
])
def test_a_ticked_wanted_box_asks_even_beside_an_unticked_not_wanted_one(lex, text):
    assert asked(lex, text) == ["棉被"]


def test_a_bracket_that_asks_is_no_speakers_tag(lex):
    # 「（急需）X」 is a request's mark, not who speaks: the segment is no bare topic for the next one to answer.
    assert asked(lex, "（急需）棉被，家里有") == ["棉被"]


def test_a_lone_tick_of_a_chat_list_is_still_done(lex):
    # Round 10's settled mark: a group chat's list with its item ticked off (no box run here).
    assert asked_and_excluded(lex, "棉被✅") == ([], ["棉被"])


# --- 3. a struck-out answer replaced by another ----------------------------------------------------------------------

def test_an_answer_struck_out_for_not_needed_is_not_needed(lex):
    assert asked_and_excluded(lex, "棉被：需要（此答案已划去，改为“不需要”）") == ([], ["棉被"])


def test_an_answer_struck_out_for_needed_asks(lex):
    assert asked(lex, "轮椅：不需要（该选项已划掉，改为「需要」）") == ["轮椅"]


# --- 4. the household's words: 咯 is 了, 冇缺 is 不缺, 屋里有得 is had; a speaker's tag opens no statement -----------

@pytest.mark.parametrize("text", [
    "棉被不要咯",
    "棉被冇缺",
    "棉被嘛，屋里有得，莫操心",
    "（受访者原话）棉被嘛，屋里有得，莫操心",
    "（户主答）棉被呢，家里有",
])
def test_the_households_own_words_of_had_and_not_wanted(lex, text):
    assert asked_and_excluded(lex, text) == ([], ["棉被"])


@pytest.mark.parametrize("text", [
    "要是有棉被就好咯",
    "（受访者原话）棉被嘛，还是想要两床",
    "家里有得病的老人，缺棉被",
    "冇棉被，冬天难过",
    "（急需）棉被，家里有得老人",
])
def test_the_same_words_where_the_household_asks(lex, text):
    assert asked(lex, text) == ["棉被"]


# --- 5. who and how the record was taken: a survey's heading and a pupil's age are no items ---------------------------

@pytest.mark.parametrize("title, category, not_item", [
    ("三下乡访谈｜低保户张大姐说想要电饭锅", "living", "文化下乡"),
    ("三下乡调研｜困难户李某：电饭锅", "living", "文化下乡"),
    ("留守儿童小红（8岁）访谈笔记：书包", "education", "留守儿童关爱"),
    ("入户调查｜留守儿童小军（十岁）：最需要的帮助——书包", "education", "留守儿童关爱"),
])
def test_a_surveys_heading_and_the_interviewee_are_no_items(lex, title, category, not_item):
    assert not_item not in need_items(lex, title, "", category)


@pytest.mark.parametrize("title, category, item", [
    ("三下乡访谈｜低保户张大姐说想要电饭锅", "living", "电饭煲"),
    ("留守儿童小红（8岁）访谈笔记：书包", "education", "书包"),
])
def test_the_item_after_a_surveys_heading_is_read(lex, title, category, item):
    assert item in need_items(lex, title, "", category)


@pytest.mark.parametrize("title, category, item", [
    ("三下乡文艺演出进村", "other", "文化下乡"),
    ("留守儿童关爱服务", "other", "留守儿童关爱"),
])
def test_the_same_words_as_the_thing_asked_for_stay_read(lex, title, category, item):
    assert item in need_items(lex, title, "", category)


# --- 6. units in Taiwan's words ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit, base, factor", [("平方公尺", "平方米", 1.0), ("立方公尺", "立方米", 1000.0)])
def test_taiwan_area_and_volume_units_are_the_metric_ones(unit, base, factor):
    u = normalise_unit(unit)
    assert (u.name, u.factor) == (base, factor)


def test_tiles_in_square_metres_and_in_ping_fang_gong_chi_compare():
    assert unit_factor("㎡", "平方公尺") == 1.0
    assert unit_factor("平方米", "公尺") is None
