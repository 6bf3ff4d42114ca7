"""The domain errors that services raise, and the handlers that turn them into pages or JSON."""

from __future__ import annotations

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError


class DomainError(Exception):
    """Base of the errors a service raises; the message is shown to the user (in Chinese)."""

    status_code = 400
    code = "invalid"

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class NotFound(DomainError):
    """The object does not exist, or the user may not know that it does."""

    status_code = 404
    code = "not_found"


class Forbidden(DomainError):
    """The user may not do this."""

    status_code = 403
    code = "forbidden"


class Invalid(DomainError):
    """The input breaks a rule."""

    status_code = 400
    code = "invalid"


class Conflict(DomainError):
    """The object's state does not allow this now (e.g. the last units were just pledged)."""

    status_code = 409
    code = "conflict"


class Throttled(DomainError):
    """Too many attempts: the user must wait before trying again."""

    status_code = 429
    code = "throttled"


BUSY_MESSAGE = "系统繁忙，请稍后再试。"


def is_busy_database(error: Exception) -> bool:
    """Return whether a database error means "locked by another writer, try again" (SQLite busy, PostgreSQL lock timeout)."""
    text = str(getattr(error, "orig", error)).lower()
    code = getattr(getattr(error, "orig", None), "sqlstate", None)
    return "database is locked" in text or "database table is locked" in text or code in ("55P03", "57014")


def _is_api() -> bool:
    return request.path.startswith("/api/")


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json"


def register_error_handlers(app) -> None:
    """Map domain errors and HTTP errors onto styled pages, or structured JSON for the API."""

    @app.errorhandler(DomainError)
    def handle_domain_error(error: DomainError):
        if _is_api():
            from .api.problems import from_domain_error

            return from_domain_error(error)
        if _wants_json():
            body = {"error": {"code": error.code, "message": error.message, "field": error.field}}
            return jsonify(body), error.status_code
        return render_template("errors/domain.html", error=error), error.status_code

    for status in (400, 403, 404, 405, 413, 429, 500, 503):
        app.register_error_handler(status, _http_error_handler(status))

    from sqlalchemy.exc import OperationalError

    @app.errorhandler(OperationalError)
    def handle_busy_database(error: OperationalError):
        # A database locked by another writer is a passing state, not a fault: say so briefly (503).
        if not is_busy_database(error):
            raise error
        app.logger.warning("database busy: %s", error.orig)
        from .extensions import db

        db.session.rollback()
        if _is_api():
            from .api.problems import problem

            return problem("busy", BUSY_MESSAGE, headers={"Retry-After": "5"})
        if _wants_json():
            response = jsonify({"error": {"code": "busy", "message": BUSY_MESSAGE}})
        else:
            response = app.make_response(render_template("errors/busy.html", message=BUSY_MESSAGE))
        response.status_code = 503
        response.headers["Retry-After"] = "5"
        return response

    @app.errorhandler(HTTPException)
    def handle_other_http_error(error: HTTPException):
        # The codes above have pages of their own; the API answers every other one as problem+json too.
        if _is_api() and (error.code or 500) >= 400:
            from .api.problems import from_http_error

            return from_http_error(error)
        return error


def _http_error_handler(status: int):
    def handler(error):
        if _is_api():
            from .api.problems import from_http_error

            if not isinstance(error, HTTPException):  # an unhandled exception reaches the 500 handler
                error = InternalServerError()
            return from_http_error(error)
        if _wants_json():
            return jsonify({"error": {"code": str(status), "message": getattr(error, "description", "")}}), status
        return render_template(f"errors/{status}.html" if status in (404, 500) else "errors/http.html",
                               status=status, error=error), status

    return handler
