"""The household registry (建档立卡) for village officers and offices."""

from flask import Blueprint

bp = Blueprint("registry", __name__, url_prefix="/registry")

from . import views  # noqa: E402,F401
