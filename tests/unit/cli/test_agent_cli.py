"""``assistant ask`` and ``assistant chat`` as a user runs them (the agent is faked in process
so the commands are exercised without trained models)."""

from __future__ import annotations

import json

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from typer.testing import CliRunner

from agent.offline import OfflineChatModel
from agent.service import build_agent
from agent.toolkit import build_tools
from assistant.cli import app
from tests.conftest import make_settings
from tests.unit.agent.fakes import fake_specs


@pytest.fixture
def runner(tmp_path, monkeypatch):
    agent = build_agent(make_settings(tmp_path), model=OfflineChatModel(),
                        checkpointer=InMemorySaver(), tools=build_tools(fake_specs(), None))
    monkeypatch.setattr("assistant.cli.agent._agent", lambda data: agent)
    return CliRunner()


def test_ask_json_has_the_chat_response_shape(runner):
    result = runner.invoke(app, ["ask", "segment and recommendations for 12347", "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert {"answer", "session_id", "tool_calls", "citations", "model", "latency_ms"} <= set(body)
    assert {c["name"] for c in body["tool_calls"]} == {"segment-customer", "recommend-for-user"}
    assert set(body["tool_calls"][0]) == {"name", "arguments", "output"}


def test_ask_continues_a_session(runner):
    first = json.loads(runner.invoke(app, ["ask", "segment of 12583", "--json"]).stdout)
    second = runner.invoke(app, ["ask", "and recommend 1 product for him", "--session",
                                 first["session_id"]])
    assert second.exit_code == 0
    assert "12583" in second.stdout and "WHITE HANGING HEART" in second.stdout


def test_chat_shows_tool_calls_as_they_happen(runner):
    result = runner.invoke(app, ["chat"], input="segment of 12347\nexit\n")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    call = next(i for i, line in enumerate(lines) if "→ segment-customer" in line)
    answer = next(i for i, line in enumerate(lines) if line.startswith("assistant>"))
    assert call < answer and "Champions" in result.stdout


def test_empty_question_is_one_clear_error(tmp_path):
    import subprocess
    import sys

    env = {"ASSISTANT_ARTIFACTS": str(tmp_path), "ASSISTANT_CHAT_MODEL": "offline",
           "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "assistant", "ask", "  "], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().startswith("error: the message is empty")
    assert "Traceback" not in done.stderr
