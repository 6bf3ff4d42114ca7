"""The need's life: posting, review, pledging, delivery, receipt, thanks, certificates and photos."""

from flask import Blueprint

bp = Blueprint("needs", __name__)

from . import views  # noqa: E402,F401
