"""Registry export to .xlsx: the search's households, formula-safe, personal data for staff in scope, audited."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import load_workbook
from sqlalchemy import delete, func, select

from app.extensions import db
from app.models import AuditLog, Household, HouseholdMember
from app.services.registry_export import EXPORT_COLUMNS
from app.services.registry_import import HOUSEHOLD_COLUMNS, MEMBER_COLUMNS
from tests.app.needlife import id_number


def _sheet(data: bytes) -> list[tuple]:
    return list(load_workbook(io.BytesIO(data), read_only=True).active.iter_rows(values_only=True))


def test_the_export_holds_the_searched_households_with_personal_data_and_is_audited(client, factory, login_as):
    village = factory.make_village()
    wanted = factory.make_household(village, head_name="李四军", id_number=id_number(71), main_cause="lack_funds",
                                    other_causes=["lack_skills"])
    factory.make_household(village, main_cause="illness")
    factory.make_household(factory.make_village(factory.OTHER_TOWNSHIP), main_cause="lack_funds")
    office = login_as("office", office_level="county")
    response = client.get("/registry/export.xlsx?cause=lack_funds")
    assert response.status_code == 200 and response.mimetype.endswith("spreadsheetml.sheet")
    rows = _sheet(response.data)
    assert rows[0] == EXPORT_COLUMNS and rows[0][:12] == HOUSEHOLD_COLUMNS
    assert len(rows) == 2  # the other county's household is outside the scope
    assert rows[1][:3] == (village.code, "李四军", id_number(71)) and rows[1][8] == "缺技术"
    assert wanted.id
    entry = db.session.scalar(select(AuditLog).where(AuditLog.action == "household.export"))
    assert entry.actor_id == office.id and entry.detail["rows"] == 1 and entry.detail["personal_rows"] == 1
    assert entry.detail["query"] == {"cause": "lack_funds"}


def test_text_that_starts_like_a_formula_is_written_as_text(client, factory, login_as):
    factory.make_household(factory.make_village(), head_name="=HYPERLINK(1)", address="+一组")
    login_as("office", office_level="county")
    row = _sheet(client.get("/registry/export.xlsx").data)[1]
    assert row[1] == "'=HYPERLINK(1)" and row[4] == "'+一组"


def test_a_bad_query_exports_nothing_and_says_why(client, factory, login_as):
    factory.make_household(factory.make_village())
    login_as("office", office_level="county")
    response = client.get(f"/registry/export.xlsx?region={factory.OTHER_TOWNSHIP}", follow_redirects=True)
    assert "所选地区不在您的管辖范围内" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "household.export")) == 0


def _registry_snapshot() -> list[tuple]:
    """Return every household with its members, as the registry holds them, keyed by nothing the database made."""
    return sorted(
        (h.village.code, h.head_name, h.head_name_masked, h.id_number, h.phone, h.address, h.members_count,
         h.attribute, h.main_cause, tuple(h.other_causes), h.income_per_capita, h.registered_year,
         h.planned_exit_year,
         tuple((m.name, m.relation, m.gender, m.birth_year, m.health, m.education) for m in h.members))
        for h in db.session.scalars(select(Household)))


def test_an_export_imports_back_into_an_empty_registry_as_the_same_households_and_members(client, factory, login_as):
    village, other_village = factory.make_village(), factory.make_village(name="二村")
    for n, cause in enumerate(("illness", "lack_funds", "disability")):
        household = factory.make_household(
            village if n else other_village, head_name=f"王建{n}国", id_number=id_number(80 + n), main_cause=cause,
            other_causes=["lack_skills", "poor_transport"][:n], members_count=n + 2, phone=f"1390000000{n}",
            income_per_capita=Decimal("2650.5") if n else None, planned_exit_year=2019 if n else None,
            attribute=("general", "minimum_living", "extreme_poverty")[n])
        db.session.add(HouseholdMember(household_id=household.id, name=f"王建{n}国", relation="户主", gender="male",
                                       birth_year=1980, health="健康", education="初中"))
        for k in range(n + 1):
            db.session.add(HouseholdMember(household_id=household.id, name=f"=成员{n}{k}", relation="子女",
                                           gender=("male", "female")[k % 2], birth_year=2005 + k,
                                           health="残疾" if k else "健康", education=""))
    db.session.commit()
    before = _registry_snapshot()
    assert len(before) == 3 and sum(len(h[-1]) for h in before) == 9

    login_as("office", office_level="county")  # both villages are in the county's scope
    data = client.get("/registry/export.xlsx").data
    book = load_workbook(io.BytesIO(data), read_only=True)
    assert [ws.title for ws in book.worksheets] == ["贫困户", "家庭成员"]
    member_rows = list(book["家庭成员"].iter_rows(values_only=True))
    assert member_rows[0] == MEMBER_COLUMNS and len(member_rows) == 10
    assert "'=成员00" in {row[1] for row in member_rows}  # formula-safe there too
    db.session.execute(delete(HouseholdMember))
    db.session.execute(delete(Household))
    db.session.commit()
    response = client.post("/registry/import", data={"file": (io.BytesIO(data), "export.xlsx")},
                           content_type="multipart/form-data")
    assert response.status_code == 302, response.get_data(as_text=True)
    db.session.expire_all()
    after = _registry_snapshot()
    assert after == before  # the apostrophe that kept "=成员00" text in the sheet is dropped again


def test_members_of_households_shown_masked_are_not_exported(client, factory, login_as):
    village = factory.make_village()
    household = factory.make_household(village, head_name="李四军")
    db.session.add(HouseholdMember(household_id=household.id, name="李秀英", relation="配偶", gender="female"))
    db.session.commit()
    login_as("office", office_level="county", region_code=factory.OTHER_TOWNSHIP[:6])
    data = client.get("/registry/export.xlsx").data
    book = load_workbook(io.BytesIO(data), read_only=True)
    assert len(list(book["家庭成员"].iter_rows(values_only=True))) == 1


def test_the_cli_exports_the_scope_of_an_account_with_a_progress_bar(app, db, factory, tmp_path):
    village = factory.make_village()
    for n in range(3):
        factory.make_household(village, id_number=id_number(90 + n))
    office = factory.make_office("county")
    out = tmp_path / "registry.xlsx"
    result = app.test_cli_runner().invoke(args=["registry", "export", "--user", office.username, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "exported 3 households" in result.output and "导出建档立卡户" in result.output
    assert len(_sheet(out.read_bytes())) == 4
    assert db.session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "household.export")) == 1


def test_the_cli_refuses_an_unknown_account_and_a_region_outside_the_scope(app, db, factory, tmp_path):
    office = factory.make_office("county")
    out = tmp_path / "registry.xlsx"
    runner = app.test_cli_runner()
    result = runner.invoke(args=["registry", "export", "--user", "nobody", "--out", str(out)])
    assert result.exit_code != 0 and "不存在" in result.output
    result = runner.invoke(args=["registry", "export", "--user", office.username, "--out", str(out),
                                 "--region", factory.OTHER_TOWNSHIP])
    assert result.exit_code != 0 and "不在您的管辖范围内" in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == []
