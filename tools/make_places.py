"""Write search/data/places.txt: every province, prefecture and county with its everyday short form.

Run from the repository root after the shipped divisions change::

    .venv/bin/python tools/make_places.py

The names come from app/reference/data/{provinces,cities,areas}.csv (NBS 2023 statistical division
codes, modood/Administrative-divisions-of-China, WTFPL; see docs/data-sources.md). The short form is
the name without its level suffix (省/市/县/区/州/旗/盟/地区 …, 自治县/自治州/自治区/自治旗) and without
the ethnic groups named before 自治 (宁蒗彝族自治县 → 宁蒗, 怒江傈僳族自治州 → 怒江); a short form of
one character is not made (沙县 stays 沙县), nor one of more than four (development zones), nor
a pseudo-division (市辖区, 省直辖县级行政区划).
"""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "app" / "reference" / "data"
OUT = ROOT / "search" / "data" / "places.txt"

# The 55 minority nationalities and 汉, as division names write them (with 族); a few autonomous
# divisions write the name without 族 (新疆维吾尔自治区, 伊犁哈萨克自治州, 巴音郭楞蒙古自治州).
ETHNIC = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
    "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 "
    "裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
).split()
_ETHNIC_PARTS = sorted(
    {*(name + "族" for name in ETHNIC), *(name for name in ETHNIC if len(name) >= 2)}, key=len, reverse=True
)
_AUTONOMOUS = ("自治县", "自治州", "自治区", "自治旗")
_LEVELS = ("特别行政区", "地区", "林区", "特区", "新区", "省", "市", "县", "区", "州", "旗", "盟")
_PSEUDO = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")


def short_form(name: str) -> str | None:
    """Return the everyday short form of a division's ``name``, or None when it has none."""
    if name in _PSEUDO:
        return None
    stem = name
    autonomous = stem.endswith(_AUTONOMOUS)
    if autonomous:
        stem = stem[:-3]
    else:
        for suffix in _LEVELS:
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
                break
    # The nationalities before the suffix (宁蒗彝族自治县, 管城回族区); without 族 only in autonomous names.
    parts = _ETHNIC_PARTS if autonomous else [p for p in _ETHNIC_PARTS if p.endswith("族")]
    stripped = True
    while stripped:
        stripped = False
        for part in parts:
            if stem.endswith(part) and len(stem) - len(part) >= 2:
                stem, stripped = stem[: -len(part)], True
                break
    if stem.endswith("族") and len(stem) >= 3:  # 东乡族自治县: the nationality is the name → 东乡
        stem = stem[:-1]
    # Development zones and the like (…高新技术产业开发区) have no everyday short form.
    if not 2 <= len(stem) <= 4 or stem == name:
        return None
    return stem


def main() -> None:
    """Read the shipped divisions and write places.txt."""
    rows: list[tuple[str, str]] = []
    for file in ("provinces.csv", "cities.csv", "areas.csv"):
        with open(DATA / file, encoding="utf-8", newline="") as handle:
            rows += [(row["code"], row["name"]) for row in csv.DictReader(handle)]
    lines = [
        "# Divisions (province, prefecture, county): code, full name, everyday short form ('-' when none).",
        "# Made by tools/make_places.py from app/reference/data/{provinces,cities,areas}.csv: NBS 2023",
        "# division codes via modood/Administrative-divisions-of-China (WTFPL), see docs/data-sources.md.",
    ]
    for code, name in rows:
        if name in _PSEUDO:
            continue
        lines.append(f"{code} {name} {short_form(name) or '-'}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 3} divisions to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
