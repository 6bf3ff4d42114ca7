"""Errors of the JSON API as ``application/problem+json`` (RFC 9457).

Every answer carries a stable ``type`` (``urn:fupin:problem:<slug>``, listed in PROBLEM_TITLES and in
docs/api.md), a Chinese ``title`` for that type, the ``status``, a ``detail`` (for a service's refusal:
the very message the page would show next to the field) and ``errors``: ``[{"field", "message"}]``.
"""

from __future__ import annotations

import json

from flask import Response, request

PROBLEM_MIMETYPE = "application/problem+json"
TYPE_PREFIX = "urn:fupin:problem:"
# slug -> (status, Chinese title). Slugs are part of the API's contract: never rename one.
PROBLEM_TITLES: dict[str, tuple[int, str]] = {
    "invalid": (400, "请求内容有误"),
    "csrf": (400, "页面已过期或CSRF令牌无效，请刷新后重试"),
    "unauthorized": (401, "请先登录或提供有效的API令牌"),
    "invalid-token": (401, "API令牌无效、已过期或已撤销"),
    "forbidden": (403, "没有权限执行此操作"),
    "insufficient-scope": (403, "API令牌缺少此操作所需的权限"),
    "not-found": (404, "对象不存在"),
    "method-not-allowed": (405, "不支持该请求方法"),
    "not-acceptable": (406, "无法提供所请求的格式"),
    "conflict": (409, "对象的当前状态不允许此操作"),
    "idempotency-in-progress": (409, "相同幂等键的请求正在处理中"),
    "payload-too-large": (413, "请求内容过大"),
    "unsupported-media-type": (415, "不支持的请求格式，请使用 application/json"),
    "idempotency-key-reused": (422, "该幂等键已用于另一个不同的请求"),
    "too-many-requests": (429, "请求过于频繁，请稍后再试"),
    "server-error": (500, "服务器内部错误"),
    "busy": (503, "系统繁忙，请稍后再试"),
}
# webargs' own English messages, in the forms' language.
WEBARGS_MESSAGES = {"Invalid JSON body.": "请求体不是有效的JSON"}
_SLUG_BY_STATUS = {400: "invalid", 401: "unauthorized", 403: "forbidden", 404: "not-found", 405: "method-not-allowed",
                   406: "not-acceptable", 409: "conflict", 413: "payload-too-large", 415: "unsupported-media-type",
                   429: "too-many-requests", 500: "server-error", 503: "busy"}


def problem(slug: str, detail: str | None = None, errors: list[dict] | None = None, *, status: int | None = None,
            headers: dict | None = None) -> Response:
    """Return the problem+json response of ``slug`` (status and title from PROBLEM_TITLES)."""
    default_status, title = PROBLEM_TITLES[slug]
    body = {
        "type": TYPE_PREFIX + slug,
        "title": title,
        "status": status or default_status,
        "detail": detail or title,
        "instance": request.path,
        "errors": errors or [],
    }
    response = Response(json.dumps(body, ensure_ascii=False), status=body["status"], mimetype=PROBLEM_MIMETYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def from_domain_error(error) -> Response:
    """Return the problem for a service's DomainError (NotFound, Forbidden, Invalid, Conflict)."""
    slug = {404: "not-found", 403: "forbidden", 409: "conflict"}.get(error.status_code, "invalid")
    errors = [{"field": error.field, "message": error.message}] if error.field else []
    return problem(slug, error.message, errors, status=error.status_code)


def _flatten(messages, prefix: str = "") -> list[dict]:
    """Turn webargs/marshmallow messages ({"json": {"field": ["msg"]}}) into [{"field", "message"}]."""
    found = []
    if isinstance(messages, dict):
        for key, value in messages.items():
            if key in ("json", "query", "querystring", "headers", "form") and not prefix:
                found += _flatten(value, "")
            else:
                name = f"{prefix}.{key}" if prefix else str(key)
                found += _flatten(value, name)
    elif isinstance(messages, list | tuple):
        for item in messages:
            if isinstance(item, dict | list | tuple):
                found += _flatten(item, prefix)
            else:
                found.append({"field": prefix or None, "message": str(item)})
    else:
        found.append({"field": prefix or None, "message": str(messages)})
    return found


def from_http_error(error) -> Response:
    """Return the problem for a werkzeug HTTPException raised inside the API (abort, routing, parsing)."""
    status = getattr(error, "code", 500) or 500
    data = getattr(error, "data", None) or {}
    if data.get("problem"):  # raised by the API itself with a slug (see ApiProblem)
        return problem(data["problem"], data.get("detail"), data.get("errors"), headers=data.get("headers"))
    if data.get("messages") is not None:  # the request failed the schema
        errors = [{**e, "message": WEBARGS_MESSAGES.get(e["message"], e["message"])} for e in _flatten(data["messages"])]
        return problem("invalid", errors[0]["message"] if len(errors) == 1 else None, errors)
    from flask_wtf.csrf import CSRFError

    if isinstance(error, CSRFError):
        return problem("csrf", "请求缺少有效的CSRF令牌（请求头 X-CSRFToken）")
    slug = _SLUG_BY_STATUS.get(status)
    headers = {}
    if status == 405 and getattr(error, "valid_methods", None):
        headers["Allow"] = ", ".join(error.valid_methods)
    if status == 429:
        headers["Retry-After"] = str(data.get("retry_after") or 60)
    if status == 503:
        headers["Retry-After"] = str(data.get("retry_after") or 5)
    if slug is None:
        body = {"type": "about:blank", "title": getattr(error, "name", "错误"), "status": status,
                "detail": getattr(error, "description", ""), "instance": request.path, "errors": []}
        return Response(json.dumps(body, ensure_ascii=False), status=status, mimetype=PROBLEM_MIMETYPE)
    return problem(slug, None, headers=headers, status=status)


def raise_problem(slug: str, detail: str | None = None, errors: list[dict] | None = None,
                  headers: dict | None = None):
    """Abort the request with the problem ``slug``."""
    from werkzeug.exceptions import HTTPException

    status, _title = PROBLEM_TITLES[slug]
    exc = HTTPException(description=detail)
    exc.code = status
    exc.data = {"problem": slug, "detail": detail, "errors": errors, "headers": headers}
    raise exc
