"""The public portal: home, published needs, regions, cooperation projects."""

from flask import Blueprint

bp = Blueprint("public", __name__)

from . import places, sharing, views  # noqa: E402,F401
