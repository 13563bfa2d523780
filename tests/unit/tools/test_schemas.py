"""The registry and the tool schemas the chat model, the API and the OpenAPI document see."""

from __future__ import annotations

import re
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber
from pydantic import BaseModel

from assistant.errors import AssistantError
from tools.registry import TOOLS, converse_tool_config, get_tool, run_tool, tool_schemas

NAMES = ["recommend-for-user", "segment-customer", "analyse-feedback-sentiment",
         "explain-prediction", "search-knowledge-base"]


def test_exactly_the_five_contract_names() -> None:
    assert list(TOOLS) == NAMES
    assert [s["name"] for s in tool_schemas()] == NAMES


def _undescribed(model: type[BaseModel], seen: set[type] | None = None) -> list[str]:
    """Fields without a description, following nested models."""
    seen = seen if seen is not None else set()
    if model in seen:
        return []
    seen.add(model)
    missing = []
    for name, field in model.model_fields.items():
        if not field.description:
            missing.append(f"{model.__name__}.{name}")
        for arg in _nested_models(field.annotation):
            missing += _undescribed(arg, seen)
    return missing


def _nested_models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for a in getattr(annotation, "__args__", ()) for m in _nested_models(a)]


@pytest.mark.parametrize("name", NAMES)
def test_every_input_and_output_field_is_described(name: str) -> None:
    spec = TOOLS[name]
    assert spec.input_model.__doc__ and spec.output_model.__doc__
    assert _undescribed(spec.input_model) == []
    assert _undescribed(spec.output_model) == []
    for prop in spec.schema()["input_schema"]["properties"].values():
        assert prop.get("description")


@pytest.mark.parametrize("name", NAMES)
def test_input_schema_is_a_bedrock_tool_spec(name: str) -> None:
    schema = TOOLS[name].schema()["input_schema"]
    assert re.fullmatch(r"[a-zA-Z0-9_-]{1,64}", name)
    assert schema["type"] == "object" and schema["properties"]
    assert "$ref" not in str(schema)  # inlined: Converse gets one self-contained object schema
    assert set(schema.get("required", [])) <= set(schema["properties"])


def test_converse_accepts_the_tool_config(monkeypatch: pytest.MonkeyPatch) -> None:
    """botocore validates the whole request against the Bedrock API model before the stub."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    client = boto3.client("bedrock-runtime", region_name="us-east-1")
    config = converse_tool_config()
    request = {"modelId": "anthropic.claude", "toolConfig": config,
               "messages": [{"role": "user", "content": [{"text": "who is 12347?"}]}]}
    answer = {"output": {"message": {"role": "assistant", "content": [{"toolUse": {
        "toolUseId": "t1", "name": "segment-customer", "input": {"customer_id": "12347"}}}]}},
        "stopReason": "tool_use", "usage": {"inputTokens": 1, "outputTokens": 1,
                                            "totalTokens": 2}, "metrics": {"latencyMs": 1}}
    with Stubber(client) as stub:
        stub.add_response("converse", answer, expected_params=request)
        out = client.converse(**request)
    assert out["stopReason"] == "tool_use"
    assert [t["toolSpec"]["name"] for t in config["tools"]] == NAMES


def test_unknown_tool_names_the_known_ones() -> None:
    with pytest.raises(AssistantError) as caught:
        get_tool("recommend")
    assert caught.value.code == "not_found"
    assert caught.value.message.startswith("unknown tool 'recommend'; known tools: "
                                           "recommend-for-user, segment-customer")


def test_bad_arguments_name_the_field_before_any_model_runs() -> None:
    with pytest.raises(AssistantError) as caught:
        run_tool("recommend-for-user", {"customer_id": "12347", "k": 500}, context=None)
    assert caught.value.code == "invalid_input"
    assert "k:" in caught.value.message
    with pytest.raises(AssistantError, match="not both"):
        run_tool("analyse-feedback-sentiment", {"texts": ["x"], "country": "France"}, None)
