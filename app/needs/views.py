"""Views of the need's life: parse the form, call a service, render or redirect."""

from __future__ import annotations

import io

from flask import abort, flash, redirect, render_template, request, send_file, url_for
from flask_login import current_user, login_required

from ..errors import Conflict, Invalid
from ..forms import cursor_args, page_arg, show_error
from ..templating import china_date
from ..models._types import plain_quantity
from ..services import certificates
from ..services import needs as needs_service
from ..services import pledges as pledge_service
from ..services import review as review_service
from ..services import review_queue as queue_service
from ..services import uploads
from . import bp
from .forms import EmptyForm, NeedForm, PledgeForm, ReasonForm, ShipForm, ThanksForm


def _user():
    return current_user._get_current_object()


def _files(field) -> list:
    return [f for f in (field.data or []) if getattr(f, "filename", "")]


def _need_input(form: NeedForm) -> needs_service.NeedInput:
    return needs_service.NeedInput(
        beneficiary=form.beneficiary.data,
        category=form.category.data,
        kind=form.kind.data,
        title=form.title.data or "",
        description=form.description.data or "",
        quantity=form.quantity.data or "",
        unit=form.unit.data or "件",
        urgency=form.urgency.data or 1,
        deadline=form.deadline.data,
        photos=_files(form.photos),
    )


# ---------------------------------------------------------------- posting


@bp.get("/work/needs")
@login_required
def mine():
    """List the needs the signed-in officer or helper posts for."""
    needs_service.require_poster(_user())
    status = request.args.get("status") or None
    return render_template("needs/mine.html", needs=needs_service.list_managed(_user(), status), status=status)


@bp.route("/work/needs/new", methods=["GET", "POST"])
@login_required
def create():
    """Post a need (saved as a draft; submit sends it to review)."""
    needs_service.require_poster(_user())
    form = NeedForm()
    form.beneficiary.choices = dict(needs_service.beneficiary_choices(_user()))
    if form.validate_on_submit():
        try:
            need = needs_service.create_need(_user(), _need_input(form))
        except Invalid as error:
            show_error(form, error)
        else:
            if request.form.get("action") == "submit":
                needs_service.submit(_user(), need)
                flash("需求已提交审核。", "success")
            else:
                flash("需求已保存为草稿，提交后进入审核。", "success")
            return redirect(url_for("needs.manage", need_id=need.id))
    return render_template("needs/form.html", form=form, need=None)


@bp.get("/work/needs/<int:need_id>")
@login_required
def manage(need_id: int):
    """Show a need to the beneficiary side and staff: status, review reasons, pledges, receipt buttons."""
    need = needs_service.get_managed_need(_user(), need_id)
    return render_template(
        "needs/manage.html",
        need=need,
        pledges=pledge_service.for_need(need),
        can_manage=needs_service.can_manage(_user(), need),
        thanks=needs_service.thanks_for(need),
        form=EmptyForm(),
        close_form=ReasonForm(),
    )


@bp.route("/work/needs/<int:need_id>/edit", methods=["GET", "POST"])
@login_required
def edit(need_id: int):
    """Edit a draft, rejected or expired need."""
    needs_service.require_poster(_user())
    need = needs_service.get_managed_need(_user(), need_id)
    if not needs_service.can_manage(_user(), need):
        abort(404)
    needs_service.require_editable(need)
    form = NeedForm(obj=need) if request.method == "GET" else NeedForm()
    form.beneficiary.choices = dict(needs_service.beneficiary_choices(_user()))
    if request.method == "GET":
        form.beneficiary.data = f"h{need.household_id}" if need.household_id else f"v{need.village_id}"
        form.quantity.data = plain_quantity(need.quantity)
    if form.validate_on_submit():
        try:
            needs_service.update_need(_user(), need, _need_input(form))
        except Invalid as error:
            show_error(form, error)
        else:
            if request.form.get("action") == "submit":
                needs_service.submit(_user(), need)
                flash("需求已重新提交审核。", "success")
            else:
                flash("需求已保存。", "success")
            return redirect(url_for("needs.manage", need_id=need.id))
    return render_template("needs/form.html", form=form, need=need, remove_form=EmptyForm())


@bp.post("/work/needs/<int:need_id>/photos/<int:photo_id>/delete")
@login_required
def remove_photo(need_id: int, photo_id: int):
    """Remove a photo from an editable need."""
    needs_service.require_poster(_user())
    need = needs_service.get_managed_need(_user(), need_id)
    needs_service.remove_photo(_user(), need, photo_id)
    flash("照片已删除。", "success")
    return redirect(url_for("needs.edit", need_id=need.id))


@bp.post("/work/needs/<int:need_id>/submit")
@login_required
def submit(need_id: int):
    """Send a need to review."""
    needs_service.require_poster(_user())
    need = needs_service.get_managed_need(_user(), need_id)
    needs_service.submit(_user(), need)
    flash("需求已提交审核。", "success")
    return redirect(url_for("needs.manage", need_id=need.id))


@bp.post("/work/needs/<int:need_id>/close")
@login_required
def close(need_id: int):
    """Close an open need (offices in scope)."""
    need = needs_service.get_managed_need(_user(), need_id)
    form = ReasonForm()
    form.validate_on_submit()
    needs_service.close(_user(), need, form.reason.data or "")
    flash("需求已关闭。", "success")
    return redirect(url_for("needs.manage", need_id=need.id))


@bp.post("/work/pledges/<int:pledge_id>/receive")
@login_required
def receive(pledge_id: int):
    """Confirm receipt of one pledge for the beneficiary side."""
    EmptyForm().validate_on_submit()
    record = pledge_service.confirm_receipt(_user(), pledge_id)
    flash("已确认签收。", "success")
    return redirect(url_for("needs.manage", need_id=record.need_id))


@bp.route("/work/needs/<int:need_id>/thanks", methods=["GET", "POST"])
@login_required
def thanks(need_id: int):
    """Write thanks (感谢回馈) with photos for what was received."""
    needs_service.require_poster(_user())
    need = needs_service.get_managed_need(_user(), need_id)
    if not needs_service.can_manage(_user(), need):
        abort(404)
    form = ThanksForm()
    received = [p for p in pledge_service.for_need(need) if p.status in ("received", "completed")]
    form.pledge_id.choices = {"": "全体爱心人士", **{str(p.id): p.donor.display_name for p in received}}
    if form.validate_on_submit():
        try:
            needs_service.write_thanks(_user(), need, form.text.data, _files(form.photos),
                                       form.pledge_id.data or None)
        except Invalid as error:
            show_error(form, error)
        else:
            flash("感谢已发布，将显示在需求页面。", "success")
            return redirect(url_for("public.need_detail", need_id=need.id) if need.is_public
                            else url_for("needs.manage", need_id=need.id))
    return render_template("needs/thanks.html", form=form, need=need, received=received)


# ---------------------------------------------------------------- review


@bp.get("/review")
@login_required
def review_queue():
    """List the pending needs of the office's level inside its region, longest waiting first, filtered as asked."""
    error = None
    try:
        only = queue_service.parse_queue_filter(request.args)
        found = queue_service.queue_page(_user(), only, page_arg(), **cursor_args())
    except Invalid as invalid:
        error, only = invalid.message, queue_service.QueueFilter()
        found = queue_service.queue_page(_user(), only)
    return render_template(
        "needs/review_queue.html", page=found.page, items=found.page.items, total=found.total, only=only,
        villages=found.villages, wait_choices=queue_service.WAIT_CHOICES, error=error, form=EmptyForm(),
    ), 400 if error else 200


@bp.post("/review/approve")
@login_required
def approve_many():
    """Approve the ticked needs of the queue, each checked on its own; one message per need."""
    EmptyForm().validate_on_submit()
    try:
        outcomes = review_service.approve_many(_user(), request.form.getlist("need_ids"))
    except Invalid as error:
        flash(error.message, "error")
    else:
        for outcome in outcomes:
            flash(outcome.message, "success" if outcome.approved else "warning")
    return redirect(url_for("needs.review_queue", **{k: v for k, v in request.args.items()
                                                      if k in ("village", "category", "waited")}))


@bp.get("/review/<int:need_id>")
@login_required
def review_need(need_id: int):
    """Show a pending need with its likely duplicates and the decision buttons."""
    need = review_service.get_for_review(_user(), need_id)
    return _review_page(need, ReasonForm())


def _review_page(need, form, status: int = 200):
    rejection = review_service.earlier_rejection(need)
    duplicates = review_service.likely_duplicates(need)
    household = review_service.household_panel(_user(), need)  # audits, so it comes last
    return render_template(
        "needs/review.html", need=need, duplicates=duplicates, level_label=review_service.level_label(need),
        threshold=review_service.DUPLICATE_THRESHOLD, form=form, household=household, rejection=rejection,
    ), status


@bp.post("/review/<int:need_id>/approve")
@login_required
def approve(need_id: int):
    """Approve a need at the current level."""
    ReasonForm().validate_on_submit()
    need = review_service.get_for_review(_user(), need_id)
    review_service.approve(_user(), need)
    flash("已审核通过。" if need.status == "pending" else "已审核通过，需求已公开发布。", "success")
    return redirect(url_for("needs.review_queue"))


@bp.post("/review/<int:need_id>/reject")
@login_required
def reject(need_id: int):
    """Reject a need with a reason."""
    need = review_service.get_for_review(_user(), need_id)
    form = ReasonForm()
    if form.validate_on_submit():
        try:
            review_service.reject(_user(), need, form.reason.data or "")
        except Invalid as error:
            show_error(form, error)
        else:
            flash("已退回，发布人将看到退回原因。", "success")
            return redirect(url_for("needs.review_queue"))
    return _review_page(need, form, 400)


# ---------------------------------------------------------------- pledging and delivery


@bp.route("/needs/<int:need_id>/pledge", methods=["GET", "POST"])
@login_required
def pledge(need_id: int):
    """Pledge all or part of what remains of a published need."""
    pledge_service.require_donor(_user())
    need = pledge_service.get_need_for_pledge(need_id)
    form = PledgeForm()
    offers = pledge_service.own_offers(_user(), need)
    form.offer_id.choices = {"": "不使用", **{str(o.id): f"{o.title}（余 {plain_quantity(o.remaining)}）" for o in offers}}
    if request.method == "GET" and not form.quantity.data:
        form.quantity.data = plain_quantity(need.remaining)
    # From a recommendation: the offer it was recommended for is preselected, so the pledge draws it down.
    if request.method == "GET" and request.args.get("offer") in form.offer_id.choices:
        form.offer_id.data = request.args["offer"]
        chosen = next(o for o in offers if str(o.id) == request.args["offer"])
        form.quantity.data = plain_quantity(min(need.remaining, chosen.remaining))
    if form.validate_on_submit():
        try:
            record = pledge_service.pledge(_user(), need.id, form.quantity.data, form.offer_id.data or None,
                                           from_recommendation=request.args.get("from") == "recommendation")
        except Invalid as error:
            show_error(form, error)
        except Conflict as error:  # the last units went to someone else: say so on the same page
            flash(error.message, "error")
            need = pledge_service.get_need_for_pledge(need_id)
            return render_template("needs/pledge.html", form=form, need=need), 409
        else:
            flash("认领成功！请按下方地址寄送或交付。", "success")
            return redirect(url_for("needs.pledge_detail", pledge_id=record.id))
    return render_template("needs/pledge.html", form=form, need=need)


@bp.get("/my/pledges")
@login_required
def my_pledges():
    """List the donor's pledges."""
    pledge_service.require_donor(_user())
    return render_template("needs/my_pledges.html", pledges=pledge_service.history(_user()), form=EmptyForm())


@bp.get("/pledges/<int:pledge_id>")
@login_required
def pledge_detail(pledge_id: int):
    """Show a pledge: where to send it, whom to call, and the delivery form."""
    record = pledge_service.get_visible_pledge(_user(), pledge_id)
    return render_template(
        "needs/pledge_detail.html",
        pledge=record,
        need=record.need,
        contacts=pledge_service.delivery_contacts(record),
        is_donor=record.donor_id == _user().id,
        ship_form=ShipForm(),
        form=EmptyForm(),
    )


@bp.post("/pledges/<int:pledge_id>/ship")
@login_required
def ship(pledge_id: int):
    """Record the shipment, handover or transfer of a pledge."""
    record = pledge_service.get_visible_pledge(_user(), pledge_id)
    form = ShipForm()
    if form.validate_on_submit():
        try:
            pledge_service.ship(_user(), record.id, form.method.data, form.carrier.data, form.tracking_number.data,
                                form.handover_date.data)
        except Invalid as error:
            show_error(form, error)
        else:
            flash("已登记交付信息，等待受助方确认签收。", "success")
            return redirect(url_for("needs.pledge_detail", pledge_id=record.id))
    return render_template(
        "needs/pledge_detail.html", pledge=record, need=record.need,
        contacts=pledge_service.delivery_contacts(record), is_donor=record.donor_id == _user().id,
        ship_form=form, form=EmptyForm(),
    ), 400


@bp.post("/pledges/<int:pledge_id>/cancel")
@login_required
def cancel_pledge(pledge_id: int):
    """Cancel an unshipped pledge."""
    EmptyForm().validate_on_submit()
    pledge_service.cancel(_user(), pledge_id)
    flash("认领已取消，数量已退回需求。", "success")
    return redirect(url_for("needs.my_pledges"))


def _verify_url(record) -> str:
    return url_for("public.verify", number=record.certificate_number, _external=True)


@bp.get("/pledges/<int:pledge_id>/certificate")
@login_required
def certificate(pledge_id: int):
    """Show the certificate (荣誉证书) of a received pledge with its verification number, QR code and PDF link."""
    record = certificates.certificate(_user(), pledge_id)
    return render_template(
        "needs/certificate.html", pledge=record, need=record.need, verify_url=_verify_url(record)
    )


@bp.get("/pledges/<int:pledge_id>/certificate.pdf")
@login_required
def certificate_pdf(pledge_id: int):
    """Download the certificate as a PDF (ReportLab, embedded CJK font) with its verification QR code."""
    record = certificates.certificate(_user(), pledge_id)
    data = certificates.certificate_pdf(record, _verify_url(record), china_date(record.received_at))
    return send_file(
        io.BytesIO(data), mimetype="application/pdf", as_attachment=True,
        download_name=f"荣誉证书-{record.certificate_number}.pdf",
    )


# ---------------------------------------------------------------- photos


@bp.get("/photos/<int:photo_id>")
def photo(photo_id: int):
    """Serve a photo when its need is public or inside the viewer's scope."""
    record = needs_service.get_photo(_user() if current_user.is_authenticated else None, photo_id)
    path = uploads.path_of(record)
    if not path.is_file():
        abort(404)
    response = send_file(path, mimetype=record.content_type, max_age=3600)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "private, max-age=3600"
    return response


@bp.context_processor
def _labels():
    from ..models import HOUSEHOLD_ATTRIBUTES, HOUSEHOLD_STATUSES, OFFICE_LEVELS, POVERTY_CAUSES

    return {"OFFICE_LEVELS": OFFICE_LEVELS, "HOUSEHOLD_STATUSES": HOUSEHOLD_STATUSES,
            "HOUSEHOLD_ATTRIBUTES": HOUSEHOLD_ATTRIBUTES, "POVERTY_CAUSES": POVERTY_CAUSES}


@bp.app_template_global("need_thanks")
def need_thanks(need):
    """Return the thanks of a need, for the public need page."""
    return needs_service.thanks_for(need)
