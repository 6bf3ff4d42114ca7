"""Review of round 16's mechanisms: where a new family read an ordinary request as had or not asked, or a
frame dropped the thing asked for, narrowed at its edge (docs "Round 16 reviewed").

Every phrasing is written for the review (households, cadres, village committees and donors in their own
words; none is copied from an evaluation part); the lexicon is the shipped one.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded


# --- a package: a wish for it, or a question about it, is no earlier package -------------------------------------

@pytest.mark.parametrize("text, item", [
    ("希望下次发的礼包里有电饭锅", "电饭煲"),
    ("盼望学校送的礼包里有一个书包", "书包"),
    ("要是捐的物资里有轮椅就好了", "轮椅"),
    ("想问问送的慰问品里有没有大米", "大米"),
])
def test_a_wished_or_questioned_package_keeps_its_contents_asked(lex, text, item):
    assert item in asked(lex, text)


def test_an_earlier_package_still_says_had(lex):
    assert asked_and_excluded(lex, "上学期学校送的礼包里就有书包，想要一件棉衣") == (["棉衣"], ["书包"])


# --- handed down: yielding one's only one to a child is the household's lack -------------------------------------

def test_the_only_one_yielded_to_a_child_is_still_asked(lex):
    assert "棉被" in asked(lex, "家里仅有的一床棉被让给孩子了，老人冬天冻得睡不着")


def test_one_yielded_to_us_is_had(lex):
    assert asked_and_excluded(lex, "邻居把闲置的电饭锅让给我们了，想要轮椅") == (["轮椅"], ["电饭煲"])


# --- making do: what the old thing stands in for is the lack -----------------------------------------------------

@pytest.mark.parametrize("text, lacked", [
    ("孩子用旧纸箱当书桌写作业", "课桌椅"),
    ("老人拿旧棉絮当被子盖", "棉被"),
])
def test_what_an_old_thing_stands_in_for_is_asked(lex, text, lacked):
    assert lacked in asked(lex, text)


def test_the_old_thing_itself_is_still_had(lex):
    wanted, had = asked_and_excluded(lex, "拿旧棉被当褥子")
    assert "棉被" in had and "棉被" not in wanted


# --- no more: only a getting verb that ends the answer -----------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("电动三轮车能自己拉货，不用再找车", "农用三轮"),
    ("水泵省力气，不用再找人", "抽水机"),
])
def test_what_the_item_spares_is_no_answer(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text", ["书包是同桌借给他的，不用再买新的了", "书包表姐给了一个，不必另买"])
def test_no_more_getting_still_answers(lex, text):
    assert "书包" in asked_and_excluded(lex, text)[1]


# --- a comparison: 和 · 与 · 跟 · 同 + the standard + 相比 ------------------------------------------------------------

@pytest.mark.parametrize("text, items", [
    ("跟往年相比化肥和农药都缺", ["农药", "化肥"]),
    ("和别人家相比我们家棉被太少了", ["棉被"]),
    ("和去年相比今年化肥缺得厉害", ["化肥"]),
])
def test_what_follows_a_closed_comparison_is_asked(lex, text, items):
    assert sorted(asked(lex, text)) == sorted(items)


def test_the_standard_before_xiangbi_is_not_asked(lex):
    assert asked_and_excluded(lex, "与化肥相比，种子更缺") == (["种子"], ["化肥"])


# --- the speaker: a role after a hiring word is the job ----------------------------------------------------------

@pytest.mark.parametrize("title", ["急招——网格员", "求职-网格员", "公益岗位招聘（网格员）"])
def test_a_role_after_a_hiring_word_is_the_job(lex, title):
    assert "公益岗位" in asked(lex, title)


@pytest.mark.parametrize("text", ["村委会：希望今年发的物资里有化肥", "盼望今年送的礼包里有化肥"])
def test_a_wish_with_its_time_keeps_the_package_wished(lex, text):
    assert asked(lex, text) == ["化肥"]


# --- guards: ordinary unit fields and a role that is the request read as before ----------------------------------

@pytest.mark.parametrize("kind, unit, dimension, factor", [
    ("goods", "袋", "count", 1.0),
    ("goods", "袋(25kg)", "mass", 25.0),
    ("goods", "箱（12瓶）", "count", 12.0),
    ("cash", "块", "money", 1.0),
    ("cash", "48块", "money", 48.0),
])
def test_ordinary_unit_fields_read_as_before(kind, unit, dimension, factor):
    from matching.units import record_unit

    u = record_unit(kind, unit)
    assert (u.dimension, u.factor) == (dimension, factor)


@pytest.mark.parametrize("text", ["招聘网格员", "村里缺个网格员"])
def test_a_role_asked_for_stays_the_job(lex, text):
    assert "公益岗位" in asked(lex, text)
