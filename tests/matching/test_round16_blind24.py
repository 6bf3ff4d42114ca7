"""Round 16's mechanisms (blind24 analysed: the platform's 微心愿 and 公益项目 side — wish cards written by a
child, an elder or a cadre for them, and charity projects, 认领心愿 posts and 爱心包裹 that answer them).

Each kind is a family of constructions such cards and posts write, fixed where the matcher reads it:

* a wish card's had (``matching.lexicon``: _PAST_PACKAGE, _HELPED_DONE, _HANDED_DOWN, _NOT_WORN, school terms
  in PAST_TIMES, 用坏 after 没 in _STILL_WANTED);
* a package that lists what it holds (``frame_spans``: _PACKAGE) — the package is no item given;
* a wish card's frames (_TITLE_ASK: 「X的心愿卡——Y」「帮X圆梦：Y」), so who asks (X) is told from what is
  asked (Y) as round 13's 微心愿 frames do.

Every phrasing here is written for the test (none is copied from an evaluation part); the lexicon is the
shipped one, so a test fails when its mechanism is switched off.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded, need_items, offer_items


# --- a wish card's had ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # in an earlier package or delivery
    "上个学期学校发的礼包里就有电饭锅，我想要轮椅",
    "去年冬天的慰问品里有电饭锅。想要轮椅",
    "上学年的物资里面有电饭锅，这回想要轮椅",
    # got by someone else's help
    "电饭锅镇上的干部已经帮忙置办好了，想要轮椅",
    "电饭锅村里早就帮忙配好了。想要轮椅",
    # handed down
    "表哥把他家的电饭锅留给我们了，想要轮椅",
    "电饭锅是舅舅传给我们了，想要轮椅",
    # not worn out yet
    "电饭锅前年领的，都没用坏，想要轮椅",
    "电饭锅还没有烧坏，想要轮椅",
])
def test_a_wish_cards_had_is_no_request(lex, text):
    wanted, had = asked_and_excluded(lex, text)
    assert wanted == ["轮椅"] and "电饭煲" in had


@pytest.mark.parametrize("text", [
    "希望今年的爱心包裹里有电饭锅",          # a wish for the package, no past
    "请帮忙买好电饭锅",                      # a request to buy it, no 已
    "电饭锅用坏了，想换个新的",              # worn out: wanted
    "上学期发的电饭锅坏了，需要电饭锅",      # given before, broken now
    "电饭锅留给我们用吧，谢谢",              # no 了: a plea
])
def test_the_same_words_in_a_request_keep_the_item_asked(lex, text):
    assert "电饭煲" in asked_and_excluded(lex, text)[0]


# --- a package that lists what it holds -------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "爱心包裹（内含台灯）—某商会",
    "每个爱心包裹含台灯（某商会）",
    "爱心包裹内装台灯",
])
def test_a_package_listing_its_contents_gives_the_contents(lex, title):
    assert offer_items(lex, title, "education") == ["护眼台灯"]


def test_a_package_named_alone_is_still_a_school_pack(lex):
    assert asked(lex, "爱心包裹", offer=True) == ["学习用品"]


def test_a_gift_box_listing_its_contents_is_no_festival_gift(lex):
    assert offer_items(lex, "新春礼包内装电饭锅", "relocation") == ["电饭煲"]


# --- a wish card's frames -------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, item", [
    ("留守儿童小梅的心愿卡——风筝线轮", "风筝"),
    ("留守儿童小梅的心愿卡——电饭锅", "电饭煲"),
    ("帮留守儿童小梅圆梦——电饭锅", "电饭煲"),
])
def test_a_wish_card_title_reads_the_thing_after_its_frame(lex, title, item):
    assert need_items(lex, title, "", "other" if item == "风筝" else "relocation") == [item]
