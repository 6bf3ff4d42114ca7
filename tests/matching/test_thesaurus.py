"""cnsyn, the second thesaurus: its filter, its lending rule on hand-made groups, and the shipped names."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from matching.lexicon import GENERAL_WORDS, Lexicon, default_lexicon
from matching.thesaurus import cnsyn_groups, cnsyn_names

ROWS = [("living", ["饭盒", "餐盒"], [], ["个"]), ("living", ["插线板", "接线板", "排插"], [], ["个"]),
        ("living", ["马铃薯", "土豆"], [], ["斤"]), ("living", ["红薯", "地瓜"], [], ["斤"]),
        ("living", ["家电", "家用电器"], [], ["台"]), ("living", ["生活费补助", "生活费"], [], ["元"]),
        ("infrastructure", ["安全饮水工程", "吃水"], [], ["处"])]


def lend(groups, rows=ROWS, cilin=()):
    """Return the cnsyn names a lexicon of ``rows`` (plus Cilin-like ``cilin`` names) takes from ``groups``."""
    lex = Lexicon(rows, cilin, groups)
    return {name: label for name, label in lex.thesaurus_names.items()
            if name not in Lexicon(rows, cilin).thesaurus_names}


def _filter_tool():
    tool = Path(__file__).resolve().parents[2] / "tools" / "filter_cnsyn.py"
    spec = importlib.util.spec_from_file_location("filter_cnsyn", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_filter_keeps_han_words_of_two_characters_and_drops_junk_fragments_and_loose_groups():
    groups, counts = _filter_tool().filter_groups([
        "马铃薯 土豆 山药蛋 洋芋",
        "洋山芋片 crisp_otato_hip 土豆片 H2O 감자 薯",  # Latin, digits, Korean, one character: dropped words
        "三秒胶 胶水 不可逆的。 熟马铃薯",  # a scraped sentence fragment: dropped whole
        "景观",  # nothing to lend
        "过厅 花厅 舞厅 音乐厅 歌舞厅 歌厅 会议厅 总务厅 大客厅",  # nine words: a field, not synonyms
        "土豆 马铃薯 洋芋 山药蛋",  # the first group again
        "",
    ])
    assert groups == [("马铃薯", "土豆", "山药蛋", "洋芋"), ("洋山芋片", "土豆片")]
    assert counts == {"lines": 6, "fragment": 1, "too_small": 1, "too_large": 1, "repeated": 1, "kept": 2}


def test_the_shipped_groups_are_the_filtered_kind():
    groups = cnsyn_groups()
    assert len(groups) > 20_000
    assert all(2 <= len(g) <= 8 for g in groups)
    assert all(len(w) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in w) for g in groups for w in g)
    assert ("马铃薯", "土豆", "山药蛋", "洋芋") in groups


def test_a_group_holding_a_concepts_label_lends_its_other_words_to_that_concept():
    assert lend([("饭盒", "便当", "盒饭")]) == {"便当": "饭盒", "盒饭": "饭盒"}
    # Two names of one concept (neither need be the label) make the group that concept's too.
    assert lend([("接线板", "排插", "拖板")]) == {"拖板": "插线板"}


def test_a_group_naming_two_concepts_lends_nothing():
    assert lend([("马铃薯", "红薯", "山药蛋")]) == {}
    assert lend([("马铃薯", "土豆", "地瓜", "洋芋")]) == {}


def test_a_group_sharing_only_a_peripheral_name_or_a_label_of_several_senses_lends_nothing():
    # 吃水 is a name of 安全饮水工程, not its label: this group is about depth (进深 is no water project).
    assert lend([("深度", "吃水", "深浅", "纵深", "进深")]) == {}
    # 饭盒 in two groups has two senses: a group holding it alone is not enough.
    assert lend([("饭盒", "便当"), ("饭盒", "铁饭碗")]) == {}
    assert lend([("饭盒", "餐盒", "便当"), ("饭盒", "铁饭碗")]) == {"便当": "饭盒"}


def test_a_name_never_moves_and_a_group_known_only_through_cilin_does_not_chain():
    assert lend([("饭盒", "土豆", "便当")]) == {}  # 土豆 stays 马铃薯's, and the group names two concepts
    # 薯仔 is a Cilin name of 马铃薯 here: a cnsyn group holding only it lends nothing.
    assert lend([("薯仔", "洋芋")], cilin=[("马铃薯", "薯仔")]) == {}
    assert lend([("马铃薯", "洋芋")], cilin=[("马铃薯", "薯仔")]) == {"洋芋": "马铃薯"}


def test_a_word_reading_inside_a_longer_word_of_another_sense_is_not_lent():
    # 家用 (household money) would read 家用电饭煲 as 生活费补助: 家用电饭煲 is a word of another group.
    groups = [("生活费补助", "家用", "日用"), ("家用电饭煲", "电饭锅")]
    assert lend(groups) == {"日用": "生活费补助"}
    # Inside a word whose group names the same concept otherwise it is harmless: 洋芋片 beside 土豆片.
    assert lend([("马铃薯", "洋芋"), ("洋芋片", "土豆片")]) == {"洋芋": "马铃薯"}


def test_words_containing_another_concepts_name_and_general_words_are_not_lent():
    names = cnsyn_names([("马铃薯", "山药蛋", "地瓜干", "土豆用品")], {"马铃薯": "马铃薯", "地瓜": "红薯"},
                        {"马铃薯", "地瓜"}, GENERAL_WORDS)
    assert names == {"山药蛋": "马铃薯"}


@pytest.mark.parametrize("text, label", [("急需拖板两个", "插线板"), ("需要电锅一台", "电饭煲"),
                                         ("村里想要些在来米", "大米")])
def test_a_name_only_cnsyn_knows_is_read_as_its_concept(text, label, cilin_only_lexicon):
    lex, without = default_lexicon(), cilin_only_lexicon
    assert not {without.concepts[c].label for c in without.extract(text).concepts} & {label}
    assert {lex.concepts[c].label for c in lex.extract(text).concepts} == {label}


def test_the_default_lexicon_takes_cnsyn_names_at_cilins_standing_and_none_of_the_noisy_ones():
    lex = default_lexicon()
    assert lex.thesaurus_names["拖板"] == "插线板"
    assert "拖板" not in Lexicon.load(thesaurus=False).thesaurus_names
    for noisy in ("进深", "家用", "医药", "棍儿", "港股"):  # depth, household money, pharma, stick, stocks
        assert noisy not in lex.thesaurus_names
