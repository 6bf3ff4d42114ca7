"""A donor's or an organisation member's offers: post (idempotent), edit, pause / resume / withdraw,
list one's own, and the matcher's recommendations with their reasons.

The same calls as the offer pages (``services.offers``, ``services.matching``), with their messages.
"""

from __future__ import annotations

from flask import abort

from ..services import matching, offers, portal
from .auth import idempotent, me, require_scope
from .base import ApiBlueprint as Blueprint
from .public import _offer_record
from .schemas import OfferInputSchema, PublicOfferSchema, RecommendationSchema

blp = Blueprint("api_my_offers", __name__, url_prefix="/api/v1",
                description="发布和管理帮扶资源、为您推荐（令牌权限 read / offers）")


def _input(body: dict) -> offers.OfferInput:
    return offers.OfferInput(
        kind=body["kind"], title=body["title"], categories=list(body.get("categories") or []),
        quantity=(body.get("quantity") or "").strip() or None, unit=body.get("unit") or "",
        description=body.get("description") or "", service_type=body.get("service_type") or "",
        region_codes=offers.parse_region_codes(None, body.get("region_codes") or []),
        valid_from=body.get("valid_from"), valid_until=body.get("valid_until"),
        per_beneficiary_cap=(body.get("per_beneficiary_cap") or "").strip() or None,
    )


def _recommendations(items) -> list[dict]:
    needs = portal.public_need_records([r.match.need for r in items])
    return [{"offer_id": r.match.offer_id, "score": float(r.match.score), "reasons": r.labels, "need": n}
            for r, n in zip(items, needs, strict=True)]


@blp.route("/offers/", methods=["POST"])
@require_scope("offers")
@idempotent
@blp.arguments(OfferInputSchema)
@blp.response(201, PublicOfferSchema)
@blp.doc(parameters=[{"in": "header", "name": "Idempotency-Key", "required": False,
                      "schema": {"type": "string", "maxLength": 128},
                      "description": "重试同一请求时带相同的键：只发布一次"}])
def create_offer(body):
    """Post an offer (as an individual donor, or for one's verified organisation)."""
    return _offer_record(offers.post_offer(me(), _input(body)))


@blp.route("/offers/<int:offer_id>", methods=["PUT"])
@require_scope("offers")
@blp.arguments(OfferInputSchema)
@blp.response(200, PublicOfferSchema)
def edit_offer(body, offer_id):
    """Replace an offer's content (the edit form); its quantity may not drop below what was given."""
    user = me()
    offer = offers.get_offer(offer_id, user)
    if not offers.can_manage(user, offer):
        abort(403)
    return _offer_record(offers.edit_offer(user, offer, _input(body)))


@blp.route("/offers/<int:offer_id>/<any(pause, resume, withdraw):action>", methods=["POST"])
@require_scope("offers")
@blp.response(200, PublicOfferSchema)
def change_offer_state(offer_id, action):
    """Pause, resume or withdraw an offer, as its state table allows (409 otherwise)."""
    user = me()
    return _offer_record(offers.change_state(user, offers.get_offer(offer_id, user), action))


@blp.route("/my/offers", methods=["GET"])
@require_scope("read")
@blp.response(200, PublicOfferSchema(many=True))
def my_offers():
    """List the caller's own offers, newest first, whatever their state."""
    return [_offer_record(o) for o in offers.my_offers(me())]


@blp.route("/my/recommendations", methods=["GET"])
@require_scope("read")
@blp.response(200, RecommendationSchema(many=True))
def my_recommendations():
    """Return 为您推荐: the best open needs across the caller's active offers, with reasons."""
    return _recommendations(matching.my_recommendations(me(), limit=20))


@blp.route("/offers/<int:offer_id>/recommendations", methods=["GET"])
@require_scope("read")
@blp.response(200, RecommendationSchema(many=True))
def offer_recommendations(offer_id):
    """Return the best open needs for one of the caller's offers, with reasons (404 for others' offers)."""
    return _recommendations(matching.my_recommendations(me(), offer_id, limit=20))
