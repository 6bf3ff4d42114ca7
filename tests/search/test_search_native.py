"""The analysis gives exactly the tokens of issue 12's pure-Python analysis (the regression test).

tests/search/data/analysis_expected.jsonl.gz holds, for ten thousand fixed texts (the shipped
corpora, the labelled search set, generated needs, texts taking each rare path), what every
analysis function gave before the hot path moved into the native core (search/native); it was
written by tools/make_analysis_expected.py from commit c23f300. The native core must give the same;
its query tokens, which read the matcher's lexicon, are compared with c23f300's analysis run on this
tree's lexicon instead (the recorded ones hold the lexicon of that day).
"""

from __future__ import annotations

import gzip
import importlib
import importlib.util
import io
import json
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from search import analysis

REFERENCE = "c23f300"  # the last commit of the pure-Python analysis
EXPECTED = Path(__file__).resolve().parent / "data" / "analysis_expected.jsonl.gz"
ROWS = [json.loads(line) for line in gzip.decompress(EXPECTED.read_bytes()).decode("utf-8").splitlines()]


def _lists(parts):
    return [list(part) for part in parts]


@pytest.mark.parametrize("kind", ["fold", "analyze", "search", "index", "index_bigrams"])
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


def test_the_recorded_texts_query_as_the_pure_python_analysis_with_this_lexicon(pure_python):
    # A query's words join what jieba cut out of one item name of the matcher's lexicon (电动 三轮车), so the
    # recorded query tokens held c23f300's lexicon and went stale with every names round (2026-12-01: 64 texts
    # once 向日葵种子 became a name). The reference is the pure-Python analysis of c23f300 reading this tree's
    # lexicon (`pure_python`), on the same ten thousand texts.
    def query(module, text):
        return [[term.word, list(term.grams)] for term in module.analyze_query(text)]

    wrong = [(row["text"], want, got) for row in ROWS
             if (got := query(analysis, row["text"])) != (want := query(pure_python, row["text"]))]
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


# Random texts against the pure-Python analysis itself, where it can be had: commit c23f300's search
# package (git archive) with rjieba 0.2.2, which only requirements-test.txt installs (for this
# oracle; the portal's jieba is the native core's). The alphabet mixes every road: clause marks, spaces between names,
# digits and measure words, Latin glued to Han, numerals, traditional characters and t2s phrases,
# full-width forms, characters only full NFKC handles.
ALPHABET = st.sampled_from(
    list("，。！？；：、,.!?;: \n\t\u3000-_%") + list("0123456789５０.") + list("xXpvcaｇＡＰ光管纸灯斤袋个只头台米元万")
    + list("大一二两三五十百千零上不需要米面油衣被子羊猪鸭苗化肥湖南省郴州市汝城县热水镇镇雄怒江的了和被")
    + list("藥品電腦乾燥捏坏回覆沈舟目瞭然") + ["\uf900", "\u2460", "\u0301", "é", "Ⅲ", "㐀"]
)


@pytest.fixture(scope="module")
def pure_python(tmp_path_factory):
    if importlib.util.find_spec("rjieba") is None:
        pytest.skip("rjieba is not installed: the pure-Python analysis cannot run here")
    yield from _archived_search(tmp_path_factory, REFERENCE, "search_pure", "search_pure.analysis")


def _archived_search(tmp_path_factory, commit: str, package: str, module: str):
    """Yield ``module`` of the ``search`` package as it was at ``commit``, imported as ``package``.

    Skips the test when the commit is not in this clone's history (a shallow clone).
    """
    into = tmp_path_factory.mktemp(package)
    try:
        archive = subprocess.run(["git", "-C", str(Path(__file__).resolve().parents[2]), "archive", commit, "search"],
                                 check=True, capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip(f"commit {commit} is not in this clone's history")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    (into / "search").rename(into / package)
    # The analysis reads the matcher's lexicon beside its package (search/analysis.py, _LEXICON); the
    # archived copy reads this tree's, so the two differ only in their code. Without it the copy had no
    # lexicon names and a query such as 「一被面」 (被面 a name of 床单被套) split where this tree's joins.
    (into / "matching").symlink_to(Path(__file__).resolve().parents[2] / "matching", target_is_directory=True)
    sys.path.insert(0, str(into))
    try:
        yield importlib.import_module(module)
    finally:
        sys.path.remove(str(into))


# The one rule changed on purpose since c23f300: a written-out number and its measure word may be
# parted by spaces and tabs only, not by a line break (「一\n头」; see
# test_a_line_break_ends_a_written_out_amount). Texts where a numeral meets a break are left out.
NUMERAL_BEFORE_A_BREAK = re.compile(rf"[{analysis._NUMERALS}][ \t]*[^\S \t]")


@settings(deadline=None, max_examples=400)
@given(text=st.text(alphabet=ALPHABET, max_size=40), unigrams=st.booleans())
def test_random_texts_analyse_as_the_pure_python_analysis(pure_python, text, unigrams):
    assume(not NUMERAL_BEFORE_A_BREAK.search(text))
    assert analysis.fold(text) == pure_python.fold(text)
    assert analysis.analyze(text) == pure_python.analyze(text)
    assert _lists(analysis.analyze_index_parts(text, unigrams)) == _lists(pure_python.analyze_index_parts(text, unigrams))
    assert ([[t.word, t.grams] for t in analysis.analyze_query(text)]
            == [[t.word, t.grams] for t in pure_python.analyze_query(text)])
    assert analysis.analyze_spans(text) == pure_python.analyze_spans(text)  # the highlighter's offsets
    assert analysis.analyze_for_search(text) == pure_python.analyze_for_search(text)


def test_a_documents_parts_are_its_fields_index_parts_joined():
    from search.schema import index_schema, prepare
    from tests.search import labelled

    schema = index_schema("needs")
    for need in labelled.NEEDS[:300]:
        fields = [f for f in schema.text_fields if need.document.get(f.name)]
        parts = [analysis.analyze_index_parts(need.document[f.name], f.unigrams) for f in fields]
        doc = prepare(schema, need.document)
        assert doc.words == " ".join(word for words, _, _ in parts for word in words)
        assert doc.title_words == " ".join(w for f, (words, _, _) in zip(fields, parts) if f.boost > 1 for w in words)
        assert doc.gram_runs == [run for _, runs, _ in parts for run in runs]
        assert doc.gram_extras == " ".join(extra for _, _, extras in parts for extra in extras)


# The engines' documents against main before the seventh pass (issue 12): the tantivy JSON (built in
# the native core since) and the Elasticsearch bodies must not change by a byte.
DOCUMENTS_REFERENCE = "4f63632"


@pytest.fixture(scope="module")
def main_search(tmp_path_factory):
    yield from _archived_search(tmp_path_factory, DOCUMENTS_REFERENCE, "search_main", "search_main")


def _odd_documents():
    # Every index, every field type, and the values at the edges of the rules: missing and empty
    # fields, numbers as strings, floats and negatives, numbers past a sort key's bits, dates of
    # every form, JSON's escapes in text, rare-rule clauses (traditional, full-width, written amounts).
    import datetime as dt

    texts = ["藥品，ＡＢＣ１２３大米", 'a "quoted" back\\slash\ttab\x01\x1f\u2028 end', "五十斤大米，PVC 管", "",
             "被", "😀 emoji 表情", "湖南省 郴州市 汝城县 热水镇", None, "需要50斤玉米。感谢好心人！"]
    numbers = [None, 0, 1, -5, 3.14159, "7", 2.5e9, 10**20, -1e300, 1e15, "8.5", True]
    dates = [None, "2024-05-01", "2024-05-01T10:20:30", "2024-05-01T10:20:30+08:00", dt.date(2020, 2, 29),
             dt.datetime(2019, 1, 1, 8, 0), dt.datetime(1960, 1, 1, tzinfo=dt.timezone.utc)]
    statuses = ["published", "pledged", "completed", "", None]
    documents = []
    for i in range(240):
        text, other = texts[i % len(texts)], texts[(i * 7 + 3) % len(texts)]
        number, amount = numbers[i % len(numbers)], numbers[(i * 5 + 1) % len(numbers)]
        date, later = dates[i % len(dates)], dates[(i * 3 + 2) % len(dates)]
        documents.append(("needs", {
            "id": i if i % 2 else f"n{i}", "title": text, "description": other, "category": ["medical", "", None][i % 3],
            "kind": "goods", "status": statuses[i % len(statuses)], "urgency": number if i % 4 else i % 3,
            "quantity": amount, "remaining": number, "unit": text, "region_code": ["530627", "", None,
            "530627101201"][i % 4], "region_names": other, "province_code": "53", "prefecture_code": "5306",
            "county_code": "530627", "created": date, "deadline": later, "extra": {"kept": [1, "二"]}}))
        documents.append(("offers", {
            "id": f"o{i}", "title": other, "description": text, "categories": [["living", "medical"], [], None,
            "education", ("a", "", None, 3)][i % 5], "kind": "service", "status": "open", "quantity": number,
            "remaining": amount, "regions": [["530627", "4301"], [], None, ["", "53"]][i % 4],
            "poster_name": text, "org_kind": "company", "created": later, "valid_until": date}))
        documents.append(("projects", {
            "id": f"p{i}", "title": text, "description": other, "category": "housing", "status": "active",
            "year": [2019, "2020", None, 2021.0][i % 4], "budget": amount, "helper_region_code": "3301",
            "helper_region_names": other, "region_code": "5306", "region_names": text, "province_code": "53",
            "prefecture_code": "5306", "county_code": None, "created": date}))
        documents.append(("matches", {
            "id": f"m{i}", "need_id": str(i), "offer_id": i, "score": [0.93, 1, None, -0.5, 2.5e12][i % 5],
            "category": "living", "region_code": "530627", "need_title": text, "offer_title": other,
            "created": date}))
    return documents


def _generated_needs(count):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    try:
        return importlib.import_module("search_bench").generate_needs(count)
    finally:
        sys.path.pop(0)


def _built(package, documents):
    # (tantivy JSON, Elasticsearch body JSON) per document, or the error's type and message.
    schema_module = importlib.import_module(f"{package}.schema")
    tantivy_module = importlib.import_module(f"{package}.engines.tantivy_engine")
    es_module = importlib.import_module(f"{package}.engines.elasticsearch_engine")
    out = []
    for index, document in documents:
        schema = schema_module.index_schema(index)
        try:
            doc_id, text = tantivy_module._prepared(schema, document)
            body = es_module.document_body(schema_module.prepare(schema, document))
            out.append((doc_id, text, json.dumps(body, ensure_ascii=False, sort_keys=False)))
        except Exception as exc:  # noqa: BLE001 - the same error is part of the same result
            out.append((type(exc).__name__, str(exc)))
    return out


def test_engine_documents_are_byte_identical_to_mains(main_search):
    documents = [("needs", need) for need in _generated_needs(3000)] + _odd_documents()
    from tests.search import labelled

    documents += [("needs", need.document) for need in labelled.NEEDS]
    expected = _built("search_main", documents)
    got = _built("search", documents)
    assert sum(len(row) == 3 for row in got) > 3500  # most documents are valid
    wrong = [(doc, want, have) for doc, want, have in zip(documents, expected, got) if want != have]
    assert not wrong, f"{len(wrong)} of {len(documents)} documents differ; first: {wrong[:2]}"
