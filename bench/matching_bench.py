"""Benchmark the matcher at portal scale: candidates, recall against exhaustive scoring, allocation.

Generates needs and offers with varied Chinese texts (phrase fragments around a catalogue of items,
real county codes from ``matching/data``, deterministic seed), then measures

1. the time to build the features (tokenising with ``search.analysis.analyze``, TF-IDF) and the
   candidate index, and to produce the top-20 needs of every offer;
2. recall@20 of that candidate path against exhaustive scoring on a sample of offers (1 %);
3. allocation of ``--alloc-offers`` offers over ``--alloc-needs`` needs, optimal (LP) vs greedy,
   also under ``--max-per-beneficiary`` (default 1): time, total score, needs covered, Gini of help
   across beneficiaries;
4. peak resident memory (``resource.getrusage(...).ru_maxrss``).

Full size (targets: top-20 for all offers < 10 min, peak memory < 8 GiB, recall@20 ≥ 0.95)::

    .venv/bin/python bench/matching_bench.py --needs 1000000 --offers 100000

A quick run: ``--needs 20000 --offers 2000 --alloc-needs 5000 --alloc-offers 500``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matching import CandidateIndex, PairData, Scorer, compare_plans, recall_at_k  # noqa: E402
from matching.allocation import greedy_allocation, solve_allocation  # noqa: E402
from matching.api import allocation_edges  # noqa: E402
from matching.records import Need, Offer  # noqa: E402
from matching.regions import county_codes  # noqa: E402

TODAY = dt.date(2026, 11, 28)

# Catalogue: category -> items (item word(s) as written in texts, kind, unit, need qty range, offer qty range)
CATALOGUE: dict[str, list[tuple[tuple[str, ...], str, str, tuple[int, int], tuple[int, int]]]] = {
    "education": [
        (("书包", "学习用品", "文具"), "goods", "套", (1, 4), (20, 500)),
        (("校服",), "goods", "套", (1, 3), (20, 300)),
        (("课桌椅",), "goods", "套", (1, 40), (10, 200)),
        (("电脑", "笔记本电脑"), "goods", "台", (1, 2), (5, 50)),
        (("图书", "课外书"), "goods", "本", (10, 200), (100, 5000)),
        (("助学金", "学费"), "cash", "元", (1000, 8000), (10000, 300000)),
        (("课业辅导", "支教"), "service", "次", (5, 40), (20, 400)),
    ],
    "medical": [
        (("轮椅", "电动轮椅", "代步车"), "goods", "台", (1, 2), (2, 50)),
        (("助听器",), "goods", "个", (1, 2), (5, 60)),
        (("拐杖", "助行器"), "goods", "个", (1, 2), (10, 100)),
        (("血压计", "血糖仪"), "goods", "台", (1, 2), (10, 200)),
        (("医药费", "大病救助", "手术费"), "cash", "元", (2000, 50000), (20000, 500000)),
        (("义诊", "康复训练", "上门护理"), "service", "次", (2, 20), (20, 300)),
    ],
    "housing": [
        (("危房改造", "房屋改造"), "cash", "元", (5000, 40000), (50000, 500000)),
        (("水泥",), "goods", "吨", (1, 10), (20, 300)),
        (("门窗", "铝合金门窗"), "goods", "套", (1, 6), (10, 100)),
        (("屋顶瓦片", "彩钢瓦"), "goods", "平方米", (20, 150), (200, 3000)),
        (("房屋维修", "电路改造"), "service", "次", (1, 3), (10, 100)),
    ],
    "living": [
        (("棉衣", "羽绒服", "冬衣", "棉袄"), "goods", "件", (1, 6), (50, 2000)),
        (("棉被", "被子", "被褥"), "goods", "床", (1, 5), (30, 1000)),
        (("大米", "面粉"), "goods", "袋", (2, 10), (50, 2000)),
        (("食用油",), "goods", "桶", (1, 6), (50, 1000)),
        (("电饭锅", "电磁炉"), "goods", "台", (1, 1), (10, 200)),
        (("热水器", "太阳能热水器"), "goods", "台", (1, 1), (5, 100)),
        (("生活补助", "临时救助"), "cash", "元", (500, 5000), (10000, 200000)),
    ],
    "production": [
        (("化肥", "肥料"), "goods", "袋", (5, 40), (100, 5000)),
        (("种苗", "猕猴桃苗", "核桃苗", "花椒苗"), "goods", "株", (50, 500), (1000, 50000)),
        (("鸡苗", "鸭苗"), "goods", "只", (50, 300), (500, 20000)),
        (("黑山羊", "牛犊"), "goods", "只", (2, 10), (20, 300)),
        (("农机", "微耕机"), "goods", "台", (1, 1), (5, 60)),
        (("养殖技术", "种植技术指导"), "service", "次", (1, 10), (20, 300)),
        (("产业发展资金", "启动资金"), "cash", "元", (3000, 30000), (50000, 500000)),
    ],
    "employment": [
        (("技能培训", "培训"), "service", "人次", (1, 5), (20, 500)),
        (("就业岗位", "招聘", "岗位"), "service", "个", (1, 3), (10, 300)),
        (("务工路费", "交通补贴"), "cash", "元", (300, 3000), (10000, 100000)),
    ],
    "infrastructure": [
        (("饮水安全", "安全饮水", "自来水管"), "goods", "米", (100, 2000), (1000, 20000)),
        (("路灯", "太阳能路灯"), "goods", "盏", (5, 50), (50, 500)),
        (("通村公路", "道路硬化"), "cash", "元", (20000, 200000), (100000, 2000000)),
        (("水窖", "蓄水池"), "cash", "元", (5000, 30000), (50000, 500000)),
    ],
    "consumption": [
        (("核桃",), "goods", "斤", (100, 2000), (500, 20000)),
        (("花椒",), "goods", "斤", (50, 1000), (500, 10000)),
        (("茶叶", "普洱茶"), "goods", "斤", (50, 1000), (200, 10000)),
        (("蜂蜜",), "goods", "斤", (50, 800), (200, 8000)),
        (("土鸡蛋",), "goods", "枚", (500, 5000), (2000, 50000)),
        (("腊肉",), "goods", "斤", (50, 600), (200, 5000)),
        (("猕猴桃", "脐橙", "苹果"), "goods", "斤", (500, 5000), (2000, 100000)),
    ],
    "finance": [
        (("小额信贷", "扶贫小额信贷", "贷款"), "cash", "元", (10000, 50000), (100000, 2000000)),
        (("贷款贴息", "保险补贴"), "cash", "元", (500, 5000), (20000, 300000)),
    ],
    "relocation": [
        (("家具", "衣柜", "床"), "goods", "套", (1, 3), (10, 300)),
        (("家电", "电视", "洗衣机"), "goods", "台", (1, 2), (10, 200)),
        (("易地搬迁", "搬迁安置"), "cash", "元", (3000, 20000), (50000, 500000)),
    ],
    "other": [
        (("心理辅导", "法律援助"), "service", "次", (1, 6), (10, 300)),
        (("手机", "智能手机"), "goods", "部", (1, 2), (10, 200)),
    ],
}
CATEGORY_CODES = list(CATALOGUE)

WHO = ["家中老人", "留守儿童", "残疾人", "因病致贫家庭", "低保户", "特困供养人员", "五保户", "单亲家庭",
       "建档立卡贫困户", "贫困村村民", "孤寡老人", "大学新生", "务工返乡人员", "困难群众"]
CAUSE = ["因病致贫", "因残致贫", "因学致贫", "因灾致贫", "缺劳力", "缺技术", "缺资金", "交通条件落后",
         "缺土地", "缺水", "自身发展动力不足"]
DETAIL = ["家里两个孩子正在上学", "老人常年卧床", "去年遭受洪灾", "房屋年久失修", "主要劳动力外出务工受伤",
          "冬季气温很低", "山路崎岖出行不便", "收入主要靠种植玉米", "家中有一名重度残疾人",
          "今年刚刚易地搬迁到安置点", "合作社带动能力不足", "村里产业刚刚起步", "孩子考上了大学",
          "缺少启动资金", "农产品滞销", "需要定期复查"]
ASK = ["希望社会爱心人士帮助", "急需", "恳请帮扶", "盼望得到支持", "需要", "请求资助", "希望有人认领"]
DONOR = ["爱心企业", "某科技公司", "公益基金会", "志愿者协会", "定点帮扶单位", "东部协作城市", "商会",
         "爱心人士", "医院", "学校", "农业合作社", "电商平台", "部队官兵"]
OFFER_VERB = ["捐赠", "提供", "援助", "资助", "采购", "支持", "捐助"]
OFFER_DETAIL = ["全新", "质量可靠", "可统一配送", "优先帮助困难家庭", "长期有效", "分批发放", "可上门服务",
                "面向贫困地区", "助力脱贫攻坚", "巩固脱贫成果", "接受村委会统一申请"]

WEST = ("45", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "43", "42", "41", "36",
        "34", "14", "13", "15", "22", "23")
EAST = ("11", "12", "31", "32", "33", "35", "37", "44", "21")


def _items():
    flat = []
    for cat, items in CATALOGUE.items():
        for k, it in enumerate(items):
            flat.append((cat, k) + it)
    return flat


ITEMS = _items()  # (category, item number, words, kind, unit, need qty, offer qty)


def generate(n_needs: int, n_offers: int, seed: int = 20161208):
    """Return ``(needs, offers, need_items, offer_items)``: records and the catalogue item of each.

    ``offer_items`` holds, per offer, the list of catalogue item indices it offers.
    """
    rng = np.random.default_rng(seed)
    counties = np.array(county_codes())
    west_mask = np.isin(np.array([c[:2] for c in counties]), WEST)
    west, east = counties[west_mask], counties[np.isin(np.array([c[:2] for c in counties]), EAST)]
    item_weights = np.array([3.0 if it[3] == "goods" else 1.5 for it in ITEMS])
    item_weights /= item_weights.sum()

    need_items = rng.choice(len(ITEMS), size=n_needs, p=item_weights)
    from_west = rng.random(n_needs) < 0.8
    cidx = np.where(from_west, rng.integers(0, len(west), n_needs), rng.integers(0, len(east), n_needs))
    level = rng.random(n_needs)
    town = rng.integers(101, 125, n_needs)
    village = rng.integers(201, 230, n_needs)
    urg = rng.choice([1, 2, 3], size=n_needs, p=[0.6, 0.25, 0.15])
    has_deadline = rng.random(n_needs) < 0.4
    dl_days = rng.integers(-20, 150, n_needs)
    helped = rng.geometric(0.6, n_needs) - 1
    qty_u = rng.random(n_needs)
    frag = rng.integers(0, 1 << 30, size=(n_needs, 6))
    needs = []
    for i in range(n_needs):
        cat, _, words, kind, unit, (qa, qb), _ = ITEMS[need_items[i]]
        county = (west if from_west[i] else east)[cidx[i]]
        region = county if level[i] < 0.3 else (county + str(town[i]) if level[i] < 0.6
                                                 else county + str(town[i]) + str(village[i]))
        f = frag[i]
        word = words[f[0] % len(words)]
        title = f"{WHO[f[1] % len(WHO)]}{ASK[f[2] % len(ASK)]}{word}"
        desc = f"{CAUSE[f[3] % len(CAUSE)]}，{DETAIL[f[4] % len(DETAIL)]}，{DETAIL[f[5] % len(DETAIL)]}"
        qty = int(qa + (qb - qa) * qty_u[i]) or 1
        needs.append(Need(
            id=f"n{i}", title=title[:30], description=desc, category=cat, kind=kind, quantity=qty, unit=unit,
            region=region, beneficiary=f"h{i // 2}", urgency=int(urg[i]),
            deadline=TODAY + dt.timedelta(days=int(dl_days[i])) if has_deadline[i] else None,
            created=TODAY - dt.timedelta(days=30), times_helped=int(helped[i])))

    offers, offer_items = [], []
    o_first = rng.choice(len(ITEMS), size=n_offers, p=item_weights)
    n_extra = rng.choice([0, 1, 2, 4], size=n_offers, p=[0.6, 0.25, 0.1, 0.05])
    scope = rng.random(n_offers)
    has_donor = rng.random(n_offers) < 0.7
    valid = rng.random(n_offers) < 0.5
    valid_days = rng.integers(-20, 365, n_offers)
    oq = rng.random(n_offers)
    ofrag = rng.integers(0, 1 << 30, size=(n_offers, 8))
    for j in range(n_offers):
        f = ofrag[j]
        first = int(o_first[j])
        cat, _, words, kind, unit, _, (qa, qb) = ITEMS[first]
        cats = [cat]
        items = [first]
        same_kind = [k for k, it in enumerate(ITEMS) if it[3] == kind and it[0] != cat]
        for e in range(int(n_extra[j])):
            extra = same_kind[(f[6] + 7919 * e) % len(same_kind)]
            if ITEMS[extra][0] not in cats:
                cats.append(ITEMS[extra][0])
                items.append(extra)
        county = west[(f[7]) % len(west)]
        if scope[j] < 0.35:
            regions = []
        elif scope[j] < 0.7:
            regions = [county[:2]] + ([west[(f[7] // 7) % len(west)][:2]] if scope[j] < 0.45 else [])
        elif scope[j] < 0.9:
            regions = [county[:4]]
        else:
            regions = [county]
        donor = None
        if has_donor[j]:
            donor = east[f[5] % len(east)] if f[5] % 3 else west[f[5] % len(west)]
        second = ITEMS[items[1]][2][0] if len(items) > 1 else ""
        word = words[f[0] % len(words)]
        title = f"{DONOR[f[1] % len(DONOR)]}{OFFER_VERB[f[2] % len(OFFER_VERB)]}{word}"
        desc = (f"{OFFER_DETAIL[f[3] % len(OFFER_DETAIL)]}，{OFFER_DETAIL[f[4] % len(OFFER_DETAIL)]}"
                + (f"，另有{second}" if second else ""))
        offers.append(Offer(
            id=f"o{j}", title=title[:30], description=desc, categories=tuple(dict.fromkeys(cats)), kind=kind,
            quantity=int(qa + (qb - qa) * oq[j]) or 1, unit=unit, regions=tuple(dict.fromkeys(regions)),
            donor_region=donor,
            valid_until=TODAY + dt.timedelta(days=int(valid_days[j])) if valid[j] else None))
        offer_items.append(items)
    return needs, offers, need_items, offer_items


def _peak_rss_gib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2  # Linux: KiB


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024 ** 3
    return f"{os.cpu_count()} CPUs ({cpu}), {mem:.0f} GiB RAM, Python {platform.python_version()}"


def main(argv=None) -> int:
    """Run the benchmark and print a JSON report (also to ``--report`` if given)."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--needs", type=int, default=1_000_000)
    p.add_argument("--offers", type=int, default=100_000)
    p.add_argument("--top", type=int, default=20)
    p.add_argument("--sample", type=float, default=0.01, help="share of offers for the recall check")
    p.add_argument("--alloc-needs", type=int, default=100_000)
    p.add_argument("--alloc-offers", type=int, default=10_000)
    p.add_argument("--edges-per-offer", type=int, default=50)
    p.add_argument("--max-per-beneficiary", type=int, default=1,
                   help="also allocate under this limit (0 to skip)")
    p.add_argument("--latency-offers", type=int, default=50, help="new offers timed one at a time")
    p.add_argument("--seed", type=int, default=20161208)
    p.add_argument("--report", default=None, help="also write the JSON report here")
    args = p.parse_args(argv)

    report: dict = {"command": " ".join([Path(sys.executable).name, *sys.argv]), "machine": _machine(),
                    "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                    "needs": args.needs, "offers": args.offers}

    def log(msg):
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)

    t = time.perf_counter()
    needs, offers, _, _ = generate(args.needs, args.offers, args.seed)
    report["generate_s"] = round(time.perf_counter() - t, 1)
    log(f"generated in {report['generate_s']} s")

    scorer = Scorer()
    t0 = time.perf_counter()
    data = PairData(needs, offers, today=TODAY)
    report["features_s"] = round(time.perf_counter() - t0, 1)
    log(f"features (tokens, TF-IDF, columns) in {report['features_s']} s")
    t = time.perf_counter()
    index = CandidateIndex(data, scorer)
    report["index_s"] = round(time.perf_counter() - t, 1)
    t = time.perf_counter()
    top = index.top_needs(args.top)
    report["top_s"] = round(time.perf_counter() - t, 1)
    report["top_total_s"] = round(time.perf_counter() - t0, 1)
    report["offers_with_matches"] = len(np.unique(top.query))
    report["pairs_returned"] = len(top)
    report["peak_rss_gib_after_top"] = round(_peak_rss_gib(), 2)
    log(f"top-{args.top} for all offers in {report['top_s']} s (total with features {report['top_total_s']} s)")

    t = time.perf_counter()
    rec = recall_at_k(index, k=args.top, sample=args.sample, random_state=0)
    report["recall"] = rec
    report["recall_s"] = round(time.perf_counter() - t, 1)
    log(f"recall@{args.top} {rec} in {report['recall_s']} s")

    # Single new offer against every need: the needs' side stays built (as in NeedIndex); per offer,
    # its columns, vector, candidate retrieval and exact scoring. Offers from another seed.
    index.warm()
    _, fresh, _, _ = generate(10, args.latency_offers, args.seed + 1)
    times = []
    for offer in fresh:
        t = time.perf_counter()
        data.set_offers([offer])
        index.refresh_offers()
        index.top_needs(args.top)
        times.append(time.perf_counter() - t)
    report["single_offer_s"] = {"offers": len(times), "median": round(float(np.median(times)), 3),
                                "p90": round(float(np.percentile(times, 90)), 3), "max": round(max(times), 3)}
    log(f"single offer vs {len(needs)} needs: {report['single_offer_s']}")
    del index, top, data

    an, ao = min(args.alloc_needs, len(needs)), min(args.alloc_offers, len(offers))
    t = time.perf_counter()
    adata = PairData(needs[:an], offers[:ao], today=TODAY)
    ni, oj, sc = allocation_edges(adata, scorer, edges_per_offer=args.edges_per_offer)
    report["alloc_edges"] = len(ni)
    report["alloc_edges_s"] = round(time.perf_counter() - t, 1)
    log(f"allocation edges: {len(ni)} in {report['alloc_edges_s']} s")
    t = time.perf_counter()
    optimal = solve_allocation(adata, ni, oj, sc, method="lp")
    opt_s = time.perf_counter() - t
    t = time.perf_counter()
    greedy = greedy_allocation(adata, ni, oj, sc)
    greedy_s = time.perf_counter() - t
    plans, times = {"lp": optimal, "greedy": greedy}, {"lp": opt_s, "greedy": greedy_s}
    if args.max_per_beneficiary:
        limit = args.max_per_beneficiary
        t = time.perf_counter()
        plans[f"auto, max {limit}/beneficiary"] = solve_allocation(adata, ni, oj, sc, max_per_beneficiary=limit)
        times[f"auto, max {limit}/beneficiary"] = time.perf_counter() - t
        t = time.perf_counter()
        plans[f"greedy, max {limit}/beneficiary"] = greedy_allocation(adata, ni, oj, sc, max_per_beneficiary=limit)
        times[f"greedy, max {limit}/beneficiary"] = time.perf_counter() - t
    cmp_ = compare_plans(adata, plans)
    for name in cmp_:
        cmp_[name]["time_s"] = round(times[name], 1)
        cmp_[name]["method"] = plans[name].method
    report["allocation"] = {"needs": an, "offers": ao, **cmp_}
    log(f"allocation {json.dumps(report['allocation'], ensure_ascii=False)}")
    report["peak_rss_gib"] = round(_peak_rss_gib(), 2)
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.report:
        Path(args.report).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
