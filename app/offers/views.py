"""Offer views: parse the form, call `services.offers`, render or redirect."""

from __future__ import annotations

from decimal import Decimal

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..errors import Conflict, Invalid
from ..forms import cursor_args, page_arg
from ..models._types import plain_quantity
from ..models import OFFER_STATUSES, ORGANISATION_KINDS
from ..services import matching, portal, regions
from ..services import offers as service
from . import bp
from .forms import ContactPosterForm, OfferActionForm, OfferForm, attach_error, form_status


TARGET_PICKER = "target"  # the chooser's selects: target-province, target-prefecture, target-county
TARGET_LIST = "target_regions"  # the chosen regions, one checkbox each


def _targets(offer=None) -> tuple[regions.Picker, list[str]]:
    """Return the target chooser and the chosen codes: kept checkboxes plus the region in the selects.

    "添加该地区" adds the selects' region and empties them; saving adds it too, so a county picked
    without pressing "添加" is not lost. The service checks every code.
    """
    if request.method != "POST":
        return regions.picker(TARGET_PICKER, None, deepest="county"), list(offer.regions) if offer else []
    chooser = regions.picker_from(TARGET_PICKER, request.form, deepest="county")
    codes = list(dict.fromkeys(c.strip() for c in request.form.getlist(TARGET_LIST) if c.strip()))
    action = request.form.get("region_pick")
    if action in (None, f"{TARGET_PICKER}:add") and chooser.submitted and chooser.submitted not in codes:
        codes.append(chooser.submitted)
    if action == f"{TARGET_PICKER}:add":
        chooser = regions.picker(TARGET_PICKER, None, deepest="county")
    return chooser, codes


def _render_form(form: OfferForm, offer, chooser: regions.Picker, codes: list[str], region_errors=()):
    labels = regions.names(codes)
    return render_template(
        "offers/form.html", form=form, offer=offer, chooser=chooser,
        chosen=[(c, labels.get(c, c)) for c in codes], region_errors=list(region_errors),
    ), 400 if region_errors else form_status(form)


def _input_from(form: OfferForm, codes: list[str]) -> service.OfferInput:
    return service.OfferInput(
        kind=form.kind.data or "",
        service_type=form.service_type.data or "",
        title=form.title.data or "",
        categories=list(form.categories.data or []),
        description=form.description.data or "",
        quantity=(form.quantity.data or "").strip() or None,
        unit=form.unit.data or "",
        region_codes=codes,
        valid_from=form.valid_from.data,
        valid_until=form.valid_until.data,
        per_beneficiary_cap=(form.per_beneficiary_cap.data or "").strip() or None,
    )


def _offer_form(offer=None) -> OfferForm:
    form = OfferForm(obj=None)
    if offer is not None and request.method == "GET":
        form.kind.data = offer.kind
        form.service_type.data = offer.service_type
        form.title.data = offer.title
        form.categories.data = offer.categories
        form.description.data = offer.description
        form.quantity.data = _plain(offer.quantity)
        form.unit.data = offer.unit
        form.valid_from.data = offer.valid_from
        form.valid_until.data = offer.valid_until
        form.per_beneficiary_cap.data = _plain(offer.per_beneficiary_cap) if offer.per_beneficiary_cap else ""
    return form


def _plain(value: Decimal) -> str:
    return plain_quantity(value)


@bp.get("/")
def index():
    """List public offers with kind, category, target province and organisation-kind filters."""
    filters = service.OfferFilters(
        kind=request.args.get("kind") or None,
        category=request.args.get("category") or None,
        province=request.args.get("province") or None,
        org_kind=request.args.get("org_kind") or None,
        status=request.args.get("status") or None,
    )
    page = service.offers_page(filters, page_arg(), 20, request.args.get("after") or None,
                               request.args.get("before") or None)
    names = service.region_names({c for o in page.items for c in o.regions})
    return render_template(
        "offers/index.html",
        page=page,
        filters=filters,
        provinces=portal.child_regions(None),
        org_kinds=ORGANISATION_KINDS,
        statuses=OFFER_STATUSES,
        names=names,
        poster_label=service.poster_label,
    )


@bp.get("/<int:offer_id>")
def detail(offer_id: int):
    """Show one offer: what, how much is left, where it may go, who offers it."""
    offer = service.get_offer(offer_id, current_user)
    can_manage = service.can_manage(current_user, offer)
    # 本资源可对接的需求: the matcher's stored results, with reasons (scored now if the worker has not yet).
    candidates = matching.matches_for_offer(offer) if can_manage and offer.status == "active" else []
    return render_template(
        "offers/detail.html",
        offer=offer,
        names=service.region_names(offer.regions),
        candidates=candidates,
        pledge_endpoint="needs.pledge"
        if "needs.pledge" in current_app.view_functions
        else "public.need_detail",
        given=service.given(offer),
        pledges=service.offer_pledges(offer),
        poster_label=service.poster_label(offer),
        can_manage=can_manage,
        can_contact=offer.status == "active" and service.aimed_at_office(current_user, offer),
        transitions=service.TRANSITIONS,
        service_types=service.SERVICE_TYPES,
        action_form=OfferActionForm(),
    )


@bp.route("/new", methods=["GET", "POST"])
@login_required
def new():
    """Post an offer."""
    service.require_can_post(current_user)
    form = _offer_form()
    chooser, codes = _targets()
    if request.form.get("region_pick"):  # a step of the chooser without JavaScript: show the form again
        return _render_form(form, None, chooser, codes)
    if form.validate_on_submit():
        try:
            offer = service.post_offer(current_user, _input_from(form, codes))
        except Invalid as error:
            if error.field == "region_codes":
                return _render_form(form, None, chooser, codes, [error.message])
            attach_error(form, error)
        else:
            flash("帮扶资源已发布。", "success")
            return redirect(url_for("offers.detail", offer_id=offer.id))
    return _render_form(form, None, chooser, codes)


@bp.route("/<int:offer_id>/edit", methods=["GET", "POST"])
@login_required
def edit(offer_id: int):
    """Edit an offer; its quantity may not drop below what has been given."""
    offer = service.get_offer(offer_id, current_user)
    if not service.can_manage(current_user, offer):
        abort(403)
    form = _offer_form(offer)
    chooser, codes = _targets(offer)
    if request.form.get("region_pick"):
        return _render_form(form, offer, chooser, codes)
    if form.validate_on_submit():
        try:
            service.edit_offer(current_user, offer, _input_from(form, codes))
        except (Invalid, Conflict) as error:
            if error.field == "region_codes":
                return _render_form(form, offer, chooser, codes, [error.message])
            attach_error(form, error)
        else:
            flash("帮扶资源已更新。", "success")
            return redirect(url_for("offers.detail", offer_id=offer.id))
    return _render_form(form, offer, chooser, codes)


@bp.post("/<int:offer_id>/<any(pause, resume, withdraw):action>")
@login_required
def change_state(offer_id: int, action: str):
    """Pause, resume or withdraw an offer."""
    offer = service.get_offer(offer_id, current_user)
    form = OfferActionForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        service.change_state(current_user, offer, action)
    except Conflict as error:
        flash(error.message, "error")
    else:
        flash(f"帮扶资源已{service.TRANSITIONS[action][2]}。", "success")
    return redirect(url_for("offers.detail", offer_id=offer.id))


@bp.get("/region-codes")
def region_codes():
    """List the prefectures and counties of a province with their codes, to fill the offer form."""
    code = request.args.get("province") or ""
    province = portal.get_region(code) if code else None
    prefectures = portal.child_regions(province) if province else []
    counties = {p.code: portal.child_regions(p) for p in prefectures}
    return render_template(
        "offers/region_codes.html",
        provinces=portal.child_regions(None),
        province=province,
        prefectures=prefectures,
        counties=counties,
    )


@bp.get("/mine")
@login_required
def mine():
    """List the offers the signed-in user posted."""
    offers = service.my_offers(current_user)
    return render_template(
        "offers/mine.html",
        offers=offers,
        names=service.region_names({c for o in offers for c in o.regions}),
        given=service.given,
    )


@bp.get("/office")
@login_required
def office():
    """Show an office the active offers that may go to its region."""
    page = service.offers_for_office(
        current_user, page_arg(), 30, request.args.get("kind") or None, request.args.get("category") or None,
        **cursor_args(),
    )
    names = service.region_names({c for o in page.items for c in o.regions})
    return render_template("offers/office.html", page=page, names=names, poster_label=service.poster_label)


@bp.route("/<int:offer_id>/contact", methods=["GET", "POST"])
@login_required
def contact(offer_id: int):
    """Let an office message an offer's poster to steer the offer to a need."""
    offer = service.get_offer(offer_id, current_user)
    candidates = service.steer_candidates(current_user, offer)
    form = ContactPosterForm()
    need_id = request.args.get("need_id", "")
    if request.method == "GET" and need_id.isascii() and need_id.isdigit():  # "²".isdigit() is True too
        form.need_id.data = int(need_id)
    if form.validate_on_submit():
        try:
            service.contact_poster(current_user, offer, form.message.data, form.need_id.data)
        except Invalid as error:
            attach_error(form, error)
        else:
            flash("站内消息已发送给发布者。", "success")
            return redirect(url_for("offers.office"))
    return render_template(
        "offers/contact.html",
        form=form,
        offer=offer,
        candidates=candidates,
        poster_label=service.poster_label(offer),
    ), form_status(form)
