"""Round 15 (blind22 analysed): northern households' ways of declining a thing and of saying it is had.

* Someone forbids or refuses asking for it (「老伴死活不让买X」「X俺妈不肯要」), or dislikes it for its looks
  (「闺女嫌X样子土，不要」), or asks what it would be for (「X要它干啥」): ``_NORTHERN_DECLINE``.
* Not taken to: a verb of use + 不惯 (「X老两口使不惯」), 使 for 用 (「X使不上」), not fond of it (「X孩子不爱使」
  「X不待见」), 不咋 + a verb of use (「X不咋用」): UNWANTED_CUES and DIALECT_WORDS.
* Making do (「X对付着用」「X凑合使」「X还中」), still fine (「X好着呢」), plenty (「X多了去了」「X有老多了」「X有着咧」),
  had counted (「X有俩了」), given counted (「X他舅给了俩」「X邻居匀了一个」).
* A time word beginning a name's comment (「旧书包眼下用不着」): the time word is a turn, so the cue's segment
  named nothing and the name before it, read with a character left over (旧 · 小 · 本), stayed asked for
  (``Lexicon._time_comments``).

Every phrasing here is written for the test (none is copied from an evaluation part); the lexicon is the
shipped one, so a test fails when the mechanism is switched off. Guards keep what must stay asked.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded


@pytest.mark.parametrize("text", [
    "想要棉被，老伴死活不让买电饭锅",       # forbidding
    "家里缺棉被。电饭锅俺妈不肯要。",         # refusing
    "缺棉被。电饭锅老人说啥也不肯收",
    "缺棉被。闺女嫌电饭锅样子土，不要",       # disliked for its looks, refused in the next segment
    "缺棉被，孩子嫌电饭锅寒碜",
    "电饭锅要它干啥，就缺棉被",               # what for
    "电饭锅老两口使不惯，就缺棉被",           # a verb of use + 不惯
    "缺棉被，电饭锅俺家使不上",
    "缺棉被，电饭锅孩子不爱使",               # not fond of it
    "缺棉被，电饭锅奶奶不待见",
    "缺棉被，电饭锅平时不咋用",               # 不咋 = 不怎么
    "电饭锅对付着用，缺棉被",                 # making do
    "缺棉被，电饭锅凑合使",
    "电饭锅还中，就缺棉被",                   # 还中 = still fine
    "缺棉被，电饭锅好着呢",
    "缺棉被，电饭锅多了去了",                 # plenty
    "缺棉被，电饭锅有老多了",
    "缺棉被，电饭锅有着咧",
    "缺棉被，电饭锅有俩了",                   # had, counted
    "缺棉被，电饭锅他舅给了俩",               # given, counted
    "缺棉被，电饭锅邻居匀了一个",
    "缺棉被，电饭锅对门大姐给匀了点",         # 匀 share some of one's own
    "想要棉被，小电饭锅眼下用不着",           # a time word beginning the name's comment
    "想要棉被。旧电饭锅目前不缺",
])
def test_a_northern_decline_or_having_is_no_request(lex, text):
    got, excluded = asked_and_excluded(lex, text)
    assert got == ["棉被"]
    assert "电饭煲" in excluded


@pytest.mark.parametrize("text, wanted", [
    ("孩子嫌旧书包太小，想要个新书包", "书包"),      # 嫌 … 太小: a reason for a new one
    ("孩子只能对付着穿哥哥的旧棉衣", "棉衣"),        # 只能 + making do asks
    ("亲戚给了点钱，还缺电饭锅", "电饭煲"),          # 给了点 + a noun: no count closing the clause
    ("书包去年领过，今年还想要", "书包"),            # a time word starting a new request
    ("缺棉被，现在电饭锅也坏了", "电饭煲"),          # the time word's segment names an item: still a cut
    ("电饭锅还行吗？想要一个", "电饭煲"),            # 还行 not closing the clause
])
def test_what_stays_asked(lex, text, wanted):
    assert wanted in asked(lex, text)
