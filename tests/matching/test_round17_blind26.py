"""Round 17's mechanisms (blind26 analysed: 产业扶贫, 就业扶贫 and 消费扶贫 as cooperatives, 种养大户, 扶贫车间 and the
enterprises, banks and schools that answer them write).

Each kind is a family of constructions such records write, fixed where the matcher reads it:

* a producer's had and not-wanted (``matching.lexicon``: _TRIED_FAILED, _APPROVED, _PAST_MATTER, _STOCK_LEFT,
  _LINE_STOPPED among the cues of _NEGATION; a sale wanted in _STILL_WANTED);
* a giver's verb after its name closing a bracket or the title (``org_spans``: GIVER_VERBS, and a bank's branch
  among ORG_SUFFIXES) — 「X（某支行代办）」 offers X, not a 代办服务.

Every phrasing here is written for the test (none is copied from an evaluation part); the lexicon is the
shipped one, so a test fails when its mechanism is switched off.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked_and_excluded, need_items, offer_items


# --- a producer's had and not-wanted -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # tried and failed
    "前年试种过有机肥效果不理想，今年想要微耕机",
    "上季试用了有机肥没啥效果，想要微耕机",
    # an application approved
    "有机肥的补助早就批下来了，现在想要微耕机",
    "有机肥那笔审批通过了，想要微耕机",
    # a matter of the past
    "有机肥那是前年的事了，想要微耕机",
    # stock still held
    "有机肥仓里还囤着三十袋，想要微耕机",
    "有机肥家里都堆着呢，想要微耕机",
    # a line of business paused
    "有机肥这块今年先不搞了，想要微耕机",
    "有机肥那头暂时放一放，想要微耕机",
])
def test_a_producers_had_is_no_request(lex, text):
    wanted, had = asked_and_excluded(lex, text)
    assert wanted == ["微耕机"] and "有机肥" in had


@pytest.mark.parametrize("text", [
    "有机肥的补助还没批下来，急需有机肥",          # not approved yet: asked
    "希望有机肥的补助早日批下来",                  # a wish for approval
    "有机肥还压着两吨，卖不掉，求帮忙对接收购",     # stock that will not sell: a sale asked for
    "缺有机肥，车间都停了",                        # a stop caused by the lack, no paused line
    "去年试过有机肥，效果很好，今年还要有机肥",     # tried and liked
])
def test_the_same_words_in_a_request_keep_the_item_asked(lex, text):
    assert "有机肥" in asked_and_excluded(lex, text)[0]


# --- a giver's verb after its name --------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "大棚遮阳网（县农信社营业部代办）",
    "大棚遮阳网（某农业银行县支行代办）",
    "大棚遮阳网（某农资有限公司代理）",
])
def test_a_givers_verb_is_no_item_offered(lex, title):
    assert offer_items(lex, title, "production") == ["遮阳网"]


def test_an_errand_offered_alone_is_still_one(lex):
    assert offer_items(lex, "农机补贴申请代办", "other") != []
    assert "代办服务" in offer_items(lex, "证件申领代办", "other")


# --- a producer withheld with 某 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "返乡创业的养殖户刘某急需微耕机",
    "微耕机缺口大（茶叶专业户赵某某）",
    "【求购】微耕机｜自主创业的返乡青年孙某",
])
def test_what_a_withheld_producer_does_is_no_item(lex, title):
    # (the title is read whole: round 13's asker rule drops only what a title naming two things names first)
    assert asked_and_excluded(lex, title)[0] == ["微耕机"]


def test_a_producer_asking_for_what_they_trade_in_still_asks(lex):
    assert "茶叶" in asked_and_excluded(lex, "种植大户赵某求购茶叶")[0]


# --- a signature after a bar --------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "【农资需求】微耕机｜城南社区扶贫车间",
    "【急需】微耕机｜青山村扶贫车间",
])
def test_a_bar_before_who_asks_closes_the_item(lex, title):
    assert need_items(lex, title, "", "production") == ["微耕机"]


@pytest.mark.parametrize("title, category, item", [
    ("扶贫车间｜缝纫机", "employment", ["缝纫机"]),                          # a bar before the item heads it
    ("线上报名｜电工技能培训（县职教中心基地）", "employment", ["电工培训"]),  # a bracket after the bar: the item's
])
def test_a_bar_before_the_item_still_heads_it(lex, title, category, item):
    assert need_items(lex, title, "", category) == item


def test_a_benefit_stopped_this_year_is_no_paused_line(lex):
    # (no 那摊 · 这块 marker and no 先 · 暂时: the writer chose nothing; the thing may be asked back)
    assert "有机肥" in asked_and_excluded(lex, "合作社的有机肥今年停了")[0]
