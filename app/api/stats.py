"""Read-only statistics (issue 16): 对接成效 in public, an office's dashboard, the county assessment.

Each endpoint returns a precomputed figure exactly as the page shows it (``app/services/stats``) with
the time it was computed, after the same checks as the page: the dashboard for offices and admins
inside their region, the assessment for offices from county level up (a county sees itself).
"""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from ..services import figures
from ..services.stats import assessment, dashboard, public
from ..clock import china_today
from .auth import me, require_scope
from .base import ApiBlueprint as Blueprint
from .schemas import ZhSchema

blp = Blueprint("api_stats", __name__, url_prefix="/api/v1/stats",
                description="统计：对接成效（公开）、工作台与县级考核（扶贫办，令牌权限 read）")

class RegionQuery(ZhSchema):
    region = fields.String(load_default="", validate=validate.Regexp(r"^(|\d{2}|\d{4}|\d{6}|\d{9})$",
                                                                     error="地区代码无效"))


class AssessmentQuery(RegionQuery):
    year = fields.Integer(validate=validate.Range(min=2014, max=2100, error="考核年度应为2014–2100之间的年份"))


class FigureSchema(ma.Schema):
    """A precomputed figure: its family, scope, payload (see docs/statistics.md) and when it was computed."""

    key = fields.String(required=True)
    scope = fields.String(required=True)
    computed_at = fields.DateTime(required=True)
    payload = fields.Dict(required=True)


class DashboardSchema(ma.Schema):
    """The four dashboard figures of a region."""

    region = fields.String(required=True)
    computed_at = fields.DateTime(required=True)
    registry = fields.Dict(required=True)
    needs = fields.Dict(required=True)
    help = fields.Dict(required=True)
    projects = fields.Dict(required=True)


def _figure(snapshot: figures.Snapshot, payload: dict | None = None) -> dict:
    return {"key": snapshot.key, "scope": snapshot.scope, "computed_at": snapshot.computed_at,
            "payload": snapshot.payload if payload is None else payload}


@blp.route("/overview", methods=["GET"])
@blp.arguments(RegionQuery, location="query")
@blp.response(200, FigureSchema)
def overview(args):
    """Return 对接成效 of the whole country or of a province, prefecture or county (public)."""
    region = args["region"]
    if len(region) > 6:
        from ..errors import NotFound

        raise NotFound("公开统计细化到县")
    public.check_region(region)
    return _figure(figures.get("stats.overview", region))


@blp.route("/dashboard", methods=["GET"])
@require_scope("read")
@blp.arguments(RegionQuery, location="query")
@blp.response(200, DashboardSchema)
def dashboard_figures(args):
    """Return the dashboard of the caller's region or of a region under it (offices and admins)."""
    region = dashboard.dashboard_region(me(), args["region"] or None)
    prefix = region.code if region else ""
    snapshots = dashboard.snapshots(prefix)
    return {"region": prefix, "computed_at": min(s.computed_at for s in snapshots.values()),
            **{name: snap.payload for name, snap in snapshots.items()}}


@blp.route("/assessment", methods=["GET"])
@require_scope("read")
@blp.arguments(AssessmentQuery, location="query")
@blp.response(200, FigureSchema)
def assessment_table(args):
    """Return the county assessment of a year for the counties the caller may see (county offices and above)."""
    user = me()
    own = assessment.assessment_scope(user)
    region = args["region"] if args["region"].startswith(own) else own
    year = args.get("year") or china_today().year
    snapshot = figures.get("assessment.counties", str(year))
    counties = assessment.visible_counties(user, snapshot.payload, region)
    return _figure(snapshot, {**snapshot.payload, "counties": counties})
