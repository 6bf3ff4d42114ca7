"""Round 20 (extraction time): the cue search with a lookahead on each branch's first characters
(``matching.regex_guard.guard_branches``) finds exactly what the search as written finds, at every start, in
texts of this round's own phrasing and in random strings of the cue families' characters."""

from __future__ import annotations

import random
import re

import pytest

from matching import lexicon as lx
from matching.regex_guard import alternatives, first_characters, guard_branches


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.groups() == b.groups())


@pytest.mark.parametrize("branch, starts", [
    ("(?<![没未])(?:领到|收到)", "收领"),
    ("(?<!不)(?:x?y|z)", "xyz"),                   # an optional first item: what follows may begin it too
    ("(?=[带捎]了)(?<!没)带了", "带"),              # a lookahead consumes nothing either
    ("(?:(?<=[靠用])|(?<=[靠用][个台]))旧的", "旧"),
    ("[a-c]d", "abc"),
])
def test_the_first_characters_of_a_branch_are_read_past_its_assertions(branch, starts):
    assert first_characters(branch) == "".join(sorted(starts))


@pytest.mark.parametrize("branch", [
    "(?<!x)[^，。]{1,4}了",       # any character may begin it
    "(?<!x)\\s*有",               # a category
    "(?<!x)[\u4e00-\u9fff]的",   # a range over the Chinese characters: no useful guard
    "(?<!x)(?:有)?",              # may match the empty string
    "(?<!x).好",
    "(?<!x)(?i:a)b",             # a group's own flags: its characters' case is no longer the pattern's
])
def test_a_branch_whose_first_characters_cannot_be_told_is_left_as_written(branch):
    assert first_characters(branch) is None
    pattern = re.compile(f"(?:{branch}|(?<!不)买了)")
    guarded = guard_branches(pattern)
    assert branch in guarded.pattern.split("|")[0]   # the unknown branch is unchanged, the other guarded
    assert "(?=[买])" in guarded.pattern


def test_the_alternatives_are_split_past_escapes_and_character_classes():
    head, branches = alternatives(r"(?=[ab|])(?:a[|\]]b|\|c|(?:d|e)f|[^]|]g)")
    assert head == "(?=[ab|])"
    assert branches == [r"a[|\]]b", r"\|c", "(?:d|e)f", "[^]|]g"]
    assert alternatives("a|b") is None and alternatives("(?:a|b)c") is None and alternatives("(a|b)") is None


def test_a_pattern_of_another_form_is_returned_unchanged():
    for source in ("坏了|破了", "(?<!不)要", "(?:(?<!x)a|b)+", "(a|(?<!x)b)"):
        pattern = re.compile(source)
        assert guard_branches(pattern) is pattern


def test_the_cue_search_is_guarded_and_keeps_its_groups():
    written, guarded = lx._NEGATION_WRITTEN, lx._NEGATION
    assert guarded is not written and guarded.pattern.count("(?=[") > written.pattern.count("(?=[") + 30
    assert guarded.groups == written.groups and guarded.flags == written.flags
    assert alternatives(guarded.pattern)[0] == alternatives(written.pattern)[0]   # the head is kept


# This round's own phrasings: cues a lookbehind lets through and cues it blocks, at a text's start and inside.
_TEXTS = [
    "棉被去年已经领到了，今年不缺", "没有领到棉被", "还没收到书包，希望尽快发", "电饭锅亲戚给买了", "没钱买了",
    "家里还有两床被子", "答应给电饭锅，一直没送来", "去年试过化肥，不行", "希望领到课桌", "书包由村委会统一发放",
    "该户已经通过验收", "校服不再列入本次申请", "轮椅暂时不需要", "慰问时带了两袋米", "要不要棉衣？",
    "（重复申报）电热毯", "自己能买", "缺口：0", "冇要了", "老人表示不要", "早就有了", "被子够用的",
    "抢到了一台电风扇", "快递昨天到了", "说学校都有了", "之前缺化肥，现在补上了", "需求不成立",
]


def test_the_guarded_search_finds_what_the_search_as_written_finds():
    written, guarded = lx._NEGATION_WRITTEN, lx._NEGATION
    for text in _TEXTS:
        std = lx._standard(text)
        assert _same(written.search(std), guarded.search(std)), text
        for pos in range(len(std)):   # the lookbehinds see the characters before ``pos``
            assert _same(written.search(std, pos), guarded.search(std, pos)), (text, pos)
            assert _same(written.match(std, pos), guarded.match(std, pos)), (text, pos)
            assert _same(written.search(std, 0, pos + 1), guarded.search(std, 0, pos + 1)), (text, pos)
        assert [m.span() for m in written.finditer(std)] == [m.span() for m in guarded.finditer(std)]


def test_random_strings_of_the_cues_characters_read_alike():
    written, guarded = lx._NEGATION_WRITTEN, lx._NEGATION
    alphabet = sorted(set(lx._CUE_STARTS) | set("了过到的有没不未还已经给买发领送钱个两床被书包，。 0") - {"\n"})
    rng = random.Random(20)
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        assert _same(written.search(text), guarded.search(text)), text


def test_extraction_reads_the_same_with_the_cue_search_as_written(monkeypatch):
    lex = lx.Lexicon.load()
    extract = type(lex)._extract.__wrapped__
    fast = [(extract(lex, t), extract(lex, t, True)) for t in _TEXTS]
    monkeypatch.setattr(lx, "_NEGATION", lx._NEGATION_WRITTEN)
    assert [(extract(lex, t), extract(lex, t, True)) for t in _TEXTS] == fast
