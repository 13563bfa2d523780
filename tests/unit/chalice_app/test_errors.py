"""Bad input always gets a 4xx JSON error naming the problem; never a stack trace."""

from __future__ import annotations

import pytest


def _error(r):
    assert set(r.json_body) == {"error"}
    assert set(r.json_body["error"]) == {"code", "message", "details"}
    return r.json_body["error"]


@pytest.mark.parametrize("body, status, needle", [
    ("{not json", 400, "not valid JSON"),
    ("", 400, "empty"),
    ("[1, 2]", 422, "JSON object"),
    ({}, 422, "message"),
    ({"message": 42}, 422, "message"),
    ({"message": "   "}, 422, "message"),
    ({"message": "hi", "session_id": "bad id with spaces"}, 422, "session_id"),
    ({"message": "hi", "colour": "red"}, 422, "colour"),
])
def test_bad_chat_bodies_are_4xx_naming_the_field(api, body, status, needle):
    r = api.post("/chat", body)
    assert r.status_code == status
    assert needle in _error(r)["message"]


def test_overlong_message_is_rejected_with_the_limit(tmp_path):
    from tests.unit.chalice_app.conftest import build_api

    for api in build_api(tmp_path, max_message_chars=20):
        r = api.post("/chat", {"message": "x" * 21})
        assert r.status_code == 422
        assert "20 characters" in _error(r)["message"]


def test_wrong_type_in_a_tool_body_names_the_field(api):
    r = api.post("/tools/recommend-for-user", {"customer_id": "12347", "k": "many"})
    assert r.status_code == 422
    err = _error(r)
    assert err["details"]["fields"][0]["field"] == "k"


def test_missing_field_in_a_tool_body_names_it(api):
    r = api.post("/tools/recommend-for-user", {"k": 3})
    assert r.status_code == 422
    assert "customer_id" in _error(r)["message"]


def test_unknown_tool_is_404_listing_the_known_ones(api):
    r = api.post("/tools/make-coffee", {})
    assert r.status_code == 404
    assert "recommend-for-user" in _error(r)["message"]


def test_unknown_customer_is_404_with_the_tools_message(api):
    r = api.post("/tools/recommend-for-user", {"customer_id": "99999"})
    assert r.status_code == 404
    assert _error(r)["message"] == "customer 99999 is not in the data"


def test_unknown_session_is_404(api):
    r = api.get("/chat/never-seen")
    assert r.status_code == 404
    assert _error(r)["code"] == "not_found"


def test_unexpected_failure_is_a_json_500_without_internals(api):
    r = api.post("/tools/search-knowledge-base", {"query": "explode"})
    assert r.status_code == 500
    assert _error(r)["code"] == "internal"
    assert b"Traceback" not in r.body and b"/secret/path.py" not in r.body


def test_wrong_method_is_a_json_405(api):
    r = api.client.http.delete("/chat", headers={"x-api-key": api.keys["full"]})
    assert r.status_code == 405
    assert _error(r)["code"] == "method_not_allowed"


def test_unsupported_content_type_is_a_json_415(api):
    r = api.post("/chat", "message=hi", **{"content-type": "multipart/form-data; boundary=x"})
    assert r.status_code == 415
    assert _error(r)["code"] == "unsupported_media_type"


def test_a_json_body_sent_as_form_data_is_still_understood(api):
    """What `curl -d '{...}'` sends."""
    r = api.post("/chat", '{"message": "hi"}',
                 **{"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 200
