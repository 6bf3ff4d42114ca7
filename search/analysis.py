"""Tokenize Chinese text the same way for indexing, querying and matching.

The tokenizer is `rjieba` (jieba in Rust) loaded with a domain dictionary of 扶贫 terms and local
produce names, followed by lower-casing, dropping punctuation and stop words, and mapping every word
of a synonym group onto its canonical word. Every engine and the matcher call :func:`analyze`, so a
need that says 棉衣 is found by a query for 冬衣 whichever engine answers.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from importlib import resources

import rjieba

__all__ = ["analyze", "analyze_for_search", "analyze_spans", "synonym_of", "domain_words"]

_WORD_RE = re.compile(r"[\w]", re.UNICODE)
_STOP_WORDS = frozenset(
    "的 了 和 与 及 或 在 是 为 对 给 把 被 等 也 都 就 而 之 其 这 那 有 个 一 我 你 他 她 它 们 吗 呢 啊 吧 于 以 并 从 向 到 由".split()
)

_lock = threading.Lock()
_jieba: rjieba.Jieba | None = None

# Raw jieba word -> its index token, or "" when the word is dropped. Bulk indexing spends most of
# its Python time filtering and mapping words, and a corpus repeats a few ten thousand words, so a
# plain dict (bounded, cleared when full) makes tokenizing several times faster with identical output.
_TOKEN_CACHE_LIMIT = 500_000
_token_cache: dict[str, str] = {}


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


def _tokenizer() -> rjieba.Jieba:
    global _jieba
    if _jieba is None:
        with _lock:
            if _jieba is None:
                jieba = rjieba.Jieba()
                for word, freq in domain_words():
                    jieba.add_word(word, freq, None)
                for word in _synonyms():
                    if not jieba.has_word(word):
                        jieba.add_word(word, 2000, None)
                _jieba = jieba
    return _jieba


def synonym_of(word: str) -> str:
    """Return the canonical word of ``word``'s synonym group, or ``word`` itself."""
    return _synonyms().get(word, word)


def _fast_nfkc() -> tuple[re.Pattern[str], dict[int, str]]:
    # Chinese text is mostly ideographs, ASCII and a few full-width marks (，：（）). For such text NFKC
    # works character by character: stable characters stay, each full-width form becomes its ASCII
    # twin, nothing composes (combining marks are not in the set). Substituting them does that in a
    # fraction of NFKC's time; any other character sends the text through unicodedata.normalize.
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
    allowed = sorted([*stable, *table])
    ranges, start = [], allowed[0]
    for previous, code in zip(allowed, allowed[1:] + [-1]):
        if code != previous + 1:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous > start else ""))
            start = code
    return re.compile("[^" + "".join(ranges) + "]"), table


_OTHER_CHARACTER, _FULL_WIDTH = _fast_nfkc()
# A few full-width marks per text: substituting the matches beats str.translate, which looks up every
# character and pays for a KeyError on each one the table lacks.
_FULL_WIDTH_RE = re.compile("[" + "".join(re.escape(chr(code)) for code in _FULL_WIDTH) + "]")
_FULL_WIDTH_TEXT = {chr(code): folded for code, folded in _FULL_WIDTH.items()}


def _fold(match: re.Match[str]) -> str:
    return _FULL_WIDTH_TEXT[match.group()]


def _normalize(text: str) -> str:
    # NFKC folds full-width Latin letters and digits (ＡＢＣ１２３) onto their ASCII forms.
    if unicodedata.is_normalized("NFKC", text):  # a quick check: most titles need no copy
        return text.lower()
    if _OTHER_CHARACTER.search(text) is None:
        return _FULL_WIDTH_RE.sub(_fold, text).lower()
    return unicodedata.normalize("NFKC", text).lower()


def _keep(token: str) -> bool:
    return bool(token.strip()) and bool(_WORD_RE.search(token)) and token not in _STOP_WORDS


def _token(word: str) -> str:
    token = _token_cache.get(word)
    if token is None:
        stripped = word.strip()
        token = synonym_of(stripped) if _keep(stripped) else ""
        if len(_token_cache) >= _TOKEN_CACHE_LIMIT:
            _token_cache.clear()
        _token_cache[word] = token
    return token


def _tokens(words: list[str]) -> list[str]:
    mapped = list(map(_token_cache.get, words))
    if None in mapped:
        mapped = [_token(word) if token is None else token for word, token in zip(words, mapped)]
    return [token for token in mapped if token]


def analyze(text: str | None) -> list[str]:
    """Return the index tokens of ``text``: jieba words, normalised, synonyms mapped, in order."""
    if not text:
        return []
    return _tokens(_tokenizer().cut(_normalize(text), True))


def analyze_for_search(text: str | None) -> list[str]:
    """Return tokens for recall: the words of :func:`analyze` plus the shorter words inside long ones.

    A long compound such as 易地扶贫搬迁 also yields 易地, 扶贫 and 搬迁, so a query for 搬迁 finds it.
    """
    if not text:
        return []
    return _tokens(_tokenizer().cut_for_search(_normalize(text), True))


def analyze_spans(text: str | None) -> list[tuple[str, int, int]]:
    """Return ``(token, start, end)`` for the recall tokens of ``text``, offsets into ``text`` itself.

    The tokens are those of :func:`analyze_for_search`; the offsets point into the original, not the
    normalised, text so that a highlighter can mark the characters the reader sees.
    """
    if not text:
        return []
    # Normalise character by character to keep a map from normalised offsets back to original ones.
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        normal = _normalize(char)
        pieces.append(normal)
        origin.extend([index] * len(normal))
    origin.append(len(text))
    spans = []
    for word, start, end in _tokenizer().tokenize("".join(pieces), "search", True):
        token = _token(word)
        if token:
            spans.append((token, origin[start], origin[end - 1] + 1 if end > start else origin[start]))
    return spans
