"""A second thesaurus: cnsyn's synonym groups, lending names to the lexicon's concepts.

Cilin (:func:`matching.lexicon.cilin_groups`) knows a few thousand object words; item names written in
vocabularies nobody here chose are often in neither it nor the lexicon. cnsyn's groups
(``matching/data/cnsyn_synonyms.txt``, filtered by ``tools/filter_cnsyn.py``; source, licence and
counts in ``matching/data/README.md``) are a broader, independent source, read by one general rule
(:func:`cnsyn_names`; docs/matching.md, "A second thesaurus: cnsyn"). cnsyn's groups are noisier than
Cilin's (one line mixes 胶水 with 熟马铃薯; 「深度 吃水 深浅 纵深 进深」 is about depth, not drinking
water), so the rule asks more of a group than Cilin's does.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from typing import AbstractSet, Iterable, Mapping, Sequence

from search.analysis import simplified

__all__ = ["cnsyn_groups", "cnsyn_names", "fold_word"]


@lru_cache(maxsize=1)
def cnsyn_groups() -> tuple[tuple[str, ...], ...]:
    """Return cnsyn's filtered synonym groups, each a tuple of Han words of two or more characters."""
    text = resources.files(__package__).joinpath("data", "cnsyn_synonyms.txt").read_text(encoding="utf-8")
    return tuple(tuple(line.split()) for line in text.splitlines() if line.strip())


def cnsyn_names(groups: Iterable[Sequence[str]], alias: Mapping[str, str], own: AbstractSet[str],
                general: tuple[str, ...] = ()) -> dict[str, str]:
    """Return ``{new folded name: concept key}`` that cnsyn ``groups`` lend to a lexicon's concepts.

    Parameters
    ----------
    groups : iterable of sequences of str
        Synonym groups (:func:`cnsyn_groups`).
    alias : mapping
        Every name already known, folded -> concept key (the concept's folded label): the lexicon's,
        the offices' and Cilin's.
    own : set of str
        The folded names that come from the lexicon's and offices' files (not from a thesaurus).
    general : tuple of str
        Endings of words too general to name one item (``matching.lexicon.GENERAL_WORDS``).

    The rule (docs/matching.md, "A second thesaurus: cnsyn"):

    * a group is used when the words of it that are already names (``alias``) all name **one**
      concept, one of them is a name from the lexicon's or offices' files (a group known only through
      Cilin's names does not chain one thesaurus onto the other), and the group is about that concept:
      it holds two or more of its names, or its label in the label's only cnsyn group (a label in
      several groups has several senses; a group sharing one peripheral name — 吃水 among 深度 纵深
      进深 — is about something else). A group naming two concepts lends nothing;
    * it lends its other words to that concept, except words that are already names (a name never
      moves), general words, and words containing a name of *another* concept;
    * a word in several groups is lent only when each of its groups lends it to the same concept;
    * a lent word must not read inside a longer cnsyn word of another sense: extraction finds names
      inside titles, so 家用 (household money) would read 家用电器 as 生活费补助. The longer word is
      harmless only when one of its groups names the same concept otherwise (洋芋片 beside 土豆片).

    Every cnsyn word has two or more characters (``tools/filter_cnsyn.py``), so neither a lent word
    nor a group's lexicon name is a single character.

    Returns
    -------
    dict
        Folded word -> concept key of ``alias``; possibly empty.
    """
    groups = tuple(tuple(fold_word(w) for w in group) for group in groups)
    senses = Counter(w for words in groups for w in set(words))
    keys_of = []
    for words in groups:
        hits = [w for w in words if w in alias]
        keys = {alias[w] for w in hits}
        about = len(hits) >= 2 or any(alias[w] == w and senses[w] == 1 for w in hits)
        keys_of.append(next(iter(keys)) if len(keys) == 1 and about and any(w in own for w in hits) else None)
    # Only the words of used groups can be lent; every group they are in has its say.
    candidates = {w for words, key in zip(groups, keys_of) if key is not None for w in words
                  if w not in alias and not (general and w.endswith(general))}
    found: dict[str, set[str | None]] = {}
    for words, key in zip(groups, keys_of):
        for w in candidates.intersection(words):
            inner = {alias[w[i:j]] for i in range(len(w)) for j in range(i + 2, len(w) + 1) if w[i:j] in alias}
            found.setdefault(w, set()).add(key if not (inner - {key}) else None)
    lent = {w: next(iter(keys)) for w, keys in found.items() if len(keys) == 1 and None not in keys}
    return _not_inside_others(lent, groups, alias) if lent else lent


@lru_cache(maxsize=2)
def _vocabulary(groups: tuple[tuple[str, ...], ...]):
    """Return ``(words sorted, words joined by newlines, start of each word, {word: its group indexes})``."""
    vocab = sorted({w for words in groups for w in words})
    starts = list(accumulate((len(w) + 1 for w in vocab[:-1]), initial=0))
    group_of: dict[str, list[int]] = {}
    for gi, words in enumerate(groups):
        for w in words:
            group_of.setdefault(w, []).append(gi)
    return vocab, "\n".join(vocab), starts, group_of


def _not_inside_others(lent: dict[str, str], groups: tuple[tuple[str, ...], ...],
                       alias: Mapping[str, str]) -> dict[str, str]:
    """Return ``lent`` without the words that occur inside a longer cnsyn word of another sense."""
    vocab, blob, starts, group_of = _vocabulary(groups)

    def names_same(word: str, key: str, longer: str) -> bool:
        # Whether a group of ``longer`` holds, inside one of its words, a name of ``key`` other than ``word``.
        return any((alias.get(x[i:j]) or lent.get(x[i:j])) == key
                   for g in group_of[longer] for x in groups[g]
                   for i in range(len(x)) for j in range(i + 2, len(x) + 1) if x[i:j] != word)

    keep = {}
    for w, key in lent.items():
        at = blob.find(w)
        while at >= 0:
            longer = vocab[bisect.bisect_right(starts, at) - 1]
            if longer != w and not names_same(w, key, longer):
                break
            at = blob.find(w, at + 1)
        else:
            keep[w] = key
    return keep


def fold_word(text: str | None) -> str:
    """Return ``text`` folded as names are compared: Unicode NFKC (full width → half width), lower case, simplified characters; "" for None.

    The one fold of lexicon names, thesaurus words and the texts scanned for them
    (:mod:`matching.lexicon` uses it too). Traditional characters become simplified with the search
    analysis' converter (OpenCC ``t2s``, :func:`search.analysis.simplified`), so a donor who writes
    「捐贈一批單車」 offers the 单车 of a need, as search already finds 藥品 for 药品 (issue 12).
    """
    return simplified(unicodedata.normalize("NFKC", text or "").lower())
