"""The search engines a test can run on: tantivy always, Elasticsearch when ELASTICSEARCH_URL names a node.

Tests parametrized with :data:`ENGINE_PARAMS` run once per engine; the Elasticsearch run carries the
``elasticsearch`` marker, so ``pytest -m elasticsearch`` selects exactly the tests that talk to the node.
Without a node those runs skip, saying so; with ``REQUIRE_ELASTICSEARCH`` set (``.ci/run`` sets it)
a missing node fails them instead. Each Elasticsearch engine works under an index prefix of its own
and drops its indexes afterwards, so runs can share one node.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import search

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
REQUIRE_ELASTICSEARCH = bool(os.environ.get("REQUIRE_ELASTICSEARCH"))

ENGINE_PARAMS = [
    pytest.param("tantivy", id="tantivy"),
    pytest.param("elasticsearch", id="elasticsearch", marks=pytest.mark.elasticsearch),
]


def require_elasticsearch() -> str:
    """Return the node's URL; skip the test without one (fail when REQUIRE_ELASTICSEARCH is set)."""
    if ELASTICSEARCH_URL:
        return ELASTICSEARCH_URL
    reason = "ELASTICSEARCH_URL not set: the Elasticsearch tests need a node (make elasticsearch)"
    if REQUIRE_ELASTICSEARCH:
        pytest.fail(reason + ", and REQUIRE_ELASTICSEARCH is set")
    pytest.skip(reason)


def unique_prefix() -> str:
    """Return an index prefix no other test uses."""
    return f"test-{uuid.uuid4().hex[:10]}-"


@contextmanager
def open_engine(kind: str, tmp_path: Path, url: str | None = None, **options) -> Iterator[search.SearchEngine]:
    """Yield a fresh, empty engine of ``kind`` ("tantivy" or "elasticsearch") and clean it up after.

    ``url`` reaches the node another way (through a :class:`tests.tcp_proxy.TcpProxy`); the clean-up
    still goes straight to the node.
    """
    if kind == "tantivy":
        engine = search.get_engine("tantivy", path=str(tmp_path / "index"))
        try:
            yield engine
        finally:
            engine.close()
        return
    node, prefix = require_elasticsearch(), unique_prefix()
    engine = search.create_engine(url or node, prefix=prefix, **options)
    try:
        yield engine
    finally:
        engine.close()
        cleaner = search.create_engine(node, prefix=prefix)
        for name in search.INDEXES:
            cleaner.drop(name)
        cleaner.close()
