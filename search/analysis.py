"""Tokenize Chinese text the same way for indexing, querying and matching.

Text is first folded (:func:`fold`): NFKC (full-width → half-width), lower case, traditional →
simplified with OpenCC (``t2s``), and a number glued to a measure word split from the noun after it
(50斤大米 → 50 斤 大米). Two token streams come out of folded text:

* **words**: jieba (jieba-rs, in the native core) loaded with a domain dictionary of 扶贫 terms, local produce,
  Latin/digit + Han words (x光, pvc管, a4纸) and every division name with its short form; punctuation
  and stop words dropped; every word of a synonym group mapped onto its canonical word, every
  division name onto its short form (镇雄县 → 镇雄, 怒江傈僳族自治州 → 怒江);
* **n-grams** (:func:`ngrams`): the unigrams and bigrams of each Han run (as Elasticsearch's
  ``cjk_bigram`` filter makes them), each Latin/digit run whole, and a run holding a Latin letter
  joined to the Han character touching it (x光). They let a one-character or oddly cut query still
  find its needs.

The hot path lives in a small native core, ``fupin_native`` (search/native: Rust, PyO3): jieba, the
fast folding path, the measure-word split, the word tokens and the n-gram parts, per clause with a
memo. This module hands it its tables once and keeps the rare rules (full NFKC, OpenCC, written-out
amounts, "PVC 管"): the core hands a clause that needs one back to :func:`fold` (issue 12, sixth pass).

Every engine and the matcher call these functions, so a need that says 棉衣 is found by a query for
冬衣 whichever engine answers. :func:`analyze_query` turns a query into :class:`QueryTerm` objects:
each must match, by its word (scored high) or by all of its n-grams (scored low).
"""

from __future__ import annotations

import array
import itertools
import operator
import re
import threading
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import fupin_native
import opencc

__all__ = [
    "analyze",
    "analyze_for_search",
    "analyze_for_index",
    "analyze_index_parts",
    "analyze_document",
    "document_json",
    "expand_runs",
    "ngram_parts",
    "analyze_query",
    "analyze_spans",
    "find_spans",
    "fold",
    "is_han",
    "chinese_number",
    "ngrams",
    "QueryTerm",
    "synonym_of",
    "synonym_group",
    "lexicon_synonyms",
    "place_codes",
    "domain_words",
]

_WORD_RE = re.compile(r"[\w]", re.UNICODE)
_STOP_WORDS = frozenset(
    "的 了 和 与 及 或 在 是 为 对 给 把 被 等 也 都 就 而 之 其 这 那 有 个 一 我 你 他 她 它 们 吗 呢 啊 吧 于 以 并 从 向 到 由".split()
)

_lock = threading.Lock()
_native: fupin_native.Analyzer | None = None


def _read_lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def domain_words() -> tuple[tuple[str, int], ...]:
    """Return the domain dictionary as (word, frequency) pairs."""
    words = []
    for line in _read_lines("dictionary.txt"):
        word, _, freq = line.partition(" ")
        words.append((word, int(freq) if freq else 2000))
    return tuple(words)


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _read_lines("synonyms.txt"):
        group = [w.strip().lower() for w in line.split("/") if w.strip()]
        for word in group:
            table.setdefault(word, group[0])
    return table


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    # places.txt (made by tools/make_places.py from the shipped divisions): code, full name, short form.
    # Every spelling (full name, short form, short form + the level's last character: 怒江州, 宁蒗县)
    # maps onto one canonical token, the short form; the codes let the database fallback filter by it.
    canonical: dict[str, str] = {}
    codes: dict[str, list[str]] = {}
    for line in _read_lines("places.txt"):
        code, full, short = line.split(" ")
        token = full if short == "-" else short
        spellings = [full]
        if short != "-":
            spellings += [short, short + full[-1]]
        for spelling in spellings:
            canonical.setdefault(spelling, token)
        codes.setdefault(token, []).append(code)
    return canonical, {token: tuple(found) for token, found in codes.items()}


def place_codes(token: str) -> tuple[str, ...]:
    """Return the division codes whose canonical place token is ``token`` (镇雄 → ("530627",)).

    The source is search/data/places.txt, made from the shipped divisions; () for other tokens.
    """
    return _places()[1].get(token, ())


@lru_cache(maxsize=1)
def _canonical() -> dict[str, str]:
    # One table for both mappings: a synonym's group word, else a place's short form.
    table = dict(_places()[0])
    table.update(_synonyms())
    return table


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for word, canonical in _synonyms().items():
        groups.setdefault(canonical, []).append(word)
    for spelling, canonical in _places()[0].items():
        groups.setdefault(canonical, []).append(spelling)
    return {canonical: tuple(dict.fromkeys([canonical, *words])) for canonical, words in groups.items()}


def synonym_group(token: str) -> tuple[str, ...]:
    """Return every spelling that analyses to the canonical ``token`` (itself first), or (token,)."""
    return _groups().get(token, (token,))


def _word_ranges(pattern: str) -> list[tuple[int, int]]:
    # The code points a one-character pattern matches, as inclusive ranges: Python's own rule handed
    # to the native core (one regex over every code point but the surrogates, once per process).
    def code(at: int) -> int:
        return at if at < 0xD800 else at + 0x800  # the string skips the 2,048 surrogates

    every = array.array("I", itertools.chain(range(0xD800), range(0xE000, 0x110000))).tobytes()
    return [(code(m.start()), code(m.end() - 1)) for m in re.finditer(pattern + "+", every.decode("utf-32-le"))]


def _tokenizer() -> fupin_native.Analyzer:
    # The native core: jieba with the domain dictionary (synonyms and places added unless jieba knows
    # them), the canonical table, stop words, the fast NFKC table, the t2s triggers, Python's \w and
    # \d, the measure words and numerals; a clause needing a rare rule comes back to fold().
    global _native
    if _native is None:
        with _lock:
            if _native is None:
                fast = {chr(code): chr(code) for code in _FAST_STABLE if not 0x4E00 <= code < 0xA000}
                fast.update({chr(code): folded for code, folded in _FULL_WIDTH.items()})
                _native = fupin_native.Analyzer(
                    list(domain_words()), [*_synonyms(), *_places()[0]], _canonical(), sorted(_STOP_WORDS),
                    fast, *_t2s_keys(), _word_ranges(r"\w"), _MEASURES, _NUMERALS,
                    "".join(chr(a) for a, b in _word_ranges(r"\d") for a in range(a, b + 1) if a > 0x7F),
                    fold,
                )
    return _native


def synonym_of(word: str) -> str:
    """Return the canonical token of ``word``: its synonym group's first word, a division's short form, or it."""
    return _canonical().get(word, word)


def _fast_nfkc() -> tuple[list[int], dict[int, str]]:
    # Chinese text is mostly ideographs, ASCII and a few full-width marks (，：（）). For such text NFKC
    # works character by character: stable characters stay, each full-width form becomes its ASCII
    # twin, nothing composes (combining marks are not in the set). The native core substitutes them in
    # a fraction of NFKC's time; any other character sends the text through unicodedata.normalize.
    table: dict[int, str] = {}
    stable: list[int] = [0x09, 0x0A, 0x0D, *range(0x20, 0x7F), *range(0x4E00, 0xA000)]
    for code in (*range(0x3000, 0x3040), *range(0xFF01, 0xFF5F)):
        folded = unicodedata.normalize("NFKC", chr(code))
        if unicodedata.combining(chr(code)):
            continue  # combining marks (the ideographic tone marks 〪〫…) reorder with their neighbours
        if folded == chr(code):
            stable.append(code)
        elif len(folded) == 1 and folded.isascii():
            table[code] = folded
    return stable, table


_FAST_STABLE, _FULL_WIDTH = _fast_nfkc()


def _normalize(text: str) -> str:
    # NFKC folds full-width Latin letters and digits (ＡＢＣ１２３) onto their ASCII forms. Text of the
    # fast table's characters never comes here: the native core folds it.
    if unicodedata.is_normalized("NFKC", text):  # a quick check: most titles need no copy
        return text.lower()
    return unicodedata.normalize("NFKC", text).lower()


_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A number glued to a measure word and then to a noun: jieba cuts 50斤大米 as 50 / 斤大米 (issue 12).
# Only Arabic numbers: Chinese numerals are parts of ordinary words too (统一袋装).
_MEASURES = sorted(
    set(
        "斤 公斤 千克 克 吨 袋 箱 件 台 个 只 头 套 本 元 万元 亩 株 棵 米 平方米 立方米 升 桶 包 瓶 双 床 张 辆 间 块 "
        "条 支 把 盒 罐 对 匹 份 批 根 枝 粒 枚 册 副 顶 盏 片 部 辆 吨 千瓦 度 方".split()
    ),
    key=len,
    reverse=True,
)
# The native core splits them (split_measures): a number (Python's \d), optionally with a decimal
# part, then the longest measure word a Han character follows → " 50 斤 ".
_t2s: opencc.OpenCC | None = None


@lru_cache(maxsize=1)
def _t2s_keys() -> tuple[str, list[str]]:
    # What t2s changes (data/t2s_triggers.txt, data/t2s_phrases.txt; tools/make_t2s_triggers.py):
    # the characters it changes alone and the phrases it changes (捏坏 → 捏坯), for the native core.
    return "".join(_read_lines("t2s_triggers.txt")), _read_lines("t2s_phrases.txt")


def simplified(text: str) -> str:
    """Return ``text`` in simplified characters: OpenCC's ``t2s`` profile (藥品 → 药品, 單車 → 单车).

    Text OpenCC would leave as it is (ASCII, and the simplified text most records are) is returned at
    once, by the native core's test of the characters and phrases ``t2s`` changes. The one converter of
    the search analysis and the matcher (:func:`matching.thesaurus.fold_word`).
    """
    global _t2s
    if text.isascii() or not _tokenizer().t2s_may_change(text):
        return text  # nothing OpenCC would change: most text is simplified already
    if _t2s is None:
        _t2s = opencc.OpenCC("t2s")  # a few milliseconds to load its dictionaries, once per process
    return _t2s.convert(text)


_NUMERALS = "零〇一二两三四五六七八九十百千万"
_DIGIT_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000}
_MEASURE_ALTERNATION = "|".join(_MEASURES)
# A Chinese number with a measure word somewhere in the text (the native has_written_amount) is the
# cheap test before jieba decides.
_CN_AMOUNT_RE = re.compile(rf"([{_NUMERALS}]+?)({_MEASURE_ALTERNATION})")  # fullmatch on one jieba word
_CN_NUMBER_RE = re.compile(f"[{_NUMERALS}]+")


def chinese_number(text: str) -> int | None:
    """Return the value of a Chinese numeral (五十 → 50, 两千 → 2000, 一百零五 → 105, 三万 → 30000).

    None for text that is not one number written out (十几, 一二, 一百二 as "120" is not guessed).
    """
    total = section = 0
    number: int | None = None
    before = previous = ""
    for char in text:
        if char in _DIGIT_VALUES:
            if previous in _DIGIT_VALUES and previous not in "零〇":
                return None  # digits in a row (一二) are a list or a code, not one number
            number = _DIGIT_VALUES[char]
        elif char in _UNIT_VALUES:
            section += (1 if number is None else number) * _UNIT_VALUES[char]
            number = None
        elif char == "万":
            total += (section + (number or 0)) * 10_000 or 10_000
            section, number = 0, None
        else:
            return None
        before, previous = previous, char
    if previous in _DIGIT_VALUES and before in ("百", "千"):
        return None  # 一百二 means 120 in speech: not guessed
    return total + section + (number or 0)


def _split_chinese_amounts(text: str) -> str:
    # 五十斤大米 → 50 斤 大米, 两袋化肥 → 2 袋 化肥: the written-out number becomes the digits an officer
    # types elsewhere, as _MEASURE_RE does for 50斤大米. jieba decides what is a number: a word made of
    # numerals and a measure word (两袋, 五十斤), or of numerals followed by a word starting with one;
    # numerals inside other words stay (统一袋装, 一把手, 第一书记).
    # Only spaces and tabs may stand between the number and its measure word (五十 斤), as in the
    # native core's test for the rule: a line break ends a clause, and a clause is analysed alone.
    words = _tokenizer().cut(text, True)
    pieces: list[str] = []
    after_number = False
    for at, word in enumerate(words):
        if after_number and _is_blank(word):
            pieces.append(word)  # 五十 斤: the measure word may come after a space
            continue
        if after_number:  # the word after a number starts with a measure word: split it off
            measure = _MEASURE_START_RE.match(word).group()  # type: ignore[union-attr]
            pieces.append(f"{measure} {word[len(measure):]}")
            after_number = False
            continue
        amount = _CN_AMOUNT_RE.fullmatch(word)
        value = chinese_number(amount.group(1)) if amount else None
        if value is not None:
            pieces.append(f" {value} {amount.group(2)} ")  # type: ignore[union-attr]
            continue
        following = next((w for w in words[at + 1:] if not _is_blank(w)), "")
        if _CN_NUMBER_RE.fullmatch(word) and _MEASURE_START_RE.match(following):
            value = chinese_number(word)
            if value is not None:
                pieces.append(f" {value} ")
                after_number = True
                continue
        pieces.append(word)
    return "".join(pieces)


_MEASURE_START_RE = re.compile(rf"(?:{_MEASURE_ALTERNATION})")


def _is_blank(word: str) -> bool:
    return word != "" and word.strip(" \t") == ""


@lru_cache(maxsize=1)
def _latin_han_space_re() -> re.Pattern[str] | None:
    # The domain words that mix Latin and Han (pvc管, x光机), with space allowed where they switch:
    # "PVC 管" and "X 光" are the words PVC管 and X光 typed with a space.
    patterns = []
    for word, _ in domain_words():
        parts = re.findall(rf"[a-z0-9]+|[{_HAN}]+", word.lower())
        if len(parts) > 1 and "".join(parts) == word.lower():
            patterns.append(r"[ \t]*".join(map(re.escape, parts)))
    if not patterns:
        return None
    return re.compile(rf"(?<![a-z0-9])(?:{'|'.join(sorted(patterns, key=len, reverse=True))})")


def _join_spaced_word(match: re.Match[str]) -> str:
    return "".join(match.group().split())


def fold(text: str | None, written_amounts: bool = True) -> str:
    """Return ``text`` folded for matching: NFKC, lower case, traditional → simplified, amounts split.

    The folding is OpenCC's ``t2s`` profile and Unicode NFKC (full-width ＡＢＣ１２３ → abc123). Issue
    12's rules follow: a number glued to a measure word is split from the noun (需要50斤大米 → 需要 50 斤
    大米); a written-out number with a measure word becomes digits (五十斤大米 → 50 斤 大米, 两袋 → 2 袋,
    see :func:`chinese_number`); a domain word mixing Latin and Han typed with a space is joined
    (PVC 管 → pvc管, X 光 → x光). The database fallback folds queries and stored text with it too.
    ``written_amounts=False`` leaves written-out numbers as they are (for :func:`analyze`).
    """
    if not text:
        return ""
    native = _tokenizer()
    fast = native.fold(text, written_amounts)  # None when a rule below applies: rare
    if fast is not None:
        return fast
    folded = simplified(_normalize(text))
    if " " in folded and not folded.isascii() and (spaced := _latin_han_space_re()) is not None:
        folded = spaced.sub(_join_spaced_word, folded)
    folded = native.split_measures(folded)
    if written_amounts and native.has_written_amount(folded):
        folded = _split_chinese_amounts(folded)
    return folded


def is_han(char: str) -> bool:
    """Return True for a Han character (the ranges of the n-gram runs: CJK A, unified, compatibility)."""
    return char >= "\u3400" and not ("\ua000" <= char < "\uf900")


_is_han = is_han


def ngram_parts(folded: str, unigrams: bool = True) -> tuple[list[str], list[str]]:
    """Return ``(runs, extras)`` of already :func:`fold`-ed text: :func:`ngrams` before expansion.

    ``runs`` are Han runs whose unigrams and bigrams are grams (what tantivy's ``ngram(1, 2)``
    tokenizer makes of each, in Rust); ``extras`` are the other grams, made here: each Latin/digit
    run, each Latin letter joined to the Han character touching it, and without ``unigrams`` the
    bigrams of the longer Han runs (a one-character run is then a run: its only gram is itself).
    ``expand_runs(runs) + extras`` is :func:`ngrams` as a multiset.
    """
    return _tokenizer().ngram_parts(folded, unigrams)


def expand_runs(runs: list[str]) -> list[str]:
    """Return the unigrams and bigrams of each Han run, as tantivy's ``ngram(1, 2)`` tokenizer makes them."""
    grams: list[str] = []
    add = operator.add
    for run in runs:
        grams += run
        grams += map(add, run[:-1], run[1:])
    return grams


def ngrams(folded: str, unigrams: bool = True) -> list[str]:
    """Return the n-gram tokens of already :func:`fold`-ed text.

    Each Han run gives its unigrams and bigrams (Elasticsearch's ``cjk_bigram`` with unigrams), each
    Latin/digit run itself, and a run holding a Latin letter that touches a Han character gives the
    joined pair (x光机 → x 光 机 光机 x光), so a query for X光 needs the two side by side. Without
    ``unigrams`` a Han run of two or more characters gives its bigrams only (names: see schema.Field).
    """
    runs, extras = ngram_parts(folded, unigrams)
    return expand_runs(runs) + extras


def _query_grams(word: str) -> tuple[str, ...]:
    # What a word needs in the n-gram field: its bigrams (a bigram implies its unigrams), a lone
    # Han character as itself, Latin/digit runs and their joins with Han characters.
    grams = ngrams(word)
    multi = [g for g in grams if len(g) > 1 or not _is_han(g)]
    covered = set("".join(g for g in multi if any(_is_han(c) for c in g)))
    lone = [g for g in grams if len(g) == 1 and _is_han(g) and g not in covered]
    return tuple(dict.fromkeys([*multi, *lone]))


def _token(word: str) -> str:
    # A jieba word's token (native): stripped, kept when it holds a \w character and is no stop
    # word, mapped by synonym_of; "" when dropped.
    return _tokenizer().token(word)


def _tokens(words: list[str]) -> list[str]:
    return _tokenizer().tokens(words)


def dictionary_cut(text: str) -> list[str]:
    """Return jieba's words of ``text`` (already folded) by its dictionary with the domain words, no HMM guess.

    Where a reader cuts: the matcher uses it to tell a name read across a word boundary (「搬运工具」 is 搬运 | 工具).
    """
    return _tokenizer().cut(text, False)


def dictionary_word(word: str) -> bool:
    """Return whether jieba's dictionary (with the domain words) holds ``word``, folded, as one word.

    No HMM guess: 种种 and 棒棒 are words of the dictionary, 袜袜 is cut 袜 / 袜. Used by the matcher to
    keep a spoken form that is a word of its own (「种种原因」) from naming an item.
    """
    folded = fold(word, written_amounts=False).strip()
    return bool(folded) and dictionary_cut(folded) == [folded]


def analyze(text: str | None) -> list[str]:
    """Return the word tokens of ``text``: folded, jieba words, stop words dropped, canonical, in order.

    The matcher's text feature (matching/features.py) is built on it. Written-out numbers are left as
    words here (一台, not 1 台): amounts are what a search asks for, while for the matcher's TF-IDF
    the extra number and measure tokens only dilute the item words.
    """
    if not text:
        return []
    return _tokens(_tokenizer().cut(fold(text, written_amounts=False), True))


def analyze_for_search(text: str | None) -> list[str]:
    """Return word tokens for recall: the words of :func:`analyze` plus the shorter words inside long ones.

    A long compound such as 易地扶贫搬迁 also yields 易地, 扶贫 and 搬迁, so a query for 搬迁 finds it.
    """
    if not text:
        return []
    return _tokens(_tokenizer().cut_for_search(fold(text), True))


# A clause: text between marks that end every token of both streams (\n \r ，。！？；：、,!?;:).
# jieba cuts blocks of Han, Latin, digits and ``+#&._%-`` independently; n-gram runs are Han or
# Latin/digit only; OpenCC's phrases, NFKC, the measure-word split and the joining of "PVC 管"
# (spaces, hence not a mark here) do not reach across these marks either. So a text's tokens are its
# clauses' tokens put together, and a clause repeated across documents (「感谢好心人！」, a title) is
# analysed once. A space between two Han characters, the first no numeral, ends every token too, so
# a clause of several names (湖南省 郴州市 汝城县 热水镇) is its names' tokens put together (issue 12,
# fifth pass). The native core splits, memoises (bounded) and analyses the clauses.


def analyze_index_parts(text: str | None, unigrams: bool = True) -> tuple[list[str], list[str], list[str]]:
    """Return ``(words, runs, extras)`` of ``text``: :func:`analyze_for_index` with the grams unexpanded.

    ``runs`` and ``extras`` are those of :func:`ngram_parts` over the folded text: the embedded
    engine lets tantivy make the runs' unigrams and bigrams in Rust. Clauses are analysed once per
    process and remembered (bounded), which is what bulk indexing spends its time on; the native
    core does this in one call per text.
    """
    if not text:
        return [], [], []
    return _tokenizer().index_parts(text, unigrams)


def analyze_document(fields: list[tuple[str, bool, bool]]) -> tuple[str, str, list[str], str]:
    """Return ``(words, title words, runs, extras)`` of a document's text fields in one native call.

    ``fields`` holds ``(text, unigrams, boosted)`` per non-empty text field, in field order; each
    field's parts are those of :func:`analyze_index_parts`, put together in that order, and the
    title words are the words of the boosted fields (search.schema.prepare). Words, title words and
    extras come joined by single spaces, as the engines index them (no token holds a space): no
    Python object per token.
    """
    return _tokenizer().document_parts(fields)


def document_json(
    layout: fupin_native.DocumentLayout,
    head: bytes,
    fields: list[tuple[str, bool, bool]],
    middle: bytes,
    sorts: fupin_native.SortPlan,
    values: dict[str, Any],
) -> bytes:
    """Return a document as the embedded engine's JSON, UTF-8, in one native call.

    ``head`` is the JSON object's start (``{"id":…,"_source":"…"``, no closing brace); ``fields``
    are the text fields as for :func:`analyze_document`, whose words, title words, runs (an array)
    and extras follow under ``layout``'s names (each left out when empty); then ``middle``'s members
    (the bytes of a JSON object, ``b"{}"`` for none) and each of ``sorts``' packed keys of
    ``values`` under ``layout``'s sort prefix + the sort's name. The bytes are those orjson made of
    the same fields before (issue 12, seventh pass): no Python object per token or gram.
    """
    return _tokenizer().document_json(layout, head, fields, middle, sorts, values)


def analyze_for_index(text: str | None, unigrams: bool = True) -> tuple[list[str], list[str]]:
    """Return ``(words, ngrams)`` of ``text``: :func:`analyze_for_search` and :func:`ngrams` of it, folded.

    The words are those of :func:`analyze_for_search`, the grams those of :func:`ngrams` (both as
    multisets; the order may differ, which no engine indexes: no positions).
    """
    words, runs, extras = analyze_index_parts(text, unigrams)
    return words, expand_runs(runs) + extras


@dataclass(frozen=True)
class QueryTerm:
    """One unit of a query that a document must match.

    It matches when the word field holds ``word``, or when the n-gram field holds every one of
    ``grams``, or likewise for one of its ``synonyms``; a word match scores above an n-gram match.
    ``related`` words only raise the score of a match: for a one-character word (羊), the item words
    holding it (山羊, 羔羊). ``word`` is None for a query made only of
    stop characters (被): then the grams must match and ``related`` words (domain words holding the
    character: 被子) only raise the score.
    """

    word: str | None
    grams: tuple[str, ...]
    related: tuple[str, ...] = ()
    surface: str = ""  # the folded text the grams come from (highlighted where it occurs)
    # Other names of the same item (matching/data/lexicon.tsv: 小羊 → 羔羊, 羊羔 …), each as (word or
    # None, grams) matched like the term itself: the term also matches a need that holds one of them.
    synonyms: tuple[tuple[str | None, tuple[str, ...]], ...] = ()


@lru_cache(maxsize=4096)
def _related_words(char: str) -> tuple[str, ...]:
    vocabulary = {w for w, _ in domain_words()} | set(_synonyms())
    return tuple(sorted({synonym_of(w) for w in vocabulary if char in w and len(w) > 1}))


@lru_cache(maxsize=4096)
def _item_words(char: str) -> tuple[str, ...]:
    # The word tokens of the lexicon's item names and the domain words holding ``char`` (羊 → 山羊,
    # 羔羊 …), each a single jieba word whose token still holds the character.
    names = {w for w, _ in domain_words()} | set(_lexicon_names())
    found = set()
    for name in names:
        if char in name and len(name) > 1:
            cut = _tokenizer().cut(name, True)
            token = _token(cut[0]) if len(cut) == 1 else ""
            if char in token:
                found.add(token)
    return tuple(sorted(found))


# The matcher's item lexicon: one concept a line, tab-separated, names in the second column
# ("/"-separated). Read here as a file (the format of matching.lexicon.read_lexicon_rows): importing
# the matching package would load scikit-learn into every process that searches.
_LEXICON = Path(__file__).resolve().parent.parent / "matching" / "data" / "lexicon.tsv"


@lru_cache(maxsize=1)
def _lexicon_names() -> dict[str, tuple[str, ...]]:
    # folded name -> every folded name of the concepts it names (lines sharing a label are one concept)
    concepts: dict[str, list[str]] = {}
    try:
        lines = _LEXICON.read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return {}
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        columns = line.split("\t")
        names = [fold(n.strip()).strip() for n in columns[1].split("/")] if len(columns) > 1 else []
        names = [n for n in names if n]
        if names:
            concepts.setdefault(names[0], []).extend(names)
    by_name: dict[str, list[str]] = {}
    for names in concepts.values():
        for name in names:
            by_name.setdefault(name, []).extend(names)
    return {name: tuple(dict.fromkeys(names)) for name, names in by_name.items()}


@lru_cache(maxsize=4096)
def lexicon_synonyms(word: str) -> tuple[str, ...]:
    """Return the other names of the item ``word`` names in the matching lexicon, folded (小羊 → 羔羊 …).

    Source: matching/data/lexicon.tsv (one concept a line, names "/"-separated). Names of one
    character are left out (床, 米: they are measure words or parts of too many words), and so is a
    one-character ``word`` (its n-grams already find every need holding it). () when none.
    """
    folded = fold(word).strip()
    if len(folded) < 2:
        return ()
    return tuple(n for n in _lexicon_names().get(folded, ()) if len(n) > 1 and n != folded)


def _synonym_branches(surface: str, token: str) -> tuple[tuple[str | None, tuple[str, ...]], ...]:
    branches: dict[tuple[str | None, tuple[str, ...]], None] = {}
    own = set(synonym_group(token))
    for name in dict.fromkeys([*lexicon_synonyms(surface), *lexicon_synonyms(token)]):
        # A name jieba keeps whole matches by its word too; one it cuts (冬被 → 冬 被) by its grams only.
        cut = _tokenizer().cut(name, True)
        word = _token(cut[0]) or None if len(cut) == 1 else None
        if word in own or name in own:
            continue  # already a spelling of the term itself
        grams = _query_grams(name)
        if grams:
            branches[(word, grams)] = None
    return tuple(branches)


def _lexicon_spans(words: list[str]) -> list[str]:
    # Words jieba cut out of one item name of the lexicon (电动 三轮车) are joined back into it, so
    # the name is one term with the item's other names (农用三轮), not two terms that must both match.
    names = _lexicon_names()
    joined: list[str] = []
    at = 0
    while at < len(words):
        end = next((end for end in range(len(words), at + 1, -1) if "".join(words[at:end]) in names), at + 1)
        joined.append("".join(words[at:end]))
        at = end
    return joined


def analyze_query(text: str | None) -> tuple[QueryTerm, ...]:
    """Return the distinct terms of a search text, in order; () when it holds nothing searchable.

    Words come from jieba as at index time; a division's name searches by its short form's n-grams
    (镇雄县 → 镇雄), any other word by its own. A text whose every word is a stop word searches each
    of its characters (the n-grams) instead of matching everything.
    """
    if not text:
        return ()
    folded = fold(text)
    terms: dict[str, QueryTerm] = {}
    for raw in _lexicon_spans(_tokenizer().cut(folded, True)):
        word = raw.strip()
        token = _token(raw)
        if token and token not in terms:
            place = token in _places()[1]
            surface = token if place else word
            synonyms = () if place else _synonym_branches(word, token)
            # One Han character (羊) is an item inside longer names (山羊, 羔羊): needs naming such an
            # item rank above needs that merely hold the character (羊街镇农户需要鸭苗).
            related = _item_words(token) if len(token) == 1 and _is_han(token) else ()
            terms[token] = QueryTerm(token, _query_grams(surface), related, surface=surface, synonyms=synonyms)
    if terms:
        return tuple(terms.values())
    characters = dict.fromkeys(c for c in folded if _WORD_RE.match(c) and not c.isspace())
    return tuple(QueryTerm(None, (c,), _related_words(c), surface=c) for c in characters)


def _folded_with_origin(text: str) -> tuple[str, list[int]]:
    # Fold character by character to keep a map from folded offsets back to original ones.
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        normal = simplified(_normalize(char))
        pieces.append(normal)
        origin.extend([index] * len(normal))
    origin.append(len(text))
    return "".join(pieces), origin


def find_spans(text: str | None, needles: Collection[str]) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each occurrence of a folded ``needle`` in folded ``text``, offsets into ``text``.

    The highlighter marks with it what a query term matched through its n-grams (猪 inside 仔猪).
    """
    if not text or not needles:
        return []
    folded, origin = _folded_with_origin(text)
    spans = []
    for needle in needles:
        if not needle:
            continue
        at = folded.find(needle)
        while at >= 0:
            end = at + len(needle)
            spans.append((origin[at], origin[end - 1] + 1))
            at = folded.find(needle, end)
    return spans


def analyze_spans(text: str | None) -> list[tuple[str, int, int]]:
    """Return ``(token, start, end)`` for the recall tokens of ``text``, offsets into ``text`` itself.

    The tokens are those of :func:`analyze_for_search`; the offsets point into the original, not the
    normalised, text so that a highlighter can mark the characters the reader sees.
    """
    if not text:
        return []
    folded, origin = _folded_with_origin(text)
    spans = []
    for word, start, end in _tokenizer().tokenize(folded, "search", True):
        token = _token(word)
        if token:
            spans.append((token, origin[start], origin[end - 1] + 1 if end > start else origin[start]))
    return spans
