"""The Bedrock model through full turns, every request checked by botocore's Stubber
against the real Converse API model."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.stub import Stubber
from langchain_core.messages import AIMessage, HumanMessage
from langgraph.checkpoint.memory import InMemorySaver

from agent.bedrock import bedrock_chat_model, estimate_cost, guardrail_config
from agent.service import build_agent
from agent.toolkit import build_tools
from tests.conftest import make_settings
from tests.unit.agent.fakes import fake_specs

USAGE = {"inputTokens": 1200, "outputTokens": 80, "totalTokens": 1280}


def _response(content: list[dict[str, Any]], stop: str) -> dict[str, Any]:
    return {"output": {"message": {"role": "assistant", "content": content}},
            "stopReason": stop, "usage": USAGE, "metrics": {"latencyMs": 120}}


@pytest.fixture
def bedrock(tmp_path, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    settings = make_settings(tmp_path, chat_model="bedrock", bedrock_guardrail_id="gr-123",
                             bedrock_guardrail_version="2")
    client = boto3.client("bedrock-runtime", region_name="us-east-1")
    requests: list[dict[str, Any]] = []
    client.meta.events.register("provide-client-params.bedrock-runtime.Converse",
                                lambda params, **_: requests.append(params))
    stubber = Stubber(client)
    agent = build_agent(settings, model=bedrock_chat_model(settings, client=client),
                        checkpointer=InMemorySaver(), tools=build_tools(fake_specs(), None))
    with stubber:
        yield agent, stubber, requests


def test_full_turn_tool_use_then_tool_result_then_text(bedrock):
    agent, stubber, requests = bedrock
    stubber.add_response("converse", _response([{"toolUse": {
        "toolUseId": "tooluse_1", "name": "segment-customer",
        "input": {"customer_id": "12347"}}}], "tool_use"))
    stubber.add_response("converse", _response(
        [{"text": "Customer 12347 is a Champion [1]."}], "end_turn"))

    result = agent.ask("What segment is customer 12347 in?")

    stubber.assert_no_pending_responses()
    assert result.answer == "Customer 12347 is a Champion [1]."
    assert result.tool_calls[0].name == "segment-customer"
    assert result.tool_calls[0].output["segment_name"] == "Champions"
    assert result.tokens == {"input": 2400, "output": 160, "total": 2560}
    assert result.cost_usd == pytest.approx(estimate_cost(result.model, 2400, 160))
    assert result.cost_usd > 0
    first, second = requests
    names = [t["toolSpec"]["name"] for t in first["toolConfig"]["tools"]]
    assert "segment-customer" in names and len(names) == 5
    assert first["guardrailConfig"]["guardrailIdentifier"] == "gr-123"
    assert "marketing" in first["system"][0]["text"]
    assert "toolConfig" in second
    tool_result = second["messages"][-1]["content"][0]["toolResult"]
    assert tool_result["toolUseId"] == "tooluse_1"
    assert "Sources for this turn" in second["system"][0]["text"]


def test_restored_session_with_orphaned_tool_call_is_sanitised(bedrock):
    agent, stubber, requests = bedrock
    config = {"configurable": {"thread_id": "crashed"}}
    agent.graph.update_state(config, {"messages": [
        HumanMessage(content="segment of 12347", id="h1"),
        AIMessage(content="", id="a1", tool_calls=[
            {"name": "segment-customer", "args": {"customer_id": "12347"}, "id": "lost"}]),
    ]})
    stubber.add_response("converse", _response([{"text": "Hello again."}], "end_turn"))

    result = agent.ask("hello", "crashed")

    assert result.answer == "Hello again."
    sent = requests[0]["messages"]
    assert not any("toolUse" in block for m in sent for block in m["content"])
    assert sent[-1]["role"] == "user"


def test_throttling_after_retries_becomes_unavailable(bedrock):
    from assistant.errors import AssistantError

    agent, stubber, _ = bedrock
    stubber.add_client_error("converse", service_error_code="ThrottlingException",
                             service_message="Too many requests", http_status_code=429)
    with pytest.raises(AssistantError) as error:
        agent.ask("What segment is customer 12347 in?")
    assert error.value.code == "unavailable"


def test_client_has_adaptive_retries_and_timeouts(tmp_path):
    from agent.bedrock import bedrock_client

    session = boto3.session.Session(aws_access_key_id="x", aws_secret_access_key="y",
                                     region_name="us-east-1")
    client = bedrock_client(make_settings(tmp_path), session=session)
    config = client.meta.config
    assert config.retries["mode"] == "adaptive" and config.retries["total_max_attempts"] >= 3
    assert config.read_timeout == 60 and config.connect_timeout == 5


def test_guardrails_only_when_configured_and_unknown_models_have_no_price(tmp_path):
    assert guardrail_config(make_settings(tmp_path)) is None
    assert estimate_cost("some.unknown-model", 1000, 1000) is None
    assert estimate_cost("us.anthropic.claude-haiku-4-5-20251001-v1:0", 1000, 1000) == 0.006


def test_tool_error_goes_back_to_bedrock_as_an_error_tool_result(bedrock):
    agent, stubber, requests = bedrock
    stubber.add_response("converse", _response([{"toolUse": {
        "toolUseId": "tooluse_9", "name": "segment-customer",
        "input": {"customer_id": "99999"}}}], "tool_use"))
    stubber.add_response("converse", _response(
        [{"text": "Customer 99999 is not in our data [1]."}], "end_turn"))

    result = agent.ask("What segment is customer 99999 in?")

    tool_result = requests[1]["messages"][-1]["content"][0]["toolResult"]
    assert tool_result["status"] == "error"
    assert "customer 99999 is not in the data" in str(tool_result["content"])
    assert result.tool_calls[0].output.startswith("Error (not_found)")
    assert "(error)" in requests[1]["system"][0]["text"]
