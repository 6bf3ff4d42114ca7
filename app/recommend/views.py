"""Recommendation pages: thin views over `services.matching`."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..forms import ZhForm
from ..services import matching
from . import bp


@bp.get("/recommendations")
@login_required
def for_donor():
    """Show 为您推荐: the best open needs for the signed-in donor's offers."""
    offer_id = request.args.get("offer", type=int)
    recommendations = matching.my_recommendations(current_user, offer_id, limit=20)
    return render_template("recommend/donor.html", recommendations=recommendations, offer_id=offer_id)


@bp.get("/office/matches")
@login_required
def for_office():
    """Show the office's published needs nobody has pledged, each with the best offers."""
    rows = matching.unpledged_needs_with_offers(current_user)
    return render_template("recommend/office.html", rows=rows, form=ZhForm())


@bp.post("/office/matches/<int:match_id>/suggest")
@login_required
def suggest(match_id: int):
    """Send the offer's poster a suggestion to support the matched need."""
    form = ZhForm()
    if not form.validate_on_submit():
        abort(400)
    match = matching.suggest(current_user, match_id)
    flash(f"已向“{match.offer.title}”的发布者推送建议。", "success")
    return redirect(url_for("recommend.for_office"))
