"""The same graph on an OpenAI-compatible server (a fake one on loopback), through
langchain's standard client: tool call out, tool result back, final answer."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from agent.service import build_agent
from agent.toolkit import build_tools
from tests.conftest import make_settings
from tests.unit.agent.fakes import fake_specs

pytestmark = pytest.mark.integration
pytest.importorskip("langchain_openai")


def _completion(message: dict[str, Any], finish: str) -> dict[str, Any]:
    return {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "qwen",
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {"prompt_tokens": 300, "completion_tokens": 20, "total_tokens": 320}}


@pytest.fixture
def server():
    requests: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            requests.append(body)
            if body["messages"][-1]["role"] == "tool":
                reply = _completion({"role": "assistant",
                                     "content": "Customer 12347 is a Champion [1]."}, "stop")
            else:
                reply = _completion({"role": "assistant", "content": None, "tool_calls": [
                    {"id": "call_1", "type": "function", "function": {
                        "name": "segment-customer",
                        "arguments": json.dumps({"customer_id": "12347"})}}]}, "tool_calls")
            data = json.dumps(reply).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", requests
    httpd.shutdown()


def test_a_full_turn_on_an_openai_compatible_server(server, tmp_path):
    base_url, requests = server
    settings = make_settings(tmp_path, chat_model="openai", openai_base_url=base_url,
                             openai_model="qwen")
    agent = build_agent(settings, checkpointer=InMemorySaver(),
                        tools=build_tools(fake_specs(), None))
    result = agent.ask("What segment is customer 12347 in?")
    assert result.answer == "Customer 12347 is a Champion [1]."
    assert result.model == "qwen" and result.tokens["total"] == 640
    assert result.tool_calls[0].output["segment_name"] == "Champions"
    first, second = requests
    assert {t["function"]["name"] for t in first["tools"]} >= {"segment-customer"}
    assert second["messages"][-1]["tool_call_id"] == "call_1"
