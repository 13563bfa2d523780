"""The chat model factory: bedrock, offline or an OpenAI-compatible server, by settings."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import BaseChatModel

from assistant.errors import AssistantError
from assistant.settings import Settings


def model_label(model: BaseChatModel) -> str:
    """A short name of the model that answers (shown in every ChatResult)."""
    for attribute in ("model_id", "model_name", "model"):
        value = getattr(model, attribute, None)
        if isinstance(value, str) and value:
            return value
    return type(model).__name__


def build_chat_model(settings: Settings, *, client: Any = None) -> BaseChatModel:
    """The chat model chosen by ``settings.effective_chat_model``.

    ``client`` is a bedrock-runtime client (tests pass a stubbed one).
    """
    backend = settings.effective_chat_model
    if backend == "bedrock":
        from agent.bedrock import bedrock_chat_model

        return bedrock_chat_model(settings, client=client)
    if backend == "openai":
        return _openai_model(settings)
    from agent.offline import OfflineChatModel

    return OfflineChatModel(cache_dir=settings.artifacts / "agent")


def _openai_model(settings: Settings) -> BaseChatModel:
    if not settings.openai_base_url:
        raise AssistantError("chat_model=openai needs ASSISTANT_OPENAI_BASE_URL (the server's "
                             "base URL, e.g. http://127.0.0.1:8080/v1)")
    try:
        from langchain_openai import ChatOpenAI
    except ImportError as exc:
        raise AssistantError("chat_model=openai needs the 'openai' extra: pip install "
                             "'marketing-assistant[openai]'", code="not_ready") from exc
    from pydantic import SecretStr

    return ChatOpenAI(base_url=settings.openai_base_url, model=settings.openai_model,
                      api_key=SecretStr("not-needed"), temperature=0, timeout=60,
                      max_retries=3)
