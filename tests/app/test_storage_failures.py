"""Storage and search failing underneath: a locked SQLite file, wildcard text, a lost index, ID probing."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

import search
from app import create_app
from app.extensions import db
from app.models import AuditLog, Household, User
from app.services import portal, search_index
from tests.app.needlife import id_number
from tests.conftest import is_postgres, make_test_config
from tests.search_engines import ENGINE_PARAMS, require_elasticsearch, unique_prefix

PASSWORD = "Correct-Horse-9"
# Marked, so that make test's PostgreSQL run leaves these out instead of listing them as skipped.
def sqlite_only(test):
    """Mark a test of SQLite's own settings; skip it on PostgreSQL."""
    test = pytest.mark.skipif(is_postgres(), reason="WAL and the busy timeout are SQLite settings")(test)
    return pytest.mark.sqlite(test)


# --- SQLite: WAL, busy timeout, and a short 503 page when another process holds the lock ---------


@sqlite_only
def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(app, db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == app.config["SQLITE_BUSY_TIMEOUT_MS"]
    from app.config import DEFAULTS

    assert DEFAULTS["SQLITE_BUSY_TIMEOUT_MS"] == 5000


_HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()  # hold the lock until the test closes our stdin
conn.execute("ROLLBACK")
"""


@sqlite_only
def test_a_database_locked_by_another_process_answers_a_short_503_page_and_changes_nothing(app, db, factory, tmp_path):
    user = factory.make_user("donor")
    quick = create_app(make_test_config(tmp_path, app.config["DATABASE_URL"], SQLITE_BUSY_TIMEOUT_MS=200))
    path = db.engine.url.database
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, path], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with quick.app_context():
            response = quick.test_client().post("/auth/login",
                                                data={"username": user.username, "password": PASSWORD})
            db.session.remove()
            db.engine.dispose()
    finally:
        holder.stdin.close()
        holder.wait(30)
        holder.stdout.close()
    assert response.status_code == 503
    assert "系统繁忙，请稍后再试" in response.get_data(as_text=True)
    assert response.headers["Retry-After"] == "5"
    db.session.expire_all()
    assert db.session.get(User, user.id).last_login_at is None


# --- the database fallback matches % and _ literally ----------------------------------------------


def test_a_percent_sign_in_the_text_filter_matches_only_needs_containing_it(client, factory):
    factory.make_need(title="全新棉被捐助需求")
    literal = factory.make_need(title="棉被需求100%保暖")
    found = portal.list_public_needs(portal.NeedFilters(text="%"))
    assert [n.id for n in found.items] == [literal.id]
    assert portal.list_public_needs(portal.NeedFilters(text="_")).total == 0
    page = client.get("/needs", query_string={"q": "%"}).get_data(as_text=True)
    assert "棉被需求100%保暖" in page and "全新棉被捐助需求" not in page


# --- a lost index is noticed, searched around, logged and rebuilt --------------------------------


class _Kind:
    """Make, lose and re-open one kind of engine as an operator or a crash would."""

    def __init__(self, name: str, tmp_path: Path):
        self.name = name
        self.path = str(tmp_path / "index")
        self.prefix = unique_prefix()

    def make(self):
        if self.name == "tantivy":
            return search.get_engine("tantivy", path=self.path)
        return search.create_engine(require_elasticsearch(), prefix=self.prefix)

    def lose(self, engine) -> None:
        """Delete the needs index behind the running engine's back."""
        if self.name == "tantivy":
            shutil.rmtree(Path(self.path) / "needs")
            return
        names = engine.client.indices.get(index=f"{self.prefix}needs-*", allow_no_indices=True).body
        for name in names:
            engine.client.indices.delete(index=name)

    def cleanup(self, engine) -> None:
        if self.name == "elasticsearch":
            for name in search.INDEXES:
                engine.drop(name)
        engine.close()


@pytest.fixture(params=ENGINE_PARAMS)
def kind(request, tmp_path):
    """Yield each kind of engine (Elasticsearch: marked ``elasticsearch``, needs a node)."""
    if request.param == "elasticsearch":
        require_elasticsearch()
    return _Kind(request.param, tmp_path)


@pytest.fixture()
def engine(app, db, kind):
    """Give the app a fresh engine of its own, checked on every search."""
    created = kind.make()
    previous = app.extensions.get("search", {}).get("engine")
    search_index.set_engine(created)
    app.config["SEARCH_VERIFY_SECONDS"] = 0
    yield created
    for thread in app.extensions["search"].get("rebuild_threads", {}).values():
        thread.join(60)
    app.config["SEARCH_VERIFY_SECONDS"] = 60
    kind.cleanup(created)
    app.extensions["search"]["engine"] = previous
    if previous is None:
        app.extensions["search"].pop("engine")
    app.extensions["search"].pop("needs_verified_at", None)


def _wait_for_rebuild(app):
    thread = app.extensions["search"]["rebuild_threads"]["needs"]
    thread.join(60)
    assert not thread.is_alive()


def _published(factory, n):
    needs = [factory.make_need(title=f"冬季棉被需求{i}号") for i in range(n)]
    search_index.drain()
    return needs


def test_an_index_deleted_under_a_running_portal_is_noticed_searched_around_and_rebuilt(
    app, client, factory, engine, kind, caplog
):
    _published(factory, 3)
    assert engine.count("needs") == 3
    kind.lose(engine)

    with caplog.at_level(logging.ERROR, logger="app.services.search_index"):
        page = client.get("/search", query_string={"q": "棉被"}).get_data(as_text=True)
    assert "搜索服务暂时不可用" in page
    assert page.count("冬季棉被需求") >= 3
    assert any("search index needs lost" in r.getMessage() for r in caplog.records)

    _wait_for_rebuild(app)
    assert engine.count("needs") == 3
    factory.make_need(title="新发布的棉被需求")
    search_index.drain()
    assert engine.count("needs") == 4  # never an index holding only what was written since
    assert "搜索服务暂时不可用" not in client.get("/search", query_string={"q": "棉被"}).get_data(as_text=True)


def test_a_write_after_the_loss_does_not_start_a_new_index_with_one_need(app, factory, engine, kind):
    _published(factory, 3)
    engine.count("needs")
    kind.lose(engine)
    factory.make_need(title="丢失之后的新需求")
    report = search_index.drain()
    assert report.failed == 1  # kept in the outbox, not written into an empty index
    with pytest.raises(search.IndexLost):
        engine.count("needs")


def test_a_portal_started_after_the_loss_notices_the_short_index_and_sync_rebuilds_it(app, factory, engine, kind):
    _published(factory, 3)
    kind.lose(engine)
    fresh = kind.make()  # a new process: it cannot know what was there
    search_index.set_engine(fresh)
    try:
        assert "the engine holds 0 documents of needs, the database 3" in search_index.index_loss("needs")
        result = app.test_cli_runner().invoke(args=["search", "sync"])
        assert result.exit_code == 0, result.output
        assert fresh.count("needs") == 3
        assert search_index.index_loss("needs") is None
    finally:
        search_index.set_engine(engine)
        fresh.close()


# --- the national duplicate-ID check is throttled per account and audited -------------------------


@pytest.fixture()
def id_throttled_app(app, db, tmp_path):
    throttled = create_app(make_test_config(
        tmp_path, app.config["DATABASE_URL"], RATELIMIT_ENABLED=True, ID_CHECKS_PER_ACCOUNT="3 per hour",
        LOGIN_ATTEMPTS_PER_ADDRESS="100 per hour", RATELIMIT_KEY_PREFIX=f"test-{uuid.uuid4().hex}"))
    with throttled.app_context():
        yield throttled
        db.session.remove()
        db.engine.dispose()


def test_the_duplicate_id_check_is_audited_and_throttled_per_account(id_throttled_app, factory):
    elsewhere = factory.make_household(id_number=id_number(11, area="532622"))
    officer = factory.make_user("village_officer", village_id=factory.make_village().id)
    browser = id_throttled_app.test_client()
    assert browser.post("/auth/login", data={"username": officer.username, "password": PASSWORD}).status_code == 302
    form = {"village_id": str(officer.village_id), "head_name": "张三明", "phone": "13900001234",
            "address": "一组12号", "members_count": "4", "attribute": "general", "main_cause": "illness",
            "income_per_capita": "2800", "registered_year": "2014", "planned_exit_year": "2019", "helper_id": "0"}
    answers = [browser.post("/registry/new", data=dict(form, id_number=elsewhere.id_number)) for _ in range(3)]
    assert [r.status_code for r in answers] == [200, 200, 200]
    assert all("该身份证号已登记为建档立卡户" in r.get_data(as_text=True) for r in answers)

    probe = browser.post("/registry/new", data=dict(form, id_number=id_number(12)))
    assert "身份证号查重过于频繁" in probe.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Household.id))) == 1
    entries = list(db.session.scalars(select(AuditLog).where(AuditLog.action == "household.duplicate_id")))
    assert len(entries) == 3
    assert all(e.actor_id == officer.id and e.detail == {"hits": 1, "outside_scope": 1} for e in entries)
