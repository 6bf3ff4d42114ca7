"""Public pages: thin views over `services.portal`."""

from flask import render_template

from . import bp


@bp.get("/")
def home():
    """Show the key figures and the newest published needs."""
    return render_template("public/home.html")
