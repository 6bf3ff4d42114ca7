"""Chart specifications for ``static/charts.js``: plain JSON the page embeds, one per chart.

A spec is ``{"id", "type", "title", "categories", "series": [{"name", "data"}]}`` (``type``: bar,
hbar, line, pie) or, for the bubble map, ``{"type": "bubble", "points": [{"name", "code", "value":
[lng, lat, n]}]}``. The same numbers are in the table beneath each chart.
"""

from __future__ import annotations


def series_chart(chart_id: str, kind: str, title: str, categories: list, series: dict[str, list]) -> dict:
    """Return a bar / hbar / line / pie chart spec."""
    return {"id": chart_id, "type": kind, "title": title, "categories": categories,
            "series": [{"name": name, "data": data} for name, data in series.items()]}


def bubble_map(chart_id: str, title: str, regions: list[dict], measure: str = "published") -> dict:
    """Return a bubble map of ``regions`` (dicts with code, name, lng, lat and ``measure``) on their centres."""
    points = [{"name": r["name"], "code": r["code"], "value": [r["lng"], r["lat"], r[measure]]}
              for r in regions if r.get("lng") is not None and r.get("lat") is not None]
    return {"id": chart_id, "type": "bubble", "title": title, "points": points}


def overview(payload: dict) -> list[dict]:
    """Return the charts of the public statistics page."""
    charts = []
    children = payload["children"]
    if children:
        if any(c.get("lng") is not None for c in children):
            charts.append(bubble_map("map", "各地已发布需求（气泡大小）", children))
        charts.append(series_chart("children", "bar", "各地需求对接情况", [c["name"] for c in children], {
            "已发布": [c["published"] for c in children], "已对接": [c["matched"] for c in children],
            "已完成": [c["completed"] for c in children]}))
    categories = payload["categories"]
    charts.append(series_chart("categories", "hbar", "按类别：已发布与已完成需求", [c["label"] for c in categories], {
        "已发布": [c["published"] for c in categories], "已完成": [c["completed"] for c in categories]}))
    organisations = payload["organisations"]
    charts.append(series_chart("organisations", "pie", "已认证帮扶主体（按类型）", [o["label"] for o in organisations],
                               {"帮扶主体": [o["registered"] for o in organisations]}))
    trends = payload["trends"]
    charts.append(series_chart("trends", "line", "月度趋势", [t["month"] for t in trends], {
        "发布需求": [t["published"] for t in trends], "认领": [t["pledges"] for t in trends],
        "完成": [t["completed"] for t in trends]}))
    pairings = payload["pairings"][:15]
    if pairings:
        charts.append(series_chart("pairings", "hbar", "东西部协作资金（元）",
                                   [f"{p['helper_name']}→{p['recipient_name']}" for p in pairings],
                                   {"预算": [p["budget"] for p in pairings], "已确认支出": [p["spent"] for p in pairings]}))
    return charts


def dashboard(figures: dict) -> list[dict]:
    """Return the charts of an office dashboard (``figures``: payloads by family name)."""
    registry, needs, help_ = figures["registry"], figures["needs"], figures["help"]

    def counted(chart_id, kind, title, rows, label="label"):
        return series_chart(chart_id, kind, title, [r[label] for r in rows], {"数量": [r["count"] for r in rows]})

    charts = [
        counted("status", "pie", "贫困户状态", registry["by_status"]),
        counted("causes", "hbar", "主要致贫原因", registry["by_cause"]),
        counted("income", "bar", "人均纯收入分布", registry["income"]),
        series_chart("exits", "bar", "历年退出与返贫户数", [r["year"] for r in registry["exits_by_year"]],
                     {"退出户": [r["count"] for r in registry["exits_by_year"]],
                      "返贫户": [r["returns"] for r in registry["exits_by_year"]]}),
        counted("need_status", "bar", "需求状态", needs["by_status"]),
        counted("waiting", "bar", "待审核需求的等待时长", needs["waiting"]),
        series_chart("help_kind", "pie", "按帮扶主体类型的认领", [r["label"] for r in help_["by_donor_kind"]],
                     {"认领": [r["pledges"] for r in help_["by_donor_kind"]]}),
    ]
    return charts
