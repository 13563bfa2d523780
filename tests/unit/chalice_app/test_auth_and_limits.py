"""API keys (401/403), per-key rate limits (429 + Retry-After), body limit (413), CORS."""

from __future__ import annotations

import json


def test_missing_key_is_401(api):
    r = api.post("/chat", {"message": "hi"}, key=None)
    assert r.status_code == 401
    assert "x-api-key" in r.json_body["error"]["message"]


def test_wrong_key_is_401(api):
    for bad in ("nonsense", api.keys["full"][:-1] + "0", "mk_000000000000_" + "0" * 48):
        r = api.post("/chat", {"message": "hi"}, key=bad)
        assert r.status_code == 401, bad


def test_key_without_the_scope_is_403(api):
    assert api.post("/tools/recommend-for-user", {"customer_id": "12347"},
                    key="chat").status_code == 403
    r = api.post("/chat", {"message": "hi"}, key="tools")
    assert r.status_code == 403
    assert "'chat' scope" in r.json_body["error"]["message"]
    assert api.post("/chat", {"message": "hi"}, key="chat").status_code == 200


def test_revoked_key_stops_working(api):
    assert api.get("/tools", key="chat").status_code == 200
    api.services.keys.revoke("chat-only")
    assert api.get("/tools", key="chat").status_code == 401


def test_public_routes_need_no_key(api):
    for path in ("/health", "/openapi.json", "/widget.js", "/"):
        assert api.get(path, key=None).status_code == 200, path


def test_keys_are_stored_hashed(api):
    stored = (api.services.settings.artifacts / "api_keys.json").read_text()
    for key in api.keys.values():
        assert key not in stored
        assert key.split("_")[2] not in stored
    names = {k["name"] for k in json.loads(stored)["keys"]}
    assert names == {"full", "chat-only", "tools-only"}


def test_rate_limit_is_per_key_with_retry_after(tmp_path):
    from tests.unit.chalice_app.conftest import build_api

    for api in build_api(tmp_path, rate_limit_per_minute=3):
        codes = [api.get("/tools", key="chat").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        r = api.get("/tools", key="chat")
        assert r.status_code == 429
        assert 1 <= int(r.headers["Retry-After"]) <= 60
        assert r.json_body["error"]["code"] == "rate_limited"
        assert api.get("/tools", key="tools").status_code == 200  # another key is not limited


def test_body_over_the_limit_is_413(tmp_path):
    from tests.unit.chalice_app.conftest import build_api

    for api in build_api(tmp_path, max_body_bytes=300):
        r = api.post("/chat", {"message": "x" * 400})
        assert r.status_code == 413
        assert "300 bytes" in r.json_body["error"]["message"]
        assert api.post("/chat", {"message": "x" * 100}).status_code == 200


def test_allowed_origin_gets_cors_headers_others_do_not(api):
    allowed = api.services.settings.cors_origins[0]
    r = api.post("/chat", {"message": "hi"}, origin=allowed)
    assert r.headers["Access-Control-Allow-Origin"] == allowed
    r = api.post("/chat", {"message": "hi"}, origin="https://evil.example")
    assert "Access-Control-Allow-Origin" not in r.headers


def test_preflight_for_an_allowed_origin_lists_methods_and_headers(api):
    allowed = api.services.settings.cors_origins[0]
    r = api.client.http.request("OPTIONS", "/chat", body=b"", headers={
        "origin": allowed, "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,x-api-key"})
    assert r.status_code == 204
    assert r.headers["Access-Control-Allow-Origin"] == allowed
    assert "x-api-key" in r.headers["Access-Control-Allow-Headers"]
    assert "POST" in r.headers["Access-Control-Allow-Methods"]


def test_preflight_for_another_origin_is_refused(api):
    r = api.client.http.request("OPTIONS", "/chat", body=b"", headers={
        "origin": "https://evil.example", "access-control-request-method": "POST"})
    assert r.status_code == 403
    assert "Access-Control-Allow-Origin" not in r.headers
