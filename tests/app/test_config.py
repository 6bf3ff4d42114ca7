"""Configuration: defaults, instance/config.py, environment variables, the test mapping, production safety."""

from __future__ import annotations

import pytest

from app import create_app
from app.config import ConfigError


@pytest.fixture()
def instance(tmp_path, monkeypatch):
    """Run the factory with an empty instance folder and no configuration in the environment."""
    import app as app_package

    for key in ("APP_ENV", "SECRET_KEY", "PERSONAL_DATA_KEY", "DATABASE_URL", "NEEDS_PER_PAGE", "TRUSTED_PROXIES",
                "RATELIMIT_ENABLED", "CASH_CEILING_MEDICAL"):
        monkeypatch.delenv(key, raising=False)
    folder = tmp_path / "instance"
    original = app_package.Flask

    def flask_with_instance(*args, **kwargs):
        return original(*args, instance_path=str(folder), **kwargs)

    monkeypatch.setattr(app_package, "Flask", flask_with_instance)
    return folder


def test_production_refuses_to_start_without_a_secret_key(instance):
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app({"APP_ENV": "production", "PERSONAL_DATA_KEY": "k"})


def test_production_refuses_to_start_without_a_personal_data_key(instance):
    with pytest.raises(ConfigError, match="PERSONAL_DATA_KEY"):
        create_app({"APP_ENV": "production", "SECRET_KEY": "s"})


def test_production_sets_secure_cookie_flags(instance):
    app = create_app({"APP_ENV": "production", "SECRET_KEY": "s", "PERSONAL_DATA_KEY": "k"})
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["SESSION_COOKIE_HTTPONLY"]


def test_development_creates_a_random_secret_once_and_keeps_it(instance):
    first = create_app().config["SECRET_KEY"]
    second = create_app().config["SECRET_KEY"]
    assert first == second and len(first) >= 32
    assert (instance / "secret_key").read_text().strip() == first
    assert (instance / "secret_key").stat().st_mode & 0o077 == 0


def test_development_defaults_to_a_sqlite_file_under_instance(instance):
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{instance / 'fupin.db'}"
    assert app.config["SEARCH_INDEX_DIR"] == str(instance / "search")


def test_environment_overrides_instance_config_which_overrides_defaults(instance, monkeypatch):
    instance.mkdir(parents=True, exist_ok=True)
    (instance / "config.py").write_text("NEEDS_PER_PAGE = 30\nPLEDGE_SHIP_DAYS = 7\n")
    monkeypatch.setenv("NEEDS_PER_PAGE", "40")
    app = create_app()
    assert app.config["NEEDS_PER_PAGE"] == 40
    assert app.config["PLEDGE_SHIP_DAYS"] == 7


def test_the_mapping_passed_to_the_factory_wins(instance, monkeypatch):
    monkeypatch.setenv("NEEDS_PER_PAGE", "40")
    assert create_app({"NEEDS_PER_PAGE": 5}).config["NEEDS_PER_PAGE"] == 5


def test_a_cash_ceiling_can_be_set_per_category_from_the_environment(instance, monkeypatch):
    monkeypatch.setenv("CASH_CEILING_MEDICAL", "80000")
    assert create_app().config["CASH_CEILINGS"]["medical"] == 80000


def test_postgres_urls_use_psycopg_3(instance):
    app = create_app({"DATABASE_URL": "postgres://u@db:5432/fupin"})
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@db:5432/fupin"


def test_an_unknown_app_env_is_refused(instance):
    with pytest.raises(ConfigError, match="APP_ENV"):
        create_app({"APP_ENV": "staging"})


def test_trusted_proxies_make_the_forwarded_address_the_client_address(instance):
    app = create_app({"TRUSTED_PROXIES": 1, "SERVER_NAME": "localhost"})

    @app.get("/whoami")
    def whoami():
        from flask import request

        return request.remote_addr

    response = app.test_client().get("/whoami", headers={"X-Forwarded-For": "203.0.113.7"})
    assert response.get_data(as_text=True) == "203.0.113.7"


def test_boolean_settings_are_read_from_the_environment(instance, monkeypatch):
    monkeypatch.setenv("RATELIMIT_ENABLED", "false")
    assert create_app().config["RATELIMIT_ENABLED"] is False
