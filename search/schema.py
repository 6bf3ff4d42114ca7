"""Define the four indexes' fields in one place, from which every engine derives its mapping.

A document is a plain dict produced by the app. :func:`prepare` turns it into a
:class:`PreparedDocument`: the source dict to store and return, the search tokens of its text
fields, and typed values (dates as epoch milliseconds, region prefixes, sort keys) that both engines
index the same way. Adding a field to an index is one :class:`Field` line in :data:`INDEXES`.
"""

from __future__ import annotations

import datetime as _dt
import enum
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import fupin_native

from .analysis import analyze_document, expand_runs
from .exceptions import IndexNotFound, InvalidDocument

__all__ = [
    "FieldType",
    "Field",
    "SortKey",
    "IndexSchema",
    "PreparedDocument",
    "INDEXES",
    "NEED_CATEGORIES",
    "index_schema",
    "prepare",
    "prepare_fields",
    "PreparedFields",
    "to_epoch_ms",
    "region_prefixes",
    "REGION_LEVEL_LENGTHS",
]

NEED_CATEGORIES = (
    "education",
    "medical",
    "housing",
    "living",
    "production",
    "employment",
    "infrastructure",
    "consumption",
    "finance",
    "relocation",
    "other",
)


class FieldType(enum.Enum):
    """Name how a field is indexed, filtered and returned."""

    ID = "id"  # the document id: exact, unique
    TEXT = "text"  # Chinese/Latin text: tokenized into the search fields, returned as written
    KEYWORD = "keyword"  # exact string: filters, facets
    INTEGER = "integer"
    FLOAT = "float"
    DATE = "date"  # ISO date or datetime string (naive means UTC), or None
    REGION = "region"  # one region code, filtered by prefix
    REGIONS = "regions"  # a list of region codes, empty meaning anywhere
    STORED = "stored"  # returned, neither searched nor filtered


@dataclass(frozen=True)
class Field:
    """Describe one document field."""

    name: str
    type: FieldType
    multi: bool = False  # a list of values (KEYWORD only)
    boost: float = 1.0  # TEXT only: > 1 puts the tokens into the boosted title field too
    highlight: bool = False  # TEXT only: return a <mark>ed snippet
    # TEXT only: index the characters of the text one by one as n-grams too. Names (regions, posters)
    # give bigrams only: a one-character query (羊) means a thing, not every need in 羊街镇.
    unigrams: bool = True


@dataclass(frozen=True)
class SortKey:
    """Describe one key of a sort order: field, direction, where missing values go."""

    field: str
    descending: bool = False
    bits: int = 45  # width of the key inside the packed integer the embedded engine sorts on


@dataclass(frozen=True)
class IndexSchema:
    """Describe one index: its fields and which of them serve the query model's filters."""

    name: str
    fields: tuple[Field, ...]
    region_field: str | None = None
    category_field: str | None = None
    deadline_field: str | None = None
    facets: tuple[str, ...] = ()
    sorts: Mapping[str, tuple[SortKey, ...]] = field(default_factory=dict)
    # An INTEGER field that is 1 while the item is still open (a need published and still short), else
    # 0: at equal relevance open items rank first (a tie-break after the score, never added to it).
    open_field: str | None = None
    # Computes fields from the others (needs: open, remaining_share): indexed, not returned.
    derive: Callable[[Mapping[str, Any]], dict[str, Any]] | None = None
    _by_name: dict[str, Field] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._by_name.update((f.name, f) for f in self.fields)
        for sort_name, keys in self.sorts.items():
            # The embedded engine packs a sort's keys into one signed 64-bit integer: wider keys would
            # be clamped to one value and every document would tie.
            if sum(key.bits for key in keys) > 63:
                raise ValueError(f"sort {sort_name!r} of index {self.name!r} needs more than 63 bits")

    def get_field(self, name: str) -> Field | None:
        """Return the field called ``name``, or None."""
        return self._by_name.get(name)

    def fields_of(self, *types: FieldType) -> tuple[Field, ...]:
        """Return the fields of the given types, in declaration order."""
        return tuple(f for f in self.fields if f.type in types)

    @property
    def text_fields(self) -> tuple[Field, ...]:
        """Return the searchable text fields."""
        return self.fields_of(FieldType.TEXT)

    @property
    def highlight_fields(self) -> tuple[str, ...]:
        """Return the names of the fields that get highlighted snippets."""
        return tuple(f.name for f in self.text_fields if f.highlight)


def _f(name: str, type_: FieldType, **options: Any) -> Field:
    return Field(name, type_, **options)


_T, _K, _I, _F, _D, _S = (
    FieldType.TEXT,
    FieldType.KEYWORD,
    FieldType.INTEGER,
    FieldType.FLOAT,
    FieldType.DATE,
    FieldType.STORED,
)
_ID = _f("id", FieldType.ID)
_TITLE = _f("title", _T, boost=2.0, highlight=True)
_DESCRIPTION = _f("description", _T, highlight=True)
_NEWEST = (SortKey("created", descending=True),)
_OPEN_FIRST = SortKey("open", descending=True, bits=2)


def _need_state(document: Mapping[str, Any]) -> dict[str, Any]:
    """Return a need's derived fields: ``open`` (published and still short) and ``remaining_share``.

    remaining_share is remaining / quantity in [0, 1] (1 when either is missing): the 即将完成 sort
    orders open needs by it, least first.
    """
    remaining, quantity = document.get("remaining"), document.get("quantity")
    try:
        share = min(1.0, max(0.0, float(remaining) / float(quantity)))
    except (TypeError, ValueError, ZeroDivisionError):
        share = 1.0
    short = remaining is None or _is_positive(remaining)
    return {"open": int(document.get("status") == "published" and short), "remaining_share": share}


def _is_positive(value: Any) -> bool:
    try:
        return float(value) > 0
    except (TypeError, ValueError):
        return True
_REGION_FACETS = ("province_code", "prefecture_code", "county_code")

INDEXES: dict[str, IndexSchema] = {
    "needs": IndexSchema(
        name="needs",
        fields=(
            _ID,
            _TITLE,
            _DESCRIPTION,
            _f("category", _K),
            _f("kind", _K),
            _f("status", _K),
            _f("urgency", _I),
            _f("quantity", _F),
            _f("remaining", _F),
            _f("unit", _S),
            _f("region_code", FieldType.REGION),
            _f("region_names", _T, unigrams=False),
            _f("province_code", _K),
            _f("prefecture_code", _K),
            _f("county_code", _K),
            _f("created", _D),
            _f("deadline", _D),
            _f("open", _I),
            _f("remaining_share", _F),
        ),
        region_field="region_code",
        category_field="category",
        deadline_field="deadline",
        facets=("category", "kind", "urgency", "status", *_REGION_FACETS),
        sorts={
            # "relevance" here is the order of a query without text: open needs first, newest first.
            "relevance": (_OPEN_FIRST, *_NEWEST),
            "newest": _NEWEST,
            "urgency": (SortKey("urgency", descending=True, bits=3), *_NEWEST),
            "deadline": (SortKey("deadline"),),
            # 即将完成: open needs with the least remaining share first (ties: newest).
            "closing": (_OPEN_FIRST, SortKey("remaining_share", bits=11), *_NEWEST),
        },
        open_field="open",
        derive=_need_state,
    ),
    "offers": IndexSchema(
        name="offers",
        fields=(
            _ID,
            _TITLE,
            _DESCRIPTION,
            _f("categories", _K, multi=True),
            _f("kind", _K),
            _f("status", _K),
            _f("quantity", _F),
            _f("remaining", _F),
            _f("unit", _S),
            _f("regions", FieldType.REGIONS),
            _f("poster_name", _T, unigrams=False),
            _f("org_kind", _K),
            _f("created", _D),
            _f("valid_until", _D),
        ),
        region_field="regions",
        category_field="categories",
        deadline_field="valid_until",
        facets=("categories", "kind", "status", "org_kind"),
        sorts={"newest": _NEWEST, "deadline": (SortKey("valid_until"),)},
    ),
    "projects": IndexSchema(
        name="projects",
        fields=(
            _ID,
            _TITLE,
            _DESCRIPTION,
            _f("category", _K),
            _f("status", _K),
            _f("year", _I),
            _f("budget", _F),
            _f("helper_region_code", _K),
            _f("helper_region_names", _T, unigrams=False),
            _f("region_code", FieldType.REGION),
            _f("region_names", _T, unigrams=False),
            _f("province_code", _K),
            _f("prefecture_code", _K),
            _f("county_code", _K),
            _f("created", _D),
        ),
        region_field="region_code",
        category_field="category",
        facets=("category", "status", "year", *_REGION_FACETS),
        sorts={"newest": _NEWEST},
    ),
    "matches": IndexSchema(
        name="matches",
        fields=(
            _ID,
            _f("need_id", _K),
            _f("offer_id", _K),
            _f("score", _F),
            _f("category", _K),
            _f("region_code", FieldType.REGION),
            _f("need_title", _T, highlight=True),
            _f("offer_title", _T, highlight=True),
            _f("created", _D),
        ),
        region_field="region_code",
        category_field="category",
        facets=("category",),
        sorts={"newest": _NEWEST, "score": (SortKey("score", descending=True, bits=11), *_NEWEST)},
    ),
}


def index_schema(name: str) -> IndexSchema:
    """Return the schema of the index called ``name``, or raise IndexNotFound."""
    try:
        return INDEXES[name]
    except KeyError:
        raise IndexNotFound(f"unknown index {name!r}; known: {', '.join(INDEXES)}") from None


_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
_NAIVE_EPOCH = _dt.datetime(1970, 1, 1)  # naive datetimes are UTC
_MILLISECOND = _dt.timedelta(milliseconds=1)
_EPOCH_ORDINAL = _dt.date(1970, 1, 1).toordinal()
_DAY_MS = 86_400_000


def to_epoch_ms(value: Any, *, end_of_day: bool = False) -> int:
    """Return ``value`` (ISO string, date or datetime; naive means UTC) as epoch milliseconds.

    A bare date means its first millisecond, or its last one when ``end_of_day`` is set, so that an
    inclusive upper bound "2024-05-01" covers the whole day.
    """
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                value = _dt.date.fromisoformat(text)
            else:
                moment = _dt.datetime.fromisoformat(text)
                if moment.tzinfo is None:
                    return (moment - _NAIVE_EPOCH) // _MILLISECOND
                return (moment - _EPOCH) // _MILLISECOND
        except ValueError:
            raise InvalidDocument(f"not an ISO date or datetime: {value!r}") from None
    if isinstance(value, _dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=_dt.timezone.utc)
        return (moment - _EPOCH) // _MILLISECOND
    if isinstance(value, _dt.date):
        # The day's first millisecond from its ordinal: a third of the time of building a datetime.
        start = (value.toordinal() - _EPOCH_ORDINAL) * _DAY_MS
        return start + _DAY_MS - 1 if end_of_day else start
    raise InvalidDocument(f"not a date: {value!r}")


REGION_LEVEL_LENGTHS = (2, 4, 6, 9, 12)  # province, prefecture, county, township, village


def region_prefixes(code: str) -> list[str]:
    """Return the codes of the region's levels that ``code`` starts with, the code itself last."""
    return [code[:n] for n in REGION_LEVEL_LENGTHS if n < len(code)] + [code]


@dataclass(slots=True)
class PreparedDocument:
    """Hold a document ready for any engine: source, search tokens and typed values."""

    id: str
    source: dict[str, Any]
    # Tokens joined by single spaces, as the engines index them (search.analysis.analyze_document).
    words: str  # every text field's recall tokens (words), in field order
    title_words: str  # the word tokens of the boosted text fields
    # Every text field's character n-grams (analysis.ngrams) in two parts: Han runs whose unigrams
    # and bigrams are grams (the embedded engine expands them in Rust) and the other grams.
    gram_runs: list[str]
    gram_extras: str
    derived: dict[str, Any]  # the schema's derived fields (indexed, not part of the source)
    values: dict[str, Any]  # keyword: list[str]; integer: int; float: float; date: epoch ms (no regions)
    region_prefixes: list[str]  # REGION/REGIONS field: every prefix of every code
    region_scope: list[str]  # REGIONS field: the codes themselves, or ["*"] for anywhere
    sort_keys: dict[str, int]  # sort name -> packed ascending integer key (embedded engine)

    @property
    def gram_tokens(self) -> list[str]:
        """Return every n-gram of the document once (the runs expanded, then the extras)."""
        return list(dict.fromkeys(expand_runs(self.gram_runs) + self.gram_extras.split()))


def _number(value: Any, kind: type, name: str) -> Any:
    if kind is float and value.__class__ is float and math.isfinite(value):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        try:
            value = kind(value)
        except (TypeError, ValueError):
            raise InvalidDocument(f"field {name!r} wants a number, got {value!r}") from None
    if kind is int:
        if value != int(value):
            raise InvalidDocument(f"field {name!r} wants an integer, got {value!r}")
        return int(value)
    value = float(value)
    if not math.isfinite(value):
        raise InvalidDocument(f"field {name!r} wants a finite number, got {value!r}")
    return value


@dataclass(frozen=True)
class _Plan:
    # Bulk indexing calls prepare() a million times: group the fields by handling once per schema.
    texts: tuple[tuple[str, bool, bool], ...]  # name, boosted, unigrams
    keywords: tuple[str, ...]
    integers: tuple[str, ...]
    floats: tuple[str, ...]
    dates: tuple[str, ...]
    region: str | None
    regions: str | None
    sorts: fupin_native.SortPlan  # the sort keys' packing (search/native: sort_key)


_plans: dict[str, _Plan] = {}


def _plan(schema: IndexSchema) -> _Plan:
    plan = _plans.get(schema.name)
    if plan is None:
        def names(kind: FieldType) -> tuple[str, ...]:
            """Return the names of the schema's fields of ``kind``."""
            return tuple(f.name for f in schema.fields_of(kind))

        plan = _plans[schema.name] = _Plan(
            texts=tuple((f.name, f.boost > 1, f.unigrams) for f in schema.text_fields),
            keywords=names(FieldType.KEYWORD),
            integers=names(FieldType.INTEGER),
            floats=names(FieldType.FLOAT),
            dates=names(FieldType.DATE),
            region=next(iter(names(FieldType.REGION)), None),
            regions=next(iter(names(FieldType.REGIONS)), None),
            sorts=fupin_native.SortPlan(
                [(name, [(k.field, k.bits, k.descending) for k in keys]) for name, keys in schema.sorts.items()]
            ),
        )
    return plan


@dataclass(slots=True)
class PreparedFields:
    """Hold what :func:`prepare` computes of a document before its text is analysed.

    The embedded engine turns it into its document JSON in one native call (the text analysis, the
    sort keys and the JSON together: search.engines.tantivy_engine); :func:`prepare` analyses its
    text into a :class:`PreparedDocument` for the Elasticsearch engine and everything else.
    """

    id: str
    source: dict[str, Any]
    texts: list[tuple[str, bool, bool]]  # (text, unigrams, boosted) of each non-empty text field, in order
    derived: dict[str, Any]
    values: dict[str, Any]  # as PreparedDocument.values
    region_prefixes: list[str]
    region_scope: list[str]
    sorts: fupin_native.SortPlan  # the schema's sorts: .keys(values) packs them


def prepare(schema: IndexSchema, document: Mapping[str, Any]) -> PreparedDocument:
    """Validate ``document`` against ``schema`` and compute what the engines index."""
    fields = prepare_fields(schema, document)
    # One native call for every text field (search.analysis; the clause memo there is per process).
    words, title_words, gram_runs, gram_extras = analyze_document(fields.texts)
    return PreparedDocument(
        id=fields.id,
        source=fields.source,
        words=words,
        title_words=title_words,
        gram_runs=gram_runs,
        gram_extras=gram_extras,
        derived=fields.derived,
        values=fields.values,
        region_prefixes=fields.region_prefixes,
        region_scope=fields.region_scope,
        sort_keys=fields.sorts.keys(fields.values),
    )


def prepare_fields(schema: IndexSchema, document: Mapping[str, Any]) -> PreparedFields:
    """Validate ``document`` against ``schema`` and compute its typed values, its text unanalysed.

    Raises InvalidDocument for a missing id or a value of the wrong type (a number, a date).
    """
    raw_id = document.get("id")
    if raw_id is None or raw_id == "":
        raise InvalidDocument(f"{schema.name} document without an id: {str(dict(document))[:200]}")
    plan = _plan(schema)
    derived = schema.derive(document) if schema.derive is not None else {}
    get = {**document, **derived}.get if derived else document.get
    doc_id = raw_id if raw_id.__class__ is str else str(raw_id)
    source = dict(document)
    source["id"] = doc_id
    texts = []
    for name, boosted, unigrams in plan.texts:
        value = get(name)
        if value:
            texts.append((value if value.__class__ is str else str(value), unigrams, boosted))
    values: dict[str, Any] = {}
    for name in plan.keywords:
        value = get(name)
        if value is None:
            continue
        if value.__class__ is str:
            values[name] = [value] if value else []
        else:
            items = value if isinstance(value, (list, tuple, set, frozenset)) else [value]
            values[name] = [str(item) for item in items if item is not None and item != ""]
    for name in plan.integers:
        value = get(name)
        if value is not None:
            values[name] = value if value.__class__ is int else _number(value, int, name)
    for name in plan.floats:
        value = get(name)
        if value is not None:
            # A finite float (x - x is nan for inf and nan) as it is: the common case, without a call.
            values[name] = value if value.__class__ is float and value - value == 0 else _number(value, float, name)
    for name in plan.dates:
        value = get(name)
        if value is not None:
            values[name] = to_epoch_ms(value)
    prefixes: list[str] = []
    scope: list[str] = []
    if plan.region:
        code = get(plan.region)
        if code:
            prefixes = region_prefixes(str(code))
    if plan.regions:
        codes = [str(code) for code in (get(plan.regions) or ()) if code]
        for code in codes:
            prefixes += region_prefixes(code)
        prefixes = list(dict.fromkeys(prefixes))
        scope = codes or ["*"]
    return PreparedFields(doc_id, source, texts, derived, values, prefixes, scope, plan.sorts)
