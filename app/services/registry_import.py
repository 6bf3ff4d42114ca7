"""Import households with their members: one validation and upsert for the Excel file and the API.

Both front ends hand ``upsert_households`` rows of cells keyed by the template's column titles
(``HOUSEHOLD_COLUMNS``, ``MEMBER_COLUMNS``): the Excel import reads them from the sheets 贫困户 and
家庭成员 (members linked to their household by the head's ID number, 户主身份证号); the API
(``app/api/registry.py``) maps its JSON fields onto the same titles. So the rules are one:

- all rows or none: every bad row is reported (``RowError``: sheet, row, Chinese message), nothing written;
- an ID number registered inside the caller's scope updates that household (found by the ID
  fingerprint); one registered outside it is refused (and the hit audited, as a duplicate look-up);
- when members are given (the file has a 家庭成员 sheet; the API rows carry ``members``), each imported
  household's members are replaced by them, the head (户主) added from the household row when not
  listed; without members, existing members are kept;
- a new household is ``household.import``-audited, an update ``household.import_update`` with the
  names of the changed fields and the members before and after (values are personal data: never logged).

File rules (reliability issue): the file is read within ``spreadsheets``' bounds, hidden sheets are
never read, formula cells without a saved result and cells over ``MAX_CELL_CHARS`` are refused.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from .. import clock, security
from ..crypto import cipher
from ..extensions import db
from ..models import HOUSEHOLD_ATTRIBUTES, POVERTY_CAUSES, Household, HouseholdMember, User, Village
from . import audit, scope, spreadsheets
from .registry import (
    ATTRIBUTE_BY_LABEL,
    CAUSE_BY_LABEL,
    MEMBER_RELATIONS,
    HouseholdInput,
    _audit_duplicate_ids,
    _fill,
    _gender_of,
    _require_registry_user,
    id_number_problem,
    problems,
    villages_in_scope,
)

HOUSEHOLD_SHEET = "贫困户"
MEMBER_SHEET = "家庭成员"
HOUSEHOLD_COLUMNS = ("村代码", "户主姓名", "身份证号", "联系电话", "住址", "家庭人口", "贫困户属性", "主要致贫原因",
                     "其他致贫原因", "人均纯收入", "识别年份", "计划脱贫年份")
MEMBER_COLUMNS = ("户主身份证号", "姓名", "与户主关系", "性别", "出生年份", "健康状况", "文化程度")
GENDER_BY_LABEL = {"男": "male", "女": "female", "male": "male", "female": "female"}
GENDER_LABELS = {"male": "男", "female": "女"}
IMPORT_MAX_ROWS = 5000  # households per import
IMPORT_MAX_MEMBER_ROWS = 5000 * 10
IMPORT_MAX_BYTES = 10 * 1024 * 1024
MEMBER_TEXT_MAX = 32  # health and education columns


@dataclass(frozen=True)
class RowError:
    """One bad row: its sheet, where it is (the sheet's row number, or the API's index) and why (Chinese)."""

    sheet: str
    row: object
    message: str


@dataclass
class ImportReport:
    """The outcome of an import: the rows' problems, or how many households were created and updated."""

    errors: list[RowError] = field(default_factory=list)
    created: int = 0
    updated: int = 0

    @property
    def ok(self) -> bool:
        """Return whether the whole input was valid and written."""
        return not self.errors


@dataclass
class SourceRow:
    """A row to import: ``at`` locates it in errors, ``label`` names it inside messages ("第3行")."""

    at: object
    label: str
    cells: dict


@dataclass
class _Member:
    name: str
    relation: str
    gender: str
    birth_year: int | None
    health: str
    education: str


@dataclass
class _Parsed:
    row: SourceRow
    data: HouseholdInput
    village: Village
    fingerprint: str
    members: list[_Member] = field(default_factory=list)


# ---------------------------------------------------------------- cells


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _int(value, name: str, errors: list[str], required: bool = True) -> int | None:
    text = _text(value)
    if not text:
        if required:
            errors.append(f"{name}不能为空")
        return None
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        number = None
    # int() of "Infinity" raises and of "1e999999999" builds a billion-digit number: no count or year is that big.
    if number is None or not number.is_finite() or number.adjusted() > 9 or number != number.to_integral_value():
        errors.append(f"{name}必须是整数")  # 2.5 is refused, never truncated to 2
        return None
    return int(number)


def _too_long(cells: dict, columns: tuple[str, ...]) -> str | None:
    """Return the message for cells over MAX_CELL_CHARS (such a row is not parsed further), or None."""
    long = [c for c in columns if len(_text(cells.get(c))) > spreadsheets.MAX_CELL_CHARS]
    return f"{'、'.join(long)}内容过长（不超过{spreadsheets.MAX_CELL_CHARS}字）" if long else None


def _file_problems(cells: dict, columns: tuple[str, ...]) -> list[str]:
    """Return the problems any cell can have whatever its column: a control character, a formula without result."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    found = []
    control = [c for c in columns if ILLEGAL_CHARACTERS_RE.search(_text(cells.get(c)))]
    if control:
        found.append(f"{'、'.join(control)}包含无效的控制字符")
    uncomputed = [c for c in columns if cells.get(c) is spreadsheets.UNCOMPUTED]
    if uncomputed:
        found.append(f"{'、'.join(uncomputed)}是没有计算结果的公式，请在 Excel 中打开并保存后再导入")
    return found


def _is_number(value) -> bool:
    """Return whether an ID number cell holds a number: Excel keeps 15 digits, so its last three are lost."""
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def _cause(text: str) -> str | None:
    return CAUSE_BY_LABEL.get(text) or (text if text in POVERTY_CAUSES else None)


def _parse_household(cells: dict, villages: dict[str, Village]) -> tuple[HouseholdInput, Village | None, list[str]]:
    if long := _too_long(cells, HOUSEHOLD_COLUMNS):
        return HouseholdInput(village_id=0, head_name="", id_number=""), None, [long]
    errors = _file_problems(cells, HOUSEHOLD_COLUMNS)
    id_cell = cells.get("身份证号")
    if _is_number(id_cell):
        errors.append("身份证号请以文本格式填写")
    village = villages.get(_text(cells.get("村代码")))
    if village is None:
        errors.append(f"村代码“{_text(cells.get('村代码'))}”不存在或不在您的管辖范围内")
    attribute_text = _text(cells.get("贫困户属性")) or "一般贫困户"
    attribute = ATTRIBUTE_BY_LABEL.get(attribute_text) or (attribute_text if attribute_text in HOUSEHOLD_ATTRIBUTES
                                                           else None)
    if attribute is None:
        errors.append(f"贫困户属性“{attribute_text}”无效")
    main_cause = _cause(_text(cells.get("主要致贫原因")))
    if main_cause is None:
        errors.append(f"主要致贫原因“{_text(cells.get('主要致贫原因'))}”无效")
    others = []
    for label in _text(cells.get("其他致贫原因")).replace("、", ",").replace("，", ",").split(","):
        label = label.strip()
        if label:
            if _cause(label) is None:
                errors.append(f"其他致贫原因“{label}”无效")
            else:
                others.append(_cause(label))
    income = None
    if _text(cells.get("人均纯收入")):
        try:
            income = Decimal(_text(cells.get("人均纯收入")))
        except InvalidOperation:
            errors.append("人均纯收入必须是数字")
    members = _int(cells.get("家庭人口"), "家庭人口", errors)
    year = _int(cells.get("识别年份"), "识别年份", errors)
    data = HouseholdInput(
        village_id=village.id if village else 0,
        head_name=_text(cells.get("户主姓名")),
        id_number=_text(id_cell).upper(),
        phone=_text(cells.get("联系电话")),
        address=_text(cells.get("住址")),
        members_count=members if members is not None else 0,
        attribute=attribute or "general",
        main_cause=main_cause or "other",
        other_causes=others,
        income_per_capita=income,
        registered_year=year if year is not None else 0,
        planned_exit_year=_int(cells.get("计划脱贫年份"), "计划脱贫年份", errors, required=False),
    )
    unparsed = {"members_count"} if members is None else set()
    unparsed |= {"registered_year", "planned_exit_year"} if year is None else set()
    errors.extend(msg for name, msg in problems(data) if name not in unparsed)
    return data, village, errors


def _parse_member(cells: dict) -> tuple[_Member | None, list[str]]:
    if long := _too_long(cells, MEMBER_COLUMNS):
        return None, [long]
    errors = _file_problems(cells, MEMBER_COLUMNS)
    if _is_number(cells.get("户主身份证号")):
        errors.append("户主身份证号请以文本格式填写")
    name = _text(cells.get("姓名"))
    if not 1 <= len(name) <= 20:
        errors.append("姓名应为1–20个字")
    relation = _text(cells.get("与户主关系"))
    if relation not in MEMBER_RELATIONS:
        errors.append(f"与户主关系“{relation}”无效（可选：{'、'.join(MEMBER_RELATIONS)}）")
    gender = GENDER_BY_LABEL.get(_text(cells.get("性别")))
    if gender is None:
        errors.append(f"性别“{_text(cells.get('性别'))}”无效（男或女）")
    birth_year = _int(cells.get("出生年份"), "出生年份", errors, required=False)
    if birth_year is not None and not 1900 <= birth_year <= clock.china_today().year:
        errors.append("出生年份无效")
    health, education = _text(cells.get("健康状况")) or "健康", _text(cells.get("文化程度"))
    if len(health) > MEMBER_TEXT_MAX or len(education) > MEMBER_TEXT_MAX:
        errors.append(f"健康状况和文化程度不超过{MEMBER_TEXT_MAX}字")
    if errors:
        return None, errors
    return _Member(name, relation, gender, birth_year, health, education), []


# ---------------------------------------------------------------- the one service


def upsert_households(user: User, households: list[SourceRow], members: list[SourceRow] | None) -> ImportReport:
    """Validate every row, then create or update all households (and replace their members) or none.

    ``households`` carry the cells of ``HOUSEHOLD_COLUMNS``, ``members`` those of ``MEMBER_COLUMNS``
    (None: keep the members of updated households). Raises Forbidden for roles without the registry.
    Returns the report; on errors nothing was written, except the audit of a look-up that hit an ID
    number outside the scope (committed on its own, as in the household form).
    """
    _require_registry_user(user)
    report = ImportReport()
    if not households:
        report.errors.append(RowError(HOUSEHOLD_SHEET, 2, "表格中没有数据行"))
        return report
    villages = {v.code: v for v in villages_in_scope(user)}
    parsed: dict[str, _Parsed] = {}
    seen: dict[str, SourceRow] = {}
    for row in households:
        data, village, errors = _parse_household(row.cells, villages)
        fingerprint = None
        if not id_number_problem(data.id_number):
            fingerprint = cipher().fingerprint(data.id_number)
            if fingerprint in seen:
                errors.append(f"身份证号与{seen[fingerprint].label}重复")
            else:
                seen[fingerprint] = row
        if errors:
            report.errors.append(RowError(HOUSEHOLD_SHEET, row.at, "；".join(dict.fromkeys(errors))))
        else:
            parsed[fingerprint] = _Parsed(row, data, village, fingerprint)

    for row in members or []:
        member, errors = _parse_member(row.cells)
        head_id = _text(row.cells.get("户主身份证号")).upper()
        fingerprint = cipher().fingerprint(head_id) if head_id and not id_number_problem(head_id) else None
        if fingerprint not in seen and not _is_number(row.cells.get("户主身份证号")):
            errors.insert(0, f"户主身份证号“{head_id}”不在“{HOUSEHOLD_SHEET}”表中")
        elif member is not None and fingerprint in parsed:
            household = parsed[fingerprint]
            if member.relation == "户主" and any(m.relation == "户主" for m in household.members):
                errors.append("每户只能有一位户主")
            elif member.relation == "户主" and member.name != household.data.head_name.strip():
                errors.append(f"户主的姓名应与“{HOUSEHOLD_SHEET}”表中的户主姓名一致")
            else:
                household.members.append(member)
        if errors:
            report.errors.append(RowError(MEMBER_SHEET, row.at, "；".join(dict.fromkeys(errors))))
    if members is not None:
        for household in parsed.values():
            listed = len(household.members) + (not any(m.relation == "户主" for m in household.members))
            if listed > household.data.members_count:
                report.errors.append(RowError(HOUSEHOLD_SHEET, household.row.at,
                                              f"家庭成员（含户主）有{listed}人，多于家庭人口{household.data.members_count}"))

    existing = _existing(user, seen, report)
    if report.errors:
        report.errors.sort(key=lambda e: (e.sheet == MEMBER_SHEET, e.row))
        return report
    created = []
    for fingerprint, item in parsed.items():
        household = existing.get(fingerprint)
        if household is None:
            created.append(_create(item, members is not None))
        else:
            _update(household, item, members is not None)
    db.session.flush()  # once for the whole file: ids for the audit entries of the new households
    for household in created:
        audit.record("household.import", "household", household.id, household.village.code,
                     {"members": len(household.members)})
    db.session.commit()
    report.created, report.updated = len(created), len(parsed) - len(created)
    return report


def _existing(user: User, seen: dict[str, SourceRow], report: ImportReport) -> dict[str, Household]:
    """Return the households already registered under the rows' ID numbers; refuse those outside the scope."""
    if not seen:
        return {}
    security.spend_id_checks(user.id, len(seen))
    found = {h.id_fingerprint: h for h in db.session.scalars(
        select(Household).where(Household.id_fingerprint.in_(list(seen)))
        .options(joinedload(Household.village), selectinload(Household.members), joinedload(Household.helper)))}
    outside = [h for h in found.values() if not scope.covers(user, h.village.code)]
    for household in outside:
        report.errors.append(RowError(HOUSEHOLD_SHEET, seen[household.id_fingerprint].at,
                                      "该身份证号已在您管辖范围以外登记为建档立卡户"))
    if outside:
        _audit_duplicate_ids(user, [h.village.code for h in outside])
    return found


def _member_rows(household: Household, given: list[_Member]) -> list[HouseholdMember]:
    members = [HouseholdMember(name=m.name, relation=m.relation, gender=m.gender, birth_year=m.birth_year,
                               health=m.health, education=m.education) for m in given]
    if not any(m.relation == "户主" for m in given):
        members.insert(0, HouseholdMember(name=household.head_name, relation="户主",
                                          gender=_gender_of(household.id_number)))
    return members


def _create(item: _Parsed, with_members: bool) -> Household:
    household = Household(village=item.village, status="registered")
    _fill(household, item.data)
    household.members = _member_rows(household, item.members if with_members else [])
    db.session.add(household)
    return household


_COMPARED = ("village_id", "head_name", "phone", "address", "members_count", "attribute", "main_cause",
             "other_causes", "income_per_capita", "registered_year", "planned_exit_year")


def _update(household: Household, item: _Parsed, with_members: bool) -> None:
    before = {name: getattr(household, name) for name in _COMPARED}
    members_before = len(household.members)
    household.village, household.village_id = item.village, item.village.id
    _fill(household, item.data)
    changed = [name for name in _COMPARED if getattr(household, name) != before[name]]
    helper = household.helper
    if helper is not None and not item.village.code.startswith(helper.region_code or "\0"):
        household.helper_id = None  # moved out of the helper's region (the household form's rule)
        changed.append("helper_id")
    if with_members:
        household.members = _member_rows(household, item.members)  # the old ones are deleted as orphans
    else:
        head = next((m for m in household.members if m.relation == "户主"), None)
        if head is not None:
            head.name = household.head_name
    audit.record("household.import_update", "household", household.id, item.village.code,
                 {"fields": changed, "members_before": members_before, "members_after": len(household.members)})


# ---------------------------------------------------------------- Excel


def import_template() -> bytes:
    """Return the .xlsx template: the two sheets with their header row and an example, and a help sheet."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = HOUSEHOLD_SHEET
    sheet.append(spreadsheets.escape_row(HOUSEHOLD_COLUMNS))
    example_id = "52052619800101" + "0011"
    sheet.append(["520526100001", "张三明", example_id, "13900000000", "一组", 4, "一般贫困户",
                  "因病", "缺技术，缺资金", 2800, 2014, 2019])
    for column, width in zip("ABCDEFGHIJKL", (14, 10, 22, 14, 20, 8, 14, 14, 20, 10, 8, 12), strict=True):
        sheet.column_dimensions[column].width = width
    members = book.create_sheet(MEMBER_SHEET)
    members.append(spreadsheets.escape_row(MEMBER_COLUMNS))
    members.append([example_id, "李秀英", "配偶", "女", 1982, "长期慢性病", "初中"])
    members.append([example_id, "张小明", "子女", "男", 2008, "健康", "小学"])
    for column, width in zip("ABCDEFG", (22, 10, 10, 6, 8, 12, 10), strict=True):
        members.column_dimensions[column].width = width
    help_sheet = book.create_sheet("填写说明")
    for line in (
        ["字段", "可选值 / 说明"],
        ["村代码", "12位村级代码，须在您的管辖范围内"],
        ["身份证号", "18位，文本格式，系统会核对校验位；已在您管辖范围内登记的户按身份证号更新"],
        ["贫困户属性", "、".join(HOUSEHOLD_ATTRIBUTES.values())],
        ["致贫原因", "、".join(POVERTY_CAUSES.values())],
        ["其他致贫原因", "最多两项，用逗号或顿号分隔"],
        [MEMBER_SHEET, "每行一位家庭成员，以户主身份证号对应到“贫困户”表；有此表时，表中各户的成员以此表为准"
                       "（未列户主时按户主信息自动添加）；没有此表时，已登记户的成员保持不变"],
        ["与户主关系", "、".join(MEMBER_RELATIONS)],
        ["性别", "男、女"],
        ["示例行", "两张表的示例行导入前请删除"],
    ):
        help_sheet.append(spreadsheets.escape_row(line))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet_rows(rows, columns: tuple[str, ...], sheet: str, limit: tuple[int, str],
                report: ImportReport) -> list[SourceRow] | None:
    header = [_text(v) for v in next(rows, ())]
    if tuple(header[: len(columns)]) != columns:
        report.errors.append(RowError(sheet, 1, "表头与模板不一致，请下载模板后填写"))
        return None
    found = []
    for number, row in enumerate(rows, start=2):
        cells = list(row[: len(columns)]) + [None] * (len(columns) - len(row))
        if all(_text(c) == "" for c in cells):
            continue  # formatting only: not a row of data
        if len(found) == limit[0]:
            report.errors.append(RowError(sheet, number, f"一次最多导入{limit[0]}{limit[1]}"))
            return None
        cells = [spreadsheets.unescape_formula(c) for c in cells]  # an exported "'=x" imports as "=x"
        found.append(SourceRow(number, f"第{number}行", dict(zip(columns, cells, strict=True))))
    return found


def import_workbook(user: User, file_bytes: bytes) -> ImportReport:
    """Import households (sheet 贫困户) and their members (sheet 家庭成员, optional) from an .xlsx file.

    The household sheet is the visible sheet titled 贫困户, else the sheet the officer sees; a hidden
    家庭成员 sheet is refused, not ignored. Rows with no value are skipped and do not count toward
    the limits. Errors locate rows by sheet row number. Then as ``upsert_households``.
    """
    _require_registry_user(user)
    report = ImportReport()
    if len(file_bytes) > IMPORT_MAX_BYTES:
        report.errors.append(RowError("", 0, "文件过大（不超过10MB）"))
        return report
    try:
        with spreadsheets.open_workbook(file_bytes) as book:
            title = HOUSEHOLD_SHEET if book.state(HOUSEHOLD_SHEET) == "visible" else None
            households = _sheet_rows(book.rows(title), HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, (IMPORT_MAX_ROWS, "户"),
                                     report)
            members = None
            if book.state(MEMBER_SHEET) not in (None, "visible"):
                raise spreadsheets.SpreadsheetRefused(f"“{MEMBER_SHEET}”工作表被隐藏，请取消隐藏后再导入")
            if book.state(MEMBER_SHEET) == "visible":
                members = _sheet_rows(book.rows(MEMBER_SHEET), MEMBER_COLUMNS, MEMBER_SHEET,
                                      (IMPORT_MAX_MEMBER_ROWS, "位家庭成员"), report)
    except spreadsheets.SpreadsheetRefused as refusal:
        report.errors.append(RowError("", 0, str(refusal)))
        return report
    if report.errors:
        return report
    return upsert_households(user, households, members)
