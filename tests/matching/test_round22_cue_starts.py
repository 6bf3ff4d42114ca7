"""Round 22: the cue search's head holds neither 是 nor 有, and the three "it is new" cues are one family
(docs/matching.md, "Round 22: extraction's speed and the cue families' order").

The search as it stood at the round's start (ea2b942) is rebuilt here from the branches of today's: its head took
every 是 and 有, 是够的 and 是新的 were words of ENOUGH_CUES, and round 21's two "new" cues were written as they stood.
Today's search must read every readable part's texts as that one did — the same segments negated, and the same concept
sets extracted from a sample of the texts — and hand-made texts alike, except where the one guard of the joined
family now says otherwise (「要的是新的」「X是新的吗」 ask).
"""

from __future__ import annotations

import random
import re

import pytest

from bench.lexicon_bench import readable_need_files
from matching import lexicon as L
from matching import read_needs
from matching.regex_guard import alternatives, first_characters, guard_branches
from tests.matching.lexicon_helpers import asked, asked_and_excluded

# The start's (ea2b942) cues that began with 是, as written there.
_START_STILL_NEW = (rf"(?<=是)(?<![不没的]是)(?:(?:{L._alternation(L.PAST_TIMES)})(?:才|刚|就)?新?|(?:才|刚)新?|新)"
                    r"(?:添|买|换|置办|购置|置|配|装|做|发)的"
                    r"(?![吗嘛么])"
                    r"(?![^，,。；;！!？?\s]*(?:坏|破|烂|不能|不好|没法|漏))")
_START_NEW_HAD = (rf"(?<![不没的])是(?:新|刚|才|刚刚)(?:买|添|换|配|领|发|做|置办|买来|换来|领来|发)?的{L._CLAUSE_END}")
# Round 22's bought-by-someone cue as 22b wrote it, beginning with 是 after _WITHDRAWN (merged beginning after 是).
_BRANCH_BOUGHT = (r"(?<![不没的望要])是(?!不是)[^，,。；;！!？?\s想要望请需盼能该得须可]{1,10}?"
                  r"(?:自己|个人|私人|自个儿?)?(?:掏钱|出钱|自费|掏腰包|自掏腰包|垫钱|花钱)?(?:给|帮|替)?"
                  rf"{L._BOUGHT_VERB}(?![吗嘛么])(?=$|[，,。；;！!？?\s])")


def _start_search() -> re.Pattern:
    """The cue search as it stood at ea2b942, rebuilt from today's branches."""
    head, branches = alternatives(L._NEGATION_WRITTEN.pattern)
    assert branches[:3] == [L._IS_ENOUGH, L._STILL_NEW, L._BOUGHT_BY_OTHER]
    branches = branches[3:]
    withdrawn_end = L._WITHDRAWN.split("|(?:诉求|申请|留言)")[1]  # _WITHDRAWN is two branches; 22b's cue followed them
    branches.insert(branches.index("(?:诉求|申请|留言)" + withdrawn_end) + 1, _BRANCH_BOUGHT)
    # (22r's 只 · 仅 · 才 guard, merged after: the same at the start and now)
    enough = rf"(?<![不没])(?<!不太)(?<![只仅才])(?:{L._alternation(L.ENOUGH_CUES)})"
    branches[branches.index(enough)] = \
        rf"(?<![不没])(?<!不太)(?<![只仅才])(?:{L._alternation((*L.ENOUGH_CUES, '是够的', '是新的'))})"
    branches.insert(branches.index(L._NOT_PRESSING), _START_STILL_NEW)
    branches.insert(branches.index(L._OLD_ONE_USABLE), _START_NEW_HAD)
    return guard_branches(re.compile(f"(?=[{L._CUE_STARTS}是有])(?:{'|'.join(branches)})"))


_START = _start_search()


def _negated_by(pattern, segment: str) -> bool:
    saved = L._NEGATION
    L._NEGATION = pattern
    try:
        return L._negated(segment)
    finally:
        L._NEGATION = saved


# --- the head --------------------------------------------------------------------------------------------------

def test_the_cue_starts_hold_neither_shi_nor_you():
    assert "是" not in L._CUE_STARTS and "有" not in L._CUE_STARTS
    assert L._NEGATION_WRITTEN.pattern.startswith(f"(?=[{L._CUE_STARTS}]|有[{L._AFTER_YOU}]|(?<=是)")


def test_no_branch_begins_with_shi_and_every_branch_beginning_with_you_is_known():
    _, branches = alternatives(L._NEGATION_WRITTEN.pattern)
    firsts = {b: first_characters(b) or "" for b in branches}
    assert not [b for b, f in firsts.items() if "是" in f]
    you = [b for b, f in firsts.items() if "有" in f]
    words = rf"(?<![不没])(?<!不太)(?<![只仅才])(?:{L._alternation(L.ENOUGH_CUES)})"
    assert words in you and L._OLD_ONE_USABLE in you and len(you) == 6  # a new one adds its seconds to _AFTER_YOU


@pytest.mark.parametrize("word", [w for w in L._CUE_WORDS if w.startswith("有")])
def test_every_cue_word_beginning_with_you_passes_the_head(word):
    assert word[1] in L._AFTER_YOU
    assert L._NEGATION.search(word) is not None or L._NEGATION.search("被子" + word) is not None


def test_random_strings_of_the_cues_characters_read_as_the_start_read_them():
    # 「是新的」 alone differs by design (a 的 before it, a 吗 after it); the alphabet leaves out 吗 · 嘛 · 么.
    alphabet = sorted(set(L._CUE_STARTS + L._AFTER_YOU) | set("是有了过到的没不未还已经给买发领送钱个两床被书包，。 0")
                      - set("吗嘛么\n"))
    rng = random.Random(22)
    for _ in range(6000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        if "的是新的" in text:
            continue
        assert _negated_by(L._NEGATION, text) == _negated_by(_START, text), text


# --- the readable parts' texts ---------------------------------------------------------------------------------

def _readable_texts():
    return [x for path in readable_need_files() for r in read_needs(path) for x in (r.title, r.description) if x]


def test_every_readable_segment_is_negated_as_at_the_start():
    segments = {s for t in _readable_texts() for s in re.split(r"[，,。；;！!？?]", t) if s}
    assert len(segments) > 50_000
    changed = [s for s in segments if _negated_by(L._NEGATION, s) != _negated_by(_START, s)]
    assert changed == []


def test_a_sample_of_the_readable_texts_gives_the_starts_concept_sets(monkeypatch):
    lex = L.Lexicon.load()
    extract = type(lex)._extract.__wrapped__
    texts = _readable_texts()[::30]
    now = [(extract(lex, t).concepts, extract(lex, t).excluded) for t in texts]
    monkeypatch.setattr(L, "_NEGATION", _START)
    assert [(extract(lex, t).concepts, extract(lex, t).excluded) for t in texts] == now


# --- hand-made texts -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("被子有了", "棉被"), ("棉被的事有着落了", "棉被"), ("电饭锅有现成的", "电饭煲"), ("书包有得用", "书包"),
    ("被子家里有两床了", "棉被"), ("被子有俩了", "棉被"), ("被子家里有个旧的可以用", "棉被"), ("电视有剩余", "电视"),
    ("被子是够的", "棉被"), ("棉衣是新的", "棉衣"), ("屋里的电视还是去年新添的", "电视"), ("电视是前年才买的", "电视"),
    ("电视是刚刚领的", "电视"), ("电视是去年领的", "电视"), ("电视是刚买的呢", "电视"), ("电视是才领来的", "电视"),
])
def test_the_cues_beginning_with_shi_or_you_still_say_it_is_had(lex, text, item):
    assert asked_and_excluded(lex, text) == ([], [item])


@pytest.mark.parametrize("text, item", [
    ("棉衣不是新的", "棉衣"), ("电视是去年的", "电视"), ("电视是不是新买的", "电视"), ("有人说家里缺电视", "电视"),
    ("有意向要一台电视", "电视"), ("被子是新买的但太薄", "棉被"), ("想要一台电视，家里的是坏的", "电视"),
])
def test_words_beginning_with_shi_or_you_that_say_nothing_of_having_still_ask(lex, text, item):
    assert asked(lex, text) == [item]


@pytest.mark.parametrize("text, item", [
    ("我们要的是新的棉衣", "棉衣"),      # the joined family's guard: not after 的 (round 21's _NEW_OR_OLD_HAD had it)
    ("需要的是新的被子", "棉被"),
    ("棉衣是新的吗", "棉衣"),            # not a question (round 21's _STILL_NEW had it)
    ("电视是新的么", "电视"),
])
def test_the_joined_new_family_has_one_guard(lex, text, item):
    assert asked(lex, text) == [item]
