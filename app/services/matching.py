"""Match open needs with active offers in the portal: recompute, recommend, suggest, train.

The `matching` package scores plain records; this module turns rows into those records, writes the
results back as `Match` rows (which the outbox carries to the search engine's matches index) and
learns from outcomes: a pledge made from an offer and completed is a positive pair; a recommended
pair nobody took, and a pledge cancelled or expired, are negatives.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import matching
import numpy as np
from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

from ..errors import Forbidden, Invalid, NotFound
from ..extensions import db
from .. import clock
from ..models import Match, Need, Offer, Pledge, Region, User, Village
from ..models._types import utcnow
from ..security import MAX_DB_INT
from . import audit, need_index, notify, scope
from .match_records import OPEN_NEED, beneficiary, need_record, offer_record, times_helped

log = logging.getLogger(__name__)

OPEN_OFFER_STATUSES = ("active",)
_NEGATIVE_PLEDGE_STATUSES = ("cancelled", "expired")


# --- records ----------------------------------------------------------------------------------------


def open_needs() -> list[Need]:
    """Return the published needs that still lack something."""
    stmt = select(Need).where(OPEN_NEED).order_by(Need.id)
    return list(db.session.scalars(stmt))


def open_offers() -> list[Offer]:
    """Return the active offers with something left to give."""
    stmt = (
        select(Offer)
        .where(Offer.status.in_(OPEN_OFFER_STATUSES), Offer.remaining > 0)
        .options(selectinload(Offer.category_rows), selectinload(Offer.region_rows), joinedload(Offer.organisation))
        .order_by(Offer.id)
    )
    return list(db.session.scalars(stmt).unique())


def scorer() -> matching.Scorer:
    """Return the scorer in use: the trained model when one was saved, the default weights otherwise.

    A model saved for another feature set (before the item and unit features, or before the priority
    feature: ``matching-scorer/2``) is refused by the matcher; the default weights are used until
    `flask match train` saves a new one.
    """
    path = model_path()
    cache = current_app.extensions.setdefault("matching", {})
    mtime = path.stat().st_mtime if path.exists() else None
    if cache.get("mtime") != mtime or "scorer" not in cache:
        try:
            cache["scorer"] = matching.load_scorer(path if mtime is not None else None)
        except matching.ModelError as exc:
            log.warning("ignoring saved model, using default weights: %s", exc)
            cache["scorer"] = matching.Scorer()
        cache["mtime"] = mtime
    return cache["scorer"]


def lexicon_dir() -> Path:
    """Return the folder of the offices' lexicon files (MATCH_LEXICON_DIR, default instance/matching/lexicon)."""
    configured = current_app.config.get("MATCH_LEXICON_DIR")
    return Path(configured) if configured else Path(current_app.instance_path) / "matching" / "lexicon"


def lexicon() -> matching.Lexicon:
    """Return the item lexicon in use: the built-in one plus every office file, reloaded when one changes."""
    files = sorted(lexicon_dir().glob("*.tsv")) if lexicon_dir().is_dir() else []
    stamp = tuple((f.name, f.stat().st_mtime_ns) for f in files)
    cache = current_app.extensions.setdefault("matching", {})
    if cache.get("lexicon_stamp") != stamp or "lexicon" not in cache:
        cache["lexicon"] = matching.Lexicon.load(*files) if files else matching.default_lexicon()
        cache["lexicon_stamp"] = stamp
    return cache["lexicon"]


def add_lexicon_file(source: Path) -> tuple[int, int]:
    """Check an office's lexicon file and put it in use; return (concepts before, concepts after).

    The file has the format of ``matching/data/lexicon.tsv``; a bad line raises Invalid naming the line,
    and nothing is installed. The next match run (and every live match) uses it.
    """
    before = len(lexicon())
    existing = sorted(lexicon_dir().glob("*.tsv")) if lexicon_dir().is_dir() else []
    target = lexicon_dir() / Path(source).name
    try:
        merged = matching.Lexicon.load(*[f for f in existing if f.name != target.name], source)
    except matching.InvalidRecord as exc:
        raise Invalid(f"词库文件有误：{exc}") from exc
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return before, len(merged)


def model_path() -> Path:
    """Return where the trained model lives (MATCH_MODEL_PATH, default instance/matching/model.joblib)."""
    configured = current_app.config["MATCH_MODEL_PATH"]
    return Path(configured) if configured else Path(current_app.instance_path) / "matching" / "model.joblib"


# --- recomputing matches ----------------------------------------------------------------------------


@dataclass
class RunReport:
    """What `run_matches` did."""

    needs: int
    offers: int
    written: int
    removed: int
    model_version: str


def _stored_reasons(m: dict) -> dict:
    reasons = dict(m["reasons"])
    if m.get("item_reason"):
        reasons["item_reason"] = m["item_reason"]
    return reasons


def _store(wanted: dict[tuple[int, int], dict], existing: dict[tuple[int, int], Match], version: str) -> int:
    """Insert or update the wanted pairs; return how many rows changed."""
    written = 0
    for key, m in wanted.items():
        row = existing.get(key)
        reasons = _stored_reasons(m)
        if row is None:
            db.session.add(Match(need_id=key[0], offer_id=key[1], score=m["score"], reasons=reasons,
                                 model_version=version))
            written += 1
        elif row.score != m["score"] or row.reasons != reasons or row.model_version != version:
            row.score, row.reasons, row.model_version = m["score"], reasons, version
            written += 1
    return written


def run_matches(top: int = 20, progress: Callable[[int], None] | None = None,
                shard: int = 0, shards: int = 1) -> RunReport:
    """Recompute the best needs of every open offer and store them as Match rows.

    Pairs that are no longer recommended are removed unless an office has suggested them. With
    ``shards > 1`` only the offers whose id is ``shard`` modulo ``shards`` are recomputed (and only
    their stale pairs removed), so the queue's workers can share a full run.
    """
    needs = open_needs()
    offers = [o for o in open_offers() if o.id % shards == shard]
    helped = times_helped()
    need_records = [need_record(n, helped.get(beneficiary(n), 0)) for n in needs]
    model, lex = scorer(), lexicon()
    batch = 500  # offers per batch: keeps progress visible and memory flat
    batches = ([offer_record(o) for o in offers[start:start + batch]] for start in range(0, len(offers), batch))
    results = []
    # The needs' side (tokens, TF-IDF, concepts, blocking) is built once for the whole run, not per batch.
    for lines in matching.recommend_batches(need_records, batches, top=top, model=model, lexicon=lex,
                                            item_reasons=True):
        results.extend(lines)
        if progress:
            progress(len(lines))
    wanted = {}
    for line in results:
        for m in line["matches"]:
            wanted[(int(m["need"]), int(line["offer"]))] = m
    rows = select(Match)
    if shards > 1:
        rows = rows.where(Match.offer_id % shards == shard)
    existing = {(m.need_id, m.offer_id): m for m in db.session.scalars(rows)}
    written = _store(wanted, existing, model.model_version)
    stale = [row for key, row in existing.items() if key not in wanted and row.suggested_at is None]
    for row in stale:
        db.session.delete(row)
    db.session.commit()
    return RunReport(len(needs), len(offers), written, len(stale), model.model_version)


def match_offer(offer_id: int, top: int = 20) -> int:
    """Recompute and store the best open needs of one offer (a new or edited offer); return rows written.

    An offer that is no longer open loses its unsuggested matches. The open needs come from this
    process's needs index (`services/need_index.py`: built at the first call, refreshed from the
    database before each), so one offer takes milliseconds at a million needs.
    """
    offer = db.session.get(Offer, offer_id)
    existing = {(m.need_id, m.offer_id): m
                for m in db.session.scalars(select(Match).where(Match.offer_id == offer_id))}
    wanted: dict[tuple[int, int], dict] = {}
    model = scorer()
    if offer is not None and offer.status in OPEN_OFFER_STATUSES and offer.remaining > 0:
        line = need_index.best_needs(offer_record(offer), model, lexicon(), top=top)
        wanted = {(int(m["need"]), offer_id): m for m in line}
    written = _store(wanted, existing, model.model_version)
    for key, row in existing.items():
        if key not in wanted and row.suggested_at is None:
            db.session.delete(row)
    db.session.commit()
    return written


def prepare_needs_index() -> int:
    """Build this process's needs index now (the worker, at start); return the number of open needs in it."""
    return need_index.prepare(scorer(), lexicon())


def match_need(need_id: int, top: int = 10) -> int:
    """Store the best open offers of one need (just published); return rows written."""
    need = db.session.get(Need, need_id)
    if need is None or need.status != "published" or need.remaining <= 0:
        return 0
    offers = open_offers()
    if not offers:
        return 0
    helped = times_helped([beneficiary(need)])
    model = scorer()
    line = matching.recommend([need_record(need, helped.get(beneficiary(need), 0))],
                              [offer_record(o) for o in offers], top=top, model=model, for_="needs",
                              lexicon=lexicon(), item_reasons=True)[0]
    wanted = {(need_id, int(m["offer"])): m for m in line["matches"]}
    existing = {(m.need_id, m.offer_id): m
                for m in db.session.scalars(select(Match).where(Match.need_id == need_id))}
    written = _store(wanted, existing, model.model_version)
    db.session.commit()
    return written


# --- what people see --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recommendation:
    """One recommended pair with its reasons in plain Chinese."""

    match: Match
    labels: list[str]


def _recommendations(stmt, limit: int) -> list[Recommendation]:
    rows = db.session.scalars(
        # The pages show Need.public_place: the village, or for a household need its township.
        stmt.options(
            joinedload(Match.need).joinedload(Need.village).joinedload(Village.township), joinedload(Match.offer)
        )
        .order_by(Match.score.desc(), Match.id).limit(limit)
    ).unique()
    return [Recommendation(m, matching.reason_labels(m.reasons)) for m in rows]


def my_recommendations(user: User, offer_id: int | None = None, limit: int = 20) -> list[Recommendation]:
    """Return 为您推荐 for the user's active offers, or for one of them; Forbidden for roles without offers."""
    from .offers import require_offer_poster

    require_offer_poster(user)
    if offer_id:
        return recommendations_for_offer(user, offer_id, limit)
    return recommendations_for_user(user, limit)


def recommendations_for_offer(user: User, offer_id: int, limit: int = 10) -> list[Recommendation]:
    """Return 为您推荐: the best open needs for one of the user's offers."""
    # The id comes from the query string: one past the column's range is simply no offer.
    offer = db.session.get(Offer, offer_id) if 0 < offer_id <= MAX_DB_INT else None
    if offer is None or not _owns(user, offer):
        raise NotFound("该帮扶资源不存在")
    stmt = select(Match).join(Need, Match.need_id == Need.id).where(
        Match.offer_id == offer.id, Need.status == "published", Need.quantity > Need.pledged_quantity
    )
    return _recommendations(stmt, limit)


def matches_for_offer(offer: Offer, limit: int = 10) -> list[Recommendation]:
    """Return 本资源可对接的需求: the stored best open needs of an offer, with their reasons.

    An active offer the matcher has not scored yet (the worker has not got to it) is scored now,
    so the page never falls back to a list that ignores what is asked for.
    """
    stmt = select(Match).join(Need, Match.need_id == Need.id).where(
        Match.offer_id == offer.id, Need.status == "published", Need.quantity > Need.pledged_quantity
    )
    found = _recommendations(stmt, limit)
    if not found and offer.status in OPEN_OFFER_STATUSES and offer.remaining > 0 and not db.session.scalar(
        select(func.count(Match.id)).where(Match.offer_id == offer.id)
    ):
        match_offer(offer.id)
        found = _recommendations(stmt, limit)
    return found


def _user_open_matches(user: User) -> tuple:
    """Return the WHERE of the user's recommendations: matches of its active offers with open needs (the
    statement joins Need and Offer)."""
    return (_owned_offers(user), Offer.status == "active", Need.status == "published",
            Need.quantity > Need.pledged_quantity)


def recommendations_for_user(user: User, limit: int = 10) -> list[Recommendation]:
    """Return the best open needs across all of the user's active offers."""
    stmt = (
        select(Match)
        .join(Need, Match.need_id == Need.id)
        .join(Offer, Match.offer_id == Offer.id)
        .where(*_user_open_matches(user))
    )
    return _recommendations(stmt, limit)


@dataclass(frozen=True)
class RecommendationRow:
    """A recommended pair as the donor's home lists it: plain values, not a Match with its need, the need's
    village and township, and its offer loaded as objects (those were about a tenth of the home's CPU,
    issue 14 sixth pass). ``need_place`` is ``Need.public_place`` (a household need's township, a village
    need's village); ``labels`` the reasons in plain Chinese."""

    need_id: int
    offer_id: int
    need_title: str
    need_place: str
    offer_title: str
    labels: list[str]


# The rows' columns and joins, built once: composing this select cost about as much as running it.
_RECOMMENDATION_ROWS = (
    select(Match.need_id, Match.offer_id, Match.reasons, Need.title, Need.household_id, Village.name, Region.name,
           Offer.title)
    .join(Need, Match.need_id == Need.id).join(Offer, Match.offer_id == Offer.id)
    .join(Village, Village.id == Need.village_id).join(Region, Region.code == Village.township_code)
    .order_by(Match.score.desc(), Match.id)
)


def recommendation_rows_for_user(user: User, limit: int = 5) -> list[RecommendationRow]:
    """Return ``recommendations_for_user``'s pairs, best first, as RecommendationRows: one statement."""
    stmt = _RECOMMENDATION_ROWS.where(*_user_open_matches(user)).limit(limit)
    return [RecommendationRow(need_id, offer_id, title, township_name if household_id is not None else village_name,
                              offer_title, matching.reason_labels(reasons))
            for need_id, offer_id, reasons, title, household_id, village_name, township_name, offer_title
            in db.session.execute(stmt)]


def _owns(user: User, offer: Offer) -> bool:
    if offer.poster_id == user.id:
        return True
    return user.role == "org_member" and offer.organisation_id is not None and offer.organisation_id == user.organisation_id


def _owned_offers(user: User):
    if user.role == "org_member" and user.organisation_id:
        return (Offer.poster_id == user.id) | (Offer.organisation_id == user.organisation_id)
    return Offer.poster_id == user.id


def unpledged_needs_with_offers(user: User, per_need: int = 3, limit: int = 50) -> list[tuple[Need, list[Recommendation]]]:
    """Return, for the office's published needs that nobody has pledged, the best offers for each."""
    if user.role not in ("office", "admin"):
        raise Forbidden("只有扶贫办工作人员可以查看")
    needs = list(
        db.session.scalars(
            select(Need)
            .where(Need.status == "published", Need.pledged_quantity == 0, scope.scope_filter(user, Need.region_code))
            .options(joinedload(Need.village))
            .order_by(Need.published_at, Need.id)
            .limit(limit)
        ).unique()
    )
    by_need: dict[int, list[Recommendation]] = {n.id: [] for n in needs}
    if needs:
        stmt = select(Match).join(Offer, Match.offer_id == Offer.id).where(
            Match.need_id.in_(list(by_need)), Offer.status == "active", Offer.remaining > 0
        )
        for rec in _recommendations(stmt, limit * per_need * 4):
            if len(by_need[rec.match.need_id]) < per_need:
                by_need[rec.match.need_id].append(rec)
    return [(n, by_need[n.id]) for n in needs]


def suggest(user: User, match_id: int) -> Match:
    """Send the offer's poster an office's suggestion to support the matched need."""
    if user.role not in ("office", "admin"):
        raise Forbidden("只有扶贫办工作人员可以推送建议")
    match = db.session.get(Match, match_id)
    if match is None:
        raise NotFound("该匹配不存在")
    scope.require_region(user, match.need.region_code)
    match.suggested_at = utcnow()
    notify.notify(
        [match.offer.poster],
        "match_suggestion",
        f"扶贫办建议您用“{match.offer.title}”帮扶需求“{match.need.title}”",
        f"/needs/{match.need_id}",
    )
    audit.record("match.suggest", "match", match.id, region_code=match.need.region_code,
                 detail={"need": match.need_id, "offer": match.offer_id}, actor=user)
    db.session.commit()
    return match


# --- learning from outcomes -------------------------------------------------------------------------


@dataclass
class TrainReport:
    """Held-out quality of a trained model against the model in use, and whether it replaced it."""

    pairs: int
    positives: int
    new_auc: float | None
    current_auc: float | None
    replaced: bool
    reason: str
    model_version: str


def training_pairs() -> tuple[list[tuple[Need, Offer]], np.ndarray]:
    """Return the labelled (need, offer) pairs of past outcomes and their labels (1 = helped)."""
    labels: dict[tuple[int, int], int] = {}
    pledges = db.session.execute(
        select(Pledge.need_id, Pledge.offer_id, Pledge.status).where(Pledge.offer_id.is_not(None))
    ).all()
    for need_id, offer_id, status in pledges:
        if status == "completed":
            labels[(need_id, offer_id)] = 1
        elif status in _NEGATIVE_PLEDGE_STATUSES:
            labels.setdefault((need_id, offer_id), 0)
    taken = {(n, o) for n, o, _ in pledges}
    for need_id, offer_id in db.session.execute(select(Match.need_id, Match.offer_id)).all():
        if (need_id, offer_id) not in taken:
            labels.setdefault((need_id, offer_id), 0)  # recommended and not taken
    needs = {n.id: n for n in db.session.scalars(select(Need).where(Need.id.in_({k[0] for k in labels})))}
    offers = {o.id: o for o in db.session.scalars(
        select(Offer).where(Offer.id.in_({k[1] for k in labels}))
        .options(selectinload(Offer.category_rows), selectinload(Offer.region_rows)))}
    pairs = [(needs[n], offers[o]) for n, o in labels if n in needs and o in offers]
    y = np.array([labels[(n.id, o.id)] for n, o in pairs], dtype=int)
    return pairs, y


def train(min_pairs: int = 20, holdout: float = 0.25, random_state: int = 2014, force: bool = False) -> TrainReport:
    """Fit a scorer on past outcomes, compare it on held-out pairs, and replace the model if better."""
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import train_test_split

    pairs, y = training_pairs()
    current = scorer()
    if len(pairs) < min_pairs or len(set(y.tolist())) < 2:
        return TrainReport(len(pairs), int(y.sum()) if len(y) else 0, None, None, False,
                           f"需要至少 {min_pairs} 个有正有负的历史结果，目前只有 {len(pairs)} 个", current.model_version)
    # Outcomes are judged as of their own time: deadlines and validity are hard rules, not features
    # to learn, so the records are compared as they were recorded.
    X, y = matching.outcome_features(
        [need_record(n) for n, _ in pairs], [offer_record(o) for _, o in pairs],
        [(str(n.id), str(o.id), int(label)) for (n, o), label in zip(pairs, y)],
    )
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=holdout, random_state=random_state, stratify=y if min(np.bincount(y)) >= 2 else None
    )
    if len(set(y_train.tolist())) < 2 or len(set(y_test.tolist())) < 2:
        return TrainReport(len(pairs), int(y.sum()), None, None, False, "训练集或验证集只有一类结果", current.model_version)
    model = matching.Scorer(random_state=random_state).fit(X_train, y_train)
    new_auc = float(roc_auc_score(y_test, model.score_features(X_test)))
    current_auc = float(roc_auc_score(y_test, current.score_features(X_test)))
    replace = force or new_auc >= current_auc
    if replace:
        final = matching.Scorer(random_state=random_state).fit(X, y)  # all outcomes, once validated
        path = model_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        final.save(path)
        version = final.model_version
        reason = "新模型验证集表现不低于当前模型，已替换" if not force else "按要求强制替换"
    else:
        version = current.model_version
        reason = "新模型验证集表现不如当前模型，保留当前模型"
    return TrainReport(len(pairs), int(y.sum()), new_auc, current_auc, replace, reason, version)



# --- allocating offers to needs ---------------------------------------------------------------------


@dataclass
class AllocationReport:
    """The optimal plan as allocate lines, and how it compares with greedy best-first."""

    assignments: list[dict]
    comparison: dict[str, dict]


def allocation_plan(max_per_beneficiary: int | None = None) -> AllocationReport:
    """Solve the assignment of open offers' quantities to open needs, and compare it with greedy.

    The plan is advice for offices (who steer offers with suggestions); it pledges nothing itself.
    """
    from matching.api import allocation_edges, plan_records

    helped = times_helped()
    needs = [need_record(n, helped.get(beneficiary(n), 0)) for n in open_needs()]
    offers = [offer_record(o) for o in open_offers()]
    data = matching.PairData(needs, offers, today=clock.china_today(), lexicon=lexicon())
    model = scorer()
    ni, oj, score = allocation_edges(data, model)
    optimal = matching.solve_allocation(data, ni, oj, score, max_per_beneficiary=max_per_beneficiary)
    greedy = matching.greedy_allocation(data, ni, oj, score, max_per_beneficiary=max_per_beneficiary)
    comparison = matching.compare_plans(data, {"optimal": optimal, "greedy": greedy})
    return AllocationReport(plan_records(data, optimal), comparison)
