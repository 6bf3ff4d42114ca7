"""Let browsers and a reverse proxy reuse anonymous pages for a short time: Cache-Control and ETag.

A page is marked ``Cache-Control: public, max-age=PAGE_CACHE_SECONDS`` with an ``ETag`` of its body
(a request with a matching ``If-None-Match`` gets 304 without the body) only when nothing in it belongs
to one visitor:

- a GET or HEAD answered 200 with an HTML body, to a request without credentials (no signed-in user,
  no ``Authorization`` header);
- the page rendered no CSRF token (a form that posts: the token is the visitor's own) and touched
  no session state (no flashed message shown, nothing stored) — Flask-WTF keeps the token in
  ``g.csrf_token``, Flask marks a changed session ``session.modified``;
- the view did not set a Cache-Control of its own.

Every other answer is left as it was (no Cache-Control: browsers revalidate; the nginx configuration
in the README caches nothing without the header, and bypasses the cache for requests carrying the
session or remember cookie). ``Vary: Cookie`` keeps shared caches from mixing visitors.
"""

from __future__ import annotations

from flask import Flask, Response, current_app, g, request, session
from flask_login import current_user


def init_app(app: Flask) -> None:
    """Add the headers to every cacheable answer of ``app`` (when PAGE_CACHE_SECONDS > 0)."""
    app.after_request(_mark_cacheable)


def cacheable(response: Response) -> bool:
    """Return whether ``response`` to the current request holds nothing of one visitor (see the module)."""
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and response.mimetype == "text/html"
        and not response.direct_passthrough
        and "Cache-Control" not in response.headers
        and "Authorization" not in request.headers
        and "csrf_token" not in g
        and not session.modified
        and not current_user.is_authenticated
    )


def _mark_cacheable(response: Response) -> Response:
    seconds = current_app.config["PAGE_CACHE_SECONDS"]
    if seconds <= 0 or not cacheable(response):
        return response
    response.cache_control.public = True
    response.cache_control.max_age = seconds
    response.vary.add("Cookie")
    response.add_etag()
    return response.make_conditional(request)
