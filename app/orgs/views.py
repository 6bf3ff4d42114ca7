"""Organisation views: parse the request, call `services.donor` and `services.projects`, render."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from wtforms import IntegerField, SubmitField
from wtforms.validators import Optional

from ..errors import Invalid
from ..models import ORGANISATION_KINDS
from ..forms import ZhForm, page_arg
from ..offers.forms import attach_error, form_status
from ..services import accounts, donor, offers, projects, regions
from . import bp


class DesignationForm(ZhForm):
    """Link a gov_unit to a county it is designated to help."""

    # The county is chosen with the region chooser (services.regions), inside the staff member's region.
    since_year = IntegerField("开始年份（可不填）", validators=[Optional()])
    submit = SubmitField("添加定点帮扶县")


class RemoveForm(ZhForm):
    """A bare form for the remove button (carries the CSRF token)."""

    submit = SubmitField("解除")


@bp.get("/")
def index():
    """List the verified organisations, optionally of one kind."""
    kind = request.args.get("kind") or None
    return render_template(
        "orgs/index.html", orgs=donor.list_organisations(kind), kinds=ORGANISATION_KINDS, kind=kind
    )


@bp.get("/<int:org_id>")
def detail(org_id: int):
    """Show an organisation: who it is, its offers, pledges, results, thanks and projects."""
    profile = donor.organisation_profile(org_id, page_arg(), after=request.args.get("after") or None,
                                         before=request.args.get("before") or None)
    org = profile.organisation
    return render_template(
        "orgs/detail.html",
        profile=profile,
        org=org,
        projects=projects.projects_of_organisation(org.id),
        names=offers.region_names({c for o in profile.offers for c in o.regions}),
    )


@bp.route("/<int:org_id>/designated", methods=["GET", "POST"])
def designated(org_id: int):
    """Show a gov_unit's designated counties (定点扶贫) and what it did there; staff link counties."""
    org = donor.get_public_organisation(org_id)
    if org.kind != "gov_unit":
        abort(404)
    form = DesignationForm()
    can_manage = donor.can_manage_designations(current_user)
    county = regions.picker_from(
        "county_code", request.form, deepest="county",
        roots=accounts.staff_region_roots(current_user) if can_manage else None,
    )
    county_errors: list[str] = []
    if request.method == "POST":
        if not current_user.is_authenticated:
            return redirect(url_for("auth.login", next=request.path))
        if not can_manage:
            abort(403)
        if request.form.get("region_pick"):
            pass  # a step of the chooser without JavaScript: show the form again, as typed
        elif form.validate_on_submit():
            try:
                donor.add_designation(current_user, org, county.submitted or "", form.since_year.data)
            except Invalid as error:
                if error.field == "county_code":
                    county_errors.append(error.message)
                else:
                    attach_error(form, error)
            else:
                flash("已添加定点帮扶县。", "success")
                return redirect(url_for("orgs.designated", org_id=org.id))
    return render_template(
        "orgs/designated.html",
        org=org,
        rows=donor.designated_counties(org),
        form=form,
        can_manage=can_manage,
        remove_form=RemoveForm(),
        county=county,
        county_errors=county_errors,
    ), 400 if county_errors else form_status(form)


@bp.post("/<int:org_id>/designated/<int:designation_id>/remove")
@login_required
def remove_designation(org_id: int, designation_id: int):
    """Unlink a designated county."""
    org = donor.get_public_organisation(org_id)
    if not RemoveForm().validate_on_submit():
        abort(400)
    donor.remove_designation(current_user, org, designation_id)
    flash("已解除定点帮扶关系。", "success")
    return redirect(url_for("orgs.designated", org_id=org.id))
