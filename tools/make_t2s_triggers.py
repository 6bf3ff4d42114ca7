"""Write search/data/t2s_triggers.txt and t2s_phrases.txt: what OpenCC's ``t2s`` conversion changes.

Run from the repository root after the pinned ``opencc`` package changes::

    .venv/bin/python tools/make_t2s_triggers.py

``t2s`` (the profile search.analysis folds with) normalizes CJK compatibility ideographs, then
replaces the longest match of TSPhrases, TSCharactersExt or TSCharacters at each position. A match
changes the text only if its entry's first candidate differs from its key, and then the key occurs in
the text; so text holding none of these keys (the single characters in t2s_triggers.txt, the
phrases such as 捏坏 → 捏坯 in t2s_phrases.txt) comes out unchanged and the analysis's native core
skips the conversion for it (most Chinese text is already simplified, and the phrases' first
characters, 一 or 大, are too common to send a text to OpenCC by themselves). The dictionaries are
read with ``opencc_dict``, the tool shipped inside the opencc wheel.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "search" / "data" / "t2s_triggers.txt"
PHRASES = ROOT / "search" / "data" / "t2s_phrases.txt"
CLIB = Path(opencc.__file__).parent / "clib"
SHARE = CLIB / "share" / "opencc"


def _dictionaries(node: dict) -> list[str]:
    # The .ocd2 files named anywhere in a t2s.json dict node (groups nest).
    if node.get("type") == "group":
        return [name for child in node["dicts"] for name in _dictionaries(child)]
    return [node["file"]]


def entries(file_name: str) -> list[tuple[str, str]]:
    """Return the (key, first candidate) pairs of one OpenCC .ocd2 dictionary."""
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "dict.txt"
        subprocess.run([str(CLIB / "bin" / "opencc_dict"), "-i", str(SHARE / file_name), "-o", str(text),
                        "-f", "ocd2", "-t", "text"], check=True, capture_output=True)
        pairs = []
        for line in text.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            pairs.append((key, values.split(" ")[0]))
        return pairs


def changing_keys() -> set[str]:
    """Return the keys of the t2s dictionaries whose first candidate differs from the key."""
    config = json.loads((SHARE / "t2s.json").read_text(encoding="utf-8"))
    nodes = [step["dict"] for step in config.get("normalization", []) + config["conversion_chain"]]
    return {key for node in nodes for name in _dictionaries(node) for key, value in entries(name)
            if key and value != key}


def triggers() -> str:
    """Return the sorted characters t2s changes alone."""
    return "".join(sorted(key for key in changing_keys() if len(key) == 1))


def phrases() -> list[str]:
    """Return the sorted phrases (two characters or more) t2s changes."""
    return sorted(key for key in changing_keys() if len(key) > 1)


def main() -> None:
    """Write the file."""
    chars = triggers()
    header = (f"# Characters OpenCC {opencc.__version__} t2s changes alone; made by "
              "tools/make_t2s_triggers.py, do not edit.\n")
    lines = [chars[i:i + 80] for i in range(0, len(chars), 80)]
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(chars)} characters")
    found = phrases()
    header = (f"# Phrases OpenCC {opencc.__version__} t2s changes, one a line; made by "
              "tools/make_t2s_triggers.py, do not edit.\n")
    PHRASES.write_text(header + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{PHRASES.relative_to(ROOT)}: {len(found)} phrases")


if __name__ == "__main__":
    main()
