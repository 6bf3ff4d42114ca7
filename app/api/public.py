"""Public, anonymous reads: needs, offers, organisations, cooperation projects, regions, pairings, search.

Each endpoint validates its query with the service's own filter class (so a bad filter gets the
page's message), calls the service the page calls and returns what it returns, masked by the service.
"""

from __future__ import annotations

from .base import ApiBlueprint as Blueprint

from ..services import browse, donor, offers, portal
from . import paging
from .problems import raise_problem
from .schemas import (
    OfferListQuery,
    OrganisationListQuery,
    OrganisationSchema,
    PairingSchema,
    ProjectListQuery,
    ProjectSchema,
    PublicNeedSchema,
    PublicOfferSchema,
    RegionDetailSchema,
    RegionSchema,
    SearchQuery,
    SearchResultSchema,
    NeedListQuery,
    paged,
)

needs_blp = Blueprint("api_needs", __name__, url_prefix="/api/v1/needs", description="公开的需求（已脱敏）")
offers_blp = Blueprint("api_offers", __name__, url_prefix="/api/v1/offers", description="公开的帮扶资源")
orgs_blp = Blueprint("api_organisations", __name__, url_prefix="/api/v1/organisations",
                     description="已认证的帮扶主体")
projects_blp = Blueprint("api_projects", __name__, url_prefix="/api/v1/projects", description="东西部协作项目")
regions_blp = Blueprint("api_regions", __name__, url_prefix="/api/v1/regions", description="行政区划与贫困县")
pairings_blp = Blueprint("api_pairings", __name__, url_prefix="/api/v1/pairings", description="东西部扶贫协作结对")
search_blp = Blueprint("api_search", __name__, url_prefix="/api/v1/search", description="需求搜索（与搜索页同一引擎）")
BLUEPRINTS = (needs_blp, offers_blp, orgs_blp, projects_blp, regions_blp, pairings_blp, search_blp)


def _text(args: dict, name: str) -> str | None:
    value = args.get(name)
    if value is not None and "\x00" in value:
        raise_problem("invalid", "参数包含无效字符", [{"field": name, "message": "参数包含无效字符"}])
    return value or None


# ------------------------------------------------------------------ needs


@needs_blp.route("/")
@needs_blp.arguments(NeedListQuery, location="query")
@needs_blp.response(200, paged(PublicNeedSchema, "PublicNeedPage"))
def list_needs(args):
    """List published needs, open ones first, newest first (the needs page's filters and order)."""
    filters = portal.NeedFilters(
        province=_text(args, "province"), category=_text(args, "category"), region=_text(args, "region"),
        status=_text(args, "status"), text=_text(args, "q"),
    )
    return paging.NEEDS.answer(args, lambda after, size: portal.public_needs_after(filters, after, size),
                               portal.public_need_records)


@needs_blp.route("/<int:need_id>")
@needs_blp.response(200, PublicNeedSchema)
def get_need(need_id):
    """Return one published need, masked as on its page; 404 for needs that are not public."""
    return portal.public_need_record(portal.get_public_need(need_id))


# ------------------------------------------------------------------ offers


def _offer_record(offer) -> dict:
    return {
        "id": offer.id, "title": offer.title, "description": offer.description, "kind": offer.kind,
        "service_type": offer.service_type, "categories": offer.categories, "regions": offer.regions,
        "quantity": offer.quantity, "remaining": offer.remaining, "unit": offer.unit,
        "valid_from": offer.valid_from, "valid_until": offer.valid_until, "status": offer.status,
        "status_label": offer.status_label, "poster": offers.poster_label(offer),
        "organisation_id": offer.organisation_id,
    }


@offers_blp.route("/")
@offers_blp.arguments(OfferListQuery, location="query")
@offers_blp.response(200, paged(PublicOfferSchema, "PublicOfferPage"))
def list_offers(args):
    """List public offers, newest first, with the offers page's filters (active ones unless ``status``)."""
    filters = offers.OfferFilters(
        kind=_text(args, "kind"), category=_text(args, "category"), province=_text(args, "province"),
        org_kind=_text(args, "org_kind"), status=_text(args, "status"),
    )
    return paging.OFFERS.answer(args, lambda after, size: offers.public_offers_after(filters, after, size),
                                lambda items: [_offer_record(o) for o in items])


@offers_blp.route("/<int:offer_id>")
@offers_blp.response(200, PublicOfferSchema)
def get_offer(offer_id):
    """Return one public offer (a withdrawn one only to whoever manages it)."""
    from flask_login import current_user

    return _offer_record(offers.get_offer(offer_id, current_user._get_current_object()))


# ------------------------------------------------------------------ organisations


def _organisation_record(org) -> dict:
    return {"id": org.id, "name": org.name, "kind": org.kind, "kind_label": org.kind_label,
            "region_code": org.region_code, "credit_code": org.credit_code, "description": org.description}


@orgs_blp.route("/")
@orgs_blp.arguments(OrganisationListQuery, location="query")
@orgs_blp.response(200, paged(OrganisationSchema, "OrganisationPage"))
def list_organisations(args):
    """List verified organisations by kind and name (no contact person or phone)."""
    kind = _text(args, "kind")
    return paging.ORGANISATIONS.answer(args, lambda after, size: donor.organisations_after(kind, after, size),
                                       lambda items: [_organisation_record(o) for o in items])


@orgs_blp.route("/<int:organisation_id>")
@orgs_blp.response(200, OrganisationSchema)
def get_organisation(organisation_id):
    """Return one verified organisation; 404 for unverified ones, as on the page."""
    return _organisation_record(donor.get_public_organisation(organisation_id))


# ------------------------------------------------------------------ cooperation projects


def _project_record(project) -> dict:
    return {
        "id": project.id, "title": project.title, "description": project.description,
        "category": project.category, "budget": project.budget, "spent": project.spent, "year": project.year,
        "beneficiaries_count": project.beneficiaries_count, "status": project.status,
        "status_label": project.status_label, "organisation_id": project.organisation_id,
        "organisation_name": project.organisation.name, "helper_region_code": project.helper_region_code,
        "recipient_region_code": project.recipient_region_code,
    }


@projects_blp.route("/")
@projects_blp.arguments(ProjectListQuery, location="query")
@projects_blp.response(200, paged(ProjectSchema, "ProjectPage"))
def list_projects(args):
    """List cooperation projects, newest year first, optionally of a helper or recipient region."""
    return paging.PROJECTS.answer(
        args, lambda after, size: portal.projects_after(after, size, args.get("helper"), args.get("recipient")),
        lambda items: [_project_record(p) for p in items])


@projects_blp.route("/<int:project_id>")
@projects_blp.response(200, ProjectSchema)
def get_project(project_id):
    """Return one cooperation project."""
    return _project_record(portal.get_project(project_id))


# ------------------------------------------------------------------ regions and pairings


def _region_record(region) -> dict:
    return {"code": region.code, "name": region.name, "level": region.level, "parent_code": region.parent_code,
            "is_poverty_county": bool(region.is_poverty_county), "poverty_exit_year": region.poverty_exit_year}


@regions_blp.route("/")
@regions_blp.response(200, RegionSchema(many=True))
def list_provinces():
    """List the provinces."""
    return [_region_record(r) for r in portal.child_regions(None)]


@regions_blp.route("/<code>")
@regions_blp.response(200, RegionDetailSchema)
def get_region(code):
    """Return a region with its path from the province and the regions directly under it."""
    if len(code) > 12:
        raise_problem("not-found", "该地区不存在")
    region = portal.get_region(code)
    children = portal.child_regions(region) if region.level != "township" else []
    return {**_region_record(region), "path": [_region_record(r) for r in portal.region_path(region)],
            "children": [_region_record(r) for r in children]}


@pairings_blp.route("/")
@pairings_blp.response(200, PairingSchema(many=True))
def list_pairings():
    """List the east–west pairings (2016 list)."""
    return [{"id": p.id, "helper_code": p.helper_code, "helper_name": p.helper.name,
             "recipient_code": p.recipient_code, "recipient_name": p.recipient.name, "period": p.period}
            for p in portal.pairings()]


# ------------------------------------------------------------------ search


@search_blp.route("/")
@search_blp.arguments(SearchQuery, location="query")
@search_blp.response(200, SearchResultSchema)
def search(args):
    """Search published needs with the search page's engine, analysis, filters, facets and sorting.

    When the engine is down the answer comes from the database (``engine_down``: true), as on the page.
    """
    raw = {k: v for k, v in args.items() if k not in ("limit", "page") and v is not None}
    for name in raw:
        _text(raw, name)
    raw["page"] = str(args["page"])
    form = browse.SearchForm.from_args(raw)
    result = browse.run(form, per_page=args["limit"])
    ids = []
    for hit in result.hits:
        try:
            ids.append(int(hit["id"]))
        except (TypeError, ValueError):
            continue
    needs = portal.public_needs_by_ids(ids)
    records = {r["id"]: r for r in portal.public_need_records(list(needs.values()))}
    hits = []
    for hit in result.hits:
        record = records.get(int(hit["id"])) if str(hit["id"]).isdigit() else None
        if record is None:  # indexed but no longer public: the engine lags the database by the outbox
            continue
        hits.append({
            "id": record["id"], "title": record["title"], "highlighted_title": hit.get("title"),
            "snippet": hit.get("snippet"), "category": record["category"], "kind": record["kind"],
            "status": record["status"], "urgency": record["urgency"], "remaining": float(record["remaining"]),
            "unit": record["unit"], "place": " ".join(record["place"]["names"]),
        })
    facets = {name: [{"value": v, "label": label, "count": n} for v, label, n in buckets]
              for name, buckets in result.facets.items()}
    return {"total": result.total, "page": result.page, "pages": result.pages, "engine_down": result.engine_down,
            "hits": hits, "facets": facets}
