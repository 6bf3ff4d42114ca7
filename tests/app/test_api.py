"""The JSON API (issue 17) on the real app and database: tokens, errors, paging, masking, pledges."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.extensions import db
from app.models import ApiToken, AuditLog, Need, Pledge
from app.models._types import utcnow
from app.services import api_tokens
from tests.conftest import is_postgres, make_test_config

PASSWORD = "Correct-Horse-9"


def _bearer(secret: str) -> dict:
    return {"Authorization": f"Bearer {secret}"}


def _token(user, scopes=None, days=30) -> str:
    _t, secret = api_tokens.create_token(user, "测试", scopes or api_tokens.scopes_for(user), days)
    return secret


def _problem(response, status: int, slug: str) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert body["type"] == f"urn:fupin:problem:{slug}" and body["status"] == status
    assert re.search(r"[\u4e00-\u9fff]", body["title"]), "titles are Chinese"
    return body


# ------------------------------------------------------------------ the document and the docs


def test_openapi_document_is_openapi_3_1_and_lists_every_api_route(client, app):
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"] == "3.1.0"
    api_rules = {r.rule for r in app.url_map.iter_rules()
                 if r.rule.startswith("/api/v1/") and not r.rule.startswith(("/api/v1/docs", "/api/v1/openapi"))}
    documented = {re.sub(r"\{(\w+)\}", r"<\1>", p) for p in spec["paths"]}
    assert {re.sub(r"<(?:[^:>]+:)?(\w+)>", r"<\1>", r) for r in api_rules} == documented
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"


def test_interactive_docs_load_swagger_ui_from_the_app_itself(client):
    page = client.get("/api/v1/docs/")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(s.startswith("/") for s in sources), sources  # nothing from a CDN
    for source in sources:
        with client.get(source) as response:  # static files stream: close them
            assert response.status_code == 200, source
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]


# ------------------------------------------------------------------ tokens


def test_token_is_shown_once_on_the_account_page_and_stored_hashed(client, login_as):
    user = login_as("donor")
    page = client.post("/account/tokens", data={"name": "手机应用", "scopes": ["read", "pledge"], "days": "90"})
    assert page.status_code == 200
    secret = re.search(r"(fpat_[A-Za-z0-9_\-]+)", page.get_data(as_text=True)).group(1)
    token = db.session.scalar(select(ApiToken).where(ApiToken.user_id == user.id))
    assert token.token_hash == api_tokens.hash_secret(secret) and secret not in (token.token_hash, token.prefix)
    assert token.scope_list == ["read", "pledge"] and token.name == "手机应用"
    assert secret not in client.get("/account/tokens").get_data(as_text=True)  # never shown again
    other = client.application.test_client()
    assert other.get("/api/v1/pledges/", headers=_bearer(secret)).status_code == 200
    assert db.session.get(ApiToken, token.id).last_used_at is not None


def test_a_donor_cannot_grant_the_registry_scope(client, login_as):
    login_as("donor")
    page = client.post("/account/tokens", data={"name": "越权", "scopes": ["registry"], "days": "90"})
    assert page.status_code == 400 and "您的账号不能授予这些权限" in page.get_data(as_text=True)
    assert db.session.scalar(select(func.count(ApiToken.id))) == 0


def test_revoked_and_expired_tokens_are_refused(client, factory):
    donor = factory.make_user("donor")
    revoked, expired = _token(donor), _token(donor)
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == api_tokens.hash_secret(revoked)))
    api_tokens.revoke_token(donor, token.id)
    old = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == api_tokens.hash_secret(expired)))
    old.expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    for secret in (revoked, expired, "fpat_made-up", "not-even-a-token"):
        response = client.get("/api/v1/pledges/", headers=_bearer(secret))
        _problem(response, 401, "invalid-token")
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_disabled_account_s_tokens_stop_working(client, factory):
    donor = factory.make_user("donor")
    secret = _token(donor)
    donor.is_active_account = False
    db.session.commit()
    _problem(client.get("/api/v1/pledges/", headers=_bearer(secret)), 401, "invalid-token")


def test_revoking_from_the_account_page_ends_the_token(client, login_as):
    user = login_as("donor")
    secret = _token(user)
    token = db.session.scalar(select(ApiToken).where(ApiToken.user_id == user.id))
    assert client.post(f"/account/tokens/{token.id}/revoke").status_code == 302
    _problem(client.application.test_client().get("/api/v1/pledges/", headers=_bearer(secret)), 401, "invalid-token")
    assert db.session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "api_token.revoke")) == 1


# ------------------------------------------------------------------ errors, paging, ETag


def test_bad_filters_get_the_page_s_message_as_a_field_error(client):
    body = _problem(client.get("/api/v1/needs/?category=nonsense"), 400, "invalid")
    assert body["errors"] == [{"field": "category", "message": "需求类别无效"}]
    body = _problem(client.get("/api/v1/needs/?limit=101"), 400, "invalid")
    assert body["errors"][0]["field"] == "limit"
    _problem(client.get("/api/v1/needs/?cursor=!!!"), 400, "invalid")
    _problem(client.get("/api/v1/needs/999999"), 404, "not-found")
    _problem(client.delete("/api/v1/needs/"), 405, "method-not-allowed")


def test_cursor_pages_walk_every_public_need_once_in_the_page_order(client, factory):
    village = factory.make_village()
    made = [factory.make_need(village=village, title=f"需求编号{i:02d}号") for i in range(5)]
    factory.make_need(village=village, status="draft")  # never public
    seen, cursor = [], None
    for _ in range(5):
        response = client.get("/api/v1/needs/", query_string={"limit": 2, **({"cursor": cursor} if cursor else {})})
        body = response.get_json()
        assert body["total"] == 5 and len(body["items"]) <= 2
        seen += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(n.id for n in made) and len(seen) == 5
    assert seen == sorted(seen, reverse=True)  # newest first, as the needs page


def test_reads_carry_an_etag_and_answer_304_when_unchanged(client, factory):
    need = factory.make_need()
    first = client.get(f"/api/v1/needs/{need.id}")
    etag = first.headers["ETag"]
    assert client.get(f"/api/v1/needs/{need.id}", headers={"If-None-Match": etag}).status_code == 304
    need.title = "更新后的标题"
    db.session.commit()
    assert client.get(f"/api/v1/needs/{need.id}", headers={"If-None-Match": etag}).status_code == 200


# ------------------------------------------------------------------ personal data


def test_anonymous_need_answers_carry_no_personal_data_and_no_household_village(client, factory):
    household = factory.make_household(head_name="王建国", id_number="520526198001011234", phone="13912345678")
    need = factory.make_need(household=household)
    for path in (f"/api/v1/needs/{need.id}", "/api/v1/needs/", "/api/v1/search/?q=棉衣"):
        text = client.get(path).get_data(as_text=True)
        for secret in ("王建国", "520526198001011234", "13912345678", household.village.name,
                       household.village.code, household.address):
            assert secret not in text, (path, secret)
    record = client.get(f"/api/v1/needs/{need.id}").get_json()
    assert record["beneficiary"] == {"type": "household", "label": "王*国户"}
    assert record["place"]["region_code"] == household.village.township_code


# ------------------------------------------------------------------ pledges


def test_a_pledge_made_with_a_token_moves_the_need_and_shows_on_the_pages(client, factory):
    donor = factory.make_user("donor")
    need = factory.make_need(quantity=4)
    secret = _token(donor, ["read", "pledge"])
    response = client.post("/api/v1/pledges/", json={"need_id": need.id, "quantity": "4"}, headers=_bearer(secret))
    assert response.status_code == 201, response.get_data(as_text=True)
    record = db.session.get(Pledge, response.get_json()["id"])
    db.session.refresh(need)
    assert need.status == "pledged" and need.pledged_quantity == Decimal(4)  # as a form pledge moves it
    assert record.donor_id == donor.id and record.status == "pledged"
    assert db.session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "pledge.create",
                                                                   AuditLog.actor_id == donor.id)) == 1
    pages = client.application.test_client()
    pages.post("/auth/login", data={"username": donor.username, "password": PASSWORD})
    assert need.title in pages.get("/my/pledges").get_data(as_text=True)
    assert pages.get(f"/pledges/{record.id}").status_code == 200
    # and it ships and shows as shipped through the API
    shipped = client.post(f"/api/v1/pledges/{record.id}/ship", headers=_bearer(secret),
                          json={"method": "express", "carrier": "顺丰", "tracking_number": "SF123456"})
    assert shipped.status_code == 200 and shipped.get_json()["status"] == "shipped"


@pytest.mark.sqlite
@pytest.mark.skipif(is_postgres(), reason="another process holding SQLite's write lock is a SQLite situation")
def test_a_busy_database_answers_api_clients_503_problem_json_with_retry_after(app, db, factory, tmp_path):
    import subprocess
    import sys

    from app import create_app
    from tests.app.test_storage_failures import _HOLD_LOCK

    donor = factory.make_user("donor")
    need = factory.make_need(quantity=4)
    secret = _token(donor, ["read", "pledge"])
    quick = create_app(make_test_config(tmp_path, app.config["DATABASE_URL"], SQLITE_BUSY_TIMEOUT_MS=200))
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, db.engine.url.database], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with quick.app_context():
            response = quick.test_client().post("/api/v1/pledges/", json={"need_id": need.id, "quantity": "1"},
                                                headers={**_bearer(secret), "Idempotency-Key": "busy-1"})
            db.session.remove()
            db.engine.dispose()
    finally:
        holder.stdin.close()
        holder.wait(30)
        holder.stdout.close()
    body = _problem(response, 503, "busy")
    assert body["detail"] == "系统繁忙，请稍后再试。" and response.headers["Retry-After"] == "5"
    assert db.session.scalar(select(func.count(Pledge.id))) == 0
    retried = app.test_client().post("/api/v1/pledges/", json={"need_id": need.id, "quantity": "1"},
                                     headers={**_bearer(secret), "Idempotency-Key": "busy-1"})
    assert retried.status_code == 201, "the busy answer is not stored against the key: the retry runs"


def test_a_pledge_refused_by_the_service_gets_the_form_s_message_and_changes_nothing(client, factory):
    donor = factory.make_user("donor")
    need = factory.make_need(quantity=2)
    secret = _token(donor)
    body = _problem(client.post("/api/v1/pledges/", json={"need_id": need.id, "quantity": "abc"},
                                headers=_bearer(secret)), 400, "invalid")
    assert body["errors"] == [{"field": "quantity", "message": "认领数量必须是数字"}]
    body = _problem(client.post("/api/v1/pledges/", json={"need_id": need.id}, headers=_bearer(secret)),
                    400, "invalid")
    assert body["errors"] == [{"field": "quantity", "message": "此项为必填项"}]
    db.session.refresh(need)
    assert need.pledged_quantity == 0 and db.session.scalar(select(func.count(Pledge.id))) == 0


def test_cancel_returns_the_quantity_and_a_second_cancel_is_a_conflict(client, factory):
    donor = factory.make_user("donor")
    need = factory.make_need(quantity=3)
    secret = _token(donor)
    created = client.post("/api/v1/pledges/", json={"need_id": need.id, "quantity": "3"}, headers=_bearer(secret))
    pledge_id = created.get_json()["id"]
    assert client.post(f"/api/v1/pledges/{pledge_id}/cancel", headers=_bearer(secret)).status_code == 200
    db.session.refresh(need)
    assert need.status == "published" and need.pledged_quantity == 0
    _problem(client.post(f"/api/v1/pledges/{pledge_id}/cancel", headers=_bearer(secret)), 409, "conflict")


def test_a_retried_pledge_with_the_same_idempotency_key_pledges_once(client, factory):
    donor = factory.make_user("donor")
    need = factory.make_need(quantity=10)
    headers = {**_bearer(_token(donor)), "Idempotency-Key": "retry-1"}
    first = client.post("/api/v1/pledges/", json={"need_id": need.id, "quantity": "2"}, headers=headers)
    again = client.post("/api/v1/pledges/", json={"need_id": need.id, "quantity": "2"}, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.get_json() == again.get_json() and again.headers["Idempotent-Replayed"] == "true"
    db.session.refresh(need)
    assert need.pledged_quantity == Decimal(2) and db.session.scalar(select(func.count(Pledge.id))) == 1
    _problem(client.post("/api/v1/pledges/", json={"need_id": need.id, "quantity": "3"}, headers=headers),
             422, "idempotency-key-reused")
    assert db.session.scalar(select(func.count(Pledge.id))) == 1


def test_a_token_without_the_pledge_scope_cannot_pledge(client, factory):
    donor = factory.make_user("donor")
    need = factory.make_need()
    _problem(client.post("/api/v1/pledges/", json={"need_id": need.id, "quantity": "1"},
                         headers=_bearer(_token(donor, ["read"]))), 403, "insufficient-scope")
    assert db.session.scalar(select(func.count(Pledge.id))) == 0


def test_a_village_officer_token_cannot_pledge_even_with_a_session_role_check(client, factory):
    officer = factory.make_user("village_officer")
    need = factory.make_need()
    _problem(client.post("/api/v1/pledges/", json={"need_id": need.id, "quantity": "1"},
                         headers=_bearer(_token(officer))), 403, "insufficient-scope")


# ------------------------------------------------------------------ CSRF and throttling


def test_cookie_writes_need_the_csrf_token_and_bearer_writes_do_not(app, client, login_as, factory, monkeypatch):
    need = factory.make_need(quantity=5)
    login_as("donor")
    monkeypatch.setitem(app.config, "WTF_CSRF_ENABLED", True)
    _problem(client.post("/api/v1/pledges/", json={"need_id": need.id, "quantity": "1"}), 400, "csrf")
    page = client.get("/account/tokens").get_data(as_text=True)
    csrf_token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    ok = client.post("/api/v1/pledges/", json={"need_id": need.id, "quantity": "1"},
                     headers={"X-CSRFToken": csrf_token})
    assert ok.status_code == 201, ok.get_data(as_text=True)
    other_donor = factory.make_user("donor")
    bearer = app.test_client().post("/api/v1/pledges/", json={"need_id": need.id, "quantity": "1"},
                                    headers=_bearer(_token(other_donor)))
    assert bearer.status_code == 201


def test_requests_are_throttled_per_token_and_per_address(app, db, tmp_path):
    from app import create_app

    throttled = create_app(make_test_config(tmp_path, app.config["DATABASE_URL"], RATELIMIT_ENABLED=True,
                                            API_REQUESTS_PER_ADDRESS="3 per minute",
                                            API_REQUESTS_PER_TOKEN="2 per minute"))
    with throttled.app_context():
        client = throttled.test_client()
        answers = [client.get("/api/v1/regions/").status_code for _ in range(4)]
        assert answers == [200, 200, 200, 429]
        from tests import factories

        secret = _token(factories.make_user("donor"))
        answers = [client.get("/api/v1/pledges/", headers=_bearer(secret)).status_code for _ in range(3)]
        assert answers == [200, 200, 429]
        assert client.get("/api/v1/pledges/", headers=_bearer(secret)).headers["Retry-After"]
        db.session.remove()
        db.engine.dispose()


# ------------------------------------------------------------------ offers


OFFER = {"kind": "goods", "title": "冬季棉衣五十件", "categories": ["living"], "quantity": "50", "unit": "件"}


def test_an_offer_posted_with_a_token_is_public_and_managed_through_its_states(client, factory):
    donor = factory.make_user("donor")
    headers = {**_bearer(_token(donor)), "Idempotency-Key": "offer-1"}
    created = client.post("/api/v1/offers/", json=OFFER, headers=headers)
    assert created.status_code == 201, created.get_data(as_text=True)
    again = client.post("/api/v1/offers/", json=OFFER, headers=headers)
    assert again.get_json()["id"] == created.get_json()["id"]  # the retry posted nothing new
    offer_id = created.get_json()["id"]
    assert client.get(f"/api/v1/offers/{offer_id}").get_json()["poster"].startswith("爱心人士")
    assert "冬季棉衣五十件" in client.get(f"/offers/{offer_id}").get_data(as_text=True)  # on the page too
    edited = client.put(f"/api/v1/offers/{offer_id}", json={**OFFER, "quantity": "60"}, headers=_bearer(_token(donor)))
    assert edited.status_code == 200 and edited.get_json()["quantity"] == "60.00"
    secret = _token(donor)
    assert client.post(f"/api/v1/offers/{offer_id}/pause", headers=_bearer(secret)).get_json()["status"] == "paused"
    _problem(client.post(f"/api/v1/offers/{offer_id}/pause", headers=_bearer(secret)), 409, "conflict")
    assert client.post(f"/api/v1/offers/{offer_id}/withdraw", headers=_bearer(secret)).status_code == 200
    assert [o["id"] for o in client.get("/api/v1/my/offers", headers=_bearer(secret)).get_json()] == [offer_id]


def test_an_offer_breaking_a_rule_gets_the_form_s_message(client, factory):
    donor = factory.make_user("donor")
    body = _problem(client.post("/api/v1/offers/", json={**OFFER, "title": "短"}, headers=_bearer(_token(donor))),
                    400, "invalid")
    assert body["errors"] == [{"field": "title", "message": "标题应为4–40个字"}]


def test_another_donor_cannot_edit_or_pause_an_offer(client, factory):
    owner, other = factory.make_user("donor"), factory.make_user("donor")
    offer = factory.make_offer(owner)
    _problem(client.put(f"/api/v1/offers/{offer.id}", json=OFFER, headers=_bearer(_token(other))), 403, "forbidden")
    _problem(client.post(f"/api/v1/offers/{offer.id}/pause", headers=_bearer(_token(other))), 403, "forbidden")


def test_recommendations_carry_the_need_masked_and_the_reasons(client, factory):
    from app.models import Match

    donor = factory.make_user("donor")
    offer = factory.make_offer(donor)
    household = factory.make_household(head_name="李秀英")
    need = factory.make_need(household=household)
    db.session.add(Match(need_id=need.id, offer_id=offer.id, score=0.9, reasons={}, model_version="test"))
    db.session.commit()
    answer = client.get(f"/api/v1/offers/{offer.id}/recommendations", headers=_bearer(_token(donor)))
    assert answer.status_code == 200
    [item] = answer.get_json()
    assert item["need"]["id"] == need.id and item["need"]["beneficiary"]["label"] == "李*英户"
    assert "李秀英" not in answer.get_data(as_text=True) and isinstance(item["reasons"], list)


# ------------------------------------------------------------------ the field's needs and the review queue


NEED = {"category": "living", "kind": "goods", "title": "冬季棉衣被褥", "quantity": "2", "unit": "件",
        "description": "家中老人过冬缺少棉衣和棉被。"}


def test_a_need_lives_its_whole_life_through_the_api(client, factory):
    village = factory.make_village()
    household = factory.make_household(village)
    officer = factory.make_user("village_officer", village_id=village.id)
    township, county = factory.make_office("township"), factory.make_office("county")
    donor = factory.make_user("donor")
    officer_h, donor_h = _bearer(_token(officer)), _bearer(_token(donor))
    created = client.post("/api/v1/work/needs", json={**NEED, "beneficiary": f"h{household.id}", "submit": True},
                          headers={**officer_h, "Idempotency-Key": "need-1"})
    assert created.status_code == 201, created.get_data(as_text=True)
    need_id = created.get_json()["id"]
    assert created.get_json()["status"] == "pending"
    for office in (township, county):
        queue = client.get("/api/v1/review", headers=_bearer(_token(office))).get_json()
        assert [item["need"]["id"] for item in queue] == [need_id]
        assert client.post(f"/api/v1/review/{need_id}/approve", headers=_bearer(_token(office))).status_code == 200
    assert client.get(f"/api/v1/needs/{need_id}").get_json()["status"] == "published"
    pledge = client.post("/api/v1/pledges/", json={"need_id": need_id, "quantity": "2"}, headers=donor_h).get_json()
    client.post(f"/api/v1/pledges/{pledge['id']}/ship", json={"method": "in_person", "handover_date": "2026-12-01"},
                headers=donor_h)
    received = client.post(f"/api/v1/work/pledges/{pledge['id']}/receive", headers=officer_h)
    assert received.status_code == 200 and received.get_json()["status"] in ("received", "completed")
    assert db.session.get(Need, need_id).status == "completed"
    thanks = client.post(f"/api/v1/work/needs/{need_id}/thanks", json={"text": "感谢爱心人士送来的棉衣！"},
                         headers=officer_h)
    assert thanks.status_code == 201, thanks.get_data(as_text=True)
    assert "感谢爱心人士送来的棉衣" in client.get(f"/needs/{need_id}").get_data(as_text=True)


def test_thanks_with_photos_go_through_the_upload_checks_and_show_on_the_need_s_page(client, factory):
    import io

    from app.models import Feedback, Photo
    from tests.app.needlife import png_bytes

    village = factory.make_village()
    officer = factory.make_user("village_officer", village_id=village.id)
    need = factory.make_need(village=village, posted_by=officer, status="completed")
    factory.make_pledge(need, status="received")
    officer_h = _bearer(_token(officer))
    refused = client.post(f"/api/v1/work/needs/{need.id}/thanks-with-photos", headers=officer_h,
                          data={"text": "感谢爱心人士送来的棉衣！", "photos": (io.BytesIO(b"not an image"), "a.png")},
                          content_type="multipart/form-data")
    body = _problem(refused, 400, "invalid")
    assert body["errors"][0]["field"] == "photos"
    assert db.session.scalar(select(func.count(Feedback.id))) == 0
    answer = client.post(f"/api/v1/work/needs/{need.id}/thanks-with-photos", headers=officer_h,
                         data={"text": "感谢爱心人士送来的棉衣！", "photos": [(io.BytesIO(png_bytes()), "a.png"),
                                                                      (io.BytesIO(png_bytes()), "b.png")]},
                         content_type="multipart/form-data")
    assert answer.status_code == 201, answer.get_data(as_text=True)
    assert answer.get_json()["photos"] == 2
    [photo_id, _second] = db.session.scalars(select(Photo.id).where(Photo.feedback_id == answer.get_json()["id"]))
    assert f"/photos/{photo_id}" in client.get(f"/needs/{need.id}").get_data(as_text=True)


def test_rejecting_without_a_reason_gets_the_form_s_message_and_a_reason_returns_the_need(client, factory):
    village = factory.make_village()
    officer = factory.make_user("village_officer", village_id=village.id)
    need = factory.make_need(village=village, status="pending", posted_by=officer, submitted_at=utcnow())
    township = _bearer(_token(factory.make_office("township")))
    body = _problem(client.post(f"/api/v1/review/{need.id}/reject", json={}, headers=township), 400, "invalid")
    assert body["errors"][0]["field"] == "reason"
    assert db.session.get(Need, need.id).status == "pending"
    rejected = client.post(f"/api/v1/review/{need.id}/reject", json={"reason": "照片不清楚"}, headers=township)
    assert rejected.status_code == 200 and rejected.get_json()["status"] == "rejected"
    mine = client.get("/api/v1/work/needs?status=rejected", headers=_bearer(_token(officer))).get_json()
    assert mine[0]["reviews"][-1]["reason"] == "照片不清楚"


def test_an_office_of_another_county_cannot_see_or_review_the_need(client, factory):
    need = factory.make_need(status="pending", submitted_at=utcnow())
    other = _bearer(_token(factory.make_office("county", "520527")))
    _problem(client.get(f"/api/v1/work/needs/{need.id}", headers=other), 404, "not-found")
    _problem(client.post(f"/api/v1/review/{need.id}/approve", headers=other), 404, "not-found")


# ------------------------------------------------------------------ the registry


def _household_fields(household) -> dict:
    return {"head_name": household.head_name, "id_number": household.id_number, "phone": household.phone,
            "address": household.address, "members_count": household.members_count,
            "attribute": household.attribute, "main_cause": household.main_cause,
            "other_causes": household.other_causes, "income_per_capita": household.income_per_capita,
            "registered_year": household.registered_year, "planned_exit_year": household.planned_exit_year,
            "status": household.status, "village_id": household.village_id,
            "members": [(m.name, m.relation, m.gender, m.birth_year, m.health, m.education)
                        for m in household.members]}


def _excel_upsert(user, household_row: list, member_rows: list[list]) -> "registry_import.ImportReport":
    import io

    from openpyxl import Workbook

    from app.services import registry_import

    book = Workbook()
    book.active.title = registry_import.HOUSEHOLD_SHEET
    book.active.append(list(registry_import.HOUSEHOLD_COLUMNS))
    book.active.append(household_row)
    members = book.create_sheet(registry_import.MEMBER_SHEET)
    members.append(list(registry_import.MEMBER_COLUMNS))
    for row in member_rows:
        members.append(row)
    out = io.BytesIO()
    book.save(out)
    return registry_import.import_workbook(user, out.getvalue())


def test_a_household_upserted_through_the_api_equals_one_imported_from_excel(client, factory):
    from app.models import Household
    from app.services import registry
    from tests.app.needlife import id_number

    village = factory.make_village()
    county = factory.make_office("county")
    first, second = id_number(11, "19700304"), id_number(13, "19700304")  # same gender digit parity
    row = ["张三明", "13900001111", "一组", 4, "一般贫困户", "因病", "缺技术，缺资金", 2800, 2014, 2019]
    members = [["李秀英", "配偶", "女", 1972, "长期慢性病", "初中"], ["张小明", "子女", "男", 2001, "健康", "高中"]]
    report = _excel_upsert(county, [village.code, row[0], first, *row[1:]], [[first, *m] for m in members])
    assert (report.created, report.errors) == (1, [])
    api_row = {"village_code": village.code, "head_name": "张三明", "id_number": second, "phone": "13900001111",
               "address": "一组", "members_count": 4, "attribute": "general", "main_cause": "illness",
               "other_causes": ["缺技术", "lack_funds"], "income_per_capita": 2800, "registered_year": 2014,
               "planned_exit_year": 2019,
               "members": [{"name": "李秀英", "relation": "配偶", "gender": "female", "birth_year": 1972,
                            "health": "长期慢性病", "education": "初中"},
                           {"name": "张小明", "relation": "子女", "gender": "男", "birth_year": "2001",
                            "health": "健康", "education": "高中"}]}
    answer = client.post("/api/v1/registry/households/import", json={"households": [api_row]},
                         headers=_bearer(_token(county)))
    assert answer.status_code == 201, answer.get_data(as_text=True)
    assert answer.get_json() == {"created": 1, "updated": 0}

    def both():
        db.session.expire_all()
        by_excel, by_api = (db.session.scalar(select(Household).where(Household.id_fingerprint == fp))
                            for fp in (registry.cipher().fingerprint(first), registry.cipher().fingerprint(second)))
        excel, api = _household_fields(by_excel), _household_fields(by_api)
        assert excel.pop("id_number") == first and api.pop("id_number") == second
        return excel, api

    excel, api = both()
    assert api == excel and len(api["members"]) == 3
    # The same update through both doors: new income, one member fewer.
    row[7] = 3600
    report = _excel_upsert(county, [village.code, row[0], first, *row[1:]], [[first, *members[0]]])
    assert (report.updated, report.errors) == (1, [])
    answer = client.post("/api/v1/registry/households/import", headers=_bearer(_token(county)), json={
        "households": [{**api_row, "income_per_capita": "3600", "members": api_row["members"][:1]}]})
    assert answer.get_json() == {"created": 0, "updated": 1}
    excel, api = both()
    assert api == excel and api["income_per_capita"] == 3600 and len(api["members"]) == 2


def test_a_bulk_upsert_names_bad_member_rows_by_household_and_member_index(client, factory):
    from app.models import Household
    from tests.app.needlife import id_number

    village = factory.make_village()
    county = factory.make_office("county")
    good = {"village_code": village.code, "head_name": "李四", "id_number": id_number(21, "19700304"),
            "members_count": 2, "main_cause": "因病", "registered_year": 2015}
    rows = [good, {**good, "id_number": id_number(22, "19700304"),
                   "members": [{"name": "甲", "relation": "子女", "gender": "男"},
                               {"name": "乙", "relation": "邻居", "gender": "男"},
                               {"name": "丙", "relation": "子女", "gender": "female"}]}]
    body = _problem(client.post("/api/v1/registry/households/import", json={"households": rows},
                                headers=_bearer(_token(county))), 400, "invalid")
    assert body["errors"] == [
        {"field": "households[1]", "message": "家庭成员（含户主）有3人，多于家庭人口2"},
        {"field": "households[1].members[1]",
         "message": "与户主关系“邻居”无效（可选：户主、配偶、子女、父母、祖父母、孙子女、兄弟姐妹、其他）"}]
    assert db.session.scalar(select(func.count(Household.id))) == 0


def test_a_bulk_import_with_bad_rows_imports_nothing_and_names_every_bad_row_by_index(client, factory):
    from app.models import Household
    from tests.app.needlife import id_number

    village = factory.make_village()
    county = factory.make_office("county")
    good = {"village_code": village.code, "head_name": "李四", "id_number": id_number(21, "19700304"),
            "members_count": 2, "main_cause": "因病", "registered_year": 2015}
    rows = [good, {**good, "id_number": "123"}, {**good, "id_number": id_number(22, "19700304"),
                                                  "main_cause": "天灾"}, {**good}]
    body = _problem(client.post("/api/v1/registry/households/import", json={"households": rows},
                                headers=_bearer(_token(county))), 400, "invalid")
    fields = [e["field"] for e in body["errors"]]
    assert "households[1]" in fields and "households[2]" in fields and "households[3]" in fields
    assert "households[0]" not in fields
    assert any("主要致贫原因“天灾”无效" in e["message"] for e in body["errors"])
    assert db.session.scalar(select(func.count(Household.id))) == 0


def test_reading_a_household_s_personal_data_is_audited_and_limited_to_the_scope(client, factory):
    household = factory.make_household(head_name="赵秘密")
    county = factory.make_office("county")
    detail = client.get(f"/api/v1/registry/households/{household.id}", headers=_bearer(_token(county)))
    assert detail.status_code == 200 and detail.get_json()["head_name"] == "赵秘密"
    assert db.session.scalar(select(func.count(AuditLog.id)).where(
        AuditLog.action == "household.view_personal", AuditLog.object_id == str(household.id))) == 1
    listing = client.get("/api/v1/registry/households", headers=_bearer(_token(county))).get_data(as_text=True)
    assert "赵秘密" not in listing and "赵*密" in listing
    other = _bearer(_token(factory.make_office("county", "520527")))
    _problem(client.get(f"/api/v1/registry/households/{household.id}", headers=other), 404, "not-found")
    donor = factory.make_user("donor")
    with pytest.raises(Exception, match="您的账号不能授予这些权限"):
        api_tokens.create_token(donor, "x", ["registry"], 30)


def test_photos_are_added_to_a_draft_through_the_api_and_checked_like_the_form_s(client, factory):
    import io

    from tests.app.needlife import png_bytes

    village = factory.make_village()
    officer = factory.make_user("village_officer", village_id=village.id)
    need = factory.make_need(village=village, status="draft", posted_by=officer)
    headers = _bearer(_token(officer))
    added = client.post(f"/api/v1/work/needs/{need.id}/photos", headers=headers,
                        data={"photos": [(io.BytesIO(png_bytes()), "a.png"), (io.BytesIO(png_bytes()), "b.png")]})
    assert added.status_code == 200, added.get_data(as_text=True)
    db.session.refresh(need)
    assert len(need.photos) == 2 and need.title == "冬季棉衣被褥"  # nothing else changed
    not_an_image = client.post(f"/api/v1/work/needs/{need.id}/photos", headers=headers,
                               data={"photos": [(io.BytesIO(b"plain text"), "c.png")]})
    assert not_an_image.status_code == 400 and not_an_image.mimetype == "application/problem+json"
    photo_id = need.photos[0].id
    assert client.delete(f"/api/v1/work/needs/{need.id}/photos/{photo_id}", headers=headers).status_code == 204
    db.session.refresh(need)
    assert len(need.photos) == 1


def test_the_offer_poster_gate_is_the_service_s_one_message_for_page_and_api(client, factory, login_as):
    from app.errors import Forbidden
    from app.services import matching, offers

    officer = factory.make_user("village_officer")
    for call in (lambda: offers.my_offers(officer), lambda: matching.my_recommendations(officer)):
        with pytest.raises(Forbidden, match="只有个人捐赠者和机构成员有自己的帮扶资源"):
            call()
    for path in ("/api/v1/my/offers", "/api/v1/my/recommendations"):
        body = _problem(client.get(path, headers=_bearer(_token(officer))), 403, "forbidden")
        assert body["detail"] == "只有个人捐赠者和机构成员有自己的帮扶资源"
    login_as("village_officer")
    page = client.get("/offers/mine")
    assert page.status_code == 403 and "只有个人捐赠者和机构成员有自己的帮扶资源" in page.get_data(as_text=True)
    assert offers.my_offers(factory.make_user("donor")) == []
