"""Candidate generation: blocking finds exactly the admissible pairs; retrieval keeps recall high."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import numpy as np
import pytest

from matching import CandidateIndex, PairData, Scorer, recall_at_k

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from matching_bench import TODAY, generate  # noqa: E402


@pytest.fixture(scope="module")
def generated():
    needs, offers, _, _ = generate(3000, 300, seed=11)
    return PairData(needs, offers, today=TODAY)


def test_blocking_yields_exactly_the_admissible_pairs(generated):
    index = CandidateIndex(generated, Scorer())
    found = set()
    for ni, oj in index.admissible_pairs():
        found.update(zip(oj.tolist(), ni.tolist()))
    n, m = len(generated.needs), len(generated.offers)
    ni, oj = np.meshgrid(np.arange(n), np.arange(m))
    ok = generated.admissible(ni.ravel(), oj.ravel())
    assert found == set(zip(oj.ravel()[ok].tolist(), ni.ravel()[ok].tolist()))


def test_vectorised_rule_check_agrees_with_the_plain_python_rules(generated):
    from matching import is_admissible

    rng = np.random.default_rng(0)
    ni = rng.integers(0, len(generated.needs), 3000)
    oj = rng.integers(0, len(generated.offers), 3000)
    fast = generated.admissible(ni, oj)
    slow = [is_admissible(generated.needs[i], generated.offers[j], TODAY) for i, j in zip(ni, oj)]
    assert fast.tolist() == slow


def test_candidate_path_returns_only_admissible_pairs(generated):
    index = CandidateIndex(generated, Scorer(), exhaustive_max=0, k_text=5, k_prior=5, k_local=2)
    top = index.top_needs(10)
    assert len(top) > 0 and generated.admissible(top.other, top.query).all()


def test_candidate_path_recall_at_20_is_high_even_when_forced_to_retrieve(generated):
    index = CandidateIndex(generated, Scorer(), exhaustive_max=0, common_df=0.02)
    assert recall_at_k(index, k=20, sample=100, random_state=0)["recall"] >= 0.95


def test_exhaustive_top_lists_are_sorted_best_first(generated):
    groups = CandidateIndex(generated, Scorer()).exhaustive_top_needs(10).groups()
    assert all((np.diff(s) <= 0).all() for _, s in groups.values())


def test_expired_needs_are_left_out_of_the_index(generated):
    index = CandidateIndex(generated, Scorer())
    deadlines = [generated.needs[i].deadline for i in index.sorted_idx]
    assert all(d is None or d >= TODAY for d in deadlines)
    assert any(n.deadline is not None and n.deadline < TODAY for n in generated.needs)


def test_an_offer_valid_until_yesterday_gets_no_candidates(today):
    from tests.matching.conftest import make_need, make_offer

    data = PairData([make_need()], [make_offer(valid_until=today - dt.timedelta(days=1))], today=today)
    assert len(CandidateIndex(data).exhaustive_top_needs(5)) == 0


def test_a_prebuilt_need_index_answers_a_new_offer_like_a_full_recommend(today):
    from tests.matching.conftest import make_need, make_offer
    from matching import recommend
    from matching.candidates import NeedIndex

    needs = [make_need(id=f"n{i}", title=t, category="living", region="520524101", urgency=1 + i % 3)
             for i, t in enumerate(["需要棉被", "缺被子", "急需棉衣", "需要米面油", "需要洗衣机"])]
    offer = make_offer(title="捐赠棉被", categories=("living",))
    index = NeedIndex(needs, today=today)
    found = index.top_needs([offer], top=3)
    expected = [m["need"] for m in recommend(needs, [offer], top=3, today=today)[0]["matches"]]
    assert [needs[i].id for i in found.other] == expected[:len(found.other)] and found.other.size
    assert {needs[i].id for i in found.other[:2]} == {"n0", "n1"}


def test_retrieval_counts_item_names_only_where_scoring_does(today):
    """The name vectors enter the retrieval product only for pairs where one side names no known item.

    Scoring reads the name similarity only for such pairs (``PairData.features``: a guess); a known
    offer's many name tokens against a known need's made the product nearly dense for nothing.
    """
    from tests.matching.conftest import make_need, make_offer
    from matching.candidates import _ITEM
    from matching.features import _NAME_GAIN

    needs = [make_need(id=f"n{i}", title=t, category="living")
             for i, t in enumerate(["需要毛巾", "需要围巾", "想要个咕噜巾"])]
    offers = [make_offer(id=f"o{j}", title=t, categories=("living",))
              for j, t in enumerate(["捐赠毛巾", "捐赠咕噜巾"])]
    data = PairData(needs, offers, today=today)
    index = CandidateIndex(data, Scorer(), common_df=1.0)
    n_known, o_known = data._known()
    assert n_known.tolist() == [True, True, False] and o_known.tolist() == [True, False]
    cosine = (data.offer_N @ data.need_N.T).toarray()
    assert cosine[0, 1] > 0                      # 毛巾 and 围巾 share 巾: the mask below matters
    start = data.need_X.shape[1] + data.concept_matrices()[0].shape[1]
    product = (index._offer_R[:, start:] @ index._need_R[:, start:].T).toarray()
    guess = ~(o_known[:, None] & n_known[None, :])
    expected = np.where(guess, index._w[_ITEM] * _NAME_GAIN * cosine, 0.0)
    assert np.allclose(product, expected, atol=1e-5)
    assert product[1, 0] > 0 and product[0, 2] > 0 and product[0, 1] == 0


def test_batches_of_offers_get_what_recommend_gives_each_batch(today):
    """``recommend_batches`` builds the needs' side once and answers each batch as ``recommend`` would."""
    from tests.matching.conftest import make_need, make_offer
    from matching import recommend, recommend_batches

    titles = ["需要棉被", "缺被子", "急需棉衣", "需要米面油", "需要洗衣机", "孩子上学缺书包", "需要一台轮椅"]
    cats = ["living", "living", "living", "living", "living", "education", "medical"]
    needs = [make_need(id=f"n{i}", title=t, category=c, region="520524101", urgency=1 + i % 3)
             for i, (t, c) in enumerate(zip(titles, cats))]
    batches = [[make_offer(id="o1", title="捐赠棉被", categories=("living",)),
                make_offer(id="o2", title="捐赠书包", categories=("education",))],
               [make_offer(id="o3", title="捐赠轮椅", categories=("medical",))], []]
    got = list(recommend_batches(needs, iter(batches), top=3, today=today, item_reasons=True))
    assert len(got) == 3 and got[2] == []
    for lines, batch in zip(got, batches):
        expected = recommend(needs, batch, top=3, today=today, item_reasons=True)
        assert [line["offer"] for line in lines] == [o.id for o in batch]
        assert [[m["need"] for m in line["matches"]] for line in lines] == \
               [[m["need"] for m in line["matches"]] for line in expected]
        assert [[m["item_reason"] for m in line["matches"]] for line in lines] == \
               [[m["item_reason"] for m in line["matches"]] for line in expected]
    assert {m["need"] for m in got[0][0]["matches"][:2]} == {"n0", "n1"}


def test_batches_are_read_one_at_a_time(today):
    from tests.matching.conftest import make_need, make_offer
    from matching import recommend_batches

    read = []

    def batches():
        for k in range(3):
            read.append(k)
            yield [make_offer(id=f"o{k}", title="捐赠棉被", categories=("living",))]

    answers = recommend_batches([make_need(title="需要棉被", category="living")], batches(), top=1, today=today)
    first = next(answers)
    assert read == [0] and first[0]["offer"] == "o0" and first[0]["matches"][0]["need"] == "n1"
    assert len(list(answers)) == 2 and read == [0, 1, 2]


def test_batches_at_scale_find_what_recommend_finds(generated):
    """On the benchmark's generated records, per offer the batches' top-10 needs are among ``recommend``'s best.

    The two differ only in the TF-IDF vocabulary and the name frame (the needs' here, needs and offers
    in ``recommend``), which moves scores by a few hundredths; among the generator's many look-alike
    needs that reorders near-ties, so the batches' top 10 is compared with ``recommend``'s top 20.
    """
    from matching import recommend, recommend_batches

    needs, offers = generated.needs, generated.offers[:120]
    got = [line for lines in recommend_batches(needs, [offers[:60], offers[60:]], top=10, today=TODAY)
           for line in lines]
    expected = recommend(needs, offers, top=20, today=TODAY)
    assert [line["offer"] for line in got] == [line["offer"] for line in expected]
    assert [bool(a["matches"]) for a in got] == [bool(b["matches"]) for b in expected]
    found = [len({m["need"] for m in a["matches"]} & {m["need"] for m in b["matches"]}) / len(a["matches"])
             for a, b in zip(got, expected) if a["matches"]]
    assert len(found) > 50 and np.mean(found) >= 0.97


def test_the_retrieval_matrix_is_stacked_without_copying_its_blocks_whole():
    # _split_rows and _hstack_rows build, a chunk of rows at a time, what scipy's hstack of the
    # row-split name block gives (the benchmark's peak memory was that stack's transient copy).
    import scipy.sparse as sp

    from matching.candidates import _hstack_rows, _rows_where, _split_rows

    rng = np.random.default_rng(7)
    text, concepts, names = (sp.random(53, w, density=0.2, format="csr", dtype=np.float32, random_state=s)
                             for w, s in ((11, 1), (5, 2), (9, 3)))
    known = rng.random(53) < 0.5
    expected = sp.hstack([text, concepts, _rows_where(~known, names), _rows_where(known, names)],
                         format="csr", dtype=np.float32)
    for rows_per_chunk in (1, 7, 53, 1000):
        got = _hstack_rows([text, concepts, _split_rows(names, known)], rows_per_chunk=rows_per_chunk)
        assert got.shape == expected.shape and got.dtype == np.float32
        assert (got != expected).nnz == 0
        assert np.array_equal(got.indptr, expected.indptr)
    assert np.shares_memory(_split_rows(names, known).data, names.data)  # the values are not copied


def test_name_vectors_fitted_once_per_distinct_list_gather_the_same_rows():
    from matching.features import NameVectorizer

    shared = ["毛", "巾", "\x02毛巾"]
    docs = [shared, ["脸", "盆"], shared, ["巾"], shared]
    full = NameVectorizer().fit_transform(docs)
    distinct, rows = NameVectorizer().fit_distinct(docs)
    assert distinct.shape[0] == 3 and list(rows) == [0, 1, 0, 2, 0]
    assert (distinct[rows[1:4]] != full[1:4]).nnz == 0
