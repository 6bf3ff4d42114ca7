"""Read the public portal's data: published needs, figures, regions and cooperation projects.

Everything here returns only what DESIGN.md allows in public: masked names, village down to
township, category and what is needed. Queries eager-load what the templates show (no N+1).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Integer, func, literal_column, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import joinedload, selectinload

from search.analysis import analyze_query, fold, lexicon_synonyms, place_codes, synonym_group

from ..errors import Invalid, NotFound
from ..extensions import db
from ..models import (
    CATEGORIES,
    PUBLIC_NEED_STATUSES,
    CooperationProject,
    Household,
    Need,
    Organisation,
    Pairing,
    Pledge,
    Region,
    Village,
)
from ..models.need import CLOSING_SHARE_SQL, FINISHED_SEGMENT_SQL, OPEN_SEGMENT_SQL, SHORT_SEGMENT_SQL
from ..models.pledge import ACTIVE_PLEDGE_STATUSES
from ..templating import need_status_label
from . import figures, keyset
from .scope import code_under


@dataclass(frozen=True)
class Page:
    """One page of a list, with what the pager needs."""

    items: list
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        """Return the number of pages (at least 1)."""
        return max(1, -(-self.total // self.per_page))

    @property
    def has_prev(self) -> bool:
        """Return whether a previous page exists."""
        return self.page > 1

    @property
    def has_next(self) -> bool:
        """Return whether a next page exists."""
        return self.page < self.pages


@dataclass(frozen=True)
class NeedFilters:
    """The simple filters of the needs list."""

    province: str | None = None
    category: str | None = None
    region: str | None = None
    status: str | None = None
    text: str | None = None  # the database fallback of the search page: see search_fallback
    open_only: bool = False  # 只看待认领: published and still short
    sort: str = "newest"  # "newest" (open first, then newest) or "closing" (即将完成)

    def validate(self) -> NeedFilters:
        """Return self, or raise Invalid naming the filter that is wrong."""
        # isascii too: "²".isdigit() is True, and the code range below does int() on the last digit.
        if self.province and (len(self.province) != 2 or not (self.province.isascii() and self.province.isdigit())):
            raise Invalid("省份代码无效", field="province")
        if self.region and (not (self.region.isascii() and self.region.isdigit())
                            or len(self.region) not in (2, 4, 6, 9, 12)):
            raise Invalid("地区代码无效", field="region")
        if self.category and self.category not in CATEGORIES:
            raise Invalid("需求类别无效", field="category")
        if self.status and self.status not in PUBLIC_NEED_STATUSES:
            raise Invalid("需求状态无效", field="status")
        if self.text and len(self.text) > 100:
            raise Invalid("搜索词不能超过100个字", field="q")
        if self.sort not in NEED_LIST_SORTS:
            raise Invalid("排序方式无效", field="sort")
        return self


# The orders of the public needs list (the search page adds relevance, urgency and deadline).
NEED_LIST_SORTS = {"newest": "最新发布", "closing": "即将完成"}


# A public page shows a household only by its masked name (``head_name_masked``, stored in clear): the
# encrypted columns are left unread, so no public page decrypts personal data (4 Fernet decryptions per
# household row were a third of the home page's app CPU; issue 14).
PUBLIC_HOUSEHOLD = joinedload(Need.household).defer(Household.head_name).defer(Household.id_number) \
    .defer(Household.phone).defer(Household.address)


def _public_needs():
    return (
        select(Need)
        .where(Need.status.in_(PUBLIC_NEED_STATUSES))
        .options(PUBLIC_HOUSEHOLD, joinedload(Need.village).joinedload(Village.township))
    )


def _apply(stmt, filters: NeedFilters):
    prefix = filters.region or filters.province
    if prefix:
        stmt = stmt.where(code_under(Need.region_code, prefix))
    if filters.category:
        stmt = stmt.where(Need.category == filters.category)
    if filters.status:
        stmt = stmt.where(Need.status == filters.status)
    if filters.open_only:
        stmt = stmt.where(Need.status == "published", Need.quantity > Need.pledged_quantity)
    if filters.text:
        stmt = stmt.where(*text_conditions(filters.text))
    return stmt


def text_conditions(text: str) -> list:
    """Return the SQL conditions of a search text for the database fallback: every term must match.

    The text is analysed as the search engine analyses it (search.analysis.analyze_query: OpenCC
    folding, full → half width, case, amounts, division short forms, stop characters): each term
    matches a need whose folded text (``needs.search_text``, kept by the model) holds any spelling of
    its word (棉衣 also matches 冬衣, 羽绒服) or another name of the item in the matching lexicon
    (小羊 → 羔羊), or, for a division, a need located in it (镇雄县 → region 530627…). Stored text is
    folded like the query, so a need written in traditional characters is found too.
    """
    terms = analyze_query(text)
    if not terms:  # punctuation only (100%): match what was typed, "%" and "_" as literal characters
        literal = _escape_like(fold(text).strip())
        return [_holds(literal)] if literal else []
    conditions = []
    for term in terms:
        spellings = [*synonym_group(term.word), term.surface] if term.word else list(term.grams)
        if term.word:
            spellings += [*lexicon_synonyms(term.surface), *lexicon_synonyms(term.word)]
        spellings = [spelling for spelling in dict.fromkeys(spellings) if spelling]
        # A substring test covers both ways an engine term matches (its word, or its n-grams side by
        # side); ilike because PostgreSQL's LIKE, unlike SQLite's, is case-sensitive.
        alternatives = [_holds(_escape_like(spelling)) for spelling in spellings]
        alternatives += [code_under(Need.region_code, code) for code in place_codes(term.word or "")]
        conditions.append(or_(*alternatives))
    return conditions


def _holds(escaped: str):
    """Return: the need's folded text contains ``escaped`` (a LIKE pattern body, escaped).

    A need written before ``search_text`` existed and not yet refolded falls back on its raw title
    and description.
    """
    folded = func.coalesce(Need.search_text, Need.title + "\n" + Need.description)
    return folded.ilike(f"%{escaped}%", escape="\\")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# The open-first order as index-served segments (issue 14): the open needs newest first, then the
# finished ones newest first. Each segment has a partial index on (published_at, id) whose WHERE is the
# segment's status condition written the same way (migration 0012), so a page reads ~per_page entries.
FINISHED_PUBLIC_STATUSES = tuple(s for s in PUBLIC_NEED_STATUSES if s != "published")
# 即将完成: the share still missing, in hundredths of a percent, spelled as the index ix_needs_open_closing
# spells it (a bound 10000 or a re-quoted expression would not match it, and PostgreSQL would sort).
CLOSING_SHARE = literal_column(CLOSING_SHARE_SQL, Integer)
# Old ``?page=N`` links without a cursor are served by walking N pages of the index: bounded.
MAX_OFFSET_PAGE = 500


def _need_segments(filters: NeedFilters) -> list[keyset.Segment]:
    """Return the needs list of ``filters`` as keyset segments (see app/services/keyset.py).

    The one order of the public needs, for the pages and the JSON API: open ones first, then the
    finished ones, each newest published first. A public need without a publication time (written
    around the services, e.g. an old import) comes after the dated ones of its part, newest written
    first: a key value cannot be NULL. That segment is ordered by created_at, which no index orders, so
    PostgreSQL finds its (few) rows through the partial index's NULL entries and sorts them; ordered by id
    alone it walked the whole primary key (437 ms at 112,000 needs, EXPLAIN ANALYZE on PostgreSQL 16).
    """
    newest = (keyset.Key(Need.published_at), keyset.Key(Need.id))
    parts = []
    if filters.status in (None, "published"):
        closing = (keyset.Key(CLOSING_SHARE, descending=False), *newest)
        # 只看待认领 reads its own partial index (ix_needs_short_published_at), so skipping rows for a
        # page-number link reads index entries only; 即将完成 keeps the expression index of the open part.
        short = filters.open_only and filters.sort != "closing"
        parts.append((SHORT_SEGMENT_SQL if short else OPEN_SEGMENT_SQL, closing if filters.sort == "closing" else newest))
    if not filters.open_only and filters.status in (None, *FINISHED_PUBLIC_STATUSES):
        parts.append((FINISHED_SEGMENT_SQL, newest))
    segments = []
    for condition, keys in parts:
        dated = select(*(k.column for k in keys)).where(sql_text(condition), Need.published_at.is_not(None))
        undated = select(Need.created_at, Need.id).where(sql_text(condition), Need.published_at.is_(None))
        written = (keyset.Key(Need.created_at), keyset.Key(Need.id))
        segments += [keyset.Segment(_apply(dated, filters), keys), keyset.Segment(_apply(undated, filters), written)]
    return segments


NeedsPage = keyset.ListPage


def needs_page(filters: NeedFilters, page: int = 1, per_page: int = 20, after: str | None = None,
               before: str | None = None) -> NeedsPage:
    """Return a page of public needs in the list's order (open first, then newest; or 即将完成).

    ``after`` / ``before`` are cursors from a previous page (keyset paging: the cost does not grow with
    the depth); without them ``page`` (1 to MAX_OFFSET_PAGE) is walked from the start. ``page`` is
    otherwise only the number shown. The total is the precomputed count of figure ``needs.counts``
    (stamped with its time) where the filters allow it, else None. Raises Invalid for bad filters,
    a bad cursor or a page beyond MAX_OFFSET_PAGE without a cursor.
    """
    filters.validate()
    page = max(1, page)
    found = keyset.fetch(_need_segments(filters), page, per_page, after, before, MAX_OFFSET_PAGE)
    ids = [values[-1] for values in found.rows]
    loaded = public_needs_by_ids(ids)
    total, counted_at = _approximate_total(filters)
    return keyset.ListPage(
        items=[loaded[i] for i in ids if i in loaded], page=page, per_page=per_page, total=total,
        counted_at=counted_at, next_cursor=found.next_cursor, prev_cursor=found.prev_cursor,
    )


def _approximate_total(filters: NeedFilters) -> tuple[int | None, datetime | None]:
    """Return (count, computed_at) of the needs ``filters`` select from figure ``needs.counts``, or (None, None)."""
    if filters.text:
        return None, None
    snapshot = figures.get("needs.counts", filters.region or filters.province or "")
    if filters.open_only:
        statuses = ["open"] if filters.status in (None, "published") else []
    else:
        statuses = [filters.status] if filters.status else list(PUBLIC_NEED_STATUSES)
    by_status = snapshot.payload["by_status"]
    total = sum(n for s in statuses for c, n in by_status.get(s, {}).items()
                if filters.category in (None, c))
    return total, snapshot.computed_at


@figures.figure("needs.counts")
def _need_counts(scope: str) -> dict:
    """Return public needs under region prefix ``scope`` ("" = national) by status and category.

    Status "open" counts the published needs still short (只看待认领), also counted under "published".
    """
    stmt = (
        select(Need.status, Need.category, (Need.quantity > Need.pledged_quantity).label("short"), func.count())
        .where(Need.status.in_(PUBLIC_NEED_STATUSES))
        .group_by(Need.status, Need.category, "short")
    )
    if scope:
        stmt = stmt.where(code_under(Need.region_code, scope))
    by_status: dict[str, dict[str, int]] = {}
    for status, category, short, n in db.session.execute(stmt):
        by_status.setdefault(status, {}).setdefault(category, 0)
        by_status[status][category] += n
        if status == "published" and short:
            by_status.setdefault("open", {}).setdefault(category, 0)
            by_status["open"][category] += n
    return {"by_status": by_status}


def list_public_needs(filters: NeedFilters, page: int = 1, per_page: int = 20) -> Page:
    """Return a page of public needs in the list's order with their exact total (the JSON API's pages).

    The rows come from the index-served segments (no sort of the table); the exact count costs a scan
    of the matching needs, which the HTML pages avoid (``needs_page``). ``page`` is bounded by the caller.
    """
    filters.validate()
    page = max(1, page)
    count_stmt = _apply(select(func.count(Need.id)).where(Need.status.in_(PUBLIC_NEED_STATUSES)), filters)
    if filters.open_only:
        count_stmt = count_stmt.where(Need.status == "published")
    total = db.session.scalar(count_stmt) or 0
    found = keyset.offset_page(_need_segments(filters), per_page, (page - 1) * per_page)
    ids = [values[-1] for values in found.rows]
    loaded = public_needs_by_ids(ids)
    return Page(items=[loaded[i] for i in ids if i in loaded], page=page, per_page=per_page, total=total)


def public_needs_after(filters: NeedFilters, after: keyset.Cursor | None, limit: int) -> keyset.CountedPage:
    """Return the public needs after cursor ``after`` in the needs page's order (``_need_segments``),
    ``limit`` at most, with the exact number of needs ``filters`` select (the JSON API's list).

    Raises Invalid for bad filters and keyset.BadCursor for a cursor that does not fit the list.
    """
    filters.validate()
    return keyset.counted_page(_need_segments(filters), limit, after,
                               lambda ids: db.session.scalars(_public_needs().where(Need.id.in_(ids))).unique())


def get_public_need(need_id: int) -> Need:
    """Return a need that the public may see, or raise NotFound."""
    need = db.session.scalar(
        _public_needs().where(Need.id == need_id).options(selectinload(Need.photos), selectinload(Need.reviews))
    )
    if need is None:
        raise NotFound("该需求不存在或尚未公开")
    return need


def need_progress(need: Need) -> dict[str, Decimal]:
    """Return how much of a need is pledged and how much is received, for the progress bar."""
    received = db.session.scalar(
        select(func.coalesce(func.sum(Pledge.quantity), 0)).where(
            Pledge.need_id == need.id, Pledge.status.in_(("received", "completed"))
        )
    )
    return {"pledged": need.pledged_quantity, "received": Decimal(received), "quantity": need.quantity}


def newest_needs(limit: int = 8) -> list[Need]:
    """Return the newest published needs."""
    stmt = _public_needs().where(Need.status == "published").order_by(Need.published_at.desc(), Need.id.desc())
    return list(db.session.scalars(stmt.limit(limit)).unique())


def key_figures(region_prefix: str | None = None) -> dict:
    """Return the headline figures of the country or a region prefix, precomputed (figure ``portal.totals``).

    Keys: published, helped, pledges, households, organisations (national only, else None) and
    ``computed_at`` (UTC datetime of the computation, for 「数据更新于 …」).
    """
    snapshot = figures.get("portal.totals", region_prefix or "")
    return {**snapshot.payload, "computed_at": snapshot.computed_at}


@figures.figure("portal.totals")
def _key_figures(scope: str) -> dict[str, int | None]:
    """Compute the headline figures for region prefix ``scope`` ("" = the whole country)."""

    def scoped(stmt, column):
        return stmt.where(code_under(column, scope)) if scope else stmt

    published = db.session.scalar(
        scoped(select(func.count(Need.id)).where(Need.status == "published"), Need.region_code)
    )
    helped = db.session.scalar(
        scoped(select(func.count(Need.id)).where(Need.status.in_(("delivered", "completed"))), Need.region_code)
    )
    pledges = db.session.scalar(
        scoped(
            select(func.count(Pledge.id)).join(Need, Pledge.need_id == Need.id)
            .where(Pledge.status.in_(ACTIVE_PLEDGE_STATUSES)),
            Need.region_code,
        )
    )
    households = db.session.scalar(
        scoped(
            select(func.count(Household.id)).join(Village, Household.village_id == Village.id),
            Village.code,
        )
    )
    organisations = (
        db.session.scalar(select(func.count(Organisation.id)).where(Organisation.verification == "verified"))
        if not scope
        else None
    )
    return {
        "published": published or 0,
        "helped": helped or 0,
        "pledges": pledges or 0,
        "households": households or 0,
        "organisations": organisations,
    }


def get_region(code: str) -> Region:
    """Return the region with ``code`` or raise NotFound."""
    region = Region.get(code) if code.isdigit() else None
    if region is None:
        raise NotFound("该地区不存在")
    return region


def region_path(region: Region) -> list[Region]:
    """Return the chain of regions from the province down to ``region``."""
    codes = region.ancestor_codes()
    found = {r.code: r for r in db.session.scalars(select(Region).where(Region.code.in_(codes)))}
    return [found[c] for c in codes if c in found]


def child_regions(region: Region | None) -> list[Region]:
    """Return the regions directly under ``region`` (the provinces when None)."""
    if region is None:
        return Region.provinces()
    return list(db.session.scalars(select(Region).where(Region.parent_code == region.code).order_by(Region.code)))


def poverty_counties(province_code: str | None = None) -> list[Region]:
    """Return the national poverty counties, optionally of one province."""
    stmt = select(Region).where(Region.is_poverty_county.is_(True)).order_by(Region.code)
    if province_code:
        stmt = stmt.where(Region.code.startswith(province_code, autoescape=True))
    return list(db.session.scalars(stmt))


def _project_segments(helper: str | None, recipient: str | None) -> list[keyset.Segment]:
    """Return the cooperation projects of the helper / recipient region prefixes, newest year first, then
    id, as one keyset segment (index ``ix_cooperation_projects_year_order``)."""
    stmt = select(CooperationProject.year, CooperationProject.id)
    if helper:
        stmt = stmt.where(CooperationProject.helper_region_code.startswith(helper, autoescape=True))
    if recipient:
        stmt = stmt.where(CooperationProject.recipient_region_code.startswith(recipient, autoescape=True))
    return [keyset.Segment(stmt, (keyset.Key(CooperationProject.year), keyset.Key(CooperationProject.id)))]


def list_projects(page: int = 1, per_page: int = 20, helper: str | None = None, recipient: str | None = None,
                  after: str | None = None, before: str | None = None) -> keyset.ListPage:
    """Return a keyset page of cooperation projects, newest year first (the public projects page).

    ``after`` / ``before`` are cursors of a previous page; the total is exact up to keyset.COUNT_CAP.
    Raises Invalid for a bad cursor or a page number past MAX_OFFSET_PAGE.
    """
    return keyset.list_page(
        _project_segments(helper, recipient), page, per_page, after, before,
        lambda ids: db.session.scalars(select(CooperationProject).where(CooperationProject.id.in_(ids)).options(
            joinedload(CooperationProject.organisation), joinedload(CooperationProject.helper_region),
            joinedload(CooperationProject.recipient_region), selectinload(CooperationProject.updates))).unique(),
        max_offset_page=MAX_OFFSET_PAGE, count_cap=keyset.COUNT_CAP)


def projects_after(after: keyset.Cursor | None, limit: int, helper: str | None = None,
                   recipient: str | None = None) -> keyset.CountedPage:
    """Return the cooperation projects after cursor ``after`` (newest year first, then id), ``limit`` at
    most, with the exact number of projects of the helper / recipient region prefixes (the JSON API's list)."""
    return keyset.counted_page(_project_segments(helper, recipient), limit, after, lambda ids: db.session.scalars(
        select(CooperationProject).where(CooperationProject.id.in_(ids))
        .options(joinedload(CooperationProject.organisation))).unique())


def newest_projects(limit: int = 4) -> list[CooperationProject]:
    """Return the newest cooperation projects (the home page's list: no count)."""
    stmt = select(CooperationProject).options(
        joinedload(CooperationProject.helper_region), joinedload(CooperationProject.recipient_region)
    ).order_by(CooperationProject.year.desc(), CooperationProject.id.desc())
    return list(db.session.scalars(stmt.limit(limit)).unique())


def get_project(project_id: int) -> CooperationProject:
    """Return a cooperation project or raise NotFound."""
    project = db.session.get(CooperationProject, project_id)
    if project is None:
        raise NotFound("该协作项目不存在")
    return project


def pairings() -> list[Pairing]:
    """Return every east–west pairing with both regions loaded."""
    stmt = select(Pairing).options(joinedload(Pairing.helper), joinedload(Pairing.recipient)).order_by(Pairing.id)
    return list(db.session.scalars(stmt))


def public_need_record(need: Need, path: list[Region] | None = None) -> dict:
    """Return a public need as plain values, masked exactly as the need pages show it (DESIGN.md).

    The beneficiary is the masked head of household (张*明户) or the village; a household need's place
    stops at its township (code and names), a village need's is the village itself. Never the ID
    number, phone, full name or address. ``path`` (regions from the province down) is looked up when
    not given. Used by the JSON API; the pages render the same fields from the model.
    """
    township = need.village.township
    if path is None:
        path = region_path(township) if township is not None else []
    names = [r.name for r in path]
    if need.beneficiary_type == "household":
        place = {"region_code": need.village.township_code, "names": names}
    else:
        place = {"region_code": need.village.code, "names": [*names, need.village.name]}
    return {
        "id": need.id,
        "title": need.title,
        "description": need.description,
        "category": need.category,
        "category_label": need.category_label,
        "kind": need.kind,
        "quantity": need.quantity,
        "unit": "元" if need.kind == "cash" else need.unit,
        "pledged_quantity": need.pledged_quantity,
        "remaining": need.remaining,
        "urgency": need.urgency,
        "deadline": need.deadline,
        "status": need.status,
        "status_label": need_status_label(need),
        "published_at": need.published_at,
        "beneficiary": {"type": need.beneficiary_type, "label": need.beneficiary_label},
        "place": place,
    }


def public_need_records(needs: list[Need]) -> list[dict]:
    """Return ``public_need_record`` of each need, looking up all their townships' paths in one query."""
    codes = {c for n in needs if n.village.township is not None for c in n.village.township.ancestor_codes()}
    found = {r.code: r for r in db.session.scalars(select(Region).where(Region.code.in_(codes)))} if codes else {}
    records = []
    for need in needs:
        township = need.village.township
        path = [found[c] for c in township.ancestor_codes() if c in found] if township is not None else []
        records.append(public_need_record(need, path))
    return records


def public_needs_by_ids(ids: list[int]) -> dict[int, Need]:
    """Return the public needs among ``ids``, by id (for search hits, which the engine returns as ids)."""
    if not ids:
        return {}
    return {n.id: n for n in db.session.scalars(_public_needs().where(Need.id.in_(ids))).unique()}
