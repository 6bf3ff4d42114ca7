"""Find the best needs for each offer without building the full pair matrix.

Blocking
    Valid needs are sorted by ``(category, kind, region code padded to 12 digits)``. An offer's
    admissible needs for one of its categories and one of its regions are then one contiguous range
    of that order (a region prefix is a range of padded codes); an offer for anywhere takes the whole
    ``(category, kind)`` block. Deadlines and validity are filtered before sorting.

Candidates inside a range
    * ranges of at most ``exhaustive_max`` needs are scored whole (exact);
    * otherwise: ``k_text`` needs by sparse text retrieval — TF-IDF sparse matrix products between a
      chunk of offers and the block, the very frequent terms left out (they carry little IDF weight and
      would make the product nearly dense), entries ranked by ``w_text · partial dot + prior`` and cut
      with :func:`numpy.argpartition`; plus the ``k_prior`` needs with the best offer-independent
      prior (urgency, deadline, equity) in the range; plus ``k_local`` best-prior needs in each
      sub-range that scores region points for this offer (donor's county, prefecture, province and
      its east–west recipients). Top-k by prior for a range is cached: offers share regions.

Every candidate is then scored exactly (all features, full TF-IDF cosine) and the best ``top`` kept.
:func:`recall_at_k` measures how many of the exhaustive top-k the candidate path finds.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np
import scipy.sparse as sp

from .features import _NAME_GAIN, FEATURE_NAMES, PairData
from .records import KINDS
from .scorer import Scorer

__all__ = ["CandidateIndex", "NeedIndex", "TopPairs", "recall_at_k"]

_SCALE = 10**12          # room for a 12-digit region code under the block key
_N_KINDS = len(KINDS)
_TEXT = FEATURE_NAMES.index("text")
_ITEM = FEATURE_NAMES.index("item")
_UNIT = FEATURE_NAMES.index("unit")
_COVERAGE = FEATURE_NAMES.index("coverage")
_REGION = FEATURE_NAMES.index("region")
_PAIRING = FEATURE_NAMES.index("pairing")


def _code12(code: str) -> int:
    return int(code.ljust(12, "0"))


def _prefix_bounds(code: str) -> tuple[int, int]:
    scale = 10 ** (12 - len(code))
    v = int(code)
    return v * scale, (v + 1) * scale


class TopPairs:
    """Best pairs per query record, as flat arrays sorted by query then rank.

    Attributes
    ----------
    query : ndarray of int
        Index of the offer (or need) the pair was found for.
    other : ndarray of int
        Index of the matched need (or offer).
    score : ndarray of float
    """

    def __init__(self, query: np.ndarray, other: np.ndarray, score: np.ndarray) -> None:
        self.query = query
        self.other = other
        self.score = score

    def __len__(self) -> int:
        return len(self.query)

    def groups(self) -> dict[int, tuple[np.ndarray, np.ndarray]]:
        """Return ``{query index: (other indices, scores)}``, best first."""
        out: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        if len(self.query) == 0:
            return out
        cut = np.flatnonzero(np.diff(self.query)) + 1
        for q, o, s in zip(np.split(self.query, cut), np.split(self.other, cut), np.split(self.score, cut)):
            out[int(q[0])] = (o, s)
        return out


def _rows_where(mask: np.ndarray, matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Return ``matrix`` with the rows where ``mask`` is false emptied (same shape, CSR)."""
    out = (sp.diags(mask.astype(np.float32), format="csr") @ matrix).tocsr()
    out.eliminate_zeros()
    return out


def _split_rows(matrix: sp.csr_matrix, mask: np.ndarray) -> sp.csr_matrix:
    """Return CSR ``matrix`` (n × V) as n × 2V: the rows where ``mask`` (bool, n) is false in columns 0..V-1, the others
    in V..2V-1 — ``hstack([rows_where(~mask), rows_where(mask)])`` without copying the values (the
    result shares ``matrix.data``)."""
    v, nnz = matrix.shape[1], matrix.indptr[-1]
    # (Only the stored entries: a CSR matrix may carry spare room after indptr[-1].)
    indices = matrix.indices[:nnz].astype(np.int64 if 2 * v > np.iinfo(np.int32).max else np.int32)
    indices[np.repeat(mask.astype(bool), np.diff(matrix.indptr))] += v
    return sp.csr_matrix((matrix.data[:nnz], indices, matrix.indptr), shape=(matrix.shape[0], 2 * v))


def _hstack_rows(blocks: Sequence[sp.csr_matrix], rows_per_chunk: int = 65_536) -> sp.csr_matrix:
    """Return ``scipy.sparse.hstack(blocks, format="csr", dtype=float32)``, assembled a chunk of rows at a time.

    ``blocks`` are CSR matrices with the same number of rows n; the result is n × (sum of their widths),
    int32 indices unless its width or its entries need int64.

    scipy's CSR fast path concatenates every block's values and indices before stacking, so a
    stack briefly holds twice its size beside its blocks: at 1,000,000 needs the retrieval
    matrix (about 1.3 GiB) cost 2.3 GiB of transient memory, the benchmark's peak. Here only the
    result and one chunk's stack exist at once.
    """
    n = blocks[0].shape[0]
    counts = sum(np.diff(b.indptr).astype(np.int64) for b in blocks)
    indptr = np.zeros(n + 1, np.int64)
    np.cumsum(counts, out=indptr[1:])
    width = sum(b.shape[1] for b in blocks)
    idx_type = np.int32 if max(width, int(indptr[-1])) <= np.iinfo(np.int32).max else np.int64
    data = np.empty(indptr[-1], np.float32)
    indices = np.empty(indptr[-1], idx_type)
    for lo in range(0, n, rows_per_chunk):
        hi = min(n, lo + rows_per_chunk)
        part = sp.hstack([b[lo:hi] for b in blocks], format="csr", dtype=np.float32)
        data[indptr[lo]:indptr[hi]] = part.data
        indices[indptr[lo]:indptr[hi]] = part.indices
    return sp.csr_matrix((data, indices, indptr.astype(idx_type)), shape=(n, width))


def _top_per_group(group: np.ndarray, score: np.ndarray, tie: np.ndarray, k: int) -> np.ndarray:
    """Return indices of the best ``k`` rows of each group, ordered by group then rank."""
    if len(group) == 0:
        return np.empty(0, dtype=np.int64)
    order = np.lexsort((tie, -score, group))
    g = group[order]
    start = np.r_[0, np.flatnonzero(np.diff(g)) + 1]
    first = np.repeat(start, np.diff(np.r_[start, len(g)]))
    rank = np.arange(len(g)) - first
    return order[rank < k]


class CandidateIndex:
    """Index valid needs by block and region to answer top-k-needs-per-offer queries.

    Parameters
    ----------
    data : PairData
        The needs and offers with their features.
    scorer : Scorer, optional
        Scores the candidates; its linear weights also rank candidates before exact scoring.
    k_text, k_prior, k_local : int
        Candidates per (offer, category, region) range from text retrieval, from the need prior, and
        from each region sub-range that earns region points.
    exhaustive_max : int
        Ranges of at most this many needs are scored whole.
    common_df : float
        Terms found in more than this share of needs are left out of the retrieval product. 0.025
        since round 9 (2026-11-30): the lexicon's 9,107 names make more needs share item and name
        columns, and at 0.05 the product grew denser (top-20 for all offers at 1,000,000 needs × 100,000
        offers 436 → 551 s); at 0.025 it is back (200,000 × 20,000: 24.2 → 17.8 s) with recall@20
        unchanged (0.998), while 0.015 cost recall (0.987). docs/benchmarks.md, "Matching after round 9".
    chunk : int
        Offer ranges per sparse product.
    """

    def __init__(self, data: PairData, scorer: Scorer | None = None, *, k_text: int = 400,
                 k_prior: int = 200, k_local: int = 60, exhaustive_max: int = 400,
                 common_df: float = 0.025, chunk: int = 256) -> None:
        self.data = data
        self.scorer = scorer if scorer is not None else Scorer()
        self.k_text = k_text
        self.k_prior = k_prior
        self.k_local = k_local
        self.exhaustive_max = exhaustive_max
        self.common_df = common_df
        self.chunk = chunk
        self._w, self._b = self.scorer.linear_weights()
        self._build()

    # ----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        d = self.data
        valid = np.flatnonzero(d.n_valid & (d.n_qty > 0))
        code12 = np.fromiter((_code12(r) for r in d.n_region[valid]), np.int64, len(valid))
        key = d.n_cat[valid].astype(np.int64) * _N_KINDS + d.n_kind[valid]
        comb = key * _SCALE + code12
        order = np.argsort(comb, kind="stable")
        self.sorted_idx = valid[order]
        self.sorted_comb = comb[order]
        n_keys = 11 * _N_KINDS
        self.block_start = np.searchsorted(self.sorted_comb, np.arange(n_keys) * _SCALE, "left")
        self.block_end = np.searchsorted(self.sorted_comb, (np.arange(n_keys) + 1) * _SCALE, "left")
        # The need columns the retrieval's pair bonus reads, in the sorted order: a range's entries
        # are then read from nearby memory, not gathered across the whole table (at 1,000,000 needs
        # the gathers were a third of top-20's time). They never change after the build (a need
        # masked later keeps them; _collect's rule check drops it).
        s = self.sorted_idx
        self._s_dim, self._s_unit, self._s_amount = d.n_dim[s], d.n_unit[s], d.n_amount[s]
        self._s_written = d.n_written[s]
        self._s_p2, self._s_p4, self._s_p6 = d.n_p2[s], d.n_p4[s], d.n_p6[s]
        self._s_prefix: dict[int, np.ndarray] = {}
        self.refresh_prior()
        # Retrieval matrices: the full TF-IDF vectors, then the item concepts (need side: with their
        # broader concepts), then the item-name vectors, without the very frequent columns. The offer
        # side carries the weights, so a product entry is already w_text · partial cosine + w_item ·
        # concept overlap + w_item · gain · partial name cosine.
        need_C, _ = d.concept_matrices()
        # The name vectors count only where one side names no known item (PairData.features: a
        # ``guess``), so they enter twice, split by the need's side: the unknown needs' names meet
        # every offer's, the known needs' names only the unknown offers' (refresh_offers). A known
        # offer's hundreds of name tokens then never meet a known need's, which scoring ignores and
        # which made the product nearly dense.
        n_known, _ = d._known()
        self._need_R = _hstack_rows([d.need_X, need_C, _split_rows(d.need_N, n_known)])
        df = np.bincount(self._need_R.indices, minlength=self._need_R.shape[1])
        keep = (df <= max(1.0, self.common_df * max(1, d.need_X.shape[0]))).astype(np.float32)
        self._keep_terms = sp.diags(keep, format="csr")
        self.refresh_offers()
        self._block_T: dict[int, sp.csr_matrix] = {}

    def refresh_prior(self) -> None:
        """Recompute the offer-independent prior (urgency, deadline, equity) after the date moved."""
        self.prior = (self.data.need_prior_features() @ self._w)[self.sorted_idx]
        self._prior_cache: dict[tuple[int, int, int], np.ndarray] = {}

    def refresh_offers(self) -> None:
        """Rebuild the offers' side of retrieval after :meth:`PairData.set_offers` (the needs' side stays)."""
        d = self.data
        _, offer_C = d.concept_matrices()
        _, o_known = d._known()
        name_w = self._w[_ITEM] * _NAME_GAIN
        offer_R = sp.hstack([self._w[_TEXT] * d.offer_X, self._w[_ITEM] * offer_C, name_w * d.offer_N,
                             name_w * _rows_where(~o_known, d.offer_N)], format="csr", dtype=np.float32)
        self._offer_R = (offer_R @ self._keep_terms).tocsr()

    def warm(self) -> None:
        """Build every block's retrieval matrix now (a long-lived index answers its first query faster)."""
        for key in range(len(self.block_start)):
            if self.block_end[key] > self.block_start[key]:
                self._block_matrix(key)

    def _block_matrix(self, key: int) -> sp.csr_matrix:
        bt = self._block_T.get(key)
        if bt is None:
            lo, hi = self.block_start[key], self.block_end[key]
            rows = self._need_R[self.sorted_idx[lo:hi]] @ self._keep_terms
            bt = rows.T.tocsr()
            bt.eliminate_zeros()
            self._block_T[key] = bt
        return bt

    def _top_prior(self, lo: int, hi: int, k: int) -> np.ndarray:
        hit = self._prior_cache.get((lo, hi, k))
        if hit is None:
            if hi - lo <= k:
                hit = np.arange(lo, hi)
            else:
                part = np.argpartition(-self.prior[lo:hi], k - 1)[:k]
                hit = lo + part
            self._prior_cache[(lo, hi, k)] = hit
        return hit

    # ----------------------------------------------------------------------------------------------
    def queries(self, offers: Iterable[int] | None = None):
        """Return the (offer, block key, lo, hi) ranges of admissible needs, as arrays.

        ``lo:hi`` are positions in the sorted order; every need in the range passes the category,
        kind, region, deadline and quantity rules for the offer.
        """
        d = self.data
        js = np.arange(len(d.offers)) if offers is None else np.asarray(list(offers), dtype=np.int64)
        q_off, q_key, q_lo, q_hi = [], [], [], []
        for j in js:
            if not (d.o_valid[j] and d.o_qty[j] > 0):
                continue
            offer = d.offers[j]
            kind = int(d.o_kind[j])
            bounds = [_prefix_bounds(r) for r in offer.regions] or [(0, _SCALE)]
            for c in range(11):
                if not (int(d.o_catmask[j]) >> c) & 1:
                    continue
                key = c * _N_KINDS + kind
                for lo_v, hi_v in bounds:
                    q_off.append(j)
                    q_key.append(key)
                    q_lo.append(key * _SCALE + lo_v)
                    q_hi.append(key * _SCALE + hi_v)
        q_off = np.asarray(q_off, np.int64)
        q_key = np.asarray(q_key, np.int64)
        lo = np.searchsorted(self.sorted_comb, np.asarray(q_lo, np.int64), "left")
        hi = np.searchsorted(self.sorted_comb, np.asarray(q_hi, np.int64), "left")
        nonempty = hi > lo
        return q_off[nonempty], q_key[nonempty], lo[nonempty], hi[nonempty]

    def _pair_bonus(self, j: int, pos: np.ndarray) -> np.ndarray:
        """Return the weighted coverage, unit and donor-closeness terms of offer ``j`` with the needs at sorted positions ``pos``.

        All are cheap to compute for every retrieved need and sharpen the ranking before the cut. The
        ``priority`` feature is left out: it needs the item level of every retrieved pair, and with it
        recall@20 at 100,000 needs × 10,000 offers was the same (docs/matching.md, "Order among needs
        of one item"). The rules of :meth:`PairData.units_agree` and of the ``region`` and ``pairing``
        features, on the sorted columns.
        """
        d = self.data
        units = d.units_agree(self._s_dim[pos], self._s_unit[pos], d.o_dim[j], d.o_unit[j],
                              self._s_written[pos], d.o_written[j])
        bonus = self._w[_COVERAGE] * np.where(units, np.minimum(1.0, d.o_amount[j] / self._s_amount[pos]), 0.0)
        bonus += self._w[_UNIT] * units
        if d.o_d2[j] >= 0:
            region = np.where(self._s_p2[pos] == d.o_d2[j], 0.5, 0.0)
            if d.o_d4[j] >= 0:
                region = np.where(self._s_p4[pos] == d.o_d4[j], 0.75, region)
                if d.o_d6[j] >= 0:
                    region = np.where(self._s_p6[pos] == d.o_d6[j], 1.0, region)
            bonus += self._w[_REGION] * region
        for k in range(d.o_rec_len.shape[1]):
            length = int(d.o_rec_len[j, k])
            if length:
                prefix = self._s_prefix.get(length)
                if prefix is None:
                    prefix = self._s_prefix[length] = d.need_prefix(length)[self.sorted_idx]
                bonus += self._w[_PAIRING] * (prefix[pos] == d.o_rec_val[j, k])
        return bonus

    def _local_ranges(self, j: int, key: int) -> list[tuple[int, int]]:
        d = self.data
        offer = d.offers[j]
        prefixes = []
        if offer.donor_region:
            prefixes += [offer.donor_region[:n] for n in (2, 4, 6) if len(offer.donor_region) >= n]
        for k in range(d.o_rec_len.shape[1]):
            if d.o_rec_len[j, k]:
                prefixes.append(str(d.o_rec_val[j, k]))
        out = []
        for p in prefixes:
            lo_v, hi_v = _prefix_bounds(p)
            out.append((int(np.searchsorted(self.sorted_comb, key * _SCALE + lo_v)),
                        int(np.searchsorted(self.sorted_comb, key * _SCALE + hi_v))))
        return out

    def candidate_pairs(self, offers: Iterable[int] | None = None):
        """Yield chunks of candidate ``(need_idx, offer_idx)`` pairs, block by block."""
        q_off, q_key, q_lo, q_hi = self.queries(offers)
        order = np.lexsort((q_off, q_key))
        q_off, q_key, q_lo, q_hi = q_off[order], q_key[order], q_lo[order], q_hi[order]
        small = (q_hi - q_lo) <= self.exhaustive_max
        # Small ranges: every need in them.
        if small.any():
            sizes = q_hi[small] - q_lo[small]
            pos = np.repeat(q_lo[small] - np.r_[0, np.cumsum(sizes)[:-1]], sizes) + np.arange(sizes.sum())
            yield self.sorted_idx[pos], np.repeat(q_off[small], sizes)
        big = np.flatnonzero(~small)
        for key in np.unique(q_key[big]):
            rows = big[q_key[big] == key]
            bstart = int(self.block_start[key])
            bt = self._block_matrix(int(key))
            for s in range(0, len(rows), self.chunk):
                part = rows[s:s + self.chunk]
                prod = (self._offer_R[q_off[part]] @ bt).tocsr()
                cand_pos, cand_off = [], []
                total = 0
                for r, qi in enumerate(part):
                    before = total
                    lo, hi, j = int(q_lo[qi]), int(q_hi[qi]), int(q_off[qi])
                    a, b = prod.indptr[r], prod.indptr[r + 1]
                    cols = prod.indices[a:b] + bstart
                    inside = (cols >= lo) & (cols < hi)
                    cols = cols[inside]
                    if len(cols):
                        approx = prod.data[a:b][inside] + self.prior[cols] + self._pair_bonus(j, cols)
                        if len(cols) > self.k_text:
                            cols = cols[np.argpartition(-approx, self.k_text - 1)[:self.k_text]]
                        cand_pos.append(cols)
                        total += len(cols)
                    best = self._top_prior(lo, hi, self.k_prior)
                    cand_pos.append(best)
                    total += len(best)
                    for slo, shi in self._local_ranges(j, int(key)):
                        slo, shi = max(slo, lo), min(shi, hi)
                        if shi > slo:
                            local = self._top_prior(slo, shi, self.k_local)
                            cand_pos.append(local)
                            total += len(local)
                    cand_off.append(np.full(total - before, j, np.int64))
                pos = np.concatenate(cand_pos)
                yield self.sorted_idx[pos], np.concatenate(cand_off)

    def top_needs(self, top: int = 10, offers: Iterable[int] | None = None) -> TopPairs:
        """Return the best ``top`` admissible needs of each offer via the candidate path.

        Parameters
        ----------
        top : int
        offers : iterable of int, optional
            Offer indices to answer for (all when omitted).

        Returns
        -------
        TopPairs
            ``query`` holds offer indices, ``other`` need indices.
        """
        return self._collect(self.candidate_pairs(offers), top)

    def exhaustive_top_needs(self, top: int = 10, offers: Iterable[int] | None = None) -> TopPairs:
        """Return the best ``top`` needs of each offer by scoring every admissible pair."""
        return self._collect(self.admissible_pairs(offers), top)

    def admissible_pairs(self, offers: Iterable[int] | None = None, max_pairs: int = 2_000_000):
        """Yield chunks of every admissible ``(need_idx, offer_idx)`` pair of the given offers."""
        q_off, _, q_lo, q_hi = self.queries(offers)
        sizes = q_hi - q_lo
        s = 0
        while s < len(q_off):
            e = s + 1
            total = sizes[s]
            while e < len(q_off) and total + sizes[e] <= max_pairs:
                total += sizes[e]
                e += 1
            sz = sizes[s:e]
            pos = np.repeat(q_lo[s:e] - np.r_[0, np.cumsum(sz)[:-1]], sz) + np.arange(sz.sum())
            yield self.sorted_idx[pos], np.repeat(q_off[s:e], sz)
            s = e

    def count_admissible(self, offers: Iterable[int] | None = None) -> int:
        """Return the number of admissible pairs (with repeats for overlapping offer regions)."""
        _, _, lo, hi = self.queries(offers)
        return int((hi - lo).sum())

    def _collect(self, chunks, top: int, group_by: str = "offer") -> TopPairs:
        keep_o, keep_n, keep_s = [], [], []
        d = self.data
        for ni, oj in chunks:
            if len(ni) == 0:
                continue
            uniq = np.unique(oj * len(d.needs) + ni)
            oj, ni = uniq // len(d.needs), uniq % len(d.needs)
            ok = d.admissible(ni, oj)       # belt and braces: never return a rule-breaking pair
            ni, oj = ni[ok], oj[ok]
            score = self.scorer.score_features(d.features(ni, oj))
            group, other = (oj, ni) if group_by == "offer" else (ni, oj)
            sel = _top_per_group(group, score, other, top)
            keep_o.append(group[sel])
            keep_n.append(other[sel])
            keep_s.append(score[sel])
        if not keep_o:
            empty = np.empty(0, np.int64)
            return TopPairs(empty, empty, np.empty(0))
        g, o, s = np.concatenate(keep_o), np.concatenate(keep_n), np.concatenate(keep_s)
        uniq, first = np.unique(g * (len(d.needs) + len(d.offers)) + o, return_index=True)
        g, o, s = g[first], o[first], s[first]
        sel = _top_per_group(g, s, o, top)
        return TopPairs(g[sel], o[sel], s[sel])

    def top_offers_for_needs(self, top: int = 10, needs: Sequence[int] | None = None) -> TopPairs:
        """Return the best ``top`` admissible offers of each need by scoring every admissible pair.

        Parameters
        ----------
        top : int
        needs : sequence of int, optional
            Restrict the answer to these needs (all when omitted).
        """
        chunks = self.admissible_pairs()
        if needs is not None:
            wanted = np.zeros(len(self.data.needs), bool)
            wanted[np.asarray(list(needs), np.int64)] = True
            chunks = ((ni[wanted[ni]], oj[wanted[ni]]) for ni, oj in chunks)
        return self._collect(chunks, top, group_by="need")


def recall_at_k(index: CandidateIndex, k: int = 20, sample: float | int = 0.01,
                random_state=0) -> dict[str, float]:
    """Measure the candidate path against exhaustive scoring on a sample of offers.

    Parameters
    ----------
    index : CandidateIndex
    k : int
        Size of the top lists compared.
    sample : float or int
        Share (if < 1) or number of offers drawn.
    random_state : int
        Seed of the sample.

    Returns
    -------
    dict
        ``recall`` (mean over sampled offers with at least one admissible need of
        |candidate top-k ∩ exhaustive top-k| / |exhaustive top-k|), ``score_recall`` (share of the
        exhaustive top-k total score reached), ``offers`` (sample size).
    """
    rng = np.random.default_rng(random_state)
    m = len(index.data.offers)
    n = int(round(sample * m)) if isinstance(sample, float) and sample < 1 else int(sample)
    n = max(1, min(m, n))
    chosen = np.sort(rng.choice(m, size=n, replace=False))
    fast = index.top_needs(k, chosen).groups()
    exact = index.exhaustive_top_needs(k, chosen).groups()
    recalls, score_ratio = [], []
    for j, (need_ids, scores) in exact.items():
        got = fast.get(j, (np.empty(0, np.int64), np.empty(0)))
        recalls.append(len(np.intersect1d(need_ids, got[0])) / len(need_ids))
        score_ratio.append(got[1].sum() / scores.sum() if scores.sum() > 0 else 1.0)
    return {"recall": float(np.mean(recalls)) if recalls else 1.0,
            "score_recall": float(np.mean(score_ratio)) if score_ratio else 1.0,
            "offers": int(len(chosen)), "offers_with_needs": len(recalls)}


class NeedIndex:
    """A long-lived index over many needs that answers for new offers at once.

    Tokens, TF-IDF vectors, feature columns and the blocking order of the needs are built once; for
    each new offer only the offer's side is computed, then candidate retrieval and exact scoring as
    in :meth:`CandidateIndex.top_needs`. The TF-IDF vocabulary is the needs' (an offer's word that no
    need uses cannot match anyway).

    Parameters
    ----------
    needs : sequence of Need
    today : datetime.date, optional
    scorer : Scorer, optional
    lexicon : Lexicon, optional
    **candidate_options
        Passed to :class:`CandidateIndex`.
    """

    def __init__(self, needs, today=None, scorer: Scorer | None = None, lexicon=None, **candidate_options) -> None:
        self.data = PairData(needs, [], today=today, lexicon=lexicon)
        self.index = CandidateIndex(self.data, scorer, **candidate_options)

    def top_needs(self, offers, top: int = 20) -> TopPairs:
        """Return the best ``top`` admissible needs of each of ``offers`` (``query`` indexes ``offers``)."""
        self.data.set_offers(offers)
        self.index.refresh_offers()
        return self.index.top_needs(top)
