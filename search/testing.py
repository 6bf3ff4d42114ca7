"""Simulate engine outages in tests: wrap a real engine and make it fail on demand."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .engine import SearchEngine
from .exceptions import EngineUnavailable
from .query import Query, SearchResults

__all__ = ["FlakyEngine"]


class FlakyEngine:
    """Pass calls through to ``engine``; between :meth:`fail` and :meth:`restore` raise EngineUnavailable."""

    def __init__(self, engine: SearchEngine):
        self.engine = engine
        self.name = f"flaky-{engine.name}"
        self.down = False
        self.calls_refused = 0

    def fail(self) -> None:
        """Make every following call raise EngineUnavailable."""
        self.down = True

    def restore(self) -> None:
        """Let calls reach the real engine again."""
        self.down = False

    def _check(self) -> None:
        if self.down:
            self.calls_refused += 1
            raise EngineUnavailable(f"{self.engine.name} is down (simulated)")

    def index(self, index_name: str, documents: Iterable[Mapping[str, Any]]) -> int:
        """Index through the real engine unless down."""
        self._check()
        return self.engine.index(index_name, documents)

    def delete(self, index_name: str, ids: Iterable[str]) -> int:
        """Delete through the real engine unless down."""
        self._check()
        return self.engine.delete(index_name, ids)

    def search(self, index_name: str, query: Query) -> SearchResults:
        """Search through the real engine unless down."""
        self._check()
        return self.engine.search(index_name, query)

    def count(self, index_name: str, query: Query | None = None) -> int:
        """Count through the real engine unless down."""
        self._check()
        return self.engine.count(index_name, query)

    def health(self) -> bool:
        """Return False while down, else the real engine's health."""
        return not self.down and self.engine.health()

    def recreate(self, index_name: str, documents: Iterable[Mapping[str, Any]] = ()) -> int:
        """Rebuild through the real engine unless down."""
        self._check()
        return self.engine.recreate(index_name, documents)

    def close(self) -> None:
        """Close the real engine."""
        self.engine.close()
