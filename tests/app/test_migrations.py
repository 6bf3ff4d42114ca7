"""The Alembic migrations: one head, upgrade and downgrade work, and they agree with the models."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect

from app import create_app
from app.extensions import db
from tests.conftest import make_test_config


@pytest.fixture()
def fresh_app(databases, tmp_path):
    """Return an app on a new, empty database."""
    app = create_app(make_test_config(tmp_path, databases.new_url("migrations")))
    yield app
    with app.app_context():
        db.engine.dispose()


def _script(app) -> ScriptDirectory:
    return ScriptDirectory.from_config(app.extensions["migrate"].migrate.get_config())


def test_migrations_have_a_single_head(fresh_app):
    with fresh_app.app_context():
        assert len(_script(fresh_app).get_heads()) == 1


def test_every_revision_is_named(fresh_app):
    with fresh_app.app_context():
        for revision in _script(fresh_app).walk_revisions():
            assert revision.doc and revision.doc.strip(), f"revision {revision.revision} has no message"
            assert not revision.revision.isalnum() or "_" in revision.revision, revision.revision


def test_upgrade_on_an_empty_database_creates_every_model_table(fresh_app):
    with fresh_app.app_context():
        upgrade()
        tables = set(inspect(db.engine).get_table_names())
    assert set(db.metadata.tables) <= tables


def test_models_and_migrations_agree(fresh_app):
    with fresh_app.app_context():
        upgrade()
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "render_as_batch": True}
            )
            diff = compare_metadata(context, db.metadata)
    assert diff == []


def test_downgrade_to_base_removes_every_table(fresh_app):
    with fresh_app.app_context():
        upgrade()
        downgrade(revision="base")
        tables = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
    assert tables == set()
