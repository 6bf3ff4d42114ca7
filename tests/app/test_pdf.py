"""PDFs carry Chinese text in an embedded CJK font."""

from __future__ import annotations

import io

import pytest

from app.services import pdf


def test_a_pdf_with_chinese_text_embeds_the_cjk_font(app):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    with app.app_context():
        font = pdf.cjk_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont(font, 14)
    canvas.drawString(72, 720, "帮扶证书：云南省宁蒗彝族自治县")
    canvas.save()
    data = buffer.getvalue()
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data, "the font is embedded, not referenced"


def test_a_missing_font_is_a_clear_error(app, tmp_path):
    with app.app_context():
        app.config["PDF_FONT_PATH"], previous = str(tmp_path / "none.ttc"), app.config.get("PDF_FONT_PATH")
        try:
            with pytest.raises(pdf.FontMissing, match="fonts-wqy-zenhei"):
                pdf.cjk_font()
        finally:
            app.config["PDF_FONT_PATH"] = previous
