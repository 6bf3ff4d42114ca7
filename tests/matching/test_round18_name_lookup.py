"""Round 18: the name look-up's index (``_Starts``) — a text position is tried only with the lengths of the names
that begin with its two characters, and the scan reads exactly what trying every name would read."""

from __future__ import annotations

import pytest

from matching.lexicon import _NUMERAL, Lexicon, _best_cover, _candidates, _lengths_at, _scan, _Starts


def _small() -> Lexicon:
    # 床 is a one-character name and begins longer ones (床单, 床上用品); 书包 has the spoken form 书包儿.
    return Lexicon([("living", ["床"], [], ["张"]), ("living", ["床单", "床单被套"], [], ["条"]),
                    ("living", ["床上用品"], [], ["套"]), ("education", ["书包"], [], ["个"]),
                    ("education", ["书柜"], [], ["个"]), ("living", ["棉被"], [], ["床"]),
                    ("living", ["被套"], [], ["个"])])


def test_the_index_is_keyed_by_a_names_first_two_characters():
    starts = _Starts(["床", "床单", "床单被套", "床上用品", "书包", "书柜子", "棉被"])
    assert starts["床单"] == (4, 2, 1)    # longest first; 床 itself is a name, so its bigrams end in 1
    assert starts["床上"] == (4, 1)
    assert starts["书包"] == (2,) and starts["书柜"] == (3,)
    assert starts["床"] == (1,)           # a one-character name is also keyed alone
    assert "书" not in starts              # a first character alone is no key unless it is a name
    assert starts.singles == frozenset("床")
    assert starts.single_in("一张木床") and not starts.single_in("书包")
    assert _Starts(["书包"]).single_in is None


def test_a_position_whose_two_characters_begin_no_name_is_tried_with_no_length():
    table = _small()._tables[0]
    assert _lengths_at("书本", 0, table[1]) == ()        # 书 begins 书包 and 书柜, 书本 begins nothing
    assert _lengths_at("木床", 1, table[1]) == (1,)      # the last character: a one-character name
    assert _lengths_at("床边", 0, table[1]) == (1,)      # 床边 begins no longer name: 床 alone


def _every_name(text: str, by_name: dict, extend: dict | None) -> list[tuple]:
    """Every name match as :func:`_candidates` gives it, found by trying every length at every position."""
    longest = max(map(len, by_name))
    found = []
    for i in range(len(text)):
        for length in range(longest, 0, -1):
            end = i + length
            ids = by_name.get(text[i:end]) if end <= len(text) else None
            if ids is None or (length == 1 and i > 0 and text[i - 1] in _NUMERAL):
                continue
            if extend and end < len(text) and text[i:end + 1] in extend:
                found.append((i, end + 1, extend[text[i:end + 1]], True))
            found.append((i, end, ids, False))
    return found


@pytest.mark.parametrize("text", [
    "床", "木床", "两床棉被", "床单被套", "床上用品", "床边的书包儿", "书包书柜", "棉被套", "三床床单",
    "需要床单和书包，家里的床坏了", "书", "",
])
def test_the_scan_reads_what_trying_every_name_reads(text):
    by_name, starts, extend = _small()._tables[0]
    found = _every_name(text, by_name, extend)
    assert _candidates(text, by_name, starts, extend) == found
    assert _scan(text, by_name, starts, extend) == (_best_cover(found, text) if found else [])


@pytest.mark.parametrize("text", [
    "两床棉被一条床单", "王大爷家的床坏了，想要一张木床和鞋", "孩子上学缺书包儿，铅笔暂时不缺", "二手电动轮椅",
    "需要化肥、农药和小麦种子，还有三把镰刀", "伞",
])
def test_the_built_in_lexicons_scan_reads_what_trying_every_name_reads(lex, text):
    by_name, starts, extend = lex._tables[0]
    found = _every_name(text, by_name, extend)
    assert _candidates(text, by_name, starts, extend) == found
    assert _scan(text, by_name, starts, extend) == (_best_cover(found, text, lex._classes) if found else [])


@pytest.mark.parametrize("text, read", [
    ("两床棉被", ["棉被"]),                 # a one-character name after a numeral stays a measure word
    ("床坏了，要一床新被套", ["床", "被套"]),  # 床 first (no longer name begins 床坏), 一床 a measure word
    ("要个书包儿和一张床", ["书包儿", "床"]),  # the spoken form; the one-character name last in the text
    ("床单被套各一", ["床单被套"]),
])
def test_one_character_names_and_spoken_forms_are_read_through_the_index(text, read):
    lex = _small()
    assert [text[a:b] for a, b, _ in lex.mentions(text)] == read
