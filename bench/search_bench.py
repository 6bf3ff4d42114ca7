"""Benchmark the search engines on generated needs: tantivy, Elasticsearch, and SQL LIKE in SQLite.

Generates N needs (default 1,000,000) with varied Chinese text and real region names, rebuilds the
tantivy "needs" index from them (timing includes tokenization), runs a fixed mix of queries with
text, filters, facets and sorts, and runs a sample of the same queries as SQL LIKE in SQLite. With
``--engine URL`` the same documents and queries also run on that Elasticsearch node in the same
process (indexing includes the same tokenization), and the ratios to tantivy are printed.

    .venv/bin/python bench/search_bench.py --docs 1000000 --queries 1000 --sql-queries 50
    .venv/bin/python bench/search_bench.py --docs 200000 --engine http://127.0.0.1:9200 --sql-queries 0
"""

from __future__ import annotations

import argparse
import csv
import gc
import datetime as dt
import os
import platform
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search import Query, create_engine  # noqa: E402
from search.schema import NEED_CATEGORIES  # noqa: E402

DATA = Path(os.environ.get("FUPIN_SHARED_DATA", "/work/shared/data"))

PRODUCTS = {
    "living": "棉衣 冬衣 羽绒服 棉被 被子 大米 食用油 面粉 电饭锅 电热毯 衣柜 床 煤炭 取暖炉 鞋子 袜子 毛毯 洗衣机 冰箱 牛奶 鸡蛋 热水器 蚊帐 雨衣 棉鞋".split(),
    "education": "书包 文具 课桌 台灯 字典 校服 学费 生活费 电脑 课外书 作业本 钢笔 英语词典 助学金 营养餐 校车 iPad".split(),
    "medical": "轮椅 拐杖 助听器 血压计 药品 手术费 透析费 康复训练 护理床 眼镜 医疗费 假肢 氧气机 体检".split(),
    "housing": "危房改造 屋顶维修 门窗 水泥 砖块 钢筋 瓦片 地板砖 厕所改造 厨房改造 防水材料 保温材料".split(),
    "production": "化肥 种子 土豆种薯 猪仔 鸡苗 羊羔 牛犊 蜜蜂 果树苗 茶苗 农药 地膜 饲料 农机 大棚 花椒苗 核桃苗 中药材种苗".split(),
    "employment": "技能培训 厨师培训 电焊培训 家政培训 电商培训 驾驶培训 务工交通费 就业岗位 扶贫车间".split(),
    "infrastructure": "饮水管道 蓄水池 路灯 村道硬化 桥梁 太阳能板 光伏 广播设备 网络宽带 排水沟".split(),
    "consumption": "土豆 马铃薯 苹果 猕猴桃 茶叶 蜂蜜 腊肉 核桃 荞麦 辣椒 花椒 香菇 木耳 刺梨 脐橙 大米 土鸡蛋".split(),
    "finance": "小额信贷 贴息贷款 创业资金 周转金 保险 互助资金".split(),
    "relocation": "搬迁安置 易地扶贫搬迁 新居家具 家电 搬家费用 安置房装修".split(),
    "other": "法律援助 心理疏导 陪伴 理发 照相 助残服务 代购 结对帮扶".split(),
}
UNITS = "件 套 袋 斤 公斤 台 个 只 头 株 份 次 元 吨 箱 张".split()
CAUSES = "因病 因残 因学 因灾 缺土地 缺水 缺技术 缺劳力 缺资金 交通条件落后 自身发展动力不足".split()
PEOPLE = "老人 留守儿童 残疾人 孤寡老人 单亲母亲 大学生 小学生 初中生 病人 五保户 低保户 返乡青年".split()
SURNAMES = "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹".split()
OPENERS = [
    "{person}家中{n}口人，{cause}致贫，",
    "{village}建档立卡贫困户{surname}某某，{cause}，",
    "户主{surname}某今年{age}岁，{cause}导致家庭困难，",
    "该户位于{village}，{person}无人照顾，",
    "受{year}年{disaster}影响，{surname}某家{loss}，",
]
MIDDLES = [
    "目前急需{product}{qty}{unit}，",
    "希望爱心人士帮助解决{product}问题，",
    "家里缺少{product}和{product2}，",
    "计划发展{product}产业，缺少启动资金{money}元，",
    "孩子{age2}岁，上学需要{product}，",
    "冬季来临，{product}不足，",
    "村里{product}项目还差{money}元，",
]
CLOSERS = [
    "恳请社会各界给予帮助。",
    "感谢好心人！",
    "村委会已核实情况。",
    "驻村工作队负责跟进发放。",
    "请通过平台认领，我们会及时反馈。",
    "联系人：第一书记。",
    "",
]
TITLES = [
    "{urgent}{product}{qty}{unit}",
    "为{person}筹集{product}",
    "{place}{person}需要{product}",
    "{product}{purpose}",
    "{urgent}{cause}家庭{product}",
]
URGENT = ["急需", "求助", "紧急", "", "需要", "盼"]
DISASTERS = "洪灾 旱灾 冰雹 山体滑坡 地震 火灾 霜冻".split()
LOSSES = ["房屋受损", "庄稼绝收", "牲畜死亡", "农田被毁"]
PURPOSES = ["帮扶", "援助", "捐赠", "认领", "资助"]


def load_regions(limit_provinces: set[str] | None = None) -> list[tuple[str, str, str, str, str]]:
    """Return (township code, province, prefecture, county, township) name rows from the shared CSVs."""
    def read(name: str) -> list[dict[str, str]]:
        with open(DATA / name, encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))

    provinces = {r["code"]: r["name"] for r in read("provinces.csv")}
    cities = {r["code"]: r["name"] for r in read("cities.csv")}
    areas = {r["code"]: r["name"] for r in read("areas.csv")}
    rows = []
    for street in read("streets.csv"):
        if limit_provinces and street["provinceCode"] not in limit_provinces:
            continue
        area = areas.get(street["areaCode"])
        if area is None:
            continue
        rows.append(
            (
                street["code"],
                provinces.get(street["provinceCode"], ""),
                cities.get(street["cityCode"], ""),
                area,
                street["name"],
            )
        )
    return rows


def generate_needs(count: int, seed: int = 2014) -> list[dict]:
    """Return ``count`` deterministic need documents with varied text."""
    rnd = random.Random(seed)
    regions = load_regions()
    # Needs concentrate in the poor south-west, as on the real platform.
    south_west = {"52", "53", "51", "62", "45", "43", "63", "64", "65", "54"}
    weights = [5 if r[0][:2] in south_west else 1 for r in regions]
    start = dt.datetime(2016, 1, 1)
    needs = []
    categories = list(NEED_CATEGORIES)
    category_weights = [8, 8, 5, 12, 10, 5, 3, 6, 2, 2, 2]
    statuses = ["published"] * 14 + ["pledged"] * 3 + ["delivered", "completed", "expired", "closed"]
    chosen_regions = rnd.choices(regions, weights=weights, k=count)
    for i in range(count):
        category = rnd.choices(categories, category_weights)[0]
        products = PRODUCTS[category]
        product, product2 = rnd.choice(products), rnd.choice(products)
        code, province, prefecture, county, township = chosen_regions[i]
        village = f"{township[:-1] if township.endswith(('镇', '乡')) else township}{rnd.randint(1, 30)}村"
        values = {
            "product": product,
            "product2": product2,
            "qty": rnd.randint(1, 500),
            "unit": rnd.choice(UNITS),
            "person": rnd.choice(PEOPLE),
            "cause": rnd.choice(CAUSES),
            "surname": rnd.choice(SURNAMES),
            "n": rnd.randint(1, 8),
            "age": rnd.randint(18, 90),
            "age2": rnd.randint(6, 18),
            "village": village,
            "place": county[:2],
            "year": rnd.randint(2015, 2020),
            "disaster": rnd.choice(DISASTERS),
            "loss": rnd.choice(LOSSES),
            "money": rnd.randint(1, 200) * 100,
            "urgent": rnd.choice(URGENT),
            "purpose": rnd.choice(PURPOSES),
        }
        title = rnd.choice(TITLES).format(**values)[:30]
        description = (
            rnd.choice(OPENERS).format(**values)
            + "".join(rnd.choice(MIDDLES).format(**values) for _ in range(rnd.randint(1, 3)))
            + rnd.choice(CLOSERS)
        )
        cash = category == "finance" or rnd.random() < 0.15
        kind = "cash" if cash else rnd.choice(["goods", "goods", "service"])
        quantity = float(values["money"] if kind == "cash" else values["qty"])
        created = start + dt.timedelta(seconds=rnd.randint(0, 5 * 365 * 86400))
        deadline = None
        if rnd.random() < 0.7:
            deadline = (created + dt.timedelta(days=rnd.randint(7, 180))).date().isoformat()
        needs.append(
            {
                "id": str(i + 1),
                "title": title,
                "description": description,
                "category": category,
                "kind": kind,
                "status": rnd.choice(statuses),
                "urgency": rnd.choices([1, 2, 3], [6, 3, 1])[0],
                "quantity": quantity,
                "remaining": round(quantity * rnd.random(), 2),
                "unit": "元" if kind == "cash" else values["unit"],
                "region_code": f"{code}{rnd.randint(1, 30):03d}",
                "region_names": f"{province} {prefecture} {county} {township}",
                "province_code": code[:2],
                "prefecture_code": code[:4],
                "county_code": code[:6],
                "created": created.isoformat(),
                "deadline": deadline,
            }
        )
    return needs


def query_mix(count: int, needs: list[dict], seed: int = 6) -> list[Query]:
    """Return ``count`` deterministic queries mixing text, filters, facets, sorts and pages."""
    rnd = random.Random(seed)
    words = [w for ws in PRODUCTS.values() for w in ws] + PEOPLE + CAUSES
    sample = rnd.sample(needs, min(len(needs), 2000))
    queries = []
    for _ in range(count):
        need = rnd.choice(sample)
        shape = rnd.random()
        text = ""
        if shape < 0.7:
            text = rnd.choice(words)
            if rnd.random() < 0.3:
                text += " " + rnd.choice([need["region_names"].split()[1][:2], rnd.choice(words)])
        region = None
        facets: list[str] = ["category", "kind", "urgency"]
        r = rnd.random()
        if r < 0.3:
            region = need["province_code"]
            facets.append("prefecture_code")
        elif r < 0.5:
            region = need["prefecture_code"]
            facets.append("county_code")
        elif r < 0.6:
            region = need["county_code"]
        else:
            facets.append("province_code")
        options: dict = {}
        if rnd.random() < 0.5:
            options["status"] = "published"
        if rnd.random() < 0.25:
            options["category"] = rnd.sample(list(NEED_CATEGORIES), rnd.randint(1, 3))
        if rnd.random() < 0.15:
            options["urgency"] = [2, 3]
        if rnd.random() < 0.1:
            options["kind"] = "cash"
            options["remaining_min"] = 100.0
        if rnd.random() < 0.1:
            year = rnd.randint(2016, 2020)
            options["created_from"] = f"{year}-01-01"
            options["created_to"] = f"{year}-12-31"
        sort = rnd.choice(["relevance", "relevance", "newest", "urgency", "deadline"])
        page = rnd.choice([1, 1, 1, 2, 3, 5])
        queries.append(
            Query(text=text, region=region, sort=sort, page=page, size=20, facets=facets, **options)
        )
    return queries


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def percentile(values: list[float], fraction: float) -> float:
    """Return the value below which ``fraction`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


_SQL_SORTS = {
    "relevance": "created DESC",
    "newest": "created DESC",
    "urgency": "urgency DESC, created DESC",
    "deadline": "deadline IS NULL, deadline ASC",
}


def sql_for(query: Query) -> tuple[str, list]:
    """Return the SQL WHERE clause and parameters that emulate ``query`` with LIKE."""
    where, params = [], []
    for word in query.text.split():
        where.append("(title LIKE ? OR description LIKE ? OR region_names LIKE ?)")
        params += [f"%{word}%"] * 3
    if query.region:
        where.append("region_code LIKE ?")
        params.append(query.region + "%")
    for name in ("category", "kind", "status", "urgency"):
        value = getattr(query, name)
        if value is not None:
            values = value if isinstance(value, (list, tuple)) else [value]
            where.append(f"{name} IN ({','.join('?' * len(values))})")
            params += list(values)
    if query.remaining_min is not None:
        where.append("remaining >= ?")
        params.append(query.remaining_min)
    if query.created_from:
        where.append("created >= ? AND created < ?")
        params += [query.created_from, query.created_to + "T99"]
    return (" WHERE " + " AND ".join(where)) if where else "", params


def run_sql(db: sqlite3.Connection, query: Query) -> int:
    """Run the page, the count and the facets of ``query`` in SQLite; return the total."""
    where, params = sql_for(query)
    db.execute(
        f"SELECT id, title, description FROM needs{where} "
        f"ORDER BY {_SQL_SORTS[query.sort.value]} LIMIT ? OFFSET ?",
        [*params, query.size, (query.page - 1) * query.size],
    ).fetchall()
    total = db.execute(f"SELECT count(*) FROM needs{where}", params).fetchone()[0]
    for facet in query.facets:
        db.execute(f"SELECT {facet}, count(*) FROM needs{where} GROUP BY {facet}", params).fetchall()
    return total


def run_queries(engine, queries: list[Query]) -> tuple[list[float], list[float], list[int]]:
    """Run ``queries`` after a warm-up; return wall and CPU milliseconds per query, and the totals.

    CPU time is this thread's: tantivy searches in the calling thread, so it is the latency a query
    would have on an idle core whatever else the machine runs; for Elasticsearch it is the client's
    share only (the server's work happens in its own process).
    """
    for query in queries[:50]:  # warm the page cache, the tokenizer and the server's caches
        engine.search("needs", query)
    latencies, cpu_latencies, totals = [], [], []
    for query in queries:
        begin, cpu_begin = time.perf_counter(), time.thread_time()
        result = engine.search("needs", query)
        latencies.append((time.perf_counter() - begin) * 1000)
        cpu_latencies.append((time.thread_time() - cpu_begin) * 1000)
        totals.append(result.total)
    return latencies, cpu_latencies, totals


def compare_elasticsearch(url: str, needs: list[dict], queries: list[Query], tantivy_totals: list[int],
                          tantivy_rate: float | None, tantivy_p50: float, tantivy_p95: float) -> None:
    """Index the same needs on the node at ``url``, run the same queries, print figures and ratios."""
    prefix = f"bench-{os.getpid()}-"
    engine = create_engine(url, prefix=prefix, request_timeout=120)
    try:
        health = engine.client.cluster.health().body
        nodes = engine.client.nodes.info(metric="jvm").body["nodes"]
        heap = ", ".join(f"{n['version']} heap {n['jvm']['mem']['heap_max_in_bytes'] / 2**30:.1f} GiB"
                         for n in nodes.values())
        print(f"elasticsearch {url}: cluster {health['status']}, {heap}")
        started, cpu_started = time.perf_counter(), time.process_time()
        engine.recreate("needs", needs)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        rate = len(needs) / elapsed
        print(f"elasticsearch index (tokenize + bulk + refresh + alias swap): {len(needs):,} docs in "
              f"{elapsed:.1f} s = {rate:,.0f} docs/s (client CPU {cpu:.1f} s; load average %.2f)"
              % os.getloadavg()[0])
        stats = engine.client.indices.stats(index=engine.alias("needs"), metric="store").body
        store = stats["_all"]["primaries"]["store"]["size_in_bytes"]
        print(f"elasticsearch index size on disk: {_mib(store)}")
        latencies, _, totals = run_queries(engine, queries)
        e50, e95, e99 = (percentile(latencies, f) for f in (0.5, 0.95, 0.99))
        print(f"elasticsearch {len(queries)} queries: p50 {e50:.2f} ms, p95 {e95:.2f} ms, p99 {e99:.2f} ms, "
              f"max {max(latencies):.1f} ms; median hits {statistics.median(totals):,.0f}")
        differ = sum(1 for a, b in zip(totals, tantivy_totals) if a != b)
        print(f"queries whose total differs between the engines: {differ} of {len(queries)}")
        if tantivy_rate:
            print(f"ratio elasticsearch/tantivy indexing rate: {rate / tantivy_rate:.2f}")
        print(f"ratio elasticsearch/tantivy latency: p50 {e50 / tantivy_p50:.1f}x, p95 {e95 / tantivy_p95:.1f}x")
    finally:
        engine.drop("needs")
        engine.close()


def _tree_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _mib(size: int) -> str:
    return f"{size / 2**20:,.1f} MiB"


def _whole_text_analysis(text, unigrams=True):
    """The index analysis as issue 12 first shipped it: the whole text folded (OpenCC on every
    non-ASCII text), cut and n-grammed in one pass, nothing remembered between documents."""
    import search.analysis as analysis

    if not text:
        return [], [], []
    folded = _fold_always_t2s(text)
    words = analysis._tokens(analysis._tokenizer().cut_for_search(folded, True))
    return words, [], analysis.ngrams(folded, unigrams)


def _fold_always_t2s(text):
    import search.analysis as analysis

    folded = analysis._normalize(text)
    if not folded.isascii():
        if analysis._t2s is None:
            analysis.simplified("藥")  # loads the converter
        folded = analysis._t2s.convert(folded)
    return analysis._tokenizer().split_measures(folded)


def _forget_analysis() -> None:
    """Empty the native core's clause memo."""
    import search.analysis as analysis

    analysis._tokenizer().clear_memo()


def _per_field(analyze):
    """Return a search.schema ``analyze_document`` made of a per-text analysis ``analyze(text, unigrams)``."""
    def document(fields):
        words, title, runs, extras = [], [], [], []
        for text, unigrams, boosted in fields:
            field_words, field_runs, field_extras = analyze(text, unigrams)
            words += field_words
            runs += field_runs
            extras += field_extras
            if boosted:
                title += field_words
        return " ".join(words), " ".join(title), runs, " ".join(extras)
    return document


def _no_grams(text, unigrams=True):
    import search.analysis as analysis

    return analysis.analyze_index_parts(text, unigrams)[0], [], []


def _python_grams(text, unigrams=True):
    """The current analysis with every gram made in Python and sent as a space-separated token
    (the _ngram field), as before the Han runs went to tantivy's n-gram tokenizer."""
    import search.analysis as analysis

    words, runs, extras = analysis.analyze_index_parts(text, unigrams)
    return words, [], list(dict.fromkeys(analysis.expand_runs(runs) + extras))


def _variant_json(analyze_document):
    """Return a stand-in for search.analysis.document_json that takes its tokens from ``analyze_document``.

    The embedded engine writes its documents in the native core, from the core's own analysis; a
    variant's tokens reach tantivy through this instead (the same fields and values, parsed back from
    the pieces the engine hands over; only the token fields differ).
    """
    import orjson

    from search.engines import tantivy_engine as te

    def document_json(layout, head, fields, middle, sorts, values):
        words, title, runs, extras = analyze_document(fields)
        body = orjson.loads(head + b"}")
        body.update((k, v) for k, v in ((te._TEXT, words), (te._TITLE, title), (te._HAN, runs), (te._NGRAM, extras)) if v)
        body.update(orjson.loads(middle))
        body.update((f"_sort_{name}", key) for name, key in sorts.keys(values).items())
        return orjson.dumps(body)

    return document_json


def interleaved_prepare(needs: list[dict], chunk: int = 5_000) -> tuple[float, float]:
    """Return the process CPU µs per need of prepare() with the current and the whole-text analysis.

    The two run on alternate chunks of ``needs`` (current on chunk 1, before on chunk 1, current on
    chunk 2 …), so a change in the machine's load during the run weighs on both alike. The current
    analysis keeps its clause memo from chunk to chunk, as in a rebuild; the whole-text one has none.
    """
    import search.schema as schema_module

    current = schema_module.analyze_document
    schema = schema_module.index_schema("needs")
    _forget_analysis()
    spent = {"current": 0.0, "before": 0.0}
    try:
        for start in range(0, len(needs), chunk):
            part = needs[start:start + chunk]
            for label, analyze in (("current", current), ("before", _per_field(_whole_text_analysis))):
                schema_module.analyze_document = analyze
                cpu = time.process_time()
                for need in part:
                    schema_module.prepare(schema, need)
                spent[label] += time.process_time() - cpu
    finally:
        schema_module.analyze_document = current
    return spent["current"] / len(needs) * 1e6, spent["before"] / len(needs) * 1e6


def analysis_variants(needs: list[dict], workdir: Path) -> list[tuple[str, int, float, float]]:
    """Build a tantivy needs index of ``needs`` in this process once per analysis variant.

    Returns (label, bytes on disk, process CPU µs per need for the whole build, CPU µs per need of
    prepare() alone). Variants: the current analysis (Han runs expanded by tantivy's n-gram tokenizer);
    the current analysis with every gram made in Python (``_python_grams``, as before); the whole-text
    analysis issue 12 first shipped
    (``_whole_text_analysis``: no clause memo, OpenCC on all non-ASCII text); the current analysis
    without the n-gram field. All run with workers=0 and cold caches, one after the other in one
    process, so their ratios hold whatever else the machine is doing. Their documents are written by
    ``_variant_json`` (Python), the current one's too: the build figures here are ~10 µs a need above
    the engine's own path, where the native core writes the JSON (issue 12, seventh pass).
    """
    import search.schema as schema_module
    from search.engines import tantivy_engine

    current, current_json = schema_module.analyze_document, tantivy_engine.document_json
    results = []
    for label, analyze in (("current", current), ("grams made in Python", _per_field(_python_grams)),
                           ("whole-text (first pass)", _per_field(_whole_text_analysis)),
                           ("current, no n-gram field", _per_field(_no_grams))):
        schema_module.analyze_document = analyze
        # Every variant's documents, the current one's too, written in Python from its tokens
        # (workers=0: in this process), so the builds differ by their analysis only.
        tantivy_engine.document_json = _variant_json(analyze)
        try:
            _forget_analysis()
            schema = schema_module.index_schema("needs")
            cpu = time.process_time()
            for need in needs:
                schema_module.prepare(schema, need)
            prepare_cpu = time.process_time() - cpu
            _forget_analysis()
            directory = workdir / f"variant-{len(results)}"
            engine = create_engine("tantivy", path=str(directory), workers=0)
            cpu = time.process_time()
            engine.recreate("needs", needs)
            cpu = time.process_time() - cpu
            engine.close()
        finally:
            schema_module.analyze_document, tantivy_engine.document_json = current, current_json
        results.append((label, _tree_bytes(directory / "needs"), cpu / len(needs) * 1e6,
                        prepare_cpu / len(needs) * 1e6))
    return results


def field_costs(needs: list[dict], workdir: Path) -> list[tuple[str, float]]:
    """Return (fields left out, process CPU µs per need) of tantivy alone indexing ``needs``.

    The documents are prepared once; each variant hands tantivy the same JSON without some fields
    (add_json, commit, merges: parsing and indexing, no analysis), so the differences to the first are
    what those fields cost tantivy. Each variant runs twice, alternating; the lower figure is kept.
    """
    import json

    from search.engines import tantivy_engine
    from search.schema import index_schema

    schema = index_schema("needs")
    documents = [json.loads(tantivy_engine._prepared(schema, need)[1]) for need in needs]
    numbers = {f.name for f in schema.fields if f.type.value in ("keyword", "integer", "float", "date")}
    groups = {
        "nothing (every field)": set(),
        "the n-gram fields (_han, _ngram)": {"_han", "_ngram"},
        "the word fields (_text, _title)": {"_text", "_title"},
        "keywords, numbers, dates, region prefixes": numbers | {"_region_prefix"},
        "the stored source": {"_source"},
        "the packed sort keys": {k for k in documents[0] if k.startswith("_sort_")},
    }
    engine = create_engine("tantivy", path=str(workdir / "field-costs"), workers=0)
    spent: dict[str, float] = {}
    for _ in range(2):
        for label, left_out in groups.items():
            texts = [json.dumps({k: v for k, v in d.items() if k not in left_out}, ensure_ascii=False)
                     for d in documents]
            _, index = engine._new_generation(schema)
            writer = index.writer(heap_size=500_000_000, num_threads=1)
            cpu = time.process_time()
            for text in texts:
                writer.add_json(text)
            writer.commit()
            writer.wait_merging_threads()
            cpu = (time.process_time() - cpu) / len(needs) * 1e6
            spent[label] = min(spent.get(label, cpu), cpu)
    engine.close()
    return list(spent.items())


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--sql-queries", type=int, default=50)
    parser.add_argument(
        "--out", default=None, help="directory for the index and the SQLite file (default: temp)"
    )
    parser.add_argument("--heap", type=int, default=1_000_000_000, help="tantivy writer heap in bytes")
    parser.add_argument("--threads", type=int, default=1, help="tantivy indexing threads")
    parser.add_argument("--workers", type=int, default=None,
                        help="tokenizing processes (default: the engine's, 2 on machines with 2+ cores)")
    parser.add_argument("--seed", type=int, default=2014)
    parser.add_argument("--no-cache", action="store_true",
                        help="turn off the engine's cache of totals and facet counts")
    parser.add_argument("--engine", default=None, metavar="URL",
                        help="also index and query on this Elasticsearch node (http://host:9200)")
    parser.add_argument("--ngram-sample", type=int, default=100_000, metavar="N",
                        help="also build the first N needs in-process with the current analysis, the whole-text "
                             "analysis before it and without the n-gram field, and compare (0: skip)")
    parser.add_argument("--field-costs", type=int, default=0, metavar="N",
                        help="also time tantivy alone indexing the first N needs without each group of fields")
    parser.add_argument("--reuse-index", action="store_true",
                        help="query the index already in --out instead of rebuilding it (no indexing figure)")
    args = parser.parse_args(argv)

    workdir = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="search-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M UTC}; workdir: {workdir}")
    print("load average at start (other processes share the cores): %.2f %.2f %.2f" % os.getloadavg())

    started = time.perf_counter()
    needs = generate_needs(args.docs, args.seed)
    chars = sum(len(n["title"]) + len(n["description"]) for n in needs) / len(needs)
    print(f"generated {len(needs):,} needs in {time.perf_counter() - started:.1f} s "
          f"(mean title+description {chars:.0f} chars)")
    print(f"distinct titles: {len({n['title'] for n in needs[:100000]}):,} / distinct descriptions: "
          f"{len({n['description'] for n in needs[:100000]}):,} in the first 100,000")

    gc.freeze()  # the generated documents live to the end: keep the collector from rescanning them
    engine = create_engine("tantivy", path=str(workdir / "tantivy"), heap_size=args.heap,
                           num_threads=args.threads,
                           workers=args.workers, cache_size=0 if args.no_cache else 512)
    started, cpu_started = time.perf_counter(), time.process_time() + _children_cpu()
    if args.reuse_index and engine.count("needs") == len(needs):
        print("reusing the index in", workdir)
    else:
        engine.recreate("needs", needs)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() + _children_cpu() - cpu_started  # worker processes included
        print(f"tantivy index (tokenize + index + commit + merge): {len(needs):,} docs in {elapsed:.1f} s = "
              f"{len(needs) / elapsed:,.0f} docs/s "
              f"(process CPU {cpu:.1f} s = {cpu / len(needs) * 1e6:.0f} us/doc; "
              "load average %.2f)" % os.getloadavg()[0])

    tantivy_rate = len(needs) / elapsed if not args.reuse_index else None
    print(f"tantivy index size on disk: {_mib(_tree_bytes(workdir / 'tantivy' / 'needs'))} "
          f"({len(needs):,} needs, n-gram field included)")
    queries = query_mix(args.queries, needs)
    latencies, cpu_latencies, totals = run_queries(engine, queries)
    p50, p95, p99 = (percentile(latencies, f) for f in (0.5, 0.95, 0.99))
    print("load average after the queries: %.2f" % os.getloadavg()[0])
    print(f"tantivy {len(queries)} queries: p50 {p50:.2f} ms, p95 {p95:.2f} ms, p99 {p99:.2f} ms, "
          f"max {max(latencies):.1f} ms; median hits {statistics.median(totals):,.0f}")
    c50, c95, c99 = (percentile(cpu_latencies, f) for f in (0.5, 0.95, 0.99))
    print(f"tantivy {len(queries)} queries, CPU time per query: p50 {c50:.2f} ms, p95 {c95:.2f} ms, "
          f"p99 {c99:.2f} ms, max {max(cpu_latencies):.1f} ms")

    if args.engine:
        compare_elasticsearch(args.engine, needs, queries, totals, tantivy_rate, p50, p95)
    if args.ngram_sample > 0:
        sample = needs[: args.ngram_sample]
        print(f"the first {len(sample):,} needs built in this process (workers=0, cold caches), one "
              "variant after the other:")
        variants = analysis_variants(sample, workdir)
        base_size, base_cpu, base_prepare = variants[0][1:]
        for label, size, cpu, prepare_cpu in variants:
            print(f"  {label:26} {_mib(size):>10}  build {cpu:6.0f} us CPU/need ({cpu / base_cpu:.2f}x current)"
                  f"  prepare() {prepare_cpu:5.0f} us CPU/need ({prepare_cpu / base_prepare:.2f}x)")
        print(f"  the n-gram field adds {base_size / variants[-1][1] - 1:.0%} to the size and "
              f"{base_cpu / variants[-1][2] - 1:.0%} to the build CPU; load average {os.getloadavg()[0]:.2f}")
        now, before = interleaved_prepare(sample)
        print(f"prepare() on alternate chunks of the same {len(sample):,} needs: current analysis {now:.0f} us "
              f"CPU/need, whole-text analysis {before:.0f} us (ratio {now / before:.2f}; load average "
              f"{os.getloadavg()[0]:.2f})")
    if args.field_costs > 0:
        print(f"tantivy alone (add_json + commit + merge) on the first {args.field_costs:,} needs, prepared once:")
        costs = field_costs(needs[: args.field_costs], workdir)
        for label, cpu in costs:
            print(f"  without {label:42} {cpu:6.1f} us CPU/need ({costs[0][1] - cpu:+5.1f} us)")
        print("  load average %.2f" % os.getloadavg()[0])
    if args.sql_queries <= 0:
        engine.close()
        return 0

    db_path = workdir / "needs.sqlite"
    db_path.unlink(missing_ok=True)
    db = sqlite3.connect(db_path)
    db.execute("PRAGMA journal_mode=OFF")  # a throw-away copy: load it without a rollback journal
    db.execute("PRAGMA synchronous=OFF")
    columns = ["id", "title", "description", "category", "kind", "status", "urgency", "quantity",
               "remaining", "region_code", "region_names", "province_code", "prefecture_code",
               "county_code", "created", "deadline"]
    db.execute(f"CREATE TABLE needs ({', '.join(columns)})")
    started = time.perf_counter()
    db.executemany(f"INSERT INTO needs VALUES ({','.join('?' * len(columns))})",
                   ([n[c] for c in columns] for n in needs))
    for column in ("region_code", "category", "status", "created", "urgency"):
        db.execute(f"CREATE INDEX needs_{column} ON needs ({column})")
    db.commit()
    print(f"sqlite load + indexes: {time.perf_counter() - started:.1f} s")
    sample = queries[:: max(1, len(queries) // args.sql_queries)][: args.sql_queries]
    sql_latencies, tantivy_sample = [], []
    for query in sample:
        begin = time.perf_counter()
        run_sql(db, query)
        sql_latencies.append((time.perf_counter() - begin) * 1000)
        begin = time.perf_counter()
        engine.search("needs", query)
        tantivy_sample.append((time.perf_counter() - begin) * 1000)
    db.close()
    s50, s95 = percentile(sql_latencies, 0.5), percentile(sql_latencies, 0.95)
    t50, t95 = percentile(tantivy_sample, 0.5), percentile(tantivy_sample, 0.95)
    print(f"sqlite LIKE {len(sample)} queries: p50 {s50:.1f} ms, p95 {s95:.1f} ms")
    print(f"tantivy same {len(sample)} queries: p50 {t50:.2f} ms, p95 {t95:.2f} ms")
    print(f"ratio sqlite/tantivy: p50 {s50 / t50:,.0f}x, p95 {s95 / t95:,.0f}x")
    engine.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
