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

A unit field that states an amount is that amount of the unit inside it (round 13): 「25kg」, 「两百斤」,
「半吨」, 「50kg袋」, 「袋（25kg）」, 「25kg/袋」, 「5L/桶」 are measured amounts (25 kg, 100 kg, 500 kg ...), 「箱(24瓶)」
and 「24瓶装」 a count multiple of 24 瓶; numbers may be written in Chinese numerals (:func:`parse_number`).
A number inside a set's name (「四件套」) is no amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .thesaurus import fold_word

__all__ = ["COUNT", "PACKS", "Unit", "fold_unit", "normalise_unit", "pack_unit", "parse_number", "record_unit",
           "unit_factor"]

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


@lru_cache(maxsize=4096)
def fold_unit(text: str | None) -> str:
    """Return ``text`` folded for lookup: NFKC, lower case, simplified characters (個 → 个, 雙 → 双), no whitespace, no trailing full stop; "" for None.

    Remembered (a few thousand unit strings recur in every record and every concept's list of units; round 21).
    """
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
        A known unit from the table; a unit field with an amount in it (「25kg」「两百斤」「袋(25kg)」「箱(24瓶)」,
        round 13) as that amount of its inner unit; a numeral-prefixed unit (千块, 万尾); else a count unit
        named by the folded text (床, 台, 套 ...).
    """
    folded = fold_unit(text) or _GENERIC_COUNT
    hit = _table().get(folded)
    if hit is not None:
        return hit
    stated = _unit_with_amount(folded)
    if stated is not None:
        return stated
    bare = _undecorated(folded)
    if bare is not None:
        return bare
    either = _EITHER_UNIT.fullmatch(folded)
    if either is not None:
        # 「台(套)」「台/套」 (round 15, blind21 analysed: a procurement list's unit for a machine that comes as a
        # set): either count, read as the first (a measured or known non-count unit is no such pair).
        first, second = normalise_unit(either.group(1)), normalise_unit(either.group(2) or either.group(3))
        if first.dimension == second.dimension == COUNT and not first.of and not second.of:
            return first
    if len(folded) > 1 and folded[0] in _NUMERAL_PREFIX:
        # 千块 = 1,000 块, 万尾 = 10,000 尾, 百斤 = 50 kg (round 8): a numeral prefix multiplies the unit.
        inner = normalise_unit(folded[1:])
        if not inner.of:
            factor = _NUMERAL_PREFIX[folded[0]] * inner.factor
            if inner.dimension != COUNT:
                return Unit(folded, inner.dimension, factor)
            return Unit(folded, COUNT, factor, of=(inner.name,))
    return Unit(folded, COUNT, 1.0)


#: A count unit with its alternative (round 15): 「台(套)」 (folded from 「台（套）」) or 「台/套」, one Chinese character each.
_EITHER_UNIT = re.compile(r"([\u4e00-\u9fff])(?:\(([\u4e00-\u9fff])\)|/([\u4e00-\u9fff]))")
#: Numeral prefixes of a unit (千块, 万尾, 百斤).
_NUMERAL_PREFIX = {"十": 10.0, "百": 100.0, "千": 1000.0, "万": 10000.0}
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SCALE = {"十": 10, "百": 100, "千": 1000, "万": 10000}
#: A number as a record writes it: 25, 1.5, 1.5万, 两百, 一百五十, 十二, 半 (a Chinese numeral never ends in 两
#: unless it is 两 itself: 「二两」 is 2 两, a weight).
_NUM = r"(?:[0-9]+(?:\.[0-9]+)?[十百千万]?|[零〇一二两三四五六七八九十百千万半]*[零〇一二三四五六七八九十百千万半]|两)"
#: An approximate amount (「三十来个」「五十多斤」「20余袋」) is read as the number written.
_APPROX = r"(?:来|多|余)?"
#: A pack's stated content in a record's text: a number (digits or Chinese) and a unit of one or two characters.
_CONTENT = rf"({_NUM})\s*{_APPROX}\s*([^\s0-9.,，。;；/×x*()（）\[\]【】]{{1,2}}?)"


def parse_number(text: str) -> float | None:
    """Return the value of a number written in digits or Chinese numerals, or None.

    「25」 25, 「1.5」 1.5, 「1.5万」 15,000, 「两百」 200, 「一百五十」 150, 「十二」 12, 「一千二」 1,200 (the
    colloquial 一千二 = 1,200), 「半」 0.5; anything else (「公斤」, 「」) None.
    """
    if not text:
        return None
    m = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)([十百千万]?)", text)
    if m:
        return float(m.group(1)) * _CN_SCALE.get(m.group(2), 1)
    if text == "半":
        return 0.5
    if any(ch not in _CN_DIGIT and ch not in _CN_SCALE for ch in text):
        return None
    total, section, digit, last_scale = 0, 0, None, 1
    for ch in text:
        if ch in _CN_DIGIT:
            if digit is not None and _CN_DIGIT[ch] and digit:
                return None  # 「二三」 is no number
            digit = _CN_DIGIT[ch]
            continue
        scale = _CN_SCALE[ch]
        if scale == 10000:
            total += (section + (digit or 0)) * scale if (section or digit) else scale
            section, digit, last_scale = 0, None, scale
            continue
        section += (1 if digit is None else digit) * scale
        digit, last_scale = None, scale
    if digit is not None:
        # 「一千二」「两百五」「一万五」: a bare digit after a scale is one step below it.
        section += digit * (last_scale // 10 if last_scale >= 100 and text[-2] in _CN_SCALE else 1)
    return float(total + section)


#: Packs whose content a record may state: 「24瓶/箱」「每箱24瓶」「×24瓶」「50只装」「500米/卷」.
PACKS = ("箱", "盒", "袋", "包", "卷", "件", "提", "桶", "捆", "扎", "板", "筐", "篮", "罐", "听", "组", "套")
#: Packs a unit field may name after its content (「50kg袋」「25公斤装」「24瓶/箱」「袋(25kg)」): the
#: :data:`PACKS`, the vessels a content is sold in (瓶, 壶, 坛, 篓, 箩, 车) and a few spelled out.
_FIELD_PACK = r"(?:麻袋|编织袋|大袋|小袋|纸箱|[" + "".join(PACKS) + "瓶壶坛篓箩车])"
_FIELD_FORMS = (
    # (Round 16, blind23 analysed: the bracket may repeat its pack with 每 — 「袋（每袋25公斤）」「盒（每盒50片）」 —
    # and may count the packs inside before the total — 「箱(8包80片)」: 80 片.)
    re.compile(rf"(?P<pack>{_FIELD_PACK})?\((?:每{_FIELD_PACK})?(?:{_NUM}{_FIELD_PACK})?"
               rf"(?P<num>{_NUM}){_APPROX}(?P<unit>.+?)装?(?:/{_FIELD_PACK})?\)"),
    re.compile(rf"(?P<num>{_NUM}){_APPROX}(?P<unit>.+?)装?/(?P<pack>{_FIELD_PACK})"),
    re.compile(rf"每(?P<pack>{_FIELD_PACK})(?P<num>{_NUM}){_APPROX}(?P<unit>.+?)"),
    re.compile(rf"(?P<num>{_NUM}){_APPROX}(?P<unit>.+?)(?P<sep>装?(?:一|每)?)(?P<pack>{_FIELD_PACK})?"),
)


#: Words around a unit that change nothing (round 13): 「约」「大约」 before it, 「左右」「上下」「儿」 after it, 「个」
#: before 平方 / 立方 (「三十个平方」), 「钱」 after a money unit (元钱), 「地」 after a land unit (亩地), a gloss in
#: brackets of the same unit (「Kg（公斤）」「斤(市斤)」), a rate per person or time (「元/人」「个/户」「斤/月」).
_DECORATION = re.compile(r"(?:约|大约|个(?=平|立))?(?P<unit>.+?)(?:左右|上下|儿|钱|地|/(?:人|户|月|年|天|日|次|周)|\((?P<gloss>[^()]+)\))?")


def _undecorated(folded: str) -> Unit | None:
    m = _DECORATION.fullmatch(folded)
    if m is None or m.group("unit") == folded:
        return None
    unit = _table().get(m.group("unit")) or _unit_with_amount(m.group("unit"))  # 「约50斤」「25kg左右」
    if unit is None:
        return None
    tail = folded[m.end("unit"):]
    if (tail == "钱" and unit.dimension != _MONEY) or (tail == "地" and unit.dimension != "area"):
        return None
    if m.group("gloss") is not None:
        gloss = _table().get(m.group("gloss"))
        if gloss is None or gloss.dimension != unit.dimension or gloss.factor != unit.factor:
            return None
    return unit


def _unit_with_amount(folded: str) -> Unit | None:
    # A unit field that states an amount (round 13): 「25kg」「50斤装」「两百斤」「半吨」「50kg袋」「袋(25kg)」
    # 「25kg/袋」「5l/桶」「箱(24瓶)」「24瓶装」 is that amount of the unit written inside it: a measured amount
    # (25 kg), or a count multiple of the inner count unit (24 瓶). The inner unit must be a known unit or one
    # Chinese character (「48v」 stays a count of its own).
    for form in _FIELD_FORMS:
        m = form.fullmatch(folded)
        if m is None:
            continue
        number, written = parse_number(m.group("num")), m.group("unit")
        if not number or number <= 0:
            continue
        if fold_unit(written) not in _table() and not (len(written) == 1 and "\u4e00" <= written <= "\u9fff") \
                and _undecorated(written) is None:  # 「三十个平方」: 30 平方米
            continue
        inner = normalise_unit(written)
        if written == _PIECE and inner.dimension == _MONEY and (m.group("pack") or "装" in folded):
            inner = Unit(_PIECE, COUNT, 1.0)  # 「箱(48块装)」: a pack holds pieces, never money (round 16)
        if inner.of:
            continue
        if "sep" in form.groupindex and m.group("pack") and not m.group("sep") and (
                not m.group("num")[0].isdigit() or inner.generic):
            continue  # 「四件套」「4件套」: a name with a number in it, not a pack's content
        amount = number * inner.factor
        if inner.dimension != COUNT:
            return Unit(folded, inner.dimension, amount)
        if amount == 1 and not m.group("pack"):
            return inner
        return Unit(folded, COUNT, amount, of=(inner.name,))
    return None


#: Classifiers a pack's content may be counted in after a Chinese numeral (「每箱十二瓶」「一盒五十片」).
_CN_COUNT_WORDS = frozenset("瓶盒包袋支片双条块粒张本根把枚贴株棵头卷罐听提桶套副对")
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
    the plain unit. Round 13: the amount may be in Chinese numerals (「每袋五十斤」「每箱十二瓶」), approximate
    (「三十来个」), and written 「一袋25公斤」, 「25公斤一袋」, 「12瓶一箱」 or 「箱(24瓶)」; a number inside a set's
    name (「四件套」「4件套」) is not content.

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
    # (Round 22, blind36 analysed: a young donor's 「整盒12支」「整套10本」 and 「30枚礼盒」 state the content too.)
    patterns = (_CONTENT + rf"\s*/\s*{pack}", rf"(?:每|一|单|整){pack}\s*(?:装|有|约|是)?" + _CONTENT)
    if is_pack:
        patterns += (r"[×x*]\s*" + _CONTENT, _CONTENT + rf"\s*(?:整|一|每|礼)?{pack}", _CONTENT + r"装",
                     rf"{pack}\s*\(\s*(?:每{pack})?" + _CONTENT)
    for pattern in patterns:
        for m in re.finditer(pattern, folded):
            written = m.group(2)
            longer = folded[m.start(2):m.start(2) + 2]
            if len(written) == 1 and fold_unit(longer) in _table():
                written = longer  # 「每袋25公斤」「每袋25kg」: the longest known unit, not 公 or k
            number = parse_number(m.group(1))
            tail = folded[m.end(2):m.end(2) + 1]
            if tail == plain.name and (not m.group(1)[0].isdigit() or written == _GENERIC_COUNT):
                continue  # 「四件套」「三层架」「4件套」: a name with a number in it, not what one 套 holds
            if number is None or (not m.group(1)[0].isdigit() and fold_unit(written) not in _table()
                                  and written not in _CN_COUNT_WORDS):
                continue  # 「每袋一般」: a Chinese numeral names content only before a known unit or classifier
            inner = normalise_unit(written)
            if inner.of or fold_unit(written) == plain.name or inner.dimension == _MONEY:
                continue  # a price per unit (「每袋50元」「每辆2000元」) is no content
            if not is_pack and inner.dimension not in _STATED_PER_UNIT:
                continue  # 「每台8g内存」「48v/台」「每头500斤」: a spec or a weight, not what one 台 / 头 holds
            if inner.dimension == COUNT and inner.name not in _table() and len(written) > 1:
                continue  # 「24瓶整」: only a known or one-character count names the content
            amount = number * inner.factor
            if amount <= 0:
                continue
            if inner.dimension != COUNT:
                return Unit(plain.name, inner.dimension, amount)
            return Unit(plain.name, COUNT, amount, of=(inner.name,))
    return plain


#: The colloquial yuan that is also the classifier of a piece (一块肥皂, 一块砖, 千块砖): money in a cash
#: record, a piece of a thing in any other (round 14: soap, coal, tiles and screens in 块 read as 元 and
#: matched nothing in 个 / 片).
_PIECE = "块"


@lru_cache(maxsize=4096)
def count_unit(unit: str | None) -> Unit:
    """Return the :class:`Unit` of ``unit`` as a record of goods or services counts: :func:`normalise_unit`,
    except that 块 (also 十块 / 百块 / 千块 / 万块) is the count unit 块 — a piece — not the colloquial 元.

    Used for the unit of a goods or service record (:func:`record_unit`) and for the units a lexicon
    concept lists (:meth:`matching.lexicon.Lexicon.count_units`). 块钱 stays money. Remembered, as
    :func:`normalise_unit` is (a :class:`Unit` is frozen; round 21).
    """
    folded = fold_unit(unit)
    if folded == _PIECE:
        return Unit(_PIECE, COUNT, 1.0)
    if len(folded) == 2 and folded[1] == _PIECE and folded[0] in _NUMERAL_PREFIX:
        return Unit(folded, COUNT, _NUMERAL_PREFIX[folded[0]], of=(_PIECE,))
    return normalise_unit(unit)


def record_unit(kind: str, unit: str | None, text: str = "") -> Unit:
    """Return the :class:`Unit` a record's quantity is counted in: the one reading of a record's unit.

    Cash (``kind == "cash"``) is money: a money unit as written (「万元」: 1 is 10,000 元), any other
    unit, the default 件 included, read as 元 (MATCHING_FORMAT.md: "quantity … yuan for cash").
    Anything else is :func:`pack_unit` of ``unit`` and ``text`` (the record's title and description),
    so a pack whose content the record states counts its content; 块 there is a piece (:func:`count_unit`). Used by the matcher's columns and
    by the evaluator's allocation check alike.
    """
    if kind == "cash":
        u = normalise_unit(unit)
        return u if u.dimension == _MONEY else normalise_unit("元")
    piece = count_unit(unit)
    if piece.dimension == COUNT and piece.name.endswith(_PIECE) and normalise_unit(unit).dimension == _MONEY:
        return piece  # goods in 块 are pieces (count_unit); a pack's stated content does not apply
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
    # Round 18: a multiple of one of the item's interchangeable counts is a multiple of the others too — 千片 of
    # tiles against 块 when 瓦片 counts in 块 / 片 (the catalogues list both at size 1 and 千片 at 1000).
    for a, b in ((o, n), (n, o)):
        if a.of and a.of != ("*",) and not b.of and b.name in same_item_units \
                and any(u in same_item_units for u in a.of):
            return o.factor / n.factor
    if n.name in same_item_units and o.name in same_item_units:
        return 1.0
    return None
