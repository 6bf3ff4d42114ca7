"""The API's interactive docs: Swagger UI from the npm package ``swagger-ui-dist``, served by the app.

``npm ci`` (run by ``make install``/``make run``/``make test``) puts the package under ``node_modules/``;
nothing is loaded from a CDN. The page's start-up script is a static file, so the strict CSP holds
for scripts; Swagger UI sets inline styles, so this page alone allows ``style-src 'unsafe-inline'``.
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, abort, current_app, render_template, request

bp = Blueprint("api_docs", __name__, url_prefix="/api/v1/docs")
SWAGGER_UI_FILES = ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js")
DOCS_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")


def swagger_ui_dir() -> Path:
    """Return the folder of the installed swagger-ui-dist package (SWAGGER_UI_DIR overrides it)."""
    configured = current_app.config.get("SWAGGER_UI_DIR")
    if configured:
        return Path(configured)
    return Path(current_app.root_path).parent / "node_modules" / "swagger-ui-dist"


@bp.get("/")
def docs():
    """Show Swagger UI on /api/v1/openapi.json; 503 with a hint when the npm package is not installed."""
    if not (swagger_ui_dir() / "swagger-ui-bundle.js").is_file():
        return render_template("api/docs_missing.html"), 503
    response = current_app.make_response(render_template("api/docs.html"))
    response.headers["Content-Security-Policy"] = DOCS_CSP
    return response


@bp.get("/assets/<name>")
def asset(name: str):
    """Serve one file of swagger-ui-dist (only the few the page loads)."""
    if name not in SWAGGER_UI_FILES:
        abort(404)
    path = swagger_ui_dir() / name
    if not path.is_file():
        abort(404)
    # Read whole (a few MB at most) rather than stream: no file handle outlives an unread response.
    mimetype = "text/css" if name.endswith(".css") else "text/javascript"
    response = Response(path.read_bytes(), mimetype=mimetype)
    response.cache_control.public = True
    response.cache_control.max_age = 86400
    response.add_etag()
    return response.make_conditional(request)
