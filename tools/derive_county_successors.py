"""Derive matching/data/county_successors.csv and extend region_centres.csv from ../shared/data.

Steps (rerun after the shipped data changes)::

    .venv/bin/python tools/derive_county_successors.py

1. ``county_successors.csv`` (``old_code,new_code``): every county-level code of the MCA table
   (``result.csv``, 1980–2024) that is not a current 2023 county (``areas.csv``) and whose 新代码 links
   lead to exactly one current county (chains followed: 522423 → 520522 → 520581). Codes split among
   several counties are left out: no single successor.
2. ``region_centres.csv``: a current county without a centre (created after the 2016 adcode table)
   takes the centre of a predecessor that has one, under its current name (黔西市 520581 takes
   黔西县 520522's point). Same rule as the portal's reference loader (``app/reference/loader.py``).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
DATA = ROOT / "matching" / "data"


def _rows(name):
    with open(SHARED / name, encoding="utf-8-sig", newline="") as fh:
        yield from csv.DictReader(fh)


def main() -> int:
    current = {r["code"]: r["name"] for r in _rows("areas.csv")}
    links: dict[str, list[str]] = {}
    levels: dict[str, str] = {}
    for r in _rows("result.csv"):
        levels[r["代码"]] = r["级别"]
        for new in (r["新代码"] or "").split(";"):
            new = re.sub(r"\[\d+\]", "", new).strip()
            if new:
                links.setdefault(r["代码"], []).append(new)

    def successors(code: str) -> set[str]:
        seen, frontier, found = set(), [code], set()
        while frontier:
            c = frontier.pop()
            if c in seen:
                continue
            seen.add(c)
            if c in current and c != code:
                found.add(c)
                continue
            frontier.extend(links.get(c, []))
        return found

    pairs = []
    for code, level in sorted(levels.items()):
        if level != "县级" or code in current:
            continue
        found = successors(code)
        if len(found) == 1:
            pairs.append((code, found.pop()))
    with open(DATA / "county_successors.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["old_code", "new_code"])
        w.writerows(pairs)

    with open(DATA / "region_centres.csv", encoding="utf-8", newline="") as fh:
        centres = list(csv.DictReader(fh))
    known = {r["code"]: r for r in centres}
    added = 0
    for old, new in pairs:
        if new not in known and old in known:
            known[new] = {"code": new, "name": current[new], "longitude": known[old]["longitude"],
                          "latitude": known[old]["latitude"]}
            centres.append(known[new])
            added += 1
    with open(DATA / "region_centres.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["code", "name", "longitude", "latitude"], lineterminator="\r\n")
        w.writeheader()
        w.writerows(centres)  # the 2016 rows in their order, then the added counties
    print(f"{len(pairs)} old → new county codes, {added} centres added")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
