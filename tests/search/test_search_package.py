"""The package's public face: registry, schema helpers, highlighting, analysis offsets, isolation."""

from __future__ import annotations

import ast
import datetime as dt
import multiprocessing
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import search
from search import EngineUnavailable, InvalidDocument, UnknownEngine, create_engine, get_engine, highlight
from search.analysis import analyze_for_search, analyze_spans
from search.engines.tantivy_engine import TantivyEngine
from search.schema import prepare, region_prefixes, to_epoch_ms

PACKAGE = Path(search.__file__).parent


def test_a_tantivy_url_creates_the_tantivy_engine_under_that_directory(tmp_path):
    engine = create_engine(f"tantivy://{tmp_path}/idx")
    try:
        assert isinstance(engine, TantivyEngine) and engine.path == tmp_path / "idx"
    finally:
        engine.close()


def test_an_engine_name_creates_the_engine_with_its_options(tmp_path):
    engine = get_engine("tantivy", path=str(tmp_path))
    try:
        assert engine.health()
    finally:
        engine.close()


def test_an_unknown_engine_name_raises_unknown_engine():
    with pytest.raises(UnknownEngine):
        get_engine("solr")


def test_an_unknown_url_scheme_raises_unknown_engine():
    with pytest.raises(UnknownEngine):
        create_engine("redis://localhost")


def test_a_registered_factory_is_found_by_name(tmp_path):
    search.register_engine("embedded", lambda **options: TantivyEngine(**options))
    engine = get_engine("embedded", path=str(tmp_path))
    try:
        assert "embedded" in search.registered_engines() and isinstance(engine, TantivyEngine)
    finally:
        engine.close()


def test_a_tantivy_engine_whose_directory_cannot_be_created_raises_engine_unavailable(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    engine = get_engine("tantivy", path=str(blocker / "index"))
    try:
        with pytest.raises(EngineUnavailable):
            engine.count("needs")
    finally:
        engine.close()


def test_two_engines_on_the_same_directory_write_in_turn(tmp_path):
    first, second = (get_engine("tantivy", path=str(tmp_path)) for _ in range(2))
    try:
        first.index("needs", [{"id": "1", "title": "棉衣"}])
        second.index("needs", [{"id": "2", "title": "书包"}])
        assert first.count("needs") == second.count("needs") == 2
    finally:
        first.close()
        second.close()


def test_a_writer_kept_by_one_engine_makes_another_engines_writes_unavailable(tmp_path):
    first = get_engine("tantivy", path=str(tmp_path), keep_writer=True)
    second = get_engine("tantivy", path=str(tmp_path))
    try:
        first.index("needs", [{"id": "1", "title": "棉衣"}])
        with pytest.raises(EngineUnavailable):
            second.index("needs", [{"id": "2", "title": "书包"}])
    finally:
        first.close()
        second.close()


def test_another_engine_on_the_same_directory_sees_a_recreated_index(tmp_path):
    writer, reader = (get_engine("tantivy", path=str(tmp_path)) for _ in range(2))
    try:
        writer.index("needs", [{"id": "1", "title": "棉衣"}])
        assert reader.count("needs") == 1
        writer.recreate("needs", [{"id": "2", "title": "书包"}, {"id": "3", "title": "轮椅"}])
        assert reader.count("needs") == 2
    finally:
        writer.close()
        reader.close()


def test_an_index_built_before_the_han_gram_field_is_lost_until_reindexed(tmp_path):
    # An index of the format before the Han runs moved into tantivy (no _han field): searching it is
    # refused as lost (the app answers from the database and rebuilds), and recreate rebuilds it.
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", tokenizer_name="raw", index_option="basic")
    builder.add_text_field("_ngram", index_option="basic")
    (tmp_path / "needs" / "needs-20200101000000000000").mkdir(parents=True)
    tantivy.Index(builder.build(), path=str(tmp_path / "needs" / "needs-20200101000000000000"))
    (tmp_path / "needs" / "CURRENT").write_text("needs-20200101000000000000", encoding="ascii")
    engine = TantivyEngine(tmp_path, workers=0)
    try:
        with pytest.raises(search.IndexLost, match="reindex"):
            engine.search("needs", search.Query(text="棉衣"))
        engine.recreate("needs", [{"id": "1", "title": "急需棉衣"}])
        assert [hit.id for hit in engine.search("needs", search.Query(text="衣")).hits] == ["1"]
        assert not (tmp_path / "needs" / "needs-20200101000000000000").exists()
    finally:
        engine.close()


def test_bulk_indexing_through_worker_processes_indexes_every_document(tmp_path):
    engine = TantivyEngine(tmp_path, workers=2, parallel_from=10)
    documents = [{"id": str(i), "title": f"急需棉衣 {i}", "urgency": 1 + i % 3} for i in range(5000)]
    try:
        engine.recreate("needs", documents)
        assert engine.count("needs", search.Query(text="冬衣", urgency=3)) == len(documents[2::3])
    finally:
        engine.close()


@pytest.mark.parametrize("counties", [["530627", "533325", "431026", "450721", "130102"], ["530627"]])
def test_documents_dealt_to_workers_by_county_come_back_in_order(tmp_path, counties):
    # Each county's documents go to one worker (one county alone: even slices); an id given twice
    # in one batch must still end as its later version.
    engine = TantivyEngine(tmp_path, workers=2, parallel_from=10)
    documents = [{"id": str(i % 3000), "title": f"急需棉衣 {i}", "region_code": counties[(i + i // 3000) % len(counties)] + "100",
                  "urgency": 1 + i // 3000} for i in range(6000)]
    try:
        engine.index("needs", documents)
        assert engine.count("needs") == 3000
        assert engine.count("needs", search.Query(urgency=2)) == 3000
    finally:
        engine.close()


def test_a_small_generator_is_indexed_without_starting_worker_processes(tmp_path):
    engine = TantivyEngine(tmp_path, workers=2, parallel_from=100)
    try:
        engine.recreate("needs", ({"id": str(i), "title": "冬衣"} for i in range(99)))
        assert engine.count("needs") == 99 and multiprocessing.active_children() == []
    finally:
        engine.close()


def test_a_large_generator_is_indexed_through_worker_processes_completely(tmp_path):
    engine = TantivyEngine(tmp_path, workers=2, parallel_from=100)
    try:
        engine.recreate("needs", ({"id": str(i), "title": "冬衣"} for i in range(4321)))
        assert engine.count("needs", search.Query(text="棉衣")) == 4321
    finally:
        engine.close()


def test_a_document_without_id_is_an_invalid_document():
    with pytest.raises(InvalidDocument):
        prepare(search.index_schema("needs"), {"title": "棉衣"})


def test_a_document_with_a_malformed_date_is_an_invalid_document():
    with pytest.raises(InvalidDocument):
        prepare(search.index_schema("needs"), {"id": "1", "created": "yesterday"})


def test_a_value_json_cannot_store_is_an_invalid_document(tmp_path):
    engine = get_engine("tantivy", path=str(tmp_path))
    try:
        with pytest.raises(InvalidDocument):
            engine.index("needs", [{"id": "1", "title": "棉衣", "photo": b"\x89PNG"}])
    finally:
        engine.close()


def test_naive_datetimes_are_taken_as_utc():
    assert to_epoch_ms("2024-01-01T08:00:00") == to_epoch_ms("2024-01-01T16:00:00+08:00")


@given(st.dates(), st.booleans())
def test_a_day_is_its_first_or_last_utc_millisecond(day, end_of_day):
    start = dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
    moment = start + dt.timedelta(days=1, milliseconds=-1) if end_of_day else start
    expected = (moment - dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)) // dt.timedelta(milliseconds=1)
    assert to_epoch_ms(day, end_of_day=end_of_day) == to_epoch_ms(day.isoformat(), end_of_day=end_of_day) == expected


def test_region_prefixes_are_the_codes_of_the_levels_above_and_the_code():
    assert region_prefixes("520526101001") == ["52", "5205", "520526", "520526101", "520526101001"]


def test_highlight_returns_none_when_no_token_occurs():
    assert highlight("孩子需要书包", {"冬衣"}) is None


def test_highlight_cuts_a_long_text_around_the_first_match():
    text = "前" * 200 + "棉衣" + "后" * 200
    snippet = highlight(text, {"冬衣"}, max_chars=40)
    assert snippet.startswith("…") and snippet.endswith("…") and "<mark>棉衣</mark>" in snippet


def test_analysis_offsets_point_into_the_original_full_width_text():
    text = "捐赠ＡＤＩＤＡＳ棉衣"
    assert [(t, text[a:b]) for t, a, b in analyze_spans(text)] == [
        ("捐赠", "捐赠"),
        ("adidas", "ＡＤＩＤＡＳ"),
        ("冬衣", "棉衣"),
    ]


def test_analyze_for_search_gives_the_tokens_of_its_offsets_variant():
    text = "易地扶贫搬迁安置点需要冬衣"
    assert [t for t, _, _ in analyze_spans(text)] == analyze_for_search(text)


@pytest.mark.parametrize("module", sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")))
def test_the_package_imports_neither_flask_nor_sqlalchemy_nor_the_app(module):
    path = PACKAGE / module
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {
        (node.module or "").split(".")[0] if isinstance(node, ast.ImportFrom) else alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom)) and not getattr(node, "level", 0)
        for alias in node.names
    }
    assert not imported & {"flask", "sqlalchemy", "app", "flask_sqlalchemy"}


def test_every_public_name_of_the_package_is_exported():
    assert all(hasattr(search, name) for name in search.__all__)


def test_threads_can_search_while_another_thread_writes(tmp_path):
    import threading

    engine = get_engine("tantivy", path=str(tmp_path))
    engine.index("needs", [{"id": str(i), "title": f"急需棉衣 {i}"} for i in range(50)])
    errors: list[str] = []

    def work(writer: bool) -> None:
        try:
            for round_ in range(20):
                assert engine.search("needs", search.Query(text="棉衣")).total >= 50
                if writer and round_ % 5 == 0:
                    engine.index("needs", [{"id": f"new-{round_}", "title": "冬衣"}])
        except Exception as exc:  # collected: an assertion in a thread would not fail the test
            errors.append(repr(exc))

    threads = [threading.Thread(target=work, args=(n == 0,)) for n in range(4)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == [] and engine.count("needs") == 54
    finally:
        engine.close()


def test_a_term_found_through_its_ngrams_is_highlighted_where_its_text_occurs():
    from search.analysis import analyze_query
    from search.highlight import highlight

    def marked(query, text):
        terms = analyze_query(query)
        return highlight(text, {t.word for t in terms if t.word}, surfaces={t.surface for t in terms})

    assert marked("猪", "急需仔猪和生猪") == "急需仔<mark>猪</mark>和生<mark>猪</mark>"
    assert marked("藥品", "缺少药品") == "缺少<mark>药品</mark>"
    assert marked("Ｘ光", "需要X光机") == "需要<mark>X光</mark>机"
