"""Excel import: every bad row reported with its number and reason; nothing imported unless all is valid."""

from __future__ import annotations

import io

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.extensions import db
from app.crypto import cipher
from app.models import AuditLog, Household, HouseholdMember
from app.services.registry_import import HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, MEMBER_COLUMNS, MEMBER_SHEET
from tests.app.needlife import id_number, sign_in


def _xlsx(rows, header=HOUSEHOLD_COLUMNS) -> bytes:
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
    return [values[c] for c in HOUSEHOLD_COLUMNS]


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
    book = load_workbook(io.BytesIO(response.data))
    assert tuple(c.value for c in book[HOUSEHOLD_SHEET][1]) == HOUSEHOLD_COLUMNS
    assert tuple(c.value for c in book[MEMBER_SHEET][1]) == MEMBER_COLUMNS


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


def test_an_id_number_registered_outside_the_scope_blocks_the_whole_file_and_is_audited(client, factory):
    village = _officer(factory, client)
    factory.make_household(factory.make_village(factory.OTHER_TOWNSHIP), id_number=id_number(2))
    response = _upload(client, _xlsx([_row(village.code, 1), _row(village.code, 2)]))
    assert "贫困户表第 3 行：该身份证号已在您管辖范围以外登记为建档立卡户" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Household.id))) == 1
    entry = db.session.scalar(select(AuditLog).where(AuditLog.action == "household.duplicate_id"))
    assert entry.detail == {"hits": 1, "outside_scope": 1}


def _members_book(households, members, hidden_members=False) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = HOUSEHOLD_SHEET
    sheet.append(list(HOUSEHOLD_COLUMNS))
    for row in households:
        sheet.append(list(row))
    member_sheet = book.create_sheet(MEMBER_SHEET)
    member_sheet.append(list(MEMBER_COLUMNS))
    for row in members:
        member_sheet.append(list(row))
    if hidden_members:
        member_sheet.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _members_of(household_id: int) -> list[tuple]:
    return [(m.name, m.relation, m.gender, m.birth_year, m.health, m.education) for m in db.session.scalars(
        select(HouseholdMember).where(HouseholdMember.household_id == household_id).order_by(HouseholdMember.id))]


def _by_id_number(number: str) -> Household:
    return db.session.scalar(select(Household).where(Household.id_fingerprint == cipher().fingerprint(number)))


def test_members_are_imported_with_their_household_and_the_head_is_added_when_not_listed(client, factory):
    village = _officer(factory, client)
    members = [[id_number(1), "李秀英", "配偶", "女", 1982, "长期慢性病", "初中"],
               [id_number(1), "王小明", "子女", "男", 2008, "", "小学"],
               [id_number(2), "王2明", "户主", "男", 1980, "残疾", "高中"]]
    response = _upload(client, _members_book([_row(village.code, 1), _row(village.code, 2)], members))
    assert response.status_code == 302, response.get_data(as_text=True)
    first, second = _by_id_number(id_number(1)), _by_id_number(id_number(2))
    assert _members_of(first.id) == [("王1明", "户主", "male", None, "健康", ""),
                                     ("李秀英", "配偶", "female", 1982, "长期慢性病", "初中"),
                                     ("王小明", "子女", "male", 2008, "健康", "小学")]
    assert _members_of(second.id) == [("王2明", "户主", "male", 1980, "残疾", "高中")]


def test_every_bad_member_row_is_reported_with_its_sheet_and_row_and_nothing_is_imported(client, factory):
    village = _officer(factory, client)
    members = [[id_number(1), "李秀英", "配偶", "女", 1982, "", ""],
               [id_number(9), "张三", "子女", "男", 2008, "", ""],
               [id_number(1), "王小明", "邻居", "男", 2008, "", ""],
               [id_number(1), "王小红", "子女", "未知", 2030, "", ""],
               [id_number(2), "别人", "户主", "男", 1980, "", ""],
               [id_number(2), "甲", "子女", "男", None, "", ""],
               [id_number(2), "乙", "子女", "女", None, "", ""],
               [id_number(2), "丙", "子女", "女", None, "", ""]]
    response = _upload(client, _members_book([_row(village.code, 1), _row(village.code, 2)], members))
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert f"家庭成员表第 3 行：户主身份证号“{id_number(9)}”不在“贫困户”表中" in page
    assert "家庭成员表第 4 行：与户主关系“邻居”无效" in page
    assert "家庭成员表第 5 行：性别“未知”无效（男或女）；出生年份无效" in page
    assert "家庭成员表第 6 行：户主的姓名应与“贫困户”表中的户主姓名一致" in page
    assert "贫困户表第 3 行：家庭成员（含户主）有4人，多于家庭人口3" in page
    assert "家庭成员表第 2 行" not in page and "第 7 行" not in page
    assert db.session.scalar(select(func.count(Household.id))) == 0
    assert db.session.scalar(select(func.count(HouseholdMember.id))) == 0


def test_a_registered_household_in_scope_is_updated_and_its_members_replaced_with_an_audit_entry(client, factory):
    village = _officer(factory, client)
    household = factory.make_household(village, id_number=id_number(1), head_name="王1明", status="returned")
    db.session.add(HouseholdMember(household_id=household.id, name="旧成员", relation="子女", gender="male"))
    db.session.commit()
    rows = [_row(village.code, 1, 联系电话="13800000001", 人均纯收入=3100), _row(village.code, 2)]
    response = _upload(client, _members_book(rows, [[id_number(1), "李秀英", "配偶", "女", 1982, "", ""]]))
    assert response.status_code == 302, response.get_data(as_text=True)
    db.session.expire_all()
    updated = db.session.get(Household, household.id)
    assert (updated.phone, updated.income_per_capita, updated.status) == ("13800000001", 3100, "returned")
    assert _members_of(household.id) == [("王1明", "户主", "male", None, "健康", ""),
                                         ("李秀英", "配偶", "female", 1982, "健康", "")]
    assert db.session.scalar(select(func.count(Household.id))) == 2
    entry = db.session.scalar(select(AuditLog).where(AuditLog.action == "household.import_update"))
    assert entry.object_id == str(household.id) and "phone" in entry.detail["fields"]
    assert (entry.detail["members_before"], entry.detail["members_after"]) == (1, 2)
    assert "13800000001" not in str(entry.detail)


def test_without_a_members_sheet_the_members_of_an_updated_household_are_kept(client, factory):
    village = _officer(factory, client)
    household = factory.make_household(village, id_number=id_number(1), head_name="王旧明")
    db.session.add_all([HouseholdMember(household_id=household.id, name="王旧明", relation="户主", gender="male"),
                        HouseholdMember(household_id=household.id, name="李秀英", relation="配偶", gender="female")])
    db.session.commit()
    assert _upload(client, _xlsx([_row(village.code, 1)])).status_code == 302
    assert [m[:2] for m in _members_of(household.id)] == [("王1明", "户主"), ("李秀英", "配偶")]


def test_a_hidden_members_sheet_is_refused_not_ignored(client, factory):
    village = _officer(factory, client)
    data = _members_book([_row(village.code, 1)], [[id_number(1), "李秀英", "配偶", "女", 1982, "", ""]],
                         hidden_members=True)
    response = _upload(client, data)
    assert response.status_code == 400 and "“家庭成员”工作表被隐藏" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Household.id))) == 0


def test_a_file_with_a_foreign_header_is_refused(client, factory):
    _officer(factory, client)
    response = _upload(client, _xlsx([["x"]], header=("姓名", "年龄")))
    assert "表头与模板不一致" in response.get_data(as_text=True)


def test_a_file_that_is_not_a_workbook_is_refused_cleanly(client, factory):
    _officer(factory, client)
    response = _upload(client, b"not a spreadsheet at all")
    assert response.status_code == 400 and "不是有效的 .xlsx" in response.get_data(as_text=True)


def test_the_members_sheet_follows_the_file_rules_of_the_household_sheet(client, factory):
    village = _officer(factory, client)
    members = [[int(id_number(1)[:15]), "李秀英", "配偶", "女", 1982, "", ""],
               [id_number(1), "=A1&\"x\"", "子女", "男", 2008, "", ""],  # openpyxl saves a formula, no result
               [id_number(1), "王小明", "子女", "男", 2008, "x" * 501, ""]]
    page = _upload(client, _members_book([_row(village.code, 1)], members)).get_data(as_text=True)
    assert "家庭成员表第 2 行：户主身份证号请以文本格式填写" in page
    assert "家庭成员表第 3 行：姓名是没有计算结果的公式" in page
    assert "家庭成员表第 4 行：健康状况内容过长（不超过500字）" in page
    assert db.session.scalar(select(func.count(Household.id))) == 0
