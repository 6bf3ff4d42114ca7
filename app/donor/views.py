"""The donor's home view: ask `services.donor`, render."""

from __future__ import annotations

from flask import render_template
from flask_login import current_user, login_required

from ..services import donor, matching, offers
from . import bp


@bp.get("/")
@login_required
def home():
    """Show 我的帮扶: pledges by state with the next step, offers, totals by category and province, thanks."""
    data = donor.donor_home(current_user)
    return render_template(
        "donor/home.html",
        home=data,
        statuses=donor.pledge_status_labels(),
        names=offers.region_names({c for row in data.offers for c in row["offer"].regions}),
        recommendations=matching.recommendations_for_user(current_user, limit=5),
    )
