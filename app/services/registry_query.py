"""Find households in the registry: search, filters, sorting, pages, and the audited personal view of a list.

Every list of the registry goes through ``search_households`` (pages of at most ``MAX_PER_PAGE``: nothing
is cut off silently), and the export walks the same statement (``registry_statement``). Names are
encrypted, so a name is found through its blind index (``Household.head_name_index``, see
``app/crypto.py``): only the whole name matches, after normalisation (width, spaces, middle dots). An
ID number is found through its fingerprint. Sorting by name is impossible for the same reason.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, bindparam, false, func, select, true
from sqlalchemy.orm import defer, joinedload

from ..crypto import cipher
from ..errors import Invalid
from ..extensions import db
from ..models import (
    HOUSEHOLD_ATTRIBUTES, HOUSEHOLD_STATUSES, POVERTY_CAUSES, Household, HouseholdCause, User, Village,
)
from ..security import MAX_DB_INT
from . import audit, figures, keyset, regions, scope
from .portal import Page
from .registry import _require_registry_user

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
REGION_CODE_LENGTHS = (2, 4, 6, 9, 12)  # province · prefecture · county · township · village
_ID_LIKE = re.compile(r"^\d{17}[\dXx]$")

# Households by village as keyset keys: villages by code (their unique index), then each village's households
# by id (ix_households_village_order); the JSON API's households and the office lists of households use it.
BY_VILLAGE = (keyset.Key(Village.code, descending=False), keyset.Key(Household.id, descending=False))

# sort key → (label, ORDER BY columns); Household.id closes every order, so pages never overlap. Each order
# is an index of Household.__table_args__ read forwards or backwards ("village": villages by code, then
# ix_households_village_order in each), so a page never sorts the table (issue 15).
SORTS = {
    "village": ("按村", lambda: (Village.code, Household.id)),
    "year": ("识别年份（早→晚）", lambda: (Household.registered_year, Household.id)),
    "-year": ("识别年份（晚→早）", lambda: (Household.registered_year.desc(), Household.id.desc())),
    "income": ("人均纯收入（低→高）", lambda: (Household.income_per_capita.asc().nulls_last(), Household.id)),
    "-income": ("人均纯收入（高→低）", lambda: (Household.income_per_capita.desc().nulls_last(), Household.id)),
    "-updated": ("最近修改", lambda: (Household.updated_at.desc(), Household.id.desc())),
}


@dataclass(frozen=True)
class RegistryQuery:
    """What a registry list asks for; every field is optional. Build it from a request with ``parse_query``.

    ``q`` is a whole name or an 18-character ID number; ``region`` a region code prefix (2–12 digits, from the region chooser down to the village);
    ``helper`` is "" (any), "none" (no helper assigned) or a helper's user id.
    """

    q: str = ""
    region: str = ""
    village_id: int | None = None
    status: str = ""
    cause: str = ""
    attribute: str = ""
    helper: str = ""
    sort: str = "village"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE

    def args(self, **changes) -> dict:
        """Return the query as URL arguments (empty ones left out), with ``changes`` applied."""
        values = {**vars(self), **changes}  # vars: asdict deep-copies (issue 14)
        return {k: v for k, v in values.items() if v not in ("", None) and not (k == "page" and v == 1)
                and not (k == "per_page" and v == DEFAULT_PER_PAGE) and not (k == "sort" and v == "village")}


def _int_arg(args: Mapping, name: str, label: str, default: int | None, low: int, high: int) -> int | None:
    text = (args.get(name) or "").strip()
    if not text:
        return default
    if not text.isascii() or not text.isdigit() or not low <= int(text) <= high:
        raise Invalid(f"{label}应为{low}–{high}之间的整数", field=name)
    return int(text)


def parse_query(args: Mapping) -> RegistryQuery:
    """Return the RegistryQuery of request arguments; raise Invalid (in Chinese, naming the field) on bad input."""
    q = (args.get("q") or "").strip()
    if len(q) > 40:
        raise Invalid("搜索内容不能超过40个字", field="q")
    # The region chooser's selects ("region-province" … "region-village"), or ``region`` in a link or the API.
    region = (regions.submitted_code("region", args) or "").strip()
    if region and (not region.isascii() or not region.isdigit() or len(region) not in REGION_CODE_LENGTHS):
        raise Invalid("地区代码应为2、4、6、9或12位数字", field="region")
    choices = {"status": HOUSEHOLD_STATUSES, "cause": POVERTY_CAUSES, "attribute": HOUSEHOLD_ATTRIBUTES}
    picked = {}
    for name, allowed in choices.items():
        value = (args.get(name) or "").strip()
        if value and value not in allowed:
            raise Invalid({"status": "状态", "cause": "致贫原因", "attribute": "贫困户属性"}[name] + "无效", field=name)
        picked[name] = value
    helper = (args.get("helper") or "").strip()
    if helper and helper != "none" and (not helper.isascii() or not helper.isdigit()
                                        or not 0 < int(helper) <= MAX_DB_INT):
        raise Invalid("帮扶责任人无效", field="helper")
    sort = (args.get("sort") or "village").strip()
    if sort not in SORTS:
        raise Invalid("排序方式无效", field="sort")
    return RegistryQuery(
        q=q, region=region, helper=helper, sort=sort, **picked,
        village_id=_int_arg(args, "village_id", "村", None, 1, MAX_DB_INT),
        page=_int_arg(args, "page", "页码", 1, 1, MAX_DB_INT),
        per_page=_int_arg(args, "per_page", "每页条数", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
    )


def registry_statement(user: User, query: RegistryQuery) -> Select:
    """Return the SELECT of the households in the user's scope matching ``query``, sorted, without paging.

    Raises Forbidden for roles without the registry and Invalid for a region outside the user's scope.
    """
    shape, values, prefixes = _shape(user, query)
    return _build(shape, values.__getitem__, lambda name: scope.code_under(Village.code, prefixes[name]))


def _shape(user: User, query: RegistryQuery) -> tuple[tuple, dict, dict]:
    """Return (shape, values, prefixes) of the user's ``query``: the shape says which filters apply (what
    ``_build`` composes), ``values`` their values by name, ``prefixes`` the region code prefixes of the
    scope ("scope") and the chosen region ("region"). Raises as ``registry_statement``."""
    _require_registry_user(user)
    own = scope.region_scope(user)
    if query.region and not (query.region.startswith(own or "") or (own or "").startswith(query.region)):
        raise Invalid("所选地区不在您的管辖范围内", field="region")
    values: dict = {"village_id": query.village_id, "status": query.status, "attribute": query.attribute,
                    "cause": query.cause}
    q_kind = ""
    if query.q:
        q_kind = "id" if _ID_LIKE.match(query.q) else "name"
        values["q"] = cipher().fingerprint(query.q) if q_kind == "id" else cipher().name_index(query.q)
    helper = query.helper if query.helper in ("", "none") else "id"
    if helper == "id":
        values["helper"] = int(query.helper)
    shape = ("none" if own is None else "all" if own == "" else "under", bool(query.region), bool(query.village_id),
             q_kind, bool(query.status), bool(query.attribute), bool(query.cause), helper, query.sort)
    return shape, values, {"scope": own, "region": query.region}


def _build(shape: tuple, value, under) -> Select:
    """Return ``registry_statement``'s SELECT of ``shape`` (``_shape``), taking each filter's value from
    ``value(name)`` and the region code conditions from ``under("scope")`` / ``under("region")``: literal
    values, or bound parameters in a statement built once per shape (``_search_statements``)."""
    scope_kind, region, village, q_kind, status, attribute, cause, helper, sort = shape
    stmt = select(Household).join(Village, Household.village_id == Village.id).where(
        false() if scope_kind == "none" else true() if scope_kind == "all" else under("scope"))
    if region:
        stmt = stmt.where(under("region"))
    if village:
        stmt = stmt.where(Household.village_id == value("village_id"))
    if q_kind:
        stmt = stmt.where((Household.id_fingerprint if q_kind == "id" else Household.head_name_index) == value("q"))
    if status:
        stmt = stmt.where(Household.status == value("status"))
    if attribute:
        stmt = stmt.where(Household.attribute == value("attribute"))
    if cause:
        # household_causes holds the main cause and the others, one row each, indexed by cause.
        stmt = stmt.where(Household.id.in_(
            select(HouseholdCause.household_id).where(HouseholdCause.cause == value("cause"))))
    if helper == "none":
        stmt = stmt.where(Household.helper_id.is_(None))
    elif helper:
        stmt = stmt.where(Household.helper_id == value("helper"))
    return stmt.order_by(*SORTS[sort][1]())


@dataclass(frozen=True)
class _SearchStatements:
    """A list page's statements of one shape: the exact count, the page's ids (``:offset``, ``:limit``)."""

    count: Select
    ids: Select

    @classmethod
    def of(cls, stmt: Select) -> _SearchStatements:
        """Return the count and the paged ids of ``registry_statement``-like ``stmt``."""
        return cls(count=select(func.count()).select_from(stmt.order_by(None).subquery()),
                   ids=stmt.with_only_columns(Household.id).offset(bindparam("offset")).limit(bindparam("limit")))


@functools.lru_cache(maxsize=256)
def _search_statements(shape: tuple, scope_high: bool, region_high: bool) -> _SearchStatements:
    """Return the statements of ``shape`` with every value a bound parameter, region codes as ranges
    (``<name>_low`` and, when ``<name>_high``, ``<name>_high``; ``scope.code_bounds``). Built once per shape:
    composing the list's statements (and their cache keys) on each request was a fifth of its app CPU
    (issue 14 seventh pass)."""
    highs = {"scope": scope_high, "region": region_high}
    return _SearchStatements.of(_build(shape, lambda name: bindparam(name),
                                       lambda name: scope.bound_code_range(Village.code, name, highs[name])))


def _bound(user: User, query: RegistryQuery) -> tuple[_SearchStatements, dict]:
    """Return the search statements of ``query`` and the values to bind; region codes not of digits (no
    account or region has one) get statements composed for them."""
    shape, values, prefixes = _shape(user, query)
    for name, prefix in prefixes.items():
        if not prefix:
            continue
        ranges = scope.code_range_values(name, prefix)
        if ranges is None:
            return _SearchStatements.of(registry_statement(user, query)), {}
        values.update(ranges)
    return _search_statements(shape, "scope_high" in values, "region_high" in values), values


def households_after(user: User, status: str, after: keyset.Cursor | None, limit: int) -> keyset.CountedPage:
    """Return the households in the user's scope (of ``status`` when given) after cursor ``after``, by village
    code then id, ``limit`` at most, with their exact number (the JSON API's list); Forbidden for roles
    without the registry."""
    stmt = registry_statement(user, RegistryQuery(status=status)).with_only_columns(*(k.column for k in BY_VILLAGE))
    return keyset.counted_page([keyset.Segment(stmt.order_by(None), BY_VILLAGE)], limit, after, lambda ids: (
        db.session.scalars(select(Household).where(Household.id.in_(ids)).options(joinedload(Household.village)))
        .unique()))


# A registry list shows the head's name, never the ID number, phone or address: leave those encrypted
# columns unread (3 of the 4 Fernet decryptions per row, issue 14).
LIST_UNREAD = (defer(Household.id_number), defer(Household.phone), defer(Household.address))


# What a list page reads of each household: the columns a RegistryRow shows (and the name, decrypted), its
# village's name and code, its helper's name, as plain rows. Households with their village and helper account
# as ORM objects (identity map, instance state, the account's password hash and settings) were a third of the
# list's CPU (issue 14).
LIST_COLUMNS = (
    Household.id, Household.head_name, Household.head_name_masked, Village.name.label("village_name"),
    Village.code.label("village_code"), Household.members_count, Household.attribute, Household.main_cause,
    Household.other_causes, Household.income_per_capita, Household.status, Household.registered_year,
    User.display_name.label("helper_name"),
)


# A page's rows by their ids, built once (composing it on each request cost more than running it).
_PAGE_ROWS = (select(*LIST_COLUMNS).join(Village, Household.village_id == Village.id)
              .outerjoin(User, Household.helper_id == User.id).where(Household.id.in_(bindparam("ids", expanding=True))))


# A list of a scope this wide (country, province, prefecture: region codes of up to 4 digits) counts its
# households from the figure ``registry.counts`` instead of on each request: an exact count there reads
# tens of thousands of rows (the cause filter's count took 107 ms of a national page at 100,000).
FIGURE_SCOPE_MAX_LENGTH = 4


@dataclass(frozen=True)
class RegistryPage(Page):
    """A Page of the registry. ``counted_at`` is None when ``total`` is exact, else the time of the figure it
    comes from (approximate: up to FIGURES_REFRESH_MINUTES old). ``more`` says whether a row follows this
    page, read with the page itself, so the pager never hides a row an old figure did not count."""

    counted_at: datetime | None = None
    more: bool = False

    @property
    def pages(self) -> int:
        """Return the number of pages: of the total, and at least to the next page if a row follows."""
        return max(super().pages, self.page + 1 if self.more else self.page)

    @property
    def has_next(self) -> bool:
        """Return whether a row follows this page."""
        return self.more


@figures.figure("registry.counts")
def registry_counts(scope_code: str) -> dict:
    """Return the households of region ``scope_code`` ("" = the country) counted by status and attribute
    (``{"status attribute": n}`` under "all") and by cause, status and attribute (``{"cause status
    attribute": n}`` under "by_cause": a household counts once under each of its causes)."""
    where = scope.code_under(Village.code, scope_code) if scope_code else true()
    base = select(Household.status, Household.attribute, func.count()).join(
        Village, Household.village_id == Village.id).where(where)
    cells = db.session.execute(base.group_by(Household.status, Household.attribute)).all()
    by_cause = db.session.execute(
        base.add_columns(HouseholdCause.cause)
        .join(HouseholdCause, HouseholdCause.household_id == Household.id)
        .group_by(HouseholdCause.cause, Household.status, Household.attribute)).all()
    return {"all": {f"{status} {attribute}": n for status, attribute, n in cells},
            "by_cause": {f"{cause} {status} {attribute}": n for status, attribute, n, cause in by_cause}}


def _counted_from_figure(user: User, query: RegistryQuery) -> tuple[int, datetime] | None:
    """Return (total, computed_at) of ``query`` from the figure ``registry.counts``, or None when the query
    filters by something the figure does not count (name or ID, village, helper) or its scope is narrow
    enough to count exactly."""
    if query.q or query.village_id or query.helper:
        return None
    own = scope.region_scope(user) or ""
    region = query.region if len(query.region) > len(own) else own
    if len(region) > FIGURE_SCOPE_MAX_LENGTH:
        return None
    snapshot = figures.get("registry.counts", region)
    cells = snapshot.payload["by_cause"] if query.cause else snapshot.payload["all"]
    wanted = [query.cause] if query.cause else []
    total = 0
    for key, n in cells.items():
        *cause, status, attribute = key.split(" ")
        if cause == wanted and query.status in ("", status) and query.attribute in ("", attribute):
            total += n
    return total, snapshot.computed_at


def search_households(user: User, query: RegistryQuery | None = None) -> RegistryPage:
    """Return one RegistryPage of the households in scope matching ``query`` (default: the first page of all).

    Its items are rows of ``LIST_COLUMNS`` (``row.id``, ``row.head_name``, ``row.village_code`` …), what
    ``list_rows`` turns into the page's RegistryRows.

    A page past the last one is empty, not an error. The total is exact for a county and below and for a
    search by name, ID, village or helper; otherwise it is the figure ``registry.counts`` (``counted_at``).
    Raises Forbidden / Invalid as ``registry_statement``.
    """
    query = query or RegistryQuery()
    statements, values = _bound(user, query)
    counted = _counted_from_figure(user, query)
    if counted is None:
        counted = (db.session.scalar(statements.count, values) or 0, None)
    # Page the ids alone (an index-only walk of the sort's index, ``ix_households_*_order``), then load the
    # page's rows: an OFFSET over whole rows read and threw away ~700 bytes each (page 1,000: 703 ms).
    ids = list(db.session.scalars(statements.ids, {
        **values, "offset": (query.page - 1) * query.per_page, "limit": query.per_page + 1}))
    more, ids = len(ids) > query.per_page, ids[:query.per_page]
    loaded = {row.id: row for row in db.session.execute(_PAGE_ROWS, {"ids": ids})} if ids else {}
    return RegistryPage(items=[loaded[i] for i in ids], total=counted[0], page=query.page,
                        per_page=query.per_page, counted_at=counted[1], more=more)


def may_see_personal(user: User | None, household: Household) -> bool:
    """Return whether ``user`` may read ``household``'s personal data in clear (staff whose scope covers it).

    The rule of DESIGN.md ("staff see personal data only inside their region"): village officers, offices
    and admins inside their scope. Helpers and everyone else see the masked name.
    """
    return may_see_personal_at(user, household.village.code)


def may_see_personal_at(user: User | None, village_code: str) -> bool:
    """Return whether ``user`` may read in clear the personal data of a household of village ``village_code``
    (``may_see_personal``'s rule)."""
    return user is not None and getattr(user, "role", None) in ("village_officer", "office", "admin") \
        and scope.covers(user, village_code)


def real_names(user: User, households: Iterable[Household], via: str) -> dict[int, str]:
    """Return {household id: head's name in clear} for the households ``user`` may see, auditing each view.

    Each shown household gets one ``household.view_personal`` entry (detail ``{"via": via}``), as the
    record page does; the entries are committed here. Households the user may not see are left out:
    callers show their masked name.
    """
    return _audited_names(user, [(h.id, h.village.code, h.head_name) for h in households
                                 if may_see_personal(user, h)], via)


def _audited_names(user: User, shown: list[tuple[int, str, str]], via: str) -> dict[int, str]:
    """Audit the view of ``shown`` (household id, village code, name in clear) and return {id: name}."""
    audit.record_many("household.view_personal", "household", [(i, code) for i, code, _ in shown], {"via": via},
                      actor=user)
    if shown:
        _commit_keeping_loaded()
    return {i: name for i, _, name in shown}


def _commit_keeping_loaded() -> None:
    """Commit without expiring what the session has loaded: the commit only adds audit entries, so the rows
    read stay true, and expiring them made the page reload the signed-in account (and anything else it
    touched after the audit) with one more query each (issue 14)."""
    session = db.session()
    keep, session.expire_on_commit = session.expire_on_commit, False
    try:
        session.commit()
    finally:
        session.expire_on_commit = keep


@dataclass(frozen=True)
class RegistryRow:
    """A household as a registry list shows it: plain values, the name in clear only when allowed."""

    id: int
    name: str
    name_is_real: bool
    village_name: str
    village_code: str
    members_count: int
    attribute: str
    main_cause: str
    other_causes: tuple[str, ...]
    income_per_capita: object
    status: str
    registered_year: int
    helper_name: str


def list_rows(user: User, households: list, via: str) -> list[RegistryRow]:
    """Return the RegistryRows of a page's ``households`` (``search_households``' items), names in clear (and
    audited, one ``household.view_personal`` entry each, as ``real_names``) where ``user`` may see them."""
    shown = [(h.id, h.village_code, h.head_name) for h in households if may_see_personal_at(user, h.village_code)]
    names = _audited_names(user, shown, via)
    return [RegistryRow(
        id=h.id, name=names.get(h.id, h.head_name_masked), name_is_real=h.id in names, village_name=h.village_name,
        village_code=h.village_code, members_count=h.members_count, attribute=h.attribute, main_cause=h.main_cause,
        other_causes=tuple(h.other_causes or ()), income_per_capita=h.income_per_capita, status=h.status,
        registered_year=h.registered_year, helper_name=h.helper_name or "",
    ) for h in households]


def helpers_for_picker(user: User, limit: int) -> list:
    """Return (id, display_name) rows of the helper accounts the user may filter by (``registry.helpers``'
    rule), by name, or [] when there are more than ``limit`` (a national office has thousands: the list page
    then takes the account number typed). Two columns, not whole accounts: the picker shows nothing else."""
    _require_registry_user(user)
    region = scope.region_scope(user) or ""
    values = scope.code_range_values("region", region) if region else {}
    if values is None:  # a region code not of digits (no account has one): composed on the spot
        return db.session.execute(_helpers_statement(scope.inside_or_above(User.region_code, region), limit)).all()
    values["ancestors"] = scope.ancestors(region)
    return db.session.execute(_helpers_statement_of_shape(bool(region), "region_high" in values, limit),
                              values).all()


@functools.lru_cache(maxsize=16)
def _helpers_statement_of_shape(in_region: bool, bounded: bool, limit: int) -> Select:
    """Return ``_helpers_statement`` for accounts inside or above a region (``scope.bound_inside_or_above``:
    its code range, with an upper bound when ``bounded``, and its ancestors bound on each request); every
    account when not ``in_region``. Built once per shape: composing it (and its cache key) cost as much as
    running it (issue 14 seventh pass)."""
    if not in_region:
        return _helpers_statement(true(), limit)
    return _helpers_statement(scope.bound_inside_or_above(User.region_code, bounded), limit)


def _helpers_statement(where, limit: int) -> Select:
    """Return the active helper accounts matching ``where`` as (id, display_name) by name, none when more than
    ``limit``."""
    # Count up to limit + 1 without sorting first: sorting thousands of accounts to throw them away is the cost.
    # The count and the sorted list are one statement (two round trips before, issue 14 sixth pass) that reads
    # the accounts once: the CTE keeps the names, so the list is sorted from it, not read again by primary
    # key (683 → 47 buffers, 0.64 → 0.38 ms of PostgreSQL for a county office at 1,000,000 households; the
    # two simple statements took 0.28 + 0.30 ms; issue 14 seventh pass).
    few = (select(User.id, User.display_name).where(User.role == "helper", User.is_active_account.is_(True), where)
           .limit(limit + 1).cte("few_helpers"))
    return (select(few.c.id, few.c.display_name)
            .where(select(func.count()).select_from(few).scalar_subquery() <= limit)
            .order_by(few.c.display_name, few.c.id))
