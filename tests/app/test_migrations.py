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
    # A name of its own per test: on SQLite the same name is the same file, left filled by the test before.
    app = create_app(make_test_config(tmp_path, databases.new_url(f"migrations_{tmp_path.name}")))
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


# SQLite cannot reflect expression indexes; the one there is PostgreSQL-only and compared on PostgreSQL.
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
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


def test_the_name_index_migration_fills_the_households_already_registered(fresh_app):
    from sqlalchemy import select, text

    from app.models import Household, Region
    from tests import factories

    with fresh_app.app_context():
        upgrade()
        db.session.add_all([Region(code=code, name=name, level=level, parent_code=parent) for code, name, level, parent in (
            ("52", "贵州省", "province", None), ("5205", "毕节市", "prefecture", "52"),
            ("520526", "威宁县", "county", "5205"), (factories.TOWNSHIP, "草海镇", "township", "520526"))])
        db.session.commit()
        household = factories.make_household(head_name="李四军")
        expected = household.head_name_index
        db.session.close()  # end the read's transaction: PostgreSQL's ALTER TABLE would wait for it
        downgrade(revision="0006_session_version")  # the column goes, and comes back filled by the migration
        upgrade()
        db.session.expire_all()
        assert db.session.scalar(text("SELECT head_name_index FROM households")) == expected
        assert db.session.scalar(select(Household.id).where(
            Household.head_name_index == fresh_app.extensions["personal_data"].name_index("李 四军"))) == household.id
        db.session.remove()


def test_the_identification_migration_turns_helper_accounts_into_helper_records(fresh_app):
    from sqlalchemy import select

    from app.models import Helper, Household, Region
    from tests import factories

    with fresh_app.app_context():
        upgrade()
        db.session.add_all([Region(code=code, name=name, level=level, parent_code=parent) for code, name, level, parent in (
            ("52", "贵州省", "province", None), ("5205", "毕节市", "prefecture", "52"),
            ("520526", "威宁县", "county", "5205"), (factories.TOWNSHIP, "草海镇", "township", "520526"))])
        db.session.commit()
        account = factories.make_user("helper", display_name="王小二", region_code="520526")
        household = factories.make_household(helper_id=account.id)
        household_id, account_id = household.id, account.id
        db.session.close()
        downgrade(revision="0009_figures")  # the helpers table goes; upgrading rebuilds it from the accounts
        upgrade()
        helper = db.session.scalar(select(Helper))
        assert (helper.user_id, helper.name, helper.name_masked, helper.region_code) == (
            account_id, "王小二", "王*二", "520526")
        assert helper.name_index == fresh_app.extensions["personal_data"].name_index("王小二")
        assert db.session.get(Household, household_id).assigned_helper_id == helper.id
        db.session.remove()


def test_the_registry_order_migration_fills_household_causes_from_main_and_other_causes(fresh_app):
    from sqlalchemy import text

    from app.models import Region
    from tests import factories

    with fresh_app.app_context():
        upgrade()
        db.session.add_all([Region(code=code, name=name, level=level, parent_code=parent) for code, name, level, parent in (
            ("52", "贵州省", "province", None), ("5205", "毕节市", "prefecture", "52"),
            ("520526", "威宁县", "county", "5205"), (factories.TOWNSHIP, "草海镇", "township", "520526"))])
        db.session.commit()
        both = factories.make_household(main_cause="illness", other_causes=["lack_funds", "lack_skills"])
        alone = factories.make_household(main_cause="disaster", other_causes=[])
        expected = {(both.id, "illness"), (both.id, "lack_funds"), (both.id, "lack_skills"),
                    (alone.id, "disaster")}
        db.session.close()
        downgrade(revision="0017_names_and_certificates")  # the table goes; upgrading fills it again
        upgrade()
        found = db.session.execute(text("SELECT household_id, cause FROM household_causes")).all()
        assert set(found) == expected
        db.session.remove()
