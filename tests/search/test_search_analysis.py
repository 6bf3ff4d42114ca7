"""The tokenizer's fast paths must give exactly what the straightforward code gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from search.analysis import _normalize, analyze, analyze_for_search

# ASCII, ideographic punctuation with its combining tone marks, full-width forms, ideographs, and a
# few characters that only full NFKC handles (combining acute, circled one, compatibility ideograph).
ALPHABET = st.sampled_from(
    [chr(c) for c in (*range(0x20, 0x7F), *range(0x3000, 0x3040), *range(0xFF01, 0xFF5F))]
    + ["中", "学", "棉", "衣", "\u0301", "\u2460", "\uf900", "\u3099", "\n"]
)


@given(st.text(alphabet=ALPHABET, max_size=20))
def test_normalizing_gives_exactly_nfkc_then_lower_case(text):
    assert _normalize(text) == unicodedata.normalize("NFKC", text).lower()


def test_full_width_latin_and_digits_fold_onto_ascii_tokens():
    assert analyze("ＡＤＩＤＡＳ　１２０件") == ["adidas", "120", "件"]


def test_the_same_word_gives_the_same_token_on_every_call():
    first = analyze_for_search("冬季棉衣，羽绒服各20件")
    assert analyze_for_search("冬季棉衣，羽绒服各20件") == first
    assert first == ["冬季", "冬衣", "羽绒", "冬衣", "各", "20", "件"]  # 羽绒服 is in 冬衣's group
