"""The native writer builds the index tantivy-py's writer builds (issue 12, eighth pass).

A rebuild goes through fupin_native.NativeWriter (the tantivy crate of tantivy-py 0.27.0, a batch
per call). The same documents rebuilt through tantivy-py's writer (``native_writer=False``) must give
tantivy-py the same index: the same results with the same scores in the same order for every
labelled query, the same stored documents at the same addresses, and the same segment files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import tantivy

import fupin_native
from search import Query
from search.engines.tantivy_engine import _HAN_TOKENIZER, _TOKENIZER, TantivyEngine, _prepared
from search.exceptions import SearchError
from search.schema import index_schema

from .labelled import HELD_OUT, NEEDS, QUERIES
from .test_search_native import _generated_needs, _odd_documents


def _rebuilt(path: Path, native: bool, index_name: str, documents: list[dict]) -> TantivyEngine:
    engine = TantivyEngine(path=path, workers=0, native_writer=native)
    assert engine.recreate(index_name, documents) == len(documents)
    return engine


def _generation(engine: TantivyEngine, index_name: str) -> Path:
    return engine.path / index_name / (engine.path / index_name / "CURRENT").read_text().strip()


def _stored(engine: TantivyEngine, index_name: str) -> list[tuple[int, int, dict]]:
    # Every stored document with its address, in address order.
    index = tantivy.Index.open(str(_generation(engine, index_name)))
    searcher = index.searcher()
    hits = searcher.search(tantivy.Query.all_query(), searcher.num_docs).hits
    addresses = sorted((address.segment_ord, address.doc) for _, address in hits)
    found = {(a.segment_ord, a.doc): a for _, a in hits}
    return [(*key, searcher.doc(found[key]).to_dict()) for key in addresses]


def _segment_files(engine: TantivyEngine, index_name: str) -> list[tuple[str, bytes]]:
    # (extension, content) of each segment file, in the order of meta.json: the names are random ids.
    directory = _generation(engine, index_name)
    meta = json.loads((directory / "meta.json").read_text())
    names = [segment["segment_id"].replace("-", "") for segment in meta["segments"]]
    return [(path.suffix, path.read_bytes()) for name in names for path in sorted(directory.glob(f"{name}.*"))]


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """The labelled needs and generated ones, rebuilt through each writer."""
    documents = [need.document for need in NEEDS] + _generated_needs(2000)
    root = tmp_path_factory.mktemp("writers")
    native = _rebuilt(root / "native", True, "needs", documents)
    reference = _rebuilt(root / "reference", False, "needs", documents)
    yield native, reference
    native.close()
    reference.close()


def _ranked(engine: TantivyEngine, text: str, **options) -> list[tuple[str, float | None]]:
    results = engine.search("needs", Query(text=text, size=100, **options))
    return [(hit.id, hit.score) for hit in results.hits]


@pytest.mark.parametrize("labelled", QUERIES + HELD_OUT, ids=lambda q: f"{q.kind}:{q.text}")
def test_every_labelled_query_finds_the_same_needs_with_the_same_scores(both, labelled):
    native, reference = both
    got = _ranked(native, labelled.text)
    assert got and got == _ranked(reference, labelled.text)


def test_filters_facets_and_sorts_answer_the_same(both):
    native, reference = both
    for options in ({"sort": "deadline"}, {"sort": "closing"}, {"status": ["published"], "urgency": [2, 3]},
                    {"facets": ["category", "status"], "region": "53"}):
        want = reference.search("needs", Query(text="大米", size=50, **options))
        got = native.search("needs", Query(text="大米", size=50, **options))
        assert [(h.id, h.score) for h in got.hits] == [(h.id, h.score) for h in want.hits]
        assert (got.total, got.facets) == (want.total, want.facets)


def test_the_stored_documents_and_segment_files_are_the_same(both):
    native, reference = both
    stored = _stored(native, "needs")
    assert len(stored) == len(NEEDS) + 2000
    assert stored == _stored(reference, "needs")
    files = _segment_files(native, "needs")
    assert {suffix for suffix, _ in files} >= {".idx", ".store", ".term", ".fast", ".fieldnorm"}
    assert files == _segment_files(reference, "needs")


@pytest.mark.parametrize("index_name", ["needs", "offers", "projects", "matches"])
def test_every_index_with_odd_values_is_built_the_same(tmp_path, index_name):
    schema = index_schema(index_name)
    documents = []
    for name, document in _odd_documents():
        try:
            _prepared(schema, document)
        except SearchError:
            continue  # refused by the document builder alike on both paths
        if name == index_name:
            documents.append(document)
    assert len(documents) > 100
    native = _rebuilt(tmp_path / "native", True, index_name, documents)
    reference = _rebuilt(tmp_path / "reference", False, index_name, documents)
    assert _stored(native, index_name) == _stored(reference, index_name)
    assert _segment_files(native, index_name) == _segment_files(reference, index_name)
    native.close()
    reference.close()


def test_a_batch_with_a_bad_document_adds_none_of_its_documents(tmp_path):
    engine = TantivyEngine(path=tmp_path, workers=0)
    engine.count("needs")  # creates the empty live generation
    directory = str(_generation(engine, "needs"))
    good = [_prepared(index_schema("needs"), need.document)[1] for need in NEEDS[:3]]
    writer = fupin_native.NativeWriter(directory, 50_000_000, 1, _TOKENIZER, _HAN_TOKENIZER)
    assert writer.add_batch(good[:1]) == 1
    with pytest.raises(ValueError, match="document 1 of the batch"):
        writer.add_batch([good[1], b'{"id": "x", "urgency": "not a number"}', good[2]])
    with pytest.raises(TypeError):
        writer.add_batch([good[1], "a str, not bytes"])
    writer.commit()
    writer.wait_merging_threads()
    assert engine.count("needs") == 1
    with pytest.raises(RuntimeError, match="finished"):
        writer.add_batch(good)
    engine.close()


def test_a_second_writer_on_the_same_index_is_refused_while_the_first_holds_it(tmp_path):
    engine = TantivyEngine(path=tmp_path, workers=0)
    engine.count("needs")
    directory = str(_generation(engine, "needs"))
    first = fupin_native.NativeWriter(directory, 50_000_000, 1, _TOKENIZER, _HAN_TOKENIZER)
    with pytest.raises(RuntimeError, match="(?i)lock"):
        fupin_native.NativeWriter(directory, 50_000_000, 1, _TOKENIZER, _HAN_TOKENIZER)
    first.wait_merging_threads()
    fupin_native.NativeWriter(directory, 50_000_000, 1, _TOKENIZER, _HAN_TOKENIZER).wait_merging_threads()
    engine.close()


def test_a_rebuild_by_worker_windows_gives_the_same_files(tmp_path):
    # The parallel path: windows gathered back from two tokenizing processes, one add_batch each.
    documents = _generated_needs(3000)
    windows = TantivyEngine(path=tmp_path / "windows", workers=2, parallel_from=100)
    assert windows.recreate("needs", documents) == len(documents)
    reference = _rebuilt(tmp_path / "reference", False, "needs", documents)
    assert _segment_files(windows, "needs") == _segment_files(reference, "needs")
    windows.close()
    reference.close()


def test_a_failed_rebuild_drops_its_generation_and_releases_the_writer(tmp_path):
    engine = _rebuilt(tmp_path, True, "needs", [need.document for need in NEEDS[:20]])
    live = _generation(engine, "needs")
    with pytest.raises(SearchError):
        engine.recreate("needs", [NEEDS[0].document, {**NEEDS[1].document, "created": "last week"}])
    assert [path for path in (tmp_path / "needs").iterdir() if path.is_dir()] == [live]
    assert engine.count("needs") == 20
    assert engine.recreate("needs", [need.document for need in NEEDS[:5]]) == 5
    assert engine.count("needs") == 5
    engine.close()


def test_a_generation_is_removed_even_while_files_still_appear_in_it(tmp_path):
    """A failed rebuild's writer threads may still close files while its generation is removed (seen in CI)."""
    import threading
    import time

    from search.engines.tantivy_engine import _remove_directory

    directory = tmp_path / "needs-20261201000000000000"
    directory.mkdir()
    stop = time.monotonic() + 0.05

    def write():
        k = 0
        while time.monotonic() < stop:
            try:
                (directory / f"segment-{k}.tmp").write_bytes(b"x" * 512)
            except OSError:
                return  # the directory is gone
            k += 1

    writer = threading.Thread(target=write)
    writer.start()
    _remove_directory(directory)
    writer.join()  # it stops at its first write into the removed directory, which it cannot create
    assert not directory.exists()
