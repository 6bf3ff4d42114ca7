"""Sign-in views."""

from flask import render_template

from . import bp


@bp.get("/login")
def login():
    """Show the sign-in form."""
    return render_template("auth/login.html")
