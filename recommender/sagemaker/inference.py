"""SageMaker inference handler for the recommender (JSON in, JSON out).

The model directory is a registered recommender version (``metadata.json``, ``hybrid.json``,
``hybrid.npz``, ``items.parquet``), as written by ``recommender.sagemaker.train``.

Requests (``application/json``):

- recommend: ``{"customer_id": "12347", "k": 5, "exclude_purchased": true, "category": null}``
  -> ``{"recommendations": [<Recommendation>, ...], "model_version": "v0001-..."}`` where a
  Recommendation is ``{"stock_code", "description", "category", "price", "score",
  "score_parts": {part: value}, "reasons": [{"kind", "text", "evidence"}]}``;
- explain: ``{"explain": {"customer_id": "12347", "stock_code": "22730"}}``
  -> ``{"explanation": <ItemExplanation>, "model_version": "..."}``.

Errors come back as ``{"error": {"code": "not_found", "message": "customer 99999 is not in
the data"}}``; the code is the AssistantError code (invalid_input, not_found, not_ready,
unavailable).
"""

from __future__ import annotations

import json
from typing import Any

from assistant.errors import AssistantError
from recommender.service import RecommenderService

JSON = "application/json"


def _error(exc: AssistantError) -> dict[str, Any]:
    return {"error": {"code": exc.code, "message": exc.message}}


def model_fn(model_dir: str) -> RecommenderService:
    """Load the recommender from the model directory."""
    return RecommenderService.load(model_dir)


def input_fn(request_body: str | bytes, content_type: str = JSON) -> dict[str, Any]:
    """Parse a JSON request (a bad body becomes an error payload for ``predict_fn``)."""
    if content_type and not content_type.startswith(JSON):
        return _error(AssistantError(f"unsupported content type {content_type}: send "
                                     f"{JSON}"))
    try:
        body = json.loads(request_body.decode() if isinstance(request_body, bytes)
                          else request_body)
    except (ValueError, UnicodeDecodeError):
        return _error(AssistantError("the request body is not valid JSON"))
    if not isinstance(body, dict):
        return _error(AssistantError("the request must be a JSON object"))
    return body


def predict_fn(data: dict[str, Any], model: RecommenderService) -> dict[str, Any]:
    """Recommend or explain; domain errors become an ``error`` payload."""
    if "error" in data:
        return data
    version = model.version.version if model.version else ""
    try:
        if "explain" in data:
            ask = data["explain"] if isinstance(data["explain"], dict) else {}
            if not ask.get("customer_id") or not ask.get("stock_code"):
                raise AssistantError("explain needs customer_id and stock_code")
            explanation = model.explain_item(str(ask["customer_id"]), str(ask["stock_code"]))
            return {"explanation": explanation.model_dump(), "model_version": version}
        if not data.get("customer_id"):
            raise AssistantError("customer_id is required")
        k = data.get("k", 10)
        if isinstance(k, bool) or not isinstance(k, int):
            raise AssistantError(f"k must be an integer between 1 and 100 (got {k!r})")
        recs = model.recommend(str(data["customer_id"]), k,
                               exclude_purchased=bool(data.get("exclude_purchased", True)),
                               category=data.get("category"))
        return {"recommendations": [r.model_dump() for r in recs], "model_version": version}
    except AssistantError as exc:
        return _error(exc)


def output_fn(prediction: dict[str, Any], accept: str = JSON) -> str:
    """Serialise the prediction as JSON (the only format offered)."""
    return json.dumps(prediction, ensure_ascii=False, default=str)
