"""Configuration: defaults in code, then instance/config.py, then environment variables, then the test mapping.

Every setting is listed in ``DEFAULTS`` with its default; the README's configuration table mirrors it.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

DEFAULTS: dict[str, object] = {
    # development | production | testing
    "APP_ENV": "development",
    "SECRET_KEY": None,
    "PERSONAL_DATA_KEY": None,
    "DATABASE_URL": None,  # default: sqlite file instance/fupin.db
    "REDIS_URL": None,  # rate limits and jobs in Redis when set, in-process otherwise
    "ELASTICSEARCH_URL": None,  # search on Elasticsearch when set, on tantivy under instance/ otherwise
    "SEARCH_INDEX_DIR": None,  # default: instance/search
    "UPLOAD_DIR": None,  # default: instance/uploads
    "NEEDS_PER_PAGE": 20,
    # Seconds an anonymous page may be reused by a browser or a reverse proxy (Cache-Control, ETag:
    # app/http_cache.py); 0 turns the headers off.
    "PAGE_CACHE_SECONDS": 60,
    "REVIEW_LEVELS": "township,county",
    "PLEDGE_SHIP_DAYS": 15,
    "MAX_OPEN_NEEDS_PER_HOUSEHOLD": 3,
    "PASSWORD_HASH_METHOD": "scrypt",
    "SMTP_HOST": None,
    "MAIL_FROM": "noreply@fupin.example",
    "LOGIN_ATTEMPTS_PER_ACCOUNT": "5 per 15 minutes",
    "LOGIN_ATTEMPTS_PER_ADDRESS": "20 per 15 minutes",
    "REGISTRATIONS_PER_ADDRESS": "10 per hour",
    # National duplicate-ID look-ups (one per household form, one per imported row) per account.
    "ID_CHECKS_PER_ACCOUNT": "600 per hour",
    "API_REQUESTS_PER_TOKEN": "600 per minute",
    "API_REQUESTS_PER_ADDRESS": "300 per minute",
    "RATELIMIT_ENABLED": True,
    # How many reverse proxies stand in front of the app; their X-Forwarded-For / -Proto are trusted.
    "TRUSTED_PROXIES": 0,
    "MATCH_MODEL_PATH": None,  # default: instance/matching/model.joblib
    "MATCH_LEXICON_DIR": None,
    # Task queue (Huey): sqlite | redis | immediate | off; default redis when REDIS_URL is set, else
    # sqlite (off under testing). Storage file of sqlite: TASK_QUEUE_PATH (default instance/queue.sqlite3).
    "TASK_QUEUE": None,
    "TASK_QUEUE_PATH": None,
    "TASK_QUEUE_NAME": "fupin",
    "FIGURES_REFRESH_MINUTES": 5,  # how often the worker recomputes page figures (app/services/figures.py)
    "FIGURES_KEEP_HOURS": 24,  # a figure scope (region, organisation…) no page read for this long stops being refreshed
    "MATCH_RUN_SHARDS": 4,  # shard tasks of the nightly full match run, shared by the workers  # offices' lexicon files; default: instance/matching/lexicon
    "UPLOAD_MAX_BYTES": 5 * 1024 * 1024,  # per photo
    # A form that changes something must carry its one-time token (services.once); tests turn it off.
    "FORM_ONCE_REQUIRED": True,
    # How long an SQLite writer waits for the database lock before the request answers 503 (系统繁忙).
    "SQLITE_BUSY_TIMEOUT_MS": 5000,
    # How often (seconds, per process) search compares the needs index with the database to notice
    # a lost index; a lost one is rebuilt in a background thread when SEARCH_REBUILD_IN_BACKGROUND.
    "SEARCH_VERIFY_SECONDS": 60,
    "SEARCH_REBUILD_IN_BACKGROUND": True,
    "FORM_TOKEN_MAX_AGE": 24 * 3600,  # seconds a form page stays valid
    # Seconds an API Idempotency-Key's answer is kept for retries; `flask jobs run` purges older ones.
    "API_IDEMPOTENCY_KEY_SECONDS": 24 * 3600,
    # 精准识别 (app/services/identification/): days a 公示 stays up unless the township sets others;
    # the county's default 抽检核查 share of a batch (0 < share ≤ 1); the yearly per-capita income line
    # (yuan) an exit must be above, for years not in identification.POVERTY_LINES.
    "NOTICE_DAYS": 7,
    "SPOT_CHECK_SHARE": "0.2",
    "POVERTY_LINE": 4000,
}
INT_SETTINGS = {"NEEDS_PER_PAGE", "PAGE_CACHE_SECONDS", "PLEDGE_SHIP_DAYS", "MAX_OPEN_NEEDS_PER_HOUSEHOLD", "TRUSTED_PROXIES", "UPLOAD_MAX_BYTES",
                "FORM_TOKEN_MAX_AGE", "SQLITE_BUSY_TIMEOUT_MS", "API_IDEMPOTENCY_KEY_SECONDS",
                "SEARCH_VERIFY_SECONDS", "NOTICE_DAYS", "POVERTY_LINE"}
BOOL_SETTINGS = {"RATELIMIT_ENABLED", "FORM_ONCE_REQUIRED", "SEARCH_REBUILD_IN_BACKGROUND"}

# Cash targets may not exceed these per category (yuan); override with CASH_CEILING_<CATEGORY>.
CASH_CEILINGS: dict[str, int] = {
    "education": 20000,
    "medical": 50000,
    "housing": 50000,
    "living": 5000,
    "production": 30000,
    "employment": 10000,
    "infrastructure": 200000,
    "consumption": 20000,
    "finance": 50000,
    "relocation": 50000,
    "other": 5000,
}

DEV_SECRET_FILE = "secret_key"
DEV_DATA_KEY_FILE = "personal_data_key"


class ConfigError(RuntimeError):
    """Raised when the configuration cannot run safely."""


def load(app, overrides: dict | None) -> None:
    """Fill ``app.config`` from defaults, instance/config.py, the environment and ``overrides``."""
    app.config.update(DEFAULTS)
    app.config["CASH_CEILINGS"] = dict(CASH_CEILINGS)
    app.config.from_pyfile("config.py", silent=True)
    for key in DEFAULTS:
        if key in os.environ:
            value = os.environ[key]
            if key in INT_SETTINGS:
                app.config[key] = int(value)
            elif key in BOOL_SETTINGS:
                app.config[key] = value.strip().lower() in ("1", "true", "yes", "on")
            else:
                app.config[key] = value
    for category in CASH_CEILINGS:
        env_key = f"CASH_CEILING_{category.upper()}"
        if env_key in os.environ:
            app.config["CASH_CEILINGS"][category] = int(os.environ[env_key])
    if overrides:
        app.config.update(overrides)
    _derive(app)


def _derive(app) -> None:
    instance = Path(app.instance_path)
    env = app.config["APP_ENV"]
    if env not in ("development", "production", "testing"):
        raise ConfigError(f"APP_ENV must be development, production or testing, not {env!r}")
    app.config["TESTING"] = app.config.get("TESTING", False) or env == "testing"

    for key, filename in (("SECRET_KEY", DEV_SECRET_FILE), ("PERSONAL_DATA_KEY", DEV_DATA_KEY_FILE)):
        if not app.config.get(key):
            if env == "production":
                raise ConfigError(f"{key} must be set in production; refusing to start with a default")
            app.config[key] = _instance_secret(instance / filename)

    if not app.config.get("DATABASE_URL"):
        instance.mkdir(parents=True, exist_ok=True)
        app.config["DATABASE_URL"] = f"sqlite:///{instance / 'fupin.db'}"
    app.config["SQLALCHEMY_DATABASE_URI"] = _sqlalchemy_url(app.config["DATABASE_URL"])
    app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", {})
    app.config["SEARCH_INDEX_DIR"] = app.config.get("SEARCH_INDEX_DIR") or str(instance / "search")
    app.config["UPLOAD_DIR"] = app.config.get("UPLOAD_DIR") or str(instance / "uploads")
    if isinstance(app.config["REVIEW_LEVELS"], str):
        app.config["REVIEW_LEVELS"] = [x.strip() for x in app.config["REVIEW_LEVELS"].split(",") if x.strip()]

    app.config["BOOTSTRAP_SERVE_LOCAL"] = True  # static assets from the installed package, never a CDN
    app.config["MAX_CONTENT_LENGTH"] = 50 * 1024 * 1024
    if env == "production":
        app.config.update(
            SESSION_COOKIE_SECURE=True,
            REMEMBER_COOKIE_SECURE=True,
            SESSION_COOKIE_HTTPONLY=True,
            SESSION_COOKIE_SAMESITE="Lax",
        )


def _instance_secret(path: Path) -> str:
    """Return the secret stored at ``path``, creating a random one on first run (development only)."""
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(value)
    return value


def _sqlalchemy_url(url: str) -> str:
    # Accept the usual postgres:// and postgresql:// forms and use psycopg 3.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url
