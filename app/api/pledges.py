"""A donor's or an organisation member's pledges: list, read, create (idempotent), ship, cancel.

The same calls as the pledge pages (``services.pledges``): the same rules, the same messages, the same
audit entries and notifications; over-pledging is refused by the service's one conditional UPDATE.
"""

from __future__ import annotations

from .base import ApiBlueprint as Blueprint

from ..services import pledges as pledge_service
from ..templating import pledge_status_label
from .auth import idempotent, me, require_scope
from .schemas import PledgeCreate, PledgeSchema, PledgeShip

blp = Blueprint("api_pledges", __name__, url_prefix="/api/v1/pledges",
                description="认领（爱心人士、帮扶主体成员；令牌权限 read / pledge）")


def _pledge_record(record) -> dict:
    return {
        "id": record.id, "need_id": record.need_id, "need_title": record.need.title, "offer_id": record.offer_id,
        "quantity": record.quantity, "status": record.status, "status_label": pledge_status_label(record),
        "delivery_method": record.delivery_method, "carrier": record.carrier or "",
        "tracking_number": record.tracking_number or "", "handover_date": record.handover_date,
        "created_at": record.created_at, "shipped_at": record.shipped_at,
    }


@blp.route("/", methods=["GET"])
@require_scope("read")
@blp.response(200, PledgeSchema(many=True))
def list_pledges():
    """List the caller's own pledges, newest first (403 for roles that cannot pledge)."""
    user = me()
    pledge_service.require_donor(user)
    return [_pledge_record(p) for p in pledge_service.history(user)]


@blp.route("/", methods=["POST"])
@require_scope("pledge")
@idempotent
@blp.arguments(PledgeCreate)
@blp.response(201, PledgeSchema)
@blp.doc(parameters=[{"in": "header", "name": "Idempotency-Key", "required": False,
                      "schema": {"type": "string", "maxLength": 128},
                      "description": "重试同一请求时带相同的键：只认领一次，重试得到第一次的回答"}])
def create_pledge(body):
    """Pledge ``quantity`` of what remains of a published need; 409 when it is no longer available."""
    record = pledge_service.pledge(me(), body["need_id"], body["quantity"], body.get("offer_id"))
    return _pledge_record(record)


@blp.route("/<int:pledge_id>", methods=["GET"])
@require_scope("read")
@blp.response(200, PledgeSchema)
def get_pledge(pledge_id):
    """Return one of the caller's pledges (or one the caller may see, as on the pledge page)."""
    return _pledge_record(pledge_service.get_visible_pledge(me(), pledge_id))


@blp.route("/<int:pledge_id>/ship", methods=["POST"])
@require_scope("pledge")
@blp.arguments(PledgeShip)
@blp.response(200, PledgeSchema)
def ship_pledge(body, pledge_id):
    """Record how the caller sent the pledge (express / in_person / transfer)."""
    record = pledge_service.ship(me(), pledge_id, body["method"], body.get("carrier") or "",
                                 body.get("tracking_number") or "", body.get("handover_date"))
    return _pledge_record(record)


@blp.route("/<int:pledge_id>/cancel", methods=["POST"])
@require_scope("pledge")
@blp.response(200, PledgeSchema)
def cancel_pledge(pledge_id):
    """Cancel the caller's unshipped pledge; its quantity returns to the need."""
    return _pledge_record(pledge_service.cancel(me(), pledge_id))
