"""Filter cnsyn's synonym groups into matching/data/cnsyn_synonyms.txt, the matcher's second thesaurus.

Source: PyPI package **cnsyn 1.2.0** (Apache License 2.0, https://github.com/shangfr/Chinese-Synonyms),
file ``cnsyn/chinese_dictionary/sim_words.txt``: 45,860 lines, each a space-separated synonym group.
The package itself is not a dependency (it loads an 83 MB model at import); only this filtered text is
shipped. Reproduce::

    .venv/bin/python -m pip download cnsyn==1.2.0 --no-deps -d /tmp/cnsyn
    unzip -p /tmp/cnsyn/cnsyn-1.2.0-py3-none-any.whl cnsyn/chinese_dictionary/sim_words.txt > /tmp/sim_words.txt
    .venv/bin/python tools/filter_cnsyn.py /tmp/sim_words.txt

Steps (each prints its count):

1. A group with a word holding punctuation (「不可逆的。」) is a scraped sentence fragment, not a
   synonym list: dropped whole.
2. In the other groups, words that are not Han-only (Latin, digits, Korean, symbols) or are a single
   character are dropped; duplicate words removed, the group's order kept.
3. Groups left with fewer than 2 words (nothing to lend) or more than :data:`MAX_WORDS` (loose
   associations: 「过厅 花厅 舞厅 … 台湾厅」) are dropped, and so are repeated groups.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "matching" / "data" / "cnsyn_synonyms.txt"
#: The largest group kept: beyond this cnsyn's groups are mostly words of one field, not synonyms.
MAX_WORDS = 8
_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")
_PUNCT = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20,.!?;:'\"()]")


def filter_groups(lines):
    """Return ``(groups, counts)``: the kept groups (tuples of words) and a dict of step counts."""
    counts = {"lines": 0, "fragment": 0, "too_small": 0, "too_large": 0, "repeated": 0}
    groups, seen = [], set()
    for line in lines:
        words = line.split()
        if not words:
            continue
        counts["lines"] += 1
        if any(_PUNCT.search(w) for w in words):
            counts["fragment"] += 1
            continue
        kept = tuple(dict.fromkeys(w for w in words if _HAN.fullmatch(w)))
        if len(kept) < 2:
            counts["too_small"] += 1
        elif len(kept) > MAX_WORDS:
            counts["too_large"] += 1
        elif frozenset(kept) in seen:
            counts["repeated"] += 1
        else:
            seen.add(frozenset(kept))
            groups.append(kept)
    counts["kept"] = len(groups)
    return groups, counts


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: filter_cnsyn.py PATH/TO/sim_words.txt", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8-sig") as fh:
        groups, counts = filter_groups(fh)
    OUT.write_text("".join(" ".join(g) + "\n" for g in groups), encoding="utf-8")
    for step, n in counts.items():
        print(f"{step}: {n}")
    print(f"words: {sum(len(g) for g in groups)}; written {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
