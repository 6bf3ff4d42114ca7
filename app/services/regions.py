"""Pick a region by name: the cascading province → prefecture → county → township chooser and its type-ahead.

Every form that needs a region (offer target regions, a cooperation project's county, an
organisation's region, the needs list filter) shows a chain of ``<select>`` elements named
``<name>-province``, ``<name>-prefecture``, ``<name>-county``, ``<name>-township``. Without
JavaScript the form is submitted step by step and re-rendered with the next level's options
(:func:`picker_from` reads the chain back); ``static/region-picker.js`` fills the next level at once
from :func:`picker` served as JSON and adds a type-ahead over :func:`search`.

Short forms (宁蒗 for 宁蒗彝族自治县, 怒江州 for 怒江傈僳族自治州) come from ``search/data/places.txt``,
derived once by ``tools/make_places.py`` and read through ``search.analysis``; townships are found by
their full name. One optional level lies below the township: ``deepest="village"`` adds the villages
(table ``villages``, 12-digit codes, not divisions in ``regions``) as a fifth select, for the forms
that need a village (the registry filter, the audit log filter, a village officer's account).
``roots`` limits a chooser to the regions inside (or above) some codes, e.g. the
areas an organisation's province is paired with; the services still check every chosen code.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from flask import current_app, has_app_context
from sqlalchemy import event, func, or_, select
from sqlalchemy.orm import Session

from search.analysis import place_codes, synonym_of

from ..errors import Invalid
from ..extensions import db
from ..models import Region, Village
from . import scope

LEVELS: tuple[str, ...] = ("province", "prefecture", "county", "township", "village")
LEVEL_LENGTHS = {"province": 2, "prefecture": 4, "county": 6, "township": 9, "village": 12}
LEVEL_PROMPTS = {"province": "省份", "prefecture": "市（州）", "county": "县（市、区）", "township": "乡镇（街道）",
                 "village": "村（社区）"}
MAX_QUERY_LENGTH = 20
SEARCH_LIMIT = 12


@dataclass(frozen=True)
class PickerLevel:
    """One ``<select>`` of the chain: its level, the regions offered and the one chosen ("" when none)."""

    level: str
    prompt: str
    options: list[tuple[str, str]]
    selected: str = ""


@dataclass(frozen=True)
class Picker:
    """The state of one chooser: the deepest region chosen (or None) and the selects to show."""

    name: str
    code: str | None
    deepest: str
    levels: list[PickerLevel]
    label: str = ""
    roots: tuple[str, ...] | None = None
    # What the request asked for before any check (the services validate it and name what is wrong).
    submitted: str | None = None

    def as_json(self) -> dict:
        """Return the chooser as the JSON the script renders (``code``, ``label`` and ``levels``)."""
        return {
            "code": self.code,
            "label": self.label,
            "levels": [
                {"level": lv.level, "prompt": lv.prompt, "selected": lv.selected,
                 "options": [{"code": c, "name": n} for c, n in lv.options]}
                for lv in self.levels
            ],
        }


def _is_code(value: str | None) -> bool:
    return bool(value) and value.isascii() and value.isdigit() and len(value) in LEVEL_LENGTHS.values()


def clean_roots(roots: Iterable[str] | None) -> tuple[str, ...] | None:
    """Return the valid codes of ``roots`` (a comma string's parts or a list), sorted; None: no limit.

    An empty list limits to nothing (an organisation without pairings is offered no county).
    """
    if roots is None:
        return None
    if isinstance(roots, str):
        roots = roots.split(",")
    return tuple(sorted({r.strip() for r in roots if _is_code(r.strip())}))


def own_roots(user) -> list[str] | None:
    """Return the roots that limit a staff user's chooser to their own region (None: the whole country).

    The rule is ``scope.region_scope``'s: an office's region, a village officer's village.
    """
    own = scope.region_scope(user)
    return [own] if own else None


def _allowed(code: str, roots: tuple[str, ...] | None) -> bool:
    # Inside a root (a county of a paired prefecture) or above one (the province holding it).
    return roots is None or any(code.startswith(r) or r.startswith(code) for r in roots)


# ---------------------------------------------------------------------------------------------------
# Region names, cached in the process. The administrative divisions change only through ``flask regions
# load`` (a few times a year): every list page asked the database for the same provinces and names, which
# cost 1–3 ms of app CPU per page (issue 14). The cache belongs to the app (tests run several), is dropped
# when a session flushes a Region or the loader inserts some, and lives at most CACHE_SECONDS so that
# other processes (the gunicorn workers while the CLI loads regions) catch up.
# ---------------------------------------------------------------------------------------------------

CACHE_SECONDS = 300


def _cache() -> dict:
    store = current_app.extensions.setdefault("region_cache", {"until": 0.0})
    if store["until"] < time.monotonic():
        store.clear()
        store.update(until=time.monotonic() + CACHE_SECONDS, children={}, names={})
    return store


def forget_cached_names() -> None:
    """Drop this app's cached region names and children (called after regions are written)."""
    current_app.extensions.pop("region_cache", None)


@event.listens_for(Session, "after_flush")
def _forget_on_region_change(session, _context) -> None:
    if has_app_context() and any(isinstance(o, Region) for o in (*session.new, *session.dirty, *session.deleted)):
        forget_cached_names()
        session.info["regions_written"] = True  # a rollback must drop what was cached since


@event.listens_for(Session, "after_commit")
def _committed(session) -> None:
    session.info.pop("regions_written", None)


@event.listens_for(Session, "after_rollback")
def _forget_after_rollback(session) -> None:
    if session.info.pop("regions_written", None) and has_app_context():
        forget_cached_names()


def child_options(parent: str | None) -> tuple[tuple[str, str], ...]:
    """Return (code, name) of the regions directly under ``parent`` (the provinces when None; a township's
    villages under a township), by code. Cached (see CACHE_SECONDS)."""
    cached = _cache()["children"]
    if parent not in cached:
        cached[parent] = tuple((r.code, r.name) for r in children(parent))
    return cached[parent]


def names_of(codes: Iterable[str]) -> dict[str, str]:
    """Return code → name of those ``codes`` that exist. Cached (see CACHE_SECONDS)."""
    cached = _cache()["names"]
    codes = set(codes)
    missing = codes - cached.keys()
    if missing:
        found = dict(db.session.execute(select(Region.code, Region.name).where(Region.code.in_(missing))).all())
        cached.update({c: found.get(c) for c in missing})
    return {c: cached[c] for c in codes if cached[c] is not None}


def children(parent: str | None, roots: tuple[str, ...] | None = None) -> list[Region] | list[Village]:
    """Return the regions directly under ``parent`` (the provinces when None) that the roots allow.

    Under a township (9 digits) these are its villages (``Village`` rows: ``code`` and ``name`` alike).
    """
    if parent is not None and len(parent) == LEVEL_LENGTHS["township"]:
        villages = db.session.scalars(select(Village).where(Village.township_code == parent).order_by(Village.code))
        return [v for v in villages if _allowed(v.code, roots)]
    if parent is None:
        stmt = select(Region).where(Region.level == "province")
    else:
        stmt = select(Region).where(Region.parent_code == parent, Region.level != "village")
    return [r for r in db.session.scalars(stmt.order_by(Region.code)) if _allowed(r.code, roots)]


def picker(
    name: str, code: str | None, *, deepest: str = "township", roots: Iterable[str] | None = None
) -> Picker:
    """Return the chooser ``name`` with ``code`` chosen, down to the level ``deepest``.

    A code that does not exist, lies outside the roots or below ``deepest`` is cut back to its deepest
    valid ancestor (so a tampered select gives a shorter choice, never an error). The selects shown
    are those of each chosen level plus the next one's options.
    """
    roots = clean_roots(roots)
    max_len = LEVEL_LENGTHS[deepest]
    code = code if _is_code(code) else None
    levels: list[PickerLevel] = []
    parent: str | None = None
    chosen: str | None = None
    names: list[str] = []
    for level in LEVELS:
        length = LEVEL_LENGTHS[level]
        if length > max_len:
            break
        options = [(c, n) for c, n in child_options(parent) if _allowed(c, roots)]
        if not options:
            break
        want = code[:length] if code and len(code) >= length else ""
        selected = want if want in dict(options) else ""
        levels.append(PickerLevel(level, LEVEL_PROMPTS[level], options, selected))
        if not selected:
            break
        chosen = parent = selected
        names.append(dict(options)[selected])
    return Picker(name, chosen, deepest, levels, " ".join(names), roots)


def picker_from(
    name: str, values: Mapping[str, str], *, deepest: str = "township", roots: Iterable[str] | None = None,
    default: str | None = None,
) -> Picker:
    """Read chooser ``name`` back from submitted ``values`` (request.form or request.args).

    The choice is :func:`submitted_code`'s, cut back by :func:`picker` for display; ``submitted``
    keeps it as sent, for the services to check.
    """
    code = submitted_code(name, values, default=default)
    chosen = picker(name, code, deepest=deepest, roots=roots)
    return replace(chosen, submitted=code)


def submitted_code(name: str, values: Mapping[str, str], *, default: str | None = None) -> str | None:
    """Return the code chooser ``name`` submitted in ``values``, unchecked (None: nothing chosen).

    The selects ``<name>-<level>`` count from the top while each continues its parent (a new province
    drops the old prefecture); when none was submitted, ``values[name]`` (a code in a link such as
    ``?region=5326``, at most 20 characters) or ``default``. The services check what it names.
    """
    selects = [values.get(f"{name}-{level}") for level in LEVELS]
    if not any(v is not None for v in selects):
        return (values.get(name) or "").strip()[:20] or default
    code: str | None = None
    for level, value in zip(LEVELS, selects):
        value = (value or "").strip()
        continues = code is None or value.startswith(code)
        if not (value and len(value) == LEVEL_LENGTHS[level] and continues):
            break
        code = value
    return code


def names(codes: Iterable[str]) -> dict[str, str]:
    """Return each existing code's name with its ancestors (云南省 丽江市 宁蒗彝族自治县), in two queries.

    A 12-digit code is a village's (table ``villages``) and ends with the village's name.
    """
    codes = [c for c in set(codes) if _is_code(c)]
    wanted = {c[:n] for c in codes for n in (2, 4, 6, 9, 12) if n <= len(c)}
    if not wanted:
        return {}
    found = dict(db.session.execute(select(Region.code, Region.name).where(Region.code.in_(wanted))).all())
    village_codes = [c for c in wanted if len(c) == LEVEL_LENGTHS["village"] and c not in found]
    if village_codes:
        found.update(db.session.execute(select(Village.code, Village.name).where(Village.code.in_(village_codes))).all())
    return {
        c: " ".join(found[c[:n]] for n in (2, 4, 6, 9, 12) if n <= len(c) and c[:n] in found)
        for c in codes
        if c in found
    }


def short_name(region_name: str, code: str) -> str | None:
    """Return the everyday short form of a division (宁蒗彝族自治县 → 宁蒗), or None (townships have none)."""
    token = synonym_of(region_name)
    return token if token != region_name and code in place_codes(token) else None


def search(
    text: str, *, deepest: str = "township", roots: Iterable[str] | None = None, limit: int = SEARCH_LIMIT
) -> list[dict]:
    """Return the regions whose full name contains ``text`` or whose short form it spells, best first.

    Each is ``{"code", "name", "short", "label", "level"}`` (``label`` is the path from the province).
    A spelling of a short form (宁蒗, 宁蒗县, 怒江州) comes first, then provinces before prefectures
    before counties before townships (before villages when ``deepest`` is "village"). Empty or over-long text gives [].
    """
    text = (text or "").strip()
    if not text or len(text) > MAX_QUERY_LENGTH:
        return []
    roots = clean_roots(roots)
    max_len = LEVEL_LENGTHS[deepest]
    exact = [c for c in place_codes(synonym_of(text)) if len(c) <= max_len and _allowed(c, roots)]
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    stmt = (
        select(Region.code, Region.name)
        .where(
            or_(Region.code.in_(exact), Region.name.like(f"%{escaped}%", escape="\\")),
            Region.level.in_([lv for lv in LEVELS if LEVEL_LENGTHS[lv] <= max_len]),
        )
        .order_by(func.length(Region.code), Region.code)
    )
    if roots is not None:
        if not roots:
            return []
        stmt = stmt.where(or_(*(Region.code.startswith(r, autoescape=True) for r in roots)))
    rows = [row for row in db.session.execute(stmt.limit(limit * 4)).all() if _allowed(row.code, roots)]
    if max_len >= LEVEL_LENGTHS["village"]:  # villages by their full name, after the divisions
        village_stmt = select(Village.code, Village.name).where(Village.name.like(f"%{escaped}%", escape="\\"))
        if roots is not None:
            village_stmt = village_stmt.where(or_(*(Village.code.startswith(r, autoescape=True) for r in roots)))
        rows += db.session.execute(village_stmt.order_by(Village.code).limit(limit)).all()
    rows.sort(key=lambda row: (row.code not in exact, not row.name.startswith(text), len(row.code), row.code))
    rows = rows[:limit]
    labels = names(row.code for row in rows)
    return [
        {"code": row.code, "name": row.name, "short": short_name(row.name, row.code),
         "label": labels.get(row.code, row.name),
         "level": next(lv for lv, n in LEVEL_LENGTHS.items() if n == len(row.code))}
        for row in rows
    ]


def require_county(code: str | None, label: str, field: str = "county_code") -> Region:
    """Return the county ``code``, or raise Invalid saying in words what is missing (``label``: 受援县 …).

    Nothing chosen, a choice that stops above the county (a province or prefecture) and a code that
    is no county each get their own message; the chooser makes the last one a tampered request.
    """
    code = (code or "").strip()
    county = Region.get(code) if code.isascii() and code.isdigit() and len(code) == 6 else None
    if county is not None and county.level == "county":
        return county
    if not code:
        raise Invalid(f"请选择{label}", field=field)
    if code.isascii() and code.isdigit() and len(code) in (2, 4) and Region.get(code) is not None:
        raise Invalid(f"请继续选择到县一级：{label}须是一个县（市、区）", field=field)
    raise Invalid(f"所选的县（代码“{code[:20]}”）不存在，请从列表中选择{label}", field=field)
