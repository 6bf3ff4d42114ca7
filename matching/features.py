"""Turn need–offer pairs into the feature values an office recognises, and check the hard rules.

Every feature lies in [0, 1]; :data:`FEATURE_NAMES` fixes their order in feature matrices.

=========  ==========================================================================================
feature    meaning
=========  ==========================================================================================
text       cosine of TF-IDF vectors over :func:`search.analysis.analyze` tokens of the kept clauses
           (title twice, description) plus one token per concept asked for (and its broader ones)
category   specificity of the offer: 1 / number of its categories (1 category → 1.0, 5 → 0.2)
region     donor closeness: donor in the need's county 1.0, prefecture 0.75, province 0.5, else 0
pairing    1.0 when the donor's region is paired (东西部协作, 2016) with a region containing the need
distance   1 / (1 + d / 200 km), d between the donor's and the need's county centres; 0 when unknown
target     how narrowly the offer aims at the need: its covering region is a county (or finer) 1.0,
           a prefecture 2/3, a province 1/3; an offer for anywhere 0
coverage   share of the need the offer can cover: min(1, offer amount / need amount), amounts in the
           base unit (斤 → kg); 0 when the units cannot be compared
urgency    (urgency − 1) / 2: 一般 0, 较急 0.5, 紧急 1
deadline   time pressure: 1 − min(days left, 90) / 90; no deadline 0
equity     1 / (1 + times_helped): households helped less often rank higher (no 垒大户)
item       agreement of the items asked for and offered (:mod:`matching.lexicon`): same concept 1.0,
           the offer's concept covers the need's (学习用品 ⊃ 铅笔) 0.9, the offer is a kind of what the
           need names broadly 0.6, both kinds of one concept 0.3, else 0; negated or past mentions
           (「去年已领到棉被」) are not asked for. When one side or both name no lexicon concept,
           the name similarity (:meth:`PairData.name_similarity`: shared characters of the two item
           names, weighted by how rare they are) stands in, scaled into [0, 0.6]
unit       1.0 when the quantities can be compared (:mod:`matching.units`: same measured dimension,
           or counts that are equal, generic or listed together for the item), else 0
priority   the office's 精准 priority rule (2014 plan; docs/matching.md, "Order among needs of one
           item"): the item agreement when the offer can close the need (可满足全部需求: comparable
           units, offer amount ≥ need amount) AND the need is 紧急 or its household was helped at
           most once; else 0
=========  ==========================================================================================

The hard rules (:meth:`PairData.admissible`) are never traded against the score: category among the
offer's, need region inside one of the offer's regions, kinds equal, need deadline and offer validity
not passed, quantities > 0.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from search.analysis import analyze, ngrams

from .lexicon import (_HEAD_CLASS, _NOMINAL_SUFFIX, EXACT, GENERAL_WORDS, LEVEL_VALUE, Lexicon, cilin_classes,
                      default_lexicon, item_text)
from .records import CATEGORIES, KINDS, Need, Offer, china_today
from .regions import _haversine, paired_recipients, region_centre
from .units import record_unit

__all__ = ["FEATURE_NAMES", "NameVectorizer", "PairData", "name_tokens", "named_items", "tokenize_all"]

FEATURE_NAMES: tuple[str, ...] = (
    "text", "category", "region", "pairing", "distance", "target",
    "coverage", "urgency", "deadline", "equity", "item", "unit", "priority",
)

_CAT_INDEX = {c: i for i, c in enumerate(CATEGORIES)}
_KIND_INDEX = {k: i for i, k in enumerate(KINDS)}
_PAD_TOKEN = "\x00"
_GENERAL_WORD = re.compile("|".join(sorted(GENERAL_WORDS, key=len, reverse=True)))
_BIGRAM = "\x01"  # prefix of the title's character bigrams among the text tokens
_NO_DATE = np.iinfo(np.int32).max
_DISTANCE_SCALE_KM = 200.0
_DEADLINE_HORIZON_DAYS = 90.0


def _identity(tokens):
    return tokens


_MAX_NEED_CONCEPTS = 4
#: Name similarity → item value: ``min(_NAME_CAP, _NAME_GAIN · cosine)``. The cap keeps a name guess
#: below a lexicon match of the item itself (1.0) or of a covering concept (0.9); docs/matching.md,
#: "Round 3".
_NAME_GAIN, _NAME_CAP = 4.0, 0.6
_NAME_BIGRAM = "\x02"  # prefix of a name's character bigrams among the name tokens
_HEAD_TOKEN = "\x03"   # prefix of a name's head class among the name tokens
_CILIN_TOKEN = "\x04"  # prefix of a Cilin small class among the name tokens
_CJK_RUN = re.compile("[\u4e00-\u9fff]+")
_FRAME_SAMPLE = 10_000  # titles the frame is learnt on (a statistic: a sample of a large set will do)
_LEVELS = np.asarray(LEVEL_VALUE, dtype=np.float64)
#: The 精准 priority rule's thresholds (docs/matching.md, "Order among needs of one item"): a need is
#: urgent at 紧急 (3), or its household has been helped at most this many times.
_PRIORITY_URGENCY, _PRIORITY_HELPED_MAX = 3, 1
_CLOSE_TOLERANCE = 1e-9  # relative: amounts converted to the base unit (斤 → kg) may differ in the last bit


def _extract_all(records: Sequence[Need | Offer], lex: Lexicon) -> list[tuple]:
    return [(lex.extract(r.title, offer), lex.extract(r.description, offer))
            for r in records for offer in (isinstance(r, Offer),)]


def _offer_concepts(offers: Sequence[Offer], extracted: list[tuple], lex: Lexicon) -> list[frozenset]:
    # What each offer names (all of it: a broad offer covers its specifics); see Lexicon.record_concepts.
    return [lex.record_concepts(t, d, o.categories, narrowest=False) for (t, d), o in zip(extracted, offers)]


def tokenize_all(records: Sequence[Need | Offer], lexicon: Lexicon | None = None,
                 extracted: list[tuple] | None = None) -> list[list[str]]:
    """Return the text tokens of every record: its title's tokens twice, then its description's.

    The title names the item (轮椅, 棉衣); counting it twice keeps a long description of the
    household's situation from drowning the item in the cosine. Only the clauses that ask for
    something are cut: 「去年已领到棉被」 adds no 棉被 token. A title in which the lexicon finds no
    item adds its character bigrams (marked apart from words), so an unknown name written alike on
    both sides, or with a suffix (鸡公车 / 鸡公车子), still carries the text similarity.

    Parameters
    ----------
    records : sequence of Need or Offer
    lexicon : Lexicon, optional
        The built-in lexicon when omitted.
    extracted : list of (Extraction, Extraction), optional
        Title and description extractions already made, one pair per record.

    Returns
    -------
    list of list of str
        One new token list per record (each distinct title or description is analysed once; round 21).
    """
    lex = lexicon or default_lexicon()
    if extracted is None:
        extracted = _extract_all(records, lex)
    words: dict[str, list[str]] = {}  # each text analysed once: titles and descriptions recur across records

    def analysed(text: str) -> list[str]:
        found = words.get(text)
        if found is None:
            found = words[text] = analyze(text)
        return found

    out = []
    for t, d in extracted:
        tokens = analysed(t.text) * 2 + analysed(d.text)
        if not any(c < lex.lexicon_size for c in t.concepts):
            # A title naming nothing the lexicon knows (at most a thesaurus group item): its character
            # bigrams let two spellings of one unknown word (鸡公车 / 鸡公车子) still agree.
            tokens += [_BIGRAM + g for g in ngrams(t.text, unigrams=False)]
        out.append(tokens)
    return out


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def named_items(records: Sequence[Need | Offer], records_concepts: Sequence[frozenset],
                lex: Lexicon) -> list[frozenset]:
    """Return, per record, its lexicon concepts of its own categories (a 半导体 need's 「卧床」 is no item of it)."""
    size = lex.lexicon_size
    out = []
    for r, cs in zip(records, records_concepts):
        cats = r.categories if isinstance(r, Offer) else (r.category,)
        out.append(frozenset(c for c in cs if c < size and lex.concepts[c].category in cats))
    return out


def name_tokens(records_known: Sequence[frozenset], extracted: list[tuple], lex: Lexicon,
                frame: frozenset[str] | None = None) -> tuple[list[list[str]], frozenset[str]]:
    """Return the item-name tokens of every record (characters, bigrams, head and Cilin classes of what it names), and the frame.

    A record that names lexicon concepts of its own categories (:func:`named_items`) is named by
    those concepts' own names (the lexicon file's, not the thesaurus's: 毛巾 / 面巾 ...) and their
    parents' labels; any other record is named by its title's
    kept clauses without general words of goods (:data:`matching.lexicon.GENERAL_WORDS`: 工具,
    用品 ...) and without the *frame*: the characters that titles naming a known item use around the
    name (「想讨点」「家里要」「一批」「定向捐」「单位」) — those outside every name the lexicon finds in
    them, kept when found in at least 1 % of such titles (and 3; learnt on at most
    :data:`_FRAME_SAMPLE` titles spread over the records). So 「麻烦帮忙凑点手巾」 is named by
    「手巾」, and with TF-IDF over all records the characters of one item (巾, 帐, 秧) weigh much while
    generic heads (机 / 品 / 用) weigh little: 手巾 ~ 毛巾, 帐子 ~ 蚊帐, 压锅 ~ 高压锅 agree without
    either name being listed. Only Chinese characters count.

    Parameters
    ----------
    records_known : sequence of frozenset of int
        Each record's known items (:func:`named_items`).
    extracted : list of (Extraction, Extraction)
        Each record's title and description extractions.
    lex : Lexicon
    frame : frozenset of str, optional
        The frame characters learnt on other records (a fitted index's); learnt on these when omitted.

    Returns
    -------
    (list of list of str, frozenset of str)
        Per record its characters, then its bigrams (prefix ``\\x02``), head classes (``\\x03``) and
        Cilin small classes (``\\x04``), each once; and the frame.
    """
    size = lex.lexicon_size
    if frame is None:
        counts: dict[str, int] = {}
        framed = 0
        for t, _ in extracted[::max(1, len(extracted) // _FRAME_SAMPLE)]:
            found = [m for m in lex.mentions(t.text) if m[2][0] < size]
            if not found:
                continue
            framed += 1
            inside = set()
            for a, b, _ in found:
                inside.update(range(a, b))
            for ch in {ch for k, ch in enumerate(t.text) if k not in inside and _cjk(ch)}:
                counts[ch] = counts.get(ch, 0) + 1
        floor = max(3, 0.01 * framed)
        frame = frozenset(ch for ch, k in counts.items() if k >= floor)
    cache: dict[frozenset | str, list[str]] = {}
    out = []
    for known, (t, _) in zip(records_known, extracted):
        if known:
            tokens = cache.get(known)
            if tokens is None:
                names = [n for c in known for n in lex.concepts[c].names if n not in lex.thesaurus_names]
                # and the labels of the concepts right above (羔羊 → 畜禽), so an offer of a group
                # under a name nobody listed (禽畜) still shares characters with its items
                names += [lex.concepts[p].label for c in known for p in lex.concepts[c].broader]
                tokens = cache[known] = _char_tokens(names)
        else:
            tokens = cache.get(t.text)
            if tokens is None:
                # General words of goods (工具, 用品, 设备 ...) are no evidence of one item: 理发工具 and
                # 五金工具 share only them (round 6).
                # Who gives or asks and a product title's grades, packs and codes (item_text, round 8)
                # are no evidence either: 「一级…5l装」「hrb400」「建材贸易公司」.
                text = _GENERAL_WORD.sub(" ", item_text(t.text))
                tokens = cache[t.text] = _char_tokens(["".join(" " if ch in frame else ch for ch in text)],
                                                      remember=False)
        out.append(tokens)
    return out, frame


class NameVectorizer:
    """TF-IDF of item-name token sets: what scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` gives
    for documents whose tokens occur once each (smooth IDF ``ln((1 + n) / (1 + df)) + 1``, rows L2-normed),
    computed once per *distinct* token list: records share their concept's list (:func:`name_tokens`
    caches them), so a million needs cost a few thousand rows.

    Attributes
    ----------
    vocabulary_ : dict of str to int
    idf_ : numpy.ndarray of float32
    frame_ : frozenset of str
        The frame characters learnt with it (:func:`name_tokens`).
    """

    def __init__(self, frame: frozenset[str] = frozenset()) -> None:
        self.frame_ = frame
        self.vocabulary_: dict[str, int] = {}
        self.idf_ = np.zeros(0, np.float32)

    @staticmethod
    def _distinct(docs: Sequence[list[str]]) -> tuple[list[list[str]], np.ndarray, np.ndarray]:
        where: dict[int, int] = {}
        uniq: list[list[str]] = []
        rows = np.empty(len(docs), np.int64)
        for i, d in enumerate(docs):
            k = where.get(id(d))
            if k is None:
                k = where[id(d)] = len(uniq)
                uniq.append(d)
            rows[i] = k
        return uniq, rows, np.bincount(rows, minlength=len(uniq))

    def fit_transform(self, docs: Sequence[list[str]]) -> sp.csr_matrix:
        """Learn the vocabulary and IDF from ``docs`` (lists of distinct tokens) and return their rows."""
        distinct, rows = self.fit_distinct(docs)
        return distinct[rows]

    def fit_distinct(self, docs: Sequence[list[str]]) -> tuple[sp.csr_matrix, np.ndarray]:
        """Learn as :meth:`fit_transform` and return ``(distinct, rows)``: the CSR rows of the distinct token
        lists (n_distinct × vocabulary, float32) and, per document, its row in them (int64, ``len(docs)``). ``fit_transform(docs)`` is ``distinct[rows]``;
        a caller that keeps only some documents' rows gathers just those (a million needs' rows are
        over a GiB: building them all and slicing them held both at once)."""
        uniq, rows, counts = self._distinct(docs)
        vocab: dict[str, int] = {}
        df: list[int] = []
        for d, c in zip(uniq, counts):
            for t in d:
                k = vocab.setdefault(t, len(vocab))
                if k == len(df):
                    df.append(0)
                df[k] += int(c)
        self.vocabulary_ = vocab
        self.idf_ = (np.log((1.0 + len(docs)) / (1.0 + np.asarray(df, np.float64))) + 1.0).astype(np.float32)
        return self._rows(uniq), rows

    def transform(self, docs: Sequence[list[str]]) -> sp.csr_matrix:
        """Return the rows of ``docs``; tokens outside the vocabulary are dropped."""
        uniq, rows, _ = self._distinct(docs)
        return self._rows(uniq)[rows]

    def _rows(self, docs: list[list[str]]) -> sp.csr_matrix:
        vocab = self.vocabulary_
        indptr, indices = [0], []
        for d in docs:
            indices += [vocab[t] for t in d if t in vocab]
            indptr.append(len(indices))
        cols = np.asarray(indices, np.int32)
        X = sp.csr_matrix((self.idf_[cols], cols, np.asarray(indptr, np.int64)), shape=(len(docs), len(vocab)),
                          dtype=np.float32)
        norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
        X = sp.diags(np.where(norms > 0, 1.0 / np.maximum(norms, 1e-12), 0.0).astype(np.float32)) @ X
        return X.tocsr()


def _lexicon_name_docs(lex: Lexicon) -> list[list[str]]:
    docs = lex.__dict__.get("_name_docs")
    if docs is None:
        docs = lex._name_docs = [_char_tokens([n for n in c.names if n not in lex.thesaurus_names])
                                 for c in lex.concepts[:lex.lexicon_size]]
    return docs


def _char_tokens(names: Sequence[str], remember: bool = True) -> list[str]:
    # Characters, bigrams (\x02), the class of each name's head (\x03, Lexicon's head classes:
    # 夹袄 and 防寒衫 both end in a garment head) and the Cilin small classes of the words in it
    # (\x04: 羊桃 and 猕猴桃 are both Bh07A), each once, in the order the names give them: each name's
    # own tokens (:func:`_name_char_tokens`) put together, the first of a repeat kept. ``remember``: take
    # them from the memo of names (a concept's names recur in every record naming it; not a title's text,
    # which name_tokens remembers itself).
    tokens_of = _remembered_char_tokens if remember else _name_char_tokens
    chars: dict[str, None] = {}
    grams: dict[str, None] = {}
    for name in names:
        own_chars, own_grams = tokens_of(name)
        chars.update(own_chars)
        grams.update(own_grams)
    return list(chars) + list(grams)


def _name_char_tokens(name: str) -> tuple[dict[str, None], dict[str, None]]:
    """Return the characters and the other tokens (bigrams, head class, Cilin classes) of one name, each once, in order.

    Both as dicts with ``None`` values (ordered sets), for :func:`_char_tokens` to merge; a caller must not
    change them (:func:`_remembered_char_tokens` hands the same ones out again; round 21).
    """
    chars: dict[str, None] = {}
    grams: dict[str, None] = {}
    classes = cilin_classes()
    for run in _CJK_RUN.findall(name):
        for a, b in zip(run, run[1:] + " "):
            chars[a] = None
            if b != " ":
                grams[_NAME_BIGRAM + a + b] = None
        head = run[-2] if len(run) > 2 and run[-1] in _NOMINAL_SUFFIX else run[-1]
        if head in _HEAD_CLASS:
            grams[_HEAD_TOKEN + _HEAD_CLASS[head]] = None
        for a in range(len(run) - 1):
            for b in range(a + 2, min(len(run), a + 6) + 1):
                for code in classes.get(run[a:b], ()):
                    grams[_CILIN_TOKEN + code] = None
    return chars, grams


#: :func:`_name_char_tokens` remembered: room for every lexicon name (40,645 at round 20) and more.
_remembered_char_tokens = lru_cache(maxsize=1 << 16)(_name_char_tokens)


def _row_block(X: sp.csr_matrix, start: int, stop: int) -> sp.csr_matrix:
    """Return rows ``start:stop`` of ``X`` as a CSR matrix of their own, column indices sorted within each row.

    The rows' data and indices are views of ``X``'s when they are at least half of it, as the needs' rows
    are (a million needs' rows are a few hundred MB: a copy would hold them twice; scipy copies a smaller
    view, the offers' rows). ``X`` comes from ``TfidfVectorizer.fit_transform``, whose rows keep the
    vectorizer's first-seen token order; ``transform`` gives them sorted, which is what the rest of the
    matcher has always had, so they are sorted here (values unchanged: sorting moves each value with its
    column, and the L2 norms were summed exactly either way — float32 squares added in double).
    """
    lo, hi = int(X.indptr[start]), int(X.indptr[stop])
    block = sp.csr_matrix((X.data[lo:hi], X.indices[lo:hi], X.indptr[start:stop + 1] - lo),
                          shape=(stop - start, X.shape[1]), dtype=X.dtype)
    block.has_sorted_indices = False  # a fresh matrix may carry no flag at all; make sort_indices check
    block.sort_indices()
    return block


def _row_cosine(A: sp.csr_matrix, B: sp.csr_matrix, need_idx, offer_idx, chunk: int) -> np.ndarray:
    ni = np.asarray(need_idx, dtype=np.int64)
    oj = np.asarray(offer_idx, dtype=np.int64)
    out = np.empty(len(ni), dtype=np.float64)
    for s in range(0, len(ni), chunk):
        out[s:s + chunk] = np.asarray(A[ni[s:s + chunk]].multiply(B[oj[s:s + chunk]]).sum(axis=1)).ravel()
    return np.clip(out, 0.0, 1.0)


def _ord(d: _dt.date | None) -> int:
    return d.toordinal() if d is not None else _NO_DATE


def _prefix_int(code: str, length: int) -> int:
    return int(code[:length]) if code and len(code) >= length else -1


class _Centres:
    """Cache county centres by 6-digit prefix; most records share a few thousand counties."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[float, float]] = {}

    def __call__(self, code: str | None) -> tuple[float, float]:
        if not code:
            return (np.nan, np.nan)
        key = code[:6]
        hit = self._cache.get(key)
        if hit is None:
            c = region_centre(key)
            hit = c if c is not None else (np.nan, np.nan)
            self._cache[key] = hit
        return hit


class PairData:
    """Hold needs and offers as columns, with their TF-IDF vectors, to score pairs in bulk.

    Parameters
    ----------
    needs : sequence of Need
    offers : sequence of Offer
    today : datetime.date, optional
        Date deadlines and validity are judged against; the current date in China when omitted.
    vectorizer : TfidfVectorizer, optional
        An already fitted vectorizer (over token lists). When omitted, one is fitted on the texts of
        ``needs`` and ``offers`` together.
    name_vectorizer : NameVectorizer, optional
        An already fitted item-name vectorizer with its frame (another PairData's
        ``name_vectorizer``, as :class:`matching.live.LiveNeedIndex` passes its base's). When
        omitted, one is fitted on the item names of ``needs``, ``offers`` and the lexicon's concepts.

    Notes
    -----
    Pairs are given as two aligned integer arrays ``need_idx`` and ``offer_idx`` into ``needs`` and
    ``offers``. Nothing here builds the full pair matrix.
    """

    def __init__(self, needs: Sequence[Need], offers: Sequence[Offer], today: _dt.date | None = None,
                 vectorizer: TfidfVectorizer | None = None,
                 need_tokens: list[list[str]] | None = None,
                 offer_tokens: list[list[str]] | None = None, lexicon: Lexicon | None = None,
                 name_vectorizer: NameVectorizer | None = None) -> None:
        self.needs = list(needs)
        self.offers = list(offers)
        self.today = today or china_today()
        self._today_ord = self.today.toordinal()
        self.lexicon = lex = lexicon or default_lexicon()
        n_ext = _extract_all(self.needs, lex)
        o_ext = _extract_all(self.offers, lex)
        #: Concepts each need asks for (most specific only) and each offer offers (frozensets of ids).
        self.need_concepts = [lex.record_concepts(t, d, (n.category,)) for (t, d), n in zip(n_ext, self.needs)]
        self.offer_concepts = _offer_concepts(self.offers, o_ext, lex)
        self._need_known = named_items(self.needs, self.need_concepts, lex)
        self._offer_known = named_items(self.offers, self.offer_concepts, lex)
        self._build_need_columns()
        self._build_offer_columns()
        self._build_item_columns()
        ntok = need_tokens if need_tokens is not None else tokenize_all(self.needs, lex, n_ext)
        otok = offer_tokens if offer_tokens is not None else tokenize_all(self.offers, lex, o_ext)
        n, m = len(self.needs), len(self.offers)
        if name_vectorizer is None:
            names, frame = name_tokens(self._need_known + self._offer_known, n_ext + o_ext, lex)
            name_vectorizer = NameVectorizer(frame)
            # The lexicon's concepts are documents too, so a need added later (LiveNeedIndex's
            # segments) still finds the characters of every listed item in the vocabulary.
            distinct, rows = name_vectorizer.fit_distinct(names + _lexicon_name_docs(lex) + [[_PAD_TOKEN]])
            self.need_N, self.offer_N = distinct[rows[:n]], distinct[rows[n:n + m]]
            del names, distinct, rows
        else:
            self.need_N = self._vectors(name_vectorizer, name_tokens(self._need_known, n_ext, lex,
                                                                     name_vectorizer.frame_)[0])
            self.offer_N = self._vectors(name_vectorizer, name_tokens(self._offer_known, o_ext, lex,
                                                                      name_vectorizer.frame_)[0])
        del n_ext, o_ext
        #: TF-IDF of the item-name tokens (:func:`name_tokens`), fitted on these records; ``frame_``
        #: holds the frame characters learnt with it.
        self.name_vectorizer = name_vectorizer
        if vectorizer is None:
            vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, dtype=np.float32)
            # One extra document with a token no text yields keeps the vocabulary non-empty when
            # every text is punctuation or stop words. Fitted and applied in one pass over the tokens
            # (round 21: fit, then transform of the needs and of the offers, counted every token twice).
            X = sp.csr_matrix(vectorizer.fit_transform(ntok + otok + [[_PAD_TOKEN]]), dtype=np.float32)
            self.need_X, self.offer_X = _row_block(X, 0, n), _row_block(X, n, n + m)
            del X
        else:
            self.need_X = sp.csr_matrix(vectorizer.transform(ntok), dtype=np.float32) if ntok else \
                sp.csr_matrix((0, len(vectorizer.vocabulary_)), dtype=np.float32)
            self.offer_X = sp.csr_matrix(vectorizer.transform(otok), dtype=np.float32) if otok else \
                sp.csr_matrix((0, len(vectorizer.vocabulary_)), dtype=np.float32)
        self.vectorizer = vectorizer

    @staticmethod
    def _vectors(vectorizer: NameVectorizer, tokens: list[list[str]]) -> sp.csr_matrix:
        return vectorizer.transform(tokens)

    # ----------------------------------------------------------------------------------------------
    def _build_need_columns(self) -> None:
        needs = self.needs
        n = len(needs)
        centre = _Centres()
        self._units: dict[str, int] = {}
        self._written: dict[str, int] = {}
        self.n_cat = np.fromiter((_CAT_INDEX[x.category] for x in needs), np.int8, n)
        self.n_kind = np.fromiter((_KIND_INDEX[x.kind] for x in needs), np.int8, n)
        self.n_qty = np.fromiter((x.quantity for x in needs), np.float64, n)
        self._dims: dict[str, int] = {}
        units = [self._unit_key(x, c) for x, c in zip(needs, self.need_concepts)]
        self.n_unit = np.fromiter((u[0] for u in units), np.int32, n)
        self.n_dim = np.fromiter((u[1] for u in units), np.int16, n)
        self.n_generic = np.fromiter((u[2] for u in units), bool, n)
        self.n_factor = np.fromiter((u[3] for u in units), np.float64, n)
        self.n_written = np.fromiter((u[4] for u in units), np.int32, n)
        #: Quantities in the base unit of their dimension (斤 → kg); counts unchanged.
        self.n_amount = self.n_qty * self.n_factor
        self.n_region = np.array([x.region for x in needs], dtype="<U12") if n else np.array([], "<U12")
        self.n_p2 = np.fromiter((_prefix_int(x.region, 2) for x in needs), np.int64, n)
        self.n_p4 = np.fromiter((_prefix_int(x.region, 4) for x in needs), np.int64, n)
        self.n_p6 = np.fromiter((_prefix_int(x.region, 6) for x in needs), np.int64, n)
        self._n_prefix: dict[int, np.ndarray] = {2: self.n_p2, 4: self.n_p4, 6: self.n_p6}
        lonlat = np.array([centre(x.region) for x in needs], dtype=np.float64).reshape(n, 2)
        self.n_lon, self.n_lat = lonlat[:, 0].copy(), lonlat[:, 1].copy()
        self.n_urgency = np.fromiter((x.urgency for x in needs), np.int8, n)
        self.n_deadline = np.fromiter((_ord(x.deadline) for x in needs), np.int64, n)
        self.n_helped = np.fromiter((x.times_helped for x in needs), np.int32, n)
        ben: dict[str, int] = {}
        self.n_beneficiary = np.fromiter((ben.setdefault(x.beneficiary, len(ben)) for x in needs), np.int64, n)
        self.n_valid = self.n_deadline >= self._today_ord

    def _unit_key(self, record, concepts) -> tuple[int, int, bool, float, int]:
        # (unit id, dimension id, generic count?, factor to base, written unit id); counted units are mapped to the
        # usual unit of the record's item, so 棉被 in 条 and 棉被 in 床 share one id. Cash is money
        # (元 unless a money unit such as 万元 is written); a pack with its content in the text
        # (「24瓶/箱」「500米/卷」) counts its content (round 8): units.record_unit.
        u = record_unit(record.kind, record.unit, f"{record.title} {record.description}")
        if u.dimension != "count":
            name = u.dimension
        elif u.of and u.of != ("*",):
            # A multiple of a named unit (千片 = 1,000 片, 24瓶/箱, 令 = 500 张) counts what that unit counts.
            name = self.lexicon.count_units(u.of[0], concepts)
        else:
            name = self.lexicon.count_units(u, concepts)
        # The unit as written (read by units.record_unit, not mapped through the item; round 15): the same
        # count unit on both sides agrees even where only one side's item lists it (units_agree).
        written = self._written
        return (self._units.setdefault(name, len(self._units)), self._dims.setdefault(u.dimension, len(self._dims)),
                u.generic, u.factor, written.setdefault(u.name, len(written)))

    def _build_item_columns(self) -> None:
        # Each need: up to _MAX_NEED_CONCEPTS concept ids (padding = an all-zero column).
        pad = len(self.lexicon.concepts)
        n = len(self.needs)
        self.n_concepts = np.full((n, _MAX_NEED_CONCEPTS), pad, np.int32)
        for i, cs in enumerate(self.need_concepts):
            for k, c in enumerate(sorted(cs)[:_MAX_NEED_CONCEPTS]):
                self.n_concepts[i, k] = c
        self._build_offer_items()

    def _build_offer_items(self) -> None:
        # Each offer: one row of agreement levels over the lexicon's concepts (uint8, a few hundred
        # bytes; the last column stays 0 for padding and group items), and its first thesaurus group
        # item (−1 for none), which agrees only with itself (matching.lexicon._group_items).
        size = self.lexicon.lexicon_size
        n = len(self.offers)
        self.o_levels = np.zeros((n, size + 1), np.uint8)
        self.o_has_item = np.fromiter((bool(cs) for cs in self.offer_concepts), bool, n)
        self.o_group = np.fromiter((min((c for c in cs if c >= size), default=-1) for cs in self.offer_concepts),
                                   np.int32, n)
        rows: dict[frozenset, dict[int, int]] = {}
        for j, cs in enumerate(self.offer_concepts):
            if not cs:
                continue
            row = rows.get(cs)
            if row is None:
                row = rows[cs] = {c: v for c, v in self.lexicon.level_row(cs).items() if c < size}
            if row:
                self.o_levels[j, list(row)] = list(row.values())

    def set_offers(self, offers: Sequence[Offer]) -> None:
        """Replace the offers, keeping the needs, their vectors and the fitted vectorizer.

        This is how a prebuilt index over many needs (:class:`matching.candidates.NeedIndex`) scores a
        new offer without rebuilding anything on the needs' side.
        """
        self.offers = list(offers)
        o_ext = _extract_all(self.offers, self.lexicon)
        self.offer_concepts = _offer_concepts(self.offers, o_ext, self.lexicon)
        self._build_offer_columns()
        self._build_offer_items()
        otok = tokenize_all(self.offers, self.lexicon, o_ext)
        self._offer_known = named_items(self.offers, self.offer_concepts, self.lexicon)
        self.offer_N = self._vectors(self.name_vectorizer, name_tokens(self._offer_known, o_ext, self.lexicon,
                                                                       self.name_vectorizer.frame_)[0])
        width = len(self.vectorizer.vocabulary_)
        self.offer_X = sp.csr_matrix(self.vectorizer.transform(otok), dtype=np.float32) if otok else \
            sp.csr_matrix((0, width), dtype=np.float32)
        self.__dict__.pop("_offer_C", None)
        self.__dict__.pop("_o_known", None)

    def set_today(self, today: _dt.date) -> None:
        """Judge deadlines and validity against ``today`` from now on (the needs' validity is recomputed).

        Nothing but validity and the deadline feature depends on the date.
        """
        self.today = today
        self._today_ord = today.toordinal()
        self.n_valid = self.n_deadline >= self._today_ord
        self.o_valid = self.o_valid_until >= self._today_ord

    def concept_matrices(self) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        """Return ``(need_C, offer_C)``: 0/1 matrices of concepts, for candidate retrieval.

        A need row marks its concepts and all their broader ones, an offer row its own concepts, so
        ``offer_C @ need_C.T`` is non-zero wherever the offer names the need's item or a concept
        covering it (学习用品 → 铅笔).
        """
        width = len(self.lexicon.concepts) + 1
        if not hasattr(self, "_need_C"):
            rows, cols = [], []
            for i, cs in enumerate(self.need_concepts):
                for c in cs:
                    for x in (c, *self.lexicon.ancestors(c)):
                        rows.append(i)
                        cols.append(x)
            need_C = sp.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(self.needs), width))
            need_C.data[:] = 1.0  # duplicates summed: back to 0/1
            self._need_C = need_C
        if not hasattr(self, "_offer_C"):
            rows, cols = [], []
            for j, cs in enumerate(self.offer_concepts):
                for c in cs:
                    rows.append(j)
                    cols.append(c)
            self._offer_C = sp.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)),
                                          shape=(len(self.offers), width))
        return self._need_C, self._offer_C

    def item_level(self, need_idx, offer_idx) -> np.ndarray:
        """Return the item agreement level (0..4, see :data:`matching.lexicon.LEVEL_VALUE`) of each pair."""
        ni = np.asarray(need_idx, dtype=np.int64)
        oj = np.asarray(offer_idx, dtype=np.int64)
        if len(ni) == 0:
            return np.zeros(0, np.uint8)
        nc = self.n_concepts[ni]
        size = self.lexicon.lexicon_size
        level = self.o_levels[oj[:, None], np.minimum(nc, size)].max(axis=1)
        group = ((nc >= size) & (nc == self.o_group[oj][:, None])).any(axis=1)
        return np.where(group, np.uint8(EXACT), level)

    def unit_compatible(self, need_idx, offer_idx) -> np.ndarray:
        """Return, per pair, whether the quantities can be compared and added (:mod:`matching.units`)."""
        ni = np.asarray(need_idx, dtype=np.int64)
        oj = np.asarray(offer_idx, dtype=np.int64)
        return self.units_agree(self.n_dim[ni], self.n_unit[ni], self.o_dim[oj], self.o_unit[oj],
                                self.n_written[ni], self.o_written[oj])

    def units_agree(self, n_dim, n_unit, o_dim, o_unit, n_written, o_written) -> np.ndarray:
        """Return whether need and offer units given as (dimension id, unit id) columns can be compared.

        All six are aligned integer arrays of one length (one entry per pair): dimension ids, unit ids
        mapped through the record's item, and the written unit ids described below. Returns bool, same length.

        The rule of :meth:`unit_compatible` on columns already read (the candidate path reads the needs'
        in its blocking order): the same dimension, and for counts the same way of counting — the unit
        mapped through the record's item (棉被 in 条 and in 床 both count 件), or (round 15, blind21
        analysed) a covering offer's count unit as written, the same as the need's (``n_written`` /
        ``o_written``: ids of :func:`matching.units.record_unit`'s name, -1 for an offer naming no broad
        concept or group): 台 and 台 agree although a 燃气灶 need maps 台 to 件 and a covering 厨卫设备
        offer, whose concept lists no 台, keeps 台.
        """
        count = self._dims.get("count", -1)
        same = (n_unit == o_unit) | ((n_written == o_written) & (o_written >= 0))
        return (n_dim == o_dim) & ((n_dim != count) | same)

    def closes(self, need_idx, offer_idx, units: np.ndarray | None = None) -> np.ndarray:
        """Return, per pair, whether the offer can close the need (可满足全部需求).

        The quantities can be compared (:meth:`unit_compatible`, or ``units`` when already computed)
        and the offer's amount in the base unit is at least the need's.
        """
        ni = np.asarray(need_idx, dtype=np.int64)
        oj = np.asarray(offer_idx, dtype=np.int64)
        enough = self.o_amount[oj] >= self.n_amount[ni] * (1.0 - _CLOSE_TOLERANCE)
        return (self.unit_compatible(ni, oj) if units is None else units) & enough

    def priority_need(self, need_idx) -> np.ndarray:
        """Return, per need, whether the 精准 priority rule favours its household.

        The need is 紧急 or its household has been helped at most once (docs/matching.md, "The
        evaluation set and its label rules", the office's rule).
        """
        ni = np.asarray(need_idx, dtype=np.int64)
        return (self.n_urgency[ni] >= _PRIORITY_URGENCY) | (self.n_helped[ni] <= _PRIORITY_HELPED_MAX)

    def need_prefix(self, length: int) -> np.ndarray:
        """Return the integer prefix of every need's region at ``length`` digits (−1 if shorter)."""
        arr = self._n_prefix.get(length)
        if arr is None:
            arr = np.fromiter((_prefix_int(x.region, length) for x in self.needs), np.int64, len(self.needs))
            self._n_prefix[length] = arr
        return arr

    def _build_offer_columns(self) -> None:
        offers = self.offers
        m = len(offers)
        centre = _Centres()
        self.o_catmask = np.fromiter((sum(1 << _CAT_INDEX[c] for c in x.categories) for x in offers),
                                     np.int64, m)
        self.o_ncat = np.fromiter((len(x.categories) for x in offers), np.float64, m)
        self.o_kind = np.fromiter((_KIND_INDEX[x.kind] for x in offers), np.int8, m)
        self.o_qty = np.fromiter((x.quantity for x in offers), np.float64, m)
        units = [self._unit_key(x, c) for x, c in zip(offers, self.offer_concepts)]
        self.o_unit = np.fromiter((u[0] for u in units), np.int32, m)
        self.o_dim = np.fromiter((u[1] for u in units), np.int16, m)
        self.o_generic = np.fromiter((u[2] for u in units), bool, m)
        self.o_factor = np.fromiter((u[3] for u in units), np.float64, m)
        # Only a covering offer (a broad concept or a group item) meets needs by the unit as written: its own
        # concept seldom lists the units its items are counted in; any other offer's unit is read through its
        # item (a 取暖炉 in 台 is no match in units for a 燃气灶 need in 台 — round 15, blind13's 暖风机).
        size = self.lexicon.lexicon_size
        self.o_written = np.fromiter((u[4] if any(c >= size or self.lexicon.descendants(c) for c in cs) else -1
                                      for u, cs in zip(units, self.offer_concepts)), np.int32, m)
        self.o_amount = self.o_qty * self.o_factor
        r = max([len(x.regions) for x in offers] + [1])
        self.o_reg_len = np.zeros((m, r), np.int8)
        self.o_reg_val = np.full((m, r), -2, np.int64)
        for j, x in enumerate(offers):
            for k, code in enumerate(x.regions):
                self.o_reg_len[j, k] = len(code)
                self.o_reg_val[j, k] = int(code)
        self.o_anywhere = np.fromiter((not x.regions for x in offers), bool, m)
        self.o_d2 = np.fromiter((_prefix_int(x.donor_region or "", 2) for x in offers), np.int64, m)
        self.o_d4 = np.fromiter((_prefix_int(x.donor_region or "", 4) for x in offers), np.int64, m)
        self.o_d6 = np.fromiter((_prefix_int(x.donor_region or "", 6) for x in offers), np.int64, m)
        lonlat = np.array([centre(x.donor_region) for x in offers], dtype=np.float64).reshape(m, 2)
        self.o_lon, self.o_lat = lonlat[:, 0].copy(), lonlat[:, 1].copy()
        recs = [paired_recipients(x.donor_region) for x in offers]
        a = max([len(rs) for rs in recs] + [1])
        self.o_rec_len = np.zeros((m, a), np.int8)
        self.o_rec_val = np.full((m, a), -2, np.int64)
        for j, rs in enumerate(recs):
            for k, code in enumerate(rs):
                self.o_rec_len[j, k] = len(code)
                self.o_rec_val[j, k] = int(code)
        self.o_valid_until = np.fromiter((_ord(x.valid_until) for x in offers), np.int64, m)
        self.o_valid = self.o_valid_until >= self._today_ord

    # ----------------------------------------------------------------------------------------------
    def _region_hits(self, ni: np.ndarray, oj: np.ndarray, lens: np.ndarray, vals: np.ndarray):
        """Yield, per offer-region column, (covered mask, region length) for the pairs."""
        for k in range(lens.shape[1]):
            lk, vk = lens[oj, k], vals[oj, k]
            hit = np.zeros(len(ni), bool)
            for length in np.unique(lk):
                if length == 0:
                    continue
                sel = lk == length
                hit[sel] = self.need_prefix(int(length))[ni[sel]] == vk[sel]
            yield hit, lk

    def admissible(self, need_idx, offer_idx) -> np.ndarray:
        """Return, for each pair, whether it obeys every hard rule.

        Parameters
        ----------
        need_idx, offer_idx : array-like of int
            Aligned indices into ``needs`` and ``offers``.

        Returns
        -------
        numpy.ndarray of bool
        """
        ni = np.asarray(need_idx, dtype=np.int64)
        oj = np.asarray(offer_idx, dtype=np.int64)
        ok = (self.o_catmask[oj] >> self.n_cat[ni].astype(np.int64)) & 1 == 1
        ok &= self.n_kind[ni] == self.o_kind[oj]
        ok &= self.n_valid[ni] & self.o_valid[oj]
        ok &= (self.n_qty[ni] > 0) & (self.o_qty[oj] > 0)
        inside = self.o_anywhere[oj].copy()
        for hit, _ in self._region_hits(ni, oj, self.o_reg_len, self.o_reg_val):
            inside |= hit
        return ok & inside

    def text_similarity(self, need_idx, offer_idx, chunk: int = 500_000) -> np.ndarray:
        """Return the TF-IDF cosine of each pair (rows are L2-normalised, so a dot product)."""
        return _row_cosine(self.need_X, self.offer_X, need_idx, offer_idx, chunk)

    def name_similarity(self, need_idx, offer_idx, chunk: int = 500_000) -> np.ndarray:
        """Return, per pair, the TF-IDF cosine of the two records' item-name tokens (:func:`name_tokens`), in [0, 1]."""
        return _row_cosine(self.need_N, self.offer_N, need_idx, offer_idx, chunk)

    def item_reason(self, i: int, j: int) -> str | None:
        """Return the Chinese item reason of need ``i`` and offer ``j``.

        The lexicon's (「物品一致：棉被」, :meth:`Lexicon.reason`) when their concepts agree; else, when the
        name similarity counted (one side or both name no known item), 「名称相近：巾」 with the
        rarest characters both names share (at most two), or 「名称同类」 when they share only a head
        class or a Cilin class; else None.
        """
        lex = self.lexicon
        reason = lex.reason(lex.item_match(self.need_concepts[i], self.offer_concepts[j]))
        if reason is not None:
            return reason
        n_known, o_known = self._known()
        if n_known[i] and o_known[j]:
            return None
        a, b = self.need_N[i], self.offer_N[j]
        shared = a.multiply(b).tocoo()
        if shared.nnz == 0:
            return None
        vocab = self._name_words()
        chars = [vocab[c] for v, c in sorted(zip(-shared.data, shared.col)) if len(vocab[c]) == 1]
        return "名称相近：" + "、".join(chars[:2]) if chars else "名称同类"

    def _name_words(self) -> np.ndarray:
        words = self.__dict__.get("_name_vocab")
        if words is None:
            words = np.empty(len(self.name_vectorizer.vocabulary_), dtype=object)
            for w, k in self.name_vectorizer.vocabulary_.items():
                words[k] = w
            self._name_vocab = words
        return words

    def _known(self) -> tuple[np.ndarray, np.ndarray]:
        # Whether each need / offer names a known item of its categories; set_offers drops the offers'.
        if "_n_known" not in self.__dict__:
            self._n_known = np.fromiter(map(bool, self._need_known), bool, len(self.needs))
        if "_o_known" not in self.__dict__:
            self._o_known = np.fromiter(map(bool, self._offer_known), bool, len(self.offers))
        return self._n_known, self._o_known

    def features(self, need_idx, offer_idx, text: np.ndarray | None = None) -> np.ndarray:
        """Return the feature matrix of the pairs, columns in :data:`FEATURE_NAMES` order.

        Parameters
        ----------
        need_idx, offer_idx : array-like of int
            Aligned indices into ``needs`` and ``offers``.
        text : numpy.ndarray, optional
            Text similarities already computed for these pairs (saves the row-wise dot products).

        Returns
        -------
        numpy.ndarray of shape (n_pairs, len(FEATURE_NAMES))
        """
        ni = np.asarray(need_idx, dtype=np.int64)
        oj = np.asarray(offer_idx, dtype=np.int64)
        n = len(ni)
        F = np.zeros((n, len(FEATURE_NAMES)), dtype=np.float64)
        if n == 0:
            return F
        F[:, 0] = self.text_similarity(ni, oj) if text is None else text
        F[:, 1] = 1.0 / self.o_ncat[oj]
        d2, d4, d6 = self.o_d2[oj], self.o_d4[oj], self.o_d6[oj]
        region = np.where((d2 >= 0) & (d2 == self.n_p2[ni]), 0.5, 0.0)
        region = np.where((d4 >= 0) & (d4 == self.n_p4[ni]), 0.75, region)
        F[:, 2] = np.where((d6 >= 0) & (d6 == self.n_p6[ni]), 1.0, region)
        paired = np.zeros(n, bool)
        for hit, _ in self._region_hits(ni, oj, self.o_rec_len, self.o_rec_val):
            paired |= hit
        F[:, 3] = paired
        with np.errstate(invalid="ignore"):
            dist = _haversine(self.o_lon[oj], self.o_lat[oj], self.n_lon[ni], self.n_lat[ni])
        F[:, 4] = np.where(np.isnan(dist), 0.0, 1.0 / (1.0 + np.nan_to_num(dist) / _DISTANCE_SCALE_KM))
        target = np.zeros(n)
        for hit, lens in self._region_hits(ni, oj, self.o_reg_len, self.o_reg_val):
            spec = np.where(lens >= 6, 1.0, np.where(lens >= 4, 2.0 / 3.0, 1.0 / 3.0))
            target = np.maximum(target, np.where(hit, spec, 0.0))
        F[:, 5] = target
        units = self.unit_compatible(ni, oj)
        F[:, 6] = np.where(units, np.minimum(1.0, self.o_amount[oj] / self.n_amount[ni]), 0.0)
        F[:, 7] = (self.n_urgency[ni] - 1) / 2.0
        days = (self.n_deadline[ni] - self._today_ord).astype(np.float64)
        F[:, 8] = np.where(self.n_deadline[ni] == _NO_DATE, 0.0,
                           1.0 - np.clip(days, 0.0, _DEADLINE_HORIZON_DAYS) / _DEADLINE_HORIZON_DAYS)
        F[:, 9] = 1.0 / (1.0 + self.n_helped[ni])
        # Neither record names a known item: its words are the only evidence of one, so the item
        # agreement is the text similarity (「川椒急缺」 for a 川椒 offer above an urgent 土蜜 need).
        pad = len(self.lexicon.concepts)
        unknown = (self.n_concepts[ni, 0] == pad) & ~self.o_has_item[oj]
        item = np.where(unknown, F[:, 0], _LEVELS[self.item_level(ni, oj)])
        # One side or both name no lexicon concept: the shared characters of the two names count too
        # (手巾 ~ 毛巾, 压锅 ~ 高压锅), never above a lexicon match of the item.
        n_known, o_known = self._known()
        guess = ~(n_known[ni] & o_known[oj])
        if guess.any():
            name = np.minimum(_NAME_CAP, _NAME_GAIN * self.name_similarity(ni[guess], oj[guess]))
            item[guess] = np.maximum(item[guess], name)
        F[:, 10] = item
        F[:, 11] = units
        # The 精准 priority rule: the offer closes the need of an urgent or seldom helped household,
        # as sure as the item agrees (a 棉被 offer "closes" no 化肥 need).
        F[:, 12] = np.where(self.closes(ni, oj, units) & self.priority_need(ni), item, 0.0)
        return F

    def need_prior_features(self) -> np.ndarray:
        """Return, per need, the features that do not depend on the offer (urgency, deadline, equity)."""
        idx = np.arange(len(self.needs))
        days = (self.n_deadline - self._today_ord).astype(np.float64)
        out = np.zeros((len(idx), len(FEATURE_NAMES)))
        out[:, 7] = (self.n_urgency - 1) / 2.0
        out[:, 8] = np.where(self.n_deadline == _NO_DATE, 0.0,
                             1.0 - np.clip(days, 0.0, _DEADLINE_HORIZON_DAYS) / _DEADLINE_HORIZON_DAYS)
        out[:, 9] = 1.0 / (1.0 + self.n_helped)
        return out
