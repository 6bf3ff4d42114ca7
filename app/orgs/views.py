"""Organisation views: parse the request, call `services.donor` and `services.projects`, render."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from wtforms import IntegerField, StringField, SubmitField
from wtforms.validators import DataRequired, Length, Optional

from ..errors import Invalid
from ..models import ORGANISATION_KINDS
from ..offers.forms import ZhForm, attach_error, form_status
from ..services import donor, offers, projects
from . import bp


class DesignationForm(ZhForm):
    """Link a gov_unit to a county it is designated to help."""

    county_code = StringField("县级行政区划代码", validators=[DataRequired("请填写县级代码"), Length(max=12)])
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
    profile = donor.organisation_profile(org_id)
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
    if request.method == "POST":
        if not current_user.is_authenticated:
            return redirect(url_for("auth.login", next=request.path))
        if not can_manage:
            abort(403)
        if form.validate_on_submit():
            try:
                donor.add_designation(current_user, org, form.county_code.data, form.since_year.data)
            except Invalid as error:
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
    ), form_status(form)


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
