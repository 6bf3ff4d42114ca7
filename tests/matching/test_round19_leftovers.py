"""Round 19: the kinds round 18 noticed and left alone (docs "Round 19: the kinds round 18 left").

Every phrasing is written for this round (households, cadres, village committees and donors in their own words;
none is copied from an evaluation part); the lexicon is the shipped one.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded, offer_items


# --- 1. a bare head whose bracket says which one -----------------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("品名：慢病药（高血压）", "降压药"),
    ("帮扶台账：慢病签约用药（降压）", "降压药"),
    ("村卫生室申请慢病药（糖尿病）", "降糖药"),
    ("老李家需要药（治高血压的）", "降压药"),
    ("灯（路边的）", "太阳能路灯"),
    ("村委会申请：灯（村口的）", "太阳能路灯"),
    ("慢病药(高血压)每月两盒", "降压药"),
])
def test_a_bare_head_is_read_with_its_bracket(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, item", [
    ("慢病药（高血压）去年领过了", "降压药"),
    ("慢病签约用药（降压）暂时不缺", "降压药"),
])
def test_a_bare_head_with_its_bracket_keeps_its_cue(lex, text, item):
    asked_items, excluded = asked_and_excluded(lex, text)
    assert item not in asked_items and item in excluded


@pytest.mark.parametrize("text, items", [
    ("被子（冬天的）", ["棉被"]),
    ("轮椅（手摇）", ["轮椅"]),
    ("应急救援折叠床（民政救灾物资）", ["折叠床", "救灾物资"]),
])
def test_a_head_that_names_an_item_keeps_its_reading(lex, text, items):
    assert sorted(items) == asked(lex, text)


def test_a_bracket_that_says_whose_is_no_qualifier(lex):
    assert "有机肥" not in asked(lex, "俺想要二铵肥（村东头老王家）")


# --- 3. used before: had, as 有过 is; broken, asked again ----------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("以前用过电饭锅，不好用", "电饭煲"),
    ("电饭锅用过，不好使了", "电饭煲"),
    ("前几年用过太阳能热水器，早坏了", "热水器"),
    ("以前用过助听器，很好用，想再要一个", "助听器"),
    ("以前没用过电饭锅，想要一个", "电饭煲"),
])
def test_a_used_thing_broken_or_wished_again_is_asked(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, item", [
    ("以前用过轮椅，现在能走了", "轮椅"),
    ("轮椅以前用过，现在不用了", "轮椅"),
    ("以前用过电饭锅", "电饭煲"),
    ("以前有过电饭锅", "电饭煲"),
])
def test_a_thing_used_before_is_had_as_one_had_before(lex, text, item):
    asked_items, excluded = asked_and_excluded(lex, text)
    assert item not in asked_items and item in excluded


# --- 4. a name whose last character starts a longer word past it --------------------------------------------------

@pytest.mark.parametrize("text, item, other", [
    ("村里申请修路灯三盏", "太阳能路灯", "通组公路硬化"),
    ("组里想请人帮忙修路灯", "太阳能路灯", "通组公路硬化"),
    ("土豆种植户想要化肥", "化肥", "马铃薯种薯"),
    ("我们是魔芋种植户，缺农药", "农药", "魔芋种"),
])
def test_a_name_crossed_by_a_longer_word_after_it_is_no_mention(lex, text, item, other):
    items = asked(lex, text)
    assert item in items and other not in items


@pytest.mark.parametrize("text, item", [
    ("村委会计划修路，缺水泥", "通组公路硬化"),
    ("想要土豆种二十斤", "马铃薯种薯"),
    ("缺土豆种，种植季要到了", "马铃薯种薯"),
    ("今年秋天想修房顶", "屋顶翻修"),
])
def test_a_name_not_crossed_keeps_its_reading(lex, text, item):
    assert item in asked(lex, text)


# --- 5. a thing said by its use or place with a doubled head ------------------------------------------------------

@pytest.mark.parametrize("text, item, other", [
    ("家里养了三头牛，缺牛舔的砖砖", "舔砖", "红砖"),
    ("羊舔的那个砖没有了", "舔砖", "红砖"),
    ("村口车站的棚棚没有，下雨娃娃淋着", "候车亭", "帐篷"),
    ("想要一个等车的棚子", "候车亭", "帐篷"),
])
def test_a_thing_said_by_its_use_with_a_doubled_head(lex, text, item, other):
    items = asked(lex, text)
    assert item in items and other not in items


@pytest.mark.parametrize("text, item", [
    ("盖房子缺砖，要红砖两千块", "红砖"),
    ("受灾了，想要帐篷", "帐篷"),
])
def test_the_plain_names_keep_their_reading(lex, text, item):
    assert item in asked(lex, text)


# --- 2. a programme's root in a package's title covers no more than the package -----------------------------------

def test_a_programme_root_beside_a_package_is_dropped(lex):
    items = offer_items(lex, "东西部协作易地搬迁安家包（100套）", "relocation")
    assert "乔迁礼包" in items and "易地搬迁" not in items


def test_a_programme_root_alone_still_covers_its_category(lex):
    assert "易地搬迁" in offer_items(lex, "易地扶贫搬迁配套物资", "relocation")
