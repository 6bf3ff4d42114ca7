"""Exports of the statistics: the dashboard's tables, the assessment and the office lists as .xlsx, and the
assessment as a PDF report.

Workbooks are written with openpyxl's write-only mode into a file object the caller gives (rows go out
as they are made: memory stays flat for a list of any length), every text cell through
``spreadsheets.escape_formula`` (a title starting with "=" stays text in Excel). An export of a list
or of an assessment is recorded in the audit log (``stats.export``) with its row count and filters,
committed before this returns: lists carry the needs and pledges of households, the assessment the
ranking of counties. The PDF uses ReportLab with the embedded CJK font of ``services.pdf``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

from ...extensions import db
from ...models import User
from .. import audit, pdf, scope, spreadsheets
from . import lists

Sheet = tuple[str, Iterable[str], Iterable[Iterable]]


def write_workbook(sheets: Iterable[Sheet], out: BinaryIO) -> int:
    """Write ``sheets`` (title, header, rows) to ``out`` as .xlsx; return the number of data rows written."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    written = 0
    for title, header, rows in sheets:
        sheet = book.create_sheet(title[:31])
        sheet.append(spreadsheets.escape_row(list(header)))
        for values in rows:
            sheet.append(spreadsheets.escape_row(list(values)))
            written += 1
    book.save(out)
    return written


def _audit(user: User, what: str, rows: int, detail: dict) -> None:
    audit.record("stats.export", "export", what, scope.region_scope(user), {"rows": rows, **detail}, actor=user)
    db.session.commit()


def export_list(kind: str, user: User, filters: lists.ListFilters, out: BinaryIO) -> int:
    """Write office list ``kind`` (all rows matching ``filters`` in the user's region) to ``out``; audited."""
    title = {"needs": "帮扶需求", "pledges": "认领记录", "projects": "协作项目"}[kind]
    written = write_workbook([(title, lists.HEADERS[kind], (lists.row(kind, item) for item in lists.walk(kind, user, filters)))], out)
    _audit(user, kind, written, {"filters": filters.args()})
    return written


def dashboard_sheets(name: str, figures: dict) -> list[Sheet]:
    """Return the dashboard's tables of region ``name`` as sheets (``figures``: the payloads by family)."""
    registry, needs, help_, projects = (figures[k] for k in ("registry", "needs", "help", "projects"))
    return [
        ("贫困户状态", ("状态", "户数"), ((r["label"], r["count"]) for r in registry["by_status"])),
        ("致贫原因", ("主要致贫原因", "户数"), ((r["label"], r["count"]) for r in registry["by_cause"])),
        ("贫困户属性", ("属性", "户数"), ((r["label"], r["count"]) for r in registry["by_attribute"])),
        ("人均纯收入", ("区间", "户数"), ((r["label"], r["count"]) for r in registry["income"])),
        ("退出与返贫", ("年份", "退出户数", "返贫户数（经审批）"),
         ((r["year"], r["count"], r["returns"]) for r in registry["exits_by_year"])),
        ("帮扶覆盖", ("项目", "数量"), [("无帮扶责任人的在档户", registry["open_without_helper"]),
                                     ("无帮扶计划的在档户", registry["open_without_plan"]),
                                     ("无驻村工作队的贫困村", registry["poor_villages_without_team"]),
                                     ("贫困村", registry["poor_villages"])]),
        ("需求状态", ("状态", "需求数"), ((r["label"], r["count"]) for r in needs["by_status"])),
        ("待审核时长", ("等待时长", "需求数"), ((r["label"], r["count"]) for r in needs["waiting"])),
        ("退回原因", ("退回原因", "次数"), ((r["reason"], r["count"]) for r in needs["reasons"])),
        ("按类别", ("类别", "已发布", "已完成", "认领资金（元）", "物品认领", "服务认领"),
         ((r["label"], r["published"], r["completed"], r["cash_pledged"], r["goods_pledges"], r["service_pledges"])
          for r in help_["by_category"])),
        ("按帮扶主体", ("帮扶主体类型", "认领数", "认领资金（元）"),
         ((r["label"], r["pledges"], r["cash"]) for r in help_["by_donor_kind"])),
        ("帮扶主体排行", ("帮扶主体", "类型", "认领数", "认领资金（元）"),
         ((r["name"], r["kind"], r["pledges"], r["cash"]) for r in help_["top_organisations"])),
        ("协作项目", ("帮扶地区", "受援地区", "项目数", "预算（元）", "已确认支出（元）", "已完工"),
         ((r["helper_name"], r["recipient_name"], r["projects"], r["budget"], r["spent"], r["completed"])
          for r in projects["by_pairing"])),
    ] + [("说明", ("地区", "导出内容"), [(name, "工作台各表（数据为预先计算的统计数字）")])]


def assessment_header(payload: dict) -> list[str]:
    """Return the header of the assessment table: county, each indicator's value and score, totals, ranks."""
    header = ["县代码", "县", "省"]
    for ind in payload["indicators"]:
        header += [f"{ind['name']}（值）", f"{ind['name']}（得分）"]
    return header + ["加权总分", "省内排名", "全国排名", "较上年变化"]


def assessment_rows(payload: dict, counties: list[dict]) -> Iterable[list]:
    """Yield one row per county in ``assessment_header`` order; 「无数据」 where an indicator has no value."""
    for county in counties:
        cells = [county["code"], county["name"], county["province_name"]]
        for ind in payload["indicators"]:
            value = county["values"][ind["code"]]
            cells += ([value["value"], value["score"]] if value["value"] is not None else ["无数据", "无数据"])
        cells += [county["total"], county["rank_province"], county["rank_national"], county.get("change")]
        yield cells


def export_assessment(user: User, payload: dict, counties: list[dict], out: BinaryIO) -> int:
    """Write the assessment table of the counties given to ``out`` as .xlsx; audited."""
    indicators = [(i["code"], i["name"], i["counts"], i["weight"], i["target"], i["direction_label"],
                   "是" if i["available"] else "无数据") for i in payload["indicators"]]
    written = write_workbook([
        (f"{payload['year']}年考核", assessment_header(payload), assessment_rows(payload, counties)),
        ("指标", ("代码", "名称", "计算方法", "权重", "目标值", "方向", "有数据来源"), indicators),
    ], out)
    _audit(user, "assessment", written, {"year": payload["year"]})
    return written


def assessment_pdf(user: User, payload: dict, counties: list[dict], region_name: str, computed_at: str,
                   out: BinaryIO) -> int:
    """Write the assessment of the counties given as an A4 landscape PDF report to ``out``; audited.

    Raises pdf.FontMissing when the CJK font is not installed.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = pdf.cjk_font()
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22)
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=13)
    small = ParagraphStyle("small", fontName=font, fontSize=7, leading=9)
    story = [Paragraph(f"{region_name}{payload['year']}年度贫困县精准扶贫考核报告", title),
             Paragraph(f"数据更新于 {computed_at}；共 {len(counties)} 个县。得分 0–100，加权总分按有数据的指标计算。", body),
             Spacer(1, 4 * mm)]
    indicator_rows = [["指标", "计算方法", "权重", "目标值", "方向"]] + [
        [i["name"], Paragraph(i["counts"] + ("" if i["available"] else "（无数据来源）"), small), i["weight"],
         f"{i['target']:.0%}", i["direction_label"]] for i in payload["indicators"]]
    story += [_table(indicator_rows, font, colors, TableStyle), Spacer(1, 5 * mm)]
    header = ["县", "省"] + [Paragraph(i["name"], small) for i in payload["indicators"]] + ["总分", "省内", "全国", "变化"]
    rows = [header]
    for county in counties:
        cells = [county["name"], county["province_name"]]
        for ind in payload["indicators"]:
            value = county["values"][ind["code"]]
            cells.append("无数据" if value["value"] is None else f"{value['value']:.1%}\n{value['score']:.0f}分")
        change = county.get("change")
        cells += [county["total"] if county["total"] is not None else "—", county["rank_province"] or "—",
                  county["rank_national"] or "—", "—" if change is None else f"{change:+.1f}"]
        rows.append(cells)
    story.append(_table(rows, font, colors, TableStyle, repeat=1))
    SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=10 * mm, rightMargin=10 * mm, topMargin=12 * mm,
                      bottomMargin=12 * mm, title=f"{payload['year']}年度考核报告").build(story)
    _audit(user, "assessment.pdf", len(counties), {"year": payload["year"]})
    return len(counties)


def _table(rows, font, colors, table_style, repeat: int = 1):
    from reportlab.platypus import Table

    table = Table(rows, repeatRows=repeat)
    table.setStyle(table_style([
        ("FONT", (0, 0), (-1, -1), font, 7),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


OFFER_HEADERS = ("编号", "标题", "发布方", "类型", "类别", "数量", "剩余", "单位", "面向地区", "有效期至")


def check_offers_user(user: User) -> None:
    """Raise Forbidden unless ``user`` may export the offers of an office's region (offices and admins)."""
    from .. import offers

    offers.offers_for_office(user, 1, 1)


def export_offers(user: User, out: BinaryIO) -> int:
    """Write the active offers that may go to the office's region (``offers.offers_for_office``) to ``out``; audited."""
    from .. import offers
    from ...models import CATEGORIES, KINDS

    def rows():
        after = None
        while True:  # batch after batch by cursor: each an index range, however far into the list
            page = offers.offers_for_office(user, 1, lists.EXPORT_BATCH, after=after)
            for offer in page.items:
                yield [offer.id, offer.title, offers.poster_label(offer), KINDS[offer.kind],
                       "、".join(CATEGORIES[c] for c in offer.categories), float(offer.quantity), float(offer.remaining),
                       offer.unit, "、".join(offer.regions) or "不限", str(offer.valid_until or "")]
            if not page.has_next:
                return
            after = page.next_cursor

    written = write_workbook([("帮扶资源", OFFER_HEADERS, rows())], out)
    _audit(user, "offers", written, {})
    return written
