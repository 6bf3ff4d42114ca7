"""LiveNeedIndex: an index kept current by upserts and removals answers like one built afresh."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

import pytest

from matching import LiveNeedIndex

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from matching_bench import TODAY, generate  # noqa: E402

from .conftest import make_need, make_offer


def _ids(lines):
    return [[m["need"] for m in line["matches"]] for line in lines]


def test_an_index_changed_in_many_small_steps_answers_like_one_built_on_the_final_needs():
    needs, offers, _, _ = generate(3000, 60, seed=5)
    live = LiveNeedIndex(needs[:2000], today=TODAY, max_segments=3)
    for start in range(2000, 3000, 100):      # ten segments: merged along the way
        live.upsert(needs[start:start + 100])
    live.remove(n.id for n in needs[:300])
    changed = [dataclasses.replace(n, quantity=n.quantity + 1) for n in needs[500:520]]
    live.upsert(changed)
    final = needs[300:500] + changed + needs[520:]
    assert len(live) == len(final) and len(live._parts) <= 1 + 3 + 1
    # Built afresh on the final needs with the same vocabulary (the first 2000 needs' IDF) the
    # live index uses, both must find the same needs; only IDF differences may reorder scores.
    # The same needs with the same vocabulary (the first 2000 needs' IDF), all in one segment: every
    # pair scored, so its top-10 is exact. The live index (candidate retrieval on its base) must reach it.
    fresh = LiveNeedIndex(needs[:2000], today=TODAY)
    fresh.remove(n.id for n in needs[:2000])
    fresh.upsert(final)
    for got, exact in zip(live.matches(offers, top=10), fresh.matches(offers, top=10)):
        assert [m["score"] for m in got["matches"]] == pytest.approx([m["score"] for m in exact["matches"]])


def test_a_removed_need_is_never_returned_and_an_upserted_one_is():
    live = LiveNeedIndex([make_need(id="n1", title="需要轮椅"), make_need(id="n2", title="需要一台轮椅")],
                         today=TODAY)
    live.remove(["n1"])
    live.upsert([make_need(id="n3", title="缺轮椅代步")])
    got = _ids(live.matches([make_offer()], top=10))[0]
    assert sorted(got) == ["n2", "n3"]


def test_moving_the_date_drops_needs_whose_deadline_passed():
    live = LiveNeedIndex([make_need(id="n1", deadline=TODAY + dt.timedelta(days=3)), make_need(id="n2")],
                         today=TODAY)
    assert sorted(_ids(live.matches([make_offer()]))[0]) == ["n1", "n2"]
    live.set_today(TODAY + dt.timedelta(days=4))
    assert _ids(live.matches([make_offer()]))[0] == ["n2"]


def test_the_index_asks_for_a_rebuild_once_changes_outgrow_its_share():
    needs, _, _, _ = generate(3000, 1, seed=6)
    live = LiveNeedIndex(needs[:1000], today=TODAY, rebuild_share=0.2, rebuild_min=100)
    live.upsert(needs[1000:1150])
    assert not live.stale
    live.upsert(needs[1150:1250])
    assert live.stale
