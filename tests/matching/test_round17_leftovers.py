"""Round 17: the kinds round 16 noticed and left alone (docs "Round 17: the kinds round 16 left").

Every phrasing is written for this round (households, cadres, village committees and donors in their own
words; none is copied from an evaluation part); the lexicon is the shipped one.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded


# --- 1. a lent name inside a longer dictionary word is no mention ------------------------------------------------

@pytest.mark.parametrize("text, item, offer", [
    ("纺织机械厂爱心捐赠：儿童棉衣50件", "织布机", True),
    ("驻村工作队：村民在纺织机械厂打工，家里缺电饭锅", "织布机", False),
    ("我家开小卖部，卷闸门锈住了，想换个新的", "灌溉水渠修缮", False),
    ("车间台子上个月就到货了，现在缺货架", "餐桌", False),
])
def test_a_lent_name_inside_a_longer_word_is_not_read(lex, text, item, offer):
    assert item not in asked(lex, text, offer=offer)
    assert item not in asked_and_excluded(lex, text)[1]


@pytest.mark.parametrize("text, item", [
    ("我们家想要个纺车，老人会纺线", "织布机"),
    ("想要一台纺织机", "织布机"),
    ("村委会：村口水渠的闸门坏了，申请修缮", "灌溉水渠修缮"),
    ("家里缺个甑子蒸饭", "蒸笼"),
])
def test_a_lent_name_standing_as_its_own_word_is_still_read(lex, text, item):
    assert item in asked(lex, text)


def test_the_other_names_of_the_text_stay(lex):
    assert asked(lex, "纺织机械厂捐赠棉被") == ["棉被"]


# --- 2. a request after a had clause renews the item --------------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("哥哥的书包传给弟弟了，我也想要一个", "书包"),
    ("姐姐的自行车留给我了，弟弟也想要一辆", "自行车"),
    ("电饭锅还没坏，就是太小了，想换个大的", "电饭煲"),
    ("电视还没坏，就是屏幕太小，想换个大的", "电视"),
    ("厚衣服去年发过，今年孩子长高了，还需要两件", "棉衣"),
    ("书包去年领过，今年孩子上学，也需要", "书包"),
])
def test_a_wish_after_a_had_clause_asks_for_the_item(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, item", [
    ("书包去年领过了，孩子太小了用不上", "书包"),
    ("棉被去年领过了，家里条件差，谢谢大家", "棉被"),
    ("电饭锅已经有了，不要大的", "电饭煲"),
    ("棉被去年领过了，家里条件差，孩子在上学，想换个大的", "棉被"),
])
def test_a_had_clause_without_a_wish_right_after_stays_had(lex, text, item):
    assert item not in asked(lex, text)
