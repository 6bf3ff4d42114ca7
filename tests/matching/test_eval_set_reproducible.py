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


def _digests(part: str) -> dict[str, tuple[str, str | None]]:
    """``{file name: (digest of what the generator writes, digest of the committed file or None)}``; the rows stay
    inside this function, so even ``pytest --showlocals`` prints none of them."""
    written = dict(zip(("needs", "offers", "labels"), gen.generate(part, 800, 120, gen.SEEDS[part])))
    out = {}
    for name, rows in written.items():
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        committed = gen.OUT / part / f"{name}.jsonl"
        out[name] = (hashlib.sha256(text.encode("utf-8")).hexdigest(),
                     hashlib.sha256(committed.read_bytes()).hexdigest() if committed.exists() else None)
    return out


@pytest.mark.parametrize("part", sorted(gen.SEEDS))
def test_committed_part_is_what_the_generator_writes(part):
    for name, (generated, committed) in _digests(part).items():
        assert committed is not None, f"{part}/{name}.jsonl is not committed"
        assert generated == committed, f"{part}/{name}.jsonl differs from what the generator writes"
