"""The donor's home view: ask `services.donor`, render."""

from __future__ import annotations

from flask import render_template, request
from flask_login import current_user, login_required

from ..forms import page_arg
from ..services import donor, matching, offers
from . import bp


@bp.get("/")
@login_required
def home():
    """Show 我的帮扶: a page of pledges (one state or all) with the next step, offers, totals by category and
    province, thanks and certificates."""
    data = donor.donor_home(
        current_user, state=request.args.get("state") or None, page=page_arg(),
        after=request.args.get("after") or None, before=request.args.get("before") or None,
    )
    return render_template(
        "donor/home.html",
        home=data,
        statuses=donor.pledge_status_labels(),
        names=offers.region_names({c for row in data.offers for c in row["offer"].regions}),
        recommendations=matching.recommendation_rows_for_user(current_user, limit=5),
    )
