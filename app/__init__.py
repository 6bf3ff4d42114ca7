"""The 社会扶贫对接平台 portal: `create_app` assembles it from configuration."""

from __future__ import annotations

import logging

from flask import Flask, request

from . import config as app_config


def create_app(config: dict | None = None) -> Flask:
    """Create the portal: load configuration, bind extensions, register blueprints, handlers and commands."""
    app = Flask(__name__, instance_relative_config=True)
    app_config.load(app, config)
    logging.basicConfig(level=logging.INFO if not app.testing else logging.WARNING)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    # The Elasticsearch client logs every request at INFO: that buries the CLI's progress lines.
    logging.getLogger("elastic_transport").setLevel(logging.WARNING)
    register_extensions(app)
    register_blueprints(app)
    register_error_handlers(app)
    register_template_helpers(app)
    register_commands(app)
    if app.config["TRUSTED_PROXIES"]:
        from werkzeug.middleware.proxy_fix import ProxyFix

        # Behind a proxy every visitor would share its address, and per-address throttling with it.
        hops = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
    return app


def register_extensions(app: Flask) -> None:
    """Bind the unbound extensions of `extensions.py` to ``app``."""
    from . import crypto, queue
    from .services import search_index
    from .extensions import bootstrap, csrf, db, login_manager, migrate

    db.init_app(app)
    migrate.init_app(app, db, directory=str(_migrations_dir()), render_as_batch=True, compare_type=True)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "请先登录。"
    csrf.init_app(app)
    bootstrap.init_app(app)
    crypto.init_app(app)
    search_index.init_app(app)
    queue.init_app(app)

    from . import models  # noqa: F401  (registers every table on the metadata)
    from . import http_cache, security

    security.init_app(app)
    http_cache.init_app(app)

    @app.teardown_request
    def _discard_uncommitted(_error=None):
        # A request that failed half-way (a refused form) must leave nothing pending for a later commit,
        # e.g. a spent one-time form token, even where the session outlives the request (scripts, tests).
        # A read that went well ends its transaction with COMMIT instead: it has nothing to undo, and
        # psycopg forgets its prepared statements on every ROLLBACK, so PostgreSQL would parse and plan
        # every query of every page afresh (issue 14).
        session = db.session
        if _error is None and request.method in ("GET", "HEAD") and not (session.new or session.dirty or session.deleted):
            session.commit()
        else:
            session.rollback()

    @login_manager.user_loader
    def load_user(session_id: str):
        # The id carries the account's session version: sign-out and a new password raise it.
        return models.User.by_session_id(session_id)

    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        _enable_sqlite_foreign_keys(app)


def register_blueprints(app: Flask) -> None:
    """Register one blueprint per domain."""
    from .account import bp as account_bp
    from .auth import bp as auth_bp
    from .browse import bp as browse_bp
    from .needs import bp as needs_bp
    from .notifications import bp as notifications_bp
    from .public import bp as public_bp
    from .recommend import bp as recommend_bp
    from .registry import bp as registry_bp
    from .identification import bp as identification_bp
    from .assistance import bp as assistance_bp
    from .donor import bp as donor_bp
    from .offers import bp as offers_bp
    from .orgs import bp as orgs_bp
    from .projects import bp as projects_bp
    from .stats import bp as stats_bp

    app.register_blueprint(public_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(account_bp)
    app.register_blueprint(browse_bp)
    app.register_blueprint(recommend_bp)
    app.register_blueprint(needs_bp)
    app.register_blueprint(registry_bp)
    app.register_blueprint(identification_bp)
    app.register_blueprint(assistance_bp)
    app.register_blueprint(notifications_bp)
    app.register_blueprint(offers_bp)
    app.register_blueprint(orgs_bp)
    app.register_blueprint(projects_bp)
    app.register_blueprint(donor_bp)
    app.register_blueprint(stats_bp)

    from . import api

    api.init_app(app)


def register_error_handlers(app: Flask) -> None:
    """Map domain and HTTP errors onto pages and JSON answers."""
    from .errors import register_error_handlers as register

    register(app)


def register_template_helpers(app: Flask) -> None:
    """Expose labels and formatting helpers to every template."""
    from .templating import init_app

    init_app(app)


def register_commands(app: Flask) -> None:
    """Register the `flask <group> <verb>` commands."""
    from .cli import register

    register(app)


def _migrations_dir():
    from pathlib import Path

    return Path(__file__).resolve().parent.parent / "migrations"


def _enable_sqlite_foreign_keys(app: Flask) -> None:
    from sqlalchemy import event

    from .extensions import db

    with app.app_context():
        engine = db.engine
    busy_ms = int(app.config["SQLITE_BUSY_TIMEOUT_MS"])

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # SQLite checks foreign keys only when asked, per connection; WAL lets readers run beside a
        # writer; a writer waits SQLITE_BUSY_TIMEOUT_MS for the lock, then the request gets a 503 page.
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()
