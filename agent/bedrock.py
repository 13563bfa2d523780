"""Amazon Bedrock (Converse API) chat model: client with retries and timeouts, optional
guardrails, and a cost estimate from token usage."""

from __future__ import annotations

from typing import Any

from assistant.settings import Settings

# USD per 1,000 tokens (input, output); on-demand list prices, matched by substring.
PRICES_PER_1K: dict[str, tuple[float, float]] = {
    "claude-haiku-4-5": (0.001, 0.005),
    "claude-3-5-haiku": (0.0008, 0.004),
    "claude-3-haiku": (0.00025, 0.00125),
    "claude-sonnet-4": (0.003, 0.015),
    "claude-3-7-sonnet": (0.003, 0.015),
    "claude-3-5-sonnet": (0.003, 0.015),
    "claude-opus-4": (0.015, 0.075),
    "nova-micro": (0.000035, 0.00014),
    "nova-lite": (0.00006, 0.00024),
    "nova-pro": (0.0008, 0.0032),
}
RETRYABLE = ("ThrottlingException", "ModelNotReadyException", "ServiceUnavailableException",
             "InternalServerException")


def estimate_cost(model_id: str, input_tokens: int, output_tokens: int) -> float | None:
    """Cost in USD of one turn's tokens; None for a model not in the price table."""
    for key, (price_in, price_out) in PRICES_PER_1K.items():
        if key in model_id:
            return round(input_tokens / 1000 * price_in + output_tokens / 1000 * price_out, 6)
    return None


def bedrock_client(settings: Settings, session: Any = None) -> Any:
    """A ``bedrock-runtime`` client: adaptive retries (throttling), connect/read timeouts."""
    import boto3
    from botocore.config import Config

    config = Config(region_name=settings.aws_region, connect_timeout=5, read_timeout=60,
                    retries={"mode": "adaptive", "max_attempts": 6})
    return (session or boto3.session.Session()).client("bedrock-runtime", config=config)


def guardrail_config(settings: Settings) -> dict[str, Any] | None:
    """Converse ``guardrailConfig`` when a guardrail id is configured."""
    if not settings.bedrock_guardrail_id:
        return None
    return {"guardrailIdentifier": settings.bedrock_guardrail_id,
            "guardrailVersion": settings.bedrock_guardrail_version or "DRAFT",
            "trace": "disabled"}


def bedrock_chat_model(settings: Settings, client: Any = None) -> Any:
    """``ChatBedrockConverse`` on ``settings.bedrock_model_id`` (client passed in for tests)."""
    from langchain_aws import ChatBedrockConverse

    kwargs: dict[str, Any] = {}
    guardrails = guardrail_config(settings)
    if guardrails:
        kwargs["guardrails"] = guardrails
    return ChatBedrockConverse(
        client=client or bedrock_client(settings), model=settings.bedrock_model_id,
        region_name=settings.aws_region, temperature=0.0, max_tokens=1024, **kwargs)
