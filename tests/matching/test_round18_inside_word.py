"""Round 18: an own name of three or more characters read across a word boundary of the text
(docs "Round 18: a longer name inside a word"; ``Lexicon._crossing_end``).

The name's last character begins a longer word of jieba's dictionary (工具, 种植, 服务, 机构, 车间) that names
another thing, and jieba cuts the rest of the name as a word of its own: 搬运 | 工具 is tools, no porter.
Every phrasing is written for this round (cooperatives, households, donors and cadres in their own words; none is
copied from an evaluation part); the lexicon is the shipped one.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked


# --- the last character begins another word: no mention of the name ----------------------------------------------

@pytest.mark.parametrize("text", [
    "合作社想要一批搬运工具",
    "爱心企业捐赠搬运工具一批",
    "仓库缺装卸工具",
    "我们需要装卸工具，推车、绳子都行",
    "装卸工具车",
    "帮扶干部送来装卸工具",
])
def test_tools_or_a_workshop_are_no_porters_job(lex, text):
    assert "装卸工岗位" not in asked(lex, text)


@pytest.mark.parametrize("text", [
    "供应魔芋种植基地产品",
    "本村魔芋种植面积大",
    "镇上有魔芋种植园",
    "打算发展魔芋种植，缺资金",
])
def test_growing_konjac_is_no_konjac_seed(lex, text):
    assert "魔芋种" not in asked(lex, text)


def test_a_training_service_is_no_training_suit(lex):
    assert "运动服" not in asked(lex, "村卫生室提供训练服务")


def test_the_rest_of_the_text_still_reads(lex):
    assert "绳子" in asked(lex, "我们需要装卸工具，推车、绳子都行")


# --- guards: the name alone, before its own longer form, or before a lone character, still reads ------------------

@pytest.mark.parametrize("text, item", [
    ("急招搬运工", "装卸工岗位"),
    ("缺装卸工", "装卸工岗位"),
    ("搬运工，日结", "装卸工岗位"),
    ("需要装卸工人三名", "装卸工岗位"),        # 工人 is a 工's own longer form
    ("找一份搬运工作", "装卸工岗位"),          # 工作: the job itself
    ("魔芋种20斤", "魔芋种"),
    ("求魔芋种子五十斤", "魔芋种"),            # 种子 is a lexicon name
    ("魔芋种、化肥都缺", "魔芋种"),
    ("想买点藏茶", "茶叶"),
    ("买训练服两套", "运动服"),
])
def test_the_name_itself_still_reads(lex, text, item):
    assert item in asked(lex, text)
