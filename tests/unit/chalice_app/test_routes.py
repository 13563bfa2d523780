"""The routes over a fake agent and fake tools: what an app or the widget receives."""

from __future__ import annotations

import json


def test_chat_returns_the_answer_tools_and_citations(api):
    r = api.post("/chat", {"message": "What should we recommend to 12347?"})
    assert r.status_code == 200
    body = r.json_body
    assert "ITEM 0" in body["answer"]
    assert body["tool_calls"][0]["name"] == "recommend-for-user"
    assert body["citations"][0]["kind"] == "tool"
    assert body["session_id"]


def test_chat_continues_a_session_and_history_returns_it(api):
    first = api.post("/chat", {"message": "first question"}).json_body
    api.post("/chat", {"message": "second question", "session_id": first["session_id"]})
    r = api.get(f"/chat/{first['session_id']}")
    assert r.status_code == 200
    contents = [m["content"] for m in r.json_body["messages"] if m["role"] == "user"]
    assert contents == ["first question", "second question"]


def test_tools_lists_names_and_both_schemas(api):
    r = api.get("/tools")
    assert r.status_code == 200
    tools = {t["name"]: t for t in r.json_body["tools"]}
    assert set(tools) == {"recommend-for-user", "search-knowledge-base"}
    rec = tools["recommend-for-user"]
    assert "customer_id" in rec["input_schema"]["properties"]
    assert "items" in rec["output_schema"]["properties"]
    assert rec["description"].startswith("Recommend products")


def test_run_tool_validates_the_body_and_returns_the_output_model(api):
    r = api.post("/tools/recommend-for-user", {"customer_id": 12347, "k": 3})
    assert r.status_code == 200
    assert r.json_body["customer_id"] == "12347"
    assert len(r.json_body["items"]) == 3


def test_openapi_is_generated_from_the_same_models(api):
    r = api.get("/openapi.json", key=None)
    assert r.status_code == 200
    doc = r.json_body
    assert doc["openapi"].startswith("3.")
    op = doc["paths"]["/tools/recommend-for-user"]["post"]
    ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema = doc["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    assert schema["properties"]["k"]["maximum"] == 50
    assert "/chat" in doc["paths"] and "x-api-key" in json.dumps(doc["components"])


def test_health_reports_backends_models_and_knowledge_base(api):
    r = api.get("/health", key=None)
    assert r.status_code == 200
    body = r.json_body
    assert body["chat_model"] == "offline"
    assert body["predictor_backend"] == "local"
    assert set(body["models"]) == {"recommender", "customers", "feedback"}
    assert body["status"] == "degraded"  # nothing trained in this tmp dir
    assert "documents" in body["knowledge_base"]


def test_widget_js_and_page_are_served(api):
    js = api.get("/widget.js", key=None)
    assert js.status_code == 200
    assert js.headers["Content-Type"].startswith("application/javascript")
    assert b"attachShadow" in js.body
    page = api.get("/?key=" + api.keys["chat"], key=None)
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert f'data-api-key="{api.keys["chat"]}"'.encode() in page.body
    assert b'src="/widget.js"' in page.body


def test_page_never_reflects_markup_from_the_query(api):
    page = api.get('/?key="><script>alert(1)</script>', key=None)
    assert page.status_code == 200
    assert b"alert(1)" not in page.body
    assert b"?key=YOUR_API_KEY" in page.body


def test_a_conversation_belongs_to_the_key_that_started_it(api):
    session = api.post("/chat", {"message": "private question"}, key="full").json_body["session_id"]
    assert api.get(f"/chat/{session}", key="full").status_code == 200
    other = api.get(f"/chat/{session}", key="chat")
    assert other.status_code == 404
    assert "private question" not in other.body.decode()
    hijack = api.post("/chat", {"message": "hi", "session_id": session}, key="chat")
    assert hijack.status_code == 404
    assert hijack.json_body["error"]["details"]["field"] == "session_id"
