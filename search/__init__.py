"""Search published needs, offers, cooperation projects and matches in Chinese.

This package imports neither Flask nor the ORM: the portal hands it plain records.

Typical use::

    engine = create_engine("tantivy:///srv/fupin/instance/search")   # or "http://es:9200"
    engine.index("needs", [need_document, ...])
    results = engine.search("needs", Query(text="棉衣", region="52", facets=["category"]))
    report = apply_changes(engine, [Change("needs", "upsert", "42", need_document)])
"""

from .analysis import analyze, analyze_for_search
from .engine import SearchEngine, create_engine, get_engine, register_engine, registered_engines
from .exceptions import (
    EngineUnavailable,
    IndexLost,
    IndexNotFound,
    InvalidDocument,
    InvalidQuery,
    SearchError,
    UnknownEngine,
)
from .highlight import highlight
from .outbox import ApplyReport, Change, apply_changes
from .query import Hit, Query, SearchResults, Sort
from .schema import INDEXES, Field, FieldType, IndexSchema, index_schema

__all__ = [
    "analyze",
    "analyze_for_search",
    "SearchEngine",
    "create_engine",
    "get_engine",
    "register_engine",
    "registered_engines",
    "SearchError",
    "EngineUnavailable",
    "IndexLost",
    "IndexNotFound",
    "InvalidDocument",
    "InvalidQuery",
    "UnknownEngine",
    "highlight",
    "Change",
    "ApplyReport",
    "apply_changes",
    "Query",
    "Sort",
    "Hit",
    "SearchResults",
    "INDEXES",
    "Field",
    "FieldType",
    "IndexSchema",
    "index_schema",
]
