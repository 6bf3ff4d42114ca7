"""Offers (帮扶资源): the public list and pages, posting and managing offers, and the offices' offer tools."""

from flask import Blueprint

bp = Blueprint("offers", __name__, url_prefix="/offers")

from . import views  # noqa: E402,F401
