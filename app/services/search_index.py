"""Keep the search engine a projection of the database, through the outbox.

Every flush that creates, changes or deletes a need, an offer, a cooperation project or a match writes
an outbox row (index, document id) in the same transaction. After the request the outbox is drained:
each row's document is rebuilt from the database as it is now, so applying rows late or twice is
harmless, and a row whose object is no longer public becomes a delete. Rows the engine refuses stay
and are retried by the next drain or by ``flask search sync``; an engine outage loses nothing.

Bulk UPDATE statements bypass the ORM's flush, so services that use them call :func:`touch`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from flask import current_app, g, has_request_context
from sqlalchemy import delete, event, func, insert, select, update
from sqlalchemy.orm import Session, joinedload, selectinload

import search
from search import Change, IndexLost, Query, SearchEngine, SearchError, apply_changes

from ..extensions import db
from ..models import (
    PUBLIC_NEED_STATUSES,
    CooperationProject,
    Match,
    Need,
    Offer,
    OfferCategory,
    OfferRegion,
    ProjectUpdate,
    Region,
    SearchOutbox,
)

log = logging.getLogger(__name__)

INDEX_NAMES = ("needs", "offers", "projects", "matches")
INDEXED_OFFER_STATUSES = ("active",)
# Which index an ORM class feeds, and how to find the indexed object's id from a changed row.
_TRACKED: dict[type, tuple[str, Callable]] = {
    Need: ("needs", lambda o: o.id),
    Offer: ("offers", lambda o: o.id),
    OfferCategory: ("offers", lambda o: o.offer_id),
    OfferRegion: ("offers", lambda o: o.offer_id),
    CooperationProject: ("projects", lambda o: o.id),
    ProjectUpdate: ("projects", lambda o: o.project_id),
    Match: ("matches", lambda o: o.id),
}


# --- the engine -------------------------------------------------------------------------------------


def engine() -> SearchEngine:
    """Return the app's search engine: Elasticsearch when ELASTICSEARCH_URL is set, tantivy otherwise."""
    state = current_app.extensions.setdefault("search", {})
    if "engine" not in state:
        url = current_app.config.get("ELASTICSEARCH_URL")
        if url:
            state["engine"] = search.create_engine(url)
        else:
            state["engine"] = search.get_engine("tantivy", path=current_app.config["SEARCH_INDEX_DIR"])
    return state["engine"]


def engine_label() -> str:
    """Return where the app's engine lives, for messages: the Elasticsearch URL or the tantivy folder."""
    url = current_app.config.get("ELASTICSEARCH_URL")
    return f"Elasticsearch {url}" if url else f"tantivy {current_app.config['SEARCH_INDEX_DIR']}"


def set_engine(new_engine: SearchEngine) -> None:
    """Replace the app's engine (tests put a failing wrapper around the real one)."""
    current_app.extensions.setdefault("search", {})["engine"] = new_engine


def close_engine(app) -> None:
    """Close the app's engine, if one was opened."""
    state = app.extensions.get("search", {})
    if "engine" in state:
        state.pop("engine").close()


# --- capturing changes ------------------------------------------------------------------------------


def _outbox_rows(session: Session) -> list[dict]:
    rows = []
    for op, objects in (("upsert", session.new), ("upsert", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            tracked = _TRACKED.get(type(obj))
            if tracked is None:
                continue
            index_name, key = tracked
            doc_id = key(obj)
            if doc_id is None:
                continue
            # Deleting a child (a category of an offer) changes its parent, which stays.
            real_op = op if type(obj) in (Need, Offer, CooperationProject, Match) else "upsert"
            rows.append({"index_name": index_name, "op": real_op, "doc_id": str(doc_id)})
    return rows


def _after_flush(session: Session, _flush_context) -> None:
    rows = _outbox_rows(session)
    if rows:
        # Same connection, same transaction: the change and its outbox row commit or roll back together.
        unique = list({(r["index_name"], r["doc_id"]): r for r in rows}.values())
        session.connection().execute(insert(SearchOutbox), unique)
        if has_request_context():
            g.search_outbox_dirty = True


def touch(index_name: str, *doc_ids) -> None:
    """Queue documents whose rows changed through a bulk UPDATE the flush events cannot see."""
    if index_name not in INDEX_NAMES:
        raise ValueError(f"unknown index {index_name!r}")
    rows = [{"index_name": index_name, "op": "upsert", "doc_id": str(i)} for i in doc_ids]
    if rows:
        db.session.execute(insert(SearchOutbox), rows)
        if has_request_context():
            g.search_outbox_dirty = True


def init_app(app) -> None:
    """Capture index changes on every flush and drain the outbox after requests that wrote some."""
    if not event.contains(db.session, "after_flush", _after_flush):  # once, however many apps exist
        event.listen(db.session, "after_flush", _after_flush)

    @app.after_request
    def _drain_after_request(response):
        if g.pop("search_outbox_dirty", False) and app.config.get("SEARCH_SYNC_AFTER_REQUEST", True):
            # Whatever the view left uncommitted belongs to a refused change (a need whose photo was
            # refused after its row was flushed): drop it, or the drain's commit would store it.
            db.session.rollback()
            try:
                drain()
            except Exception:  # the request succeeded; the outbox keeps the change for later
                log.exception("search outbox drain failed; changes stay queued")
                db.session.rollback()
        return response


# --- building documents -----------------------------------------------------------------------------


class RegionNames:
    """Look up region names by code, caching what it has read."""

    def __init__(self):
        self._names: dict[str, str] = {}

    def preload(self) -> RegionNames:
        """Read every region above township level at once (for full rebuilds)."""
        rows = db.session.execute(select(Region.code, Region.name).where(Region.level != "township"))
        self._names.update(dict(rows.all()))
        return self

    def prime(self, codes) -> RegionNames:
        """Read the names of ``codes`` and of their ancestors in one query (for a list of facet values)."""
        wanted = {c[:n] for c in codes for n in (2, 4, 6, 9) if n <= len(c)} - self._names.keys()
        if wanted:
            self._names.update(dict(db.session.execute(select(Region.code, Region.name).where(Region.code.in_(wanted))).all()))
        return self

    def path(self, code: str) -> list[str]:
        """Return the names from the province down to ``code``'s township (villages are not regions)."""
        codes = [code[:n] for n in (2, 4, 6, 9) if n <= len(code)]
        missing = [c for c in codes if c not in self._names]
        if missing:
            self._names.update(dict(db.session.execute(select(Region.code, Region.name).where(Region.code.in_(missing))).all()))
        return [self._names[c] for c in codes if c in self._names]


def _day(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat()


def _region_fields(code: str, names: RegionNames, extra: str = "") -> dict:
    return {
        "region_code": code,
        "region_names": " ".join([*names.path(code), extra]).strip(),
        "province_code": code[:2],
        "prefecture_code": code[:4] if len(code) >= 4 else None,
        "county_code": code[:6] if len(code) >= 6 else None,
    }


def need_document(need: Need, names: RegionNames) -> dict:
    """Return the public search document of a need (masked: no personal data at all).

    A household need is placed at its township, code and names, like its public page: naming the
    village would point at the household. A village need names its village, its beneficiary.
    """
    household = need.household_id is not None
    return {
        "id": str(need.id),
        "title": need.title,
        "description": need.description,
        "category": need.category,
        "kind": need.kind,
        "status": need.status,
        "urgency": need.urgency,
        "quantity": float(need.quantity),
        "remaining": float(need.remaining),
        "unit": "元" if need.kind == "cash" else need.unit,
        **_region_fields(need.public_region_code, names, "" if household else need.village.name),
        "created": _day(need.published_at or need.created_at),
        "deadline": _day(need.deadline),
    }


def offer_document(offer: Offer, names: RegionNames) -> dict:
    """Return the search document of an offer."""
    from .offers import poster_label  # an individual donor is shown masked, in the index too

    return {
        "id": str(offer.id),
        "title": offer.title,
        "description": offer.description,
        "categories": offer.categories,
        "kind": offer.kind,
        "status": offer.status,
        "quantity": float(offer.quantity),
        "remaining": float(offer.remaining),
        "unit": "元" if offer.kind == "cash" else offer.unit,
        "regions": offer.regions,
        "poster_name": poster_label(offer),
        "org_kind": offer.organisation.kind if offer.organisation else "individual",
        "created": _day(offer.created_at),
        "valid_until": _day(offer.valid_until),
    }


def project_document(project: CooperationProject, names: RegionNames) -> dict:
    """Return the search document of a cooperation project."""
    return {
        "id": str(project.id),
        "title": project.title,
        "description": project.description,
        "category": project.category,
        "status": project.status,
        "year": project.year,
        "budget": float(project.budget),
        "helper_region_code": project.helper_region_code,
        "helper_region_names": " ".join(names.path(project.helper_region_code)),
        **_region_fields(project.recipient_region_code, names),
        "created": _day(project.created_at),
    }


def match_document(match: Match, names: RegionNames) -> dict:
    """Return the search document of a need–offer match."""
    return {
        "id": str(match.id),
        "need_id": str(match.need_id),
        "offer_id": str(match.offer_id),
        "score": float(match.score),
        "category": match.need.category,
        "region_code": match.need.public_region_code,
        "need_title": match.need.title,
        "offer_title": match.offer.title,
        "created": _day(match.created_at),
    }


@dataclass(frozen=True)
class _Source:
    """How one index is built from the database."""

    model: type
    statement: Callable
    build: Callable


def _sources() -> dict[str, _Source]:
    return {
        "needs": _Source(
            Need,
            lambda: select(Need).where(Need.status.in_(PUBLIC_NEED_STATUSES)).options(joinedload(Need.village)),
            need_document,
        ),
        "offers": _Source(
            Offer,
            lambda: select(Offer).where(Offer.status.in_(INDEXED_OFFER_STATUSES)).options(
                joinedload(Offer.organisation), joinedload(Offer.poster),
                selectinload(Offer.category_rows), selectinload(Offer.region_rows),
            ),
            offer_document,
        ),
        "projects": _Source(CooperationProject, lambda: select(CooperationProject), project_document),
        "matches": _Source(
            Match, lambda: select(Match).options(joinedload(Match.need), joinedload(Match.offer)), match_document
        ),
    }


def indexed_count(index_name: str) -> int:
    """Return how many rows of the database belong in ``index_name``."""
    stmt = _sources()[index_name].statement()
    return db.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def documents(index_name: str, batch_size: int = 2000) -> Iterator[dict]:
    """Yield every document of ``index_name`` from the database, in id order, batch by batch."""
    source = _sources()[index_name]
    names = RegionNames().preload()
    last_id = 0
    while True:
        stmt = source.statement().where(source.model.id > last_id).order_by(source.model.id).limit(batch_size)
        rows = list(db.session.scalars(stmt).unique())
        if not rows:
            return
        for row in rows:
            yield source.build(row, names)
        last_id = rows[-1].id
        db.session.expunge_all()  # keep memory flat on large rebuilds


# --- applying changes -------------------------------------------------------------------------------


@dataclass
class DrainReport:
    """What one drain did."""

    applied: int = 0
    failed: int = 0
    error: str = ""


def _changes_for(rows: list[SearchOutbox]) -> list[Change]:
    sources = _sources()
    names = RegionNames()
    wanted: dict[str, set[int]] = {}
    for row in rows:
        wanted.setdefault(row.index_name, set()).add(int(row.doc_id))
    current: dict[tuple[str, str], dict] = {}
    for index_name, ids in wanted.items():
        source = sources[index_name]
        for obj in db.session.scalars(source.statement().where(source.model.id.in_(ids))).unique():
            current[(index_name, str(obj.id))] = source.build(obj, names)
    changes = []
    for row in rows:
        document = current.get((row.index_name, row.doc_id))
        if document is not None:
            changes.append(Change(row.index_name, "upsert", row.doc_id, document, ref=row.id))
        else:  # gone, or no longer public: remove it from the index
            changes.append(Change(row.index_name, "delete", row.doc_id, None, ref=row.id))
    return changes


def drain(limit: int = 5000, target: SearchEngine | None = None) -> DrainReport:
    """Apply pending outbox rows in id order; delete the applied ones, keep and count the failed ones."""
    paused = rebuilding()
    stmt = select(SearchOutbox).where(SearchOutbox.doc_id != REBUILD_MARK)
    if paused:  # a rebuild of these indexes is running: their changes wait for the new index
        stmt = stmt.where(SearchOutbox.index_name.not_in(paused))
    rows = list(db.session.scalars(stmt.order_by(SearchOutbox.id).limit(limit)))
    if not rows:
        return DrainReport()
    changes = _changes_for(rows)
    result = apply_changes(target or engine(), changes)
    applied = [c.ref for c in result.applied]
    failed = [c.ref for c in result.failed]
    error = "; ".join(str(e) for e in result.errors)[:2000]
    if applied:
        db.session.execute(delete(SearchOutbox).where(SearchOutbox.id.in_(applied)))
    if failed:
        db.session.execute(
            update(SearchOutbox).where(SearchOutbox.id.in_(failed))
            .values(attempts=SearchOutbox.attempts + 1, last_error=error)
        )
    db.session.commit()
    return DrainReport(applied=len(applied), failed=len(failed), error=error)


def sync(progress: Callable[[int], None] | None = None) -> DrainReport:
    """Rebuild any index that was lost (see ``index_loss``), then drain the whole outbox batch by batch.

    Stops at the first batch the engine refuses.
    """
    for name in INDEX_NAMES:
        reason = index_loss(name)
        if reason:
            log.error("search index %s lost (%s); rebuilding it from the database", name, reason)
            try:
                reindex(name)
            except RebuildInProgress:
                log.warning("a rebuild of %s is already running", name)
    total = DrainReport()
    while True:
        report = drain()
        total.applied += report.applied
        total.failed = report.failed
        total.error = report.error
        if progress:
            progress(report.applied)
        if report.failed or report.applied == 0:
            return total


def backlog() -> int:
    """Return how many changes wait in the outbox."""
    return db.session.scalar(select(func.count(SearchOutbox.id)).where(SearchOutbox.doc_id != REBUILD_MARK)) or 0


# An outbox row with this document id marks a rebuild in progress: drains leave that index's rows
# alone, so a change made during the rebuild is applied to the new index, not lost with the old one.
REBUILD_MARK = "__rebuild__"


def rebuilding() -> set[str]:
    """Return the indexes a rebuild is running for."""
    return set(db.session.scalars(select(SearchOutbox.index_name).where(SearchOutbox.doc_id == REBUILD_MARK)))


class RebuildInProgress(RuntimeError):
    """Raised when a rebuild of the same index is already running (or an earlier one died)."""


def reindex(index_name: str, progress: Callable[[int], None] | None = None, force: bool = False) -> int:
    """Rebuild ``index_name`` from the database beside the live index, then swap it in.

    While it runs, drains leave the index's outbox rows queued; afterwards the rows the rebuild
    already contains are dropped and the rest are applied to the new index.
    """
    if index_name in rebuilding() and not force:
        raise RebuildInProgress(
            f"a rebuild of {index_name} is already running; if an earlier one died, rerun with --force"
        )

    def counted(docs: Iterable[dict]) -> Iterator[dict]:
        for doc in docs:
            if progress:
                progress(1)
            yield doc

    mark = SearchOutbox(index_name=index_name, op="upsert", doc_id=REBUILD_MARK)
    db.session.add(mark)
    db.session.commit()
    started_at = mark.id  # every change queued before this row is committed, so the rebuild reads it
    try:
        count = engine().recreate(index_name, counted(documents(index_name)))
        db.session.execute(  # the mark itself has id started_at
            delete(SearchOutbox).where(SearchOutbox.index_name == index_name, SearchOutbox.id <= started_at)
        )
        db.session.commit()
    finally:
        db.session.rollback()
        db.session.execute(
            delete(SearchOutbox).where(SearchOutbox.index_name == index_name, SearchOutbox.doc_id == REBUILD_MARK)
        )
        db.session.commit()
    drain()
    return count


def status() -> list[dict]:
    """Return, per index, the documents in the engine (None when it cannot say) and the rows in the database."""
    rows = []
    target = engine()
    healthy = target.health()  # one check: an engine that is down is not asked once per index
    for name in INDEX_NAMES:
        in_engine: int | None = None
        if healthy:
            try:
                in_engine = target.count(name)
            except SearchError:
                log.exception("counting the %s index failed", name)
        rows.append({"index": name, "engine": in_engine, "database": indexed_count(name)})
    return rows


def search_needs(query: Query):
    """Search the needs index; raises search.SearchError when the engine is down or the index is lost.

    At most every SEARCH_VERIFY_SECONDS per process the index's size is checked against the database
    (``index_loss``); a lost index raises IndexLost (the caller answers from the database with its
    notice), is logged, and is rebuilt in a background thread (or by the next ``flask search sync``).
    """
    state = current_app.extensions.setdefault("search", {})
    checked = state.get("needs_verified_at", 0.0)
    if time.monotonic() - checked >= float(current_app.config["SEARCH_VERIFY_SECONDS"]):
        reason = index_loss("needs")
        if reason:
            _index_lost("needs", reason)
        state["needs_verified_at"] = time.monotonic()
    try:
        return engine().search("needs", query)
    except IndexLost as exc:
        _index_lost("needs", str(exc))


# --- noticing a lost index --------------------------------------------------------------------------


def index_loss(index_name: str) -> str | None:
    """Return why ``index_name`` must be rebuilt (its files vanished, or it holds fewer documents than
    the database less the changes still queued for it), or None when it looks whole or the engine is down.
    """
    try:
        in_engine = engine().count(index_name)
    except IndexLost as exc:
        return str(exc)
    except SearchError:
        return None  # down, not lost: the outbox catches up when it returns
    expected = indexed_count(index_name)
    queued = db.session.scalar(
        select(func.count(SearchOutbox.id)).where(SearchOutbox.index_name == index_name)
    ) or 0
    if in_engine < expected - queued:
        return f"the engine holds {in_engine} documents of {index_name}, the database {expected} ({queued} queued)"
    return None


def _index_lost(index_name: str, reason: str):
    log.error("search index %s lost (%s); answering from the database and rebuilding it", index_name, reason)
    if current_app.config["SEARCH_REBUILD_IN_BACKGROUND"]:
        start_background_rebuild(index_name)
    raise IndexLost(reason)


_REBUILD_LOCK = threading.Lock()


def start_background_rebuild(index_name: str) -> threading.Thread | None:
    """Rebuild ``index_name`` from the database in a daemon thread, unless one is already running here."""
    app = current_app._get_current_object()
    threads: dict = app.extensions.setdefault("search", {}).setdefault("rebuild_threads", {})
    with _REBUILD_LOCK:
        running = threads.get(index_name)
        if running is not None and running.is_alive():
            return running

        def work():
            with app.app_context():
                try:
                    count = reindex(index_name)
                    log.warning("search index %s rebuilt from the database: %d documents", index_name, count)
                except RebuildInProgress:
                    log.warning("a rebuild of %s is already running elsewhere", index_name)
                except Exception:  # noqa: BLE001  (logged; the next flask search sync retries)
                    log.exception("background rebuild of %s failed", index_name)
                finally:
                    db.session.remove()

        thread = threading.Thread(target=work, name=f"rebuild-{index_name}", daemon=True)
        threads[index_name] = thread
        thread.start()
        return thread
