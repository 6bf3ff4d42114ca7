"""Registry views: parse the form, call `services.registry`, render or redirect."""

from __future__ import annotations

from flask import Response, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..errors import Invalid
from ..forms import show_error
from ..models import HOUSEHOLD_STATUSES
from ..needs.forms import EmptyForm
from .. import clock
from ..downloads import XLSX, download
from ..services import regions, registry, registry_export, registry_import, registry_query
from ..templating import id_url
from . import bp
from .forms import HouseholdForm, ImportForm, MemberForm
from .rows import rows_html



def _user():
    return current_user._get_current_object()


def _choices(form: HouseholdForm) -> None:
    form.village_id.choices = {v.id: f"{v.name}（{v.code}）" for v in registry.villages_in_scope(_user())}
    form.helper_id.choices = {0: "未指定", **{h.id: h.display_name for h in registry.helpers(_user())}}


def _input(form: HouseholdForm) -> registry.HouseholdInput:
    return registry.HouseholdInput(
        village_id=form.village_id.data,
        head_name=form.head_name.data or "",
        id_number=form.id_number.data or "",
        phone=form.phone.data or "",
        address=form.address.data or "",
        members_count=form.members_count.data or 0,
        attribute=form.attribute.data,
        main_cause=form.main_cause.data,
        other_causes=list(form.other_causes.data or []),
        income_per_capita=form.income_per_capita.data,
        registered_year=form.registered_year.data or 0,
        planned_exit_year=form.planned_exit_year.data,
        helper_id=form.helper_id.data or None,
    )


HELPER_PICKER_MAX = 300


def _filter_choices(query: registry_query.RegistryQuery) -> dict:
    # The region chooser down to the village, inside the user's own region (the service checks it again).
    place = regions.picker("region", query.region or None, deepest="village",
                           roots=regions.own_roots(_user()))
    return {"place": place, "helpers": registry_query.helpers_for_picker(_user(), HELPER_PICKER_MAX),
            "sorts": registry_query.SORTS,
            "per_page_choices": (20, 50, 100, registry_query.MAX_PER_PAGE)}


@bp.get("/")
@login_required
def index():
    """List the households inside the user's scope: searched, filtered, sorted, one page at a time."""
    error = None
    try:
        query = registry_query.parse_query(request.args)
        page = registry_query.search_households(_user(), query)
    except Invalid as invalid:
        registry.villages_in_scope(_user())  # refuses roles without the registry before showing anything
        error, query = invalid, registry_query.RegistryQuery()
        page = registry_query.RegistryPage(items=[], page=1, per_page=query.per_page, total=0)
    rows = registry_query.list_rows(_user(), page.items, via="registry.index")
    return render_template("registry/index.html", page=page, rows=rows, query=query, error=error,
                           rows_html=rows_html(rows, id_url("registry.detail", "household_id")),
                           statuses=HOUSEHOLD_STATUSES, **_filter_choices(query)), 400 if error else 200


@bp.route("/new", methods=["GET", "POST"])
@login_required
def create():
    """Register a household."""
    form = HouseholdForm()
    _choices(form)
    if form.validate_on_submit():
        try:
            household = registry.create_household(_user(), _input(form))
        except Invalid as error:
            show_error(form, error)
        else:
            flash("已建档。", "success")
            return redirect(url_for("registry.detail", household_id=household.id))
    return render_template("registry/form.html", form=form, household=None)


@bp.get("/<int:household_id>")
@login_required
def detail(household_id: int):
    """Show a household with its personal data (audited) and members."""
    household = registry.get_household(_user(), household_id)
    personal = registry.view_personal(_user(), household)
    return render_template("registry/detail.html", household=household, personal=personal,
                           member_form=MemberForm(), form=EmptyForm(), needs=registry.open_needs(household))


@bp.route("/<int:household_id>/edit", methods=["GET", "POST"])
@login_required
def edit(household_id: int):
    """Edit a household's registration data."""
    household = registry.get_household(_user(), household_id)
    # Only a GET starts from the stored row: an empty POST must not fall back to it and "save" unchanged data.
    form = HouseholdForm(obj=household) if request.method == "GET" else HouseholdForm()
    _choices(form)
    if request.method == "GET":
        registry.view_personal(_user(), household)  # the form shows the ID number, phone and address in clear
        form.helper_id.data = household.helper_id or 0
        form.other_causes.data = household.other_causes or []
    if form.validate_on_submit():
        try:
            registry.update_household(_user(), household, _input(form))
        except Invalid as error:
            show_error(form, error)
        else:
            flash("已保存。", "success")
            return redirect(url_for("registry.detail", household_id=household.id))
    return render_template("registry/form.html", form=form, household=household)


@bp.post("/<int:household_id>/members")
@login_required
def add_member(household_id: int):
    """Add a member to a household."""
    household = registry.get_household(_user(), household_id)
    form = MemberForm()
    if form.validate_on_submit():
        try:
            registry.add_member(_user(), household, form.name.data, form.relation.data, form.gender.data,
                                form.birth_year.data, form.health.data, form.education.data)
        except Invalid as error:
            flash(error.message, "error")
        else:
            flash("已添加家庭成员。", "success")
    else:
        flash("；".join(e for errors in form.errors.values() for e in errors), "error")
    return redirect(url_for("registry.detail", household_id=household.id))


@bp.post("/<int:household_id>/members/<int:member_id>/delete")
@login_required
def remove_member(household_id: int, member_id: int):
    """Remove a member from a household."""
    household = registry.get_household(_user(), household_id)
    EmptyForm().validate_on_submit()
    registry.remove_member(_user(), household, member_id)
    flash("已删除家庭成员。", "success")
    return redirect(url_for("registry.detail", household_id=household.id))


@bp.post("/<int:household_id>/exit")
@login_required
def mark_exited(household_id: int):
    """Mark a household exited (脱贫): its open needs are closed and the donors told."""
    household = registry.get_household(_user(), household_id)
    EmptyForm().validate_on_submit()
    closed = registry.mark_exited(_user(), household)
    flash(f"已标记脱贫，关闭进行中的需求 {len(closed)} 条。", "success")
    return redirect(url_for("registry.detail", household_id=household.id))


@bp.post("/<int:household_id>/return")
@login_required
def mark_returned(household_id: int):
    """Mark an exited household returned to poverty (返贫)."""
    household = registry.get_household(_user(), household_id)
    EmptyForm().validate_on_submit()
    registry.mark_returned(_user(), household)
    flash("已标记返贫。", "success")
    return redirect(url_for("registry.detail", household_id=household.id))


@bp.route("/import", methods=["GET", "POST"])
@login_required
def import_households():
    """Import households from a filled-in template: all rows or none."""
    registry.villages_in_scope(_user())  # refuses roles that do not manage the registry
    form = ImportForm()
    report = None
    if form.validate_on_submit():
        upload = form.file.data
        if not upload or not getattr(upload, "filename", ""):
            form.file.errors = ["请选择要导入的 .xlsx 文件"]
        else:
            report = registry_import.import_workbook(_user(), upload.read(registry_import.IMPORT_MAX_BYTES + 1))
            if report.ok:
                flash(f"导入成功：新建 {report.created} 户，更新 {report.updated} 户。", "success")
                return redirect(url_for("registry.index"))
            form.renew_token()  # nothing was imported: the corrected file may be sent from this page
    status = 400 if report is not None and not report.ok else 200
    return render_template("registry/import.html", form=form, report=report), status


@bp.get("/export.xlsx")
@login_required
def export():
    """Download the households of the current search (all pages) as .xlsx; audited."""
    try:
        query = registry_query.parse_query(request.args)
        name = f"registry_{clock.china_today():%Y%m%d}.xlsx"
        return download(lambda out: registry_export.export_households(
            _user(), query, out, max_rows=registry_export.WEB_EXPORT_MAX_ROWS), name)
    except Invalid as error:
        flash(error.message, "error")
        return redirect(url_for("registry.index", **request.args))


@bp.get("/import/template.xlsx")
@login_required
def import_template():
    """Download the import template."""
    registry.villages_in_scope(_user())
    return Response(registry_import.import_template(), mimetype=XLSX,
                    headers={"Content-Disposition": "attachment; filename=household_import_template.xlsx"})


@bp.context_processor
def _labels():
    from ..models import HOUSEHOLD_ATTRIBUTES, POVERTY_CAUSES

    return {"HOUSEHOLD_STATUSES": HOUSEHOLD_STATUSES, "HOUSEHOLD_ATTRIBUTES": HOUSEHOLD_ATTRIBUTES,
            "POVERTY_CAUSES": POVERTY_CAUSES}
