"""The real local API server (Chalice's local server on a loopback port) over the trained
synthetic models, the real tools and the offline agent, as an app or a browser calls it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.api_helpers import call

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def server(ready_settings):
    from chalicelib.local import BackgroundServer
    from chalicelib.services import ApiServices

    settings = ready_settings.model_copy(update={
        "cors_origins": ["https://shop.example"], "rate_limit_per_minute": 1000})
    services = ApiServices(settings)
    _, key = services.keys.create("integration", "chat,tools")
    with BackgroundServer(services) as running:
        yield running, key


def test_health_names_the_champion_models_and_documents(server):
    running, _ = server
    status, _, body = call(f"{running.url}/health")
    assert status == 200
    assert body["status"] == "ok"
    assert all(str(v).startswith("v") for v in body["models"].values())
    assert body["knowledge_base"]["documents"] > 0


def test_tool_endpoint_recommends_for_a_known_customer(server):
    running, key = server
    status, _, body = call(f"{running.url}/tools/recommend-for-user", "POST",
                           {"customer_id": "12347", "k": 3}, {"x-api-key": key})
    assert status == 200, body
    assert len(body["items"]) == 3
    assert body["items"][0]["stock_code"]


def test_tool_endpoint_unknown_customer_is_a_404_with_the_tools_message(server):
    running, key = server
    status, _, body = call(f"{running.url}/tools/recommend-for-user", "POST",
                           {"customer_id": "99999"}, {"x-api-key": key})
    assert status == 404
    assert "99999" in body["error"]["message"]


def test_chat_answers_with_a_tool_call_and_keeps_the_session(server):
    running, key = server
    status, _, body = call(f"{running.url}/chat", "POST",
                           {"message": "What should we recommend to customer 12347?"},
                           {"x-api-key": key})
    assert status == 200, body
    assert [c["name"] for c in body["tool_calls"]] == ["recommend-for-user"]
    assert body["answer"] and body["citations"]
    status, _, history = call(f"{running.url}/chat/{body['session_id']}",
                              headers={"x-api-key": key})
    assert status == 200
    assert any("12347" in m["content"] for m in history["messages"] if m["role"] == "user")


def test_bad_requests_are_json_4xx_over_http(server):
    running, key = server
    status, _, body = call(f"{running.url}/chat", "POST", "{oops", {"x-api-key": key})
    assert status == 400 and body["error"]["code"] == "bad_request"
    status, _, body = call(f"{running.url}/chat", "POST", {"message": "hi"})
    assert status == 401 and body["error"]["code"] == "unauthorized"
    status, _, body = call(f"{running.url}/chat/unknown-session", headers={"x-api-key": key})
    assert status == 404 and body["error"]["code"] == "not_found"


def test_browser_preflight_from_an_allowed_origin(server):
    running, _ = server
    status, headers, _ = call(f"{running.url}/chat", "OPTIONS", headers={
        "Origin": "https://shop.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,x-api-key"})
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "https://shop.example"
    status, headers, _ = call(f"{running.url}/chat", "OPTIONS", headers={
        "Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"})
    assert status == 403 and "Access-Control-Allow-Origin" not in headers


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_assistant_serve_prints_the_url_and_a_working_dev_key(ready_settings):
    port = _free_port()
    env = dict(os.environ, ASSISTANT_ARTIFACTS=str(ready_settings.artifacts),
               ASSISTANT_SYNTHETIC_CUSTOMERS=str(ready_settings.synthetic_customers),
               ASSISTANT_SYNTHETIC_SEED=str(ready_settings.synthetic_seed),
               ASSISTANT_CHAT_MODEL="offline")
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        lines: list[str] = []
        deadline = time.time() + 120
        while time.time() < deadline and not any(line.startswith("Dev key:") for line in lines):
            line = proc.stdout.readline()
            if not line and proc.poll() is not None:
                break
            lines.append(line)
        key_line = next((line for line in lines if line.startswith("Dev key:")), None)
        assert key_line, "".join(lines) + proc.stderr.read() if proc.poll() is not None else lines
        assert f"http://127.0.0.1:{port}" in "".join(lines)
        key = key_line.split()[2]
        status, _, body = call(f"http://127.0.0.1:{port}/tools", headers={"x-api-key": key})
        assert status == 200 and len(body["tools"]) == 5
    finally:
        proc.terminate()
        proc.wait(timeout=10)
