"""Normalise units of quantity and decide when two quantities can be compared or added.

The table is ``matching/data/units.tsv`` (source: 中华人民共和国法定计量单位, 1984, and the 市制
conversions 1 斤 = 0.5 kg, 1 亩 = 666.67 m²). A unit string is folded before lookup: Unicode NFKC
(full-width letters and digits become half-width), lower case, every space removed, so 「 公斤」,
「ＫＧ」 and 「kg」 are one unit.

Rule used by ``recommend`` (the ``unit`` feature and ``coverage``) and by ``allocate`` (which edges
exist and how quantities are added), through :class:`UnitTable`:

* both units in the same measured dimension (mass, volume, money, length, area): comparable, the
  quantities converted to the dimension's base unit (kg, l, 元, m, m²);
* both counted (件, 床, 台 ...): comparable one for one when they are equal after folding (件, 个,
  份 and 只 are one unit), or when the item concept of the records lists both as ways of counting it
  (棉被: 床 / 条 / 件);
* a count multiple (打 = 12 of any count unit, 令 = 500 张) against a unit it is a multiple of, when
  the item counts in that unit (袜子 in 打 against 袜子 in 双): comparable at its factor (round 7);
* anything else (斤 against 袋, 元 against 台): not comparable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .thesaurus import fold_word

__all__ = ["COUNT", "PACKS", "Unit", "fold_unit", "normalise_unit", "pack_unit", "record_unit", "unit_factor"]

#: Dimension of units that are counted rather than measured.
COUNT = "count"
_GENERIC_COUNT = "件"
_MONEY = "money"


@dataclass(frozen=True, slots=True)
class Unit:
    """A folded unit: its canonical name, dimension and factor to the dimension's base unit.

    ``generic`` is True for the catch-all count 件 (also 个, 份, 只), the default unit. ``of`` is set
    for a count multiple only: the folded count units it is ``factor`` of (``("*",)``: any count unit,
    as 打 = 12 双 / 个 / 支; ``("张",)`` for 令 = 500 张).
    """

    name: str
    dimension: str
    factor: float
    generic: bool = False
    of: tuple[str, ...] = ()

    def multiple_of(self, other: "Unit") -> bool:
        """Return whether this unit is a count multiple of ``other`` (打 of 双, 令 of 张; not 打 of 打)."""
        return bool(self.of) and not other.of and other.dimension == COUNT and (
            self.of == ("*",) or other.name in self.of)


def fold_unit(text: str | None) -> str:
    """Return ``text`` folded for lookup: NFKC, lower case, simplified characters (個 → 个, 雙 → 双), no whitespace, no trailing full stop; "" for None."""
    if not text:
        return ""
    folded = fold_word(text)
    # A unit written with a full stop after it (「Kg.」「斤。」) is the same unit.
    return "".join(folded.split()).rstrip(".。")


@lru_cache(maxsize=1)
def _table() -> dict[str, Unit]:
    text = resources.files(__package__).joinpath("data", "units.tsv").read_text(encoding="utf-8")
    table: dict[str, Unit] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, dimension, factor, aliases, *of = line.split("\t")
        unit = Unit(name, dimension, float(factor), generic=(dimension == COUNT and name == _GENERIC_COUNT),
                    of=tuple(fold_unit(u) for u in of[0].split("/")) if of else ())
        for alias in aliases.split("/") + [name]:
            table[fold_unit(alias)] = unit
    return table


@lru_cache(maxsize=4096)
def normalise_unit(text: str | None) -> Unit:
    """Return the :class:`Unit` of a unit string.

    Parameters
    ----------
    text : str or None
        As typed: 「公斤」, 「 KG 」, 「床 」. Empty or None means the default 件.

    Returns
    -------
    Unit
        A known unit from the table, or a count unit named by the folded text (床, 台, 套 ...).
    """
    folded = fold_unit(text) or _GENERIC_COUNT
    hit = _table().get(folded)
    if hit is not None:
        return hit
    if len(folded) > 1 and folded[0] in _NUMERAL_PREFIX:
        # 千块 = 1,000 块, 万尾 = 10,000 尾, 百斤 = 50 kg (round 8): a numeral prefix multiplies the unit.
        inner = normalise_unit(folded[1:])
        if not inner.of:
            factor = _NUMERAL_PREFIX[folded[0]] * inner.factor
            if inner.dimension != COUNT:
                return Unit(folded, inner.dimension, factor)
            return Unit(folded, COUNT, factor, of=(inner.name,))
    return Unit(folded, COUNT, 1.0)


#: Numeral prefixes of a unit (千块, 万尾, 百斤).
_NUMERAL_PREFIX = {"十": 10.0, "百": 100.0, "千": 1000.0, "万": 10000.0}
#: Packs whose content a record may state: 「24瓶/箱」「每箱24瓶」「×24瓶」「50只装」「500米/卷」.
PACKS = ("箱", "盒", "袋", "包", "卷", "件", "提", "桶", "捆", "扎", "板", "筐", "篮", "罐", "听", "组", "套")
_CONTENT = r"([0-9]+(?:\.[0-9]+)?)\s*([^\s0-9.,，。;；/×x*()（）\[\]【】]{1,2}?)"


#: What a count unit that is no pack may hold as stated content (「(4米/根)」「每卷50平方米」「每桶5升」).
_STATED_PER_UNIT = frozenset({"length", "area", "volume"})


def pack_unit(unit: str | None, text: str) -> Unit:
    """Return the unit of a record whose unit is a pack with its content stated in ``text``.

    A pack (:data:`PACKS`: 箱, 盒, 卷 ...) is a count of unknown content, unless the record says how
    much one holds: 「饮用水550ml×24瓶」 or 「24瓶/箱」 or 「每箱24瓶」 in 箱 is 24 瓶; 「(50只/盒)」 or
    「50只装」 in 盒 is 50 只; 「(500米/卷)」 in 卷 is 500 m, a length. Any other count unit but the generic
    one counts its stated content too, when the record says it per unit and it is a length, an area or a
    volume (round 10: 「(4米/根)」 or 「每根4米」 in 根 is 4 m; 「×24」 and 「24瓶装」 stay a pack's; 「每台8g内存」
    and 「每头500斤」 are a spec and a weight, not content). A pack's content must be a known measured unit or
    another count (a pack in a pack: 24盒/箱); a price (「每袋50元」) is never content; anything else returns
    the plain unit.

    Parameters
    ----------
    unit : str or None
        The record's unit as typed.
    text : str
        The record's title and description.

    Returns
    -------
    Unit
        A count multiple of the content (``of`` = its unit, ``factor`` = how many), a measured unit
        scaled to the content, or :func:`normalise_unit` of ``unit`` when the text states no content.
    """
    plain = normalise_unit(unit)
    if plain.dimension != COUNT or plain.generic or plain.of or not text:
        return plain
    folded = fold_word(text)
    is_pack = plain.name in PACKS
    if not is_pack and "/" not in folded and "每" not in folded:
        return plain  # another count unit states its content only per unit (「4米/根」「每根4米」)
    pack = re.escape(plain.name)
    patterns = (_CONTENT + rf"\s*/\s*{pack}", rf"每{pack}" + _CONTENT)
    if is_pack:
        patterns += (r"[×x*]\s*" + _CONTENT, _CONTENT + rf"(?:整)?{pack}", _CONTENT + r"装")
    for pattern in patterns:
        for m in re.finditer(pattern, folded):
            written = m.group(2)
            longer = folded[m.start(2):m.start(2) + 2]
            if len(written) == 1 and fold_unit(longer) in _table():
                written = longer  # 「每袋25公斤」「每袋25kg」: the longest known unit, not 公 or k
            inner = normalise_unit(written)
            if inner.of or fold_unit(written) == plain.name or inner.dimension == _MONEY:
                continue  # a price per unit (「每袋50元」「每辆2000元」) is no content
            if not is_pack and inner.dimension not in _STATED_PER_UNIT:
                continue  # 「每台8g内存」「48v/台」「每头500斤」: a spec or a weight, not what one 台 / 头 holds
            if inner.dimension == COUNT and inner.name not in _table() and len(written) > 1:
                continue  # 「24瓶整」: only a known or one-character count names the content
            amount = float(m.group(1)) * inner.factor
            if amount <= 0:
                continue
            if inner.dimension != COUNT:
                return Unit(plain.name, inner.dimension, amount)
            return Unit(plain.name, COUNT, amount, of=(inner.name,))
    return plain


def record_unit(kind: str, unit: str | None, text: str = "") -> Unit:
    """Return the :class:`Unit` a record's quantity is counted in: the one reading of a record's unit.

    Cash (``kind == "cash"``) is money: a money unit as written (「万元」: 1 is 10,000 元), any other
    unit, the default 件 included, read as 元 (MATCHING_FORMAT.md: "quantity … yuan for cash").
    Anything else is :func:`pack_unit` of ``unit`` and ``text`` (the record's title and description),
    so a pack whose content the record states counts its content. Used by the matcher's columns and
    by the evaluator's allocation check alike.
    """
    if kind == "cash":
        u = normalise_unit(unit)
        return u if u.dimension == _MONEY else normalise_unit("元")
    return pack_unit(unit, text)


def unit_factor(need_unit: str | None, offer_unit: str | None,
                same_item_units: frozenset[str] = frozenset()) -> float | None:
    """Return how many of the need's units one of the offer's units is, or None if not comparable.

    Parameters
    ----------
    need_unit, offer_unit : str or None
        Unit strings as typed.
    same_item_units : frozenset of str
        Folded count units that name the same amount of the item both records are about (from the
        lexicon, e.g. ``{"床", "条", "件"}`` for 棉被).

    Returns
    -------
    float or None
        ``2.0`` for offer 公斤 / need 斤, ``1.0`` for equal or interchangeable counts, ``12.0`` for
        offer 打 / need 双 when the item counts in 双 (``same_item_units``), None otherwise.

    Examples
    --------
    >>> unit_factor("斤", "公斤")
    2.0
    >>> unit_factor("床", "床 ")
    1.0
    >>> unit_factor("斤", "袋") is None
    True
    >>> unit_factor("双", "打", frozenset({"双"}))
    12.0
    """
    n, o = normalise_unit(need_unit), normalise_unit(offer_unit)
    if n.dimension != o.dimension:
        return None
    if n.dimension != COUNT:
        return o.factor / n.factor
    if n.name == o.name:
        return 1.0
    if (o.multiple_of(n) and (o.of != ("*",) or n.name in same_item_units)) or \
            (n.multiple_of(o) and (n.of != ("*",) or o.name in same_item_units)):
        return o.factor / n.factor
    if n.name in same_item_units and o.name in same_item_units:
        return 1.0
    return None
