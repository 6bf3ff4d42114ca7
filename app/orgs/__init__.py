"""Public organisation pages: who they are, their offers, pledges, results and thanks; 定点扶贫 counties."""

from flask import Blueprint

bp = Blueprint("orgs", __name__, url_prefix="/orgs")

from . import views  # noqa: E402,F401
