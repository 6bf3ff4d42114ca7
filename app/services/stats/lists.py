"""The office lists behind the dashboard's and the assessment's figures: needs, pledges and projects.

Each list takes filters from URL arguments (``parse``; bad ones raise Invalid in Chinese, naming the
argument), keeps only rows inside the office's region (``services.scope``; a region filter outside it
answers NotFound, as the dashboard does) and is paged for the page or walked whole for the export.
The lists name beneficiaries and individual donors only in masked form, as the public pages do.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass

from sqlalchemy import Select, exists, literal, select
from sqlalchemy.orm import joinedload

from ...crypto import mask_name
from ...errors import Invalid
from ...extensions import db
from ...models import (
    CATEGORIES,
    KINDS,
    NEED_STATUSES,
    PLEDGE_STATUSES,
    PROJECT_STATUSES,
    CooperationProject,
    Feedback,
    Need,
    Organisation,
    Pledge,
    Region,
    ReviewRecord,
    User,
)
from ...models._types import UTCDateTime, utcnow
from ...models.pledge import ACTIVE_PLEDGE_STATUSES
from ...templating import NEED_STATUS_LABELS, PLEDGE_STATUS_LABELS, need_status_label, pledge_status_label
from .. import keyset
from ._sql import days_between, under, year_of
from .dashboard import DONOR_KINDS, WAITING_BANDS, dashboard_region

PER_PAGE = 50
EXPORT_BATCH = 500


@dataclass(frozen=True)
class ListFilters:
    """Filters shared by the three lists; each list uses the ones that apply to it (see ``FIELDS``)."""

    region: str = ""
    status: str = ""
    category: str = ""
    kind: str = ""
    matched: str = ""  # "1" with a pledge, "0" without
    public: str = ""  # "1": ever published (the 已发布 of the statistics)
    waiting: str = ""  # a WAITING_BANDS label index: "0".."3"
    published: int | None = None  # year published
    completed: int | None = None  # year completed
    reviewed: int | None = None  # year of a review decision
    thanked: str = ""  # "1" with a thanks note, "0" without
    donor_kind: str = ""
    organisation: int | None = None
    year: int | None = None  # project year

    def args(self, **changes) -> dict:
        """Return the filters as URL arguments, empty ones left out."""
        return {k: v for k, v in {**asdict(self), **changes}.items() if v not in ("", None)}


FIELDS = {
    "needs": ("region", "status", "category", "kind", "matched", "public", "waiting", "published", "completed", "reviewed",
              "thanked"),
    "pledges": ("region", "status", "category", "donor_kind", "organisation"),
    "projects": ("region", "status", "category", "year"),
}
_CHOICES = {"category": CATEGORIES, "kind": KINDS, "matched": {"1": "", "0": ""}, "thanked": {"1": "", "0": ""}, "public": {"1": ""},
            "waiting": {str(i): "" for i in range(len(WAITING_BANDS))}, "donor_kind": DONOR_KINDS}
# "active": the pledges the statistics count (pledged, shipped, received, completed).
_STATUSES = {"needs": NEED_STATUSES, "pledges": {**PLEDGE_STATUSES, "active": "有效"}, "projects": PROJECT_STATUSES}
_LABELS = {"region": "地区", "status": "状态", "category": "类别", "kind": "需求类型", "matched": "是否已认领", "public": "是否发布过",
           "waiting": "等待时长", "published": "发布年份", "completed": "完成年份", "reviewed": "审核年份",
           "thanked": "是否有感谢回馈", "donor_kind": "帮扶主体类型", "organisation": "帮扶主体", "year": "项目年度"}


def parse(kind: str, args: Mapping) -> ListFilters:
    """Return the filters of list ``kind`` from URL arguments; raise Invalid naming a bad one."""
    values: dict = {}
    for name in FIELDS[kind]:
        text = (args.get(name) or "").strip()
        if not text:
            continue
        if name in ("published", "completed", "reviewed", "year", "organisation"):
            if not (text.isascii() and text.isdigit()) or len(text) > 9:
                raise Invalid(f"{_LABELS[name]}应为数字", field=name)
            values[name] = int(text)
        elif name == "region":
            if not (text.isascii() and text.isdigit()) or len(text) not in (2, 4, 6, 9, 12):
                raise Invalid("地区代码无效", field=name)
            values[name] = text
        else:
            choices = _STATUSES[kind] if name == "status" else _CHOICES[name]
            if text not in choices:
                raise Invalid(f"{_LABELS[name]}无效", field=name)
            values[name] = text
    return ListFilters(**values)


# The words a filter's value is read in (the status words are the public ones, app/templating.py).
_STATUS_WORDS = {"needs": NEED_STATUS_LABELS, "pledges": {**PLEDGE_STATUS_LABELS, "active": "有效"},
                 "projects": PROJECT_STATUSES}
_YES_NO = {"1": "是", "0": "否"}
_VALUE_WORDS = {"category": CATEGORIES, "kind": KINDS, "matched": _YES_NO, "thanked": _YES_NO, "public": _YES_NO,
                "waiting": {str(i): band[2] for i, band in enumerate(WAITING_BANDS)}, "donor_kind": DONOR_KINDS}


def describe(kind: str, filters: ListFilters) -> list[tuple[str, str]]:
    """Return the filters of list ``kind`` as (label, value) pairs in Chinese, in ``FIELDS`` order, for the page.

    A region shows its name (its code when unknown), an organisation its name, years as numbers.
    """
    pairs = []
    for name in FIELDS[kind]:
        value = getattr(filters, name)
        if value in ("", None):
            continue
        if name == "region":
            region = db.session.get(Region, value)
            text = region.name if region is not None else value
        elif name == "organisation":
            organisation = db.session.get(Organisation, value)
            text = organisation.name if organisation is not None else str(value)
        elif name == "status":
            text = _STATUS_WORDS[kind].get(value, value)
        elif name in _VALUE_WORDS:
            text = _VALUE_WORDS[name].get(value, value)
        else:
            text = f"{value}年" if name in ("published", "completed", "reviewed", "year") else str(value)
        pairs.append((_LABELS[name], text))
    return pairs


def _region(user: User, filters: ListFilters) -> str:
    """Return the region prefix of a list: the filter (inside the user's scope) or the user's own region."""
    region = dashboard_region(user, filters.region[:9] if filters.region else None)
    own = region.code if region is not None else ""
    return filters.region if filters.region.startswith(own) else own


def needs_statement(user: User, filters: ListFilters) -> Select:
    """Return the needs of the list, newest first (Forbidden / NotFound as ``dashboard_region``)."""
    stmt = select(Need).where(under(Need.region_code, _region(user, filters)))
    if filters.status:
        stmt = stmt.where(Need.status == filters.status)
    if filters.category:
        stmt = stmt.where(Need.category == filters.category)
    if filters.kind:
        stmt = stmt.where(Need.kind == filters.kind)
    if filters.matched:
        stmt = stmt.where((Need.pledged_quantity > 0) if filters.matched == "1" else (Need.pledged_quantity == 0))
    if filters.public:
        stmt = stmt.where(Need.published_at.is_not(None))
    if filters.waiting:
        low, high, _label = WAITING_BANDS[int(filters.waiting)]
        waited = days_between(Need.submitted_at, literal(utcnow(), UTCDateTime))
        stmt = stmt.where(Need.status == "pending", waited >= low, *([waited < high] if high is not None else []))
    if filters.published:
        stmt = stmt.where(Need.published_at.is_not(None), year_of(Need.published_at) == filters.published)
    if filters.completed:
        stmt = stmt.where(Need.status == "completed", Need.closed_at.is_not(None),
                          year_of(Need.closed_at) == filters.completed)
    if filters.reviewed:
        stmt = stmt.where(exists().where(ReviewRecord.need_id == Need.id,
                                         year_of(ReviewRecord.created_at) == filters.reviewed))
    if filters.thanked:
        thanked = exists().where(Feedback.need_id == Need.id)
        stmt = stmt.where(thanked if filters.thanked == "1" else ~thanked)
    return stmt.options(joinedload(Need.household), joinedload(Need.village)).order_by(Need.id.desc())


def pledges_statement(user: User, filters: ListFilters) -> Select:
    """Return the pledges to needs of the list's region, newest first."""
    stmt = (select(Pledge).join(Need, Pledge.need_id == Need.id)
            .outerjoin(Organisation, Pledge.organisation_id == Organisation.id)
            .where(under(Need.region_code, _region(user, filters))))
    if filters.status == "active":
        stmt = stmt.where(Pledge.status.in_(ACTIVE_PLEDGE_STATUSES))
    elif filters.status:
        stmt = stmt.where(Pledge.status == filters.status)
    if filters.category:
        stmt = stmt.where(Need.category == filters.category)
    if filters.donor_kind:
        stmt = stmt.where(Pledge.organisation_id.is_(None) if filters.donor_kind == "individual"
                          else Organisation.kind == filters.donor_kind)
    if filters.organisation:
        stmt = stmt.where(Pledge.organisation_id == filters.organisation)
    return stmt.options(joinedload(Pledge.need), joinedload(Pledge.donor), joinedload(Pledge.organisation)) \
        .order_by(Pledge.id.desc())


def projects_statement(user: User, filters: ListFilters) -> Select:
    """Return the cooperation projects whose recipient lies in the list's region, newest first."""
    stmt = select(CooperationProject).where(under(CooperationProject.recipient_region_code, _region(user, filters)))
    if filters.status:
        stmt = stmt.where(CooperationProject.status == filters.status)
    if filters.category:
        stmt = stmt.where(CooperationProject.category == filters.category)
    if filters.year:
        stmt = stmt.where(CooperationProject.year == filters.year)
    return stmt.options(joinedload(CooperationProject.organisation), joinedload(CooperationProject.helper_region),
                        joinedload(CooperationProject.recipient_region)).order_by(CooperationProject.id.desc())


STATEMENTS = {"needs": needs_statement, "pledges": pledges_statement, "projects": projects_statement}


MODELS = {"needs": Need, "pledges": Pledge, "projects": CooperationProject}
# Deep pages go by cursor (keyset on the id, the lists' order); ``?page=N`` links are walked up to here.
MAX_OFFSET_PAGE = 200


def page(kind: str, user: User, filters: ListFilters, number: int = 1, per_page: int = PER_PAGE,
         after: str | None = None, before: str | None = None) -> keyset.ListPage:
    """Return one keyset page of list ``kind``, newest (highest id) first (app/services/keyset.py).

    ``after`` / ``before`` are cursors of a previous page; without them page ``number`` is walked from
    the start (Invalid past MAX_OFFSET_PAGE). ``total`` is None above keyset.COUNT_CAP rows (counting a province's pledges on every page would
    read them all; the dashboard's figures give the big totals, precomputed). Raises Forbidden /
    NotFound as ``dashboard_region`` and Invalid for a bad cursor.
    """
    stmt = STATEMENTS[kind](user, filters)
    model = MODELS[kind]
    segments = [keyset.Segment(stmt.with_only_columns(model.id).order_by(None), (keyset.Key(model.id),))]
    return keyset.list_page(segments, number, per_page, after, before,
                            lambda ids: db.session.scalars(stmt.where(model.id.in_(ids))).unique(),
                            max_offset_page=MAX_OFFSET_PAGE, count_cap=keyset.COUNT_CAP)


def donor_label(pledge: Pledge) -> str:
    """Return who pledged, as lists show it: the organisation, or a masked individual."""
    if pledge.organisation is not None:
        return pledge.organisation.name
    return f"爱心人士 {mask_name(pledge.donor.display_name)}"


HEADERS = {
    "needs": ("编号", "标题", "受益对象", "地区代码", "类别", "类型", "数量", "已认领", "单位", "状态", "提交时间", "发布时间", "完成时间"),
    "pledges": ("编号", "需求编号", "需求标题", "地区代码", "类别", "认领方", "数量", "状态", "认领时间", "签收时间"),
    "projects": ("编号", "项目名称", "帮扶方", "受援地区", "结对帮扶地区", "类别", "年度", "预算（元）", "受益人数", "状态"),
}


def row(kind: str, item) -> list:
    """Return the cells of one list item, in ``HEADERS[kind]`` order (the export writes them formula-safe)."""
    if kind == "needs":
        return [item.id, item.title, item.beneficiary_label, item.region_code, item.category_label, item.kind_label,
                float(item.quantity), float(item.pledged_quantity), item.unit, need_status_label(item),
                _time(item.submitted_at), _time(item.published_at), _time(item.closed_at)]
    if kind == "pledges":
        need = item.need
        return [item.id, need.id, need.title, need.region_code, CATEGORIES[need.category], donor_label(item),
                float(item.quantity), pledge_status_label(item), _time(item.created_at), _time(item.received_at)]
    return [item.id, item.title, item.organisation.name, item.recipient_region.name, item.helper_region.name,
            CATEGORIES[item.category], item.year, float(item.budget), item.beneficiaries_count, item.status_label]


def _time(value) -> str:
    from ...templating import china_time

    return china_time(value) if value is not None else ""


def walk(kind: str, user: User, filters: ListFilters) -> Iterator:
    """Yield every item of list ``kind`` (streamed in batches: memory stays flat at any size)."""
    stmt = STATEMENTS[kind](user, filters)
    last_id = None
    model = MODELS[kind]
    while True:
        batch_stmt = stmt.where(model.id < last_id) if last_id is not None else stmt
        batch = list(db.session.scalars(batch_stmt.limit(EXPORT_BATCH)).unique())
        yield from batch
        if len(batch) < EXPORT_BATCH:
            return
        last_id = batch[-1].id
