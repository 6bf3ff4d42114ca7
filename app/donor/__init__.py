"""The donor's home (我的帮扶): pledges and their next steps, offers, totals, thanks and certificates."""

from flask import Blueprint

bp = Blueprint("donor", __name__, url_prefix="/my")

from . import views  # noqa: E402,F401
