"""Derive the project's one division table: matching/data/county_successors.csv and region_centres.csv.

Both are derived from the shipped files in ``app/reference/data`` (NBS 2023 divisions, the MCA
1980–2024 code table, the 2016 adcode centres). The matcher reads them (``matching.regions``) and
the portal's reference loader (``app/reference/loader.py``) loads the same tables into its
``regions`` rows, so the old → new mapping and the centres are derived here and nowhere else.

Steps (rerun after the shipped data changes)::

    .venv/bin/python tools/derive_county_successors.py

1. ``county_successors.csv`` (``old_code,new_code``): every county-level code of the MCA table
   (``result.csv``, 1980–2024) that is not a current 2023 county (``areas.csv``) and whose 新代码 links
   lead to exactly one current county (chains followed: 522423 → 520522 → 520581). Codes split among
   several counties are left out: no single successor.
2. ``region_centres.csv``: a current province, prefecture or county without a centre (created after
   the 2016 adcode table) takes the centre of a code the MCA table links to it (its predecessor, or
   the county it was split from), the first such code in code order, under its current name
   (黔西市 520581 takes 黔西县 520522's point; 临平区 330113 takes 余杭区 330110's).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / "app" / "reference" / "data"
DATA = ROOT / "matching" / "data"


def _rows(name):
    with open(SHARED / name, encoding="utf-8-sig", newline="") as fh:
        yield from csv.DictReader(fh)


def _prefix(six_digit: str) -> str:
    """Turn a 6-digit code into the prefix form of the tables: 520000 → 52, 520500 → 5205."""
    if six_digit.endswith("0000"):
        return six_digit[:2]
    if six_digit.endswith("00"):
        return six_digit[:4]
    return six_digit


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
    names = {r["code"]: r["name"] for r in _rows("provinces.csv")}
    names.update({r["code"]: r["name"] for r in _rows("cities.csv")})
    names.update(current)
    added = 0
    for old in sorted(links):
        for new in links[old]:
            key, source = _prefix(new), _prefix(old)
            if key in names and key not in known and source in known:
                known[key] = {"code": key, "name": names[key], "longitude": known[source]["longitude"],
                              "latitude": known[source]["latitude"]}
                centres.append(known[key])
                added += 1
    with open(DATA / "region_centres.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["code", "name", "longitude", "latitude"], lineterminator="\r\n")
        w.writeheader()
        w.writerows(centres)  # the 2016 rows in their order, then the added counties
    print(f"{len(pairs)} old → new county codes, {added} centres added")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
