"""精准帮扶 pages: 帮扶计划, 帮扶责任人, 驻村工作队, and the office's coverage views and exports."""

from flask import Blueprint

bp = Blueprint("assistance", __name__, url_prefix="/assistance")

from . import views  # noqa: E402,F401
