"""Round 17's mechanisms (blind25 analysed: a third reviewer's plain set — needs typed from a phone by households,
帮扶责任人 and 村委会, offers by enterprises, 社会组织 and the eastern 协作 teams).

Each kind is a family of constructions in ``matching.lexicon``, fixed where the matcher reads it:

* stock that lasts a season (_LASTS): 「X存的还够吃到开春」;
* promised by someone else (_PROMISED): 「X亲戚说好了过年带回来」;
* an offer turned down (_OFFER_DECLINED): 「X街道要送，我们没收」 in one clause;
* making do with what is at hand, no 旧 needed (_MAKING_DO_PLAIN): 「一直拿X凑合着」;
* the writer's own question naming its filing verb, answered (_TOPIC_REST): 「X要不要申请？不申请了」, also
  when the name's reading leaves a modifier before it (_TOPIC_MODIFIER): 「烧水的电壶还用报吗？不报了」.

Every phrasing here is written for the test (none is copied from an evaluation part); the lexicon is the
shipped one, so a test fails when its mechanism is switched off. The guards (what must still ask) pass before
and after.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, need_items


# --- stock that lasts a season -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "大米自家存的还能吃到开春",
    "棉被压箱底的那床还能撑过这个冬天",
    "煤炭囤的也能顶半年",
    "蜂窝煤仍能烧到年底",
])
def test_stock_that_lasts_a_season_is_had(lex, text):
    assert asked(lex, text) == []


@pytest.mark.parametrize("text", [
    "大米吃不到开春了，想要一袋",     # runs out before spring: a lack
    "家里的棉被撑不过这个冬天",         # 不 breaks the run
])
def test_stock_that_will_not_last_still_asks(lex, text):
    assert asked(lex, text) != []


# --- promised by someone else --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "电饭煲表姐说好了过年带回来",
    "轮椅残联答应月底前给配",
    "书包对口学校承诺开学时统一给发",
])
def test_a_thing_promised_by_someone_else_is_not_asked_for(lex, text):
    assert asked(lex, text) == []


@pytest.mark.parametrize("text", [
    "电饭煲表姐说好给买的，到现在也没见着",   # the promise closed by 的, its outcome told after it
    "希望爱心企业能答应捐轮椅",               # a hope, not a promise
    "村里没答应给书包",                       # refused
    "电饭煲表姐答应给买却一直没买",           # broken in its clause
])
def test_a_hoped_refused_or_broken_promise_still_asks(lex, text):
    assert asked(lex, text) != []


# --- an offer turned down ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "电视机街道要送我们没收",
    "旧衣柜邻居想给我家没要",
    "羽绒服表哥打算送我一件我没要",
])
def test_an_offer_the_household_turned_down_is_not_asked_for(lex, text):
    assert asked(lex, text) == []


def test_an_offer_not_turned_down_still_asks(lex):
    assert asked(lex, "想给孩子买个书包不要太贵的") == ["书包"]


# --- making do with what is at hand --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "这些年一直拿电炉子凑合着",
    "平常就靠煤油灯对付",
    "冬天用热水袋将就一下",
])
def test_making_do_with_a_thing_at_hand_is_the_situation(lex, text):
    assert asked(lex, text) == []


@pytest.mark.parametrize("text", [
    "只能拿电炉子凑合着",         # 只能: the making do is the lack (round 16)
    "铁锅用了十几年凑合着",       # a thing used for years: not a stand-in
])
def test_making_do_that_still_asks(lex, text):
    assert asked(lex, text) != []


# --- the writer's own question, with its filing verb, answered -----------------------------------------------------

@pytest.mark.parametrize("description", [
    "电视机要不要申请？不申请了，主要是缺轮椅。",
    "烧水的电壶还用报吗？先不报了。急需轮椅。",
    "做饭的电饭煲还用不用申报？不用了。急需轮椅。",
])
def test_a_question_about_filing_answered_no_is_not_a_request(lex, description):
    assert asked(lex, description) == ["轮椅"]


@pytest.mark.parametrize("text", ["看的电视机还用不用报？先不报了", "家里看的电视的话，已经有了"])
def test_a_modifier_left_before_a_topic_is_part_of_its_name(lex, text):
    assert asked(lex, text) == []


def test_a_need_keeps_its_own_item_beside_an_answered_question(lex):
    items = need_items(lex, "残疾人求助轮椅", "看的电视机还用不用报？先不报了。", "medical")
    assert items == ["轮椅"], items


def test_a_question_about_filing_answered_yes_still_asks(lex):
    assert "电视" in asked(lex, "电视机还用不用报？要报，家里那台坏了")
