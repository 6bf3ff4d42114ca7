"""Time-based transitions: expire unshipped pledges, needs whose deadline passed unpledged, and offers.

Every change is a conditional UPDATE that only the first runner wins, so `flask jobs run` is safe to
run repeatedly (cron) and concurrently (two machines): nothing is expired or given back twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from flask import current_app
from sqlalchemy import select, update

from ..extensions import db
from .. import clock
from ..models import Need, Pledge
from ..models._types import utcnow
from . import audit, notify
from .needs import link, touch_search
from .pledges import _beneficiary_side, release


@dataclass
class JobReport:
    """What one run changed."""

    pledges_expired: int = 0
    needs_expired: int = 0
    offers_expired: int = 0
    form_records_purged: int = 0
    idempotency_keys_purged: int = 0


def expire_pledges(now: datetime | None = None) -> int:
    """Expire pledges not shipped within PLEDGE_SHIP_DAYS; their quantity returns to the need and offer."""
    now = now or utcnow()
    cutoff = now - timedelta(days=current_app.config["PLEDGE_SHIP_DAYS"])
    ids = list(db.session.scalars(
        select(Pledge.id).where(Pledge.status == "pledged", Pledge.created_at < cutoff).order_by(Pledge.id)
    ))
    count = 0
    for pledge_id in ids:
        record = db.session.get(Pledge, pledge_id)
        if not release(record, "expired"):  # another runner (or the donor) got there first
            db.session.rollback()
            continue
        need = record.need
        days = current_app.config["PLEDGE_SHIP_DAYS"]
        notify.notify([record.donor], "pledge.expired",
                      f"您认领的“{need.title}”超过{days}天未发出，认领已过期，数量已退回",
                      link("needs.pledge_detail", pledge_id=record.id))
        notify.notify(_beneficiary_side(need), "pledge.expired",
                      f"需求“{need.title}”的一笔认领超过{days}天未发出，已过期，数量已退回",
                      link("needs.manage", need_id=need.id))
        db.session.commit()
        count += 1
    return count


def expire_needs(today: date | None = None) -> int:
    """Expire published needs whose deadline passed with nothing pledged; their posters may edit and resubmit."""
    today = today or clock.china_today()
    ids = list(db.session.scalars(
        select(Need.id).where(Need.status == "published", Need.pledged_quantity == 0, Need.deadline < today)
        .order_by(Need.id)
    ))
    count = 0
    for need_id in ids:
        result = db.session.execute(
            update(Need)
            .where(Need.id == need_id, Need.status == "published", Need.pledged_quantity == 0)
            .values(status="expired", updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            db.session.rollback()
            continue
        touch_search(need_id)
        need = db.session.get(Need, need_id)
        db.session.refresh(need)
        audit.record("need.expire", "need", need.id, need.region_code)
        notify.notify([need.posted_by], "need.expired",
                      f"需求“{need.title}”已过截止日期且无人认领，已过期；您可以修改后重新提交",
                      link("needs.manage", need_id=need.id))
        db.session.commit()
        count += 1
    return count


def run(now: datetime | None = None) -> JobReport:
    """Run every time-based transition once."""
    from . import api_tokens, offers, once

    now = now or utcnow()
    return JobReport(
        pledges_expired=expire_pledges(now),
        # Both by the China date of ``now``: the UTC date lags it by a day from 00:00 to 08:00 China time.
        needs_expired=expire_needs(clock.china_date(now)),
        offers_expired=offers.expire_offers(clock.china_date(now)),  # window closed → expired
        form_records_purged=once.purge(),  # no token older than FORM_TOKEN_MAX_AGE is accepted anyway
        idempotency_keys_purged=api_tokens.purge_idempotency_keys(now),
    )
