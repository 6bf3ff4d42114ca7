"""Read uploaded .xlsx files within fixed bounds, and write spreadsheets that never run a cell as a formula.

Reading never trusts what the file says about itself: the ZIP's declared sizes and the sheet's
``<dimension>`` can lie. Every part is inflated once as a stream, counting the bytes it really
yields, and the file is refused past MAX_PART_BYTES per part or MAX_TOTAL_BYTES in all before
openpyxl sees it (a 1 MB file can otherwise inflate a single shared string to gigabytes). Rows are
then streamed with openpyxl's read-only mode from the sheet the officer sees: the active sheet if it
is visible, else the first visible one, with the recorded dimensions ignored.

Writing follows OWASP's "CSV injection" advice: a text cell beginning with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

MAX_PART_BYTES = 16 * 1024 * 1024  # inflated size of any one part (a 5,000-row sheet is ~3 MB)
MAX_TOTAL_BYTES = 32 * 1024 * 1024  # inflated size of all parts together
MAX_PARTS = 500
MAX_CELL_CHARS = 500  # no field of any import template is longer
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_CHUNK = 1024 * 1024


class _Uncomputed:
    """A formula cell saved without its result (written by a program, never opened in Excel)."""

    def __repr__(self) -> str:
        return "UNCOMPUTED"

    def __str__(self) -> str:
        return ""


UNCOMPUTED = _Uncomputed()


class SpreadsheetRefused(ValueError):
    """The file is not a workbook this platform reads; the message (Chinese) says why."""


def check_bounds(data: bytes, *, max_part: int = MAX_PART_BYTES, max_total: int = MAX_TOTAL_BYTES) -> None:
    """Inflate every part of the .xlsx ``data`` once, counting real bytes; raise SpreadsheetRefused past a bound.

    Memory stays at one 1 MB chunk whatever the file declares.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise SpreadsheetRefused("文件不是有效的 .xlsx 表格") from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_PARTS:
            raise SpreadsheetRefused("表格文件结构异常（部件过多），请另存为标准 .xlsx 后再导入")
        total = 0
        for member in members:
            size = 0
            try:
                with archive.open(member) as part:
                    while chunk := part.read(_CHUNK):
                        size += len(chunk)
                        total += len(chunk)
                        if size > max_part or total > max_total:
                            raise SpreadsheetRefused(
                                f"表格内容解压后超过{max_total // (1024 * 1024)}MB（或单个部件超过"
                                f"{max_part // (1024 * 1024)}MB），可能含有超长单元格，请检查后重新导入"
                            )
            except SpreadsheetRefused:
                raise
            except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError,
                    RuntimeError, ValueError):
                raise SpreadsheetRefused("文件不是有效的 .xlsx 表格") from None


def visible_rows(data: bytes) -> Iterator[tuple]:
    """Yield the value rows of the sheet the officer sees, after ``check_bounds``; raise SpreadsheetRefused.

    Formula cells give the result Excel saved with them (what the officer saw), or UNCOMPUTED when the
    file carries none; the sheet is read twice in step (results, then formulas) to tell them apart.
    """
    with open_workbook(data) as book:
        yield from book.rows(None)


class Book:
    """A workbook opened within the bounds: its sheets by title, and their value rows (see ``visible_rows``)."""

    def __init__(self, values, formulas):
        self._values, self._formulas = values, formulas

    def state(self, title: str) -> str | None:
        """Return the sheet's state ("visible", "hidden", "veryHidden"), or None when there is no such sheet."""
        if title not in self._values.sheetnames:
            return None
        return getattr(self._values[title], "sheet_state", "visible")

    def rows(self, title: str | None) -> Iterator[tuple]:
        """Yield the value rows of the sheet ``title``, or (None) of the sheet the officer sees.

        Raises SpreadsheetRefused when that sheet is absent or hidden: a hidden sheet is never read.
        """
        if title is None:
            sheet, formula_sheet = _visible_sheet(self._values), _visible_sheet(self._formulas)
        elif self.state(title) == "visible":
            sheet, formula_sheet = self._values[title], self._formulas[title]
        else:
            sheet = formula_sheet = None
        if sheet is None or formula_sheet is None:
            raise SpreadsheetRefused(f"表格中没有可见的“{title}”工作表" if title else "表格中没有可见的工作表")
        for ws in (sheet, formula_sheet):
            if hasattr(ws, "reset_dimensions"):
                ws.reset_dimensions()  # a stale <dimension ref="A1:L3"> must not cut rows off
        for row, written in zip(sheet.iter_rows(values_only=True), formula_sheet.iter_rows(values_only=True),
                                strict=False):
            yield tuple(
                UNCOMPUTED if value is None and isinstance(raw, str) and raw.startswith("=") else value
                for value, raw in zip(row, written + (None,) * (len(row) - len(written)), strict=False)
            )


@contextmanager
def open_workbook(data: bytes) -> Iterator[Book]:
    """Open the .xlsx ``data`` after ``check_bounds`` (read-only, results and formulas); raise SpreadsheetRefused."""
    from openpyxl import load_workbook

    check_bounds(data)
    try:
        values = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook  # noqa: BLE001
        raise SpreadsheetRefused("文件不是有效的 .xlsx 表格") from None
    try:
        yield Book(values, formulas)
    finally:
        values.close()
        formulas.close()


def _visible_sheet(book):
    active = book.active
    if active is not None and getattr(active, "sheet_state", "visible") == "visible":
        return active
    return next((ws for ws in book.worksheets if getattr(ws, "sheet_state", "visible") == "visible"), None)


def escape_formula(value):
    """Return ``value`` safe to write into a spreadsheet cell: text starting like a formula gets a leading "'"."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def unescape_formula(value):
    """Return a cell read back from a file this platform wrote: the apostrophe ``escape_formula`` added is dropped."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_PREFIXES):
        return value[1:]
    return value


def escape_row(values) -> list:
    """Return ``values`` with every text cell passed through ``escape_formula``."""
    return [escape_formula(v) for v in values]


def append_rows(sheet, rows, progress=None, batch: int = 500) -> int:
    """Append each row of ``rows`` (an iterable of value lists) to ``sheet``, every text cell escaped
    (``escape_row``); call ``progress(n)`` after each ``batch`` rows and for the rest at the end. Returns
    how many rows were appended. Meant for openpyxl write-only sheets, whose rows go to disk as appended."""
    written = pending = 0
    for row in rows:
        sheet.append(escape_row(row))
        written += 1
        pending += 1
        if pending == batch:
            if progress:
                progress(pending)
            pending = 0
    if progress and pending:
        progress(pending)
    return written
