"""Turn need–offer pairs into the feature values an office recognises, and check the hard rules.

Every feature lies in [0, 1]; :data:`FEATURE_NAMES` fixes their order in feature matrices.

=========  ==========================================================================================
feature    meaning
=========  ==========================================================================================
text       cosine of TF-IDF vectors over :func:`search.analysis.analyze` tokens (title twice, description)
category   specificity of the offer: 1 / number of its categories (1 category → 1.0, 5 → 0.2)
region     donor closeness: donor in the need's county 1.0, prefecture 0.75, province 0.5, else 0
pairing    1.0 when the donor's region is paired (东西部协作, 2016) with a region containing the need
distance   1 / (1 + d / 200 km), d between the donor's and the need's county centres; 0 when unknown
target     how narrowly the offer aims at the need: its covering region is a county (or finer) 1.0,
           a prefecture 2/3, a province 1/3; an offer for anywhere 0
coverage   share of the need the offer can cover: min(1, offer quantity / need quantity)
urgency    (urgency − 1) / 2: 一般 0, 较急 0.5, 紧急 1
deadline   time pressure: 1 − min(days left, 90) / 90; no deadline 0
equity     1 / (1 + times_helped): households helped less often rank higher (no 垒大户)
=========  ==========================================================================================

The hard rules (:meth:`PairData.admissible`) are never traded against the score: category among the
offer's, need region inside one of the offer's regions, kinds equal, need deadline and offer validity
not passed, quantities > 0.
"""

from __future__ import annotations

import datetime as _dt
from typing import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from search.analysis import analyze

from .records import CATEGORIES, KINDS, Need, Offer, china_today
from .regions import _haversine, paired_recipients, region_centre

__all__ = ["FEATURE_NAMES", "PairData", "tokenize_all"]

FEATURE_NAMES: tuple[str, ...] = (
    "text", "category", "region", "pairing", "distance", "target",
    "coverage", "urgency", "deadline", "equity",
)

_CAT_INDEX = {c: i for i, c in enumerate(CATEGORIES)}
_KIND_INDEX = {k: i for i, k in enumerate(KINDS)}
_PAD_TOKEN = "\x00"
_NO_DATE = np.iinfo(np.int32).max
_DISTANCE_SCALE_KM = 200.0
_DEADLINE_HORIZON_DAYS = 90.0


def _identity(tokens):
    return tokens


def tokenize_all(records: Sequence[Need | Offer]) -> list[list[str]]:
    """Return the text tokens of every record: its title's tokens twice, then its description's.

    The title names the item (轮椅, 棉衣); counting it twice keeps a long description of the
    household's situation from drowning the item in the cosine.
    """
    return [analyze(r.title) * 2 + analyze(r.description) for r in records]


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

    Notes
    -----
    Pairs are given as two aligned integer arrays ``need_idx`` and ``offer_idx`` into ``needs`` and
    ``offers``. Nothing here builds the full pair matrix.
    """

    def __init__(self, needs: Sequence[Need], offers: Sequence[Offer], today: _dt.date | None = None,
                 vectorizer: TfidfVectorizer | None = None,
                 need_tokens: list[list[str]] | None = None,
                 offer_tokens: list[list[str]] | None = None) -> None:
        self.needs = list(needs)
        self.offers = list(offers)
        self.today = today or china_today()
        self._today_ord = self.today.toordinal()
        self._build_need_columns()
        self._build_offer_columns()
        ntok = need_tokens if need_tokens is not None else tokenize_all(self.needs)
        otok = offer_tokens if offer_tokens is not None else tokenize_all(self.offers)
        if vectorizer is None:
            vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, dtype=np.float32)
            # One extra document with a token no text yields keeps the vocabulary non-empty when
            # every text is punctuation or stop words.
            vectorizer.fit(ntok + otok + [[_PAD_TOKEN]])
        self.vectorizer = vectorizer
        self.need_X = sp.csr_matrix(vectorizer.transform(ntok), dtype=np.float32) if ntok else \
            sp.csr_matrix((0, len(vectorizer.vocabulary_)), dtype=np.float32)
        self.offer_X = sp.csr_matrix(vectorizer.transform(otok), dtype=np.float32) if otok else \
            sp.csr_matrix((0, len(vectorizer.vocabulary_)), dtype=np.float32)

    # ----------------------------------------------------------------------------------------------
    def _build_need_columns(self) -> None:
        needs = self.needs
        n = len(needs)
        centre = _Centres()
        self._units: dict[str, int] = {}
        self.n_cat = np.fromiter((_CAT_INDEX[x.category] for x in needs), np.int8, n)
        self.n_kind = np.fromiter((_KIND_INDEX[x.kind] for x in needs), np.int8, n)
        self.n_qty = np.fromiter((x.quantity for x in needs), np.float64, n)
        self.n_unit = np.fromiter((self._units.setdefault(x.unit, len(self._units)) for x in needs),
                                  np.int32, n)
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
        self.o_unit = np.fromiter((self._units.setdefault(x.unit, len(self._units)) for x in offers),
                                  np.int32, m)
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
        ni = np.asarray(need_idx, dtype=np.int64)
        oj = np.asarray(offer_idx, dtype=np.int64)
        out = np.empty(len(ni), dtype=np.float64)
        for s in range(0, len(ni), chunk):
            a = self.need_X[ni[s:s + chunk]]
            b = self.offer_X[oj[s:s + chunk]]
            out[s:s + chunk] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
        return np.clip(out, 0.0, 1.0)

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
        F[:, 6] = np.minimum(1.0, self.o_qty[oj] / self.n_qty[ni])
        F[:, 7] = (self.n_urgency[ni] - 1) / 2.0
        days = (self.n_deadline[ni] - self._today_ord).astype(np.float64)
        F[:, 8] = np.where(self.n_deadline[ni] == _NO_DATE, 0.0,
                           1.0 - np.clip(days, 0.0, _DEADLINE_HORIZON_DAYS) / _DEADLINE_HORIZON_DAYS)
        F[:, 9] = 1.0 / (1.0 + self.n_helped[ni])
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
