"""Round 13 (blind18 analysed): a thing named by its use or look, and round 12's names that cost blind18.

* A use's object or place may stand a few characters before its 的 (「房顶漏雨接水的盆」), and the thing the
  use names may be a name a few characters after the 的, a head of :data:`USE_THING_HEADS`, a person (the
  household's situation: 「躺在床上的老奶奶」) or nothing (「玉米地防虫打的」) — the names in the use are no item
  (``_use_clause`` in ``_function_modifiers``).
* Round 12's widening gave names that read in a household's or a catalogue's words as another thing
  (入户随访 → 家庭医生, 砌墙 → 围墙, 铁架子 → 置物架, 挂杆 → 窗帘杆, 钢板 → 钢筋); they are taken out.

Every phrasing here is written for the test (none is copied from an evaluation part); the lexicon is the
shipped one (``default_lexicon``), so a test fails when the mechanism is switched off or a name comes back.
"""

from __future__ import annotations

import pytest

from matching.lexicon import default_lexicon
from tests.matching.lexicon_helpers import offer_items


@pytest.fixture(scope="module")
def lex():
    return default_lexicon()


def asked(lex, text, offer=False):
    return sorted(lex.concepts[c].label for c in lex.extract(text, offer=offer).concepts)


# --- a thing named by its use: the use's object or place is no item ----------------------------------------

@pytest.mark.parametrize("text, name, wanted", [
    ("房顶漏雨接水的盆", "房顶", None),            # a place, then the use, then a head word
    ("洗衣裳使的肥皂", "衣裳", "肥皂"),              # a name after the 的 is the thing
    ("躺在床上的老奶奶要一台收音机", "床", "收音机"),  # a person the use describes: her situation
    ("玉米地防虫打的", "玉米", None),               # nothing after the 的: the thing is named by its use alone
])
def test_a_use_before_its_de_names_no_item(lex, text, name, wanted):
    assert asked(lex, name)  # the object or place is a name of the lexicon
    got = asked(lex, text)
    assert not set(asked(lex, name)) & set(got)
    if wanted:
        assert wanted in got


@pytest.mark.parametrize("text, item", [
    ("需要化肥的玉米", "化肥"),        # a request word's object is asked for
    ("棉被不够的人家", "棉被"),        # a shortage in the gap: the name is the request
    ("化肥的补贴", "化肥"),            # an abstract noun after the 的 is no thing
    ("孩子上学要书包的", "书包"),      # a request word in the gap
    ("老人常年睡木床", "床"),          # no 的: the mechanism does not apply (卧床 is no bed since round 17)
])
def test_a_name_that_is_asked_for_stays(lex, text, item):
    assert item in asked(lex, text)


# --- round 12's names that read as another thing ------------------------------------------------------------

@pytest.mark.parametrize("text, wrong, right", [
    ("村医入户随访时发现老人缺轮椅", "家庭医生", "轮椅"),   # a visit is no family doctor contract
    ("砌墙缺水泥", "围墙", "水泥"),                       # building a wall is no 围墙 project
    ("腿脚不好，扶着挪动的铁架子", "置物架", None),         # an iron frame is a look, not a shelf
    ("挂杆子上的广播喇叭", "窗帘杆", None),                # 挂 + 杆子 is no curtain rod
    ("彩色钢板二十张", "钢筋", None),                      # a steel sheet is no reinforcing bar
])
def test_round12_names_that_read_as_another_thing_are_gone(lex, text, wrong, right):
    got = asked(lex, text)
    assert wrong not in got
    if right:
        assert right in got


# --- a catalogue line: the list it comes from, and a kind of the record's own item ------------------------

def test_the_list_a_catalogue_line_comes_from_is_no_item(lex):
    assert asked(lex, "折叠床（民政救灾物资）", offer=True) == ["折叠床"]
    assert offer_items(lex, "折叠床（民政救灾物资）", "other") == ["折叠床"]
    assert offer_items(lex, "应急物资储备目录", "other") == ["救灾物资"]  # a line that is only a list keeps it


def test_a_kind_of_the_records_own_item_is_no_setting(lex):
    # 手电筒 (living) is a kind of 救灾物资 (other): an 「other」 offer of 「救灾手电筒」 gives torches
    assert offer_items(lex, "救灾手电筒", "other") == ["手电筒"]
    assert offer_items(lex, "肉牛养殖保险", "finance") == ["养殖保险"]  # round 12's setting rule still holds
