"""Fixtures shared by the whole suite: the app on a real database, a client, factories, sign-in.

The database is SQLite unless TEST_DATABASE_URL names a PostgreSQL server; there every test session
works in a schema of its own and drops it at the end, leaving the database as it found it.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app import create_app
from app.extensions import db as _db

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL", "")
# Reference tables are loaded once a session; every other table is emptied after each test.
KEEP_TABLES = {"regions", "pairings"}


def is_postgres() -> bool:
    """Return whether this run tests against PostgreSQL."""
    return POSTGRES_URL.startswith(("postgres://", "postgresql"))


class DatabaseFactory:
    """Create throw-away databases: SQLite files, or PostgreSQL schemas dropped at teardown."""

    def __init__(self, tmp_dir: Path):
        self.tmp_dir = tmp_dir
        self._schemas: list[str] = []

    def new_url(self, name: str) -> str:
        """Return the URL of a new empty database called ``name``."""
        if not is_postgres():
            return f"sqlite:///{self.tmp_dir / (name + '.db')}"
        schema = f"test_{name}_{uuid.uuid4().hex[:8]}"
        engine = create_engine(_psycopg(POSTGRES_URL))
        with engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        engine.dispose()
        self._schemas.append(schema)
        sep = "&" if "?" in POSTGRES_URL else "?"
        return f"{_psycopg(POSTGRES_URL)}{sep}options=-csearch_path%3D{schema}"

    def drop_all(self) -> None:
        """Drop every schema this factory created."""
        if not self._schemas:
            return
        engine = create_engine(_psycopg(POSTGRES_URL))
        with engine.begin() as conn:
            for schema in self._schemas:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()


def _psycopg(url: str) -> str:
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


@pytest.fixture(scope="session")
def databases(tmp_path_factory):
    """Hand out throw-away databases for the session."""
    factory = DatabaseFactory(tmp_path_factory.mktemp("databases"))
    yield factory
    factory.drop_all()


def make_test_config(tmp_dir: Path, database_url: str, **overrides) -> dict:
    """Return a fast, strict test configuration."""
    config = {
        "APP_ENV": "testing",
        "SECRET_KEY": "test-secret-key",
        "PERSONAL_DATA_KEY": "test-personal-data-key",
        "DATABASE_URL": database_url,
        "SEARCH_INDEX_DIR": str(tmp_dir / "search"),
        # tantivy under tmp_dir, whatever the environment says: the tests that run on Elasticsearch
        # give the app an engine of their own under a fresh index prefix (tests/search_engines.py).
        "ELASTICSEARCH_URL": None,
        "UPLOAD_DIR": str(tmp_dir / "uploads"),
        "PASSWORD_HASH_METHOD": "scrypt:1024:8:1",  # low cost: tests hash many passwords
        "WTF_CSRF_ENABLED": False,  # the CSRF tests turn it back on
        "FORM_ONCE_REQUIRED": False,  # the replay tests turn it back on; a token sent is always spent
        # The race tests queue 40-50 SQLite writers on one file of a shared machine: let them wait.
        "SQLITE_BUSY_TIMEOUT_MS": 30000,
        "RATELIMIT_ENABLED": False,  # the throttling tests turn it back on
        "SERVER_NAME": "localhost",
    }
    config.update(overrides)
    return config


@pytest.fixture(scope="session")
def app(databases, tmp_path_factory):
    """Return the app on a session database with the schema and the reference data loaded."""
    from app.reference import load_reference_data

    tmp_dir = tmp_path_factory.mktemp("app")
    app = create_app(make_test_config(tmp_dir, databases.new_url("app")))
    with app.app_context():
        _db.create_all()
        load_reference_data()
    yield app
    with app.app_context():
        _db.session.remove()
        _db.engine.dispose()


@pytest.fixture()
def db(app):
    """Yield the database inside an app context; empty every non-reference table afterwards."""
    with app.app_context():
        yield _db
        _db.session.rollback()
        _db.session.remove()
        with _db.engine.begin() as conn:
            for table in reversed(_db.metadata.sorted_tables):
                if table.name not in KEEP_TABLES:
                    conn.execute(table.delete())
        app.extensions.pop("region_cache", None)  # the DELETEs bypass the ORM's invalidation


@pytest.fixture()
def client(app, db):
    """Return a test client of the app."""
    return app.test_client()


@pytest.fixture()
def factory(db):
    """Return the row factories, bound to the test's database."""
    from tests import factories

    return factories


@pytest.fixture()
def login_as(client, factory):
    """Sign a new user of ``role`` in through the real login form and return it."""

    def _login(role: str = "donor", **kwargs):
        user = factory.make_user(role=role, password="Correct-Horse-9", **kwargs)
        response = client.post(
            "/auth/login", data={"username": user.username, "password": "Correct-Horse-9"}, follow_redirects=False
        )
        assert response.status_code == 302, response.get_data(as_text=True)
        return user

    return _login


@pytest.fixture()
def live_server(app, db):
    """Serve the session app (same database as the test) on a free local port in a background thread."""
    import threading

    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(10)


@pytest.fixture()
def browser():
    """Launch Debian's headless Chromium through Playwright."""
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()
