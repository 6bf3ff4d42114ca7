"""Every committed item-evaluation part is what bench/make_item_eval_set.py writes for it.

The figures in docs/matching.md are measured on the committed files; if an edit to the generator (a renamed
item in an older part's catalogue, a changed template) stops reproducing them, the next regeneration would
silently change a part the record's figures were taken on. Round 20 found one such edit (blind27's commit
renamed one of blind21's names without rewriting blind21).

Only digests are compared and only the part and file are named on failure: the unread checks
(docs/matching.md) must not be printed by a failing test.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import make_item_eval_set as gen  # noqa: E402


def _digest(rows) -> str:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("part", sorted(gen.SEEDS))
def test_committed_part_is_what_the_generator_writes(part):
    needs, offers, labels = gen.generate(part, 800, 120, gen.SEEDS[part])
    for name, rows in (("needs", needs), ("offers", offers), ("labels", labels)):
        committed = gen.OUT / part / f"{name}.jsonl"
        assert committed.exists(), f"{part}/{name}.jsonl is not committed"
        written = hashlib.sha256(committed.read_bytes()).hexdigest()
        assert _digest(rows) == written, f"{part}/{name}.jsonl differs from what the generator writes"
