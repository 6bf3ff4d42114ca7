"""Sharing and trust: QR codes of needs, the public certificate verification and opt-in donor pages."""

from __future__ import annotations

from flask import Response, redirect, render_template, request, url_for

from ..services import certificates, donor, portal
from . import bp


def _png(data: bytes) -> Response:
    response = Response(data, mimetype="image/png")
    response.cache_control.public = True
    response.cache_control.max_age = 86400
    return response


@bp.get("/favicon.ico")
def favicon():
    """Send clients that ask for the conventional address (feed readers, old browsers, bookmarks) to the SVG icon.

    Pages name the icon themselves (`<link rel="icon">` in base.html); this answers the request browsers make
    without reading a page, which was a 404. A permanent redirect, cached for a day.
    """
    response = redirect(url_for("static", filename="favicon.svg"), code=301)
    response.cache_control.public = True
    response.cache_control.max_age = 86400
    return response


@bp.get("/needs/<int:need_id>/qr.png")
def need_qr(need_id: int):
    """Return the QR code (PNG) of a public need's address, to print or share."""
    need = portal.get_public_need(need_id)
    return _png(certificates.qr_png(url_for("public.need_detail", need_id=need.id, _external=True)))


@bp.get("/verify")
def verify_form():
    """Look a certificate up by the number typed from paper (redirects nowhere: shows the result)."""
    number = request.args.get("number", "")[:40]
    found = certificates.verify(number) if number else None
    return render_template("public/verify.html", number=number, found=found, asked=bool(number)), (
        404 if number and found is None else 200
    )


@bp.get("/verify/<number>")
def verify(number: str):
    """Confirm what a certificate certifies (masked, nothing personal), or say the number is unknown."""
    found = certificates.verify(number[:40])
    return render_template("public/verify.html", number=number[:40], found=found, asked=True), (
        200 if found else 404
    )


@bp.get("/verify/<number>/qr.png")
def verify_qr(number: str):
    """Return the QR code (PNG) of a real certificate's verification address."""
    found = certificates.verify(number[:40])
    if found is None:
        return render_template("public/verify.html", number=number[:40], found=None, asked=True), 404
    return _png(certificates.qr_png(url_for("public.verify", number=found.number, _external=True)))


@bp.get("/donors/<int:user_id>")
def donor_page(user_id: int):
    """Show a donor's public page (only when the donor turned it on): name as chosen, totals, thanks."""
    return render_template("public/donor.html", page=donor.public_donor(user_id))
