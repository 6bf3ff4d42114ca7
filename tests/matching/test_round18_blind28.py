"""Round 18's mechanisms (blind28 analysed: households resettled into an 安置点 and households in minority areas
who write 普通话 as a second language or through a 双语干部; offers in standard catalogue Mandarin).

Each kind is a family fixed where the matcher reads it, in ``matching.lexicon``:

* a thing named by its use when its name is not known (:func:`matching.lexicon.use_names`, the table
  ``matching/data/uses.tsv``): a use (verb and object, in either order, the verb now and then said twice) + 的 +
  a head word, 那个 / 东西 or nothing — 「开水烧的那个壶」 热水壶; the head may stand before the use, 「桌子写作业的」;
* a second-language household's had, closed by a particle (_ENOUGH_DE, _REFUSED_DE, _GIVEN_COUNTED,
  _MATTER_SETTLED): 「X够用的，够用的」「X奶奶说不要的」「X村里发了两个了」「X的事儿早就弄好了」.

Every phrasing here is written for the test (none is copied from an evaluation part); the lexicon is the
shipped one. The guards (what must stay as it was) pass before and after.
"""

from __future__ import annotations

import pytest

from matching.lexicon import _use_table, use_names
from tests.matching.lexicon_helpers import asked, asked_and_excluded


# --- a thing named by its use -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("奶奶想要开水烧的那个壶", "热水壶"),          # object before the verb, 那个 before the head
    ("血压量的那个东西，我们家没有", "血压计"),     # object-verb order, 那个东西 as the head
    ("家里锁门的没有，要一个", "门锁"),             # no head at all: the use alone names it
    ("想要一个衣裳洗的机机", "洗衣机"),             # the head's last character doubled
    ("饭煮的锅子要一个", "电饭煲"),
    ("糖测的机机想要", "血糖仪"),
    ("孩子要一盏看书的小灯", "护眼台灯"),           # a modifier between 的 and the head
    ("爷爷要个走路扶着的架子", "助行器"),
    ("油烟抽的机器要", "油烟机"),
    ("窗户挡的布要", "窗帘"),
    ("要一张桌子写作业的", "课桌椅"),               # the head before the use
    ("晚上照亮的那个要", "手电筒"),
    ("骑的马要两匹", "马匹"),                       # a one-character use with its head
])
def test_a_thing_named_by_its_use_is_read(lex, text, label):
    assert label in asked(lex, text)


@pytest.mark.parametrize("text, label", [
    ("住院住的钱没有，帮一下", "医疗费用"),      # the verb said again after its object
    ("搬家的钱没有", "搬迁补助"),
])
def test_money_named_by_its_use_is_read(lex, text, label):
    assert asked(lex, text) == [label]


@pytest.mark.parametrize("text, absent", [
    ("烧水的煤没有，要两吨煤", "热水壶"),          # a head the row does not list: coal, no kettle
    ("吃饭的时候老人咳嗽", "餐桌"),                # a use marked * names nothing without its head
    ("缝衣服的工作想找一个", "缝纫机"),            # a job, not the machine
])
def test_a_use_with_another_head_names_nothing(lex, text, absent):
    assert absent not in asked(lex, text)


def test_a_use_description_carries_its_cues(lex):
    # 「…给过了」 after a use description is had, as after a name.
    wanted, had = asked_and_excluded(lex, "烧水的那个壶社区给过了，大米要的")
    assert "热水壶" in had and "热水壶" not in wanted


def test_use_names_rewrites_only_the_description():
    assert use_names("奶奶要烧水的那个壶") == "奶奶要热水壶"
    assert use_names("今天天气好") == "今天天气好"


def test_the_use_table_names_lexicon_concepts(lex):
    table, longest = _use_table()
    labels = {c.label for c in lex.concepts[:lex.lexicon_size]}
    assert longest >= 2
    assert {label for rows in table.values() for label, _, _ in rows} <= labels


# --- a second-language household's had ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "褥子够的够的",
    "棉被够的，够的",
    "被子奶奶说不要的",
    "书包孙子自己说不要的",
    "水桶村里发了两个了",
    "棉衣亲戚给了一件了",
    "电视的事儿也好了",
    "门锁的事情已经好了",
])
def test_a_plain_had_is_no_request(lex, text):
    assert asked(lex, text) == []


@pytest.mark.parametrize("text, label", [
    ("棉被不够的，要", "棉被"),                  # not enough: a lack
    ("褥子不太够的", "褥子"),                    # not quite enough: a lack
    ("门锁的事情还没好，要的", "门锁"),          # not settled yet
    ("水桶要不要的？要", "水桶"),                # the writer's own question, answered
])
def test_a_plain_lack_still_asks(lex, text, label):
    assert label in asked(lex, text)
