"""Describe searches and their results independently of any engine.

The app builds a :class:`Query`; an engine calls :meth:`Query.compile` with the index's schema and
gets a :class:`CompiledQuery`: the query tokens, three kinds of generic filters
(:class:`TermsFilter`, :class:`RangeFilter`, :class:`RegionFilter`), the sort keys, the facets and
the page window. Engines translate only those, so every engine filters, sorts and pages alike.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .analysis import QueryTerm, analyze_query
from .exceptions import InvalidDocument, InvalidQuery
from .schema import REGION_LEVEL_LENGTHS, FieldType, IndexSchema, SortKey, region_prefixes, to_epoch_ms

__all__ = [
    "Sort",
    "Query",
    "TermsFilter",
    "RangeFilter",
    "RegionFilter",
    "CompiledQuery",
    "Hit",
    "SearchResults",
    "MAX_SIZE",
    "MAX_TEXT_LENGTH",
    "WORD_BOOST",
    "TITLE_BOOST",
    "GRAM_BOOST",
    "SYNONYM_BOOST",
]

# Relevance, the same in both engines: per query term, a word match scores WORD_BOOST (× TITLE_BOOST
# more in the title) on top of the n-gram match, which scores GRAM_BOOST; so a need about 大米 ranks
# above one where 大米 only occurs inside other words. A match through another name of the item (the
# term's synonyms from the matching lexicon: 羔羊 for 小羊) scores SYNONYM_BOOST times as much, so
# needs naming the item as the donor did come first. Open items come first only at equal score.
WORD_BOOST = 4.0
TITLE_BOOST = 2.0
GRAM_BOOST = 1.0
SYNONYM_BOOST = 0.5

MAX_SIZE = 100
MAX_TEXT_LENGTH = 200
MAX_WINDOW = 10_000  # page * size, as Elasticsearch's index.max_result_window


class Sort(str, enum.Enum):
    """Name the result orders: relevance, newest, urgency, deadline (soonest first), score, closing."""

    RELEVANCE = "relevance"  # best text match first (open items first at equal relevance); without
    # text, the index's "relevance" sort (needs: open first, then newest) or else NEWEST
    NEWEST = "newest"  # created, newest first
    URGENCY = "urgency"  # urgency 3 → 1, then newest (needs)
    DEADLINE = "deadline"  # soonest deadline first, none last (needs: deadline; offers: valid_until)
    SCORE = "score"  # match score, highest first (matches)
    CLOSING = "closing"  # 即将完成 (needs): open needs first, least remaining share first, then newest


@dataclass(frozen=True)
class TermsFilter:
    """Keep documents whose ``field`` holds one of ``values``."""

    field: str
    values: tuple[Any, ...]


@dataclass(frozen=True)
class RangeFilter:
    """Keep documents whose ``field`` lies in [gte, lte]; dates are epoch milliseconds."""

    field: str
    gte: int | float | None = None
    lte: int | float | None = None


@dataclass(frozen=True)
class RegionFilter:
    """Keep documents located under region ``prefix``.

    For a REGIONS field (an offer's target regions), also keep documents targeting an ancestor of
    the prefix or targeting anywhere (no regions): those offers are available inside the prefix too.
    """

    field: str
    prefix: str
    multi: bool = False

    @property
    def ancestors(self) -> tuple[str, ...]:
        """Return the codes of the levels above the region prefix, top level first."""
        return tuple(region_prefixes(self.prefix)[:-1])


Filter = TermsFilter | RangeFilter | RegionFilter

_Values = str | int | Sequence[str] | Sequence[int] | None
_DateLike = str | _dt.date | _dt.datetime | None


@dataclass(frozen=True)
class Query:
    """Describe one search: text, filters, sort, page window, facets, highlighting.

    Filters left as None do not filter. ``category``, ``kind``, ``status`` and ``urgency`` take one
    value or several (any of them matches). ``region`` is a region-code prefix ("52" = 贵州省).
    Bounds are inclusive; a bare date as an upper bound covers its whole day. ``where`` adds exact
    filters on any other keyword or integer field, e.g. ``{"need_id": "42"}`` on matches.
    """

    text: str = ""
    region: str | None = None
    category: _Values = None
    kind: _Values = None
    status: _Values = None
    urgency: _Values = None
    quantity_min: float | None = None
    quantity_max: float | None = None
    remaining_min: float | None = None
    remaining_max: float | None = None
    created_from: _DateLike = None
    created_to: _DateLike = None
    deadline_from: _DateLike = None
    deadline_to: _DateLike = None
    where: Mapping[str, Any] = field(default_factory=dict)
    sort: Sort | str = Sort.RELEVANCE
    page: int = 1
    size: int = 20
    facets: Sequence[str] = ()
    highlight: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.page, bool) or not isinstance(self.page, int) or self.page < 1:
            raise InvalidQuery(f"page must be an integer >= 1, got {self.page!r}")
        if isinstance(self.size, bool) or not isinstance(self.size, int) or not 1 <= self.size <= MAX_SIZE:
            raise InvalidQuery(f"size must be an integer from 1 to {MAX_SIZE}, got {self.size!r}")
        if self.page * self.size > MAX_WINDOW:
            raise InvalidQuery(f"page * size must not exceed {MAX_WINDOW}; narrow the search instead")
        if not isinstance(self.text, str) or len(self.text) > MAX_TEXT_LENGTH:
            raise InvalidQuery(f"text must be a string of at most {MAX_TEXT_LENGTH} characters")
        try:
            object.__setattr__(self, "sort", Sort(self.sort))
        except ValueError:
            choices = ", ".join(s.value for s in Sort)
            raise InvalidQuery(f"unknown sort {self.sort!r}; choose one of {choices}") from None
        region = self.region
        if region is not None and not (
            isinstance(region, str) and region.isdigit() and len(region) in REGION_LEVEL_LENGTHS
        ):
            raise InvalidQuery(
                f"region must be a region code of {', '.join(map(str, REGION_LEVEL_LENGTHS))} digits "
                f"(province '52', prefecture '5205', county '520524', ...), got {self.region!r}"
            )
        if isinstance(self.facets, str):
            object.__setattr__(self, "facets", (self.facets,))
        object.__setattr__(self, "facets", tuple(self.facets))

    @property
    def terms(self) -> tuple[QueryTerm, ...]:
        """Return the query's terms (search.analysis.analyze_query): each must match."""
        return analyze_query(self.text)

    @property
    def tokens(self) -> tuple[str, ...]:
        """Return the distinct word tokens of the text, in order (what highlighting marks)."""
        return tuple(term.word for term in self.terms if term.word is not None)

    def compile(self, schema: IndexSchema) -> CompiledQuery:
        """Check this query against ``schema`` and reduce it to generic filters and sort keys."""
        filters: list[Filter] = []
        if self.region:
            if not schema.region_field:
                raise InvalidQuery(f"index {schema.name!r} has no region to filter on")
            spec = schema.get_field(schema.region_field)
            multi = spec is not None and spec.type is FieldType.REGIONS
            filters.append(RegionFilter(schema.region_field, self.region, multi))
        named = {"category": schema.category_field, "kind": "kind", "status": "status", "urgency": "urgency"}
        for option, field_name in named.items():
            value = getattr(self, option)
            if value is not None:
                filters.append(_terms(schema, field_name, value, option))
        for field_name, value in dict(self.where).items():
            if value is not None:
                filters.append(_terms(schema, field_name, value, f"where[{field_name!r}]"))
        ranges = (
            ("quantity", self.quantity_min, self.quantity_max),
            ("remaining", self.remaining_min, self.remaining_max),
            ("created", self.created_from, self.created_to),
            (schema.deadline_field, self.deadline_from, self.deadline_to),
        )
        for field_name, low, high in ranges:
            if low is not None or high is not None:
                filters.append(_range(schema, field_name, low, high))
        sort = self.sort
        terms = self.terms
        tokens = tuple(term.word for term in terms if term.word is not None)
        if sort is Sort.RELEVANCE:
            if terms:
                sort_keys, sort_name = (), Sort.RELEVANCE.value
            elif Sort.RELEVANCE.value in schema.sorts:
                sort_keys, sort_name = schema.sorts[Sort.RELEVANCE.value], Sort.RELEVANCE.value
            else:
                sort_keys = schema.sorts.get(Sort.NEWEST.value, ())
                sort_name = Sort.NEWEST.value if sort_keys else Sort.RELEVANCE.value
        else:
            if sort.value not in schema.sorts:
                choices = ", ".join(dict.fromkeys(["relevance", *schema.sorts]))
                raise InvalidQuery(f"index {schema.name!r} cannot sort by {sort.value!r}; choose {choices}")
            sort_keys, sort_name = schema.sorts[sort.value], sort.value
        for facet in self.facets:
            if facet not in schema.facets:
                raise InvalidQuery(
                    f"index {schema.name!r} has no facet {facet!r}; choose from {', '.join(schema.facets)}"
                )
        return CompiledQuery(
            schema=schema,
            tokens=tokens,
            terms=terms,
            filters=tuple(filters),
            sort=sort_name,
            sort_keys=sort_keys,
            facets=tuple(dict.fromkeys(self.facets)),
            offset=(self.page - 1) * self.size,
            limit=self.size,
            highlight=self.highlight,
        )


def _terms(schema: IndexSchema, field_name: str | None, value: Any, option: str) -> TermsFilter:
    spec = schema.get_field(field_name) if field_name else None
    if spec is None or spec.type not in (FieldType.KEYWORD, FieldType.INTEGER, FieldType.ID):
        raise InvalidQuery(f"index {schema.name!r} cannot filter on {option}")
    values = value if isinstance(value, (list, tuple, set, frozenset)) else [value]
    if not values:
        raise InvalidQuery(f"{option} filter given no values")
    if spec.type is FieldType.INTEGER:
        try:
            typed: tuple[Any, ...] = tuple(sorted({int(v) for v in values}))
        except (TypeError, ValueError):
            raise InvalidQuery(f"{option} filter wants integers, got {value!r}") from None
    else:
        typed = tuple(sorted({str(v) for v in values}))
    return TermsFilter(spec.name, typed)


def _range(schema: IndexSchema, field_name: str | None, low: Any, high: Any) -> RangeFilter:
    spec = schema.get_field(field_name) if field_name else None
    if spec is None or spec.type not in (FieldType.INTEGER, FieldType.FLOAT, FieldType.DATE):
        raise InvalidQuery(f"index {schema.name!r} cannot filter on a range of {field_name or 'deadline'}")
    try:
        if spec.type is FieldType.DATE:
            gte = None if low is None else to_epoch_ms(low)
            lte = None if high is None else to_epoch_ms(high, end_of_day=True)
        else:
            gte = None if low is None else float(low)
            lte = None if high is None else float(high)
    except (InvalidDocument, TypeError, ValueError):
        raise InvalidQuery(f"bad bounds for {spec.name}: {low!r} .. {high!r}") from None
    if gte is not None and lte is not None and gte > lte:
        raise InvalidQuery(f"empty range for {spec.name}: {low!r} > {high!r}")
    return RangeFilter(spec.name, gte, lte)


@dataclass(frozen=True)
class CompiledQuery:
    """Hold a query checked against one index, in the terms every engine understands."""

    schema: IndexSchema
    tokens: tuple[str, ...]  # the terms' words: highlighted in snippets
    terms: tuple[QueryTerm, ...]  # each must match (search.analysis.QueryTerm)
    filters: tuple[Filter, ...]
    sort: str  # "relevance" or a key of schema.sorts
    sort_keys: tuple[SortKey, ...]  # empty: by relevance score (then open items first)
    facets: tuple[str, ...]
    offset: int
    limit: int
    highlight: bool = True


@dataclass(frozen=True)
class Hit:
    """Hold one found document: id, relevance score, stored fields and highlighted snippets."""

    id: str
    score: float | None
    document: dict[str, Any]
    highlights: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SearchResults:
    """Hold one page of results, the total match count and the facet counts."""

    total: int
    hits: list[Hit]
    facets: dict[str, dict[Any, int]]
    page: int = 1
    size: int = 20

    @property
    def pages(self) -> int:
        """Return the number of pages of ``size`` the total fills."""
        return -(-self.total // self.size) if self.size else 0

    @property
    def ids(self) -> list[str]:
        """Return the ids of this page's hits, in order."""
        return [hit.id for hit in self.hits]
