"""The API throttle counts in Redis: per token and per address, shared by every worker, answered 429 problem+json."""

from __future__ import annotations

import os
import uuid

import pytest

from app import create_app
from app.extensions import db as _db
from app.services import api_tokens
from tests.conftest import make_test_config

REDIS_URL = os.environ.get("TEST_REDIS_URL", "")
pytestmark = pytest.mark.skipif(not REDIS_URL, reason="TEST_REDIS_URL is not set: the API throttle's Redis test "
                                                      "needs a Redis server (make services starts one)")


@pytest.fixture()
def redis_apps(app, db, tmp_path):
    """Return two apps (two workers) on the test database, counting API calls in the same real Redis."""
    overrides = {"RATELIMIT_ENABLED": True, "REDIS_URL": REDIS_URL, "API_REQUESTS_PER_TOKEN": "3 per minute",
                 "API_REQUESTS_PER_ADDRESS": "2 per minute", "RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}"}
    apps = [create_app(make_test_config(tmp_path / name, app.config["DATABASE_URL"], **overrides))
            for name in ("one", "two")]
    with apps[0].app_context():
        yield apps
        _db.session.remove()
        _db.engine.dispose()


def test_the_counts_live_in_redis(redis_apps):
    import redis

    storage = redis_apps[0].extensions["throttle"].limiter.storage
    assert type(storage).__name__ == "RedisStorage"
    redis_apps[0].test_client().get("/api/v1/needs/", environ_base={"REMOTE_ADDR": "10.9.0.1"})
    prefix = redis_apps[0].config["RATELIMIT_KEY_PREFIX"]
    assert redis.Redis.from_url(REDIS_URL).keys(f"*{prefix}*api-address*10.9.0.1*")


def test_a_token_is_throttled_across_workers_and_told_when_to_come_back(redis_apps, factory):
    _token, secret = api_tokens.create_token(factory.make_user("donor"), "throttle", ["read"], 30)
    headers = {"Authorization": f"Bearer {secret}"}
    one, two = (a.test_client() for a in redis_apps)
    for client in (one, two, one):  # three calls, spread over both workers
        assert client.get("/api/v1/pledges/", headers=headers).status_code == 200
    refused = two.get("/api/v1/pledges/", headers=headers)
    assert refused.status_code == 429 and refused.mimetype == "application/problem+json"
    assert refused.get_json()["type"] == "urn:fupin:problem:too-many-requests"
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    # the limit is the token's: another token of the same address still gets through
    _other, fresh = api_tokens.create_token(factory.make_user("donor"), "throttle", ["read"], 30)
    assert one.get("/api/v1/pledges/", headers={"Authorization": f"Bearer {fresh}"}).status_code == 200


def test_anonymous_calls_are_throttled_per_address(redis_apps):
    one, two = (a.test_client() for a in redis_apps)
    for client in (one, two):
        assert client.get("/api/v1/needs/", environ_base={"REMOTE_ADDR": "10.9.0.2"}).status_code == 200
    assert one.get("/api/v1/needs/", environ_base={"REMOTE_ADDR": "10.9.0.2"}).status_code == 429
    assert two.get("/api/v1/needs/", environ_base={"REMOTE_ADDR": "10.9.0.3"}).status_code == 200
