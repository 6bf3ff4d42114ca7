"""Write tests/search/data/analysis_expected.jsonl.gz: the tokens search.analysis gives fixed texts.

Made once from the pure-Python analysis of commit c23f300 (issue 12, before the native core) and
kept as the regression test of the analysis (tests/search/test_search_native.py): the native core
must give exactly these tokens. The texts are the shipped corpora (the domain dictionary, the
synonyms, the division names, the matcher's lexicon, the labelled search set) and needs generated
like bench/search_bench.py's, plus texts that take each rare path (traditional characters,
full-width forms, written-out amounts, "PVC 管", characters outside the fast NFKC table).

    .venv/bin/python tools/make_analysis_expected.py
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search import analysis  # noqa: E402
from search.schema import index_schema  # noqa: E402
from tests.search import labelled  # noqa: E402

OUT = ROOT / "tests" / "search" / "data" / "analysis_expected.jsonl.gz"

ODD = [
    "藥品", "需要藥品和衣服", "ＡＢＣ１２３大米", "Ｘ光機", "PVC 管", "pvc管材", "X 光", "需要 PVC 管 20 米",
    "五十斤大米", "两袋化肥", "一个人", "三只羊", "五 袋", "统一袋装", "一把手", "第一书记", "十几斤",
    "需要50斤大米", "1.5吨化肥", "12.5.3斤米", "5万元资金", "A4纸100包", "4G手机", "x光机检查",
    "湖南省 郴州市 汝城县 热水镇", "镇雄县 大湾镇", "云南 昭通", "被", "的了和", "Ｘ 光", "\u3000大米\u3000",
    "café 咖啡", "Ⅲ级", "㐀㐁字", "豈更", "\t大米\t", "大米\n衣服", "〇一二", "々", "ｶﾀｶﾅ", "①号",
    "鸭苗200只，仔猪50头", "羊街镇农户需要鸭苗", "需要：大米、食用油；衣物！", "abc-def_ghi 100%",
]


def corpus() -> list[str]:
    """Return the texts, each once, in a fixed order."""
    texts: list[str] = list(ODD)
    texts += [word for word, _ in analysis.domain_words()]
    texts += analysis._read_lines("synonyms.txt")
    texts += [line.split(" ")[1] for line in analysis._read_lines("places.txt")]
    texts += list(analysis._lexicon_names())
    texts += labelled.fixed_texts()
    texts += [query.text for query in (*labelled.QUERIES, *labelled.HELD_OUT)]
    fields = [field.name for field in index_schema("needs").text_fields]
    for need in labelled.NEEDS:
        texts += [str(need.document[name]) for name in fields if need.document.get(name)]
    from search_bench import generate_needs

    for document in generate_needs(200, seed=12):
        texts += [str(document[name]) for name in fields if document.get(name)]
    rng = random.Random(12)
    pieces = [t for t in texts if len(t) < 12]
    for _ in range(300):  # pieces joined with the marks and spaces that split clauses and names
        texts.append(rng.choice(["", " ", "，", "\n", "、"]).join(rng.sample(pieces, rng.randint(2, 5))))
    return list(dict.fromkeys(texts))


def expected(text: str) -> dict:
    """Return what each analysis function gives ``text``."""
    return {
        "text": text,
        "fold": analysis.fold(text),
        "analyze": analysis.analyze(text),
        "search": analysis.analyze_for_search(text),
        "index": analysis.analyze_index_parts(text, True),
        "index_bigrams": analysis.analyze_index_parts(text, False),
        "query": [[term.word, list(term.grams)] for term in analysis.analyze_query(text)],
    }


def main() -> int:
    """Write the file."""
    rows = [expected(text) for text in corpus()]
    lines = "".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n" for row in rows)
    OUT.write_bytes(gzip.compress(lines.encode("utf-8"), mtime=0))
    print(f"{len(rows)} texts -> {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
