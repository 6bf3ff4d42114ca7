"""Exports of the statistics: whole lists, formula-safe cells, audited; the assessment as .xlsx and PDF."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from sqlalchemy import select

from app.extensions import db
from app.models import AuditLog
from tests.factories import OTHER_TOWNSHIP, TOWNSHIP


def _sheet(response):
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    book = load_workbook(io.BytesIO(response.data), read_only=True)
    return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]


def test_the_needs_list_export_holds_every_row_of_the_region_formula_safe_and_audited(client, factory, login_as):
    village = factory.make_village(TOWNSHIP)
    for n in range(3):
        factory.make_need(village=village, title=f"冬衣需求{n}号")
    factory.make_need(village=village, title="=HYPERLINK(1)")
    factory.make_need(village=factory.make_village(OTHER_TOWNSHIP), title="别县的需求")
    office = login_as("office", office_level="county")
    rows = _sheet(client.get("/dashboard/needs.xlsx?status=published"))
    titles = sorted(row[1] for row in rows[1:])
    assert titles == ["'=HYPERLINK(1)", "冬衣需求0号", "冬衣需求1号", "冬衣需求2号"]
    entry = db.session.scalar(select(AuditLog).where(AuditLog.action == "stats.export"))
    assert entry.actor_id == office.id and entry.detail["rows"] == 4
    assert entry.detail["filters"] == {"status": "published"}


def test_a_bad_filter_of_an_export_is_refused_with_a_message_and_writes_nothing(client, login_as):
    login_as("office", office_level="county")
    response = client.get("/dashboard/needs.xlsx?status=nope", follow_redirects=True)
    assert response.status_code == 200 and "状态无效" in response.get_data(as_text=True)
    assert db.session.scalar(select(AuditLog).where(AuditLog.action == "stats.export")) is None


def test_the_pledge_list_masks_individual_donors(client, factory, login_as):
    need = factory.make_need(village=factory.make_village(TOWNSHIP))
    factory.make_pledge(need, donor=factory.make_user("donor", display_name="张三明"))
    login_as("office", office_level="county")
    html = client.get("/dashboard/pledges").get_data(as_text=True)
    assert "张*明" in html and "张三明" not in html
    rows = _sheet(client.get("/dashboard/pledges.xlsx"))
    assert rows[1][5] == "爱心人士 张*明"


def test_the_assessment_exports_as_xlsx_and_pdf(client, factory, login_as):
    factory.make_household(factory.make_village(TOWNSHIP))
    login_as("office", office_level="prefecture")
    rows = _sheet(client.get("/assessment/export.xlsx?year=2025"))
    assert rows[0][:3] == ["县代码", "县", "省"] and rows[1][0] == TOWNSHIP[:6]
    assert "无数据" in rows[1], "indicators without a value say so"
    report = client.get("/assessment/report.pdf?year=2025")
    assert report.status_code == 200 and report.data.startswith(b"%PDF-") and len(report.data) > 5000
    assert db.session.scalars(select(AuditLog.object_id).where(AuditLog.action == "stats.export").order_by(AuditLog.id)).all() == [
        "assessment", "assessment.pdf"]


def test_the_dashboard_export_has_one_sheet_per_table(client, factory, login_as):
    factory.make_household(factory.make_village(TOWNSHIP), main_cause="disability")
    login_as("office", office_level="county")
    response = client.get("/dashboard/export.xlsx")
    book = load_workbook(io.BytesIO(response.data), read_only=True)
    assert "致贫原因" in book.sheetnames and len(book.sheetnames) >= 12
    causes = {row[0]: row[1] for row in book["致贫原因"].iter_rows(values_only=True)}
    assert causes["因残"] == 1
