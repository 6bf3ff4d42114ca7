"""Every date of the need's life is the China date (app.clock), tested at 00:30 and 23:30 China time.

The process clock is moved with time-machine to the UTC instant (a ZoneInfo destination would also
switch the process's local zone to China); the server's own zone stays UTC, as on most servers, so
00:30 in China is still the previous day there.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine

from app import clock
from app.extensions import db
from app.models import Need, Offer
from app.services import jobs
from tests.app.needlife import make_world, need_form, sign_in

AFTER_MIDNIGHT = datetime(2026, 12, 2, 0, 30, tzinfo=clock.CHINA).astimezone(UTC)  # 2026-12-01 16:30 UTC
LATE_EVENING = datetime(2026, 12, 2, 23, 30, tzinfo=clock.CHINA).astimezone(UTC)  # 2026-12-02 15:30 UTC
CHINA_TODAY = date(2026, 12, 2)
CHINA_YESTERDAY = date(2026, 12, 1)


@pytest.mark.parametrize("moment", [AFTER_MIDNIGHT, LATE_EVENING], ids=["00:30", "23:30"])
def test_the_china_date_is_the_calendar_date_in_shanghai(moment):
    with time_machine.travel(moment, tick=False):
        assert clock.china_today() == CHINA_TODAY
    assert clock.china_date(moment) == CHINA_TODAY
    with pytest.raises(ValueError):
        clock.china_date(datetime(2026, 12, 2, 0, 30))


@pytest.mark.parametrize("moment", [AFTER_MIDNIGHT, LATE_EVENING], ids=["00:30", "23:30"])
def test_the_job_expires_a_need_whose_china_deadline_passed_and_keeps_one_due_today(factory, moment):
    passed = factory.make_need(deadline=CHINA_YESTERDAY)
    due_today = factory.make_need(deadline=CHINA_TODAY)
    with time_machine.travel(moment, tick=False):
        report = jobs.run()
    db.session.expire_all()
    assert report.needs_expired == 1
    assert db.session.get(Need, passed.id).status == "expired"
    assert db.session.get(Need, due_today.id).status == "published"


@pytest.mark.parametrize("moment", [AFTER_MIDNIGHT, LATE_EVENING], ids=["00:30", "23:30"])
def test_the_job_expires_needs_and_offers_by_the_same_date(factory, moment):
    need = factory.make_need(deadline=CHINA_YESTERDAY)
    offer = factory.make_offer(valid_until=CHINA_YESTERDAY)
    with time_machine.travel(moment, tick=False):
        report = jobs.run()
    db.session.expire_all()
    assert (report.needs_expired, report.offers_expired) == (1, 1)
    assert (db.session.get(Need, need.id).status, db.session.get(Offer, offer.id).status) == ("expired", "expired")


@pytest.mark.parametrize("moment", [AFTER_MIDNIGHT, LATE_EVENING], ids=["00:30", "23:30"])
def test_the_need_form_refuses_yesterdays_china_deadline_and_accepts_today(client, db, moment):
    world = make_world()
    # Signed in at the travelled moment: Flask refuses a session cookie signed later than the clock reads
    # (itsdangerous: negative age), and these moments are fixed dates, in the past since 2026-12-01 16:30 UTC.
    with time_machine.travel(moment, tick=False):
        sign_in(client, world.officer)
        refused = client.post("/work/needs/new", data=need_form(f"h{world.household.id}",
                                                               deadline=CHINA_YESTERDAY.isoformat()))
        accepted = client.post("/work/needs/new", data=need_form(f"h{world.household.id}",
                                                                deadline=CHINA_TODAY.isoformat()))
    assert refused.status_code == 200
    assert "截止日期不能早于今天" in refused.get_data(as_text=True)
    assert accepted.status_code == 302
    assert [n.deadline for n in db.session.query(Need).all()] == [CHINA_TODAY]


def test_the_offer_form_refuses_a_window_that_ended_yesterday_in_china(client, login_as):
    with time_machine.travel(AFTER_MIDNIGHT, tick=False):  # signed in at that moment too (see above)
        login_as("donor")
        response = client.post("/offers/new", data={
            "kind": "goods", "title": "冬衣捐赠二十件", "description": "全新冬衣。", "categories": ["living"],
            "quantity": "20", "unit": "件", "valid_from": CHINA_YESTERDAY.isoformat(),
            "valid_until": CHINA_YESTERDAY.isoformat()})
    assert "有效期结束日期不能早于今天" in response.get_data(as_text=True)
    assert db.session.query(Offer).count() == 0


def test_the_matcher_dates_a_need_by_the_china_date_of_its_publication(factory):
    from app.services import matching as matching_service

    # Published 2026-12-01 17:00 UTC, which is 2026-12-02 01:00 in China.
    need = factory.make_need()
    need.published_at = datetime(2026, 12, 1, 17, 0, tzinfo=UTC)
    db.session.commit()
    assert matching_service.need_record(need).created == CHINA_TODAY
