"""Read, validate and hold the needs and offers the matcher works on.

The fields and defaults are those of ``MATCHING_FORMAT.md``. Every reader validates the whole file
before returning, so a bad line stops the run before anything is written.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from .exceptions import InvalidRecord
from .regions import current_code

__all__ = [
    "CATEGORIES",
    "KINDS",
    "Need",
    "Offer",
    "china_today",
    "need_from_dict",
    "offer_from_dict",
    "read_needs",
    "read_offers",
    "read_jsonl",
]

#: Category codes with the Chinese the portal shows, fixed across the project (DESIGN.md).
CATEGORIES: dict[str, str] = {
    "education": "教育助学",
    "medical": "医疗救助",
    "housing": "住房安全",
    "living": "生活物资",
    "production": "产业发展",
    "employment": "就业帮扶",
    "infrastructure": "基础设施",
    "consumption": "消费扶贫",
    "finance": "金融信贷",
    "relocation": "易地搬迁",
    "other": "其他",
}

#: Kinds of help: goods 物品, cash 资金 (quantity in yuan), service 服务.
KINDS: tuple[str, ...] = ("goods", "cash", "service")

_DIGITS = re.compile(r"^[0-9]+$")
_CHINA = _dt.timezone(_dt.timedelta(hours=8), "Asia/Shanghai")  # China keeps UTC+8 all year


def china_today() -> _dt.date:
    """Return the current date in China (Asia/Shanghai, UTC+8, no daylight saving)."""
    return _dt.datetime.now(_CHINA).date()


@dataclass(frozen=True, slots=True)
class Need:
    """A published need of a registered household or village.

    Parameters mirror the need fields of ``MATCHING_FORMAT.md``; ``beneficiary`` defaults to ``id``
    and ``created`` to the reading date. A ``region`` under a county code that has since changed is
    stored as its current code (:func:`matching.regions.current_code`).
    """

    id: str
    title: str
    category: str
    quantity: float
    region: str
    description: str = ""
    kind: str = "goods"
    unit: str = "件"
    beneficiary: str = ""
    urgency: int = 1
    deadline: _dt.date | None = None
    created: _dt.date | None = None
    times_helped: int = 0

    def __post_init__(self) -> None:
        if not self.beneficiary:
            object.__setattr__(self, "beneficiary", self.id)
        _check_need(self)
        object.__setattr__(self, "region", current_code(self.region))

    @property
    def text(self) -> str:
        """Return the title and description as one text for the text feature."""
        return f"{self.title} {self.description}".strip()


@dataclass(frozen=True, slots=True)
class Offer:
    """An offer of help: what remains to give, where it may go, until when.

    Parameters mirror the offer fields of ``MATCHING_FORMAT.md``; ``regions == ()`` means anywhere.
    Region codes under changed county codes are stored as current codes, like a need's.
    """

    id: str
    title: str
    categories: tuple[str, ...]
    quantity: float
    description: str = ""
    kind: str = "goods"
    unit: str = "件"
    regions: tuple[str, ...] = field(default_factory=tuple)
    donor_region: str | None = None
    valid_until: _dt.date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "categories", tuple(self.categories))
        object.__setattr__(self, "regions", tuple(self.regions))
        _check_offer(self)
        object.__setattr__(self, "regions", tuple(dict.fromkeys(current_code(r) for r in self.regions)))
        if self.donor_region is not None:
            object.__setattr__(self, "donor_region", current_code(self.donor_region))

    @property
    def text(self) -> str:
        """Return the title and description as one text for the text feature."""
        return f"{self.title} {self.description}".strip()


def _bad(field_name: str, message: str) -> InvalidRecord:
    return InvalidRecord(message, field=field_name)


def _is_code(value, lo: int, hi: int) -> bool:
    return isinstance(value, str) and lo <= len(value) <= hi and value.isascii() and value.isdigit()


def _is_quantity(value) -> bool:
    return (not isinstance(value, bool) and isinstance(value, (int, float)) and math.isfinite(value)
            and value > 0)


def _check_need(n: Need) -> None:
    # Records built in Python (by the portal) get the same guarantees as records read from files.
    if n.category not in CATEGORIES:
        raise _bad("category", f"unknown category {n.category!r}")
    if n.kind not in KINDS:
        raise _bad("kind", f"must be one of {', '.join(KINDS)}, got {n.kind!r}")
    if not _is_quantity(n.quantity):
        raise _bad("quantity", f"must be a number > 0, got {n.quantity!r}")
    if not _is_code(n.region, 6, 12):
        raise _bad("region", f"must be a region code of 6 to 12 digits, got {n.region!r}")
    if n.urgency not in (1, 2, 3):
        raise _bad("urgency", f"must be 1..3, got {n.urgency!r}")
    if isinstance(n.times_helped, bool) or not isinstance(n.times_helped, int) or n.times_helped < 0:
        raise _bad("times_helped", f"must be an integer >= 0, got {n.times_helped!r}")


def _check_offer(o: Offer) -> None:
    if not o.categories or any(c not in CATEGORIES for c in o.categories):
        raise _bad("categories", f"must be a non-empty list of category codes, got {list(o.categories)!r}")
    if o.kind not in KINDS:
        raise _bad("kind", f"must be one of {', '.join(KINDS)}, got {o.kind!r}")
    if not _is_quantity(o.quantity):
        raise _bad("quantity", f"must be a number > 0, got {o.quantity!r}")
    if any(not _is_code(r, 2, 12) for r in o.regions):
        raise _bad("regions", f"must be region codes of 2 to 12 digits, got {list(o.regions)!r}")
    if o.donor_region is not None and not _is_code(o.donor_region, 2, 12):
        raise _bad("donor_region", f"must be a region code of 2 to 12 digits, got {o.donor_region!r}")


# --------------------------------------------------------------------------------------------------
# validation helpers: each takes the raw value and a ``fail(field, message)`` callback


class _Ctx:
    """Carry the file name and line number into every error of one record."""

    __slots__ = ("file", "line")

    def __init__(self, file: str | None, line: int | None) -> None:
        self.file = file
        self.line = line

    def fail(self, field_name: str | None, message: str) -> InvalidRecord:
        return InvalidRecord(message, file=self.file, line=self.line, field=field_name)


def _str(d: dict, name: str, ctx: _Ctx, *, required: bool, default: str = "",
         nonempty: bool = False) -> str:
    if name not in d or d[name] is None:
        if required:
            raise ctx.fail(name, "is required")
        return default
    value = d[name]
    if not isinstance(value, str):
        raise ctx.fail(name, f"must be a string, got {type(value).__name__}")
    if nonempty and not value.strip():
        raise ctx.fail(name, "must not be empty")
    return value


def _number(d: dict, name: str, ctx: _Ctx) -> float:
    if name not in d or d[name] is None:
        raise ctx.fail(name, "is required")
    value = d[name]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ctx.fail(name, f"must be a number, got {type(value).__name__}")
    if not math.isfinite(value) or value <= 0:
        raise ctx.fail(name, f"must be a number > 0, got {value!r}")
    return value


def _int_in(d: dict, name: str, ctx: _Ctx, default: int, lo: int, hi: int | None) -> int:
    if name not in d or d[name] is None:
        return default
    value = d[name]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ctx.fail(name, f"must be an integer, got {type(value).__name__}")
    if value < lo or (hi is not None and value > hi):
        bounds = f"{lo}..{hi}" if hi is not None else f">= {lo}"
        raise ctx.fail(name, f"must be {bounds}, got {value}")
    return value


def _choice(d: dict, name: str, ctx: _Ctx, choices: Iterable[str], *, required: bool,
            default: str = "") -> str:
    value = _str(d, name, ctx, required=required, default=default)
    if value not in choices:
        raise ctx.fail(name, f"must be one of {', '.join(choices)}, got {value!r}")
    return value


def _date(d: dict, name: str, ctx: _Ctx, default: _dt.date | None) -> _dt.date | None:
    if name not in d or d[name] is None:
        return default
    value = d[name]
    if not isinstance(value, str):
        raise ctx.fail(name, f"must be a date YYYY-MM-DD or null, got {type(value).__name__}")
    try:
        if len(value) != 10:
            raise ValueError
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ctx.fail(name, f"must be a date YYYY-MM-DD, got {value!r}") from None


def _region(value: Any, name: str, ctx: _Ctx, lo: int, hi: int) -> str:
    if not isinstance(value, str) or not _DIGITS.match(value) or not lo <= len(value) <= hi:
        raise ctx.fail(name, f"must be a region code of {lo} to {hi} digits, got {value!r}")
    return value


def _required_region(d: dict, ctx: _Ctx) -> str:
    if d.get("region") is None:
        raise ctx.fail("region", "is required")
    return _region(d["region"], "region", ctx, 6, 12)


def need_from_dict(d: Any, *, today: _dt.date | None = None, file: str | None = None,
                   line: int | None = None) -> Need:
    """Validate one decoded JSON object and return it as a :class:`Need`.

    Parameters
    ----------
    d : dict
        The decoded line. Unknown keys are ignored.
    today : datetime.date, optional
        Default of ``created``; the current date in China when omitted.
    file, line : optional
        Where the record came from, for the error message.

    Returns
    -------
    Need

    Raises
    ------
    InvalidRecord
        Naming the file, line and field that is wrong.
    """
    ctx = _Ctx(file, line)
    if not isinstance(d, dict):
        raise ctx.fail(None, "a need must be a JSON object")
    rid = _str(d, "id", ctx, required=True, nonempty=True)
    return Need(
        id=rid,
        title=_str(d, "title", ctx, required=True, nonempty=True),
        description=_str(d, "description", ctx, required=False),
        category=_choice(d, "category", ctx, CATEGORIES, required=True),
        kind=_choice(d, "kind", ctx, KINDS, required=False, default="goods"),
        quantity=_number(d, "quantity", ctx),
        unit=_str(d, "unit", ctx, required=False, default="件") or "件",
        region=_required_region(d, ctx),
        beneficiary=_str(d, "beneficiary", ctx, required=False, default=rid) or rid,
        urgency=_int_in(d, "urgency", ctx, 1, 1, 3),
        deadline=_date(d, "deadline", ctx, None),
        created=_date(d, "created", ctx, today or china_today()),
        times_helped=_int_in(d, "times_helped", ctx, 0, 0, None),
    )


def offer_from_dict(d: Any, *, file: str | None = None, line: int | None = None) -> Offer:
    """Validate one decoded JSON object and return it as an :class:`Offer`.

    Parameters
    ----------
    d : dict
        The decoded line. Unknown keys are ignored.
    file, line : optional
        Where the record came from, for the error message.

    Returns
    -------
    Offer

    Raises
    ------
    InvalidRecord
        Naming the file, line and field that is wrong.
    """
    ctx = _Ctx(file, line)
    if not isinstance(d, dict):
        raise ctx.fail(None, "an offer must be a JSON object")
    cats = d.get("categories")
    if cats is None:
        raise ctx.fail("categories", "is required")
    if not isinstance(cats, list) or not cats:
        raise ctx.fail("categories", "must be a non-empty list of category codes")
    for c in cats:
        if c not in CATEGORIES:
            raise ctx.fail("categories", f"unknown category {c!r}")
    regions = d.get("regions")
    if regions is None:
        regions = []
    if not isinstance(regions, list):
        raise ctx.fail("regions", "must be a list of region codes")
    regions = [_region(r, "regions", ctx, 2, 12) for r in regions]
    donor = d.get("donor_region")
    if donor is not None:
        donor = _region(donor, "donor_region", ctx, 2, 12)
    return Offer(
        id=_str(d, "id", ctx, required=True, nonempty=True),
        title=_str(d, "title", ctx, required=True, nonempty=True),
        description=_str(d, "description", ctx, required=False),
        categories=tuple(dict.fromkeys(cats)),
        kind=_choice(d, "kind", ctx, KINDS, required=False, default="goods"),
        quantity=_number(d, "quantity", ctx),
        unit=_str(d, "unit", ctx, required=False, default="件") or "件",
        regions=tuple(dict.fromkeys(regions)),
        donor_region=donor,
        valid_until=_date(d, "valid_until", ctx, None),
    )


def read_jsonl(path: str | os.PathLike) -> Iterator[tuple[int, Any]]:
    """Yield ``(line_number, decoded_object)`` for every non-blank line of a JSON Lines file.

    Raises
    ------
    InvalidRecord
        When a line is not valid JSON or the file is not UTF-8.
    """
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8-sig") as fh:
            for number, text in enumerate(fh, start=1):
                if not text.strip():
                    continue
                try:
                    yield number, json.loads(text)
                except json.JSONDecodeError as exc:
                    raise InvalidRecord(f"not valid JSON ({exc.msg})", file=name, line=number) from None
    except UnicodeDecodeError:
        raise InvalidRecord("file is not UTF-8", file=name) from None
    except OSError as exc:
        raise InvalidRecord(f"cannot read file ({exc.strerror})", file=name) from None


def _check_unique(records: list, name: str, lines: list[int]) -> None:
    seen: set[str] = set()
    for rec, number in zip(records, lines):
        if rec.id in seen:
            raise InvalidRecord(f"duplicate id {rec.id!r}", file=name, line=number, field="id")
        seen.add(rec.id)


def read_needs(path: str | os.PathLike, *, today: _dt.date | None = None) -> list[Need]:
    """Read and validate a needs file (JSON Lines), all of it before returning.

    Parameters
    ----------
    path : path-like
    today : datetime.date, optional
        Default of ``created`` for needs that omit it.

    Returns
    -------
    list of Need

    Raises
    ------
    InvalidRecord
        On the first invalid line, naming file, line and field.
    """
    today = today or china_today()
    name = os.fspath(path)
    needs, lines = [], []
    for number, obj in read_jsonl(name):
        needs.append(need_from_dict(obj, today=today, file=name, line=number))
        lines.append(number)
    _check_unique(needs, name, lines)
    return needs


def read_offers(path: str | os.PathLike) -> list[Offer]:
    """Read and validate an offers file (JSON Lines), all of it before returning.

    Returns
    -------
    list of Offer

    Raises
    ------
    InvalidRecord
        On the first invalid line, naming file, line and field.
    """
    name = os.fspath(path)
    offers, lines = [], []
    for number, obj in read_jsonl(name):
        offers.append(offer_from_dict(obj, file=name, line=number))
        lines.append(number)
    _check_unique(offers, name, lines)
    return offers
