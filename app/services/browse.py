"""Run the portal's searches: validate the query string, query the engine, fall back to the database.

When the search engine is down the page still answers from the database (a substring match, no
facets) with a notice, and nothing errors.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from search import InvalidQuery, Query, SearchError

from ..errors import Invalid
from ..models import CATEGORIES, KINDS, PUBLIC_NEED_STATUSES, URGENCIES
from ..templating import NEED_STATUS_LABELS
from . import portal, search_index

log = logging.getLogger(__name__)

SORTS = {
    "relevance": "相关度",
    "newest": "最新发布",
    "urgency": "最紧急",
    "deadline": "截止日期最近",
    "closing": "即将完成",
}
_REGION_FACET_BY_DEPTH = {0: "province_code", 2: "prefecture_code", 4: "county_code"}


@dataclass(frozen=True)
class SearchForm:
    """The search page's query string, validated."""

    q: str = ""
    region: str = ""
    category: str = ""
    kind: str = ""
    urgency: int | None = None
    status: str = ""
    sort: str = "relevance"
    page: int = 1
    open: str = ""  # "1": 只看待认领 (published and still short); off by default on the search page

    @classmethod
    def from_args(cls, args) -> SearchForm:
        """Read and validate the query string; raise Invalid naming the bad parameter."""
        q = (args.get("q") or "").strip()
        if len(q) > 100:
            raise Invalid("搜索词不能超过100个字", field="q")
        region = args.get("region") or ""
        if region and (not region.isdigit() or len(region) not in (2, 4, 6, 9)):
            raise Invalid("地区代码无效", field="region")
        category = args.get("category") or ""
        if category and category not in CATEGORIES:
            raise Invalid("需求类别无效", field="category")
        kind = args.get("kind") or ""
        if kind and kind not in KINDS:
            raise Invalid("需求形式无效", field="kind")
        status = args.get("status") or ""
        if status and status not in PUBLIC_NEED_STATUSES:
            raise Invalid("需求状态无效", field="status")
        urgency = args.get("urgency") or ""
        if urgency and urgency not in ("1", "2", "3"):
            raise Invalid("紧急程度无效", field="urgency")
        sort = args.get("sort") or "relevance"
        if sort not in SORTS:
            raise Invalid("排序方式无效", field="sort")
        try:
            page = max(1, min(int(args.get("page", 1)), 500))
        except ValueError:
            page = 1
        only_open = args.get("open") or ""
        if only_open not in ("", "0", "1"):
            raise Invalid("状态筛选无效", field="open")
        return cls(q, region, category, kind, int(urgency) if urgency else None, status, sort, page,
                   "1" if only_open == "1" else "")

    def args(self, **changes: Any) -> dict[str, Any]:
        """Return the query-string arguments of this form with ``changes``; empty ones left out."""
        values = {**self.__dict__, "page": 1, **changes}
        return {k: v for k, v in values.items() if v not in ("", None) and not (k == "page" and v == 1)}

    @property
    def active_filters(self) -> list[tuple[str, str]]:
        """Return (parameter, label) of each filter in use, for the 'broaden your search' hints."""
        labels = []
        if self.region:
            labels.append(("region", "地区：" + " ".join(search_index.RegionNames().path(self.region))))
        if self.category:
            labels.append(("category", "类别：" + CATEGORIES[self.category]))
        if self.kind:
            labels.append(("kind", "形式：" + KINDS[self.kind]))
        if self.urgency:
            labels.append(("urgency", "紧急程度：" + URGENCIES[self.urgency]))
        if self.status:
            labels.append(("status", "状态：" + NEED_STATUS_LABELS[self.status]))
        if self.open:
            labels.append(("open", "只看待认领"))
        return labels


@dataclass
class SearchOutcome:
    """What the results page shows."""

    total: int
    hits: list[dict]
    facets: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)  # name -> (value, label, n)
    page: int = 1
    pages: int = 1
    engine_down: bool = False
    region_facet: str = "province_code"


def _facet_labels(name: str, counts: dict) -> list[tuple[str, str, int]]:
    if name in ("province_code", "prefecture_code", "county_code"):
        # One query for every bucket's name, not one per bucket.
        names = search_index.RegionNames().prime([str(v) for v in counts if v])
        return [(str(v), (names.path(str(v)) or [str(v)])[-1], n) for v, n in counts.items() if v]
    table = {"category": CATEGORIES, "kind": KINDS, "status": NEED_STATUS_LABELS,
             "urgency": {str(k): v for k, v in URGENCIES.items()}}[name]
    return [(str(v), table.get(str(v), str(v)), n) for v, n in counts.items()]


def run(form: SearchForm, per_page: int = 20) -> SearchOutcome:
    """Search published needs; answer from the database with a notice when the engine is down."""
    # Drill down one level: provinces, then the province's prefectures, then the prefecture's counties.
    region_facet = _REGION_FACET_BY_DEPTH.get(len(form.region))
    facets = ["category", "kind", "urgency", "status"] + ([region_facet] if region_facet else [])
    try:
        query = Query(
            text=form.q,
            region=form.region or None,
            category=form.category or None,
            kind=form.kind or None,
            urgency=form.urgency,
            # No status chosen: no status filter. The index holds public needs only (a need that stops
            # being public is deleted from it through the outbox), so a filter by all four statuses kept
            # every match and cost a term-set intersection of 3/4 of the index (issue 14, fourth pass).
            status=form.status or None,
            where={"open": 1} if form.open else {},
            sort=form.sort,
            page=form.page,
            size=per_page,
            facets=facets,
        )
        results = search_index.search_needs(query)
    except InvalidQuery as exc:
        raise Invalid(f"搜索条件无效：{exc}") from exc
    except SearchError:
        log.exception("search engine unavailable; answering from the database")
        return _from_database(form, per_page)
    hits = [
        {"id": h.id, "doc": h.document, "title": h.highlights.get("title"),
         "snippet": h.highlights.get("description")}
        for h in results.hits
    ]
    return SearchOutcome(
        total=results.total,
        hits=hits,
        facets={name: _facet_labels(name, results.facets.get(name, {})) for name in facets},
        page=form.page,
        pages=max(1, -(-results.total // per_page)),
        region_facet=region_facet or "",
    )


def _from_database(form: SearchForm, per_page: int) -> SearchOutcome:
    filters = portal.NeedFilters(
        region=form.region or None, category=form.category or None, status=form.status or None, text=form.q or None,
        open_only=bool(form.open), sort="closing" if form.sort == "closing" else "newest",
    )
    page = portal.list_public_needs(filters, form.page, per_page)
    hits = [
        {"id": str(n.id), "doc": {"title": n.title, "description": n.description, "category": n.category,
                                  "kind": n.kind, "status": n.status, "urgency": n.urgency,
                                  "quantity": float(n.quantity), "remaining": float(n.remaining),
                                  "unit": "元" if n.kind == "cash" else n.unit,
                                  "region_names": " ".join(search_index.RegionNames().path(n.region_code))},
         "title": None, "snippet": None}
        for n in page.items
    ]
    return SearchOutcome(total=page.total, hits=hits, page=page.page, pages=page.pages, engine_down=True)


def broader(form: SearchForm) -> list[tuple[str, dict]]:
    """Return (label, args) suggestions that each drop one filter or the text, for empty results."""
    suggestions = [(f"去掉“{label}”", form.args(**{param: ""})) for param, label in form.active_filters]
    if form.q and form.active_filters:
        suggestions.append((f"在全部地区和类别中搜索“{form.q}”", {"q": form.q}))
    if form.q:
        suggestions.append(("浏览全部需求", {}))
    return suggestions


__all__ = ["SORTS", "SearchForm", "SearchOutcome", "broader", "run"]
