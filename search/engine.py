"""Define the search engine protocol and the registry that creates engines by name or URL."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol, runtime_checkable
from urllib.parse import unquote, urlsplit

from .exceptions import UnknownEngine
from .highlight import highlight
from .query import CompiledQuery, Hit, Query, SearchResults

__all__ = [
    "SearchEngine",
    "register_engine",
    "get_engine",
    "create_engine",
    "registered_engines",
    "make_hit",
    "sorted_counts",
]


@runtime_checkable
class SearchEngine(Protocol):
    """Index, search and maintain the schema's indexes in one search backend."""

    name: str

    def index(self, index_name: str, documents: Iterable[Mapping[str, Any]]) -> int:
        """Insert or replace ``documents`` by id, make them searchable, return how many."""
        ...

    def delete(self, index_name: str, ids: Iterable[str]) -> int:
        """Delete the documents with these ids (absent ids are ignored), return how many were asked."""
        ...

    def search(self, index_name: str, query: Query) -> SearchResults:
        """Return one page of documents matching ``query``, with the total and facet counts."""
        ...

    def count(self, index_name: str, query: Query | None = None) -> int:
        """Return how many documents match ``query`` (all documents when None)."""
        ...

    def health(self) -> bool:
        """Return True when the engine answers."""
        ...

    def recreate(self, index_name: str, documents: Iterable[Mapping[str, Any]] = ()) -> int:
        """Build the index anew from ``documents`` beside the live one, then switch to it atomically."""
        ...

    def close(self) -> None:
        """Release files, writers and connections."""
        ...


_Factory = Callable[..., SearchEngine]
_registry: dict[str, _Factory | str] = {
    "tantivy": "search.engines.tantivy_engine:TantivyEngine",
    "elasticsearch": "search.engines.elasticsearch_engine:ElasticsearchEngine",
}
_SCHEMES = {
    "tantivy": "tantivy",
    "file": "tantivy",
    "http": "elasticsearch",
    "https": "elasticsearch",
    "elasticsearch": "elasticsearch",
}


def register_engine(name: str, factory: _Factory | str) -> None:
    """Register ``factory`` (a callable, or "module:attribute" imported on first use) as ``name``."""
    _registry[name] = factory


def registered_engines() -> list[str]:
    """Return the registered engine names."""
    return sorted(_registry)


def _factory(name: str) -> _Factory:
    try:
        factory = _registry[name]
    except KeyError:
        known = ", ".join(sorted(_registry))
        raise UnknownEngine(f"no search engine {name!r}; registered: {known}") from None
    if isinstance(factory, str):
        module_name, _, attribute = factory.partition(":")
        factory = getattr(importlib.import_module(module_name), attribute)
        _registry[name] = factory
    return factory


def get_engine(name: str, **options: Any) -> SearchEngine:
    """Create the engine registered as ``name`` with its options (tantivy: path; elasticsearch: url)."""
    return _factory(name)(**options)


def create_engine(url_or_name: str, **options: Any) -> SearchEngine:
    """Create an engine from a URL or a name.

    ``tantivy:///srv/app/instance/search`` or ``file:///...`` open the embedded engine under that
    directory; ``http(s)://host:9200`` opens Elasticsearch; a bare registered name passes
    ``options`` through.
    """
    if url_or_name in _registry:
        return get_engine(url_or_name, **options)
    parts = urlsplit(url_or_name)
    engine = _SCHEMES.get(parts.scheme)
    if engine == "tantivy":
        path = unquote(parts.netloc + parts.path)
        if not path:
            raise UnknownEngine(f"tantivy URL without a directory: {url_or_name!r}")
        return get_engine("tantivy", path=path, **options)
    if engine == "elasticsearch":
        url = url_or_name.replace("elasticsearch://", "http://", 1)
        return get_engine("elasticsearch", url=url, **options)
    raise UnknownEngine(f"cannot tell which search engine serves {url_or_name!r}")


def make_hit(compiled: CompiledQuery, doc_id: str, score: float | None, source: dict[str, Any]) -> Hit:
    """Return a Hit for ``source``, with highlighted snippets when the query asks for them."""
    highlights: dict[str, str] = {}
    if compiled.highlight and compiled.terms:
        tokens = frozenset(compiled.tokens)
        surfaces = frozenset(term.surface for term in compiled.terms if term.surface)
        for name in compiled.schema.highlight_fields:
            cut = None if name.endswith("title") else 160
            snippet = highlight(source.get(name), tokens, max_chars=cut, surfaces=surfaces)
            if snippet is not None:
                highlights[name] = snippet
    return Hit(id=doc_id, score=score, document=source, highlights=highlights)


def sorted_counts(pairs: Iterable[tuple[Any, int]]) -> dict[Any, int]:
    """Return facet counts as a dict ordered by count, largest first, then by value."""
    return dict(sorted(pairs, key=lambda pair: (-pair[1], str(pair[0]))))
