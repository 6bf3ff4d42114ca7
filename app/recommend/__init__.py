"""Recommendations: 为您推荐 for donors' offers, and the best offers for offices' unpledged needs."""

from flask import Blueprint

bp = Blueprint("recommend", __name__)

from . import views  # noqa: E402,F401
