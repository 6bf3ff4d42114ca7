"""The notification centre: what asks the signed-in user to act, with unread counts."""

from flask import Blueprint

bp = Blueprint("notifications", __name__, url_prefix="/notifications")

from . import views  # noqa: E402,F401
