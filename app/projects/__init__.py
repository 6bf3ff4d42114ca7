"""Cooperation projects (东西部协作项目): posting, progress updates, confirmation, pairing pages.

The public list and project page live in `app.public` (/projects, /projects/<id>).
"""

from flask import Blueprint

bp = Blueprint("projects", __name__, url_prefix="/projects")

from . import views  # noqa: E402,F401
