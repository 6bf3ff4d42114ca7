"""Round 20: mechanisms of blind32's voice — rural teachers' home-visit records (家访记录, 情况说明) for their pupils
and the school, and offers posted under programme names (docs "Round 20: mechanisms — blind32 analysed").

Every phrasing is written for this round (a 班主任's, a 校长's and a foundation's words; none is copied from an
evaluation part); the lexicon is the shipped one. Tests of a frame assert what is *not* read (the frame's concept),
so that names added later for the things beside it do not change them.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded, need_items, offer_items


# --- 1. a pupil named after a class or status word is who the record is about ----------------------------------------

@pytest.mark.parametrize("title, category, who_concept", [
    # (The item after the pupil is one the lexicon may not know: the pupil's word was read in its place.)
    ("关于为学前班幼儿赵某某解决新书包的申请", "education", "学前教育"),
    ("情况说明：学前班幼儿陈某需数数的小木棒", "education", "学前教育"),
    ("班主任代学前班幼儿陈某某申请数数的小木棒", "education", "学前教育"),
    ("数数的小木棒（学前班幼儿陈某，家访后申报）", "education", "学前教育"),
    ("家访记录｜留守儿童小军家需要数数的小木棒", "education", "留守儿童关爱"),
    ("情况说明：留守儿童小兰需数数的小木棒", "education", "留守儿童关爱"),
    ("控辍保学走访：留守儿童小军家缺数数的小木棒", "education", "留守儿童关爱"),
])
def test_a_named_pupil_is_no_item(lex, title, category, who_concept):
    assert who_concept not in need_items(lex, title, "", category)


def test_a_named_pupil_keeps_the_item_beside_it(lex):
    assert need_items(lex, "关于为学前班幼儿赵某某解决书包的申请", "", "education") == ["书包"]


@pytest.mark.parametrize("title, category, item", [
    ("留守儿童关爱服务申请", "other", "留守儿童关爱"),   # the service itself, no name after the word
    ("村小学前班缺老师，申请学前教育支持", "education", "学前教育"),
])
def test_a_class_or_status_word_without_a_name_is_still_read(lex, title, category, item):
    assert item in need_items(lex, title, "", category)


def test_a_thing_after_a_pupils_word_is_not_taken_for_a_name(lex):
    # 儿童小说 is a book, not a child called 小说.
    assert asked(lex, "图书角缺儿童小说，") == asked(lex, "图书角缺少儿童小说，")
    assert asked(lex, "图书角缺儿童小说，") != []


# --- 2. a programme in an offer's giver slot gives; it is no 助学金 given ---------------------------------------------

@pytest.mark.parametrize("title, category", [
    ("希望工程捐赠护眼台灯", "education"),
    ("春蕾计划捐赠学生书包", "education"),
    ("学生书包（春蕾计划结对帮扶）", "education"),
    ("护眼台灯（希望工程助学计划）", "education"),
    ("希望工程为学生家长提供电饭锅", "relocation"),
])
def test_a_programme_giving_is_no_grant_given(lex, title, category):
    items = offer_items(lex, title, category)
    assert "助学金" not in items and items


@pytest.mark.parametrize("title, category", [
    ("希望工程助学金", "finance"),      # the programme alone is what is given
    ("春蕾计划", "education"),
])
def test_a_programme_alone_is_still_given(lex, title, category):
    assert "助学金" in offer_items(lex, title, category)


# --- 3. a teacher's had and not-wanted ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("蚊帐去年就补助过了", "蚊帐"),                 # a past term + 就 + a give verb
    ("校服前年就补贴了", "校服"),
    ("作业本足够。", "作业本"),                     # enough, written
    ("教室里课桌椅数量足够，", "课桌椅"),
    ("书包享受过县里的资助政策", "书包"),           # a subsidy enjoyed
    ("校服由县教育局统一采购", "校服"),             # bought by another body
    ("棉被已申领", "棉被"),                         # claimed
    ("电子琴下学期再说", "电子琴"),                 # put off
    ("护眼台灯等以后再申请", "护眼台灯"),
])
def test_a_teachers_had_is_no_request(lex, text, item):
    got, excluded = asked_and_excluded(lex, "该生随奶奶生活。" + text)
    assert item not in got and item in excluded


@pytest.mark.parametrize("text, item", [
    ("需要足够的课桌椅。", "课桌椅"),
    ("教室座位不足够，缺课桌椅。", "课桌椅"),
    ("去年就缺书包。", "书包"),
    ("申领书包。", "书包"),
    ("下学期再申请就来不及了，急需书包。", "书包"),
    ("由学校统一采购的校服不合身，需要新校服。", "校服"),
])
def test_a_teachers_request_stays_asked(lex, text, item):
    assert item in asked(lex, text)
