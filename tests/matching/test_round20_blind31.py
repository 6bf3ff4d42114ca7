"""Round 20: mechanisms of blind31's voice — older villagers speaking their needs into a phone, the text as voice
input typed it (docs "Round 20: mechanisms — blind31 analysed").

Every phrasing is written for this round (a 留守老人's, a 五保户's or a carer's spoken words; none is copied from an
evaluation part); the lexicon is the shipped one. Where a test names an item, the name is one the lexicon has had
since before this round, so the test checks the mechanism, not a name.
"""

from __future__ import annotations

import pytest

from tests.matching.lexicon_helpers import asked, asked_and_excluded


# --- 1. a speaker's repair: what is taken back is not asked for --------------------------------------------------

@pytest.mark.parametrize("text, wanted, taken_back", [
    ("俺要电饭锅 不是不是 不是电饭锅 是棉被", "棉被", "电饭"),    # the repair takes it back and names another
    ("给我弄个轮椅不是不是 不是轮椅 是拐杖", "拐杖", "轮椅"),
    ("不是棉被，是电热毯", "电热毯", "棉被"),
    ("我讲的不是化肥 是地膜", "地膜", "化肥"),
    ("并不是缺大米，而是缺食用油", "食用油", "大米"),
    ("要一床棉被，哦不对，是电热毯", "电热毯", "棉被"),
    ("想要个拐杖 噢不是 要轮椅", "轮椅", "拐杖"),
    ("家里缺化肥 说错了 是缺地膜", "地膜", "化肥"),
    ("缺大米 不对不对 是面粉", "面粉", "大米"),
    ("老人要轮椅不是不是 是要拐杖", "拐杖", "轮椅"),
])
def test_a_repair_keeps_only_what_is_meant(lex, text, wanted, taken_back):
    got, excluded = asked_and_excluded(lex, text)
    assert any(wanted in lab for lab in got), got
    if taken_back:
        assert not any(taken_back in lab for lab in got), got


def test_a_repair_takes_back_only_the_repaired_name(lex):
    # the name asked before the repair marker and asked again after it stays asked; the other one is taken back
    got, excluded = asked_and_excluded(lex, "奶奶要拐杖不是不是 不是轮椅 是拐杖")
    assert any("拐杖" in lab for lab in got)
    assert not any("轮椅" in lab for lab in got)
    assert any("轮椅" in lab for lab in excluded)


@pytest.mark.parametrize("text", [
    "是不是有棉被送",                # a question, no repair
    "要不是腿不好，也不会要轮椅",      # a condition
    "鞋子尺码不对，想换一双棉鞋",      # a bare 不对 is no repair
    "棉被不是急需",                   # round 13's cue stays a cue
])
def test_what_is_no_repair_is_read_as_before(lex, text):
    got, excluded = asked_and_excluded(lex, text)
    if text.startswith("是不是"):
        assert any("棉被" in lab for lab in got)
    elif text.startswith("要不是"):
        assert any("轮椅" in lab for lab in got)
    elif text.startswith("鞋子"):
        assert any(lab in ("棉鞋", "鞋子") for lab in got), got
    else:
        assert not got and excluded


# --- 2. an older villager's spoken had ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, had, wanted", [
    ("棉被有的有的，就是电热毯没有", "棉被", "电热毯"),
    ("大米家里有的 有的，就缺食用油", "大米", "食用油"),
    ("拐杖还有呢，要个轮椅", "拐杖", "轮椅"),
])
def test_a_spoken_had_is_not_asked(lex, text, had, wanted):
    got, excluded = asked_and_excluded(lex, text)
    assert not any(had in lab for lab in got), got
    assert any(had in lab for lab in excluded), excluded
    assert any(wanted in lab for lab in got), got


@pytest.mark.parametrize("text, item", [
    ("有的人家缺棉被", "棉被"),          # 有的 as "some"
    ("没有的话想要个轮椅", "轮椅"),
])
def test_some_and_if_none_still_ask(lex, text, item):
    assert any(item in lab for lab in asked(lex, text))


# --- 3. a filler where a writer puts 的 --------------------------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("想要个量血压那个机子", "血压计"),
    ("缺一个测血糖那个仪器", "血糖仪"),
    ("家里烧天然气那个灶坏了 想要新的", "燃气灶"),
    ("挡窗户那个布有没有", "窗帘"),
    ("老伴要降血压那个药片", "降压药"),
    ("孙子学英语那个机子", "学习机"),
])
def test_a_filler_for_de_reads_as_de(lex, text, item):
    assert item in asked(lex, text)


@pytest.mark.parametrize("text, item", [
    ("那个量血压那个机子有的有的", "血压计"),          # the filler and the spoken had together
    ("测血糖那个仪器不要了不要了", "血糖仪"),
])
def test_a_filled_description_takes_its_cue(lex, text, item):
    got, excluded = asked_and_excluded(lex, text)
    assert item not in got and item in excluded


def test_a_filler_that_starts_a_new_thought_is_left_alone(lex):
    # 那个 after a thanks or a request word is a pause, not 的: the name after it is read as it is
    assert "棉被" in asked(lex, "谢谢了那个棉被有没有")


# --- 4. a spoken verb–object name split by a measure or said with its verb twice ------------------------------------

@pytest.mark.parametrize("text, split_item", [
    ("想找人帮忙搬个家", "搬家运输"),
    ("村里河上想修个桥", "村组便民桥"),
    ("我想办个残疾证", "证件办理"),
    ("帮我家犁犁地", "机耕服务"),
])
def test_a_split_verb_object_name_is_read_whole(lex, text, split_item):
    assert split_item in asked(lex, text)


@pytest.mark.parametrize("text, item", [
    ("想要个电饭锅", "电饭煲"),          # 要 is no verb of such a name
    ("我们两个老人要棉被", "棉被"),
])
def test_a_measure_after_other_words_is_left_alone(lex, text, item):
    assert item in asked(lex, text)


def test_a_filled_pronoun_with_no_head_is_left_to_round_18(lex):
    # 「…的那个的」: 那个 is the thing itself (no head after it), read by round 18's 「X的那个」
    assert "学习机" in asked(lex, "屋里点点读的那个的也没有，想要")


def test_a_doubled_character_that_ends_a_word_is_no_doubled_verb(lex):
    # 「数学学具」: 数学 is a word, its 学 is no verb said twice (学具 would read another thing)
    assert asked(lex, "孩子缺数学学具") != asked(lex, "孩子缺学具")
