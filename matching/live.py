"""Keep an index over many needs current while needs come and go, and answer new offers at once.

:class:`LiveNeedIndex` is what a long-lived worker holds in memory. It has

* a **base**: a :class:`matching.candidates.NeedIndex` over all needs when it was built (tokens,
  TF-IDF vectors with the base's fitted vocabulary, feature columns, blocking order); a query is
  candidate retrieval plus exact scoring, a few milliseconds at 1,000,000 needs;
* **segments**: small :class:`matching.features.PairData` blocks of the needs published or changed
  since, vectorised with the base's vectorizer (so their text similarity is on the same scale), each
  scored whole for a query (after the hard rules, which leave few pairs).

A need that changes is masked where it was (its quantity set to 0, so :meth:`PairData.admissible`
refuses it) and, if still open, added to a new segment; a need closed, completed, pledged in full or
expired is only masked. When there are more than ``max_segments`` segments they are merged into one;
:attr:`LiveNeedIndex.stale` says when the segments have grown past ``rebuild_share`` of the base, so
the owner rebuilds the base (in the portal: lazily, at the next use). Segments are vectorised with the
base's vocabulary, so a word no need used at build time counts for nothing until the next rebuild
(the item concepts still count): rebuild now and then (the portal does daily).

The date deadlines are judged against moves with :meth:`LiveNeedIndex.set_today` without a rebuild:
the validity columns and the offer-independent prior are recomputed, nothing else depends on it.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Iterable, Sequence

import numpy as np

from .candidates import NeedIndex, _top_per_group
from .features import PairData
from .lexicon import Lexicon
from .records import Need, Offer, china_today
from .scorer import Scorer, reasons_dict

__all__ = ["LiveNeedIndex"]


class LiveNeedIndex:
    """Answer "the best open needs for this offer" over needs that keep changing.

    Parameters
    ----------
    needs : sequence of Need
        The open needs when the index is built.
    today : datetime.date, optional
        Date deadlines are judged against (the current date in China when omitted).
    scorer : Scorer, optional
    lexicon : Lexicon, optional
    max_segments : int, default=8
        Segments of changed needs kept apart before they are merged into one.
    rebuild_share : float, default=0.2
        :attr:`stale` turns true once the needs changed since the build exceed this share of the base
        (and ``rebuild_min``).
    rebuild_min : int, default=100
        Changes always tolerated before :attr:`stale` (a rebuild of a small base costs milliseconds;
        a base built empty has no vocabulary, so it must not wait long).
    **candidate_options
        Passed to :class:`matching.candidates.CandidateIndex`.

    Examples
    --------
    >>> index = LiveNeedIndex(needs)                       # doctest: +SKIP
    >>> index.upsert([changed_need]); index.remove(["n7"])  # doctest: +SKIP
    >>> index.matches([offer], top=20)                      # doctest: +SKIP
    [{'offer': 'o1', 'matches': [{'need': 'n3', 'score': 0.81, 'reasons': {...}}, ...]}]
    """

    def __init__(self, needs: Sequence[Need], today: _dt.date | None = None, scorer: Scorer | None = None,
                 lexicon: Lexicon | None = None, max_segments: int = 8, rebuild_share: float = 0.2,
                 rebuild_min: int = 100, **candidate_options) -> None:
        self.today = today or china_today()
        self.scorer = scorer if scorer is not None else Scorer()
        self.max_segments = max_segments
        self.rebuild_share = rebuild_share
        self.rebuild_min = rebuild_min
        self._base = NeedIndex(needs, today=self.today, scorer=self.scorer, lexicon=lexicon, **candidate_options)
        self.lexicon = self._base.data.lexicon
        self._vectorizer = self._base.data.vectorizer
        self._name_vectorizer = self._base.data.name_vectorizer
        #: (data, record list) of each part: part 0 is the base, then the segments.
        self._parts: list[PairData] = [self._base.data]
        self._where: dict[str, tuple[int, int]] = {n.id: (0, i) for i, n in enumerate(self._base.data.needs)}
        self._masked_base = 0

    # --- changes -----------------------------------------------------------------------------------
    def __len__(self) -> int:
        """Return the number of needs the index answers with."""
        return len(self._where)

    def __contains__(self, need_id: str) -> bool:
        return need_id in self._where

    @property
    def segment_needs(self) -> int:
        """Return how many needs sit in segments (scored whole per query)."""
        return sum(len(p.needs) for p in self._parts[1:])

    @property
    def stale(self) -> bool:
        """Return whether the base should be rebuilt: segments or masked needs outgrew ``rebuild_share``."""
        changed = self.segment_needs + self._masked_base
        return changed > max(self.rebuild_min, self.rebuild_share * len(self._base.data.needs))

    def _mask(self, need_id: str) -> None:
        where = self._where.pop(need_id, None)
        if where is None:
            return
        part, i = where
        data = self._parts[part]
        data.n_qty[i] = 0.0  # PairData.admissible refuses a need with nothing left
        if part == 0:
            self._masked_base += 1

    def remove(self, need_ids: Iterable[str]) -> None:
        """Drop needs that are no longer open (closed, completed, fully pledged, expired, deleted)."""
        for need_id in need_ids:
            self._mask(need_id)

    def upsert(self, needs: Sequence[Need]) -> None:
        """Add new open needs and replace changed ones (by ``id``); the last record of an id wins."""
        latest = {n.id: n for n in needs}
        if not latest:
            return
        for need_id in latest:
            self._mask(need_id)
        self._add_segment(list(latest.values()))
        if len(self._parts) - 1 > self.max_segments:
            self._merge_segments()

    def _add_segment(self, needs: list[Need]) -> None:
        data = PairData(needs, [], today=self.today, vectorizer=self._vectorizer, lexicon=self.lexicon,
                        name_vectorizer=self._name_vectorizer)
        part = len(self._parts)
        self._parts.append(data)
        for i, n in enumerate(needs):
            self._where[n.id] = (part, i)

    def _merge_segments(self) -> None:
        live = [self._parts[p].needs[i] for p, i in self._where.values() if p > 0]
        del self._parts[1:]
        for need in live:
            self._where.pop(need.id)
        if live:
            self._add_segment(live)

    def set_today(self, today: _dt.date) -> None:
        """Judge deadlines against ``today`` from now on (needs whose deadline passed drop out)."""
        if today == self.today:
            return
        self.today = today
        for data in self._parts:
            data.set_today(today)
        self._base.index.refresh_prior()

    def warm(self) -> None:
        """Build the base's retrieval matrices now, so the first offer is answered as fast as the rest."""
        self._base.index.warm()

    # --- queries -----------------------------------------------------------------------------------
    def top_needs(self, offer: Offer, top: int = 20) -> list[tuple[int, int, float]]:
        """Return ``[(part, need position, score)]``: the best ``top`` open admissible needs of ``offer``."""
        found: list[tuple[int, int, float]] = []
        base = self._base.top_needs([offer], top=top)
        found += [(0, int(i), float(s)) for i, s in zip(base.other, base.score)]
        for part, data in enumerate(self._parts[1:], start=1):
            data.set_offers([offer])
            ni = np.arange(len(data.needs), dtype=np.int64)
            oj = np.zeros(len(ni), np.int64)
            ok = data.admissible(ni, oj)
            ni, oj = ni[ok], oj[ok]
            if len(ni) == 0:
                continue
            score = self.scorer.score_features(data.features(ni, oj))
            sel = _top_per_group(oj, score, ni, top)
            found += [(part, int(i), float(s)) for i, s in zip(ni[sel], score[sel])]
        found.sort(key=lambda t: (-t[2], self._parts[t[0]].needs[t[1]].id))
        return found[:top]

    def matches(self, offers: Sequence[Offer], top: int = 20, item_reasons: bool = False) -> list[dict[str, Any]]:
        """Return the best open needs of each offer, in the shape of :func:`matching.recommend`.

        Returns
        -------
        list of dict
            ``{"offer": id, "matches": [{"need": id, "score": s, "reasons": {...}}, ...]}`` per offer
            (with ``"item_reason"`` when ``item_reasons``), best first.
        """
        out = []
        for offer in offers:
            line = []
            for part, i, score in self.top_needs(offer, top):
                data = self._parts[part]  # top_needs left this offer set on every part
                row = data.features(np.array([i]), np.array([0]))[0]
                match = {"need": data.needs[i].id, "score": round(score, 4), "reasons": reasons_dict(row)}
                if item_reasons:
                    match["item_reason"] = data.item_reason(i, 0)
                line.append(match)
            out.append({"offer": offer.id, "matches": line})
        return out
