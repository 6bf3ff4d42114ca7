"""Round 19: mechanisms of blind30's voice — social workers' case records, case notes and project-named offers
(docs "Round 19: mechanisms — blind30 analysed").

Every phrasing is written for this round (a 社工站's, a 慈善超市's and a foundation's words; none is copied from an
evaluation part); the lexicon is the shipped one. Tests of a heading assert what is *not* read (the heading's
concept), so that names added later for the things after it do not change them.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded, need_items, offer_items


# --- 1. a programme's or a case record's heading names no item ------------------------------------------------------

@pytest.mark.parametrize("title, category, heading_concept", [
    ("市慈善会安居工程：可折叠门槛斜坡垫", "housing", "危房改造"),
    ("县红十字会关爱行动｜失智长者记忆训练卡", "other", "留守儿童关爱"),
    ("县红十字会关爱行动｜失智长者记忆训练卡", "other", "陪伴关爱"),
    ("慈善总会专项救助基金：罕见病特药援助", "finance", "临时救助"),
    ("公益众筹｜便民设施（青年志愿服务队）", "infrastructure", "公益筹款"),
])
def test_a_programme_heading_does_not_stand_in_for_an_unknown_item(lex, title, category, heading_concept):
    assert heading_concept not in offer_items(lex, title, category)


@pytest.mark.parametrize("title, category, item", [
    ("产业帮扶项目：多旋翼植保机", "production", "植保无人机"),   # round 12's guess after a heading
    ("助农产业帮扶：银黑双色地膜", "production", "地膜"),
    ("危房改造项目：危房改造", "housing", "危房改造"),           # the body names the heading's concept
    ("暖冬行动：棉被", "living", "棉被"),
    ("某基金会暖心行动：捐赠羊毛护膝", "living", "护膝"),
])
def test_a_programme_heading_before_a_known_item_keeps_it(lex, title, category, item):
    assert item in offer_items(lex, title, category)


@pytest.mark.parametrize("title, heading_concept", [
    ("社区探访｜刘某申请防走丢的胸卡", "陪伴关爱"),      # 探访: the visit that found the need
    ("兜底个案：低保户刘某——防走丢的胸卡", "生活费补助"),  # 兜底: the case's kind
    ("兜底个案：刘某——学做手工皂", "生活费补助"),
])
def test_a_case_record_heading_does_not_name_the_need(lex, title, heading_concept):
    assert heading_concept not in need_items(lex, title, "", "living")


def test_a_case_record_heading_before_a_known_item_keeps_it(lex):
    assert need_items(lex, "兜底个案：刘某——夜间感应灯带", "", "living") == ["小夜灯"]


# --- 2. a case note's had and not-wanted -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("电动轮椅已转介至街道残联跟进", "电动轮椅"),                 # passed on
    ("米面油已链接商会爱心资源，本次不报", "粮油"),               # linked (a giver's name after the verb)
    ("经评估，助听器需求不成立", "助听器"),                       # an assessment's verdict
    ("经评估，电视机暂无此项需求", "电视"),
    ("电视机经评估需求不存在", "电视"),
    ("老人的床垫由社区志愿者送到家里了", "床垫"),                 # delivered home
    ("洗衣机属上一阶段服务内容", "洗衣机"),                       # a past cycle's
    ("书包的个案目标已经实现", "书包"),                           # a goal reached
    ("家中尚有大米两袋", "大米"),                                 # 尚 as 还
    ("大米尚有存量", "大米"),
    ("食用油上月已在社区超市领取", "食用油"),                     # collected at a place
    ("食用油已于月初在村委会领用", "食用油"),
])
def test_a_case_note_says_the_item_is_had_or_not_wanted(lex, text, item):
    asked_items, excluded = asked_and_excluded(lex, text)
    assert item not in asked_items and item in excluded


@pytest.mark.parametrize("text, item", [
    ("电动轮椅已转介至街道残联跟进，需要助听器", "助听器"),
    ("米面油已链接商会爱心资源，本次不报，急需棉被", "棉被"),
    ("棉被尚有缺口", "棉被"),                                     # still short
    ("电饭锅尚未链接到资源，仍需要", "电饭煲"),
    ("建议链接助听器资源", "助听器"),                             # an assessment's proposal asks
    ("棉被申请转介", "棉被"),
    ("轮椅还没转介出去，急需", "轮椅"),
])
def test_a_case_note_that_asks_still_asks(lex, text, item):
    assert item in asked(lex, text)


# --- 3. a case record's title frames name the thing; the case's background asks for nothing ------------------------

@pytest.mark.parametrize("title, description, category, item", [
    ("转介单：独居老人张某需棉被", "服务对象无子女照料，靠低保兜底", "living", "棉被"),           # 需X
    ("【需求评估】低保户李某存在电饭锅方面的需求", "家中仅靠低保兜底度日", "living", "电饭煲"),   # 存在X方面的需求
    ("助听器资源链接（残疾人王某）", "服务对象每周透析，开销大", "medical", "助听器"),           # X资源链接
    ("王某：建议链接上门理发", "社工入户探访时发现老人行动不便", "other", "理发"),             # 建议链接X
])
def test_a_case_record_title_names_its_thing_and_the_background_adds_none(lex, title, description, category, item):
    assert need_items(lex, title, description, category) == [item]


@pytest.mark.parametrize("title, category, who_concept", [
    ("个案需求｜留守老人张某：学做手工皂", "other", "留守儿童关爱"),   # the field's value is who the case is
    ("转介单：困境儿童小林需学做手工皂", "education", "课外读物"),
])
def test_an_unknown_thing_in_a_case_record_title_is_not_read_from_who_asks(lex, title, category, who_concept):
    assert who_concept not in need_items(lex, title, "", category)


def test_a_case_record_title_keeps_what_the_description_also_asks_for(lex):
    assert need_items(lex, "【需求评估】王某存在棉被方面的需求", "另外还缺棉衣", "living") == ["棉衣", "棉被"]
