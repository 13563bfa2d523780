"""One contract for the key stores and rate limiters: file/memory locally, DynamoDB in AWS
(moto). The API over DynamoDB answers like the local one."""

from __future__ import annotations

import pytest
from moto import mock_aws

from assistant.errors import AssistantError

TABLE = "assistant-api-keys"


@pytest.fixture
def dynamodb(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    import boto3
    from chalicelib.keys import create_table

    with mock_aws():
        client = boto3.client("dynamodb", region_name="us-east-1")
        create_table(client, TABLE)
        yield client


@pytest.fixture(params=["file", "dynamodb"])
def store(request, tmp_path):
    from chalicelib.keys import DynamoKeyStore, FileKeyStore

    if request.param == "file":
        return FileKeyStore(tmp_path / "api_keys.json")
    return DynamoKeyStore(TABLE, request.getfixturevalue("dynamodb"))


class Clock:
    def __init__(self, now: float = 600.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["memory", "file", "dynamodb"])
def limiter_factory(request, tmp_path):
    from chalicelib.ratelimit import DynamoRateLimiter, FileRateLimiter, MemoryRateLimiter

    if request.param == "memory":
        return lambda limit, clock: MemoryRateLimiter(limit, clock=clock)
    if request.param == "file":
        return lambda limit, clock: FileRateLimiter(tmp_path / "rate.json", limit, clock=clock)
    client = request.getfixturevalue("dynamodb")
    return lambda limit, clock: DynamoRateLimiter(TABLE, client, limit, clock=clock)


def test_a_created_key_verifies_and_a_tampered_one_does_not(store):
    record, key = store.create("site", "chat, tools")
    assert record.scopes == ["chat", "tools"]
    assert store.verify(key).name == "site"
    assert store.verify(key[:-1] + ("0" if key[-1] != "0" else "1")) is None
    assert store.verify("") is None and store.verify("mk_zz") is None


def test_names_are_unique_and_revoke_is_by_name(store):
    _, key = store.create("site", "chat")
    with pytest.raises(AssistantError, match="already exists"):
        store.create("site", "tools")
    store.create("other", "tools")
    assert [k.name for k in store.list()] == ["other", "site"]
    store.revoke("site")
    assert store.verify(key) is None
    with pytest.raises(AssistantError, match="no API key named 'site'"):
        store.revoke("site")


def test_bad_names_and_scopes_are_rejected(store):
    with pytest.raises(AssistantError, match="invalid key name"):
        store.create("has space", "chat")
    with pytest.raises(AssistantError, match="unknown scope admin"):
        store.create("ok", "chat,admin")


def test_limit_counts_per_key_and_resets_with_the_window(limiter_factory):
    clock = Clock(600.0 + 45)
    limiter = limiter_factory(2, clock)
    assert [limiter.hit("a").allowed for _ in range(3)] == [True, True, False]
    assert limiter.hit("a").retry_after == 15
    assert limiter.hit("b").allowed
    clock.now = 660.0 + 1
    decision = limiter.hit("a")
    assert decision.allowed and decision.remaining == 1


def test_api_over_dynamodb_checks_keys_and_limits(dynamodb, tmp_path):
    from chalice.test import Client
    from chalicelib.services import ApiServices, install

    from chalice_app.app import app
    from tests.conftest import make_settings
    from tests.unit.chalice_app.fakes import FakeAgent, fake_catalog

    settings = make_settings(tmp_path, api_keys_backend="dynamodb", rate_limit_per_minute=2)
    services = ApiServices(settings, agent=FakeAgent(), tools=fake_catalog(), dynamodb=dynamodb)
    _, key = services.keys.create("site", "chat")
    install(services)
    try:
        with Client(app) as client:
            headers = {"x-api-key": key, "content-type": "application/json"}
            body = '{"message": "hi"}'
            codes = [client.http.post("/chat", headers=headers, body=body).status_code
                     for _ in range(3)]
            assert codes == [200, 200, 429]
            assert client.http.get("/tools", headers={"x-api-key": "mk_bad"}).status_code == 401
    finally:
        install(None)
    assert not (tmp_path / "api_keys.json").exists()


def test_a_missing_table_is_a_clear_unavailable_error(dynamodb):
    from chalicelib.keys import DynamoKeyStore
    from chalicelib.ratelimit import DynamoRateLimiter

    with pytest.raises(AssistantError, match="'no-such-table'.*does not exist") as info:
        DynamoKeyStore("no-such-table", dynamodb).create("site", "chat")
    assert info.value.code == "unavailable"
    with pytest.raises(AssistantError, match="no-such-table"):
        DynamoRateLimiter("no-such-table", dynamodb, 5).hit("abc")
