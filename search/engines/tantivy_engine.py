"""Serve the search indexes from tantivy, embedded in the process, one directory per index.

Layout under the engine's ``path``::

    <path>/<index>/CURRENT                 name of the live generation, replaced atomically
    <path>/<index>/<index>-<timestamp>/    one tantivy index (a generation)

``recreate`` builds a new generation beside the live one and then swaps ``CURRENT`` with
``os.replace`` — the same strategy as the Elasticsearch alias swap. Words arrive pre-tokenized by
:mod:`search.analysis` and are indexed with tantivy's whitespace tokenizer; Han runs are cut into
unigrams and bigrams by tantivy's n-gram tokenizer; documents reach the writer as JSON strings.
Filters, sorts and facets use fast fields; facets are tantivy terms aggregations over the whole
filtered result set.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as _dt
import gc
import itertools
import json
import multiprocessing
import os
import shutil
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sized
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import fupin_native
import orjson
import tantivy

from ..engine import make_hit, sorted_counts
from ..analysis import QueryTerm, document_json, is_han as _is_han
from ..exceptions import EngineUnavailable, IndexLost, InvalidDocument, SearchError
from ..query import (
    GRAM_BOOST,
    SYNONYM_BOOST,
    TITLE_BOOST,
    WORD_BOOST,
    CompiledQuery,
    Query,
    RangeFilter,
    RegionFilter,
    SearchResults,
    TermsFilter,
)
from ..schema import INDEXES, FieldType, IndexSchema, index_schema, prepare_fields

__all__ = ["TantivyEngine"]

_TOKENIZER = "fupin_ws"  # tokens are produced in Python; tantivy only splits on the spaces
_HAN_TOKENIZER = "fupin_han_ngram"  # each value a Han run: its unigrams and bigrams, made in Rust
_TEXT, _TITLE, _NGRAM, _HAN, _SOURCE = "_text", "_title", "_ngram", "_han", "_source"
_PREFIX, _SCOPE = "_region_prefix", "_region_scope"
_FACET_SIZE = 10_000  # more than the number of counties: every bucket is returned, counts exact
# Relevance, open first at equal score: matches fetched past the page so that the tie group at the
# page's end usually closes within them (groups of 1-10 at the top of the 1,000,000-need demo index).
_TIE_MARGIN = 32


def _sort_field(name: str) -> str:
    return f"_sort_{name}"


def _build_schema(schema: IndexSchema) -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    # Exact fields only filter: record which documents hold a term, neither frequencies nor positions.
    builder.add_text_field("id", tokenizer_name="raw", index_option="basic")
    builder.add_bytes_field(_SOURCE, stored=True)
    # Frequencies without positions: queries are term conjunctions, never phrases.
    builder.add_text_field(_TEXT, tokenizer_name=_TOKENIZER, index_option="freq")
    builder.add_text_field(_TITLE, tokenizer_name=_TOKENIZER, index_option="freq")
    # N-grams only say that a document holds a character pair: without frequencies the field is
    # smaller and faster to build, and a word match is what ranks anyway.
    # The grams live in two fields: _han holds the Han runs of the text (tantivy's n-gram tokenizer
    # makes their unigrams and bigrams: no Python per gram, issue 12's indexing speed), _ngram the
    # grams made in Python (Latin runs, Latin + Han joins, the bigrams of names). A run is one value
    # of the multi-valued field, so no gram spans two runs.
    builder.add_text_field(_NGRAM, tokenizer_name=_TOKENIZER, index_option="basic")
    builder.add_text_field(_HAN, tokenizer_name=_HAN_TOKENIZER, index_option="basic")
    regions = False
    for spec in schema.fields:
        if spec.type is FieldType.KEYWORD:
            builder.add_text_field(spec.name, tokenizer_name="raw", fast=True, index_option="basic")
        elif spec.type in (FieldType.REGION, FieldType.REGIONS):
            regions = True  # filtered through the prefix and scope fields; returned from the source
        # Integers, dates and amounts are only ever filtered by value or range, sorted and aggregated:
        # tantivy answers a range on a fast field from its column, so indexing their terms too was
        # ~10 % of the build CPU for nothing (docs/benchmarks.md, issue 12 fourth pass; the integers'
        # term filters became ranges in the seventh pass: _integers_in).
        elif spec.type is FieldType.INTEGER:
            builder.add_integer_field(spec.name, indexed=False, fast=True)
        elif spec.type is FieldType.DATE:
            builder.add_integer_field(spec.name, indexed=False, fast=True)
        elif spec.type is FieldType.FLOAT:
            builder.add_float_field(spec.name, indexed=False, fast=True)
    if regions:
        builder.add_text_field(_PREFIX, tokenizer_name="raw", index_option="basic")
        builder.add_text_field(_SCOPE, tokenizer_name="raw", index_option="basic")
    for name in schema.sorts:
        builder.add_integer_field(_sort_field(name), fast=True)
    return builder.build()


def _integers_in(schema: tantivy.Schema, name: str, values: Iterable[int]) -> tantivy.Query:
    # Documents whose integer field holds one of ``values``: the field is a fast column without terms
    # (_build_schema), so one range over the column per run of consecutive values (urgency 2, 3 → 2..3).
    runs: list[list[int]] = []
    for value in sorted(values):
        if runs and value <= runs[-1][1] + 1:
            runs[-1][1] = max(runs[-1][1], value)
        else:
            runs.append([value, value])
    ranges = [tantivy.Query.range_query(schema, name, tantivy.FieldType.Integer, low, high) for low, high in runs]
    if len(ranges) == 1:
        return ranges[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, query) for query in ranges])


def _has_field(schema: tantivy.Schema, name: str) -> bool:
    try:
        tantivy.Query.term_query(schema, name, "")
    except ValueError:
        return False
    return True


_LAYOUT = fupin_native.DocumentLayout(_TEXT, _TITLE, _HAN, _NGRAM, _sort_field(""))


def _prepared(schema: IndexSchema, document: Mapping[str, Any]) -> tuple[str, bytes]:
    # (id, tantivy JSON) of one document: the id to replace an older version by.
    #
    # The document as tantivy's JSON (IndexWriter.add_json), UTF-8: tantivy parses it in Rust, which
    # costs less than converting a dict field by field, and it crosses from a worker process for a
    # fraction of what pickling the dict costs (docs/benchmarks.md, issue 12). The writer decodes it:
    # bytes pickle as they are, while a str of Han text is encoded to UTF-8 by pickle and decoded back
    # by the parent (~4 µs a need). The stored source (bytes) goes as base64. The native core writes
    # the token fields and the sort keys straight from its own strings (search.analysis.document_json:
    # no Python string per token, no orjson pass over them; issue 12, seventh pass); orjson writes the
    # id, the source and the typed values, which are strings, numbers and lists of them only.
    doc = prepare_fields(schema, document)
    head = b'{"id":%b,"_source":"%b"' % (_DUMPS(doc.id), _BASE64(_source_json(doc.source)))
    middle = doc.values
    if doc.region_prefixes or doc.region_scope:
        middle = dict(middle)
        if doc.region_prefixes:
            middle[_PREFIX] = doc.region_prefixes
        if doc.region_scope:
            middle[_SCOPE] = doc.region_scope
    return doc.id, document_json(_LAYOUT, head, doc.texts, _DUMPS(middle), doc.sorts, doc.values)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    # The cyclic GC paused while documents are prepared and added: it would rescan the clause memo's
    # hundreds of thousands of lists again and again while they allocate (they make no cycles).
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _prepare_chunk(index_name: str, documents: list[Mapping[str, Any]]) -> list[tuple[str, bytes]]:
    # Runs in a worker process: tokenizing is the costly part of indexing and holds the GIL. Without
    # the GC's rescans (_gc_paused): 24 instead of ~55 µs per need.
    schema = index_schema(index_name)
    with _gc_paused():
        return [_prepared(schema, document) for document in documents]


_CHUNK = 2_000  # documents per worker task

# A window of documents dealt to the workers: which worker has each document (in order), and each
# worker's task (None when it got none).
_Dealt = tuple[list[int], list[Any]]


def _county_of(schema: IndexSchema) -> Callable[[Mapping[str, Any]], str]:
    # What routes a document to a worker: its county's code (the first six digits of its region),
    # or for an index without a single region its id (spread evenly).
    field = next((f.name for f in schema.fields_of(FieldType.REGION)), None)
    if field is None:
        return lambda document: str(document.get("id"))
    return lambda document: str(document.get(field) or "")[:6]


def _deal(pools: list[ProcessPoolExecutor], index_name: str, window: list[Mapping[str, Any]],
          county: Callable[[Mapping[str, Any]], str]) -> _Dealt:
    shares: list[list[Mapping[str, Any]]] = [[] for _ in pools]
    owners: list[int] = []
    count = len(pools)
    for document in window:
        owner = hash(county(document)) % count  # str hashes are salted per process: only this one deals
        owners.append(owner)
        shares[owner].append(document)
    if count > 1 and max(map(len, shares)) > 1.5 * len(window) / count:
        # One place dominates the window (a single county's platform): even slices keep every
        # worker busy instead.
        size = -(-len(window) // count)
        owners = [position // size for position in range(len(window))]
        shares = [window[start:start + size] for start in range(0, size * count, size)]
    return owners, [pool.submit(_prepare_chunk, index_name, share) if share else None
                    for pool, share in zip(pools, shares)]


def _gathered(dealt: _Dealt) -> list[tuple[str, bytes]]:
    # The prepared documents back in the window's order (a later version of an id must win).
    owners, tasks = dealt
    results = [iter(task.result()) if task is not None else iter(()) for task in tasks]
    nexts = [result.__next__ for result in results]
    return [nexts[owner]() for owner in owners]


def _json_default(value: Any) -> Any:
    raise InvalidDocument(f"cannot store a {type(value).__name__} in a search document")


def _source_json(source: Mapping[str, Any]) -> bytes:
    # The stored source as compact UTF-8 JSON (a Han character takes 3 bytes, not a 6-byte \u escape),
    # made by orjson: several times faster than json.dumps, and dates and datetimes come out as
    # their isoformat() as before. Anything else JSON cannot hold is an invalid document.
    try:
        return _DUMPS(source, default=_json_default)
    except orjson.JSONEncodeError as exc:
        if isinstance(exc.__cause__, InvalidDocument):
            raise exc.__cause__ from None
        raise InvalidDocument(f"cannot store this search document as JSON: {exc}") from None


_DUMPS = orjson.dumps
_BASE64 = base64.b64encode


@contextlib.contextmanager
def _wrapped(action: str) -> Iterator[None]:
    try:
        yield
    except SearchError:
        raise
    except OSError as exc:
        raise EngineUnavailable(f"tantivy {action}: {exc}") from exc
    except (ValueError, RuntimeError) as exc:
        # tantivy's lock failure ("Failed to acquire Lockfile: LockBusy …"); not any message holding
        # "lock" (an index under /srv/blocks/ is no locked index).
        if "LockBusy" in str(exc) or "lockfile" in str(exc).lower():
            raise EngineUnavailable(f"tantivy {action}: index locked by another writer: {exc}") from exc
        raise SearchError(f"tantivy {action}: {exc}") from exc


@dataclass
class _Handle:
    schema: IndexSchema
    tantivy_schema: tantivy.Schema
    index: tantivy.Index
    generation: str
    stamp: tuple[int, int]
    meta: Path
    meta_stamp: tuple[int, int, int] = (0, 0, 0)
    writer: tantivy.IndexWriter | None = None

    def searcher(self) -> tantivy.Searcher:
        """Return a searcher over the latest commit, whichever process made it."""
        # Another process may have committed: tantivy's own reload watcher lags, so look ourselves.
        try:
            info = self.meta.stat()  # tantivy replaces meta.json on every commit: a new inode
            stamp = (info.st_mtime_ns, info.st_ino, info.st_size)
        except OSError:
            stamp = (0, 0, 0)
        if stamp != self.meta_stamp:
            self.index.reload()
            self.meta_stamp = stamp
        return self.index.searcher()


def _mixed_openness(compiled: CompiledQuery) -> bool:
    # Whether matches may be open and not open, so relevance needs the open-first merge. Under a filter
    # by one value of the open field (只看待认领: where open=1) every match is alike: one search.
    field = compiled.schema.open_field
    return bool(field) and not any(
        isinstance(item, TermsFilter) and item.field == field and len(item.values) == 1 for item in compiled.filters
    )


def _remove_directory(path: Path, attempts: int = 20) -> None:
    """Remove the directory ``path`` and everything in it, retrying while files still appear in it.

    A failed rebuild's writer threads may still be closing files in its generation when the removal
    lists the directory: the last ``rmdir`` then fails on a file written meanwhile (seen once in CI on a
    loaded machine, a failed rebuild's generation left beside the live one). Up to ``attempts`` tries,
    10 ms apart and growing; a directory still there after them is left for the next rebuild's cleanup of
    older generations (names sort by time). Raises nothing.
    """
    for attempt in range(attempts):
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            return
        time.sleep(0.01 * (attempt + 1))


class TantivyEngine:
    """Search the schema's indexes with tantivy, each index in a directory under ``path``."""

    name = "tantivy"

    def __init__(
        self,
        path: str | os.PathLike[str],
        heap_size: int = 256_000_000,
        num_threads: int = 1,
        workers: int | None = None,
        parallel_from: int = 20_000,
        keep_writer: bool = False,
        cache_size: int = 512,
        native_writer: bool = True,
    ):
        self.path = Path(path)
        self.heap_size = heap_size
        self.num_threads = num_threads  # one indexing thread leaves the other cores to tokenizing
        # Processes that tokenize batches of parallel_from documents or more (rebuilds): prepare() and
        # the analysis hold the GIL, so on two idle cores two workers took a million needs from 16,500
        # to 21,700 per second (docs/benchmarks.md). None: two when the machine has two cores or more.
        self.workers = (2 if (os.cpu_count() or 1) >= 2 else 0) if workers is None else workers
        self.parallel_from = parallel_from  # smaller batches finish before the processes would start
        # tantivy allows one writer per index across processes: by default each write call takes the
        # writer and gives it back, so web workers and the CLI can all write in turn. A process that is
        # the only writer may keep it (no per-call set-up, merges run in the background).
        self.keep_writer = keep_writer
        # Rebuilds write through fupin_native's writer (the tantivy crate of tantivy-py, a batch per
        # call); False: through tantivy-py's, a call per document, the reference the tests compare.
        self.native_writer = native_writer
        # Totals and facet counts by (generation, commit, text, filters, facets); 0 turns it off.
        self.cache_size = cache_size
        self._counts: OrderedDict[tuple[Any, ...], tuple[int, dict[str, dict[Any, int]]]] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._handles: dict[str, _Handle] = {}
        self._tantivy_schemas = {name: _build_schema(schema) for name, schema in INDEXES.items()}
        self._lock = threading.RLock()
        self._analyzer = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()
        self._han_analyzer = tantivy.TextAnalyzerBuilder(
            tantivy.Tokenizer.ngram(min_gram=1, max_gram=2, prefix_only=False)
        ).build()
        self._closed = False
        # Indexes whose files vanished while open: refused until ``recreate`` rebuilds them, so a
        # write can never start an empty index that then looks complete.
        self._lost: set[str] = set()

    # -- directories and handles -------------------------------------------------------------

    def _current_file(self, name: str) -> Path:
        return self.path / name / "CURRENT"

    def _open(self, schema: IndexSchema, generation: str, create: bool) -> tantivy.Index:
        directory = self.path / schema.name / generation
        with _wrapped(f"open {directory}"):
            if create:
                directory.mkdir(parents=True, exist_ok=False)
                index = tantivy.Index(self._tantivy_schemas[schema.name], path=str(directory), reuse=False)
            elif tantivy.Index.exists(str(directory)):
                index = tantivy.Index.open(str(directory))
                if not _has_field(index.schema, _HAN):
                    # Built before the grams moved into tantivy: its fields cannot answer today's
                    # queries. Lost, so the app answers from the database and rebuilds it.
                    self._lost.add(schema.name)
                    raise IndexLost(f"tantivy index {schema.name!r} ({generation}) predates the {_HAN} "
                                    "n-gram field; rebuild it (flask search reindex)")
            else:
                self._lost.add(schema.name)
                raise IndexLost(f"tantivy index {schema.name!r} lost its generation {generation!r}")
            index.register_tokenizer(_TOKENIZER, self._analyzer)
            index.register_tokenizer(_HAN_TOKENIZER, self._han_analyzer)
        return index

    def _new_generation(self, schema: IndexSchema) -> tuple[str, tantivy.Index]:
        stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%d%H%M%S%f")
        generation = f"{schema.name}-{stamp}"
        return generation, self._open(schema, generation, create=True)

    def _publish(self, name: str, generation: str) -> None:
        current = self._current_file(name)
        scratch = current.with_name(f"CURRENT.{os.getpid()}.{threading.get_ident()}")
        scratch.write_text(generation, encoding="ascii")
        os.replace(scratch, current)

    def _handle(self, name: str) -> _Handle:
        if self._closed:
            raise EngineUnavailable("the tantivy engine is closed")
        schema = index_schema(name)
        current = self._current_file(name)
        with self._lock:
            if name in self._lost:
                raise IndexLost(f"tantivy index {name!r} was lost; rebuild it (flask search sync)")
            handle = self._handles.get(name)
            try:
                info = current.stat()
            except FileNotFoundError:
                info = None
            except OSError as exc:
                raise EngineUnavailable(f"tantivy cannot read {current}: {exc}") from exc
            if info is None and handle is not None:
                # It was open a moment ago: the directory was deleted or moved under us.
                self._lost.add(name)
                self._handles.pop(name, None)
                raise IndexLost(f"tantivy index {name!r} disappeared from {self.path / name}")
            if info is None:
                # First use: an empty live generation, so searching a fresh install works.
                with _wrapped(f"create {name}"):
                    (self.path / name).mkdir(parents=True, exist_ok=True)
                    generation, index = self._new_generation(schema)
                    self._publish(name, generation)
                    info = current.stat()
                return self._remember(name, schema, index, generation, info)
            stamp = (info.st_mtime_ns, info.st_ino)
            if handle is not None and handle.stamp == stamp:
                return handle
            generation = current.read_text(encoding="ascii").strip()
            if handle is not None and handle.generation == generation:
                handle.stamp = stamp
                return handle
            index = self._open(schema, generation, create=False)
            return self._remember(name, schema, index, generation, info)

    def _remember(
        self, name: str, schema: IndexSchema, index: tantivy.Index, generation: str, info: os.stat_result
    ) -> _Handle:
        old = self._handles.pop(name, None)
        if old is not None:
            self._release_writer(old)
        meta = self.path / name / generation / "meta.json"
        handle = _Handle(schema, index.schema, index, generation, (info.st_mtime_ns, info.st_ino), meta)
        self._handles[name] = handle
        return handle

    def _writer(self, handle: _Handle) -> tantivy.IndexWriter:
        if handle.writer is None:
            with _wrapped(f"open a writer on {handle.schema.name}"):
                handle.writer = handle.index.writer(heap_size=self.heap_size, num_threads=self.num_threads)
        return handle.writer

    def _finish_write(self, handle: _Handle) -> None:
        if not self.keep_writer:
            writer, handle.writer = handle.writer, None
            if writer is not None:
                with _wrapped("close a writer"):
                    writer.wait_merging_threads()  # let the merges the commit started finish

    @staticmethod
    def _release_writer(handle: _Handle) -> None:
        writer, handle.writer = handle.writer, None
        if writer is not None:
            with _wrapped("close a writer"):
                writer.rollback()
                writer.wait_merging_threads()

    # -- writing ------------------------------------------------------------------------------

    def _documents_json(
        self, schema: IndexSchema, documents: Iterable[Mapping[str, Any]]
    ) -> Iterator[list[tuple[str, bytes]]]:
        # Batches of (id, tantivy JSON) in the documents' order: a worker window each, or the lot
        # when the documents are too few to be worth the processes.
        iterator = iter(documents)
        head: list[Mapping[str, Any]] = []
        parallel = False
        if self.workers > 0:
            if isinstance(documents, Sized):
                parallel = len(documents) >= self.parallel_from
            else:
                # Unknown length: a small batch is done before the processes would have started.
                head = list(itertools.islice(iterator, self.parallel_from))
                parallel = len(head) == self.parallel_from
        source = itertools.chain(head, iterator)
        if not parallel:
            while batch := [_prepared(schema, document) for document in itertools.islice(source, _CHUNK)]:
                yield batch
            return
        # "spawn": forking a process that runs tantivy's threads is not safe.
        context = multiprocessing.get_context("spawn")
        try:
            with contextlib.ExitStack() as stack:
                # One single-process pool per worker, so that a county's documents always go to the
                # same worker: its clause memo then holds that county's names and titles once, not
                # once per worker (docs/benchmarks.md, issue 12 fifth pass).
                pools = [stack.enter_context(ProcessPoolExecutor(1, mp_context=context)) for _ in range(self.workers)]
                county = _county_of(schema)
                pending: deque[_Dealt] = deque()
                while window := list(itertools.islice(source, _CHUNK * len(pools))):
                    pending.append(_deal(pools, schema.name, window, county))
                    if len(pending) > 3:
                        yield _gathered(pending.popleft())
                while pending:
                    yield _gathered(pending.popleft())
        except BrokenProcessPool as exc:
            raise SearchError(
                "a tokenizing worker process died; a script that rebuilds must guard its entry point "
                "with `if __name__ == '__main__':` (workers are spawned), or pass workers=0"
            ) from exc

    def _add_all(
        self,
        writer: tantivy.IndexWriter,
        schema: IndexSchema,
        documents: Iterable[Mapping[str, Any]],
        replace: bool = True,
    ) -> int:
        count = 0
        add, delete = writer.add_json, writer.delete_documents_by_term
        # Millions of short-lived dicts make the cyclic GC rescan the caller's data over and over.
        with _gc_paused():
            for batch in self._documents_json(schema, documents):
                for doc_id, text in batch:
                    if replace:
                        delete("id", doc_id)
                    add(text.decode())
                count += len(batch)
        return count

    def _add_natively(self, directory: Path, heap: int, schema: IndexSchema,
                      documents: Iterable[Mapping[str, Any]]) -> int:
        # Add ``documents`` to the empty index in ``directory`` with fupin_native's writer and
        # commit; returns how many. Each batch (a worker window) is one call that releases the GIL.
        writer = fupin_native.NativeWriter(str(directory), heap, self.num_threads, _TOKENIZER, _HAN_TOKENIZER)
        count = 0
        try:
            with _gc_paused():
                for batch in self._documents_json(schema, documents):
                    count += writer.add_batch([text for _, text in batch])
            writer.commit()
        finally:
            writer.wait_merging_threads()  # releases the index's writer lock, committed or not
        return count

    def index(self, index_name: str, documents: Iterable[Mapping[str, Any]]) -> int:
        """Insert or replace ``documents`` by id, commit, and reload the searcher."""
        with self._lock:
            handle = self._handle(index_name)
            writer = self._writer(handle)
            try:
                with _wrapped(f"index into {index_name}"):
                    count = self._add_all(writer, handle.schema, documents)
                    writer.commit()
                    handle.index.reload()
            except BaseException:
                self._release_writer(handle)  # roll back what this call added
                raise
            self._finish_write(handle)
            return count

    def delete(self, index_name: str, ids: Iterable[str]) -> int:
        """Delete the documents with these ids, commit, and reload the searcher."""
        with self._lock:
            handle = self._handle(index_name)
            writer = self._writer(handle)
            try:
                with _wrapped(f"delete from {index_name}"):
                    count = 0
                    for doc_id in ids:
                        writer.delete_documents_by_term("id", str(doc_id))
                        count += 1
                    writer.commit()
                    handle.index.reload()
            except BaseException:
                self._release_writer(handle)
                raise
            self._finish_write(handle)
            return count

    def recreate(self, index_name: str, documents: Iterable[Mapping[str, Any]] = ()) -> int:
        """Build a new generation from ``documents``, then make it the live one and drop the old."""
        schema = index_schema(index_name)
        with self._lock:
            self._lost.discard(index_name)  # a full rebuild is exactly what a lost index needs
            if self._handles.get(index_name) is not None and not self._current_file(index_name).exists():
                self._handles.pop(index_name, None)
            try:
                self._handle(index_name)  # the index directory exists from here on
            except IndexLost:
                self._lost.discard(index_name)  # a generation of an older format: replaced below
            generation, index = self._new_generation(schema)
        # Built without the engine's lock: searches keep answering from the live generation meanwhile.
        # fupin_native's writer (the tantivy crate of tantivy-py, in Rust) takes each worker window
        # in one call with the GIL released, and tantivy's indexing thread gets four documents a
        # message: no Python call per document (issue 12, eighth pass). The segment files are byte
        # for byte what tantivy-py's writer makes of the same documents in the same order (tested).
        try:
            with _wrapped(f"rebuild {index_name}"):
                heap = max(self.heap_size, 512_000_000)
                if self.native_writer:
                    count = self._add_natively(self.path / index_name / generation, heap, schema, documents)
                else:
                    writer = index.writer(heap_size=heap, num_threads=self.num_threads)
                    count = self._add_all(writer, schema, documents, replace=False)
                    writer.commit()
                    writer.wait_merging_threads()
                index.reload()
        except BaseException:
            _remove_directory(self.path / index_name / generation)
            raise
        with self._lock:
            with _wrapped(f"switch {index_name} to {generation}"):
                self._publish(index_name, generation)
                info = self._current_file(index_name).stat()
            self._remember(index_name, schema, index, generation, info)
        for old in (self.path / index_name).iterdir():
            # Older generations only (names sort by time); other processes may still be reading them,
            # which POSIX allows: the files go when the last reader closes them.
            if old.is_dir() and old.name < generation:
                shutil.rmtree(old, ignore_errors=True)
        return count

    # -- reading ------------------------------------------------------------------------------

    def _query(self, handle: _Handle, compiled: CompiledQuery, searcher: tantivy.Searcher) -> tantivy.Query:
        schema = handle.tantivy_schema
        Q = tantivy.Query
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []

        def in_names(gram: str) -> bool:
            # Whether _ngram holds this Han bigram at all (only names put Han bigrams there): most
            # bigrams (大米) are in no name, and a term in _han alone is cheaper than a disjunction.
            return searcher.doc_freq(_NGRAM, gram) > 0

        for term in compiled.terms:
            clauses.append((tantivy.Occur.Must, self._term(schema, term, in_names)))
        for item in compiled.filters:
            only_filters = Q.const_score_query(self._filter(schema, compiled, item), 0.0)
            clauses.append((tantivy.Occur.Must, only_filters))
        if not clauses:
            return Q.all_query()
        return Q.boolean_query(clauses)

    @staticmethod
    def _open_first(
        handle: _Handle, searcher: tantivy.Searcher, tq: tantivy.Query, compiled: CompiledQuery, count: bool
    ) -> tuple[list[tuple[float, Any]], int | None, dict[tuple[int, int], dict[str, Any]]]:
        # Relevance with open items first at equal score, strictly (tantivy sorts by score or by a
        # field, not both). Returns the page's (score, address) pairs, the count of all matches (when
        # asked) and the sources read on the way, by address, for the caller to reuse.
        #
        # One search usually settles it (issue 14, fourth pass): the best offset + limit + _TIE_MARGIN
        # matches of all. Past the page's last score every fetched match scores lower, so no other
        # match can enter the page; the page's items are then ordered by score, open first, then
        # tantivy's order, reading "open" from the stored sources of the tie groups the page cuts
        # (sources the page shows anyway). Only when the page's last score ties with more matches
        # than were fetched does a second search take the best offset + limit open matches, merged
        # with the best of all (open first on a tie). Every item of the merged page is in one of the
        # two lists: an open one has fewer open items before it, any other has no more items of all
        # before it than in the merged order. A match of the second list missing from the first
        # counts as not open: if it is open, the first list holds offset + limit open items before
        # it, so it falls off the page either way. The filter scores 0, so both lists carry the
        # query's own scores.
        Q, Must = tantivy.Query, tantivy.Occur.Must
        offset, wanted = compiled.offset, compiled.offset + compiled.limit
        everything = searcher.search(tq, wanted + _TIE_MARGIN, count=count)
        total = everything.count if count else None
        fetched = everything.hits
        sources: dict[tuple[int, int], dict[str, Any]] = {}
        if offset >= len(fetched):
            return [], total, sources
        end = len(fetched)
        if end > wanted:
            edge = fetched[wanted - 1][0]
            end = next((j for j in range(wanted, end) if fetched[j][0] < edge), 0)
        if end:
            first = offset  # the start of the tie group holding the page's first place
            while first and fetched[first - 1][0] == fetched[first][0]:
                first -= 1
            derive, field = compiled.schema.derive, compiled.schema.open_field
            closed: list[tuple[float, int, int]] = []
            for at in range(first, end):
                score, address = fetched[at]
                source = json.loads(searcher.doc(address).get_first(_SOURCE))
                sources[(address.segment_ord, address.doc)] = source
                is_open = derive(source)[field] if derive else source.get(field)
                closed.append((-score, 0 if is_open else 1, at))
            closed.sort()
            return [fetched[at] for _, _, at in closed[offset - first:wanted - first]], total, sources
        only = Q.const_score_query(_integers_in(handle.tantivy_schema, compiled.schema.open_field, (1,)), 0.0)
        opened = searcher.search(Q.boolean_query([(Must, tq), (Must, only)]), wanted, count=False).hits
        seen = {(address.segment_ord, address.doc) for _, address in opened}
        merged = [(-score, 0, at, address) for at, (score, address) in enumerate(opened)]
        merged += [(-score, 1, at, address) for at, (score, address) in enumerate(fetched[:wanted])
                   if (address.segment_ord, address.doc) not in seen]
        merged.sort(key=lambda item: item[:3])
        return [(-negative, address) for negative, _, _, address in merged[offset:wanted]], total, sources

    @staticmethod
    def _term(schema: tantivy.Schema, term: QueryTerm, in_names: Callable[[str], bool]) -> tantivy.Query:
        # The word (boosted, more in the title) or all of the term's n-grams, or the same for one of
        # its synonyms (scored less): one of them must match.
        Q, Must, Should = tantivy.Query, tantivy.Occur.Must, tantivy.Occur.Should

        def gram_query(gram: str) -> tantivy.Query:
            # A Han unigram is only ever in _han, a Han bigram in _han (text) or _ngram (names), any
            # other gram only in _ngram (see _build_schema); the better field's score counts, once.
            if not all(_is_han(char) for char in gram):
                return Q.term_query(schema, _NGRAM, gram)
            if len(gram) == 1 or not in_names(gram):
                return Q.term_query(schema, _HAN, gram)
            return Q.disjunction_max_query([Q.term_query(schema, _HAN, gram), Q.term_query(schema, _NGRAM, gram)])

        def all_of(grams: tuple[str, ...], boost: float) -> tantivy.Query | None:
            queries = [gram_query(gram) for gram in grams]
            if not queries:
                return None
            joined = queries[0] if len(queries) == 1 else Q.boolean_query([(Must, q) for q in queries])
            return Q.boost_query(joined, boost)

        def word_of(word: str, boost: float) -> list[tuple[tantivy.Occur, tantivy.Query]]:
            return [(Should, Q.boost_query(Q.term_query(schema, _TEXT, word), WORD_BOOST * boost)),
                    (Should, Q.boost_query(Q.term_query(schema, _TITLE, word), WORD_BOOST * TITLE_BOOST * boost))]

        all_grams = all_of(term.grams, GRAM_BOOST)
        if term.word is None:
            related = [Q.boost_query(Q.term_query(schema, _TEXT, w), WORD_BOOST) for w in term.related]
            return Q.boolean_query([(Must, all_grams), *((Should, q) for q in related)])
        word, title = word_of(term.word, 1.0)
        if all_grams is None and not term.synonyms:  # no Han or Latin character (_): the word only
            return Q.boolean_query([(Must, word[1]), title])
        branches = [word, title] + ([(Should, all_grams)] if all_grams is not None else [])
        for synonym, grams in term.synonyms:
            if synonym:
                branches += word_of(synonym, SYNONYM_BOOST)
            synonym_grams = all_of(grams, GRAM_BOOST * SYNONYM_BOOST)
            if synonym_grams is not None:
                branches.append((Should, synonym_grams))
        core = Q.boolean_query(branches)
        if not term.related:
            return core
        # The best related word counts, once: a need naming two of them (玉米 and 玉米种子) gets no more.
        related = Q.disjunction_max_query([Q.term_query(schema, _TEXT, w) for w in term.related])
        return Q.boolean_query([(Must, core), (Should, Q.boost_query(related, WORD_BOOST * SYNONYM_BOOST))])

    @staticmethod
    def _filter(schema: tantivy.Schema, compiled: CompiledQuery, item: Any) -> tantivy.Query:
        Q = tantivy.Query
        if isinstance(item, TermsFilter):
            if compiled.schema.get_field(item.field).type is FieldType.INTEGER:  # type: ignore[union-attr]
                return _integers_in(schema, item.field, item.values)
            if len(item.values) == 1:
                return Q.term_query(schema, item.field, item.values[0])
            return Q.term_set_query(schema, item.field, list(item.values))
        if isinstance(item, RangeFilter):
            floats = compiled.schema.get_field(item.field).type is FieldType.FLOAT  # type: ignore[union-attr]
            kind = tantivy.FieldType.Float if floats else tantivy.FieldType.Integer
            return Q.range_query(schema, item.field, kind, item.gte, item.lte)
        if isinstance(item, RegionFilter):
            inside = Q.term_query(schema, _PREFIX, item.prefix)
            if not item.multi:
                return inside
            around = Q.term_set_query(schema, _SCOPE, [*item.ancestors, "*"])
            return Q.boolean_query([(tantivy.Occur.Should, inside), (tantivy.Occur.Should, around)])
        raise SearchError(f"unknown filter {item!r}")

    def search(self, index_name: str, query: Query) -> SearchResults:
        """Return one page of matches with the total, facet counts and highlights."""
        handle = self._handle(index_name)
        compiled = query.compile(handle.schema)
        with _wrapped(f"search {index_name}"):
            searcher = handle.searcher()
            tq = self._query(handle, compiled, searcher)
            # Total and facets depend on text and filters only, not on sort or page: paging through
            # a listing, or re-sorting it, reuses them until the next commit (as Elasticsearch's
            # shard request cache does for aggregations).
            key = (handle.generation, handle.meta_stamp, compiled.terms, compiled.filters, compiled.facets)
            cached = self._cached(key)
            everything = not compiled.terms and not compiled.filters
            if cached is None and everything and not compiled.facets:
                cached = (searcher.num_docs, {})  # counting a million matches costs ~10 ms
            options: dict[str, Any] = {"count": cached is None, "offset": compiled.offset}
            if compiled.sort_keys:
                options.update(order_by_field=_sort_field(compiled.sort), order=tantivy.Order.Asc)
            if not compiled.sort_keys and compiled.terms and _mixed_openness(compiled):
                found, count, read = self._open_first(handle, searcher, tq, compiled, options["count"])
            else:
                result = searcher.search(tq, compiled.limit, **options)
                found, count, read = result.hits, result.count, {}
            hits = []
            for key_value, address in found:
                source = read.get((address.segment_ord, address.doc))
                if source is None:
                    source = json.loads(searcher.doc(address).get_first(_SOURCE))
                score = None if compiled.sort_keys else float(key_value)
                hits.append(make_hit(compiled, source["id"], score, source))
            if cached is None:
                facets = self._facets(searcher, tq, compiled) if compiled.facets else {}
                cached = (count, facets)
                self._remember_counts(key, cached)
        total, facets = cached
        return SearchResults(
            total=total, hits=hits, facets={name: dict(counts) for name, counts in facets.items()},
            page=query.page, size=query.size,
        )

    def _cached(self, key: tuple[Any, ...]) -> tuple[int, dict[str, dict[Any, int]]] | None:
        with self._cache_lock:
            found = self._counts.get(key)
            if found is not None:
                self._counts.move_to_end(key)
            return found

    def _remember_counts(self, key: tuple[Any, ...], value: tuple[int, dict[str, dict[Any, int]]]) -> None:
        if self.cache_size <= 0:
            return
        with self._cache_lock:
            self._counts[key] = value
            while len(self._counts) > self.cache_size:
                self._counts.popitem(last=False)

    @staticmethod
    def _facets(
        searcher: tantivy.Searcher, tq: tantivy.Query, compiled: CompiledQuery
    ) -> dict[str, dict[Any, int]]:
        aggregations = {name: {"terms": {"field": name, "size": _FACET_SIZE}} for name in compiled.facets}
        answer = searcher.aggregate(tq, aggregations)
        facets: dict[str, dict[Any, int]] = {}
        for name in compiled.facets:
            integer = compiled.schema.get_field(name).type is FieldType.INTEGER  # type: ignore[union-attr]
            buckets = answer.get(name, {}).get("buckets", [])
            facets[name] = sorted_counts(
                (int(b["key"]) if integer else str(b["key"]), int(b["doc_count"])) for b in buckets
            )
        return facets

    def count(self, index_name: str, query: Query | None = None) -> int:
        """Return how many documents match ``query`` (all when None)."""
        handle = self._handle(index_name)
        with _wrapped(f"count {index_name}"):
            searcher = handle.searcher()
            if query is None:
                return searcher.num_docs
            tq = self._query(handle, query.compile(handle.schema), searcher)
            return searcher.search(tq, 1, count=True).count

    def health(self) -> bool:
        """Return True when the base directory is usable."""
        if self._closed:
            return False
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            return os.access(self.path, os.R_OK | os.W_OK)
        except OSError:
            return False

    def close(self) -> None:
        """Finish background merges and drop writers and readers."""
        with self._lock:
            handles, self._handles = self._handles, {}
            self._closed = True
            for handle in handles.values():
                writer, handle.writer = handle.writer, None
                if writer is not None:
                    with _wrapped("close a writer"):
                        writer.wait_merging_threads()

    def __enter__(self) -> TantivyEngine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"TantivyEngine(path={str(self.path)!r})"
