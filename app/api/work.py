"""The field's and the offices' work: a village officer's or helper's needs (create, edit, submit,
confirm receipt, thanks) and an office's review queue (approve, reject with a reason).

The same calls as the work pages (``services.needs``, ``services.pledges``, ``services.review``).
Answers carry no household personal data: the registry, which does, is not part of this module.
"""

from __future__ import annotations

from flask import abort, request

from ..services import needs as needs_service
from ..services import pledges as pledge_service
from ..services import portal
from ..services import review as review_service
from ..services import review_queue as queue_service
from .auth import idempotent, me, require_scope
from .base import ApiBlueprint as Blueprint
from .pledges import _pledge_record
from .schemas import (
    ManagedNeedQuery,
    ManagedNeedSchema,
    NeedInputSchema,
    PhotoUploadSchema,
    PledgeSchema,
    QueueItemSchema,
    RejectSchema,
    ThanksFormSchema,
    ThanksResultSchema,
    ThanksSchema,
)

blp = Blueprint("api_work", __name__, url_prefix="/api/v1",
                description="村级信息员、帮扶责任人的需求与签收；扶贫办的审核队列（令牌权限 read / needs / review）")


def _managed_record(need) -> dict:
    return {
        **portal.public_need_record(need),
        "beneficiary_ref": f"h{need.household_id}" if need.household_id else f"v{need.village_id}",
        "village_code": need.village.code, "village_name": need.village.name, "review_level": need.review_level,
        "reviews": [{"level": r.level, "decision": r.decision, "reason": r.reason, "created_at": r.created_at}
                    for r in need.reviews],
    }


def _input(body: dict) -> needs_service.NeedInput:
    return needs_service.NeedInput(
        beneficiary=body["beneficiary"], category=body["category"], kind=body["kind"], title=body["title"],
        description=body.get("description") or "", quantity=body["quantity"], unit=body.get("unit") or "件",
        urgency=body.get("urgency") or 1, deadline=body.get("deadline"),
    )


@blp.route("/work/needs", methods=["GET"])
@require_scope("read")
@blp.arguments(ManagedNeedQuery, location="query")
@blp.response(200, ManagedNeedSchema(many=True))
def list_my_needs(args):
    """List the needs the caller posts for (officer: its village; helper: its households), newest first."""
    user = me()
    needs_service.require_poster(user)
    return [_managed_record(n) for n in needs_service.list_managed(user, args.get("status") or None)]


def _own_need(user, need_id: int):
    """Return the need ``user`` posts for and may manage; 403 for a non-poster, 404 for anyone else's."""
    needs_service.require_poster(user)
    need = needs_service.get_managed_need(user, need_id)
    if not needs_service.can_manage(user, need):
        abort(404)
    return need


@blp.route("/work/needs", methods=["POST"])
@require_scope("needs")
@idempotent
@blp.arguments(NeedInputSchema)
@blp.response(201, ManagedNeedSchema)
@blp.doc(parameters=[{"in": "header", "name": "Idempotency-Key", "required": False,
                      "schema": {"type": "string", "maxLength": 128}, "description": "重试同一请求时带相同的键：只创建一次"}])
def create_need(body):
    """Post a need for a household or the village (代发) as a draft; ``submit`` sends it to review."""
    user = me()
    need = needs_service.create_need(user, _input(body))
    if body.get("submit"):
        needs_service.submit(user, need)
    return _managed_record(need)


@blp.route("/work/needs/<int:need_id>", methods=["GET"])
@require_scope("read")
@blp.response(200, ManagedNeedSchema)
def get_my_need(need_id):
    """Return a need the caller posts for, or one inside the caller's office scope."""
    return _managed_record(needs_service.get_managed_need(me(), need_id))


@blp.route("/work/needs/<int:need_id>", methods=["PUT"])
@require_scope("needs")
@blp.arguments(NeedInputSchema)
@blp.response(200, ManagedNeedSchema)
def edit_my_need(body, need_id):
    """Replace a draft, rejected or expired need's content (409 in other states); ``submit`` re-submits it."""
    user = me()
    need = _own_need(user, need_id)
    needs_service.require_editable(need)
    needs_service.update_need(user, need, _input(body))
    if body.get("submit"):
        needs_service.submit(user, need)
    return _managed_record(need)


@blp.route("/work/needs/<int:need_id>/photos", methods=["POST"])
@require_scope("needs")
@blp.arguments(PhotoUploadSchema, location="files")
@blp.response(200, ManagedNeedSchema)
def add_photos(files, need_id):
    """Add photos (multipart/form-data, field ``photos``) to a draft, rejected or expired need.

    The need's other fields stay as they are: this is the edit form sent back unchanged with new photos,
    so the same checks apply (states, at most 9 photos, image type and size, EXIF removed).
    """
    user = me()
    need = _own_need(user, need_id)
    needs_service.require_editable(need)
    unchanged = needs_service.NeedInput(
        beneficiary=f"h{need.household_id}" if need.household_id else f"v{need.village_id}",
        category=need.category, kind=need.kind, title=need.title, description=need.description,
        quantity=need.quantity, unit=need.unit, urgency=need.urgency, deadline=need.deadline,
        photos=list(files["photos"]),
    )
    return _managed_record(needs_service.update_need(user, need, unchanged))


@blp.route("/work/needs/<int:need_id>/photos/<int:photo_id>", methods=["DELETE"])
@require_scope("needs")
@blp.response(204)
def remove_photo(need_id, photo_id):
    """Remove one photo of a draft, rejected or expired need."""
    user = me()
    needs_service.require_poster(user)
    needs_service.remove_photo(user, needs_service.get_managed_need(user, need_id), photo_id)
    return ""


@blp.route("/work/needs/<int:need_id>/submit", methods=["POST"])
@require_scope("needs")
@blp.response(200, ManagedNeedSchema)
def submit_my_need(need_id):
    """Send a draft or rejected need to review."""
    user = me()
    needs_service.require_poster(user)
    need = needs_service.get_managed_need(user, need_id)
    return _managed_record(needs_service.submit(user, need))


@blp.route("/work/pledges/<int:pledge_id>/receive", methods=["POST"])
@require_scope("needs")
@blp.response(200, PledgeSchema)
def confirm_receipt(pledge_id):
    """Confirm, for the beneficiary side, that a shipped pledge arrived."""
    return _pledge_record(pledge_service.confirm_receipt(me(), pledge_id))


@blp.route("/work/needs/<int:need_id>/thanks", methods=["POST"])
@require_scope("needs")
@blp.arguments(ThanksSchema)
@blp.response(201, ThanksResultSchema)
def write_thanks(body, need_id):
    """Write thanks (感谢回馈) for what was received; the donors are told. With photos: ``thanks-with-photos``."""
    return _thanks(need_id, body, ())


@blp.route("/work/needs/<int:need_id>/thanks-with-photos", methods=["POST"])
@require_scope("needs")
@blp.arguments(ThanksFormSchema, location="form", content_type="multipart/form-data")
@blp.response(201, ThanksResultSchema)
def write_thanks_with_photos(form, need_id):
    """Write thanks with photos (multipart/form-data: ``text``, ``pledge_id``, files ``photos``, at most 9).

    The photos go through the thanks form's checks (``services.uploads``: type by content, size, EXIF removed).
    """
    return _thanks(need_id, form, request.files.getlist("photos"))


def _thanks(need_id: int, body: dict, photos) -> dict:
    user = me()
    need = _own_need(user, need_id)
    feedback = needs_service.write_thanks(user, need, body["text"], photos, body.get("pledge_id"))
    return {"id": feedback.id, "need_id": need.id, "text": feedback.text, "photos": len(feedback.photos)}


@blp.route("/review", methods=["GET"])
@require_scope("review")
@blp.response(200, QueueItemSchema(many=True))
def review_queue():
    """List the first 500 pending needs of the caller's review level inside its region, longest waiting first."""
    return [{"need": _managed_record(item.need), "level_label": review_service.level_label(item.need),
             "waited_label": item.waited_label} for item in queue_service.queue(me())]


@blp.route("/review/<int:need_id>/approve", methods=["POST"])
@require_scope("review")
@blp.response(200, ManagedNeedSchema)
def approve(need_id):
    """Approve a need at its current level (published after the last level)."""
    user = me()
    return _managed_record(review_service.approve(user, review_service.get_for_review(user, need_id)))


@blp.route("/review/<int:need_id>/reject", methods=["POST"])
@require_scope("review")
@blp.arguments(RejectSchema)
@blp.response(200, ManagedNeedSchema)
def reject(body, need_id):
    """Reject a need with a reason (required, as on the page); the poster sees it."""
    user = me()
    return _managed_record(review_service.reject(user, review_service.get_for_review(user, need_id),
                                                 body.get("reason") or ""))
