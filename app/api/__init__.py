"""The JSON API under /api/v1 (issue 17): flask-smorest blueprints over the same services as the pages.

``init_app`` builds one ``PortalApi`` per app (flask-smorest keeps the OpenAPI spec on the instance),
registers the blueprints, the interactive docs (Swagger UI from the npm package ``swagger-ui-dist``,
served by the app itself) and the request hooks of ``app/api/auth.py``. Errors are problem+json
(``app/api/problems.py``), rendered by the app's error handlers for every path under /api/.
"""

from __future__ import annotations

import http

from flask import Flask
from flask_smorest import Api
from flask_smorest.utils import prepare_response

from .problems import PROBLEM_MIMETYPE

API_PREFIX = "/api/v1"


class PortalApi(Api):
    """flask-smorest's Api, with the app's own error handlers and problem+json error responses in the spec."""

    def _register_error_handlers(self):
        # app/errors.py already answers every error under /api/ as problem+json; smorest's handler
        # (for every HTTPException of the whole app) would turn the portal's error pages into JSON.
        pass

    def _register_responses(self):
        from .schemas import ProblemSchema

        for status in http.HTTPStatus:
            response = {"description": status.phrase}
            if not (100 <= status < 200) and status not in (204, 304):
                response["schema"] = ProblemSchema
            prepare_response(response, self.spec, PROBLEM_MIMETYPE)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "错误（application/problem+json，RFC 9457）", "schema": ProblemSchema}
        prepare_response(response, self.spec, PROBLEM_MIMETYPE)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)


def init_app(app: Flask) -> None:
    """Bind the API to ``app``: spec settings, blueprints, docs and the authentication hooks."""
    from ..extensions import csrf
    from . import auth, docs, offers, pledges, public, registry, stats, work

    app.config.setdefault("API_TITLE", "社会扶贫对接平台 API")
    app.config.setdefault("API_VERSION", "v1")
    app.config.setdefault("OPENAPI_VERSION", "3.1.0")
    app.config.setdefault("OPENAPI_URL_PREFIX", API_PREFIX)
    app.config.setdefault("OPENAPI_JSON_PATH", "openapi.json")
    spec_kwargs = {
        "info": {
            "description": "面向手机应用、合作单位系统和建档立卡信息系统的开放接口。权限与数据脱敏规则与网页完全一致。"
                           "说明见项目文档 docs/api.md。",
        },
        "servers": [{"url": "/"}],
    }
    # Chinese text as UTF-8, not \uXXXX escapes: readable for clients and greppable in logs.
    app.json.ensure_ascii = False
    api = PortalApi(app, spec_kwargs=spec_kwargs)
    api.spec.components.security_scheme(
        "bearerAuth", {"type": "http", "scheme": "bearer", "description": "个人访问令牌（账号页“API 令牌”生成）"}
    )
    for blueprint in (*public.BLUEPRINTS, pledges.blp, offers.blp, work.blp, registry.blp, stats.blp):
        api.register_blueprint(blueprint)
        csrf.exempt(blueprint)  # cookie writes are checked by auth.check_csrf; Bearer writes need no CSRF
    csrf.exempt(api._app.blueprints["api-docs"])
    app.register_blueprint(docs.bp)
    app.extensions["portal_api"] = api
    auth.init_app(app)
