"""精准识别 pages: the workflow for village officers and offices, and the public 公示 pages."""

from flask import Blueprint

bp = Blueprint("identification", __name__)

from . import views  # noqa: E402,F401
