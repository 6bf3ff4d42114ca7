"""Serve the search indexes from Elasticsearch through the official ``elasticsearch`` client.

Every index is reached through an alias ``<prefix><name>`` that points at one physical index
``<prefix><name>-<timestamp>``. ``recreate`` fills a new physical index and then moves the alias in
a single ``update_aliases`` call (remove + add), so searches never see a half-built index.

Text is tokenized in Python by :mod:`search.analysis` and sent as space-separated tokens in
``search_text`` / ``search_title``, indexed with the built-in ``whitespace`` analyzer: both engines
see the same tokens. The request bodies are built by the pure functions :func:`index_body`,
:func:`document_body`, :func:`query_clause` and :func:`search_body`, which the unit tests pin.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import elasticsearch
from elasticsearch import Elasticsearch, helpers

from ..engine import make_hit, sorted_counts
from ..analysis import QueryTerm
from ..exceptions import EngineUnavailable, IndexLost, IndexNotFound, InvalidDocument, InvalidQuery, SearchError
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
from ..schema import FieldType, IndexSchema, PreparedDocument, index_schema, prepare

__all__ = [
    "ElasticsearchEngine",
    "index_body",
    "document_body",
    "query_clause",
    "search_body",
    "alias_swap_actions",
    "SEARCH_TEXT",
    "SEARCH_TITLE",
    "SEARCH_NGRAM",
]

SEARCH_TEXT = "search_text"
SEARCH_TITLE = "search_title"
SEARCH_NGRAM = "search_ngram"
_FACET_SIZE = 10_000
_DATE_FORMAT = "strict_date_optional_time||epoch_millis"

_MAPPING = {
    FieldType.ID: {"type": "keyword"},
    FieldType.TEXT: {"type": "text", "index": False},  # displayed; searched through SEARCH_TEXT
    FieldType.KEYWORD: {"type": "keyword"},
    FieldType.INTEGER: {"type": "long"},
    FieldType.FLOAT: {"type": "double"},
    FieldType.DATE: {"type": "date", "format": _DATE_FORMAT},
    FieldType.REGION: {"type": "keyword"},
    FieldType.REGIONS: {"type": "keyword"},
    FieldType.STORED: {"type": "keyword", "index": False, "doc_values": False},
}
_TOKENS_MAPPING = {"type": "text", "analyzer": "whitespace", "index_options": "freqs"}


def index_body(schema: IndexSchema, shards: int = 1, replicas: int = 0) -> dict[str, Any]:
    """Return the settings and mappings of a physical index for ``schema``."""
    properties = {spec.name: dict(_MAPPING[spec.type]) for spec in schema.fields}
    properties[SEARCH_TEXT] = dict(_TOKENS_MAPPING)
    properties[SEARCH_TITLE] = dict(_TOKENS_MAPPING)
    properties[SEARCH_NGRAM] = {**_TOKENS_MAPPING, "index_options": "docs"}  # as tantivy's: no frequencies
    return {
        "settings": {"number_of_shards": shards, "number_of_replicas": replicas},
        # Unknown fields are kept in _source but not indexed: the app may send more than we search.
        "mappings": {"dynamic": False, "properties": properties},
    }


def _json_safe(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


def document_body(prepared: PreparedDocument) -> dict[str, Any]:
    """Return the JSON document sent to Elasticsearch: the source plus the token fields."""
    body = {name: _json_safe(value) for name, value in prepared.source.items()}
    body[SEARCH_TEXT] = prepared.words
    body[SEARCH_TITLE] = prepared.title_words
    body[SEARCH_NGRAM] = " ".join(prepared.gram_tokens)
    body.update(prepared.derived)
    return body


def _filter_clause(item: Any) -> dict[str, Any]:
    if isinstance(item, TermsFilter):
        return {"terms": {item.field: list(item.values)}}
    if isinstance(item, RangeFilter):
        bounds: dict[str, Any] = {}
        if item.gte is not None:
            bounds["gte"] = item.gte
        if item.lte is not None:
            bounds["lte"] = item.lte
        if isinstance(item.gte, int) or isinstance(item.lte, int):
            bounds["format"] = "epoch_millis"  # dates arrive as epoch milliseconds
        return {"range": {item.field: bounds}}
    if isinstance(item, RegionFilter):
        inside = {"prefix": {item.field: item.prefix}}
        if not item.multi:
            return inside
        should: list[dict[str, Any]] = [inside]
        if item.ancestors:
            should.append({"terms": {item.field: list(item.ancestors)}})
        should.append({"bool": {"must_not": [{"exists": {"field": item.field}}]}})
        return {"bool": {"should": should, "minimum_should_match": 1}}
    raise SearchError(f"unknown filter {item!r}")


def term_clause(term: QueryTerm) -> dict[str, Any]:
    """Return the clause of one query term: its word (boosted, more in the title) or all its n-grams,
    or the same for one of its synonyms (scored SYNONYM_BOOST times as much)."""

    def all_of(grams: tuple[str, ...], boost: float) -> dict[str, Any]:
        return {"bool": {"must": [{"term": {SEARCH_NGRAM: gram}} for gram in grams], "boost": boost}}

    def word_of(word: str, boost: float) -> list[dict[str, Any]]:
        return [{"term": {SEARCH_TEXT: {"value": word, "boost": WORD_BOOST * boost}}},
                {"term": {SEARCH_TITLE: {"value": word, "boost": WORD_BOOST * TITLE_BOOST * boost}}}]

    if term.word is None:
        related = [{"term": {SEARCH_TEXT: {"value": w, "boost": WORD_BOOST}}} for w in term.related]
        return {"bool": {"must": [all_of(term.grams, GRAM_BOOST)], "should": related}}
    word, title = word_of(term.word, 1.0)
    if not term.grams and not term.synonyms:  # a word with no Han or Latin character (_): the word only
        return {"bool": {"must": [word], "should": [title]}}
    should = [word, title] + ([all_of(term.grams, GRAM_BOOST)] if term.grams else [])
    for synonym, grams in term.synonyms:
        if synonym:
            should += word_of(synonym, SYNONYM_BOOST)
        if grams:
            should.append(all_of(grams, GRAM_BOOST * SYNONYM_BOOST))
    core = {"bool": {"should": should, "minimum_should_match": 1}}
    if not term.related:
        return core
    # The best related word counts, once: a need naming two of them (玉米 and 玉米种子) gets no more.
    related = {"dis_max": {"queries": [{"term": {SEARCH_TEXT: w}} for w in term.related],
                           "boost": WORD_BOOST * SYNONYM_BOOST}}
    return {"bool": {"must": [core], "should": [related]}}


def query_clause(compiled: CompiledQuery) -> dict[str, Any]:
    """Return the query clause: every term must match, filters filter."""
    if not compiled.terms and not compiled.filters:
        return {"match_all": {}}
    clause: dict[str, Any] = {}
    if compiled.terms:
        clause["must"] = [term_clause(term) for term in compiled.terms]
    if compiled.filters:
        clause["filter"] = [_filter_clause(item) for item in compiled.filters]
    return {"bool": clause}


def _sort_clause(compiled: CompiledQuery) -> list[Any]:
    sort: list[Any] = [] if compiled.sort_keys else ["_score"]
    if not compiled.sort_keys and compiled.schema.open_field:
        # At equal relevance, open items first: a tie-break, not a bonus that outweighs relevance.
        sort.append({compiled.schema.open_field: {"order": "desc", "missing": "_last"}})
    for key in compiled.sort_keys:
        sort.append({key.field: {"order": "desc" if key.descending else "asc", "missing": "_last"}})
    sort.append({"id": {"order": "asc"}})  # ties: a stable order across pages
    return sort


def _derived_fields(schema: IndexSchema) -> list[str]:
    return ["open", "remaining_share"] if schema.derive is not None else []


def search_body(compiled: CompiledQuery) -> dict[str, Any]:
    """Return the body of the _search request for ``compiled``."""
    body: dict[str, Any] = {
        "query": query_clause(compiled),
        "sort": _sort_clause(compiled),
        "from": compiled.offset,
        "size": compiled.limit,
        "track_total_hits": True,
        "_source": {"excludes": [SEARCH_TEXT, SEARCH_TITLE, SEARCH_NGRAM, *_derived_fields(compiled.schema)]},
    }
    if compiled.facets:
        body["aggs"] = {name: {"terms": {"field": name, "size": _FACET_SIZE}} for name in compiled.facets}
    return body


@contextlib.contextmanager
def _wrapped(action: str) -> Iterator[None]:
    try:
        yield
    except SearchError:
        raise
    except elasticsearch.NotFoundError as exc:
        raise IndexNotFound(f"elasticsearch {action}: {exc}") from exc
    except elasticsearch.BadRequestError as exc:
        raise InvalidQuery(f"elasticsearch {action}: {exc}") from exc
    except elasticsearch.ApiError as exc:
        if exc.meta.status in (429, 502, 503, 504):
            raise EngineUnavailable(f"elasticsearch {action}: {exc}") from exc
        raise SearchError(f"elasticsearch {action}: {exc}") from exc
    except elasticsearch.TransportError as exc:  # ConnectionError, ConnectionTimeout, SSLError
        raise EngineUnavailable(f"elasticsearch {action}: {exc}") from exc
    except helpers.BulkIndexError as exc:
        raise InvalidDocument(f"elasticsearch {action}: {exc.errors[:3]}") from exc


class ElasticsearchEngine:
    """Search the schema's indexes in Elasticsearch, one alias per index."""

    name = "elasticsearch"

    def __init__(
        self,
        url: str | None = None,
        prefix: str = "",
        client: Elasticsearch | None = None,
        shards: int = 1,
        replicas: int = 0,
        request_timeout: float = 10.0,
        **client_options: Any,
    ):
        if client is None and not url:
            raise SearchError("the elasticsearch engine needs a url or a client")
        self.prefix = prefix
        self.shards, self.replicas = shards, replicas
        self.client = client or Elasticsearch(url, request_timeout=request_timeout, **client_options)
        self._ready: set[str] = set()
        # Indexes whose alias vanished while in use: refused until ``recreate`` rebuilds them, and
        # writes go through the alias only (require_alias), so none can auto-create a one-document index.
        self._lost: set[str] = set()

    def alias(self, index_name: str) -> str:
        """Return the alias through which ``index_name`` is read and written."""
        index_schema(index_name)
        return f"{self.prefix}{index_name}"

    def _physical_name(self, index_name: str) -> str:
        stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%d%H%M%S%f")
        return f"{self.alias(index_name)}-{stamp}"

    def _ensure(self, index_name: str) -> str:
        alias = self.alias(index_name)
        if index_name in self._lost:
            raise IndexLost(f"elasticsearch index {alias!r} was lost; rebuild it (flask search sync)")
        if index_name not in self._ready:
            with _wrapped(f"prepare {alias}"):
                if not self.client.indices.exists_alias(name=alias):
                    body = index_body(index_schema(index_name), self.shards, self.replicas)
                    self.client.indices.create(
                        index=self._physical_name(index_name), aliases={alias: {}}, **body
                    )
            self._ready.add(index_name)
        return alias

    @contextlib.contextmanager
    def _guard(self, index_name: str) -> Iterator[None]:
        """Turn "no such index" on an alias that was in use into IndexLost, and remember it."""
        try:
            yield
        except IndexNotFound as exc:
            if index_name in self._ready:
                self._ready.discard(index_name)
                self._lost.add(index_name)
                raise IndexLost(f"elasticsearch index {self.alias(index_name)!r} disappeared: {exc}") from exc
            raise

    def _bulk(self, actions: Iterable[dict[str, Any]], action: str, *, require_alias: bool = False) -> None:
        options = {"require_alias": True} if require_alias else {}
        with _wrapped(action):
            _, errors = helpers.bulk(self.client, actions, raise_on_error=False, stats_only=False, **options)
        if any(_is_missing_index(e) for e in errors):  # type: ignore[arg-type]
            raise IndexNotFound(f"elasticsearch {action}: the index or its alias is missing")
        failures = [e for e in errors if not _is_missing_delete(e)]  # type: ignore[union-attr]
        if failures:
            raise InvalidDocument(f"elasticsearch {action}: {failures[:3]}")

    def index(self, index_name: str, documents: Iterable[Mapping[str, Any]]) -> int:
        """Insert or replace ``documents`` by id with the bulk API, then refresh."""
        alias = self._ensure(index_name)
        with self._guard(index_name):
            count = self._load(alias, index_schema(index_name), documents, require_alias=True)
            with _wrapped(f"refresh {alias}"):
                self.client.indices.refresh(index=alias)
        return count

    def _load(
        self, target: str, schema: IndexSchema, documents: Iterable[Mapping[str, Any]], *, require_alias: bool = False
    ) -> int:
        counter = [0]

        def actions() -> Iterator[dict[str, Any]]:
            """Yield one bulk index action per document."""
            for document in documents:
                prepared = prepare(schema, document)
                counter[0] += 1
                yield {"_index": target, "_id": prepared.id, "_source": document_body(prepared)}

        self._bulk(actions(), f"index into {target}", require_alias=require_alias)
        return counter[0]

    def delete(self, index_name: str, ids: Iterable[str]) -> int:
        """Delete the documents with these ids (absent ones are ignored), then refresh."""
        alias = self._ensure(index_name)
        wanted = [str(doc_id) for doc_id in ids]
        actions = ({"_op_type": "delete", "_index": alias, "_id": doc_id} for doc_id in wanted)
        with self._guard(index_name):
            self._bulk(actions, f"delete from {alias}", require_alias=True)
            with _wrapped(f"refresh {alias}"):
                self.client.indices.refresh(index=alias)
        return len(wanted)

    def search(self, index_name: str, query: Query) -> SearchResults:
        """Return one page of matches with the total, facet counts and highlights."""
        schema = index_schema(index_name)
        compiled = query.compile(schema)
        alias = self._ensure(index_name)
        with self._guard(index_name), _wrapped(f"search {alias}"):
            answer = self.client.search(index=alias, body=search_body(compiled)).body
        hits = [
            make_hit(compiled, hit["_id"], None if compiled.sort_keys else hit.get("_score"), hit["_source"])
            for hit in answer["hits"]["hits"]
        ]
        facets = {}
        for name in compiled.facets:
            integer = schema.get_field(name).type is FieldType.INTEGER  # type: ignore[union-attr]
            buckets = answer.get("aggregations", {}).get(name, {}).get("buckets", [])
            facets[name] = sorted_counts(
                (int(b["key"]) if integer else str(b["key"]), int(b["doc_count"])) for b in buckets
            )
        total = answer["hits"]["total"]["value"]
        return SearchResults(total=total, hits=hits, facets=facets, page=query.page, size=query.size)

    def count(self, index_name: str, query: Query | None = None) -> int:
        """Return how many documents match ``query`` (all when None)."""
        alias = self._ensure(index_name)
        body = {"query": query_clause(query.compile(index_schema(index_name)))} if query else None
        with self._guard(index_name), _wrapped(f"count {alias}"):
            return int(self.client.count(index=alias, body=body).body["count"])

    def health(self) -> bool:
        """Return True when the cluster answers and is not red."""
        try:
            # One quick try: a health check answers whether the node is up now, not after retries.
            quick = self.client.options(max_retries=0, request_timeout=3)
            return quick.cluster.health().body["status"] in ("green", "yellow")
        except (elasticsearch.ApiError, elasticsearch.TransportError):
            return False

    def recreate(self, index_name: str, documents: Iterable[Mapping[str, Any]] = ()) -> int:
        """Fill a new physical index, move the alias to it in one call, delete the old ones."""
        schema = index_schema(index_name)
        alias = self.alias(index_name)
        physical = self._physical_name(index_name)
        self._lost.discard(index_name)  # a full rebuild is exactly what a lost index needs
        body = index_body(schema, self.shards, self.replicas)
        # Nobody reads the new index before the swap: no periodic refresh while it is bulk-loaded.
        body["settings"]["refresh_interval"] = "-1"
        with _wrapped(f"create {physical}"):
            self.client.indices.create(index=physical, **body)
        try:
            count = self._load(physical, schema, documents)
            with _wrapped(f"switch {alias} to {physical}"):
                self.client.indices.put_settings(index=physical, settings={"refresh_interval": None})
                self.client.indices.refresh(index=physical)
                old = self._alias_targets(alias)
                self.client.indices.update_aliases(actions=alias_swap_actions(alias, old, physical))
        except BaseException:
            with contextlib.suppress(Exception):
                self.client.indices.delete(index=physical)
            raise
        with _wrapped(f"drop the old {alias} indexes"):
            for name in old:
                self.client.indices.delete(index=name)
        self._ready.add(index_name)
        return count

    def _alias_targets(self, alias: str) -> list[str]:
        if not self.client.indices.exists_alias(name=alias):
            return []
        return sorted(self.client.indices.get_alias(name=alias).body)

    def drop(self, index_name: str) -> None:
        """Delete the alias and every physical index of ``index_name`` (tests, uninstall)."""
        alias = self.alias(index_name)
        with _wrapped(f"drop {alias}"):
            # By name: clusters refuse wildcard deletes (action.destructive_requires_name).
            names = self.client.indices.get(index=f"{alias}-*", allow_no_indices=True).body
            for name in names:
                self.client.indices.delete(index=name)
        self._ready.discard(index_name)

    def close(self) -> None:
        """Close the client's connections."""
        self.client.close()

    def __repr__(self) -> str:
        return f"ElasticsearchEngine(prefix={self.prefix!r})"


def alias_swap_actions(alias: str, old_indexes: Iterable[str], new_index: str) -> list[dict[str, Any]]:
    """Return the update_aliases actions that move ``alias`` from ``old_indexes`` to ``new_index`` at once."""
    actions: list[dict[str, Any]] = [{"remove": {"index": name, "alias": alias}} for name in old_indexes]
    actions.append({"add": {"index": new_index, "alias": alias}})
    return actions


def _is_missing_delete(error: Mapping[str, Any]) -> bool:
    item = error.get("delete")
    return bool(item) and item.get("status") == 404 and not _is_missing_index(error)


def _is_missing_index(error: Mapping[str, Any]) -> bool:
    item = next(iter(error.values()), None) if error else None
    return bool(item) and (item.get("error") or {}).get("type") == "index_not_found_exception"
