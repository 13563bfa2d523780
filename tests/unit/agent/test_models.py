"""The chat model factory picks the backend from settings."""

from __future__ import annotations

import pytest

from agent.models import build_chat_model, model_label
from agent.offline import OfflineChatModel
from assistant.errors import AssistantError
from tests.conftest import make_settings


def test_offline_is_the_default_without_aws_credentials(tmp_path):
    model = build_chat_model(make_settings(tmp_path, chat_model="auto"))
    assert isinstance(model, OfflineChatModel)
    assert model_label(model) == "offline-planner-1"


def test_bedrock_uses_the_configured_model_id(tmp_path, monkeypatch):
    import boto3

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    settings = make_settings(tmp_path, chat_model="auto", bedrock_model_id="us.anthropic."
                             "claude-sonnet-4-20250514-v1:0")
    client = boto3.client("bedrock-runtime", region_name="us-east-1")
    model = build_chat_model(settings, client=client)
    assert model_label(model) == "us.anthropic.claude-sonnet-4-20250514-v1:0"


def test_openai_backend_needs_a_base_url(tmp_path):
    with pytest.raises(AssistantError, match="ASSISTANT_OPENAI_BASE_URL"):
        build_chat_model(make_settings(tmp_path, chat_model="openai"))


def test_openai_backend_uses_the_standard_client(tmp_path):
    pytest.importorskip("langchain_openai")
    model = build_chat_model(make_settings(tmp_path, chat_model="openai",
                                           openai_base_url="http://127.0.0.1:9/v1",
                                           openai_model="qwen"))
    assert model_label(model) == "qwen"
