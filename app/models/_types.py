"""Column types and helpers shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Numeric, String, Text
from sqlalchemy.types import TypeDecorator

from ..crypto import cipher

# Quantities (units or yuan) with two decimals: enough for money and for 0.5 吨.
Quantity = Numeric(14, 2, asdecimal=True)

# Units counted in whole pieces (个数量词 of goods, animals and services): 1.5 床 cannot be given.
# Units of weight, length, area, volume and money (斤 公斤 吨 米 亩 升 元 …) stay divisible.
INDIVISIBLE_UNITS = frozenset(
    "床 台 头 只 件 辆 套 张 个 把 部 匹 口 间 座 本 双 顶 架 株 棵 名 人 位 盏 箱 袋 包 瓶 桶 盒 条 块 支 副 户 次 册 份"
    .split()
)


def is_indivisible(unit: str | None) -> bool:
    """Return whether quantities in ``unit`` must be whole numbers (see INDIVISIBLE_UNITS)."""
    return (unit or "").strip() in INDIVISIBLE_UNITS


def whole_unit_problem(quantity: Decimal, unit: str | None) -> str | None:
    """Return the Chinese refusal when ``quantity`` is fractional in an indivisible ``unit``, else None."""
    if is_indivisible(unit) and quantity != quantity.to_integral_value():
        return f"以“{unit.strip()}”计的数量须为整数，不能填写 {plain_quantity(quantity)}"
    return None


def plain_quantity(value) -> str:
    """Return a quantity as typed input shows it, without trailing zeros: 45.00 → "45", 2.50 → "2.5"."""
    if value is None:
        return ""
    text = f"{Decimal(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def utcnow() -> datetime:
    """Return the current time, timezone-aware in UTC."""
    return datetime.now(UTC)


def one_of(column: str, values, name: str | None = None) -> CheckConstraint:
    """Return a CHECK constraint that keeps ``column`` inside ``values`` (portable enum)."""
    listed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({listed})", name=name or f"{column}_valid")


class EncryptedText(TypeDecorator):
    """Store a string encrypted with the app's personal-data key; read it back in clear."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return cipher().encrypt(value)

    def process_result_value(self, value, dialect):
        return cipher().decrypt(value)


class UTCDateTime(TypeDecorator):
    """Store aware datetimes as UTC and always return them aware (SQLite keeps no zone)."""

    from sqlalchemy import DateTime as _DateTime

    impl = _DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


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

KINDS: dict[str, str] = {"goods": "物品", "cash": "资金", "service": "服务"}

URGENCIES: dict[int, str] = {1: "一般", 2: "较急", 3: "紧急"}

RegionCode = String(12)
ZERO = Decimal("0")
