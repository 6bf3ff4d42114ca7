"""Time the Excel import of households with members (issue 15/17): create, then the same file again (update).

One process, one fresh SQLite file (or ``--database-url`` for PostgreSQL, whose tables are emptied
first), the regions loaded, a county office importing into 50 villages of its county:

    .venv/bin/python bench/household_import_bench.py [--households 5000] [--members 3]

Figures, each the wall time of ``services.registry_import.import_workbook`` (reading the file included):
  baseline  the household sheet only (no 家庭成员 sheet), into an empty registry
  create    the same households with ``--members`` members each (plus the head), into an empty registry
  update    the create file again: every household found by its ID fingerprint, updated, members replaced
The ratio create / baseline is what the members sheet costs.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

COUNTY = "520526"  # 威宁县: its townships are in the shipped regions


def _id_number(seq: int) -> str:
    from app.services.registry import id_check_char

    first17 = f"{COUNTY}1980{(seq // 28) % 12 + 1:02d}{seq % 28 + 1:02d}{seq % 1000:03d}"
    return first17 + id_check_char(first17)


def workbook(villages: list[str], households: int, members: int) -> bytes:
    """Return the import file: ``households`` rows, and ``members`` member rows each when members > 0."""
    from openpyxl import Workbook

    from app.services import registry_import as ri

    book = Workbook(write_only=True)
    sheet = book.create_sheet(ri.HOUSEHOLD_SHEET)
    sheet.append(list(ri.HOUSEHOLD_COLUMNS))
    member_sheet = book.create_sheet(ri.MEMBER_SHEET) if members else None
    if member_sheet is not None:
        member_sheet.append(list(ri.MEMBER_COLUMNS))
    for n in range(households):
        number = _id_number(n)
        sheet.append([villages[n % len(villages)], f"王{n % 97}明", number, "13900000000", f"{n % 9 + 1}组",
                      members + 1, "一般贫困户", "因病", "缺技术", 2600 + n % 500, 2014, 2019])
        for k in range(members):
            member_sheet.append([number, f"王{k}{n % 89}", "子女", "男" if k % 2 else "女", 2000 + k, "健康", "小学"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _timed(office, data: bytes) -> tuple[float, object]:
    from app.services import registry_import

    start = time.perf_counter()
    report = registry_import.import_workbook(office, data)
    elapsed = time.perf_counter() - start
    if not report.ok:
        raise SystemExit(f"import refused: {report.errors[:3]}")
    return elapsed, report


def _empty_registry() -> None:
    from sqlalchemy import delete

    from app.extensions import db
    from app.models import Household, HouseholdMember

    db.session.execute(delete(HouseholdMember))
    db.session.execute(delete(Household))
    db.session.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=5000)
    parser.add_argument("--members", type=int, default=3)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()

    from sqlalchemy import select

    from app import create_app
    from app.extensions import db
    from app.models import Region, User, Village
    from app.reference import load_reference_data

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app({"APP_ENV": "testing", "SECRET_KEY": "bench", "PERSONAL_DATA_KEY": "bench",
                          "DATABASE_URL": args.database_url or f"sqlite:///{tmp}/bench.db",
                          "SEARCH_INDEX_DIR": f"{tmp}/search", "UPLOAD_DIR": f"{tmp}/uploads",
                          "RATELIMIT_ENABLED": False})
        with app.test_request_context():
            db.create_all()
            if db.session.scalar(select(Region).limit(1)) is None:
                load_reference_data()
            _empty_registry()
            townships = list(db.session.scalars(select(Region.code).where(
                Region.code.startswith(COUNTY), Region.level == "township").order_by(Region.code)))[:10]
            villages = []
            for t, township in enumerate(townships):
                for v in range(5):
                    code = f"{township}{v + 1:03d}"
                    if db.session.scalar(select(Village.id).where(Village.code == code)) is None:
                        db.session.add(Village(code=code, township_code=township, name=f"测试{t}-{v}村"))
                    villages.append(code)
            office = db.session.scalar(select(User).where(User.username == "bench-county"))
            if office is None:
                office = User(role="office", username="bench-county", display_name="县扶贫办", office_level="county",
                              region_code=COUNTY, is_active_account=True, password_hash="!")  # never signs in
                db.session.add(office)
            db.session.commit()

            plain = workbook(villages, args.households, 0)
            full = workbook(villages, args.households, args.members)
            baseline, _ = _timed(office, plain)
            _empty_registry()
            create, report = _timed(office, full)
            assert report.created == args.households
            update, report = _timed(office, full)
            assert report.updated == args.households
            engine = db.engine.url.get_backend_name()

    rows = args.households
    print(f"{engine}, {rows} households, {args.members} members each (+ head), file {len(full) / 1e6:.1f} MB")
    print(f"baseline (households only) {baseline:6.2f} s  {rows / baseline:7.0f} households/s")
    print(f"create (with members)      {create:6.2f} s  {rows / create:7.0f} households/s  "
          f"ratio to baseline {create / baseline:.2f}")
    print(f"update (members replaced)  {update:6.2f} s  {rows / update:7.0f} households/s")


if __name__ == "__main__":
    main()
