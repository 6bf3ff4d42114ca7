"""Donation certificates (荣誉证书): verification numbers, the public verification, the PDF and QR codes.

A certificate exists once the beneficiary confirmed receipt (``pledges.certificate``). When it is
first shown it gets a verification number: ``FP-`` and twelve characters drawn with ``secrets`` from
31 letters and digits that cannot be mistaken for each other (about 59 bits), stored on the pledge and
unique. Anyone may look a number up at ``/verify/<number>``: the page says what the certificate
certifies — who gave (an organisation's name, a person's masked name), what, how much, for which
township, when received — and nothing personal. The PDF is drawn with ReportLab in the embedded CJK
font (``services.pdf``) with a QR code of the verification address.
"""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass
from datetime import datetime

import segno
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from ..crypto import mask_name
from ..errors import Conflict
from ..extensions import db
from ..models import Need, Pledge, User
from ..models._types import plain_quantity
from . import pdf, pledges

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud or typed from paper
NUMBER_LENGTH = 12
PREFIX = "FP-"


@dataclass(frozen=True)
class Verification:
    """What a certificate certifies, as anyone may see it."""

    number: str
    donor: str
    need_title: str
    category: str
    amount: str
    place: str
    received_at: datetime | None
    need_id: int


def _new_number() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(NUMBER_LENGTH))
    return PREFIX + "-".join(raw[i:i + 4] for i in range(0, NUMBER_LENGTH, 4))


def normalise_number(text: str | None) -> str | None:
    """Return a typed verification number in its stored form (FP-XXXX-XXXX-XXXX), or None if it cannot be one."""
    raw = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    raw = raw.removeprefix("FP")
    if len(raw) != NUMBER_LENGTH or any(ch not in ALPHABET for ch in raw):
        return None
    return PREFIX + "-".join(raw[i:i + 4] for i in range(0, NUMBER_LENGTH, 4))


def certificate(user: User, pledge_id: int) -> Pledge:
    """Return the donor's certified pledge with its verification number, giving it one the first time.

    Raises NotFound for another's pledge and Conflict before receipt (``pledges.certificate``).
    """
    record = pledges.certificate(user, pledge_id)
    for _ in range(5):  # a clash of 59 random bits is all but impossible; retry rather than fail
        if record.certificate_number is not None:
            return record
        # Only if still unnumbered: two first views at once (two tabs) keep one number, never two.
        try:
            db.session.execute(
                update(Pledge)
                .where(Pledge.id == record.id, Pledge.certificate_number.is_(None))
                .values(certificate_number=_new_number())
                .execution_options(synchronize_session=False)
            )
            db.session.commit()
        except IntegrityError:
            db.session.rollback()
        db.session.refresh(record)
    raise Conflict("证书编号生成失败，请稍后重试")


def donor_label(record: Pledge) -> str:
    """Return how a certificate names its giver in public: the organisation, or the person masked."""
    if record.organisation is not None:
        return record.organisation.name
    return mask_name(record.donor.display_name)


def amount(record: Pledge) -> str:
    """Return the certified quantity with its unit, without trailing zeros (2.50 箱 → "2.5 箱")."""
    need = record.need
    return f"{plain_quantity(record.quantity)} {'元' if need.kind == 'cash' else need.unit}"


def verify(number: str) -> Verification | None:
    """Return what the certificate ``number`` certifies, or None for a number that was never given."""
    number = normalise_number(number)
    if number is None:
        return None
    record = db.session.scalar(
        select(Pledge)
        .where(Pledge.certificate_number == number, Pledge.status.in_(("received", "completed")))
        .options(joinedload(Pledge.need).joinedload(Need.village), joinedload(Pledge.donor),
                 joinedload(Pledge.organisation))
    )
    if record is None:
        return None
    need = record.need
    return Verification(
        number=number,
        donor=donor_label(record),
        need_title=need.title,
        category=need.category_label,
        amount=amount(record),
        place=need.village.township.name,
        received_at=record.received_at,
        need_id=need.id,
    )


def qr_png(text: str, scale: int = 6) -> bytes:
    """Return a PNG of the QR code of ``text`` (error correction M, 4-module quiet zone)."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def _wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Split ``text`` into lines at most ``max_width`` points wide (Chinese breaks between any characters)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, current = [], ""
    for char in text:
        if current and stringWidth(current + char, font, size) > max_width:
            lines.append(current)
            current = ""
        current += char
    return [*lines, current] if current else lines


def certificate_pdf(record: Pledge, verify_url: str, issued_on: str) -> bytes:
    """Return the certificate as an A4 landscape PDF with the verification number and its QR code.

    Raises pdf.FontMissing when the CJK font is not installed.
    """
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    font = pdf.cjk_font()
    width, height = landscape(A4)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(width, height), pageCompression=0)
    page.setTitle(f"荣誉证书 {record.certificate_number}")
    page.setAuthor("社会扶贫对接平台")
    page.setSubject(record.certificate_number)  # plain ASCII in the document information
    red = HexColor("#b0201a")
    page.setStrokeColor(red)
    page.setLineWidth(6)
    page.rect(28, 28, width - 56, height - 56)
    page.setFillColor(red)
    page.setFont(font, 40)
    page.drawCentredString(width / 2, height - 110, "荣誉证书")
    page.setFillColor(black)
    need = record.need
    giver = record.organisation.name if record.organisation else record.donor.display_name
    lines = [
        f"{giver}：",
        f"感谢您通过社会扶贫对接平台认领并捐赠「{need.title}」{amount(record)}，",
        f"帮助{need.village.township.name}{need.beneficiary_label}。",
        "您的爱心已送达受助方，特发此证，以资鼓励。",
    ]
    y = height - 170
    page.setFont(font, 18)
    for index, line in enumerate(lines):
        left = 90 if index == 0 else 126
        for part in _wrap(line, font, 18, width - 90 - left):
            page.drawString(left, y, part)
            y -= 30
    page.setFont(font, 16)
    page.drawRightString(width - 90, 150, "社会扶贫对接平台")
    page.drawRightString(width - 90, 126, issued_on)
    page.setFont(font, 11)
    page.drawString(90, 84, "证书编号：")
    # The number in a standard font: it stays searchable and copyable text in any viewer.
    page.setFont("Helvetica-Bold", 11)
    page.drawString(90 + page.stringWidth("证书编号：", font, 11), 84, record.certificate_number)
    page.setFont(font, 11)
    page.drawString(90, 66, f"扫描上方二维码或访问 {verify_url} 核验本证书")
    # The QR code drawn module by module: sharp at any zoom, no image library needed.
    qr = segno.make(verify_url, error="m", micro=False)
    module = 2.6
    size = len(qr.matrix)
    left, top = 90, 100 + size * module  # bottom left, above the number
    for row, cells in enumerate(qr.matrix):
        for col, dark in enumerate(cells):
            if dark:
                page.rect(left + col * module, top - (row + 1) * module, module, module, stroke=0, fill=1)
    page.showPage()
    page.save()
    return buffer.getvalue()
