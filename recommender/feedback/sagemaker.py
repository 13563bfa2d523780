"""SageMaker inference handlers for the feedback model (``model_fn``/``input_fn``/...).

Request ``{"texts": ["...", ...]}`` (application/json) -> ``{"results": [FeedbackAnalysis]}``;
a bad request gets ``{"error": {"code", "message", "details"}}`` instead of a stack trace.
``model_dir`` is a registered feedback version directory (classifier.joblib, semantic.joblib,
config.json); without a classifier the lexicons alone answer.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from recommender.feedback.analyser import LocalFeedbackAnalyser

JSON = "application/json"
MAX_TEXTS = 1000


def model_fn(model_dir: str) -> LocalFeedbackAnalyser:
    """Load the analyser from a model directory."""
    return LocalFeedbackAnalyser.from_directory(Path(model_dir))


def _texts(body: str | bytes, content_type: str) -> list[str]:
    if (content_type or JSON).split(";")[0].strip().lower() != JSON:
        raise AssistantError(f"unsupported content type {content_type!r}: send {JSON}")
    try:
        payload = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AssistantError("the request body is not valid JSON") from exc
    texts = payload.get("texts") if isinstance(payload, dict) else None
    if not isinstance(texts, list):
        raise AssistantError('the request body must be {"texts": ["...", ...]}')
    if len(texts) > MAX_TEXTS:
        raise AssistantError(f"at most {MAX_TEXTS} texts per request (got {len(texts)})")
    return ["" if t is None else str(t) for t in texts]


def input_fn(request_body: str | bytes, content_type: str = JSON) -> dict[str, Any]:
    """``{"texts": [...]}``, or ``{"error": AssistantError}`` for a bad request."""
    try:
        return {"texts": _texts(request_body, content_type)}
    except AssistantError as exc:
        return {"error": exc}


def predict_fn(input_data: dict[str, Any], model: LocalFeedbackAnalyser) -> dict[str, Any]:
    """Analyse the texts (or pass the request error on as an error body)."""
    if "error" in input_data:
        return input_data["error"].to_dict()
    return {"results": [r.model_dump() for r in model.analyse(input_data["texts"])]}


def output_fn(prediction: dict[str, Any], accept: str = JSON) -> tuple[str, str]:
    """Serialise the prediction as JSON."""
    return json.dumps(prediction, ensure_ascii=False), JSON


def handle(body: str | bytes, model: LocalFeedbackAnalyser,
           content_type: str = JSON) -> dict[str, Any]:
    """The whole request in one call (tests and in-process use)."""
    return predict_fn(input_fn(body, content_type), model)
