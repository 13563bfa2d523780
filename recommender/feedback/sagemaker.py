"""SageMaker inference handler for the feedback model (scikit-learn container conventions).

Request ``{"texts": ["...", ...]}`` (application/json) -> ``{"results": [FeedbackAnalysis]}``.
``model_dir`` is a registered feedback version directory (classifier.joblib, config.json).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from recommender.feedback.analyser import LocalFeedbackAnalyser
from recommender.feedback.classifier import SentimentClassifier

MAX_TEXTS = 1000


def model_fn(model_dir: str) -> LocalFeedbackAnalyser:
    """Load the analyser from a model directory (lexicons only when it holds no classifier)."""
    path = Path(model_dir)
    config_path = path / "config.json"
    config = json.loads(config_path.read_text()) if config_path.exists() else {}
    classifier = SentimentClassifier.load(path) if (path / "classifier.joblib").exists() \
        else None
    return LocalFeedbackAnalyser(classifier, lexicon_weight=float(
        config.get("lexicon_weight", 0.55)))


def input_fn(body: str | bytes, content_type: str = "application/json") -> list[str]:
    """Parse ``{"texts": [...]}``; a clear error for anything else."""
    if content_type.split(";")[0].strip() != "application/json":
        raise AssistantError(f"unsupported content type {content_type!r}: send application/json")
    try:
        payload = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AssistantError(f"the request body is not valid JSON: {exc}") from exc
    texts = payload.get("texts") if isinstance(payload, dict) else None
    if not isinstance(texts, list):
        raise AssistantError('the request body must be {"texts": ["...", ...]}')
    if len(texts) > MAX_TEXTS:
        raise AssistantError(f"at most {MAX_TEXTS} texts per request (got {len(texts)})")
    return ["" if t is None else str(t) for t in texts]


def predict_fn(texts: list[str], model: LocalFeedbackAnalyser) -> dict[str, Any]:
    """Analyse the texts."""
    return {"results": [r.model_dump() for r in model.analyse(texts)]}


def output_fn(prediction: dict[str, Any], accept: str = "application/json") -> str:
    """Serialise the prediction as JSON."""
    return json.dumps(prediction, ensure_ascii=False)


def handle(body: str | bytes, model: LocalFeedbackAnalyser) -> dict[str, Any]:
    """The whole request in one call (used by tests and the local predictor)."""
    return predict_fn(input_fn(body), model)
