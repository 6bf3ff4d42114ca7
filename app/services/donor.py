"""The giving side in figures: the donor's home (我的帮扶) and the public organisation pages.

"Given" means a pledge whose receipt the beneficiary side confirmed (received or completed); pledged and
shipped pledges are "under way". Cash is summed in yuan; goods and services are counted in pledges,
because their units (件, 吨, 人次 ...) do not add up.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal

from flask import current_app, url_for
from sqlalchemy import case, event, func, literal_column, or_, select, union_all
from sqlalchemy.orm import Session, joinedload

from ..errors import Forbidden, Invalid, NotFound
from ..extensions import db
from ..models import (
    CATEGORIES,
    OFFER_STATUSES,
    ORGANISATION_KINDS,
    PUBLIC_NEED_STATUSES,
    Designation,
    Feedback,
    Need,
    Offer,
    OfferRegion,
    Organisation,
    Pledge,
    Region,
    User,
)
from ..crypto import mask_name
from ..models.user import DONOR_PAGE_CHOICES
from ..templating import PLEDGE_STATUS_LABELS
from . import audit, figures, keyset, offers, regions, scope

GIVEN_STATUSES = ("received", "completed")
UNDER_WAY_STATUSES = ("pledged", "shipped")
DELIVERED_STATUSES = ("shipped", "received", "completed")
STATE_ORDER = ("pledged", "shipped", "received", "completed", "cancelled", "expired")
# status → (what the donor does next, endpoints of the need's life that do it, in order of preference)
NEXT_ACTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "pledged": ("填写发货或交付信息", ("needs.pledge_detail",)),
    "shipped": ("等待受助方签收", ("needs.pledge_detail",)),
    "received": ("查看荣誉证书", ("needs.certificate", "needs.pledge_detail")),
    "completed": ("查看荣誉证书", ("needs.certificate", "needs.pledge_detail")),
    "cancelled": ("查看需求", ()),
    "expired": ("查看需求", ()),
}


@dataclass
class Figures:
    """What one group of pledges (a category, a province, everything) amounts to."""

    label: str
    given_pledges: int = 0
    given_cash: Decimal = field(default_factory=lambda: Decimal("0"))
    given_goods_pledges: int = 0
    under_way_pledges: int = 0


@dataclass
class DonorHome:
    """Everything the donor's home shows.

    ``pledges`` is one keyset page (``PLEDGES_PER_PAGE``) of the donor's pledges, newest first, each a
    dict ``{"pledge", "action", "link"}``, optionally of one ``state``; ``state_counts`` maps every state
    in STATE_ORDER that has pledges to their number. ``certificates`` are the newest
    ``CERTIFICATES_SHOWN`` of ``certificate_count``; ``thanks`` the newest ``THANKS_SHOWN`` of ``thanks_count``.
    The figures (totals, by category and province, state counts) are figure ``donor.home`` of the donor.
    """

    pledges: keyset.ListPage
    state: str | None
    state_counts: OrderedDict
    offers: list[dict]
    totals: Figures
    by_category: list[Figures]
    by_province: list[Figures]
    thanks: list[Thanks]
    thanks_count: int
    certificates: list[dict]
    certificate_count: int
    computed_at: object


PLEDGES_PER_PAGE = 20
# ``?page=N`` links (without a cursor) are walked from the start up to this page (keyset.fetch).
PLEDGES_MAX_OFFSET_PAGE = 200
THANKS_SHOWN = 20
CERTIFICATES_SHOWN = 10
# What the home page shows of a pledge's need and offer: the rest (descriptions, search text) stays unread.
@dataclass(frozen=True)
class PledgeRow:
    """One pledge as the donor home and the organisation page list it: a plain row, not a Pledge with its
    need and offer loaded as objects (those cost the two pages about 1.5 ms of app CPU per request, issue 14
    fifth pass). ``quantity`` is in the need's unit (元 for cash); ``created_at`` is UTC; ``offer_title``
    is None for a pledge not drawn from an offer."""

    id: int
    need_id: int
    status: str
    quantity: Decimal
    created_at: datetime
    need_title: str
    need_status: str
    need_category: str
    need_kind: str
    need_unit: str
    offer_title: str | None

    @property
    def need_is_public(self) -> bool:
        """Return whether visitors may see the pledge's need (its page may be linked)."""
        return self.need_status in PUBLIC_NEED_STATUSES

    @property
    def unit(self) -> str:
        """Return the unit of ``quantity``: 元 for a cash need, else the need's own unit."""
        return "元" if self.need_kind == "cash" else self.need_unit


_PLEDGE_ROW_COLUMNS = (Pledge.id, Pledge.need_id, Pledge.status, Pledge.quantity, Pledge.created_at, Need.title,
                       Need.status, Need.category, Need.kind, Need.unit, Offer.title)


def _pledge_rows(*conditions, limit: int | None = None) -> list[PledgeRow]:
    """Return the pledges matching ``conditions``, newest first (the ``limit`` newest when given), as
    PledgeRow: one statement joining their needs and offers."""
    stmt = (
        select(*_PLEDGE_ROW_COLUMNS).join(Need, Need.id == Pledge.need_id)
        .outerjoin(Offer, Offer.id == Pledge.offer_id).where(*conditions).order_by(Pledge.id.desc()).limit(limit)
    )
    return [PledgeRow(*row) for row in db.session.execute(stmt)]


def _link(endpoint_options: tuple[str, ...], pledge: Pledge | PledgeRow) -> str:
    views = current_app.view_functions
    for endpoint in endpoint_options:
        if endpoint in views:
            return url_for(endpoint, pledge_id=pledge.id)
    return url_for("public.need_detail", need_id=pledge.need_id)


def next_action(pledge: Pledge | PledgeRow) -> tuple[str, str]:
    """Return (label, link) of what the donor can do next with a pledge (its ``id``, ``need_id``, ``status``)."""
    label, endpoints = NEXT_ACTIONS[pledge.status]
    return label, _link(endpoints, pledge)


def _thanks_count(pledge_condition) -> int:
    """Return how many thanks ``_thanks_for`` would list without a limit (counted by the database)."""
    return db.session.scalar(select(func.count()).select_from(_thanks_union(pledge_condition))) or 0


def _thanks_union(pledge_condition):
    """Return the ids of the thanks to the matching pledges and to the needs they delivered to, as a subquery."""
    mine = select(Pledge.id).where(pledge_condition)
    delivered_needs = select(Pledge.need_id).where(pledge_condition, Pledge.status.in_(GIVEN_STATUSES))
    to_pledges = select(Feedback.id).where(Feedback.pledge_id.in_(mine))
    to_needs = select(Feedback.id).where(Feedback.pledge_id.is_(None), Feedback.need_id.in_(delivered_needs))
    # The two parts never share an id (a feedback row has a pledge or has none), so UNION ALL is exact.
    return union_all(to_pledges, to_needs).subquery()


@dataclass(frozen=True)
class Thanks:
    """One thank-you note as the pages list it (a plain row, not a Feedback object): its id, the need it is
    about (``need_id``, ``need_title``), its ``text`` and ``created_at`` (UTC)."""

    id: int
    need_id: int
    need_title: str
    text: str
    created_at: datetime


def _thanks_for(pledge_condition, limit: int | None = None) -> list[Thanks]:
    """Return thanks addressed to the matching pledges, or to all donors of needs they delivered to, newest
    first (the ``limit`` newest when given).

    One statement of plain rows (the ids of ``_thanks_union`` joined to the feedback and its need's title):
    the ORM objects and the second round trip cost the donor home and the organisation page about 1 ms of
    app CPU each (issue 14, fifth pass).
    """
    union = _thanks_union(pledge_condition)
    # The newest ids are cut inside the subquery: a LIMIT outside the join let PostgreSQL walk the feedback
    # table backwards by id instead (4.3 ms against 1.3 ms for the organisation with most pledges).
    ids = select(union.c.id).order_by(union.c.id.desc()).limit(limit).subquery()
    stmt = (
        select(Feedback.id, Feedback.need_id, Need.title, Feedback.text, Feedback.created_at)
        .join(ids, ids.c.id == Feedback.id).join(Need, Need.id == Feedback.need_id)
        .order_by(Feedback.id.desc())
    )
    return [Thanks(*row) for row in db.session.execute(stmt)]


def _province_names(codes) -> dict[str, str]:
    return regions.names_of(codes)


def require_giver(user: User | None) -> User:
    """Return ``user`` when it is a donor or an organisation member, or raise Forbidden."""
    if (
        user is None
        or not getattr(user, "is_authenticated", False)
        or user.role not in ("donor", "org_member")
    ):
        raise Forbidden("“我的帮扶”仅供爱心人士和帮扶主体成员使用")
    return user


def donor_home(user: User, state: str | None = None, page: int = 1, after: str | None = None,
               before: str | None = None) -> DonorHome:
    """Return the donor's home: a keyset page of pledges (of ``state`` when given) with next actions, the
    offers, the figures, the newest thanks and certificates.

    The cost does not grow with the donor's pledges in the app: the figures are one stored row (figure
    ``donor.home``, dropped when one of the donor's pledges changes, so they are exact at once), the list
    is ``PLEDGES_PER_PAGE`` rows through ``ix_pledges_donor_id``. Raises Forbidden for other roles,
    Invalid for an unknown state or a page number past ``PLEDGES_MAX_OFFSET_PAGE`` and BadCursor for a
    cursor that is not this list's.
    """
    require_giver(user)
    if state is not None and state not in STATE_ORDER:
        raise Invalid("认领状态无效", field="state")
    snapshot = figures.get("donor.home", str(user.id))
    payload = snapshot.payload or {}
    counts = payload.get("states", {})
    pledges = keyset.list_page([_pledge_segment(user, state)], page, PLEDGES_PER_PAGE, after, before,
                               _pledges_by_ids, max_offset_page=PLEDGES_MAX_OFFSET_PAGE,
                               total=counts.get(state, 0) if state else sum(counts.values()))
    pledges = replace(pledges, items=[{"pledge": p, "action": action, "link": link}
                                      for p in pledges.items for action, link in [next_action(p)]])

    cert_endpoint = "needs.certificate" if "needs.certificate" in current_app.view_functions else None
    certificate_count = sum(counts.get(s, 0) for s in GIVEN_STATUSES)
    given = _pledge_rows(Pledge.donor_id == user.id, Pledge.status.in_(GIVEN_STATUSES),
                         limit=CERTIFICATES_SHOWN) if certificate_count else []
    certificates = [{"pledge": p, "link": url_for(cert_endpoint, pledge_id=p.id) if cert_endpoint else None}
                    for p in given]
    mine = Pledge.donor_id == user.id
    names = _province_names(f["label"] for f in payload.get("by_province", []))
    thanks = _thanks_for(mine, limit=THANKS_SHOWN)
    return DonorHome(
        pledges=pledges,
        state=state,
        state_counts=OrderedDict((s, counts[s]) for s in STATE_ORDER if counts.get(s)),
        offers=_offers_with_pledges(user),
        totals=_figures_from(payload.get("totals"), "合计"),
        by_category=[_figures_from(f, CATEGORIES.get(f["label"], f["label"])) for f in payload.get("by_category", [])],
        by_province=[_figures_from(f, names.get(f["label"], f["label"])) for f in payload.get("by_province", [])],
        thanks=thanks,
        thanks_count=len(thanks) if len(thanks) < THANKS_SHOWN else _thanks_count(mine),
        certificates=certificates,
        certificate_count=certificate_count,
        computed_at=snapshot.computed_at,
    )


def pledges_changed(donor_ids) -> None:
    """Say that pledges of ``donor_ids`` changed in this transaction: their homes' figures (``donor.home``)
    are dropped when it commits, so the next home page shows them exact. Pledges written through the ORM
    are noticed by themselves (``_notice_pledges``); bulk UPDATEs in services.pledges call this."""
    figures.forget_on_commit("donor.home", {str(i) for i in donor_ids if i is not None})


@event.listens_for(Session, "after_flush")
def _notice_pledges(session, _context) -> None:
    changed = {o.donor_id for o in (*session.new, *session.dirty, *session.deleted) if isinstance(o, Pledge)}
    if changed:
        figures.forget_on_commit("donor.home", {str(i) for i in changed if i is not None}, session)


def _pledge_segment(user: User, state: str | None) -> keyset.Segment:
    """Return the donor's pledges (of ``state``) newest first, as the keyset list of the home page."""
    conditions = [Pledge.donor_id == user.id, *([Pledge.status == state] if state else [])]
    return keyset.Segment(select(Pledge.id).where(*conditions), (keyset.Key(Pledge.id),))


def _pledges_by_ids(ids: list[int]) -> list[PledgeRow]:
    """Return the pledges of ``ids`` as PledgeRow (the keyset list's loader; list_page puts them in order)."""
    return _pledge_rows(Pledge.id.in_(ids)) if ids else []


@dataclass(frozen=True)
class OfferRow:
    """One offer as the donor home and the organisation page list it: a plain row, not an Offer with its
    region rows loaded as objects (issue 14, fifth pass). ``quantity`` and ``remaining`` are in ``unit``;
    ``regions`` are the target region codes, none meaning anywhere (as ``Offer.regions``)."""

    id: int
    title: str
    status: str
    quantity: Decimal
    remaining: Decimal
    unit: str
    regions: tuple[str, ...]

    @property
    def status_label(self) -> str:
        """Return the status in Chinese (as ``Offer.status_label``)."""
        return OFFER_STATUSES[self.status]


def _offer_rows(*conditions) -> list[OfferRow]:
    """Return the offers matching ``conditions``, newest first, as OfferRow: two statements of plain rows
    (the offers, then the target regions of all of them)."""
    rows = db.session.execute(
        select(Offer.id, Offer.title, Offer.status, Offer.quantity, Offer.remaining, Offer.unit)
        .where(*conditions).order_by(Offer.id.desc())
    ).all()
    targets: dict[int, list[str]] = {}
    if rows:
        for offer_id, code in db.session.execute(
            select(OfferRegion.offer_id, OfferRegion.region_code)
            .where(OfferRegion.offer_id.in_([row[0] for row in rows]))
            .order_by(OfferRegion.offer_id, OfferRegion.region_code)
        ):
            targets.setdefault(offer_id, []).append(code)
    return [OfferRow(*row, regions=tuple(targets.get(row[0], ()))) for row in rows]


def _offers_with_pledges(user: User) -> list[dict]:
    """Return the donor's offers (OfferRow) with what was given from each and how much of the donor's own
    pledges from it were received (one GROUP BY over those pledges, not a pass over all of the donor's pledges)."""
    my_offers = _offer_rows(Offer.poster_id == user.id)
    drawn: dict[int, tuple[int, Decimal]] = {}
    if my_offers:
        received = func.sum(case((Pledge.status.in_(GIVEN_STATUSES), Pledge.quantity), else_=0))
        rows = db.session.execute(
            select(Pledge.offer_id, func.count(), received)
            .where(Pledge.donor_id == user.id, Pledge.offer_id.in_([o.id for o in my_offers]))
            .group_by(Pledge.offer_id)
        )
        drawn = {offer_id: (n, Decimal(total or 0)) for offer_id, n, total in rows}
    return [
        {
            "offer": offer,
            "given": offer.quantity - offer.remaining,
            "pledges": drawn.get(offer.id, (0, Decimal("0")))[0],
            "received": drawn.get(offer.id, (0, Decimal("0")))[1],
        }
        for offer in my_offers
    ]


def _figures_from(stored: dict | None, label: str) -> Figures:
    """Return a Figures from its stored form (figure ``donor.home``), labelled ``label``."""
    stored = stored or {}
    return Figures(label=label, given_pledges=stored.get("given_pledges", 0),
                   given_cash=Decimal(str(stored.get("given_cash", 0))),
                   given_goods_pledges=stored.get("given_goods_pledges", 0),
                   under_way_pledges=stored.get("under_way_pledges", 0))


@figures.figure("donor.home", periodic=False)
def _donor_home_figures(scope: str) -> dict:
    """Compute the figures of the home of donor (user id) ``scope``: pledges by state, and what was given
    and is under way in all, by category (labelled by category key) and by province (labelled by name).

    One GROUP BY over the donor's pledges (``ix_pledges_donor_id``) joined to their needs.
    """
    if not scope.isdigit():
        return {}
    # Literal positions: bound ones differ between SELECT and GROUP BY, which PostgreSQL refuses.
    province = func.substr(Need.region_code, literal_column("1"), literal_column("2"))
    rows = db.session.execute(
        select(Pledge.status, Need.category, province, Need.kind, func.count(), func.sum(Pledge.quantity))
        .join(Need, Pledge.need_id == Need.id).where(Pledge.donor_id == int(scope))
        .group_by(Pledge.status, Need.category, province, Need.kind)
    ).all()
    states: dict[str, int] = {}
    for status, _category, _province, _kind, n, _total in rows:
        states[status] = states.get(status, 0) + n
    provinces = _province_names({row[2] for row in rows})
    return {
        "states": states,
        "totals": vars(_fold(rows, "合计")),
        "by_category": _fold_by(rows, 1, lambda key: CATEGORIES.get(key, key)),
        "by_province": _fold_by(rows, 2, lambda key: provinces.get(key, key)),
    }


def _fold(rows, label: str) -> Figures:
    """Return the Figures of aggregated rows ``(status, category, province, kind, count, quantity)``."""
    out = Figures(label=label)
    for status, _category, _province, kind, n, total in rows:
        if status in GIVEN_STATUSES:
            out.given_pledges += n
            if kind == "cash":
                out.given_cash += Decimal(total or 0)
            else:
                out.given_goods_pledges += n
        elif status in UNDER_WAY_STATUSES:
            out.under_way_pledges += n
    return out


def _fold_by(rows, position: int, name) -> list[dict]:
    """Return the Figures of ``rows`` grouped by column ``position`` (given or under way only), stored with
    the group's key as label and ordered as the page shows them (by cash, given, under way, then name)."""
    groups: dict[str, list] = {}
    for row in rows:
        if row[0] in GIVEN_STATUSES or row[0] in UNDER_WAY_STATUSES:
            groups.setdefault(row[position], []).append(row)
    folded = [(key, _fold(items, name(key))) for key, items in groups.items()]
    folded.sort(key=lambda kv: (-kv[1].given_cash, -kv[1].given_pledges, -kv[1].under_way_pledges, kv[1].label))
    return [{**vars(f), "label": key} for key, f in folded]


# ---------------------------------------------------------------------------------------------------
# Organisation pages
# ---------------------------------------------------------------------------------------------------


@dataclass
class OrganisationProfile:
    """What the public organisation page shows: ``pledges`` is one keyset page (``PLEDGES_PER_PAGE``,
    newest first) of its active pledges; ``figures`` the stored figure ``orgs.profile`` with ``computed_at``."""

    organisation: Organisation
    offers: list[OfferRow]
    pledges: keyset.ListPage
    figures: dict
    thanks: list[Thanks]


def get_public_organisation(org_id: int) -> Organisation:
    """Return a verified organisation, or raise NotFound (unverified ones are not public)."""
    org = db.session.scalar(
        select(Organisation)
        .where(Organisation.id == org_id)
        .options(joinedload(Organisation.region))
    )
    if org is None or not org.is_verified:
        raise NotFound("该机构不存在或尚未通过认证")
    return org


def organisation_figures(org: Organisation, region_prefix: str | None = None) -> dict:
    """Return an organisation's pledge figures, optionally only for needs inside ``region_prefix``."""
    base = select(Pledge).join(Need, Pledge.need_id == Need.id).where(Pledge.organisation_id == org.id)
    if region_prefix:
        base = base.where(Need.region_code.startswith(region_prefix, autoescape=True))
    pledges = list(db.session.scalars(base.options(joinedload(Pledge.need))).unique())
    active = [p for p in pledges if p.status not in ("cancelled", "expired")]
    given = [p for p in pledges if p.status in GIVEN_STATUSES]
    return {
        "pledges": len(active),
        "delivered": sum(1 for p in pledges if p.status in DELIVERED_STATUSES),
        "confirmed": len(given),
        "cash_confirmed": sum((p.quantity for p in given if p.need.kind == "cash"), Decimal("0")),
        "needs_helped": len({p.need_id for p in given}),
        "households_helped": len({p.need.household_id for p in given if p.need.household_id}),
    }


def organisation_profile(org_id: int, page: int = 1, after: str | None = None,
                         before: str | None = None) -> OrganisationProfile:
    """Return a verified organisation with its offers, a page of its pledges, its figures and newest thanks.

    Raises NotFound for an organisation that is not verified, Invalid for a page number past
    ``PLEDGES_MAX_OFFSET_PAGE`` and BadCursor for a cursor not of this list.
    """
    org = get_public_organisation(org_id)
    org_offers = _offer_rows(Offer.organisation_id == org.id, Offer.status.in_(offers.PUBLIC_OFFER_STATUSES))
    active = select(Pledge.id).where(Pledge.organisation_id == org.id, Pledge.status.not_in(("cancelled", "expired")))
    snapshot = figures.get("orgs.profile", str(org.id))
    return OrganisationProfile(
        organisation=org, offers=org_offers,
        pledges=keyset.list_page([keyset.Segment(active, (keyset.Key(Pledge.id),))], page, PLEDGES_PER_PAGE,
                                 after, before, _pledges_by_ids,
                                 max_offset_page=PLEDGES_MAX_OFFSET_PAGE, total=snapshot.payload.get("pledges"),
                                 counted_at=snapshot.computed_at),
        figures={**snapshot.payload, "computed_at": snapshot.computed_at},
        thanks=_thanks_for(Pledge.organisation_id == org.id, limit=THANKS_SHOWN),
    )


@figures.figure("orgs.profile")
def _organisation_profile_figures(scope: str) -> dict:
    """Compute the figures of the organisation page of organisation id ``scope``: organisation_figures and
    ``thanks`` (how many thank-you notes reached it); empty for an id that is not a verified organisation."""
    org = db.session.get(Organisation, int(scope)) if scope.isdigit() else None
    if org is None or not org.is_verified:
        return {}
    return {**organisation_figures(org), "thanks": _thanks_count(Pledge.organisation_id == org.id)}


def _verified(kind: str | None) -> list:
    """Return the conditions of the verified organisations (of ``kind`` when given); Invalid for an unknown kind."""
    if kind and kind not in ORGANISATION_KINDS:
        raise Invalid("机构类型无效", field="kind")
    return [Organisation.verification == "verified", *([Organisation.kind == kind] if kind else [])]


def _verified_organisations(kind: str | None):
    return select(Organisation).where(*_verified(kind)).options(joinedload(Organisation.region))


def list_organisations(kind: str | None = None) -> list[Organisation]:
    """Return the verified organisations, optionally of one kind, by name."""
    return list(db.session.scalars(_verified_organisations(kind).order_by(Organisation.kind, Organisation.name)))


def organisations_after(kind: str | None, after: keyset.Cursor | None, limit: int) -> keyset.CountedPage:
    """Return the verified organisations after cursor ``after`` (by kind, name, then id), ``limit`` at most,
    with the exact number of them (the JSON API's list). Raises Invalid for an unknown kind."""
    keys = (keyset.Key(Organisation.kind, descending=False), keyset.Key(Organisation.name, descending=False),
            keyset.Key(Organisation.id, descending=False))
    segment = keyset.Segment(select(*(k.column for k in keys)).where(*_verified(kind)), keys)
    return keyset.counted_page([segment], limit, after, lambda ids: db.session.scalars(
        select(Organisation).where(Organisation.id.in_(ids))))


def designated_counties(org: Organisation) -> list[dict]:
    """Return each county a gov_unit is designated to help, with what the unit did there."""
    rows = []
    designations = sorted(org.designations, key=lambda d: d.county_code)
    for d in designations:
        county_offers = (
            db.session.scalar(
                select(func.count(Offer.id)).where(
                    Offer.organisation_id == org.id,
                    Offer.status.in_(offers.PUBLIC_OFFER_STATUSES),
                    or_(~Offer.region_rows.any(), Offer.region_rows.any(_region_in(d.county_code))),
                )
            )
            or 0
        )
        rows.append(
            {
                "designation": d,
                "county": d.county,
                "province": Region.get(d.county_code[:2]),
                "figures": organisation_figures(org, d.county_code),
                "offers": county_offers,
            }
        )
    return rows


def _region_in(county_code: str):
    from ..models import OfferRegion

    prefixes = [county_code[:n] for n in (2, 4, 6)]
    return or_(OfferRegion.region_code.in_(prefixes), OfferRegion.region_code.startswith(county_code))


def can_manage_designations(user: User | None, county_code: str | None = None) -> bool:
    """Return whether ``user`` may link gov_units to counties (admin, or an office covering the county)."""
    if user is None or not getattr(user, "is_authenticated", False) or user.role not in ("office", "admin"):
        return False
    if county_code is None:
        return True
    return scope.covers(user, county_code)


def add_designation(user: User, org: Organisation, county_code: str, since_year: int | None) -> Designation:
    """Link a gov_unit organisation to a county it is designated to help (定点扶贫)."""
    if org.kind != "gov_unit":
        raise Invalid("只有定点扶贫单位可以关联定点帮扶县", field="county_code")
    county = regions.require_county(county_code, "定点帮扶县")
    code = county.code
    if not can_manage_designations(user, code):
        raise Forbidden("只有平台管理员或该县所在地区的扶贫办可以关联定点帮扶县")
    if since_year is not None and not 1986 <= since_year <= offers.china_today().year:
        raise Invalid("开始年份无效", field="since_year")
    if any(d.county_code == code for d in org.designations):
        raise Invalid(f"{county.name}已是该单位的定点帮扶县", field="county_code")
    designation = Designation(organisation_id=org.id, county_code=code, since_year=since_year)
    db.session.add(designation)
    db.session.flush()
    audit.record(
        "organisation.designate",
        "organisation",
        org.id,
        region_code=code,
        detail={"county": code, "since_year": since_year},
        actor=user,
    )
    db.session.commit()
    return designation


def remove_designation(user: User, org: Organisation, designation_id: int) -> None:
    """Unlink a designated county from a gov_unit organisation."""
    designation = next((d for d in org.designations if d.id == designation_id), None)
    if designation is None:
        raise NotFound("该定点帮扶关系不存在")
    if not can_manage_designations(user, designation.county_code):
        raise Forbidden("只有平台管理员或该县所在地区的扶贫办可以解除定点帮扶关系")
    audit.record(
        "organisation.undesignate",
        "organisation",
        org.id,
        region_code=designation.county_code,
        detail={"county": designation.county_code},
        actor=user,
    )
    db.session.delete(designation)
    db.session.commit()


def pledge_status_labels() -> dict[str, str]:
    """Return the pledge states in Chinese, in the order the home page lists them."""
    return {s: PLEDGE_STATUS_LABELS[s] for s in STATE_ORDER}


# ---------------------------------------------------------------------------------------------------
# The public donor page (opt-in)
# ---------------------------------------------------------------------------------------------------


@dataclass
class PublicDonor:
    """What a donor's public page shows: the chosen name, totals and the needs that thanked them."""

    user_id: int
    name: str
    totals: Figures
    thanked: list[Thanks]
    since: object


def set_donor_page(user: User | None, choice: str) -> None:
    """Turn the donor's public page off, on with a masked name, or on with the name; audited.

    Raises Forbidden for accounts other than individual donors and Invalid for an unknown choice.
    """
    if user is None or not getattr(user, "is_authenticated", False) or user.role != "donor":
        raise Forbidden("只有爱心人士个人可以设置公开主页")
    if choice not in DONOR_PAGE_CHOICES:
        raise Invalid("请选择是否公开个人主页", field="donor_page")
    if user.donor_page != choice:
        audit.record("user.donor_page", "user", user.id, None, {"donor_page": choice}, actor=user)
        user.donor_page = choice
    db.session.commit()


def public_donor(user_id: int) -> PublicDonor:
    """Return the public page of a donor who opted in, or raise NotFound (also when it is off)."""
    user = db.session.get(User, user_id)
    if user is None or user.role != "donor" or user.donor_page == "off" or not user.is_active:
        raise NotFound("该爱心人士未公开个人主页")
    # The same totals as the donor's home (figure ``donor.home``), not a pass over every pledge of the donor.
    totals = _figures_from(figures.get("donor.home", str(user.id)).payload.get("totals"), "合计")
    name = user.display_name if user.donor_page == "name" else mask_name(user.display_name)
    return PublicDonor(user.id, name, totals, _thanks_for(Pledge.donor_id == user.id, limit=THANKS_SHOWN),
                       user.created_at)
