"""Write search/data/t2s_triggers.txt: the characters at which OpenCC's ``t2s`` conversion can change text.

Run from the repository root after the pinned ``opencc`` package changes::

    .venv/bin/python tools/make_t2s_triggers.py

``t2s`` (the profile search.analysis folds with) normalizes CJK compatibility ideographs, then
replaces the longest match of TSPhrases, TSCharactersExt or TSCharacters at each position. A match
changes the text only if its entry's first candidate differs from its key, and a match starts at its
key's first character; so text holding none of these keys' first characters comes out unchanged and
search.analysis skips the conversion for it (most Chinese text is already simplified). The
dictionaries are read with ``opencc_dict``, the tool shipped inside the opencc wheel.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "search" / "data" / "t2s_triggers.txt"
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


def triggers() -> str:
    """Return the sorted characters that start a t2s dictionary entry whose conversion differs."""
    config = json.loads((SHARE / "t2s.json").read_text(encoding="utf-8"))
    nodes = [step["dict"] for step in config.get("normalization", []) + config["conversion_chain"]]
    found = {key[0] for node in nodes for name in _dictionaries(node) for key, value in entries(name)
             if key and value != key}
    return "".join(sorted(found))


def main() -> None:
    """Write the file."""
    chars = triggers()
    header = (f"# Characters at which OpenCC {opencc.__version__} t2s can change text; made by "
              "tools/make_t2s_triggers.py, do not edit.\n")
    lines = [chars[i:i + 80] for i in range(0, len(chars), 80)]
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(chars)} characters")


if __name__ == "__main__":
    main()
