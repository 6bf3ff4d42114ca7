"""Read the shipped CSV files into region and pairing rows, and load them idempotently.

The sources and their caveats are in `data/SOURCES.md` (copied from the project's shared data) and in
docs/data-sources.md. Divisions are the NBS 2023 statistical codes down to township. The old → new
county codes and the centres come from the project's one division table, ``matching.regions``
(derived from these files by ``tools/derive_county_successors.py``): the 832 poverty counties of the
2014 list are mapped onto current codes with :func:`matching.regions.current_code`, and provinces,
prefectures and counties get the centres of :func:`matching.regions.centre_table`, the points the
matcher measures distances from.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from matching.regions import centre_table, current_code
from sqlalchemy import delete, select

from ..extensions import db
from ..models import Pairing, Region
from ..services import regions

DATA_DIR = Path(__file__).resolve().parent / "data"

# Codes in the poverty list that the code table cannot map (SOURCES.md, "Quality caveats").
KNOWN_CODE_FIXES = {
    "532600": "532601",  # 文山市: the list gives the prefecture's code
    "622900": "622901",  # 临夏市: the list gives the prefecture's code
    "632825": "632857",  # 大柴旦行委: not a GB/T 2260 code; 632857 is its NBS statistical code
}


@dataclass(frozen=True)
class RegionRow:
    """One region as the files describe it."""

    code: str
    name: str
    level: str
    parent_code: str | None
    is_poverty_county: bool = False
    poverty_exit_year: int | None = None
    longitude: float | None = None
    latitude: float | None = None


@dataclass
class ReferenceData:
    """Everything the files yield, ready to load."""

    regions: dict[str, RegionRow]
    pairings: list[tuple[str, str, str]]  # helper code, recipient code, period
    poverty_code_map: dict[str, str] = field(default_factory=dict)  # list code -> current code


@dataclass
class LoadReport:
    """Counts of what a load changed."""

    regions_by_level: dict[str, int]
    inserted: int
    updated: int
    unchanged: int
    poverty_counties: int
    with_coordinates: int
    pairings: int
    pairings_inserted: int


def _rows(name: str) -> Iterator[dict[str, str]]:
    with open(DATA_DIR / name, encoding="utf-8-sig", newline="") as fh:
        yield from csv.DictReader(fh)


def _prefix_code(six_digit: str) -> str:
    """Turn a 6-digit GB/T 2260 code into the prefix form: 520000 → 52, 520500 → 5205."""
    if six_digit.endswith("0000"):
        return six_digit[:2]
    if six_digit.endswith("00"):
        return six_digit[:4]
    return six_digit


def read_reference_data() -> ReferenceData:
    """Parse the shipped files into region rows and pairings (no database involved)."""
    regions: dict[str, RegionRow] = {}
    for r in _rows("provinces.csv"):
        regions[r["code"]] = RegionRow(r["code"], r["name"], "province", None)
    for r in _rows("cities.csv"):
        regions[r["code"]] = RegionRow(r["code"], r["name"], "prefecture", r["provinceCode"])
    for r in _rows("areas.csv"):
        regions[r["code"]] = RegionRow(r["code"], r["name"], "county", r["cityCode"])
    for r in _rows("streets.csv"):
        regions[r["code"]] = RegionRow(r["code"], r["name"], "township", r["areaCode"])

    counties = {c for c, row in regions.items() if row.level == "county"}
    poverty_map: dict[str, str] = {}
    for r in _rows("poverty_county_list.csv"):
        listed = r["行政区划代码"].split(".")[0]
        current = current_code(KNOWN_CODE_FIXES.get(listed, listed))
        if current not in counties:
            raise ValueError(f"poverty county {listed} {r['县域名称']} has no current code")
        poverty_map[listed] = current
        year = int(float(r["摘帽时间"]))
        regions[current] = _replace(regions[current], is_poverty_county=True, poverty_exit_year=year)

    # Centres: the matcher's table (the 2016 adcode points; a county created since at its predecessor's).
    points = centre_table()
    for code, row in list(regions.items()):
        if row.level != "township" and code in points:
            lon, lat = points[code]
            regions[code] = _replace(row, longitude=lon, latitude=lat)

    pairings = []
    for r in _rows("east_west_pairing_2016_transcribed.csv"):
        ends = []
        for key in ("helper_code", "recipient_code"):
            code = current_code(_prefix_code(r[key]))
            if code not in regions:
                raise ValueError(f"pairing code {r[key]} ({r[key.replace('code', 'name')]}) has no region")
            ends.append(code)
        pairings.append((ends[0], ends[1], r["period"]))
    return ReferenceData(regions=regions, pairings=pairings, poverty_code_map=poverty_map)


def _replace(row: RegionRow, **changes) -> RegionRow:
    from dataclasses import replace

    return replace(row, **changes)


_FIELDS = ("name", "level", "parent_code", "is_poverty_county", "poverty_exit_year", "longitude", "latitude")
_LEVEL_ORDER = {"province": 0, "prefecture": 1, "county": 2, "township": 3}


def load_reference_data(progress: Callable[[int], None] | None = None) -> LoadReport:
    """Insert or update every region and pairing so the database matches the files; commit once."""
    data = read_reference_data()
    existing = {r.code: r for r in db.session.scalars(select(Region))}
    inserted = updated = unchanged = 0
    new_rows = []
    for row in sorted(data.regions.values(), key=lambda r: (_LEVEL_ORDER[r.level], r.code)):
        current = existing.get(row.code)
        values = {f: getattr(row, f) for f in _FIELDS}
        if current is None:
            new_rows.append({"code": row.code, **values})
            inserted += 1
        elif any(getattr(current, f) != v for f, v in values.items()):
            for f, v in values.items():
                setattr(current, f, v)
            updated += 1
        else:
            unchanged += 1
        if progress:
            progress(1)
    if new_rows:
        # Parents come first in the sorted order, so foreign keys hold row by row.
        db.session.execute(Region.__table__.insert(), new_rows)
        regions.forget_cached_names()

    have = {(p.helper_code, p.recipient_code): p for p in db.session.scalars(select(Pairing))}
    wanted = {(h, r): period for h, r, period in data.pairings}
    pairings_inserted = 0
    for key, period in wanted.items():
        if key not in have:
            db.session.add(Pairing(helper_code=key[0], recipient_code=key[1], period=period))
            pairings_inserted += 1
        elif have[key].period != period:
            have[key].period = period
    stale = [p.id for key, p in have.items() if key not in wanted]
    if stale:
        db.session.execute(delete(Pairing).where(Pairing.id.in_(stale)))
    db.session.commit()

    by_level: dict[str, int] = {}
    for row in data.regions.values():
        by_level[row.level] = by_level.get(row.level, 0) + 1
    return LoadReport(
        regions_by_level=by_level,
        inserted=inserted,
        updated=updated,
        unchanged=unchanged,
        poverty_counties=sum(1 for r in data.regions.values() if r.is_poverty_county),
        with_coordinates=sum(1 for r in data.regions.values() if r.longitude is not None),
        pairings=len(wanted),
        pairings_inserted=pairings_inserted,
    )
