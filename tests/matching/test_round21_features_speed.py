"""Round 21: the features stage's faster paths give exactly what the plain paths gave (docs/matching.md,
"Round 21: the features stage's time").

Each faster path is checked against the plain computation it replaces, written out here as it stood
at the round's start (212d1b8), on hand-made records and names: the item-name tokens remembered per
name, each text analysed once per call, the TF-IDF fitted and applied in one pass, the unit folds
remembered, and the thesaurus' group items found without a regex of every name.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from matching import PairData
from matching import features as F
from matching import lexicon as L
from matching import units as U
from matching.lexicon import default_lexicon
from search.analysis import analyze, ngrams
from tests.matching.conftest import make_need, make_offer

TODAY = dt.date(2026, 11, 28)

# Hand-made titles and descriptions: known items, unknown local names (bigrams), repeats, traditional
# characters, units with packs, Latin and digits, an empty description.
_NEEDS = [
    ("需要一台轮椅", "老人中风后行动不便", "medical", "台"),
    ("需要一台轮椅", "老人中风后行动不便", "medical", "台"),
    ("想讨点鸡公车子", "家里推粪用", "living", "辆"),
    ("求助：冬天缺棉被", "去年已领到棉衣，今年棉被破了", "living", "床"),
    ("急需化肥", "每袋50公斤，需要20袋", "production", "袋"),
    ("孩子上学缺书包文具", "", "education", "套"),
    ("需要一台轮椅", "家里还有一个孩子要上学", "medical", "台"),
    ("捐贈單車一輛", "孩子上學路遠", "education", "辆"),
    ("手巾和牙刷", "五保户日常用品", "living", "块"),
    ("hb铅笔2盒", "(50支/盒)", "education", "盒"),
]
_OFFERS = [
    ("捐赠轮椅", "全新折叠轮椅", ("medical",), "台"),
    ("鸡公车", "木制独轮车", ("living",), "辆"),
    ("棉被一批", "冬季慰问物资", ("living",), "条"),
    ("复合肥", "25kg/袋", ("production",), "袋"),
    ("学习用品", "书包、文具盒、铅笔", ("education",), "套"),
    ("毛巾", "", ("living",), "条"),
]


def _records():
    needs = [make_need(id=f"n{i}", title=t, description=d, category=c, unit=u, region="520524101")
             for i, (t, d, c, u) in enumerate(_NEEDS)]
    offers = [make_offer(id=f"o{j}", title=t, description=d, categories=cs, unit=u)
              for j, (t, d, cs, u) in enumerate(_OFFERS)]
    return needs, offers


def _char_tokens_as_written(names):
    # features._char_tokens at 212d1b8, one loop over every name's runs.
    chars: dict[str, None] = {}
    grams: dict[str, None] = {}
    classes = L.cilin_classes()
    for name in names:
        for run in F._CJK_RUN.findall(name):
            for a, b in zip(run, run[1:] + " "):
                chars[a] = None
                if b != " ":
                    grams[F._NAME_BIGRAM + a + b] = None
            head = run[-2] if len(run) > 2 and run[-1] in L._NOMINAL_SUFFIX else run[-1]
            if head in L._HEAD_CLASS:
                grams[F._HEAD_TOKEN + L._HEAD_CLASS[head]] = None
            for a in range(len(run) - 1):
                for b in range(a + 2, min(len(run), a + 6) + 1):
                    for code in classes.get(run[a:b], ()):
                        grams[F._CILIN_TOKEN + code] = None
    return list(chars) + list(grams)


@pytest.mark.parametrize("names", [
    ["毛巾", "面巾", "手巾"],
    ["猕猴桃", "羊桃", "猕猴桃"],                       # a repeated name adds nothing
    ["夹袄", "防寒衫", "棉大衣子"],                     # heads, a nominal suffix
    ["hb铅笔套装", "2b铅笔", "铅笔"],                   # Latin and digits split the runs
    ["想讨点 手巾", "", "高压锅 压锅"],                 # spaces, an empty name
    [],
])
def test_char_tokens_remembered_per_name_give_the_tokens_in_the_same_order(names):
    assert F._char_tokens(names) == _char_tokens_as_written(names)
    assert F._char_tokens(names) == _char_tokens_as_written(names)  # again, from the memo
    assert F._char_tokens(names, remember=False) == _char_tokens_as_written(names)


def test_char_tokens_of_every_lexicon_concept_are_as_written():
    lex = default_lexicon()
    for c in lex.concepts[:lex.lexicon_size]:
        names = [n for n in c.names if n not in lex.thesaurus_names]
        assert F._char_tokens(names) == _char_tokens_as_written(names), c.label


def test_a_remembered_names_tokens_are_not_changed_by_merging_them():
    first = F._char_tokens(["毛巾", "牙刷"])
    F._char_tokens(["牙刷", "毛巾", "香皂"])
    assert F._char_tokens(["毛巾", "牙刷"]) == first == _char_tokens_as_written(["毛巾", "牙刷"])


def test_tokenize_all_analyses_each_text_once_and_gives_every_record_its_own_list():
    lex = default_lexicon()
    needs, _ = _records()
    got = F.tokenize_all(needs, lex)
    for n, tokens in zip(needs, got):
        t, d = lex.extract(n.title, False), lex.extract(n.description, False)
        want = analyze(t.text) * 2 + analyze(d.text)
        if not any(c < lex.lexicon_size for c in t.concepts):
            want += [F._BIGRAM + g for g in ngrams(t.text, unigrams=False)]
        assert tokens == want, n.title
    assert got[0] == got[1] and got[0] is not got[1]  # equal records, lists of their own
    got[0].append("x")
    assert "x" not in got[1] and "x" not in F.tokenize_all(needs[:1], lex)[0]


def test_text_vectors_of_one_pass_equal_fit_then_transform_bit_for_bit():
    needs, offers = _records()
    data = PairData(needs, offers, today=TODAY)
    lex = data.lexicon
    ntok, otok = F.tokenize_all(needs, lex), F.tokenize_all(offers, lex)
    plain = TfidfVectorizer(analyzer=F._identity, sublinear_tf=True, dtype=np.float32)
    plain.fit(ntok + otok + [[F._PAD_TOKEN]])
    assert data.vectorizer.vocabulary_ == plain.vocabulary_
    assert np.array_equal(data.vectorizer.idf_, plain.idf_)
    for got, toks in ((data.need_X, ntok), (data.offer_X, otok)):
        want = sp.csr_matrix(plain.transform(toks), dtype=np.float32)
        assert got.dtype == np.float32 and got.shape == want.shape
        assert np.array_equal(got.indptr, want.indptr)
        assert np.array_equal(got.indices, want.indices)
        assert np.array_equal(got.data, want.data)  # bit for bit, not approximately
        assert got.has_sorted_indices


def test_the_fitted_vectorizer_still_transforms_new_offers_alike():
    needs, offers = _records()
    data = PairData(needs, offers, today=TODAY)
    before = data.offer_X.copy()
    data.set_offers(offers)
    assert np.array_equal(data.offer_X.indices, before.indices)
    assert np.array_equal(data.offer_X.data, before.data)
    other = PairData(needs, offers, today=TODAY, vectorizer=data.vectorizer, name_vectorizer=data.name_vectorizer)
    assert np.array_equal(other.need_X.data, data.need_X.data)
    assert np.array_equal(other.need_X.indices, data.need_X.indices)


def test_row_block_sorts_each_row_and_shares_the_arrays():
    rng = np.random.default_rng(21)
    dense = (rng.random((9, 12)) < 0.4) * rng.random((9, 12)).astype(np.float32)
    X = sp.csr_matrix(dense, dtype=np.float32)
    for i in range(X.shape[0]):  # shuffle each row's entries, as fit_transform leaves them
        lo, hi = X.indptr[i], X.indptr[i + 1]
        order = rng.permutation(hi - lo) + lo
        X.indices[lo:hi], X.data[lo:hi] = X.indices[order], X.data[order]
    X.has_sorted_indices = True  # a stale flag must not stop the sort
    for start, stop in ((0, 4), (4, 9), (3, 3), (0, 9)):
        block = F._row_block(X, start, stop)
        assert block.shape == (stop - start, 12)
        assert np.array_equal(block.toarray(), dense[start:stop])
        for i in range(block.shape[0]):
            row = block.indices[block.indptr[i]:block.indptr[i + 1]]
            assert list(row) == sorted(row)
        if block.nnz * 2 >= X.nnz:  # scipy copies a view of less than half its base (sparse._prune_array)
            assert np.shares_memory(block.data, X.data)


@pytest.mark.parametrize("text", ["公斤", " ＫＧ ", "斤。", "Kg.", "個", "雙", "", None, "块", "千块", "块钱", "箱(24瓶)"])
def test_unit_folds_remembered_are_the_folds(text):
    from matching.thesaurus import fold_word
    folded = fold_word(text)
    assert U.fold_unit(text) == ("".join(folded.split()).rstrip(".。") if text else "")
    assert U.count_unit(text) == U.count_unit.__wrapped__(text)
    assert U.fold_unit.cache_info().hits + U.fold_unit.cache_info().misses > 0


@pytest.mark.parametrize("unit,text,name,dimension,factor", [
    ("块", "", "块", "count", 1.0),          # a piece, not 元
    ("千块", "", "千块", "count", 1000.0),
    ("块钱", "", "元", "money", 1.0),
    ("箱", "饮用水550ml×24瓶", "箱", "count", 24.0),
    ("袋", "每袋五十斤", "袋", "mass", 25.0),
])
def test_record_units_read_alike_through_the_remembered_folds(unit, text, name, dimension, factor):
    for _ in range(2):
        u = U.record_unit("goods", unit, text)
        assert (u.name, u.dimension, u.factor) == (name, dimension, pytest.approx(factor))


def _group_items_with_regex(groups, alias):
    # lexicon._group_items at 212d1b8: a search with an alternation of every name of two or more characters.
    senses: dict[str, int] = {}
    not_items = L.cilin_not_item_groups()
    for group in groups:
        for w in {L._fold(w) for w in group}:
            senses[w] = senses.get(w, 0) + 1
    known = [n for n in alias if len(n) >= 2]
    inner = re.compile(L._alternation(known)) if known else None
    items, taken = [], set()
    for group in groups:
        words = [L._fold(w) for w in group]
        if tuple(group) in not_items or any(w in alias for w in words):
            continue
        usable = tuple(w for w in dict.fromkeys(words)
                       if len(w) >= 2 and senses[w] == 1 and w not in taken
                       and not (inner and inner.search(w)) and not w.endswith(L.GENERAL_WORDS))
        if usable:
            taken.update(usable)
            items.append(usable)
    return items


def test_group_items_without_a_regex_are_the_same_items():
    alias = {"花生": "peanut", "铅笔": "pencil", "车": "cart", "a4纸": "paper", "木耳": "fungus"}
    groups = [
        ("花生油", "生油", "落花生油"),      # 花生油 holds 花生; 生油 does not
        ("独轮车", "鸡公车"),                # one-character names never count (车)
        ("a4纸张", "打印纸"),                 # a Latin-and-digit name inside
        ("黑木耳", "云耳"),                   # a name at the end
        ("牙刷", "牙具", "牙刷"),             # a repeated word
        ("手巾",), ("手巾", "手绢"),          # a word of two senses
        ("劳保用品", "劳保"),                 # a general word
        ("铅笔",),                            # a group holding a name is no item
    ]
    assert L._group_items(groups, alias) == _group_items_with_regex(groups, alias)
    assert L._group_items(groups, {}) == _group_items_with_regex(groups, {})


def test_group_items_of_the_shipped_thesaurus_are_the_same_items():
    # Every name of the lexicon's own concepts (its files' and the thesauri's lent names), as Lexicon passes them.
    lex = default_lexicon()
    alias = {n: str(i) for i, c in enumerate(lex.concepts[:lex.lexicon_size]) for n in c.names}
    groups = L.cilin_groups()
    got = L._group_items(groups, alias)
    assert got == _group_items_with_regex(groups, alias)
    assert len(got) == len(lex.concepts) - lex.lexicon_size  # the shipped lexicon's group items, all of them
