"""The search page: full-text search over published needs with facets, backed by the search engine."""

from flask import Blueprint

bp = Blueprint("browse", __name__)

from . import views  # noqa: E402,F401
