"""Compose natural Chinese titles and descriptions from the fragments in `vocabulary`.

Household needs never name the village or anyone in the household: the public sees the township and a
masked name only. Village needs name their village, which is public as the beneficiary.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal

from . import vocabulary as v
from .vocabulary import Item

_ETHNIC = (
    "各族", "土家族", "布依族", "达斡尔族", "鄂温克族", "鄂伦春族", "哈萨克族", "塔吉克族", "仫佬族",
    "毛南族", "仡佬族", "傈僳族", "纳西族", "哈尼族", "拉祜族", "景颇族", "普米族", "撒拉族", "东乡族",
    "保安族", "裕固族", "蒙古族", "朝鲜族", "锡伯族", "独龙族", "彝族", "回族", "苗族", "侗族", "瑶族",
    "壮族", "藏族", "羌族", "傣族", "白族", "满族", "土族", "水族", "黎族", "畲族", "佤族", "怒族", "京族",
)
_ETHNIC_RE = re.compile("(" + "|".join(_ETHNIC) + ")")
TITLE_MIN, TITLE_MAX = 4, 30


def short_region_name(name: str) -> str:
    """Return the everyday short name: 威宁彝族回族苗族自治县 → 威宁县, 贵州省 → 贵州, 杭州市 → 杭州."""
    for full, short in (("壮族自治区", ""), ("回族自治区", ""), ("维吾尔自治区", ""), ("自治区", ""),
                        ("特别行政区", "")):
        if name.endswith(full) and len(name) > len(full):
            return name[: -len(full)]
    if "自治" in name:
        match = _ETHNIC_RE.search(name)
        if match and match.start() >= 2:
            return name[: match.start()] + name[-1]
        return name
    if name.endswith(("省", "市")) and len(name) >= 3:
        return name[:-1]
    return name


def amount_text(value: Decimal | int) -> str:
    """Write an amount of yuan as people do: 3000 → 3000元, 25000 → 2.5万元."""
    value = Decimal(value)
    if value >= 10000:
        wan = (value / 10000).quantize(Decimal("0.01")).normalize()
        return f"{wan:f}万元"
    return f"{int(value)}元"


def quantity_text(item: Item, quantity: Decimal) -> str:
    """Return the quantity with its unit, as it reads in a sentence."""
    if item.kind == "cash":
        return amount_text(quantity)
    return f"{int(quantity)}{item.unit}"


def _fits(title: str) -> bool:
    return TITLE_MIN <= len(title) <= TITLE_MAX


# A word of two or more Chinese characters said twice in a row (搬迁安置补助缺口 + 缺口 → 缺口缺口).
_DOUBLED = re.compile(r"([\u4e00-\u9fff]{2,})\1")


def undouble(text: str) -> str:
    """Return ``text`` with any word of 2+ Chinese characters that follows itself said once: 缺口缺口 → 缺口."""
    return _DOUBLED.sub(r"\1", text)


def _overlaps(phrase: str, name: str) -> bool:
    """Return whether two phrases share a two-character word (外出务工 / 外出务工路费), which reads clumsily."""
    return any(phrase[i : i + 2] in name for i in range(len(phrase) - 1))


def need_title(rng: random.Random, item: Item, quantity: Decimal, *, village_name: str | None = None,
               place: str = "") -> str:
    """Return a title of 4–30 characters for a need of ``item``; village needs name the village."""
    q = quantity_text(item, quantity)
    name = item.name
    purposes = [p for p in item.purposes if not _overlaps(p, name)]
    purpose = rng.choice(purposes) if purposes else ""
    if item.category == "consumption":
        where = village_name or place
        options = [f"帮销{where}{name}", f"{where}{name}滞销求购", f"认购{where}{name}{q}",
                   f"{q}{name}待售", f"消费帮扶：{where}{name}", f"{where}{name}寻找买家"]
    elif village_name:
        options = [f"{village_name}{name}", f"{village_name}{name}{rng.choice(v.TITLE_SUFFIXES)}",
                   f"{name}（{village_name}）"]
        if item.kind == "cash":
            options += [f"{village_name}{name}缺口{q}",
                        f"为{village_name}筹集{name}" + ("" if name.endswith("资金") else "资金")]
        elif item.kind == "goods":
            options += [f"{village_name}{rng.choice(('需要', '急需'))}{name}", f"为{village_name}添置{name}"]
        else:
            options += [f"{village_name}{rng.choice(('需要', '寻求'))}{name}"]
        if purpose:
            options.append(f"{village_name}{purpose}需要{name}")
    else:
        whos = [w for w in v.WHO_BY_CATEGORY.get(item.category, ("困难家庭",)) if not _overlaps(w, name)]
        who = rng.choice(whos or ["困难家庭"])
        options = [f"{name}{rng.choice(v.TITLE_SUFFIXES)}"]
        if item.kind == "goods":
            verb = rng.choice(("需要", "急需", "缺少"))
            options += [f"{who}{verb}{name}", f"为{who}添置{name}", f"{name}{q}", f"给{who}送{q}{name}"]
            if purpose:
                options.append(f"{purpose}{rng.choice(('需要', '急需'))}{name}")
        elif item.kind == "cash":
            options += [f"{name}缺口{q}", f"为{who}筹集{name}"]
            if purpose:
                options.append(f"{purpose}筹款{q}")
        else:
            options += [f"{who}需要{name}", f"{name}{q}", f"为{who}寻求{name}"]
            if purpose:
                options.append(f"{purpose}需要{name}")
        if place:
            options.append(f"{place}{who}{'需要' if item.kind != 'cash' else '筹集'}{name}")
    rng.shuffle(options)
    for title in map(undouble, options):
        if _fits(title):
            return title
    return name if _fits(name) else (name + "需求")[:TITLE_MAX]


def household_description(rng: random.Random, item: Item, quantity: Decimal, cause: str) -> str:
    """Return 1–3 sentences: the household's situation, what the need is for, and sometimes a closing."""
    sentences = []
    if rng.random() < 0.85:
        sentences.append(rng.choice(v.REASONS.get(cause, v.REASONS["other"])))
    sentences.append(_use_sentence(rng, item, quantity))
    closing = _closing(rng, item, v.CLOSINGS_HOUSEHOLD)
    if closing and len(sentences) < 3:
        sentences.append(closing)
    return "".join(sentences)


def village_description(rng: random.Random, item: Item, quantity: Decimal, *, village: str, township: str,
                        county: str, households: int, poor: int) -> str:
    """Return 1–3 sentences about a village need."""
    reason = rng.choice(v.VILLAGE_REASONS).format(
        village=village, township=township, county=county, households=households, poor=poor,
        km=rng.randrange(8, 45),
    )
    sentences = [reason, _use_sentence(rng, item, quantity)]
    closing = _closing(rng, item, v.CLOSINGS_VILLAGE)
    if closing:
        sentences.append(closing)
    return "".join(sentences[: rng.choice((2, 3))])


def _closing(rng: random.Random, item: Item, own: tuple[str, ...]) -> str:
    pool = v.CLOSINGS_ANY + own + v.CLOSINGS_BY_KIND[item.kind]
    if item.category in v.WINTER_CATEGORIES:
        pool += (v.CLOSING_BEFORE_WINTER,)
    return rng.choice(pool)


def _use_sentence(rng: random.Random, item: Item, quantity: Decimal) -> str:
    template = rng.choice(item.uses)
    return template.format(q=int(quantity), u=item.unit, n=item.name)


def offer_title(rng: random.Random, item: Item, quantity: Decimal) -> str:
    """Return the title of an offer of ``item`` (up to 40 characters)."""
    q = int(quantity) if item.kind != "cash" else amount_text(quantity).removesuffix("元")
    if item.category == "consumption":
        template = rng.choice(v.PURCHASE_OFFER_TITLES)
    else:
        template = rng.choice(v.OFFER_TITLES[item.kind])
    return undouble(template.format(item=item.name, q=q, u=item.unit))[:40]


def offer_description(rng: random.Random, item: Item, region_names: list[str]) -> str:
    """Return 1–3 sentences describing an offer."""
    where = "、".join(region_names[:3])
    first = f"本次帮扶资源主要面向{where}。" if where else "本次帮扶资源不限地区。"
    rest = rng.sample(v.OFFER_DESCRIPTIONS[item.kind], k=rng.choice((1, 2)))
    return first + "".join(rest)


def feedback_text(rng: random.Random, category: str) -> str:
    """Return a thanks note suited to the need's category."""
    pool = v.FEEDBACK_BY_CATEGORY.get(category, ()) + v.FEEDBACK_GENERIC
    return rng.choice(pool)


def project_texts(rng: random.Random, helper_name: str, recipient_name: str, budget: Decimal,
                  beneficiaries: int) -> tuple[str, str, str, str]:
    """Return the category, title, description and kind of work (a key of ``PROJECT_UPDATE_STAGES``) of a project."""
    category, phrase, fragment, work = rng.choice(v.PROJECT_KINDS)
    helper = short_region_name(helper_name)
    recipient = short_region_name(recipient_name)
    title = undouble(rng.choice((f"{helper}援建{recipient}{phrase}", f"{recipient}{phrase}（{helper}协作）",
                                 f"{helper}—{recipient}{phrase}项目")))[:60]
    description = (f"{fragment}项目总投资{amount_text(budget)}，"
                   f"预计带动{beneficiaries}名群众增收。" + rng.choice(("", "资金由东西部协作财政援助资金安排。",
                                                                  "项目建成后资产归村集体所有。")))
    return category, title, description, work


def project_update_text(rng: random.Random, index: int, total: int, beneficiaries: int, work: str,
                        finished: bool) -> str:
    """Return the text of the ``index``-th of ``total`` progress updates of a project whose kind of work is ``work``.

    A finished project's last update closes it (``PROJECT_FINAL_TEXTS``); the others follow the stages of
    that kind of work, so a clinic never reports land transfers.
    """
    stages = v.PROJECT_UPDATE_STAGES[work]
    pool = v.PROJECT_FINAL_TEXTS[work] if finished and index == total - 1 else stages[min(index, len(stages) - 1)]
    return rng.choice(pool).format(n=rng.randrange(30, max(31, beneficiaries)), k=rng.randrange(5, 200),
                                   t=rng.randrange(2, 8))
