"""What only a real Elasticsearch node can show about the engine: the settings a rebuild leaves behind."""

from __future__ import annotations

import time

import pytest

from tests.search.conftest import NEEDS
from tests.search_engines import open_engine

pytestmark = pytest.mark.elasticsearch


def test_a_rebuilt_index_gets_back_the_default_refresh_after_the_bulk_load(tmp_path):
    with open_engine("elasticsearch", tmp_path) as engine:
        assert engine.recreate("needs", NEEDS) == len(NEEDS)
        settings = engine.client.indices.get_settings(index=engine.alias("needs")).body
        (index_settings,) = settings.values()
        assert "refresh_interval" not in index_settings["settings"]["index"]  # the default, 1 s
        # Written without a refresh: the periodic refresh (or, on an idle shard, the next search) shows it.
        engine.client.index(index=engine.alias("needs"), id="late", document={"id": "late", "title": "x"})
        deadline = time.monotonic() + 10
        while engine.count("needs") == len(NEEDS) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert engine.count("needs") == len(NEEDS) + 1
