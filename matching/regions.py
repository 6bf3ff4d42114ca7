"""Answer questions about region codes: containment, centre points, distance, east–west pairing.

Region codes are variable-length prefix codes: province ``52`` ⊃ prefecture ``5205`` ⊃ county
``520524`` ⊃ township ``520524101`` ⊃ village (12 digits). A code covers every code it prefixes.

Codes are the 2023 division (NBS 统计用区划代码, the portal's regions). A code filed under a county
code that has since changed is read as its successor (:func:`current_code`, from the MCA 1980–2024
table in ``data/county_successors.csv``): 黔西县 ``520522`` is 黔西市 ``520581`` since 2021, so a
need filed under 520522 matches an offer for 520581 and is placed at 黔西's own centre. The derivation
of the data files is ``tools/derive_county_successors.py``. These tables are the project's one
division table: the portal's reference loader (``app/reference/loader.py``) maps the poverty list
with :func:`current_code` and gives its region rows the centres of :func:`centre_table`, so the portal
and the matcher cannot disagree on where a county is or what an old code became.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

__all__ = [
    "covers",
    "region_centre",
    "region_name",
    "distance_km",
    "paired_recipients",
    "is_paired",
    "closeness_level",
    "county_codes",
    "county_successors",
    "current_code",
    "centre_table",
]

_EARTH_RADIUS_KM = 6371.0088


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def _centres() -> dict[str, tuple[float, float, str]]:
    return {r["code"]: (float(r["longitude"]), float(r["latitude"]), r["name"])
            for r in _read_csv("region_centres.csv")}


@lru_cache(maxsize=1)
def _pairings() -> tuple[tuple[str, str], ...]:
    return tuple((r["helper_code"], r["recipient_code"]) for r in _read_csv("east_west_pairing_2016.csv"))


@lru_cache(maxsize=1)
def county_successors() -> dict[str, str]:
    """Return ``{old county code: current county code}`` for every county code that changed since 1980."""
    return {r["old_code"]: r["new_code"] for r in _read_csv("county_successors.csv")}


def current_code(code: str) -> str:
    """Return ``code`` with an old county part (its first 6 digits) replaced by the current county.

    Codes shorter than 6 digits and current codes are returned unchanged; a township or village code
    under an old county keeps its own trailing digits.

    Examples
    --------
    >>> current_code("520522")
    '520581'
    >>> current_code("520522101")
    '520581101'
    >>> current_code("5205")
    '5205'
    """
    if len(code) < 6:
        return code
    new = county_successors().get(code[:6])
    return code if new is None else new + code[6:]


def centre_table() -> dict[str, tuple[float, float]]:
    """Return ``{code: (longitude, latitude)}`` of every province, prefecture and county with a centre.

    Codes are in prefix form (``52``, ``5205``, ``520581``); the table also keeps the 2016 codes of
    counties that have since changed, at their 2016 point.
    """
    return {code: (lon, lat) for code, (lon, lat, _) in _centres().items()}


@lru_cache(maxsize=1)
def county_codes() -> tuple[str, ...]:
    """Return every 6-digit county code that has a centre point, sorted."""
    return tuple(sorted(c for c in _centres() if len(c) == 6))


def covers(prefix: str, code: str) -> bool:
    """Return whether region ``prefix`` contains region ``code`` (a code contains itself)."""
    return code.startswith(prefix)


def _known_prefix(code: str) -> str | None:
    # The most specific level with a centre: county, else prefecture, else province.
    table = _centres()
    for length in (6, 4, 2):
        if len(code) >= length and code[:length] in table:
            return code[:length]
    return None


def region_centre(code: str | None) -> tuple[float, float] | None:
    """Return ``(longitude, latitude)`` of the most specific known centre for ``code``, or None.

    Townships and villages take their county's centre; a county missing from the 2016 table takes
    its prefecture's, then its province's.
    """
    if not code:
        return None
    key = _known_prefix(code)
    if key is None:
        return None
    lon, lat, _ = _centres()[key]
    return lon, lat


def region_name(code: str | None) -> str | None:
    """Return the Chinese name of the most specific known level of ``code``, or None."""
    if not code:
        return None
    key = _known_prefix(code)
    return _centres()[key][2] if key else None


def distance_km(a: str | None, b: str | None) -> float | None:
    """Return the great-circle distance between the centres of two regions, or None if unknown."""
    ca, cb = region_centre(a), region_centre(b)
    if ca is None or cb is None:
        return None
    return _haversine(ca[0], ca[1], cb[0], cb[1])


def _haversine(lon1, lat1, lon2, lat2):
    # Works on floats and on numpy arrays alike.
    import numpy as np

    lon1, lat1, lon2, lat2 = (np.radians(v) for v in (lon1, lat1, lon2, lat2))
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    out = 2 * _EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return float(out) if np.ndim(out) == 0 else out


def paired_recipients(donor_region: str | None) -> tuple[str, ...]:
    """Return the recipient region codes paired (2016) with any region containing ``donor_region``.

    A donor in 杭州 (``3301…``) helps the recipients of 杭州 and of 浙江 (``33``).
    """
    if not donor_region:
        return ()
    return tuple(sorted({rec for helper, rec in _pairings() if donor_region.startswith(helper)}))


def is_paired(donor_region: str | None, need_region: str) -> bool:
    """Return whether the donor's region is paired east–west with a region containing the need."""
    return any(need_region.startswith(rec) for rec in paired_recipients(donor_region))


def closeness_level(donor_region: str | None, need_region: str) -> str | None:
    """Return ``"county"``, ``"prefecture"``, ``"province"`` or None: the closest level both share."""
    if not donor_region:
        return None
    for length, level in ((6, "county"), (4, "prefecture"), (2, "province")):
        if len(donor_region) >= length and donor_region[:length] == need_region[:length]:
            return level
    return None
