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

__all__ = ["analyze", "analyze_for_search", "synonym_of", "domain_words"]

_WORD_RE = re.compile(r"[\w]", re.UNICODE)
_STOP_WORDS = frozenset(
    "的 了 和 与 及 或 在 是 为 对 给 把 被 等 也 都 就 而 之 其 这 那 有 个 一 我 你 他 她 它 们 吗 呢 啊 吧 于 以 并 从 向 到 由".split()
)

_lock = threading.Lock()
_jieba: rjieba.Jieba | None = None


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


def _normalize(text: str) -> str:
    # NFKC folds full-width Latin letters and digits (ＡＢＣ１２３) onto their ASCII forms.
    return unicodedata.normalize("NFKC", text).lower()


def _keep(token: str) -> bool:
    return bool(token.strip()) and bool(_WORD_RE.search(token)) and token not in _STOP_WORDS


def analyze(text: str | None) -> list[str]:
    """Return the index tokens of ``text``: jieba words, normalised, synonyms mapped, in order."""
    if not text:
        return []
    words = _tokenizer().cut(_normalize(text), True)
    return [synonym_of(w) for w in (w.strip() for w in words) if _keep(w)]


def analyze_for_search(text: str | None) -> list[str]:
    """Return tokens for recall: the words of :func:`analyze` plus the shorter words inside long ones.

    A long compound such as 易地扶贫搬迁 also yields 易地, 扶贫 and 搬迁, so a query for 搬迁 finds it.
    """
    if not text:
        return []
    words = _tokenizer().cut_for_search(_normalize(text), True)
    return [synonym_of(w) for w in (w.strip() for w in words) if _keep(w)]
