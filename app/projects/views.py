"""Cooperation project views: parse the form, call `services.projects`, render or redirect."""

from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..errors import Conflict, Invalid, NotFound
from ..security import safe_redirect_target
from ..offers.forms import attach_error, form_status
from ..services import projects as service
from ..services import regions, uploads
from . import bp
from .forms import ConfirmForm, ProjectForm, ReturnForm, UpdateForm


@bp.route("/new", methods=["GET", "POST"])
@login_required
def new():
    """Post a cooperation project for a county the organisation's region is paired with."""
    org = service.require_project_poster(current_user)
    paired = service.paired_recipients(org.region_code)
    form = ProjectForm()
    # Only the areas the organisation's province or city is paired with are offered; the service checks.
    county = regions.picker_from(
        "county_code", request.form, deepest="county", roots=[p.recipient_code for p in paired]
    )
    county_errors: list[str] = []
    if request.method == "GET":
        form.year.data = service.china_today().year
    elif request.form.get("region_pick"):
        pass  # a step of the chooser without JavaScript: show the form again, as typed
    elif form.validate_on_submit():
        data = service.ProjectInput(
            title=form.title.data,
            category=form.category.data,
            budget=form.budget.data,
            year=form.year.data,
            county_code=county.submitted or "",
            beneficiaries_count=form.beneficiaries_count.data,
            description=form.description.data or "",
        )
        try:
            project = service.post_project(current_user, data)
        except Invalid as error:
            if error.field == "county_code":
                county_errors.append(error.message)
            else:
                attach_error(form, error)
        else:
            flash("协作项目已发布。", "success")
            return redirect(url_for("projects.manage", project_id=project.id))
    status = 400 if county_errors else form_status(form)
    return render_template(
        "projects/form.html", form=form, org=org, paired=paired, county=county, county_errors=county_errors
    ), status


@bp.get("/<int:project_id>/manage")
@login_required
def manage(project_id: int):
    """Show a project with every update (confirmed or not) to its organisation and the recipient office."""
    project = service.get_managed_project(current_user, project_id)
    member = service.is_project_member(current_user, project)
    return render_template(
        "projects/manage.html",
        project=project,
        member=member,
        can_confirm=service.can_confirm(current_user, project),
        form=ConfirmForm(),
        transitions=service.TRANSITIONS,
    )


@bp.route("/<int:project_id>/updates/new", methods=["GET", "POST"])
@login_required
def new_update(project_id: int):
    """Report progress on a project: text, cumulative amount spent, photos."""
    project = service.get_project(project_id)
    service.require_member(current_user, project)
    form = UpdateForm()
    if form.validate_on_submit():
        try:
            service.post_update(
                current_user,
                project,
                form.text.data,
                form.amount_spent.data,
                request.files.getlist(form.photos.name),
            )
        except (Invalid, Conflict) as error:
            attach_error(form, error)
        else:
            flash("项目进展已提交，待受援地扶贫办确认后公开。", "success")
            return redirect(url_for("projects.manage", project_id=project.id))
    return render_template(
        "projects/update_form.html", form=form, project=project, previous=service.latest_amount(project)
    ), form_status(form)


@bp.post("/<int:project_id>/<any(start, complete, cancel):action>")
@login_required
def change_status(project_id: int, action: str):
    """Start, complete or cancel a project."""
    project = service.get_project(project_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        service.change_status(current_user, project, action)
    except Conflict as error:
        flash(error.message, "error")
    else:
        flash(f"项目已{service.TRANSITIONS[action][2]}。", "success")
    return redirect(url_for("projects.manage", project_id=project.id))


@bp.get("/office")
@login_required
def office():
    """List the progress updates waiting for this office's confirmation."""
    return _office_page()


@bp.post("/updates/<int:update_id>/confirm")
@login_required
def confirm(update_id: int):
    """Confirm one progress update as the recipient side's office."""
    if not ConfirmForm().validate_on_submit():
        abort(400)
    target = safe_redirect_target(request.form.get("next"), url_for("projects.office"), prefix="/projects/")
    try:
        entry = service.confirm_update(current_user, update_id)
    except Conflict as error:
        flash(error.message, "error")
        return redirect(url_for("projects.office"))
    flash(f"已确认“{entry.project.title}”的进展。", "success")
    return redirect(target)


@bp.post("/updates/<int:update_id>/return")
@login_required
def return_update(update_id: int):
    """Send a progress update back to the poster with the office's reason."""
    service.update_for_recipient_office(current_user, update_id)
    form = ReturnForm()
    if form.validate_on_submit():
        try:
            project = service.return_update(current_user, update_id, form.reason.data)
        except (Invalid, Conflict) as error:
            attach_error(form, error)
        else:
            flash(f"已退回“{project.title}”的进展，并通知了项目方。", "success")
            return redirect(url_for("projects.office"))
    return _office_page(return_form=form, failed_update_id=update_id), 400


def _office_page(**context):
    return render_template(
        "projects/office.html", updates=service.pending_updates(current_user), form=ConfirmForm(), **context
    )


@bp.get("/mine")
@login_required
def mine():
    """List the projects of the signed-in member's organisation."""
    org = service.require_project_poster(current_user)
    return render_template("projects/mine.html", org=org, projects=service.projects_of_organisation(org.id))


@bp.get("/pairings")
def pairings():
    """List the east–west pairings with their projects' counts, budgets and confirmed spending."""
    return render_template("projects/pairings.html", rows=service.pairings_overview())


@bp.get("/pairings/<helper_code>-<recipient_code>")
def pairing(helper_code: str, recipient_code: str):
    """Show one pairing (e.g. 上海市 → 云南省): all its projects, budgets and progress by year."""
    return render_template(
        "projects/pairing.html", summary=service.pairing_summary(helper_code, recipient_code)
    )


@bp.get("/photos/<int:photo_id>")
def photo(photo_id: int):
    """Serve a project-update photo: confirmed ones to everyone, others to the project's two sides."""
    record = service.get_update_photo(current_user, photo_id)
    path = uploads.path_of(record)
    if not path.exists():
        raise NotFound("照片不存在")
    # The bytes, not a file handle: photos are small, and a streamed file stays open until it is read.
    response = Response(path.read_bytes(), mimetype=record.content_type)
    response.headers["Cache-Control"] = "public, max-age=3600" if record.project_update.confirmed_at else "private, no-store"
    return response
