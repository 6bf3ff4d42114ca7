"""Hostile and careless files: the Excel import reads what the officer sees within bounds; images are bounded.

Memory figures of the huge-cell workbook and the near-limit PNG are measured by
bench/file_bounds_bench.py and recorded in docs/benchmarks.md; no test here times anything.
"""

from __future__ import annotations

import io
import re
import threading
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import PatternFill
from PIL import Image
from sqlalchemy import func, select

from app.extensions import db
from app.models import Household
from app.services import registry_import, spreadsheets, uploads
from app.services.registry_import import HOUSEHOLD_COLUMNS
from tests.app.needlife import id_check_char, id_number
from tests.app.test_household_import import _officer, _row, _upload, _xlsx


def _households() -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count(Household.id)))


def _page(response) -> str:
    return response.get_data(as_text=True)


def _inflate_cell(data: bytes, placeholder: str, chars: int) -> bytes:
    """Return ``data`` with the cell text ``placeholder`` replaced by ``chars`` letters, streamed into the ZIP."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if placeholder.encode() not in content:
                dst.writestr(item, content)
                continue
            head, tail = content.split(placeholder.encode())
            with dst.open(item.filename, "w", force_zip64=True) as part:
                part.write(head)
                block = b"A" * (1 << 20)
                for _ in range(chars // len(block)):
                    part.write(block)
                part.write(tail)
    return out.getvalue()


# --- bounds ---------------------------------------------------------------------------------------


def test_a_small_workbook_whose_one_cell_inflates_to_200_mb_is_refused_before_it_is_parsed(client, factory):
    village = _officer(factory, client)
    data = _inflate_cell(_xlsx([_row(village.code, 1, 住址="HUGE")]), "HUGE", 200 * 1024 * 1024)
    assert len(data) < 1024 * 1024
    response = _upload(client, data)
    assert response.status_code == 400
    assert "表格内容解压后超过32MB" in _page(response)
    assert _households() == 0


def test_the_inflated_size_is_counted_not_read_from_the_zip_headers():
    lying = io.BytesIO()
    with zipfile.ZipFile(lying, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<x>" + b"A" * (3 * 1024 * 1024) + b"</x>")
    raw = bytearray(lying.getvalue())
    # Claim 10 bytes in the central directory (uncompressed size at offset 24 of the entry).
    central = raw.rindex(b"PK\x01\x02")
    raw[central + 24:central + 28] = (10).to_bytes(4, "little")
    with pytest.raises(spreadsheets.SpreadsheetRefused):
        spreadsheets.check_bounds(bytes(raw), max_part=1024 * 1024, max_total=2 * 1024 * 1024)


def test_a_cell_longer_than_500_characters_is_refused_with_its_row(client, factory):
    village = _officer(factory, client)
    response = _upload(client, _xlsx([_row(village.code, 1), _row(village.code, 2, 住址="长" * 501)]))
    assert response.status_code == 400
    assert "第 3 行：住址内容过长（不超过500字）" in _page(response)
    assert _households() == 0


# --- reading what the officer sees ----------------------------------------------------------------


def _book_bytes(book) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_active_visible_sheet_is_imported_not_a_hidden_first_one(client, factory):
    village = _officer(factory, client)
    book = Workbook()
    hidden = book.active
    hidden.title = "旧数据"
    hidden.append(list(HOUSEHOLD_COLUMNS))
    hidden.append(_row(village.code, 9, 户主姓名="旧户主"))
    hidden.sheet_state = "hidden"
    shown = book.create_sheet("贫困户")
    shown.append(list(HOUSEHOLD_COLUMNS))
    for n in (1, 2):
        shown.append(_row(village.code, n))
    book.active = 1
    assert _upload(client, _book_bytes(book)).status_code == 302
    assert _households() == 2


def test_when_the_active_sheet_is_hidden_the_first_visible_one_is_imported(client, factory):
    village = _officer(factory, client)
    book = Workbook()
    first = book.active
    first.title = "贫困户"
    first.append(list(HOUSEHOLD_COLUMNS))
    first.append(_row(village.code, 1))
    junk = book.create_sheet("草稿")
    junk.append(["不是模板"])
    book.active = 1
    junk.sheet_state = "hidden"
    assert _upload(client, _book_bytes(book)).status_code == 302
    assert _households() == 1


def test_a_stale_dimension_does_not_drop_rows(client, factory):
    village = _officer(factory, client)
    data = _xlsx([_row(village.code, n) for n in range(1, 6)])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content, count = re.subn(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:L3"', content)
                assert count == 1
            dst.writestr(item, content)
    response = _upload(client, out.getvalue())
    assert response.status_code == 302
    assert _households() == 5


def test_rows_with_only_formatting_do_not_count_toward_the_row_cap(client, factory, monkeypatch):
    monkeypatch.setattr(registry_import, "IMPORT_MAX_ROWS", 3)
    village = _officer(factory, client)
    book = Workbook()
    sheet = book.active
    sheet.append(list(HOUSEHOLD_COLUMNS))
    for n in (1, 2, 3):
        sheet.append(_row(village.code, n))
    fill = PatternFill("solid", fgColor="FFFF00")
    for r in range(5, 60):
        sheet.cell(row=r, column=2).fill = fill
    assert _upload(client, _book_bytes(book)).status_code == 302
    assert _households() == 3


def test_more_data_rows_than_the_cap_are_still_refused(client, factory, monkeypatch):
    monkeypatch.setattr(registry_import, "IMPORT_MAX_ROWS", 3)
    village = _officer(factory, client)
    response = _upload(client, _xlsx([_row(village.code, n) for n in range(1, 5)]))
    assert response.status_code == 400
    assert "一次最多导入3户" in _page(response)
    assert _households() == 0


# --- values Excel changed or the officer mistyped -------------------------------------------------


def test_an_id_number_stored_as_a_number_cell_is_refused(client, factory):
    village = _officer(factory, client)
    # Pick an ID whose float still passes the check character once its last digits are lost.
    for seq in range(1, 400):
        candidate = id_number(seq, birth="19800101")
        as_number = str(int(float(candidate)))
        if as_number.isdigit() and len(as_number) == 18 and id_check_char(as_number[:17]) == as_number[17]:
            break
    response = _upload(client, _xlsx([_row(village.code, 1), _row(village.code, 2, 身份证号=int(candidate))]))
    assert response.status_code == 400
    assert "身份证号请以文本格式填写" in _page(response)
    assert _households() == 0


def test_a_fractional_household_size_is_refused_not_truncated(client, factory):
    village = _officer(factory, client)
    response = _upload(client, _xlsx([_row(village.code, 1, 家庭人口=2.5)]))
    assert response.status_code == 400
    assert "家庭人口必须是整数" in _page(response)
    assert _households() == 0


@pytest.mark.parametrize("birth", ["18991231", "20990101"])
def test_an_id_birth_date_before_1900_or_after_today_is_refused(client, factory, birth):
    village = _officer(factory, client)
    response = _upload(client, _xlsx([_row(village.code, 1, 身份证号=id_number(1, birth=birth))]))
    assert response.status_code == 400
    assert "身份证号中的出生日期无效" in _page(response)
    assert _households() == 0


# --- formulas ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["=1+2", "+1", "-1+2", "@SUM(A1)", "\t=1"])
def test_a_text_cell_that_looks_like_a_formula_is_stored_as_the_text_typed(client, factory, text):
    village = _officer(factory, client)
    book = Workbook()
    sheet = book.active
    sheet.append(list(HOUSEHOLD_COLUMNS))
    sheet.append(_row(village.code, 1))
    cell = sheet.cell(row=2, column=HOUSEHOLD_COLUMNS.index("住址") + 1, value=text)
    cell.data_type = "s"  # a text cell, as Excel stores '=1+2 typed with a leading apostrophe
    assert _upload(client, _book_bytes(book)).status_code == 302
    assert db.session.scalar(select(Household)).address == text.strip()


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_exports_write_formula_like_text_so_a_spreadsheet_shows_it_as_text(text):
    book = Workbook()
    book.active.append(spreadsheets.escape_row([text, 5, -3, "普通文字"]))
    sheet = load_workbook(io.BytesIO(_book_bytes(book))).active
    cells = [c for c in sheet[1]]
    # (XML reads a stored CR back as LF; what matters is the apostrophe in front.)
    assert cells[0].data_type == "s" and cells[0].value == "'" + text.replace("\r", "\n")
    assert [c.value for c in cells[1:]] == [5, -3, "普通文字"]


def test_the_import_template_is_written_through_the_escaping(client, factory):
    _officer(factory, client)
    sheet = load_workbook(io.BytesIO(client.get("/registry/import/template.xlsx").data)).active
    assert all(c.data_type == "s" for c in sheet[1])


# --- images -----------------------------------------------------------------------------------------


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def test_a_png_over_12_megapixels_is_refused_before_it_is_decoded(app):
    with app.app_context(), pytest.raises(Exception) as caught:
        uploads.clean_image(_png(4000, 3100))
    assert "图片尺寸过大（不超过12百万像素）" in caught.value.message


def test_a_large_jpeg_is_decoded_reduced_and_stored_small(app):
    out = io.BytesIO()
    Image.new("RGB", (6000, 5000), (10, 120, 10)).save(out, "JPEG", quality=70)
    with app.app_context():
        clean, content_type, _ext = uploads.clean_image(out.getvalue())
    with Image.open(io.BytesIO(clean)) as stored:
        assert content_type == "image/jpeg" and max(stored.size) <= uploads.MAX_SIDE


def test_six_near_limit_pngs_uploaded_in_parallel_are_all_accepted(app):
    data = _png(3460, 3460)
    outcomes, lock = [], threading.Lock()

    def one():
        with app.app_context():
            clean, _type, _ext = uploads.clean_image(data)
        with lock:
            outcomes.append(len(clean) > 0)

    threads = [threading.Thread(target=one) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert outcomes == [True] * 6


def test_a_formula_saved_without_its_result_is_refused_not_stored_empty(client, factory):
    village = _officer(factory, client)
    # openpyxl, like any program that writes "=...", saves the formula without a result.
    response = _upload(client, _xlsx([_row(village.code, 1, 住址="=CONCATENATE(\"一\",\"组\")")]))
    assert response.status_code == 400
    assert "第 2 行：住址是没有计算结果的公式" in _page(response)
    assert _households() == 0


def test_a_formula_saved_by_excel_imports_the_result_the_officer_saw(client, factory):
    village = _officer(factory, client)
    data = _xlsx([_row(village.code, 1, 住址="PLACE")])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                # What Excel writes: the formula and, beside it, the result it showed.
                content, count = re.subn(rb'<c r="E2" t="inlineStr"><is><t>PLACE</t></is></c>',
                                         '<c r="E2" t="str"><f>CONCATENATE("一","组")</f><v>一组</v></c>'.encode(),
                                         content)
                assert count == 1
            dst.writestr(item, content)
    assert _upload(client, out.getvalue()).status_code == 302
    assert db.session.scalar(select(Household)).address == "一组"
