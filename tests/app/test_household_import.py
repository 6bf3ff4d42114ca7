"""Excel import: every bad row reported with its number and reason; nothing imported unless all is valid."""

from __future__ import annotations

import io

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.extensions import db
from app.models import Household
from app.services.registry import IMPORT_COLUMNS
from tests.app.needlife import id_number, sign_in


def _xlsx(rows, header=IMPORT_COLUMNS) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _row(village_code: str, seq: int, **overrides) -> list:
    values = {"村代码": village_code, "户主姓名": f"王{seq}明", "身份证号": id_number(seq), "联系电话": "13900000000",
              "住址": "一组", "家庭人口": 3, "贫困户属性": "一般贫困户", "主要致贫原因": "因病",
              "其他致贫原因": "缺技术、缺资金", "人均纯收入": 2600, "识别年份": 2014, "计划脱贫年份": 2019}
    values.update(overrides)
    return [values[c] for c in IMPORT_COLUMNS]


def _upload(client, data: bytes):
    return client.post("/registry/import", data={"file": (io.BytesIO(data), "households.xlsx")},
                       content_type="multipart/form-data")


def _officer(factory, client):
    village = factory.make_village()
    officer = factory.make_user("village_officer", village_id=village.id)
    sign_in(client, officer)
    return village


def test_the_template_downloads_with_the_expected_header(client, factory):
    _officer(factory, client)
    response = client.get("/registry/import/template.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.data)).active
    assert tuple(c.value for c in sheet[1]) == IMPORT_COLUMNS


def test_a_valid_file_imports_every_household(client, factory):
    village = _officer(factory, client)
    response = _upload(client, _xlsx([_row(village.code, n) for n in range(1, 6)]))
    assert response.status_code == 302
    assert db.session.scalar(select(func.count(Household.id))) == 5
    causes = db.session.scalars(select(Household.other_causes)).first()
    assert causes == ["lack_skills", "lack_funds"]


def test_every_bad_row_is_reported_and_nothing_is_imported(client, factory):
    village = _officer(factory, client)
    bad_check = id_number(3)[:17] + ("0" if id_number(3)[17] != "0" else "1")
    rows = [
        _row(village.code, 1),
        _row(village.code, 2, 主要致贫原因="因穷"),
        _row(village.code, 3, 身份证号=bad_check),
        _row("520527100999", 4),
        _row(village.code, 1, 户主姓名="重复人"),
        _row(village.code, 6, 家庭人口="三"),
    ]
    response = _upload(client, _xlsx(rows))
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "第 3 行：主要致贫原因“因穷”无效" in page
    assert "第 4 行：身份证号校验位错误" in page
    assert "第 5 行：村代码“520527100999”不存在或不在您的管辖范围内" in page
    assert "第 6 行：身份证号与第2行重复" in page
    assert "第 7 行：家庭人口必须是整数" in page
    assert "第 2 行" not in page
    assert db.session.scalar(select(func.count(Household.id))) == 0


def test_an_id_number_already_registered_blocks_the_whole_file(client, factory):
    village = _officer(factory, client)
    factory.make_household(village, id_number=id_number(2))
    response = _upload(client, _xlsx([_row(village.code, 1), _row(village.code, 2)]))
    assert "第 3 行：该身份证号已登记为建档立卡户" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Household.id))) == 1


def test_a_file_with_a_foreign_header_is_refused(client, factory):
    _officer(factory, client)
    response = _upload(client, _xlsx([["x"]], header=("姓名", "年龄")))
    assert "表头与模板不一致" in response.get_data(as_text=True)


def test_a_file_that_is_not_a_workbook_is_refused_cleanly(client, factory):
    _officer(factory, client)
    response = _upload(client, b"not a spreadsheet at all")
    assert response.status_code == 400 and "不是有效的 .xlsx" in response.get_data(as_text=True)
