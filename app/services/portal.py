"""Read the public portal's data: published needs, figures, regions and cooperation projects.

Everything here returns only what DESIGN.md allows in public: masked names, village down to
township, category and what is needed. Queries eager-load what the templates show (no N+1).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select
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
from ..models.pledge import ACTIVE_PLEDGE_STATUSES


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


def _public_needs():
    return (
        select(Need)
        .where(Need.status.in_(PUBLIC_NEED_STATUSES))
        .options(joinedload(Need.household), joinedload(Need.village).joinedload(Village.township))
    )


def _under(column, prefix: str):
    """Return ``column`` starts with the region code ``prefix``, in a form an index can serve.

    Neither SQLite (LIKE is case-insensitive) nor PostgreSQL (non-C collation) answers ``LIKE '52%'``
    from a b-tree, so a code range selects the rows and the LIKE keeps the exact meaning.
    """
    condition = column.startswith(prefix, autoescape=True)
    if not (prefix.isascii() and prefix.isdigit()):  # "²".isdigit() is True; only 0-9 have a next digit here
        return condition
    # The next code after every code under "52" is "53"; under "59" it is "6"; "99" has none.
    stripped = prefix.rstrip("9")
    if not stripped:
        return and_(column >= prefix, condition)
    upper = stripped[:-1] + str(int(stripped[-1]) + 1)
    return and_(column >= prefix, column < upper, condition)


def _apply(stmt, filters: NeedFilters):
    prefix = filters.region or filters.province
    if prefix:
        stmt = stmt.where(_under(Need.region_code, prefix))
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
        alternatives += [_under(Need.region_code, code) for code in place_codes(term.word or "")]
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


def list_public_needs(filters: NeedFilters, page: int = 1, per_page: int = 20) -> Page:
    """Return a page of public needs, newest first, open ones before finished ones."""
    filters.validate()
    page = max(1, page)
    count_stmt = _apply(select(func.count(Need.id)).where(Need.status.in_(PUBLIC_NEED_STATUSES)), filters)
    total = db.session.scalar(count_stmt) or 0
    # Sort and page the narrow id column first, then load the page's rows with what they show:
    # sorting the joined rows of 80,000 public needs took a second per page at 100,000 households.
    open_first = (Need.status == "published").desc()
    if filters.sort == "closing":
        # 即将完成: open needs first, the least remaining share first (as the search engine's "closing").
        share = case((Need.status == "published", (Need.quantity - Need.pledged_quantity) / Need.quantity), else_=1)
        order = (open_first, share.asc(), Need.published_at.desc(), Need.id.desc())
    else:
        order = (open_first, Need.published_at.desc(), Need.id.desc())
    ids_stmt = _apply(select(Need.id).where(Need.status.in_(PUBLIC_NEED_STATUSES)), filters).order_by(*order)
    ids = list(db.session.scalars(ids_stmt.limit(per_page).offset((page - 1) * per_page)))
    loaded = {n.id: n for n in db.session.scalars(_public_needs().where(Need.id.in_(ids))).unique()} if ids else {}
    items = [loaded[i] for i in ids if i in loaded]
    return Page(items=items, page=page, per_page=per_page, total=total)


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


def key_figures(region_prefix: str | None = None) -> dict[str, int | Decimal]:
    """Return the headline figures, for the whole country or a region prefix."""

    def scoped(stmt, column):
        return stmt.where(_under(column, region_prefix)) if region_prefix else stmt

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
        if region_prefix is None
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


def list_projects(page: int = 1, per_page: int = 20, helper: str | None = None, recipient: str | None = None) -> Page:
    """Return a page of cooperation projects, newest year first."""
    page = max(1, page)
    stmt = select(CooperationProject)
    count = select(func.count(CooperationProject.id))
    if helper:
        stmt = stmt.where(CooperationProject.helper_region_code.startswith(helper, autoescape=True))
        count = count.where(CooperationProject.helper_region_code.startswith(helper, autoescape=True))
    if recipient:
        stmt = stmt.where(CooperationProject.recipient_region_code.startswith(recipient, autoescape=True))
        count = count.where(CooperationProject.recipient_region_code.startswith(recipient, autoescape=True))
    stmt = stmt.options(
        joinedload(CooperationProject.organisation),
        joinedload(CooperationProject.helper_region),
        joinedload(CooperationProject.recipient_region),
        selectinload(CooperationProject.updates),
    ).order_by(CooperationProject.year.desc(), CooperationProject.id.desc())
    items = list(db.session.scalars(stmt.limit(per_page).offset((page - 1) * per_page)).unique())
    return Page(items=items, page=page, per_page=per_page, total=db.session.scalar(count) or 0)


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
        "status_label": need.status_label,
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
