"""Build the demo world phase by phase and write every phase with bulk inserts.

The world is planned in Python from random streams seeded by ``seed`` (one stream per phase, so a
change to one phase does not reshuffle the others) and written with multi-row INSERTs through the
tables, in one transaction. Row ids are assigned here, after the highest id already present, so
households, needs and pledges can point at each other without a round trip per row.

Dates: everything the platform did (registrations, needs, reviews, pledges, offers) is placed
relative to ``today`` (the UTC date of seeding unless given), so published needs always have
deadlines ahead of them and unshipped pledges are never older than PLEDGE_SHIP_DAYS. The same seed on
the same day gives the identical world; on another day the same world, shifted in time.
"""

from __future__ import annotations

import math
import random
import time
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from flask import current_app
from sqlalchemy import func, select, text

from ..clock import CHINA
from ..crypto import cipher, mask_name
from ..extensions import db
from ..models import (
    Appraisal,
    AssistancePlan,
    AuditLog,
    CooperationProject,
    Designation,
    Feedback,
    Household,
    HouseholdCause,
    HouseholdMember,
    IdentificationCase,
    IdentificationStep,
    Need,
    Notification,
    Offer,
    OfferCategory,
    OfferRegion,
    Organisation,
    POVERTY_CAUSES,
    Pairing,
    PlanMeasure,
    Pledge,
    PublicNotice,
    ProjectUpdate,
    Region,
    ReviewRecord,
    SpotCheck,
    SpotCheckDraw,
    User,
    Village,
    WorkTeam,
    WorkTeamMember,
)
from ..models.household import OPEN_STATUSES, cause_rows
from ..services.accounts import hash_password
from ..services.assistance.plans import suggested_measures
from ..services.identification.spot_checks import sample_case_ids
from . import texts
from . import vocabulary as v
from .people import PeopleMaker

# Printed accounts have the password username + this suffix; every other generated account shares
# SHARED_PASSWORD (one scrypt hash reused: hashing 100,000 passwords would take hours).
DEMO_PASSWORD_SUFFIX = "#Demo2014"
SHARED_PASSWORD = "Fupin#Demo2014"
MIN_HOUSEHOLDS = 30
DEMO_VILLAGE_HOUSEHOLDS = 8  # the showcase needs go to the first eight households of the demo village
HOUSEHOLDS_PER_VILLAGE = 40
HOUSEHOLDS_PER_HELPER = 8
BATCH = 5000
TEAM_SHARE = 0.9  # poor villages with a 驻村工作队
PLAN_SHARE = 0.92  # open households with a 帮扶计划
SPOT_CHECK_PASS_RATE = 0.95  # 抽检核查 found right
# Prefecture-level rows that are only containers (重庆市 县, 省直辖县级行政区划): no office sits there.
_CONTAINER_PREFECTURES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

OPEN_STATE_WEIGHTS = {
    "draft": 7, "pending0": 8, "pending1": 7, "rejected": 5, "published": 38, "pledged": 15,
    "delivered": 10, "expired": 10,
}
HISTORY_STATE_WEIGHTS = {"completed": 80, "closed": 20}
# One need in each state for the demo village, so every state can be seen with the demo accounts.
SHOWCASE_STATES = ("published", "pledged", "delivered", "completed", "draft", "pending0", "pending1",
                   "rejected", "expired", "closed", "published", "completed")


class DemoSeedError(RuntimeError):
    """The demo world cannot be created in this database."""


@dataclass(frozen=True)
class DemoAccount:
    """A printed demo account: who it is and how to sign in."""

    username: str
    password: str
    role: str
    scope: str


@dataclass
class SeedReport:
    """What the seeding created and how long each phase took."""

    counts: dict[str, int] = field(default_factory=dict)
    accounts: list[DemoAccount] = field(default_factory=list)
    phases: list[tuple[str, float]] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class _Place:
    code: str
    name: str


@dataclass
class _Village:
    id: int
    code: str
    name: str
    township: _Place
    county: _Place
    prefecture: _Place | None
    province: _Place
    is_poor: bool
    n_households: int
    officer_ids: list[int] = field(default_factory=list)
    helper_ids: list[int] = field(default_factory=list)
    households: list[tuple] = field(default_factory=list)  # (id, status, main_cause, helper_id, exited_at)


@dataclass
class _Offer:
    row: dict
    item: v.Item
    regions: list[str]
    categories: list[str]


class _Writer:
    """Insert rows through the tables in batches and hand out ids above the existing ones."""

    def __init__(self):
        self.counts: dict[str, int] = {}

    def next_id(self, model) -> int:
        return (db.session.scalar(select(func.max(model.id))) or 0) + 1

    def insert(self, model, rows: list[dict]) -> None:
        table = model.__table__
        for start in range(0, len(rows), BATCH):
            db.session.execute(table.insert(), rows[start : start + BATCH])
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)

    def fix_sequences(self) -> None:
        """Move PostgreSQL's id sequences past the ids given explicitly."""
        if db.engine.dialect.name != "postgresql":
            return
        for name in self.counts:
            if "id" not in db.metadata.tables[name].c:
                continue
            db.session.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {name}))"
            ))


class DemoWorldBuilder:
    """Plan and write one demo world."""

    def __init__(self, households: int, seed: int, echo: Callable[[str], None], today: date | None = None):
        if households < MIN_HOUSEHOLDS:
            raise DemoSeedError(f"at least {MIN_HOUSEHOLDS} households are needed for a demo world")
        self.n_households = households
        self.seed = seed
        self.echo = echo
        self.today = today or datetime.now(UTC).date()
        # Platform activity is anchored at 08:00 China time (00:00 UTC) of ``today``.
        self.now = datetime(self.today.year, self.today.month, self.today.day, tzinfo=UTC)
        self.writer = _Writer()
        self.report = SeedReport()
        self.ship_days = int(current_app.config.get("PLEDGE_SHIP_DAYS", 15))
        self.review_levels = list(current_app.config.get("REVIEW_LEVELS") or ["township", "county"])
        self.ceilings = dict(current_app.config.get("CASH_CEILINGS") or {})
        self.cipher = cipher()
        self.showcase: dict[str, list[tuple[int, str]]] = {}  # state -> (need id, title) of the demo village
        # household id -> (village, causes, head name, ID number, income per capita, exited_at, status)
        self.household_facts: dict[int, tuple] = {}
        self.team_units: dict[int, str] = {}  # village id -> the sending unit of its work team

    # -- helpers ---------------------------------------------------------------------------------
    def rng(self, phase: str) -> random.Random:
        """Return the random stream of one phase."""
        return random.Random(f"{self.seed}:{phase}")

    def _ago(self, rng: random.Random, low_days: float, high_days: float) -> datetime:
        return self.now - timedelta(seconds=rng.uniform(low_days * 86400, high_days * 86400))

    @staticmethod
    def _between(rng: random.Random, start: datetime, end: datetime) -> datetime:
        if end <= start:
            return start
        return start + timedelta(seconds=rng.uniform(0, (end - start).total_seconds()))

    def _phase(self, name: str, started: float) -> None:
        seconds = time.perf_counter() - started
        self.report.phases.append((name, seconds))
        self.echo(f"  {name}: {seconds:.1f} s")

    # -- the whole build ---------------------------------------------------------------------------
    def build(self) -> SeedReport:
        """Create the world in one transaction and return what was made."""
        started = time.perf_counter()
        self._refuse_if_seeded()
        self.echo(f"演示数据：{self.n_households} 户，随机种子 {self.seed}，基准日期 {self.today.isoformat()}")
        try:
            for name, step in (
                ("regions and villages", self._plan_villages),
                ("organisations", self._organisations),
                ("accounts", self._accounts),
                ("households and members", self._households),
                ("work teams and plans", self._assistance),
                ("identification batch", self._identification),
                ("offers", self._plan_offers),
                ("needs, reviews and pledges", self._needs),
                ("cooperation projects", self._projects),
                ("notifications", self._notifications),
            ):
                t = time.perf_counter()
                step()
                self._phase(name, t)
            t = time.perf_counter()
            self.writer.fix_sequences()
            db.session.add(AuditLog(
                action="demo.seed", object_type="demo", object_id=str(self.seed),
                detail={"households": self.n_households, "today": self.today.isoformat(),
                        "rows": dict(self.writer.counts)},
            ))
            db.session.commit()
            self._phase("commit", t)
        except BaseException:
            db.session.rollback()
            raise
        self.report.counts = dict(self.writer.counts)
        self.report.seconds = time.perf_counter() - started
        return self.report

    def _refuse_if_seeded(self) -> None:
        if db.session.scalar(select(User.id).where(User.username == "demo_admin")) is not None:
            raise DemoSeedError("这个数据库已经有演示数据（demo_admin 已存在）；请使用新的数据库")
        if db.session.scalar(select(Household.id).limit(1)) is not None:
            raise DemoSeedError("这个数据库已有建档立卡户，演示数据只写入空库（可用 --if-empty 跳过）")
        if db.session.scalar(select(Pairing.id).limit(1)) is None:
            raise DemoSeedError("行政区划尚未载入：请先运行 flask regions load")

    # -- phase: regions and villages ------------------------------------------------------------------
    def _plan_villages(self) -> None:
        rng = self.rng("villages")
        counties = list(db.session.execute(
            select(Region.code, Region.name, Region.parent_code)
            .where(Region.is_poverty_county.is_(True)).order_by(Region.code)
        ))
        townships: dict[str, list[_Place]] = {}
        for code, name, parent in db.session.execute(
            select(Region.code, Region.name, Region.parent_code)
            .where(Region.level == "township", Region.parent_code.in_([c.code for c in counties]))
            .order_by(Region.code)
        ):
            townships.setdefault(parent, []).append(_Place(code, name))
        self.upper = {code: (name, parent) for code, name, parent in db.session.execute(
            select(Region.code, Region.name, Region.parent_code).where(Region.level.in_(("province", "prefecture")))
        )}
        self.pairings = [(h, r) for h, r in db.session.execute(
            select(Pairing.helper_code, Pairing.recipient_code).order_by(Pairing.id)
        )]
        for county_code, places in townships.items():
            # Villages sit under 乡 and 镇, not under forest farms or management committees.
            townships[county_code] = [t for t in places if t.name.endswith(("镇", "乡"))] or places
        eligible = [c for c in counties if townships.get(c.code)]
        self.county_names = {c.code: c.name for c in counties}
        recipients = [r for _, r in self.pairings]

        def paired(code: str) -> bool:
            return any(code.startswith(r) for r in recipients)

        def proper_prefecture(code: str) -> bool:
            parent = self.upper.get(code[:4])
            return parent is not None and parent[0] not in _CONTAINER_PREFECTURES

        n_villages = max(6, math.ceil(self.n_households / HOUSEHOLDS_PER_VILLAGE))
        n_counties = min(len(eligible), max(3, math.ceil(n_villages / 6)))
        # The first county carries the demo accounts: paired, so its province sees cooperation projects.
        first = rng.choice([c for c in eligible if paired(c.code) and proper_prefecture(c.code)])
        rest = rng.sample([c for c in eligible if c.code != first.code], n_counties - 1)
        chosen = [first, *sorted(rest, key=lambda c: c.code)]
        per_county = [1] * n_counties
        for _ in range(n_villages - n_counties):
            per_county[rng.randrange(n_counties)] += 1
        # The demo county gets at least two villages so the demo township has company.
        if per_county[0] < 2 and n_counties > 1:
            donor = max(range(1, n_counties), key=lambda i: per_county[i])
            if per_county[donor] > 1:
                per_county[donor] -= 1
                per_county[0] += 1
        weights = [rng.uniform(0.5, 1.5) for _ in range(n_villages)]
        sizes = _apportion(self.n_households, weights, minimum=3)
        while sizes[0] < DEMO_VILLAGE_HOUSEHOLDS:
            largest = max(range(1, n_villages), key=lambda i: sizes[i])
            sizes[largest] -= 1
            sizes[0] += 1

        self.villages: list[_Village] = []
        rows = []
        next_id = self.writer.next_id(Village)
        people = PeopleMaker(self.rng("work-teams"))
        index = 0
        for county, n in zip(chosen, per_county, strict=True):
            options = townships[county.code]
            picked = sorted(rng.sample(options, min(len(options), 1 + n // 4)), key=lambda t: t.code)
            used_names: dict[str, set[str]] = {}
            numbers: dict[str, int] = {}
            prefecture_code = county.parent_code if len(county.parent_code or "") == 4 else None
            prefecture = (_Place(prefecture_code, self.upper[prefecture_code][0])
                          if prefecture_code in self.upper else None)
            province = _Place(county.code[:2], self.upper[county.code[:2]][0])
            for j in range(n):
                township = picked[j % len(picked)] if j < len(picked) else rng.choice(picked)
                numbers[township.code] = numbers.get(township.code, 0) + 1
                taken = used_names.setdefault(township.code, set())
                name = _village_name(rng, taken)
                if numbers[township.code] > 799:
                    raise DemoSeedError("too many villages for one township: ask for fewer households")
                code = f"{township.code}{200 + numbers[township.code]:03d}"
                village = _Village(
                    id=next_id, code=code, name=name, township=township,
                    county=_Place(county.code, county.name), prefecture=prefecture, province=province,
                    is_poor=rng.random() < 0.8, n_households=sizes[index],
                )
                team_unit = rng.choice(v.GOV_DEPARTMENTS_PROVINCE)
                rows.append({
                    "id": next_id, "code": code, "township_code": township.code, "name": name,
                    "is_poor_village": village.is_poor,
                    "work_team": (f"驻村工作队：{province.name}{team_unit}选派，第一书记{people.name('male', 1980)}，"
                                  f"队员{people.name(rng.choice(('male', 'female')), 1988)}、"
                                  f"{people.name(rng.choice(('male', 'female')), 1992)}"),
                    "delivery_address": (f"{province.name}{prefecture.name if prefecture else ''}{county.name}"
                                         f"{township.name}{name}村民委员会"),
                })
                self.villages.append(village)
                next_id += 1
                index += 1
        self.writer.insert(Village, rows)
        self.demo_village = self.villages[0]
        self.echo(f"  {len(self.villages)} 个村，分布在 {n_counties} 个贫困县")

    # -- phase: organisations --------------------------------------------------------------------------
    def _organisations(self) -> None:
        rng = self.rng("organisations")
        people = PeopleMaker(self.rng("organisation-people"))
        next_id = self.writer.next_id(Organisation)
        rows: list[dict] = []
        designations: list[dict] = []
        self.orgs_by_kind: dict[str, list[int]] = {k: [] for k in
                                                   ("enterprise", "social_org", "gov_unit", "paired_region", "military")}
        self.org_kind: dict[int, str] = {}
        self.org_verified: dict[int, bool] = {}
        self.paired_org_by_helper: dict[str, int] = {}
        self.org_region: dict[int, str] = {}
        names_taken: set[str] = set()
        created = self.now - timedelta(days=900)

        def add(kind, name, region_code, dept, kind_char, verified="verified", description=""):
            nonlocal next_id
            region6 = (region_code + "000000")[:6]
            code = people.credit_code(dept, kind_char, region6)
            org_id = next_id
            next_id += 1
            rows.append({
                "id": org_id, "kind": kind, "name": name[:100], "credit_code": code, "region_code": region_code,
                "contact_person": people.name(rng.choice(("male", "female")), rng.randrange(1965, 1990)),
                "contact_phone": people.phone(), "description": description, "verification": verified,
                "verified_at": self._between(rng, created, self.now - timedelta(days=30)) if verified == "verified" else None,
                "created_at": created + timedelta(days=rng.randrange(0, 200)),
            })
            self.orgs_by_kind[kind].append(org_id)
            self.org_kind[org_id] = kind
            self.org_verified[org_id] = verified == "verified"
            self.org_region[org_id] = region_code
            return org_id

        def unique(name):
            base, n = name, 2
            while name in names_taken:
                name = f"{base}（{n}）"
                n += 1
            names_taken.add(name)
            return name

        def city_code(code):
            """Return a prefecture code with a real city name, or the province code."""
            upper = self.upper.get(code[:4])
            return code[:4] if upper and upper[0] not in _CONTAINER_PREFECTURES else code[:2]

        # Eastern cities and provinces the donors come from, plus the provinces of the demo villages.
        eastern = sorted({h for h, _ in self.pairings} | {"11", "31", "4403", "3301", "3201", "3702"})
        eastern = [c for c in eastern if c in self.upper]
        n = self.n_households
        for i in range(max(5, n // 1000)):
            region = city_code(rng.choice(eastern) if rng.random() < 0.7 else rng.choice(self.villages).county.code)
            city = texts.short_region_name(self.upper[region][0])
            trade, focus = rng.choice(v.ENTERPRISE_TRADES)
            status = "verified" if i < 3 or rng.random() < 0.85 else rng.choice(("unverified", "rejected"))
            add("enterprise", unique(f"{city}{rng.choice(v.ENTERPRISE_BRANDS)}{trade}"), region, "9", "1", status,
                f"企业长期关注{focus}，参与社会扶贫。")
        for i in range(max(3, n // 2000)):
            region = city_code(rng.choice(eastern + [vl.province.code for vl in self.villages[:5]]))
            p = texts.short_region_name(self.upper[region[:2]][0])
            c = texts.short_region_name(self.upper[region][0])
            status = "verified" if i < 2 or rng.random() < 0.85 else "unverified"
            add("social_org", unique(rng.choice(v.SOCIAL_ORG_NAMES).format(p=p, c=c)), region,
                "5", rng.choice("123"), status, "依法登记的社会组织，开展助学、助医和关爱留守人员等公益项目。")
        # 定点扶贫: every demo county has a designated unit of its own province or prefecture.
        counties = sorted(_unique([vl.county.code for vl in self.villages]))
        start = 0
        while start < len(counties):
            first = counties[start]
            region = city_code(first) if rng.random() < 0.5 else first[:2]
            if len(region) == 2:
                name = self.upper[region][0] + rng.choice(v.GOV_DEPARTMENTS_PROVINCE)
            else:
                name = self.upper[region][0] + rng.choice(v.GOV_DEPARTMENTS_CITY)
            # A unit helps one or two counties, always inside its own province or city.
            group = [first] + [c for c in counties[start + 1 : start + 2] if c.startswith(region)]
            start += len(group)
            org_id = add("gov_unit", unique(name), region, "1", "1", "verified",
                         "定点帮扶" + "、".join(self.county_names[c] for c in group) + "。")
            for county in group:
                designations.append({"id": None, "organisation_id": org_id, "county_code": county,
                                     "since_year": rng.randrange(2013, 2018)})
        for helper in _unique([h for h, _ in self.pairings]):
            name = self.upper[helper][0] + rng.choice(("东西部扶贫协作办公室", "对口支援和合作交流办公室",
                                                       "东西部协作工作领导小组办公室"))
            recipients = "、".join(self.upper[r][0] for h, r in self.pairings if h == helper and r in self.upper)
            self.paired_org_by_helper[helper] = add(
                "paired_region", unique(name), helper, "1", "1", "verified", f"按照2016年东西部扶贫协作结对关系，帮扶{recipients}。"
            )
        for _ in range(max(2, n // 10000)):
            region = rng.choice(_unique([vl.province.code for vl in self.villages]))
            p = texts.short_region_name(self.upper[region][0])
            add("military", unique(rng.choice(v.MILITARY_NAMES).format(p=p)), region, "Y", "1", "verified",
                "驻地部队参与定点帮扶和驻地扶贫。")
        self.writer.insert(Organisation, rows)
        next_designation = self.writer.next_id(Designation)
        for i, row in enumerate(designations):
            row["id"] = next_designation + i
        self.writer.insert(Designation, designations)

    # -- phase: accounts --------------------------------------------------------------------------------
    def _accounts(self) -> None:
        rng = self.rng("accounts")
        people = PeopleMaker(self.rng("account-people"))
        shared_hash = hash_password(SHARED_PASSWORD)
        next_id = self.writer.next_id(User)
        rows: list[dict] = []
        created = self.now - timedelta(days=800)

        def add(username, role, display, printed_scope=None, **scope):
            nonlocal next_id
            user_id = next_id
            next_id += 1
            if printed_scope is not None:
                password = username + DEMO_PASSWORD_SUFFIX
                password_hash = hash_password(password)
                self.report.accounts.append(DemoAccount(username, password, _role_label(role, scope), printed_scope))
            else:
                password_hash = shared_hash
            rows.append({
                "id": user_id, "username": username, "email": f"{username}@demo.fupin.example",
                "password_hash": password_hash, "display_name": display[:64], "phone": people.phone(), "role": role,
                "office_level": scope.get("office_level"), "region_code": scope.get("region_code"),
                "village_id": scope.get("village_id"), "organisation_id": scope.get("organisation_id"),
                "is_active_account": True, "created_by_id": None,
                "created_at": created + timedelta(seconds=rng.uniform(0, 200 * 86400)), "last_login_at": None,
            })
            return user_id

        def person(gender=None, born=None):
            return people.name(gender or rng.choice(("male", "female")), born or rng.randrange(1965, 1995))

        self.admin_id = add("demo_admin", "admin", "平台管理员" + person(), "全平台")
        self.national_id = add("demo_national", "office", "国务院扶贫办" + person(), "全国",
                               office_level="national")
        add("national_office_2", "office", "国务院扶贫办" + person(), office_level="national")
        # Offices of every region that holds a demo village; the demo village's chain is printed.
        demo = self.demo_village
        self.office_at: dict[str, int] = {}
        chain = {demo.township.code: "demo_township", demo.county.code: "demo_county", demo.province.code: "demo_province"}
        if demo.prefecture:
            chain[demo.prefecture.code] = "demo_prefecture"
        places: list[tuple[str, _Place]] = []
        for vl in self.villages:
            places += [("province", vl.province), ("county", vl.county), ("township", vl.township)]
            if vl.prefecture and vl.prefecture.name not in _CONTAINER_PREFECTURES:
                places.append(("prefecture", vl.prefecture))
        # Recipients of cooperation projects need a county office to confirm progress updates.
        self.project_counties = self._project_counties()
        for county in _unique([c for _, c in self.project_counties if len(c) == 6]):
            places.append(("county", _Place(county, self.county_names.get(county) or self._region_name(county))))
        seen: set[str] = set()
        for level, place in sorted(places, key=lambda lp: (len(lp[1].code), lp[1].code)):
            if place.code in seen:
                continue
            seen.add(place.code)
            username = chain.get(place.code) or f"office_{level}_{place.code}"
            self.office_at[place.code] = add(
                username, "office", f"{place.name}扶贫办{person()}", place.name if place.code in chain else None,
                office_level=level, region_code=place.code,
            )
        # Village officers (第一书记 and 村委会 information officer) and helpers (帮扶责任人).
        for vl in self.villages:
            first = vl is demo
            vl.officer_ids.append(add("demo_village" if first else f"cun_{vl.code}_1", "village_officer",
                                      f"{vl.name}第一书记{person(born=rng.randrange(1975, 1992))}",
                                      vl.name if first else None, village_id=vl.id))
            vl.officer_ids.append(add(f"cun_{vl.code}_2", "village_officer", f"{vl.name}信息员{person()}",
                                      village_id=vl.id))
            for k in range(max(1, math.ceil(vl.n_households / HOUSEHOLDS_PER_HELPER))):
                printed = first and k == 0
                vl.helper_ids.append(add("demo_helper" if printed else f"bf_{vl.code}_{k + 1}", "helper",
                                         f"帮扶责任人{person()}", f"{vl.name}的帮扶户" if printed else None,
                                         region_code=vl.township.code))
        # Donors and members of organisations.
        self.donor_ids = [add("demo_donor", "donor", "爱心人士" + person(), "个人")]
        for i in range(max(20, self.n_households // 10) - 1):
            self.donor_ids.append(add(f"donor{i + 1:06d}", "donor", person()))
        self.members_of: dict[int, list[int]] = {}
        printed_kinds: set[str] = set()
        for kind, org_ids in self.orgs_by_kind.items():
            for org_id in org_ids:
                for k in range(1 if kind == "military" else rng.randrange(1, 4)):
                    printed = k == 0 and kind not in printed_kinds and self.org_verified[org_id]
                    if printed:
                        printed_kinds.add(kind)
                    username = f"demo_{kind}" if printed else f"org{org_id}_{k + 1}"
                    self.members_of.setdefault(org_id, []).append(add(
                        username, "org_member", person(), _org_kind_label(kind) if printed else None,
                        organisation_id=org_id,
                    ))
        self.writer.insert(User, rows)
        self.pledgers = self.donor_ids + [m for org_id, ms in self.members_of.items()
                                          if self.org_verified[org_id] and self.org_kind[org_id] != "paired_region"
                                          for m in ms]
        self.org_of_member = {m: org_id for org_id, ms in self.members_of.items() for m in ms}

    def _region_name(self, code: str) -> str:
        return self.county_names.get(code) or self.upper.get(code, (code, None))[0]

    def _project_counties(self) -> list[tuple[str, str]]:
        """Return (helper code, county code) pairs: where each pairing's projects go."""
        rng = self.rng("project-places")
        demo_counties = _unique([vl.county.code for vl in self.villages])
        poverty = sorted(self.county_names)
        per_pairing = max(1, round(self.n_households / 5000))
        places = []
        for helper, recipient in self.pairings:
            inside_demo = [c for c in demo_counties if c.startswith(recipient)]
            inside = inside_demo or [c for c in poverty if c.startswith(recipient)]
            for _ in range(per_pairing):
                places.append((helper, rng.choice(inside) if inside else recipient))
        return places

    # -- phase: households and members ------------------------------------------------------------------
    def _households(self) -> None:
        rng = self.rng("households")
        people = PeopleMaker(self.rng("household-people"))
        fingerprint = self.cipher.fingerprint
        next_household = self.writer.next_id(Household)
        next_member = self.writer.next_id(HouseholdMember)
        households: list[dict] = []
        members: list[dict] = []
        causes = list(v.CAUSE_WEIGHTS)
        cause_cum = _cumulative(v.CAUSE_WEIGHTS.values())
        year = self.today.year
        done = 0
        step = max(1, self.n_households // 10)
        for vl in self.villages:
            groups = rng.randrange(3, 9)
            house_numbers = rng.sample(range(1, 120), k=min(119, vl.n_households))
            for k in range(vl.n_households):
                demo = vl is self.demo_village
                status = rng.choices(("registered", "exited", "returned"), weights=(68, 27, 5))[0]
                if demo and k < DEMO_VILLAGE_HOUSEHOLDS:
                    status = "registered"  # the demo village's showcase needs go to open households
                attribute = rng.choices(("general", "minimum_living", "extreme_poverty"), weights=(60, 32, 8))[0]
                main = causes[bisect_left(cause_cum, rng.random() * cause_cum[-1])]
                others = [c for c in rng.sample(causes[:-1], k=rng.choice((0, 1, 1, 2))) if c != main]
                family = people.family(rng, main, attribute, year)
                head = family[0]
                id_number = people.id_number(vl.county.code, head["birth"], head["gender"])
                registered_year = rng.randrange(2014, 2020)
                exited_at = None
                if status in ("exited", "returned"):
                    exited_at = self._ago(rng, 40 if status == "exited" else 400, 900)
                helper_id = vl.helper_ids[min(k // HOUSEHOLDS_PER_HELPER, len(vl.helper_ids) - 1)]
                created_at = self._ago(rng, 420, 800)
                income = (rng.randrange(4200, 12000) if status == "exited" else rng.randrange(1800, 4200))
                households.append({
                    "id": next_household, "village_id": vl.id, "head_name": head["name"],
                    "head_name_masked": mask_name(head["name"]),
                    "head_name_index": self.cipher.name_index(head["name"]), "id_number": id_number,
                    "id_fingerprint": fingerprint(id_number), "phone": people.phone(),
                    "address": (f"{vl.township.name}{vl.name}{v.GROUP_NUMERALS[k % groups]}组"
                                f"{house_numbers[k % len(house_numbers)]}号"),
                    "members_count": len(family), "attribute": attribute, "main_cause": main,
                    "other_causes": others, "income_per_capita": Decimal(income), "status": status,
                    "registered_year": registered_year,
                    "planned_exit_year": (exited_at.year if exited_at else rng.choice((year, year + 1))),
                    "exited_at": exited_at, "helper_id": helper_id, "created_at": created_at,
                    "updated_at": exited_at if exited_at and exited_at > created_at else created_at,
                })
                vl.households.append((next_household, status, main, helper_id, exited_at))
                self.household_facts[next_household] = (vl, [main, *others], head["name"], id_number,
                                                        Decimal(income), exited_at, status)
                for person in family:
                    members.append({
                        "id": next_member, "household_id": next_household, "name": person["name"],
                        "relation": person["relation"], "gender": person["gender"],
                        "birth_year": person["birth"].year, "health": person["health"],
                        "education": person["education"],
                    })
                    next_member += 1
                next_household += 1
                done += 1
                if len(households) >= BATCH:
                    self._flush_households(households, members)
                if self.n_households >= 10000 and done % step == 0 and done < self.n_households:
                    self.echo(f"    {done}/{self.n_households} 户")
        self._flush_households(households, members)

    def _flush_households(self, households: list[dict], members: list[dict]) -> None:
        self.writer.insert(Household, households)
        self.writer.insert(HouseholdCause, [
            row for h in households for row in cause_rows(h["id"], h["main_cause"], h["other_causes"])])
        self.writer.insert(HouseholdMember, members)
        households.clear()
        members.clear()

    # -- phase: 驻村工作队 and 帮扶计划 (the rules of app/services/assistance/) ---------------------------
    def _assistance(self) -> None:
        """Send a work team to most poor villages (TEAM_SHARE) and write a plan for most open households
        (PLAN_SHARE), its measures those ``suggested_measures`` gives for the household's causes, as
        ``assistance.create_plan`` does; older plans have measures under way or done."""
        rng = self.rng("assistance")
        people = PeopleMaker(self.rng("team-people"))
        today = self.today
        teams, team_members, plans, measures = [], [], [], []
        next_team, next_member = self.writer.next_id(WorkTeam), self.writer.next_id(WorkTeamMember)
        for vl in self.villages:
            if not vl.is_poor or rng.random() >= TEAM_SHARE:
                continue
            unit = rng.choice(v.SENDING_UNITS).format(county=vl.county.name, province=vl.province.name)
            started = today - timedelta(days=rng.randrange(60, 900))
            teams.append({"id": next_team, "village_id": vl.id, "region_code": vl.code, "sending_unit": unit,
                          "started_on": started, "ended_on": None, "note": "", "created_at": _midnight(started)})
            for role in ("first_secretary", "member", "member"):
                person = people.family(rng, "other", "general", today.year)[0]
                team_members.append({"id": next_member, "team_id": next_team, "name": person["name"], "role": role,
                                     "unit": unit, "phone": people.phone(), "user_id": None})
                next_member += 1
            self.team_units[vl.id] = unit
            next_team += 1
        next_plan, next_measure = self.writer.next_id(AssistancePlan), self.writer.next_id(PlanMeasure)
        for household_id, (vl, causes, _name, _id_number, _income, _exited_at, status) in self.household_facts.items():
            if status not in OPEN_STATUSES:
                continue
            if rng.random() >= PLAN_SHARE:
                continue
            created = self._ago(rng, 30, 700)
            year = created.astimezone(CHINA).year
            plans.append({"id": next_plan, "household_id": household_id, "region_code": vl.code, "year": year,
                          "note": "", "created_by_id": vl.officer_ids[0] if vl.officer_ids else None,
                          "created_at": created, "updated_at": created})
            responsible = self.team_units.get(vl.id) or f"{vl.township.name}人民政府"
            age_days = (self.now - created).days
            for kind in suggested_measures(causes):
                progress = min(100, max(0, int(age_days / 3.65) + rng.randrange(-20, 21)))
                status = "done" if progress == 100 else "in_progress" if progress > 0 else "planned"
                measures.append({
                    "id": next_measure, "plan_id": next_plan, "kind": kind, "responsible": responsible,
                    "description": "针对“" + "、".join(POVERTY_CAUSES[c] for c in causes) + "”",
                    "target_date": (created + timedelta(days=rng.randrange(180, 720))).date(),
                    "progress": progress, "status": status, "need_id": None,
                    "created_at": created, "updated_at": created})
                next_measure += 1
            next_plan += 1
        self.writer.insert(WorkTeam, teams)
        self.writer.insert(WorkTeamMember, team_members)
        self.writer.insert(AssistancePlan, plans)
        self.writer.insert(PlanMeasure, measures)

    # -- phase: this year's 精准识别 batch: exits through the steps, the county's 抽检核查 -----------------
    def _identification(self) -> None:
        """Record this year's exits (脱贫退出) as completed identification cases — appraisal, township review,
        notice, county approval, entry — with, per county, a spot-check draw of SPOT_CHECK_SHARE of them
        (``sample_case_ids``, as ``draw_spot_checks`` samples). Most checks pass; a failed one sent its case
        back, the village corrected and resubmitted it, and the county approved it the second time."""
        rng = self.rng("identification")
        year = self.today.year
        share = Decimal(str(current_app.config.get("SPOT_CHECK_SHARE", "0.2"))).quantize(Decimal("0.0001"))
        by_village: dict[int, list[int]] = {}
        for household_id, (vl, _c, _n, _i, _income, exited_at, status) in self.household_facts.items():
            if status == "exited" and exited_at.astimezone(CHINA).year == year:
                by_village.setdefault(vl.id, []).append(household_id)
        # Case ids first (villages in order), so each county's sample is known before the steps are written.
        next_case = self.writer.next_id(IdentificationCase)
        planned: list[tuple[int, _Village, int]] = []  # (case id, village, household id)
        for vl in self.villages:
            for household_id in by_village.get(vl.id, ()):
                planned.append((next_case, vl, household_id))
                next_case += 1
        county_cases: dict[str, list[tuple[int, _Village, int]]] = {}
        for item in planned:
            county_cases.setdefault(item[1].county.code, []).append(item)
        draws, checks, outcome_of = [], {}, {}
        next_draw, next_check = self.writer.next_id(SpotCheckDraw), self.writer.next_id(SpotCheck)
        for county_code, items in county_cases.items():
            office = self._reviewer(items[0][1], "county")
            drawn = min(self.household_facts[h][5] for _, _, h in items) - timedelta(days=5)
            seed = rng.randrange(1, 2**31)
            draws.append({"id": next_draw, "county_code": county_code, "year": year, "seed": seed, "share": share,
                          "population": len(items), "drawn_by_id": office, "drawn_at": drawn})
            for case_id in sample_case_ids([case_id for case_id, _, _ in items], share, seed):
                outcome_of[case_id] = "passed" if rng.random() < SPOT_CHECK_PASS_RATE else "failed"
                checks[case_id] = {"id": next_check, "draw_id": next_draw, "case_id": case_id, "assigned_to_id": office,
                                   "outcome": outcome_of[case_id], "checked_by_id": office,
                                   "note": "" if outcome_of[case_id] == "passed" else "入户核查：收入证明不全，退回补充"}
                next_check += 1
            next_draw += 1
        appraisals, notices, cases, steps = [], [], [], []
        next_appraisal, next_notice = self.writer.next_id(Appraisal), self.writer.next_id(PublicNotice)
        next_step = self.writer.next_id(IdentificationStep)
        for vl in self.villages:
            ids = by_village.get(vl.id)
            if not ids:
                continue
            held = min(self.household_facts[h][5] for h in ids) - timedelta(days=30)
            officer = vl.officer_ids[0] if vl.officer_ids else None
            township, county = self._reviewer(vl, "township"), self._reviewer(vl, "county")
            appraisals.append({"id": next_appraisal, "village_id": vl.id, "year": year, "held_on": held.date(),
                               "attendees": rng.randrange(15, 40), "result": f"同意 {len(ids)} 户脱贫退出",
                               "recorded_by_id": officer, "recorded_at": held})
            notice_start = held + timedelta(days=10)
            notices.append({"id": next_notice, "village_id": vl.id, "year": year, "starts_on": notice_start.date(),
                            "days": 7, "published_by_id": township, "created_at": notice_start,
                            "closed_at": notice_start + timedelta(days=7)})
            for case_id, case_vl, household_id in (p for p in planned if p[1] is vl):
                _vl, _causes, name, id_number, income, exited_at, _status = self.household_facts[household_id]
                cases.append({
                    "id": case_id, "kind": "exit", "status": "completed", "year": year, "village_id": vl.id,
                    "region_code": vl.code, "household_id": household_id, "head_name": name,
                    "head_name_masked": mask_name(name), "id_fingerprint": self.cipher.fingerprint(id_number),
                    "details": "{}", "income_per_capita": income, "standard_confirmed": True, "by_household": False,
                    "appraisal_id": next_appraisal, "notice_id": next_notice, "created_by_id": officer,
                    "created_at": held - timedelta(days=3), "updated_at": exited_at, "completed_at": exited_at})
                closed = notice_start + timedelta(days=7)
                trail = [("applied", "recorded", held - timedelta(days=3), officer),
                         ("appraisal", "passed", held, officer),
                         ("township_review", "passed", held + timedelta(days=5), township),
                         ("notice", "recorded", notice_start, township),
                         ("notice_closed", "recorded", closed, None)]
                if case_id in checks:
                    checked = self._between(rng, closed, exited_at - timedelta(days=1))
                    checks[case_id].update(region_code=vl.code, checked_at=checked)
                    trail.append(("spot_check", outcome_of[case_id], checked, county))
                    if outcome_of[case_id] == "failed":
                        trail += [("sent_back", "recorded", checked, county),
                                  ("resubmitted", "recorded", self._between(rng, checked, exited_at), officer)]
                trail += [("county_approval", "passed", exited_at, county), ("registered", "recorded", exited_at, county)]
                for step, outcome, at, actor in trail:
                    steps.append({"id": next_step, "case_id": case_id, "step": step, "outcome": outcome,
                                  "actor_id": actor, "note": "", "at": at})
                    next_step += 1
            next_appraisal += 1
            next_notice += 1
        self.writer.insert(Appraisal, appraisals)
        self.writer.insert(PublicNotice, notices)
        self.writer.insert(IdentificationCase, cases)
        self.writer.insert(IdentificationStep, steps)
        self.writer.insert(SpotCheckDraw, draws)
        self.writer.insert(SpotCheck, list(checks.values()))

    # -- phase: offers (planned now, written after the pledges drew from them) ----------------------------
    def _plan_offers(self) -> None:
        rng = self.rng("offers")
        next_id = self.writer.next_id(Offer)
        self.offers: list[_Offer] = []
        self.offers_by_item: dict[str, list[_Offer]] = {}
        region_pool = _unique([c for vl in self.villages for c in
                               (vl.province.code, vl.county.code) + ((vl.prefecture.code,) if vl.prefecture else ())])
        items = [item for item in v.ITEMS]
        verified_orgs = [o for o, ok in self.org_verified.items() if ok and self.org_kind[o] != "paired_region"]
        n = max(12, self.n_households // 25)
        statuses = ("active", "paused", "expired", "withdrawn")
        for i in range(n):
            if i < len(statuses) + 1:
                # The demo donor's offers: one of each state (the last one is drawn down to exhausted).
                poster, org_id = self.donor_ids[0], None
                status = statuses[i] if i < len(statuses) else "active"
            elif rng.random() < 0.55:
                org_id = rng.choice(verified_orgs)
                poster, status = self.members_of[org_id][0], None
            else:
                poster, org_id, status = rng.choice(self.donor_ids), None, None
            status = status or rng.choices(statuses, weights=(72, 10, 10, 8))[0]
            item = rng.choice(items)
            if i == len(statuses):
                item = rng.choice([it for it in items if it.scope == "household" and it.kind == "goods" and it.high >= 2])
            if item.kind == "cash":
                quantity = item.high * rng.randrange(2, 8)
            else:
                quantity = item.high * rng.randrange(2, 12)
            quantity = Decimal(quantity)
            regions = [] if rng.random() < 0.35 or i == len(statuses) else sorted(rng.sample(region_pool, k=min(len(region_pool),
                                                                                       rng.randrange(1, 3))))
            categories = [item.category]
            if rng.random() < 0.2:
                extra = rng.choice(list(v.CATEGORY_WEIGHTS_BY_CAUSE["other"]))
                if extra != item.category:
                    categories.append(extra)
            valid_from = self.today - timedelta(days=rng.randrange(10, 240))
            if status == "expired":
                valid_until = self.today - timedelta(days=rng.randrange(1, 9))
                valid_from = min(valid_from, valid_until - timedelta(days=30))
            else:
                valid_until = None if rng.random() < 0.3 else self.today + timedelta(days=rng.randrange(20, 300))
            created = datetime(valid_from.year, valid_from.month, valid_from.day, tzinfo=UTC) + timedelta(
                hours=rng.randrange(1, 12))
            cap = None
            if item.kind == "cash" and rng.random() < 0.3:
                cap = Decimal(item.high)
            region_names = [self._region_name(c) for c in regions]
            row = {
                "id": next_id, "poster_id": poster, "organisation_id": org_id, "kind": item.kind,
                "service_type": _service_type(item), "title": texts.offer_title(rng, item, quantity),
                "description": texts.offer_description(rng, item, region_names), "quantity": quantity,
                "remaining": quantity, "unit": item.unit, "per_beneficiary_cap": cap, "valid_from": valid_from,
                "valid_until": valid_until, "status": status, "created_at": created,
                "updated_at": created if status == "active" else self._between(rng, created, self.now),
            }
            offer = _Offer(row, item, regions, categories)
            self.offers.append(offer)
            if status == "active":
                self.offers_by_item.setdefault(item.key, []).append(offer)
            next_id += 1
        self.exhaust_offer = self.offers[len(statuses)]

    def _write_offers(self) -> None:
        for offer in self.offers:
            if offer.row["remaining"] == 0:
                offer.row["status"] = "exhausted"
        self.writer.insert(Offer, [o.row for o in self.offers])
        self.writer.insert(OfferCategory, [{"offer_id": o.row["id"], "category": c} for o in self.offers
                                           for c in o.categories])
        self.writer.insert(OfferRegion, [{"offer_id": o.row["id"], "region_code": c} for o in self.offers
                                         for c in o.regions])

    # -- phase: needs, reviews, pledges and thanks ----------------------------------------------------------
    def _needs(self) -> None:
        rng = self.rng("needs")
        self.need_rows: list[dict] = []
        self.review_rows: list[dict] = []
        self.pledge_rows: list[dict] = []
        self.feedback_rows: list[dict] = []
        self.next_need = self.writer.next_id(Need)
        self.next_review = self.writer.next_id(ReviewRecord)
        self.next_pledge = self.writer.next_id(Pledge)
        self.next_feedback = self.writer.next_id(Feedback)
        open_states, open_cum = list(OPEN_STATE_WEIGHTS), _cumulative(OPEN_STATE_WEIGHTS.values())
        hist_states, hist_cum = list(HISTORY_STATE_WEIGHTS), _cumulative(HISTORY_STATE_WEIGHTS.values())
        items_by_category: dict[str, list[v.Item]] = {}
        village_items_by_category: dict[str, list[v.Item]] = {}
        for item in v.ITEMS:
            if item.scope in ("household", "both"):
                items_by_category.setdefault(item.category, []).append(item)
            if item.scope in ("village", "both"):
                village_items_by_category.setdefault(item.category, []).append(item)
        category_cum = {cause: (list(w), _cumulative(w.values())) for cause, w in v.CATEGORY_WEIGHTS_BY_CAUSE.items()}
        village_categories = [c for c in v.VILLAGE_CATEGORY_WEIGHTS if c in village_items_by_category]
        village_cum = _cumulative(v.VILLAGE_CATEGORY_WEIGHTS[c] for c in village_categories)

        def pick(states, cum):
            return states[bisect_left(cum, rng.random() * cum[-1])]

        def household_item(cause):
            cats, cum = category_cum[cause]
            category = cats[bisect_left(cum, rng.random() * cum[-1])]
            return rng.choice(items_by_category.get(category) or items_by_category["living"])

        def household_needs(vl, household, place, open_taken=0):
            if household[1] in ("registered", "returned"):
                n_open = rng.choices((0, 1, 2, 3), weights=(45, 35, 14, 6))[0]
                for _ in range(min(n_open, 3 - open_taken)):
                    self._need(rng, vl, household, household_item(household[2]), pick(open_states, open_cum), place)
            for _ in range(rng.choices((0, 1, 2), weights=(60, 30, 10))[0]):
                self._need(rng, vl, household, household_item(household[2]), pick(hist_states, hist_cum), place)

        step = max(1, len(self.villages) // 10)
        for index, vl in enumerate(self.villages):
            if self.n_households >= 10000 and index and index % step == 0:
                self.echo(f"    {index}/{len(self.villages)} 个村的需求")
            place = texts.short_region_name(vl.county.name)
            n_poor = len(vl.households)
            open_taken: dict[int, int] = {}
            if vl is self.demo_village:
                # Showcase: every state once or twice, spread over the first households, 3 open at most each.
                showcase_households = vl.households[:DEMO_VILLAGE_HOUSEHOLDS]
                for i, state in enumerate(SHOWCASE_STATES):
                    household = showcase_households[(i // 2) % len(showcase_households)]
                    if state not in HISTORY_STATE_WEIGHTS:
                        open_taken[household[0]] = open_taken.get(household[0], 0) + 1
                    if state == "completed" and i == SHOWCASE_STATES.index("completed"):
                        item = self.exhaust_offer.item
                    else:
                        item = household_item(household[2])
                        while item.high < 2:  # several pledges need a divisible quantity
                            item = household_item(household[2])
                    self._need(rng, vl, household, item, state, place, showcase=True)
            for household in vl.households:
                household_needs(vl, household, place, open_taken.get(household[0], 0))
            for _ in range(rng.choices((0, 1, 2, 3), weights=(25, 40, 25, 10))[0]):
                category = village_categories[bisect_left(village_cum, rng.random() * village_cum[-1])]
                item = rng.choice(village_items_by_category[category])
                state = pick(open_states, open_cum) if rng.random() < 0.7 else pick(hist_states, hist_cum)
                self._need(rng, vl, None, item, state, place, village_size=(rng.randrange(n_poor + 40, n_poor * 4 + 80),
                                                                            n_poor))
        self._write_offers()
        self.writer.insert(Need, self.need_rows)
        self.writer.insert(ReviewRecord, self.review_rows)
        self.writer.insert(Pledge, self.pledge_rows)
        self.writer.insert(Feedback, self.feedback_rows)
        self.echo(f"  需求 {len(self.need_rows)} 条，认领 {len(self.pledge_rows)} 笔，"
                  f"审核记录 {len(self.review_rows)} 条")

    def _need(self, rng, vl: _Village, household, item: v.Item, state: str, place: str, *,
              showcase: bool = False, village_size: tuple[int, int] | None = None) -> None:
        need_id = self.next_need
        self.next_need += 1
        quantity = Decimal(_quantity(rng, item))
        if item.kind == "cash":
            ceiling = self.ceilings.get(item.category)
            if ceiling:
                quantity = min(quantity, Decimal(ceiling))
        if household is not None:
            household_id, h_status, cause, helper_id, exited_at = household
            title = texts.need_title(rng, item, quantity, place=place if rng.random() < 0.25 else "")
            description = texts.household_description(rng, item, quantity, cause)
            poster = helper_id if rng.random() < 0.6 else rng.choice(vl.officer_ids)
        else:
            household_id, h_status, exited_at = None, None, None
            title = texts.need_title(rng, item, quantity, village_name=vl.name)
            description = texts.village_description(
                rng, item, quantity, village=vl.name, township=vl.township.name, county=vl.county.name,
                households=village_size[0], poor=village_size[1],
            )
            poster = rng.choice(vl.officer_ids)
        if showcase and state in ("draft", "pending0", "pending1", "rejected"):
            poster = vl.helper_ids[0] if state != "draft" else vl.officer_ids[0]
        status = "pending" if state.startswith("pending") else state

        # Timeline, newest last; every moment lies before ``now``.
        age = {"draft": (0.5, 20), "pending0": (1, 6), "pending1": (3, 12), "rejected": (3, 40),
               "published": (6, 60), "pledged": (12, 90), "delivered": (25, 150), "completed": (40, 540),
               "expired": (90, 300), "closed": (20, 400)}[state]
        created = self._ago(rng, *age)
        deadline = None
        if state == "expired":
            # Published well before a deadline that has now passed.
            deadline = self.today - timedelta(days=rng.randrange(1, 60))
            created = _midnight(deadline) - timedelta(days=rng.uniform(15, 80))
        if exited_at is not None and h_status == "exited":
            # An exited household's history happened before its exit.
            created = min(created, exited_at - timedelta(days=rng.uniform(30, 200)))
        submitted = published = closed_at = None
        reviews: list[tuple[str, str, str, datetime]] = []  # level, decision, reason, when
        review_level = 0
        updated = created
        if state != "draft":
            submitted = self._between(rng, created, min(created + timedelta(days=2), self.now - timedelta(hours=20)))
            updated = submitted
            moment = submitted
            levels = self.review_levels
            if state == "pending0":
                pass
            elif state == "pending1":
                moment = self._between(rng, moment, min(moment + timedelta(days=3), self.now - timedelta(hours=2)))
                reviews.append((levels[0], "approve", self._approve_note(rng), moment))
                review_level = 1
            elif state == "rejected":
                at_level = 0 if rng.random() < 0.5 or len(levels) == 1 else 1
                for i in range(at_level):
                    moment = self._between(rng, moment, min(moment + timedelta(days=3), self.now - timedelta(hours=3)))
                    reviews.append((levels[i], "approve", self._approve_note(rng), moment))
                moment = self._between(rng, moment, min(moment + timedelta(days=4), self.now - timedelta(hours=1)))
                reviews.append((levels[at_level], "reject", rng.choice(v.REJECTION_REASONS), moment))
                review_level = 0
            else:
                for level in levels:
                    moment = self._between(rng, moment, min(moment + timedelta(days=3), self.now - timedelta(hours=2)))
                    reviews.append((level, "approve", self._approve_note(rng), moment))
                published = moment
                review_level = len(levels) - 1  # as review.approve leaves it on publishing
            updated = moment
        if state == "expired":
            updated = _midnight(deadline)
        elif state in ("published", "pledged", "delivered", "draft", "pending0", "pending1", "rejected"):
            if rng.random() < 0.85 or state in ("published", "pledged"):
                deadline = self.today + timedelta(days=rng.randrange(10, 150))
        elif state in ("completed", "closed") and published is not None:
            deadline = published.date() + timedelta(days=rng.randrange(30, 150))

        # Pledges.
        pledged_total = Decimal(0)
        pledge_moments: list[datetime] = []
        first_pledge = None
        if status in ("published", "pledged", "delivered", "completed", "expired", "closed"):
            plans = self._pledge_plan(rng, item, quantity, state, showcase)
            for pledge_status, part in plans:
                pledge_id, active, last = self._pledge(rng, need_id, vl, item, part, pledge_status, published,
                                                       showcase)
                if active:
                    pledged_total += part
                    first_pledge = first_pledge or pledge_id
                pledge_moments.append(last)
        if state in ("completed", "closed", "delivered", "pledged"):
            latest = max(pledge_moments, default=published)
            if state == "completed":
                closed_at = latest + timedelta(hours=rng.uniform(2, 48))
                closed_at = min(closed_at, self.now - timedelta(minutes=10))
            elif state == "closed":
                closed_at = exited_at if exited_at and exited_at > published else self._between(rng, latest, self.now)
            updated = closed_at or latest
        elif state == "published" and pledge_moments:
            updated = max(pledge_moments)
        if household_id is None:
            household_id_value, beneficiary = None, "village"
        else:
            household_id_value, beneficiary = household_id, "household"
        self.need_rows.append({
            "id": need_id, "beneficiary_type": beneficiary, "household_id": household_id_value, "village_id": vl.id,
            "region_code": vl.code, "category": item.category, "kind": item.kind, "title": title,
            "description": description, "quantity": quantity, "unit": item.unit, "pledged_quantity": pledged_total,
            "urgency": rng.choices((1, 2, 3), weights=(55, 30, 15))[0], "deadline": deadline, "status": status,
            "review_level": review_level, "posted_by_id": poster, "created_at": created,
            "submitted_at": submitted, "published_at": published, "closed_at": closed_at, "updated_at": updated,
            # Since when it waits at its level (the review queue's order): its last approval, else its submission.
            "level_since": reviews[-1][3] if status == "pending" and reviews else submitted or created,
        })
        township_office = self.office_at.get(vl.township.code)
        for level, decision, reason, moment in reviews:
            reviewer = self._reviewer(vl, level) or township_office or self.national_id
            self.review_rows.append({
                "id": self.next_review, "need_id": need_id, "level": level, "reviewer_id": reviewer,
                "decision": decision, "reason": reason, "created_at": moment,
            })
            self.next_review += 1
        if state == "completed" and first_pledge is not None and (showcase or rng.random() < 0.7):
            self.feedback_rows.append({
                "id": self.next_feedback, "need_id": need_id, "pledge_id": first_pledge, "author_id": poster,
                "text": texts.feedback_text(rng, item.category), "created_at": closed_at,
            })
            self.next_feedback += 1
        if showcase:
            self.showcase.setdefault(state, []).append((need_id, title))

    def _approve_note(self, rng) -> str:
        return rng.choice(("", "", "经入户核实，情况属实。", "同意发布。", "已核对建档立卡信息，同意。", "情况属实，建议尽快发布。"))

    def _reviewer(self, vl: _Village, level: str) -> int | None:
        code = {"township": vl.township.code, "county": vl.county.code, "province": vl.province.code,
                "prefecture": vl.prefecture.code if vl.prefecture else None}.get(level)
        if level == "national":
            return self.national_id
        return self.office_at.get(code) if code else None

    def _pledge_plan(self, rng, item, quantity: Decimal, state: str, showcase: bool) -> list[tuple[str, Decimal]]:
        """Return (status, quantity) of each pledge of a need in ``state``; active ones sum as the state needs."""
        unit = Decimal(100 if item.kind == "cash" else (max(1, item.step)))
        parts = _split(rng, quantity, rng.choice((2, 3) if showcase else (1, 1, 2, 2, 3)), unit)
        plans: list[tuple[str, Decimal]] = []
        if state == "published":
            if len(parts) > 1 and (showcase or rng.random() < 0.5):
                kept = parts[: rng.randrange(1, len(parts))]
                plans += [(rng.choice(("pledged", "shipped", "received")), p) for p in kept]
            if showcase or rng.random() < 0.15:
                plans.append(("cancelled", parts[-1]))
        elif state == "pledged":
            statuses = [rng.choice(("pledged", "shipped", "received")) for _ in parts]
            if all(s == "received" for s in statuses) or showcase:
                statuses[-1] = "shipped" if showcase else rng.choice(("pledged", "shipped"))
            if showcase and len(statuses) > 1:
                statuses[0] = "pledged"
            plans += list(zip(statuses, parts, strict=True))
        elif state == "delivered":
            plans += [("received", p) for p in parts]
        elif state == "completed":
            plans += [("completed", p) for p in parts]
        elif state == "expired" and (showcase or rng.random() < 0.4):
            plans.append(("expired", parts[0]))
        elif state == "closed" and (showcase or rng.random() < 0.3):
            plans.append(("cancelled", parts[0]))
        return plans

    def _pledge(self, rng, need_id, vl: _Village, item, quantity: Decimal, status: str, published: datetime,
                showcase: bool) -> tuple[int, bool, datetime]:
        pledge_id = self.next_pledge
        self.next_pledge += 1
        active = status in ("pledged", "shipped", "received", "completed")
        donor = self.donor_ids[0] if showcase else rng.choice(self.pledgers)
        org_id = self.org_of_member.get(donor)
        offer_id = None
        if active and ((showcase and item is self.exhaust_offer.item) or rng.random() < 0.3):
            offer = self._offer_for(rng, vl, item, quantity, showcase)
            if offer is not None:
                offer.row["remaining"] -= quantity
                offer_id, donor, org_id = offer.row["id"], offer.row["poster_id"], offer.row["organisation_id"]
        floor = published + timedelta(minutes=30)
        if status == "pledged":
            created = self._between(rng, max(floor, self.now - timedelta(days=max(self.ship_days - 2, 0.5))),
                                    self.now - timedelta(hours=1))
        elif status == "expired":
            latest = self.now - timedelta(days=self.ship_days + 1)
            created = self._between(rng, floor, latest) if latest > floor else floor
        else:
            created = self._between(rng, floor, floor + (self.now - floor) * 0.5)
        moments = sorted(self._between(rng, created, self.now - timedelta(minutes=30)) for _ in range(3))
        shipped_at = received_at = closed_at = None
        if status in ("shipped", "received", "completed"):
            shipped_at = moments[0]
        if status in ("received", "completed"):
            received_at = moments[1]
        if status == "completed":
            closed_at = moments[2]
        elif status == "cancelled":
            closed_at = moments[0]
        elif status == "expired":
            closed_at = created + timedelta(days=self.ship_days)
        if item.kind == "cash":
            method = "transfer"
        elif item.kind == "service":
            method = "in_person"
        else:
            method = "express" if status == "shipped" or rng.random() < 0.75 else "in_person"
        carrier = tracking = ""
        if method == "express" and shipped_at is not None:
            carrier, prefix = rng.choice(v.CARRIERS)
            tracking = _tracking_number(rng, prefix)
        handover = None
        if method == "in_person":
            handover = (received_at or self._between(rng, created, self.now + timedelta(days=7))).date()
        self.pledge_rows.append({
            "id": pledge_id, "need_id": need_id, "offer_id": offer_id, "donor_id": donor, "organisation_id": org_id,
            "quantity": quantity, "status": status, "from_recommendation": rng.random() < 0.2,
            "delivery_method": method, "carrier": carrier, "tracking_number": tracking, "handover_date": handover,
            "created_at": created, "shipped_at": shipped_at, "received_at": received_at, "closed_at": closed_at,
        })
        return pledge_id, active, closed_at or received_at or shipped_at or created

    def _offer_for(self, rng, vl: _Village, item, quantity: Decimal, showcase: bool) -> _Offer | None:
        offer = self.exhaust_offer
        if showcase and item is offer.item and offer.row["remaining"] == offer.row["quantity"]:
            # The demo donor's last offer is exactly as large as the showcase pledge drawn from it.
            offer.row["quantity"] = offer.row["remaining"] = quantity
            return offer
        candidates = self.offers_by_item.get(item.key)
        if not candidates:
            return None
        for offer in rng.sample(candidates, k=min(3, len(candidates))):
            row = offer.row
            if row["remaining"] < quantity or offer is self.exhaust_offer:
                continue
            if row["per_beneficiary_cap"] is not None and quantity > row["per_beneficiary_cap"]:
                continue
            if offer.regions and not any(vl.code.startswith(r) for r in offer.regions):
                continue
            return offer
        return None

    # -- phase: cooperation projects -------------------------------------------------------------------
    def _projects(self) -> None:
        rng = self.rng("projects")
        projects: list[dict] = []
        updates: list[dict] = []
        next_project = self.writer.next_id(CooperationProject)
        next_update = self.writer.next_id(ProjectUpdate)
        year = self.today.year
        for helper, county in self.project_counties:
            org_id = self.paired_org_by_helper[helper]
            poster = self.members_of[org_id][0]
            budget = Decimal(rng.randrange(50, 2000) * 10000)
            beneficiaries = rng.randrange(50, 3000)
            category, title, description, work = texts.project_texts(
                rng, self.upper[helper][0], self._region_name(county), budget, beneficiaries
            )
            # The 2016 pairings ran until 2020: projects belong to those years and were mostly finished.
            project_year = rng.randrange(2017, min(year, 2020) + 1)
            recent = year - project_year <= 1
            status = rng.choices(("planned", "in_progress", "completed", "cancelled"),
                                 weights=(15, 40, 40, 5) if recent else (3, 17, 75, 5))[0]
            created = datetime(project_year, rng.randrange(1, 7), rng.randrange(1, 28), 2, tzinfo=UTC)
            created = min(created, self.now - timedelta(days=60))
            finish = min(created + timedelta(days=rng.randrange(300, 900)), self.now - timedelta(days=1))
            projects.append({
                "id": next_project, "organisation_id": org_id, "helper_region_code": helper,
                "recipient_region_code": county, "title": title, "description": description, "category": category,
                "budget": budget, "year": project_year, "beneficiaries_count": beneficiaries, "status": status,
                "posted_by_id": poster, "created_at": created,
            })
            n_updates = {"planned": 0, "cancelled": rng.randrange(0, 2), "in_progress": rng.randrange(1, 4),
                         "completed": rng.randrange(2, 5)}[status]
            spent = Decimal(0)
            moment = created
            confirmer = self.office_at.get(county) or self.office_at.get(county[:2]) or self.national_id
            for i in range(n_updates):
                # Updates spread over the project's own months, each confirmed a few days later.
                moment = created + (finish - created) * (i + 1) / n_updates - timedelta(days=rng.uniform(0, 10))
                share = Decimal(rng.randrange(15, 36)) / 100
                spent = min(budget, ((spent + budget * share) / 1000).quantize(Decimal(1)) * 1000)
                if status == "completed" and i == n_updates - 1:
                    spent = budget
                # A finished project's closing update is confirmed (已完工 shows its whole budget spent);
                # the latest update of a running one is often still waiting for the county.
                confirmed = i < n_updates - 1 or status == "completed" or rng.random() < 0.75
                confirmed_at = min(moment + timedelta(days=rng.uniform(1, 20)), self.now) if confirmed else None
                updates.append({
                    "id": next_update, "project_id": next_project,
                    "text": texts.project_update_text(rng, i, n_updates, beneficiaries, work,
                                                      status == "completed"),
                    "amount_spent": spent, "posted_by_id": poster, "confirmed_by_id": confirmer if confirmed else None,
                    "confirmed_at": confirmed_at, "created_at": moment,
                })
                next_update += 1
            next_project += 1
        self.writer.insert(CooperationProject, projects)
        self.writer.insert(ProjectUpdate, updates)

    # -- phase: notifications ---------------------------------------------------------------------------
    def _notifications(self) -> None:
        rng = self.rng("notifications")
        rows: list[dict] = []
        next_id = self.writer.next_id(Notification)
        showcase = self.showcase
        demo = self.demo_village

        def add(user_id, kind, message, link, read):
            nonlocal next_id
            created = self._ago(rng, 0.1, 10)
            rows.append({"id": next_id, "user_id": user_id, "kind": kind, "message": message, "link": link,
                         "read_at": created + timedelta(hours=2) if read else None, "created_at": created})
            next_id += 1

        pending = showcase.get("pending0", []) + showcase.get("pending1", [])
        township, county = self.office_at.get(demo.township.code), self.office_at.get(demo.county.code)
        if township and pending:
            add(township, "need.review", f"有 {len(showcase.get('pending0', []))} 条需求等待乡镇审核", "/", False)
        if county and showcase.get("pending1"):
            add(county, "need.review", f"需求“{showcase['pending1'][0][1]}”已通过乡镇扶贫办审核，等待县扶贫办审核", "/", False)
        for need_id, title in showcase.get("pledged", [])[:1]:
            add(demo.helper_ids[0], "pledge.created", f"您代发的需求“{title}”已被全部认领", f"/needs/{need_id}", False)
            add(self.donor_ids[0], "pledge.reminder", f"请在{self.ship_days}天内发出“{title}”的认领物资", f"/needs/{need_id}", False)
        for need_id, title in showcase.get("delivered", [])[:1]:
            add(self.donor_ids[0], "pledge.received", f"您认领的“{title}”已签收，谢谢您的爱心", f"/needs/{need_id}", True)
        for need_id, title in showcase.get("rejected", [])[:1]:
            add(demo.helper_ids[0], "need.rejected", f"您提交的需求“{title}”被退回，请按审核意见修改", "/", False)
        for need_id, title in showcase.get("completed", [])[:1]:
            add(self.donor_ids[0], "feedback.created", f"受助方对“{title}”写了感谢回馈", f"/needs/{need_id}", True)
        for need_id, title in showcase.get("expired", [])[:1]:
            add(demo.officer_ids[0], "need.expired", f"需求“{title}”已过截止日期，可修改后重新提交", "/", False)
        add(self.admin_id, "system", "演示数据已生成：所有演示账号的密码见部署说明", "/", True)
        self.writer.insert(Notification, rows)


def _org_kind_label(kind: str) -> str:
    from ..models.organisation import ORGANISATION_KINDS

    return ORGANISATION_KINDS[kind]


def _role_label(role: str, scope: dict) -> str:
    from ..models.user import OFFICE_LEVELS, ROLES

    if role == "office":
        return OFFICE_LEVELS[scope["office_level"]] + ROLES["office"]
    return ROLES[role]


def _unique(values):
    return list(dict.fromkeys(values))


def _cumulative(weights) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _apportion(total: int, weights: list[float], minimum: int) -> list[int]:
    """Split ``total`` by ``weights`` (largest remainders), giving everyone at least ``minimum``."""
    n = len(weights)
    free = total - minimum * n
    if free < 0:
        base = [total // n] * n
        for i in range(total - sum(base)):
            base[i] += 1
        return base
    scale = sum(weights)
    raw = [free * w / scale for w in weights]
    sizes = [minimum + int(r) for r in raw]
    order = sorted(range(n), key=lambda i: raw[i] - int(raw[i]), reverse=True)
    for i in order[: total - sum(sizes)]:
        sizes[i] += 1
    return sizes


def _village_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = rng.choice(v.VILLAGE_HEADS) + rng.choice(v.VILLAGE_TAILS)
        if name not in taken:
            taken.add(name)
            return name


def _quantity(rng: random.Random, item: v.Item) -> int:
    steps = (item.high - item.low) // item.step
    return item.low + item.step * rng.randint(0, steps)


def _split(rng: random.Random, quantity: Decimal, parts: int, unit: Decimal) -> list[Decimal]:
    """Split ``quantity`` into up to ``parts`` positive pieces, multiples of ``unit`` except the last."""
    units = int(quantity // unit)
    parts = max(1, min(parts, units))
    if parts == 1:
        return [quantity]
    cuts = sorted(rng.sample(range(1, units), parts - 1))
    pieces = [Decimal(b - a) * unit for a, b in zip([0, *cuts], cuts)]  # one piece per cut: not strict
    pieces.append(quantity - sum(pieces))
    return pieces


def _service_type(item: v.Item) -> str:
    return {"employment": "jobs", "consumption": "purchase", "finance": "credit"}.get(
        item.category, "training" if item.kind == "service" else ""
    )


def _tracking_number(rng: random.Random, prefix: str) -> str:
    digits = {"EMS": 13, "SF": 12, "ZTO": 12, "YTO": 11, "YD": 13, "STO": 12, "JD": 12, "DPK": 12, "JT": 13}[prefix]
    body = f"{rng.randrange(10 ** (digits - 1), 10 ** digits)}"
    return body if prefix in ("EMS", "ZTO", "YD", "STO") else prefix + body
