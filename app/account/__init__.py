"""Signed-in users' own pages: profile, password, staff accounts, organisations and the audit log."""

from flask import Blueprint

bp = Blueprint("account", __name__, url_prefix="/account")

from . import views  # noqa: E402,F401
