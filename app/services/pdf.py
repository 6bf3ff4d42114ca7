"""PDF documents with Chinese text (ReportLab), shared by certificates and assessment reports.

The CJK font is WenQuanYi Zen Hei from Debian's ``fonts-wqy-zenhei`` package, which the set-up
command installs (``make install``/``make run`` and ``.ci/run``); it is embedded (subset) in every
PDF so the document reads the same on any viewer. ``PDF_FONT_PATH`` overrides the file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from flask import current_app

#: Where Debian's fonts-wqy-zenhei puts the font collection; index 0 is 文泉驿正黑.
DEFAULT_FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FONT_NAME = "WenQuanYiZenHei"


class FontMissing(RuntimeError):
    """The CJK font file is not installed (install Debian's fonts-wqy-zenhei, or set PDF_FONT_PATH)."""


def cjk_font() -> str:
    """Register the CJK font with ReportLab once per process and return its name for styles.

    Raises FontMissing when the font file does not exist.
    """
    path = current_app.config.get("PDF_FONT_PATH") or DEFAULT_FONT_PATH
    return _register(str(path))


@cache
def _register(path: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if not Path(path).is_file():
        raise FontMissing(f"PDF 所需的中文字体不存在：{path}（请安装 fonts-wqy-zenhei）")
    pdfmetrics.registerFont(TTFont(FONT_NAME, path, subfontIndex=0))
    return FONT_NAME
