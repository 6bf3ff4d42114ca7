"""Assistance views: parse the form, call `services.assistance`, render or redirect."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .. import clock
from ..downloads import download
from ..errors import Conflict, Invalid
from ..forms import cursor_args, page_arg
from ..identification.views import _checked_post, _date, _int
from ..models import MEASURE_KINDS, MEASURE_STATUSES, POVERTY_CAUSES, TEAM_ROLES
from ..needs.forms import EmptyForm
from ..services import assistance, registry, scope
from . import bp



def _user():
    return current_user._get_current_object()


def _labels() -> dict:
    return {"MEASURE_KINDS": MEASURE_KINDS, "MEASURE_STATUSES": MEASURE_STATUSES, "TEAM_ROLES": TEAM_ROLES,
            "POVERTY_CAUSES": POVERTY_CAUSES}


@bp.get("/")
@login_required
def index():
    """Coverage of helpers, plans and teams in scope, and the lists of what is missing (paginated)."""
    user = _user()
    show = request.args.get("show", "no_plan")
    if show == "no_team":
        page = assistance.villages_without_team(user, poor_only=request.args.get("all") != "1", page=page_arg(),
                                                **cursor_args())
    else:
        show = show if show in ("no_helper", "no_plan") else "no_plan"
        page = assistance.households_lacking(user, "helper" if show == "no_helper" else "plan", page=page_arg(),
                                             **cursor_args())
    return render_template("assistance/index.html", figure=assistance.coverage(user), page=page, show=show,
                           **_labels())


@bp.route("/households/<int:household_id>/plan", methods=["GET", "POST"])
@login_required
def plan(household_id: int):
    """A household's 帮扶计划 and 帮扶责任人; POST writes the plan from its causes."""
    user = _user()
    if request.method == "POST":
        _checked_post()
        try:
            assistance.create_plan(user, household_id, request.form.get("note", ""))
        except Invalid as invalid:
            flash(invalid.message, "error")
        else:
            flash("已按致贫原因生成帮扶计划，请补充责任人、目标日期。", "success")
        return redirect(url_for("assistance.plan", household_id=household_id))
    current = assistance.get_plan(user, household_id)
    household = current.household if current else assistance.household_for(user, household_id)
    helpers = assistance.assignable_helpers(user, household.village) if user.role in registry.REGISTRY_ROLES else []
    return render_template("assistance/plan.html", plan=current, household=household, helpers=helpers,
                           suggested=assistance.suggested_measures(household.causes), form=EmptyForm(),
                           can_post=user.role in ("village_officer", "helper"), **_labels())


def _measure_input() -> assistance.MeasureInput:
    return assistance.MeasureInput(
        kind=request.form.get("kind", ""), description=request.form.get("description", ""),
        responsible=request.form.get("responsible", ""), target_date=_date("target_date", "目标日期"),
        progress=_int("progress", "进度", required=False) or 0, status=request.form.get("status", "planned"))


@bp.post("/plans/<int:plan_id>/measures")
@login_required
def add_measure(plan_id: int):
    """Add a measure to a plan."""
    _checked_post()
    try:
        measure = assistance.add_measure(_user(), plan_id, _measure_input())
    except Invalid as invalid:
        flash(invalid.message, "error")
        household_id = assistance.plan_household_id(_user(), plan_id)
    else:
        flash("已添加措施。", "success")
        household_id = measure.plan.household_id
    return redirect(url_for("assistance.plan", household_id=household_id))


@bp.post("/measures/<int:measure_id>")
@login_required
def update_measure(measure_id: int):
    """Change a measure (responsible person, target date, progress, status)."""
    _checked_post()
    household_id = assistance.get_measure(_user(), measure_id).plan.household_id
    try:
        assistance.update_measure(_user(), measure_id, _measure_input())
    except Invalid as invalid:
        flash(invalid.message, "error")
    else:
        flash("已更新措施。", "success")
    return redirect(url_for("assistance.plan", household_id=household_id))


@bp.post("/measures/<int:measure_id>/need")
@login_required
def measure_need(measure_id: int):
    """Turn a measure into a draft need for the household (village officers and helpers)."""
    _checked_post()
    household_id = assistance.get_measure(_user(), measure_id).plan.household_id
    try:
        need = assistance.measure_to_need(_user(), measure_id, request.form.get("title", ""),
                                          request.form.get("description", ""), request.form.get("quantity", ""),
                                          request.form.get("unit", ""), request.form.get("need_kind", "goods"))
    except (Invalid, Conflict) as refusal:
        flash(refusal.message, "error")
        return redirect(url_for("assistance.plan", household_id=household_id))
    flash("已生成需求草稿，请补充照片后提交审核。", "success")
    return redirect(url_for("needs.manage", need_id=need.id))


@bp.post("/households/<int:household_id>/helper")
@login_required
def assign_helper(household_id: int):
    """Make a helper record the household's 帮扶责任人."""
    _checked_post()
    try:
        assistance.assign_helper(_user(), household_id, _int("helper_id", "帮扶责任人", required=False))
    except Invalid as invalid:
        flash(invalid.message, "error")
    else:
        flash("已指定帮扶责任人。", "success")
    return redirect(url_for("assistance.plan", household_id=household_id))


@bp.route("/helpers", methods=["GET", "POST"])
@login_required
def helpers():
    """The 帮扶责任人 database of the scope (paginated); offices add helpers here."""
    user = _user()
    error = None
    if request.method == "POST":
        _checked_post()
        try:
            assistance.create_helper(user, assistance.HelperInput(
                region_code=(request.form.get("region_code") or "").strip(), name=request.form.get("name", ""),
                unit=request.form.get("unit", ""), position=request.form.get("position", ""),
                phone=request.form.get("phone", "")))
        except Invalid as invalid:
            error = invalid
        else:
            flash("已添加帮扶责任人。", "success")
            return redirect(url_for("assistance.helpers"))
    page, rows = assistance.list_helpers(user, page_arg(), **cursor_args())
    return render_template("assistance/helpers.html", page=page, rows=rows, error=error, form=EmptyForm(),
                           values=request.form, default_region=scope.region_scope(user) or ""), \
        400 if error else 200


@bp.get("/helpers/<int:helper_id>")
@login_required
def helper(helper_id: int):
    """A helper and the households it answers for (inside the user's scope)."""
    item = assistance.get_helper(_user(), helper_id)
    return render_template("assistance/helper.html", helper=item,
                           households=assistance.helper_households(_user(), item))


@bp.route("/teams", methods=["GET", "POST"])
@login_required
def teams():
    """The 驻村工作队 of the scope (paginated); offices record a new team here."""
    user = _user()
    error = None
    if request.method == "POST":
        _checked_post()
        assistance.require_office_role(user)
        try:
            team = assistance.create_team(user, _int("village_id", "村") or 0, request.form.get("sending_unit", ""),
                                          _date("started_on", "进驻日期"), _date("ended_on", "撤离日期"),
                                          request.form.get("note", ""))
        except Invalid as invalid:
            error = invalid
        else:
            flash("已登记驻村工作队。", "success")
            return redirect(url_for("assistance.team", team_id=team.id))
    villages = registry.villages_in_scope(user) if user.role in ("office", "admin") else []
    return render_template("assistance/teams.html", page=assistance.list_teams(user, page_arg(), **cursor_args()), error=error,
                           villages=villages[:500], form=EmptyForm(), values=request.form,
                           today=clock.china_today(), **_labels()), 400 if error else 200


@bp.get("/teams/<int:team_id>")
@login_required
def team(team_id: int):
    """A team with its members (第一书记 first)."""
    return render_template("assistance/team.html", team=assistance.get_team(_user(), team_id), form=EmptyForm(),
                           today=clock.china_today(), **_labels())


@bp.post("/teams/<int:team_id>/members")
@login_required
def add_team_member(team_id: int):
    """Add a member to a team."""
    _checked_post()
    try:
        assistance.add_team_member(_user(), team_id, request.form.get("name", ""), request.form.get("role", ""),
                                   request.form.get("unit", ""), request.form.get("phone", ""))
    except Invalid as invalid:
        flash(invalid.message, "error")
    else:
        flash("已添加队员。", "success")
    return redirect(url_for("assistance.team", team_id=team_id))


@bp.post("/teams/<int:team_id>/end")
@login_required
def end_team(team_id: int):
    """Record the day a team left its village."""
    _checked_post()
    try:
        assistance.end_team(_user(), team_id, _date("ended_on", "撤离日期"))
    except Invalid as invalid:
        flash(invalid.message, "error")
    else:
        flash("已登记撤离。", "success")
    return redirect(url_for("assistance.team", team_id=team_id))


@bp.get("/export/<what>.xlsx")
@login_required
def export(what: str):
    """Download the plans, teams or helpers in scope as .xlsx (streamed from a spool file; audited)."""
    if what not in assistance.EXPORTS:
        abort(404)
    name = f"{what}_{clock.china_today():%Y%m%d}.xlsx"
    return download(lambda out: assistance.export(_user(), what, out), name)
