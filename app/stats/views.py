"""Statistics views: parse the request, read the figures through `services.stats`, render or stream a file."""

from __future__ import annotations

from pathlib import Path

from flask import Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .. import clock
from ..downloads import XLSX, download
from ..errors import Invalid, NotFound
from ..forms import cursor_args, page_arg
from ..services import figures, portal
from ..services.stats import assessment, dashboard, exports, lists, public
from . import bp, charts

ECHARTS_FILE = "echarts.min.js"


def _user():
    return current_user._get_current_object()


def echarts_dir() -> Path:
    """Return the dist folder of the installed npm package echarts (ECHARTS_DIR overrides it)."""
    configured = current_app.config.get("ECHARTS_DIR")
    return Path(configured) if configured else Path(current_app.root_path).parent / "node_modules" / "echarts" / "dist"


@bp.get("/stats/assets/echarts.min.js")
def echarts_asset():
    """Serve Apache ECharts from the npm package (no CDN); 404 when `npm ci` has not installed it."""
    path = echarts_dir() / ECHARTS_FILE
    if not path.is_file():
        abort(404)
    response = Response(path.read_bytes(), mimetype="text/javascript")
    response.cache_control.public = True
    response.cache_control.max_age = 86400
    response.add_etag()
    return response.make_conditional(request)


def _download(write, name: str, mimetype: str = XLSX) -> Response:
    return download(write, name, mimetype)


# ---------------------------------------------------------------- public statistics


@bp.get("/stats")
def overview():
    """Show 对接成效 for the whole country or a region (?region=53, 5325, 532622), with charts and tables."""
    code = (request.args.get("region") or "").strip()
    if len(code) > 6:
        raise NotFound("公开统计细化到县")
    region = public.check_region(code)
    snapshot = figures.get("stats.overview", code)
    return render_template("stats/overview.html", data=snapshot.payload, computed_at=snapshot.computed_at,
                           region=region, path=portal.region_path(region) if region else [],
                           charts=charts.overview(snapshot.payload))


# ---------------------------------------------------------------- office dashboard


@bp.get("/dashboard")
@login_required
def dashboard_page():
    """Show an office the dashboard of its region or of a region under it (?region=…)."""
    region = dashboard.dashboard_region(_user(), request.args.get("region"))
    prefix = region.code if region else ""
    snapshots = dashboard.snapshots(prefix)
    payloads = {name: snap.payload for name, snap in snapshots.items()}
    return render_template(
        "stats/dashboard.html", region=region, prefix=prefix, figures=payloads,
        computed_at=min(s.computed_at for s in snapshots.values()),
        path=portal.region_path(region) if region else [],
        children=figures.get("stats.overview", prefix).payload["children"],
        own=(_user().region_code or "") if _user().role == "office" else "",
        charts=charts.dashboard(payloads),
    )


@bp.get("/dashboard/export.xlsx")
@login_required
def dashboard_export():
    """Download the dashboard's tables of a region as .xlsx (aggregates only: no personal data)."""
    region = dashboard.dashboard_region(_user(), request.args.get("region"))
    prefix = region.code if region else ""
    payloads = {name: snap.payload for name, snap in dashboard.snapshots(prefix).items()}
    name = region.name if region else "全国"
    return _download(lambda out: exports.write_workbook(exports.dashboard_sheets(name, payloads), out),
                     f"dashboard_{prefix or 'national'}_{clock.china_today():%Y%m%d}.xlsx")


@bp.get("/dashboard/<any(needs, pledges, projects):kind>")
@login_required
def office_list(kind: str):
    """List the needs, pledges or projects of the office's region behind a figure, with the figure's filters."""
    try:
        filters = lists.parse(kind, request.args)
    except Invalid as error:
        flash(error.message, "error")
        filters = lists.ListFilters()
    page = lists.page(kind, _user(), filters, page_arg(), **cursor_args())
    return render_template("stats/list.html", kind=kind, page=page, filters=filters, headers=lists.HEADERS[kind],
                           row=lists.row, described=lists.describe(kind, filters))


@bp.get("/dashboard/<any(needs, pledges, projects):kind>.xlsx")
@login_required
def office_list_export(kind: str):
    """Download a whole office list (all pages, its filters) as .xlsx; audited."""
    try:
        filters = lists.parse(kind, request.args)
    except Invalid as error:
        flash(error.message, "error")
        return redirect(url_for("stats.office_list", kind=kind))
    lists.page(kind, _user(), filters, 1, 1)  # Forbidden / NotFound before the download starts
    return _download(lambda out: exports.export_list(kind, _user(), filters, out),
                     f"{kind}_{clock.china_today():%Y%m%d}.xlsx")


@bp.get("/dashboard/offers.xlsx")
@login_required
def offers_export():
    """Download the active offers that may go to the office's region as .xlsx; audited."""
    exports.check_offers_user(_user())
    return _download(lambda out: exports.export_offers(_user(), out), f"offers_{clock.china_today():%Y%m%d}.xlsx")


# ---------------------------------------------------------------- county assessment


def _assessment():
    user = _user()
    own = assessment.assessment_scope(user)
    year = assessment.parse_year(request.args.get("year"), default=clock.china_today().year)
    region = (request.args.get("region") or "").strip()
    if region and (not (region.isascii() and region.isdigit()) or not region.startswith(own)):
        raise NotFound("该地区不在您的管辖范围内")
    snapshot = figures.get("assessment.counties", str(year))
    return year, snapshot, assessment.visible_counties(user, snapshot.payload, region), region or own


@bp.get("/assessment")
@login_required
def assessment_page():
    """Show the county assessment of a year for the counties the office may see."""
    try:
        year, snapshot, counties, region = _assessment()
    except Invalid as error:
        flash(error.message, "error")
        return redirect(url_for("stats.assessment_page"))
    names = public.region_names({region}) if region else {}
    return render_template("stats/assessment.html", year=year, payload=snapshot.payload, counties=counties,
                           computed_at=snapshot.computed_at, region=region, region_name=names.get(region, "全国"),
                           years=range(clock.china_today().year, 2015, -1))


@bp.get("/assessment/<county>")
@login_required
def assessment_county(county: str):
    """Show one county's indicators for a year: numerator, denominator, value, score and the rows behind them."""
    year, snapshot, counties, _region = _assessment()
    found = next((c for c in counties if c["code"] == county), None)
    if found is None:
        raise NotFound("该县没有考核数据，或不在您的管辖范围内")
    links = {}
    for ind in snapshot.payload["indicators"]:
        endpoint, args = assessment.rows_link(ind, county, year)
        links[ind["code"]] = url_for(endpoint, **args)
    return render_template("stats/assessment_county.html", year=year, payload=snapshot.payload, county=found,
                           computed_at=snapshot.computed_at, links=links)


@bp.get("/assessment/export.xlsx")
@login_required
def assessment_export():
    """Download the assessment table of a year as .xlsx; audited."""
    year, snapshot, counties, _region = _assessment()
    return _download(lambda out: exports.export_assessment(_user(), snapshot.payload, counties, out),
                     f"assessment_{year}.xlsx")


@bp.get("/assessment/report.pdf")
@login_required
def assessment_pdf():
    """Download the assessment of a year as a PDF report (ReportLab, embedded CJK font); audited."""
    year, snapshot, counties, region = _assessment()
    name = public.region_names({region}).get(region, "全国") if region else "全国"
    stamp = snapshot.computed_at.astimezone(clock.CHINA).strftime("%Y-%m-%d %H:%M")
    return _download(lambda out: exports.assessment_pdf(_user(), snapshot.payload, counties, name, stamp, out),
                     f"assessment_{year}.pdf", "application/pdf")
