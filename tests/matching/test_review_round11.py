"""A review of round 11 (docs/matching.md, "A review of round 11"): requests that round 11's cues,
verbs and frames read as not asked for, or lost.

Every text here was written for this file from ordinary ways of stating a need, never from an
evaluation part. Each test failed before its fix.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked_and_excluded as asked


@pytest.mark.parametrize("text", [
    "棉被叠放整齐",                      # 整 + 齐 read as 整 (get) + 齐 (complete)
    "需求已整理如下：棉被",              # 已 + 整 read as had
])
def test_zheng_of_zhengqi_and_zhengli_is_no_giving_verb(lex, text):
    assert asked(lex, text) == (["棉被"], [])


@pytest.mark.parametrize("text", ["村里有的住户缺棉被", "有的用户缺棉被"])
def test_youde_is_some_not_had_to_use(lex, text):
    assert asked(lex, text) == (["棉被"], [])


def test_youde_still_reads_had_to_use(lex):
    assert asked(lex, "棉被有得用，需要棉衣") == (["棉衣"], ["棉被"])


def test_wanting_a_new_one_is_still_wanted(lex):
    assert asked(lex, "旧棉被没什么用了想换新的") == (["棉被"], [])


@pytest.mark.parametrize("text", ["棉被缺口无法解决", "棉被需求量无法满足", "缺口零散，缺棉被"])
def test_a_gap_of_nothing_only_closes_a_cell(lex, text):
    assert asked(lex, text) == (["棉被"], [])


@pytest.mark.parametrize("text", ["棉被缺口：无", "棉被缺口为0", "棉被缺口：零"])
def test_a_zero_gap_still_closes(lex, text):
    assert asked(lex, text) == ([], ["棉被"])


@pytest.mark.parametrize("text", ["能否领到棉被", "不知道怎么领到棉被", "能否申请到棉被", "如何领到棉被"])
def test_a_question_before_a_receipt_asks(lex, text):
    assert asked(lex, text) == (["棉被"], [])


def test_shared_out_to_households_is_a_plan(lex):
    assert asked(lex, "棉被按人头分到户") == (["棉被"], [])
    assert asked(lex, "棉被分到了，需要棉衣") == (["棉衣"], ["棉被"])


@pytest.mark.parametrize("text", ["村干部把棉被需求上报了", "社工帮我们申请棉被上报"])
def test_a_reporter_frame_blanks_the_role_not_the_item(lex, text):
    assert asked(lex, text) == (["棉被"], [])


@pytest.mark.parametrize("text", ["需要修订过的教材", "作业本装订好了，缺书包"])
def test_ding_of_xiuding_and_zhuangding_is_no_ordering(lex, text):
    labels, excluded = asked(lex, text)
    assert excluded == [] and labels, text



def test_youde_closing_the_clause_still_reads_had_to_use(lex):
    assert asked(lex, "棉被家里有的用，需要棉衣") == (["棉衣"], ["棉被"])
    assert asked(lex, "棉被有的用呢") == ([], ["棉被"])


@pytest.mark.parametrize(("text", "item"), [("村里缺个小卖部", "创业扶持"), ("缺少农村电商", "电商培训")])
def test_a_run_back_holding_a_need_is_no_shop_name(lex, text, item):
    assert asked(lex, text) == ([item], [])


@pytest.mark.parametrize(("text", "item"), [("低保已取消缺棉被", "棉被"), ("已参保缺药品", "常用药"),
                                            ("房屋已完工缺家具", "搬迁新居家具")])
def test_a_status_does_not_reach_over_a_following_shortage(lex, text, item):
    assert item in asked(lex, text)[0], text


@pytest.mark.parametrize("text", ["原缺棉被已补齐", "棉被不缺，需要棉衣"])
def test_a_past_or_denied_shortage_is_no_turn(lex, text):
    assert "棉被" in asked(lex, text)[1], text


@pytest.mark.parametrize(("text", "item"), [("需要调整羊群结构", "羊肉"), ("需要双槽洗衣机", "水槽"),
                                            ("需要在线鸡苗销售", "土鸡")])
def test_no_two_character_name_reads_inside_a_common_word(lex, text, item):
    assert item not in asked(lex, text)[0], text


def test_bao_of_baokuo_is_no_taking_on(lex):
    assert asked(lex, "已包括棉被在内的物资都缺") == (["棉被"], [])
