"""Public pages: parse the request, ask `services.portal`, render."""

from flask import current_app, render_template, request

from ..forms import cursor_args, page_arg
from ..services import portal
from ..services import regions as chooser
from . import bp


@bp.get("/")
def home():
    """Show the key figures and the newest published needs."""
    return render_template(
        "public/home.html",
        figures=portal.key_figures(),
        needs=portal.newest_needs(),
        projects=portal.newest_projects(4),
    )


@bp.get("/needs")
def needs():
    """List published needs with pagination, province / category filters, 只看待认领 (on by default) and sorting."""
    # The region chooser (province → prefecture → county → township); ?region= and ?province= links still work.
    place = chooser.picker_from("region", request.args, default=request.args.get("province") or None)
    filters = portal.NeedFilters(
        category=request.args.get("category") or None,
        # A code in a link that names no division (?region=²²) is refused by the filters' check (400),
        # not silently widened to the whole country; the chooser's selects are already cut to valid levels.
        region=place.code or place.submitted,
        status=request.args.get("status") or None,
        text=request.args.get("q") or None,
        open_only=request.args.get("open", "1") != "0",
        sort=request.args.get("sort") or "newest",
    )
    page = _needs_page(filters)
    return render_template(
        "public/needs.html", page=page, filters=filters, place=place, sorts=portal.NEED_LIST_SORTS,
    )


def _needs_page(filters: portal.NeedFilters) -> portal.NeedsPage:
    """Return the page of ``filters`` the query string asks for: a cursor (after / before) or a page number."""
    return portal.needs_page(
        filters, page_arg(), current_app.config["NEEDS_PER_PAGE"],
        after=request.args.get("after") or None, before=request.args.get("before") or None,
    )


@bp.get("/needs/<int:need_id>")
def need_detail(need_id: int):
    """Show one public need, masked as DESIGN.md requires."""
    need = portal.get_public_need(need_id)
    path = portal.region_path(need.village.township)
    return render_template("public/need_detail.html", need=need, path=path, progress=portal.need_progress(need))


@bp.get("/regions")
def regions():
    """List provinces and the national poverty counties."""
    return render_template(
        "public/regions.html", provinces=portal.child_regions(None), counties=portal.poverty_counties()
    )


@bp.get("/regions/<code>")
def region(code: str):
    """Show a region: its sub-regions, figures and published needs."""
    region = portal.get_region(code)
    filters = portal.NeedFilters(region=region.code)
    return render_template(
        "public/region.html",
        region=region,
        path=portal.region_path(region),
        children=portal.child_regions(region) if region.level != "township" else [],
        figures=portal.key_figures(region.code),
        page=_needs_page(filters),
    )


@bp.get("/projects")
def projects():
    """List cooperation projects of the east–west pairings."""
    page = portal.list_projects(page_arg(), 20, request.args.get("helper"), request.args.get("recipient"),
                                **cursor_args())
    return render_template("public/projects.html", page=page, pairings=portal.pairings())


@bp.get("/projects/<int:project_id>")
def project_detail(project_id: int):
    """Show one cooperation project with its confirmed progress."""
    return render_template("public/project_detail.html", project=portal.get_project(project_id))
