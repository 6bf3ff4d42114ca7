"""County assessment (精准考核): configurable indicators, their yearly values, scores, totals and ranks.

An indicator (``AssessmentIndicator``; the default set below when the table is empty) names a
*formula*: a function ``(year, params) -> {county_code: (numerator, denominator)}`` made of GROUP BY
queries over the county prefix of an indexed region column, or None when the database holds no
source for it (shown as 「无数据」, never as a number). For each county:

- value = numerator / denominator (no value when the denominator is 0);
- score (0–100): direction ``higher``: 100 × min(1, value / target); ``lower``: 100 when value ≤
  target, else 100 × target / value (halving the target's distance halves the score);
- weighted total = Σ weight × score / Σ weight, over the indicators the county has a value for
  (``coverage`` says how many of the active indicators that was);
- rank within the province and nationally by total, highest first, equal totals sharing a rank (1, 2, 2, 4);
- change = this year's total − last year's (None when either is missing).

The whole table for a year is the figure ``assessment.counties`` (scope: the year, e.g. "2025"),
precomputed by the figures worker; a page filters it to the counties the office may see
(``visible_counties``). Sources of the default set: 国开办发〔2014〕30号 (6) and (15), the 2016
《省级党委和政府扶贫开发工作成效考核办法》 (identification accuracy, exit accuracy, satisfaction).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import case, func, select

from ...errors import Forbidden, Invalid
from ...extensions import db
from ...models import (
    AssessmentIndicator,
    AssistancePlan,
    CooperationProject,
    Feedback,
    Household,
    IdentificationCase,
    Need,
    Region,
    ReviewRecord,
    SpotCheck,
    SpotCheckDraw,
    User,
    Village,
)
from ...models.assessment import DIRECTIONS
from ...models.household import OPEN_STATUSES
from .. import figures, scope
from ._sql import days_between, prefix_of, year_of
from .public import spent_per_project

COUNTY = 6

Counts = dict[str, tuple[float, float]]
Formula = Callable[[int, dict], Counts | None]


@dataclass(frozen=True)
class FormulaSpec:
    """A formula: its computation, what it counts (Chinese, for the page), and the list behind its numbers."""

    compute: Formula
    counts: str
    rows: Callable[[str, int, dict], tuple[str, dict]]  # (endpoint, url args) of the rows behind a county's number
    params: dict = field(default_factory=dict)


def _grouped(stmt_columns, key, *where) -> dict:
    return {k: (float(num or 0), float(den or 0)) for k, num, den in db.session.execute(
        select(key, *stmt_columns).where(*where).group_by(key)).all()}


def _needs_published(year: int, params: dict, numerator) -> Counts:
    county = prefix_of(Need.region_code, COUNTY)
    return _grouped((func.sum(case((numerator, 1), else_=0)), func.count(Need.id)), county,
                    Need.published_at.is_not(None), year_of(Need.published_at) == year)


def matching_rate(year: int, params: dict) -> Counts:
    """Needs published in ``year`` that hold a pledge / needs published in ``year``."""
    return _needs_published(year, params, Need.pledged_quantity > 0)


def success_rate(year: int, params: dict) -> Counts:
    """Needs published in ``year`` now completed / needs published in ``year``."""
    return _needs_published(year, params, Need.status == "completed")


def review_timeliness(year: int, params: dict) -> Counts:
    """Review decisions of ``year`` taken within ``days`` of the need's submission / decisions of ``year``."""
    days = float(params.get("days", 7))
    county = prefix_of(Need.region_code, COUNTY)
    stmt = select(county, func.sum(case((days_between(Need.submitted_at, ReviewRecord.created_at) <= days, 1), else_=0)),
                  func.count(ReviewRecord.id)).join(Need, ReviewRecord.need_id == Need.id) \
        .where(year_of(ReviewRecord.created_at) == year, Need.submitted_at.is_not(None)).group_by(county)
    return {k: (float(n or 0), float(d)) for k, n, d in db.session.execute(stmt).all()}


def _households(numerator, *where) -> Counts:
    county = prefix_of(Village.code, COUNTY)
    stmt = select(county, func.sum(case((numerator, 1), else_=0)), func.count(Household.id)) \
        .join(Village, Household.village_id == Village.id).where(*where).group_by(county)
    return {k: (float(n or 0), float(d)) for k, n, d in db.session.execute(stmt).all()}


def helper_coverage(year: int, params: dict) -> Counts:
    """Open households (在档, 返贫) with a 帮扶责任人 (``assigned_helper_id``) / open households, as the registry
    stands now (the rule of issue 15's coverage figure, ``assistance.coverage_figure``)."""
    return _households(Household.assigned_helper_id.is_not(None), Household.status.in_(OPEN_STATUSES))


def plan_coverage(year: int, params: dict) -> Counts:
    """Open households with a 帮扶计划 (``assistance_plans``) / open households, as the registry stands now."""
    return _households(AssistancePlan.exists_for(Household.id), Household.status.in_(OPEN_STATUSES))


def spot_checks(year: int, params: dict) -> Counts:
    """Spot checks (抽检核查) of ``year``'s draws found passed / spot checks decided (passed or failed)."""
    county = prefix_of(SpotCheck.region_code, COUNTY)
    stmt = select(county, func.sum(case((SpotCheck.outcome == "passed", 1), else_=0)), func.count(SpotCheck.id)) \
        .join(SpotCheckDraw, SpotCheck.draw_id == SpotCheckDraw.id) \
        .where(SpotCheckDraw.year == year, SpotCheck.outcome.in_(("passed", "failed"))).group_by(county)
    return {k: (float(n or 0), float(d)) for k, n, d in db.session.execute(stmt).all()}


def exit_compliance(year: int, params: dict) -> Counts:
    """Households that exited in ``year`` with a per-capita income at or above ``income_line`` / exits of ``year``."""
    line = float(params.get("income_line", 4000))
    return _households(Household.income_per_capita >= line,
                       Household.exited_at.is_not(None), year_of(Household.exited_at) == year)


def return_rate(year: int, params: dict) -> Counts:
    """Returns to poverty (返贫) approved in ``year`` (identification cases) / households exited by the end of
    ``year`` (``exited_at``; a household that returned keeps it)."""
    county = prefix_of(IdentificationCase.region_code, COUNTY)
    returns = dict(db.session.execute(
        select(county, func.count(IdentificationCase.id))
        .where(IdentificationCase.kind == "return", IdentificationCase.status == "completed",
               IdentificationCase.completed_at.is_not(None), year_of(IdentificationCase.completed_at) == year)
        .group_by(county)).all())
    exited = _households(Household.exited_at.is_not(None), Household.exited_at.is_not(None),
                         year_of(Household.exited_at) <= year)
    return {code: (float(returns.get(code, 0)), den) for code, (_n, den) in exited.items()}


def cooperation_funds(year: int, params: dict) -> Counts:
    """Confirmed spending of ``year``'s cooperation projects / their budget (元), per recipient county."""
    spent = spent_per_project()
    county = prefix_of(CooperationProject.recipient_region_code, COUNTY)
    stmt = select(county, func.coalesce(func.sum(spent.c.spent), 0), func.sum(CooperationProject.budget)) \
        .outerjoin(spent, spent.c.project_id == CooperationProject.id) \
        .where(CooperationProject.year == year, CooperationProject.status != "cancelled").group_by(county)
    return {k: (min(float(n or 0), float(d)), float(d)) for k, n, d in db.session.execute(stmt).all()}


def satisfaction(year: int, params: dict) -> Counts:
    """Needs completed in ``year`` with a thanks note (感谢回馈) / needs completed in ``year``."""
    thanked = select(Feedback.id).where(Feedback.need_id == Need.id).exists()
    county = prefix_of(Need.region_code, COUNTY)
    return _grouped((func.sum(case((thanked, 1), else_=0)), func.count(Need.id)), county,
                    Need.status == "completed", Need.closed_at.is_not(None), year_of(Need.closed_at) == year)


def no_source(year: int, params: dict) -> None:
    """The database holds no source for this indicator: 无数据 (kept for configured formulas without data)."""
    return None


YEAR = "{year}"  # in a rows link: replaced by the assessment year


def _rows(kind: str, **extra) -> Callable[[str, int, dict], tuple[str, dict]]:
    """Return a rows link maker: an office list (``kind``: needs, projects), the registry (``registry``), or an
    issue-15 page (``assistance``: households without a helper or plan; ``spot_checks``) of the office's scope."""
    def link(county: str, year: int, params: dict) -> tuple[str, dict]:
        args = {"region": county, **{k: (year if v == YEAR else v) for k, v in extra.items()}}
        if kind == "registry":
            return "registry.index", args
        if kind == "assistance":
            return "assistance.index", extra
        if kind == "spot_checks":
            return "identification.spot_checks", {}
        return "stats.office_list", {"kind": kind, **args}
    return link


FORMULAS: dict[str, FormulaSpec] = {
    "spot_checks": FormulaSpec(spot_checks, "当年抽检核查通过的户 / 当年已有结论的抽检户", _rows("spot_checks")),
    "review_timeliness": FormulaSpec(review_timeliness, "N天内审核的次数 / 当年审核次数",
                                     _rows("needs", reviewed=YEAR), {"days": 7}),
    "matching_rate": FormulaSpec(matching_rate, "当年发布且已有认领的需求 / 当年发布的需求", _rows("needs", published=YEAR)),
    "success_rate": FormulaSpec(success_rate, "当年发布且已完成的需求 / 当年发布的需求", _rows("needs", published=YEAR)),
    "helper_coverage": FormulaSpec(helper_coverage, "有帮扶责任人的在档户 / 在档户（含返贫）",
                                   _rows("assistance", show="no_helper")),
    "plan_coverage": FormulaSpec(plan_coverage, "有帮扶计划的在档户 / 在档户（含返贫）", _rows("assistance", show="no_plan")),
    "exit_compliance": FormulaSpec(exit_compliance, "当年退出且人均纯收入达标的户 / 当年退出户",
                                   _rows("registry", status="exited"), {"income_line": 4000}),
    "return_rate": FormulaSpec(return_rate, "当年批准返贫的户 / 截至当年累计退出的户", _rows("registry", status="returned")),
    "no_source": FormulaSpec(no_source, "无数据来源", _rows("registry")),
    "cooperation_funds": FormulaSpec(cooperation_funds, "已确认的项目支出 / 当年项目预算（元）",
                                     _rows("projects", year=YEAR)),
    "satisfaction": FormulaSpec(satisfaction, "当年完成且有感谢回馈的需求 / 当年完成的需求",
                                _rows("needs", completed=YEAR)),
}

# code, name, formula, params, weight, target, direction (weights add up to 100).
DEFAULT_INDICATORS = (
    ("identification_accuracy", "识别准确率", "spot_checks", {}, 10, 0.95, "higher"),
    ("review_timeliness", "需求审核及时率", "review_timeliness", {"days": 7}, 10, 0.9, "higher"),
    ("matching_rate", "需求对接率", "matching_rate", {}, 15, 0.8, "higher"),
    ("success_rate", "帮扶成功率", "success_rate", {}, 15, 0.6, "higher"),
    ("helper_coverage", "帮扶责任人覆盖率", "helper_coverage", {}, 10, 1.0, "higher"),
    ("plan_coverage", "帮扶计划覆盖率", "plan_coverage", {}, 10, 1.0, "higher"),
    ("exit_compliance", "退出户达标率", "exit_compliance", {"income_line": 4000}, 10, 1.0, "higher"),
    ("return_rate", "返贫率", "return_rate", {}, 10, 0.03, "lower"),
    ("cooperation_funds", "东西部协作资金到位率", "cooperation_funds", {}, 5, 0.9, "higher"),
    ("satisfaction", "群众满意度", "satisfaction", {}, 5, 0.8, "higher"),
)


@dataclass(frozen=True)
class Indicator:
    """An indicator as the computation uses it (from the table, or the default set)."""

    code: str
    name: str
    formula: str
    params: dict
    weight: float
    target: float
    direction: str

    def as_dict(self) -> dict:
        """Return the indicator as the figure's payload lists it."""
        spec = FORMULAS[self.formula]
        return {"code": self.code, "name": self.name, "formula": self.formula, "params": self.params,
                "weight": self.weight, "target": self.target, "direction": self.direction,
                "direction_label": DIRECTIONS[self.direction], "counts": spec.counts,
                "available": spec.compute is not no_source}


def indicators() -> list[Indicator]:
    """Return the active indicators in order: the configured ones, or the default set when none is stored."""
    rows = list(db.session.scalars(select(AssessmentIndicator).where(AssessmentIndicator.active)
                                   .order_by(AssessmentIndicator.position, AssessmentIndicator.code)))
    if rows:
        return [Indicator(r.code, r.name, r.formula, {**FORMULAS[r.formula].params, **(r.params or {})},
                          r.weight, r.target, r.direction) for r in rows if r.formula in FORMULAS]
    return [Indicator(code, name, formula, {**FORMULAS[formula].params, **params}, float(w), t, d)
            for code, name, formula, params, w, t, d in DEFAULT_INDICATORS]


def score(value: float | None, target: float, direction: str) -> float | None:
    """Return the 0–100 score of ``value`` against ``target`` (see the module docstring); None without a value."""
    if value is None:
        return None
    if direction == "higher":
        return round(100 * min(1.0, value / target), 2)
    return 100.0 if value <= target else round(100 * target / value, 2)


def _ranks(items: list[tuple[str, float]]) -> dict[str, int]:
    ordered = sorted(items, key=lambda item: -item[1])
    ranks, previous, rank = {}, None, 0
    for position, (code, total) in enumerate(ordered, 1):
        if total != previous:
            rank, previous = position, total
        ranks[code] = rank
    return ranks


def compute_year(year: int) -> dict:
    """Return the assessment of every county with data for ``year`` (the figure's payload, without changes)."""
    active = indicators()
    results = {ind.code: FORMULAS[ind.formula].compute(year, ind.params) for ind in active}
    codes = sorted({code for counts in results.values() if counts for code in counts if len(code) == COUNTY})
    names = dict(db.session.execute(select(Region.code, Region.name).where(Region.code.in_(
        codes + sorted({c[:2] for c in codes})))).all()) if codes else {}
    counties = []
    for code in codes:
        values, weighted, weights = {}, 0.0, 0.0
        for ind in active:
            counts = results[ind.code]
            num, den = (counts or {}).get(code, (0.0, 0.0))
            value = round(num / den, 4) if counts is not None and den else None
            points = score(value, ind.target, ind.direction)
            values[ind.code] = {"numerator": num, "denominator": den, "value": value, "score": points}
            if points is not None:
                weighted += ind.weight * points
                weights += ind.weight
        counties.append({"code": code, "name": names.get(code, code), "province": code[:2],
                         "province_name": names.get(code[:2], code[:2]), "values": values,
                         "total": round(weighted / weights, 2) if weights else None,
                         "coverage": sum(1 for v in values.values() if v["score"] is not None)})
    scored = [(c["code"], c["total"]) for c in counties if c["total"] is not None]
    national = _ranks(scored)
    provincial: dict[str, int] = {}
    for province in {code[:2] for code, _t in scored}:
        provincial.update(_ranks([(c, t) for c, t in scored if c[:2] == province]))
    for county in counties:
        county["rank_national"] = national.get(county["code"])
        county["rank_province"] = provincial.get(county["code"])
    counties.sort(key=lambda c: (c["rank_national"] is None, c["rank_national"] or 0, c["code"]))
    return {"year": year, "indicators": [ind.as_dict() for ind in active], "counties": counties,
            "ranked": len(scored)}


@figures.figure("assessment.counties")
def assessment_counties(scope_year: str) -> dict:
    """Return ``compute_year`` of the year in the scope ("" = this year), with each county's change from the
    year before."""
    from ...clock import china_today

    year = parse_year(scope_year, default=china_today().year)
    payload = compute_year(year)
    previous = {c["code"]: c["total"] for c in compute_year(year - 1)["counties"]}
    for county in payload["counties"]:
        before = previous.get(county["code"])
        county["previous_total"] = before
        county["change"] = round(county["total"] - before, 2) if county["total"] is not None and before is not None else None
    return payload


def parse_year(text: str | int | None, default: int | None = None) -> int:
    """Return an assessment year (2014–2100) from text; raise Invalid in Chinese otherwise."""
    if text in (None, "") and default is not None:
        return default
    value = str(text).strip()
    if not (value.isascii() and value.isdigit()) or not 2014 <= int(value) <= 2100:
        raise Invalid("考核年度应为2014–2100之间的年份", field="year")
    return int(value)


def assessment_scope(user: User | None) -> str:
    """Return the region prefix whose counties ``user`` may see the assessment of ("" = all).

    Offices at county level and above (and admins) may; a county office sees its own county.
    Raises Forbidden for everyone else, township offices included (a township is not assessed).
    """
    if user is None or not user.is_authenticated or user.role not in ("office", "admin"):
        raise Forbidden("只有县级及以上扶贫办可以查看考核结果")
    if user.role == "office" and user.office_level == "township":
        raise Forbidden("考核以县为单位，乡镇扶贫办不能查看")
    return scope.region_scope(user) or ""


def visible_counties(user: User | None, payload: dict, region: str = "") -> list[dict]:
    """Return the counties of an assessment payload the user may see, under ``region`` if given."""
    own = assessment_scope(user)
    prefix = region if region.startswith(own) else own
    return [c for c in payload["counties"] if c["code"].startswith(prefix)]


def rows_link(indicator: dict, county: str, year: int) -> tuple[str, dict]:
    """Return (endpoint, url args) of the list of households or needs behind a county's indicator."""
    return FORMULAS[indicator["formula"]].rows(county, year, indicator["params"])


def load_indicators(rows: list[dict]) -> list[str]:
    """Replace the configured indicators with ``rows`` (all or nothing); return the problems found, in Chinese.

    Each row: code, name, formula (a key of FORMULAS), params (object), weight (> 0), target (0–1],
    direction (higher / lower). Nothing is stored when any row is wrong.
    """
    problems, seen, clean = [], set(), []
    for number, row in enumerate(rows, 1):
        where = f"第{number}项"
        code = str(row.get("code") or "").strip()
        if not code or len(code) > 32 or code in seen:
            problems.append(f"{where}：代码为空、过长或重复")
        seen.add(code)
        name = str(row.get("name") or "").strip()
        if not name or len(name) > 32:
            problems.append(f"{where}：名称应为1–32个字")
        if row.get("formula") not in FORMULAS:
            problems.append(f"{where}：公式应为 {', '.join(FORMULAS)} 之一")
        if not isinstance(row.get("params", {}), dict):
            problems.append(f"{where}：参数应为对象")
        try:
            weight, target = float(row.get("weight")), float(row.get("target"))
        except (TypeError, ValueError):
            problems.append(f"{where}：权重和目标值应为数字")
            continue
        if not weight > 0:
            problems.append(f"{where}：权重应大于0")
        if not 0 < target <= 1:
            problems.append(f"{where}：目标值应为0–1之间的比例")
        if row.get("direction") not in DIRECTIONS:
            problems.append(f"{where}：方向应为 higher 或 lower")
        clean.append(AssessmentIndicator(code=code, name=name, formula=row.get("formula"), params=row.get("params") or {},
                                         weight=weight, target=target, direction=row.get("direction"), position=number))
    if not rows:
        problems.append("指标表为空")
    if problems:
        return problems
    db.session.execute(AssessmentIndicator.__table__.delete())
    db.session.add_all(clean)
    db.session.commit()
    return []


__all__ = ["DEFAULT_INDICATORS", "FORMULAS", "assessment_scope", "compute_year", "indicators", "load_indicators",
           "parse_year", "rows_link", "score", "visible_counties"]
