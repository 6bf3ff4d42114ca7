"""Define the errors the search package raises, wrapping those of the engines' client libraries.

Hierarchy::

    SearchError                 base class: catch this to handle any search failure
    ├── EngineUnavailable       the engine cannot be reached or is locked (server down, index locked,
    │   │                       disk error); the operation may succeed later, so outbox changes are kept
    │   └── IndexLost           an index that was open has disappeared or lost its files; it must be
    │                           rebuilt from the source of truth, never recreated empty
    ├── IndexNotFound           the index name is not one of the schema's indexes, or the engine lacks it
    ├── InvalidQuery            the query model is invalid (page, size, unknown filter, sort or facet)
    ├── InvalidDocument         a document lacks its id or carries a value of the wrong type
    └── UnknownEngine           no engine is registered under the requested name or URL scheme

Errors of tantivy (``ValueError``, ``OSError``) and of the ``elasticsearch`` client
(``ConnectionError``, ``TransportError``, ``ApiError`` and subclasses) never leave the package
unwrapped: each engine converts them into one of the classes above, chaining the original
(``raise ... from exc``) so the cause stays in the traceback.
"""

from __future__ import annotations

__all__ = [
    "SearchError",
    "EngineUnavailable",
    "IndexLost",
    "IndexNotFound",
    "InvalidQuery",
    "InvalidDocument",
    "UnknownEngine",
]


class SearchError(Exception):
    """Signal any failure of the search package."""


class EngineUnavailable(SearchError):
    """Signal that the engine cannot serve the request now but may later."""


class IndexLost(EngineUnavailable):
    """Signal that an index's files vanished or broke under a running engine; rebuild it in full."""


class IndexNotFound(SearchError):
    """Signal an index name that the schema or the engine does not know."""


class InvalidQuery(SearchError):
    """Signal a query that breaks the query model's rules."""


class InvalidDocument(SearchError):
    """Signal a document that cannot be indexed."""


class UnknownEngine(SearchError):
    """Signal an engine name or URL that no registered engine accepts."""
