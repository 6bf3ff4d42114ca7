"""The analysis gives exactly the tokens of issue 12's pure-Python analysis (the regression test).

tests/search/data/analysis_expected.jsonl.gz holds, for ten thousand fixed texts (the shipped
corpora, the labelled search set, generated needs, texts taking each rare path), what every
analysis function gave before the hot path moved into the native core (search/native); it was
written by tools/make_analysis_expected.py from commit c23f300. The native core must give the same.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from search import analysis

EXPECTED = Path(__file__).resolve().parent / "data" / "analysis_expected.jsonl.gz"
ROWS = [json.loads(line) for line in gzip.decompress(EXPECTED.read_bytes()).decode("utf-8").splitlines()]


def _lists(parts):
    return [list(part) for part in parts]


@pytest.mark.parametrize("kind", ["fold", "analyze", "search", "index", "index_bigrams", "query"])
def test_analysis_gives_the_recorded_tokens(kind):
    produce = {
        "fold": analysis.fold,
        "analyze": analysis.analyze,
        "search": analysis.analyze_for_search,
        "index": lambda text: _lists(analysis.analyze_index_parts(text, True)),
        "index_bigrams": lambda text: _lists(analysis.analyze_index_parts(text, False)),
        "query": lambda text: [[term.word, list(term.grams)] for term in analysis.analyze_query(text)],
    }[kind]
    wrong = [(row["text"], row[kind], got) for row in ROWS if (got := produce(row["text"])) != row[kind]]
    assert not wrong, f"{len(wrong)} of {len(ROWS)} texts differ; first: {wrong[:3]}"


def test_the_recorded_texts_take_every_path():
    texts = [row["text"] for row in ROWS]
    native = analysis._tokenizer()
    assert len(texts) > 5000
    assert any(native.t2s_may_change(text) for text in texts)  # OpenCC
    assert any(native.has_written_amount(text) for text in texts)  # written-out amounts
    assert "PVC 管" in texts and "ＡＢＣ１２３大米" in texts and "café 咖啡" in texts
    # Most texts are folded natively; the rest by the Python rules.
    handed_back = sum(native.fold(text) is None for text in texts)
    assert 50 < handed_back < len(texts) / 5


def test_a_clause_needing_a_rare_rule_comes_back_to_the_python_rules():
    native = analysis._tokenizer()
    for text in ("藥品", "café", "PVC 管", "五十斤大米", "①号", "捏坏"):
        assert native.fold(text) is None, text
    assert native.fold("需要50斤玉米", True) == "需要 50 斤 玉米"
    assert native.fold("五十斤", False) == "五十斤"  # analyze() leaves written-out numbers
    assert analysis.analyze_index_parts("藥品，PVC 管", True)[0] == ["药品", "pvc管"]
