"""Conversation memory: SQLite across process restarts, DynamoDB on moto, history hygiene."""

from __future__ import annotations

import boto3
import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from moto import mock_aws

from agent.memory import (
    approx_tokens,
    dynamodb_checkpointer,
    sanitize_history,
    sqlite_checkpointer,
    trim_history,
)
from agent.offline import OfflineChatModel
from agent.service import build_agent
from agent.toolkit import build_tools
from tests.conftest import make_settings
from tests.unit.agent.fakes import fake_specs


def _agent(settings, checkpointer, calls=None):
    return build_agent(settings, model=OfflineChatModel(), checkpointer=checkpointer,
                       tools=build_tools(fake_specs(calls), None))


def test_sqlite_session_survives_a_new_agent_on_the_same_file(tmp_path):
    settings = make_settings(tmp_path)
    first = build_agent(settings, model=OfflineChatModel(),
                        tools=build_tools(fake_specs(), None))  # default: SQLite in artifacts
    session = first.ask("recommend 2 products for customer 12583").session_id
    assert (tmp_path / "sessions" / "sessions.sqlite").exists()

    calls: list = []
    restarted = _agent(settings, sqlite_checkpointer(tmp_path / "sessions" / "sessions.sqlite"),
                       calls)
    restarted.ask("and what segment is he in?", session)
    assert calls == [("segment-customer", {"customer_id": "12583"})]
    assert len(restarted.history(session)) == 8


def test_dynamodb_checkpointer_keeps_sessions(tmp_path, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    settings = make_settings(tmp_path, memory_backend="dynamodb",
                             dynamodb_sessions_table="sessions-test")
    with mock_aws():
        boto3.client("dynamodb", region_name="us-east-1").create_table(
            TableName="sessions-test", BillingMode="PAY_PER_REQUEST",
            KeySchema=[{"AttributeName": "PK", "KeyType": "HASH"},
                       {"AttributeName": "SK", "KeyType": "RANGE"}],
            AttributeDefinitions=[{"AttributeName": "PK", "AttributeType": "S"},
                                  {"AttributeName": "SK", "AttributeType": "S"}])
        calls: list = []
        agent = _agent(settings, dynamodb_checkpointer(settings), calls)
        session = agent.ask("segment of customer 17850").session_id
        again = _agent(settings, dynamodb_checkpointer(settings), calls)
        again.ask("and recommend 1 product for her", session)
        assert calls[-1] == ("recommend-for-user", {"customer_id": "17850", "k": 1,
                                                    "exclude_purchased": True})
        assert [m["role"] for m in again.history(session)][:4] == ["user", "assistant", "tool",
                                                                  "assistant"]


def _turn(i: int, size: int = 400) -> list:
    call = {"name": "segment-customer", "args": {"customer_id": str(i)}, "id": f"c{i}"}
    return [HumanMessage(content=f"question {i} " + "x" * size, id=f"h{i}"),
            AIMessage(content="", tool_calls=[call], id=f"a{i}"),
            ToolMessage(content="y" * size, tool_call_id=f"c{i}", id=f"t{i}"),
            AIMessage(content="answer " + "z" * size, id=f"f{i}")]


def test_trim_keeps_whole_turns_within_the_budget():
    history = [m for i in range(10) for m in _turn(i)]
    trimmed = trim_history(history, budget=1000)
    assert sum(approx_tokens(m) for m in trimmed) <= 1000
    assert isinstance(trimmed[0], HumanMessage)
    assert trimmed[-1].id == "f9" and len(trimmed) < len(history)
    ids = {m.tool_call_id for m in trimmed if isinstance(m, ToolMessage)}
    calls = {c["id"] for m in trimmed if isinstance(m, AIMessage) for c in m.tool_calls}
    assert ids == calls  # no call separated from its result


def test_trim_always_keeps_the_current_turn():
    history = _turn(1, size=20_000)
    assert trim_history(history, budget=200) == history


def test_sanitize_drops_orphaned_calls_and_results():
    orphan = AIMessage(content="", id="a", tool_calls=[
        {"name": "segment-customer", "args": {}, "id": "lost"}])
    stray = ToolMessage(content="{}", tool_call_id="nobody", id="t")
    partial = AIMessage(content="checking", id="b", tool_calls=[
        {"name": "segment-customer", "args": {}, "id": "ok"},
        {"name": "recommend-for-user", "args": {}, "id": "missing"}])
    answered = ToolMessage(content="{}", tool_call_id="ok", id="r")
    clean = sanitize_history([HumanMessage(content="hi", id="h"), orphan, stray, partial,
                              answered])
    assert [m.id for m in clean] == ["h", "b", "r"]
    assert [c["id"] for c in clean[1].tool_calls] == ["ok"]


@pytest.mark.parametrize("budget", [1500, 6000])
def test_long_session_still_answers_follow_ups_in_budget(tmp_path, budget):
    from langgraph.checkpoint.memory import InMemorySaver

    settings = make_settings(tmp_path, history_token_budget=budget)
    calls: list = []
    agent = _agent(settings, InMemorySaver(), calls)
    session = agent.ask("segment of customer 12347").session_id
    for _ in range(5):
        agent.ask("recommend 3 products for customer 12583", session)
    agent.ask("and what is his churn risk?", session)
    assert calls[-1] == ("explain-prediction", {"customer_id": "12583"})
