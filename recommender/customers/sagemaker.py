"""SageMaker inference handlers for the customer models (``model_fn``/``input_fn``/...).

One module serves both endpoints built from a "customers" version directory:

* **K-means rows** (the SageMaker built-in K-means formats, so an endpoint trained with the
  built-in algorithm is interchangeable with ours): ``text/csv`` rows or ``application/json``
  ``{"instances": [{"data": {"features": {"values": [...]}}}]}`` (a plain numeric array, or a
  list of them, also stands for dense vectors). Each row is a *scaled* vector in the order of
  :data:`ROW_ORDER`: ``(log1p(x) - mean) / scale`` of days since the last order, orders,
  total spend, days since the first order and average order value, with ``mean`` and
  ``scale`` from ``segments.json``. Answer:
  ``{"predictions": [{"closest_cluster": 1.0, "distance_to_cluster": 3.0}, ...]}``.
* **By customer id**: ``{"customer_id": "12347"}``. The segments endpoint answers the
  SegmentResult, the engagement endpoint the EngagementExplanation (as JSON). The task comes
  from the ``action`` field ("segment" | "explain" | "profiles") or else from the endpoint's
  ``ASSISTANT_SAGEMAKER_TASK`` environment variable ("segments" | "engagement").

Errors a user can act on come back as ``{"error": {"code", "message", "details"}}``.
"""

from __future__ import annotations

import csv
import io
import json
import os
from typing import Any

from assistant.errors import AssistantError
from recommender.customers.segments import SEGMENT_FEATURES
from recommender.customers.service import CustomerModelsService

ROW_ORDER = list(SEGMENT_FEATURES)
JSON = "application/json"
CSV = "text/csv"


def model_fn(model_dir: str) -> CustomerModelsService:
    """Load the version directory unpacked from model.tar.gz."""
    return CustomerModelsService.load(model_dir)


def _rows_from_csv(body: str) -> list[list[float]]:
    rows = [r for r in csv.reader(io.StringIO(body)) if r and any(c.strip() for c in r)]
    try:
        return [[float(c) for c in r] for r in rows]
    except ValueError as exc:
        raise AssistantError("text/csv rows must hold numbers only") from exc


def _rows_from_json(data: Any) -> list[list[float]]:
    if isinstance(data, dict) and "instances" in data:
        rows = []
        for inst in data["instances"]:
            if isinstance(inst, dict):
                values = ((inst.get("data") or {}).get("features") or {}).get("values")
                if values is None:
                    values = inst.get("features")
            else:
                values = inst
            if not isinstance(values, list):
                raise AssistantError("each instance needs data.features.values (a list)")
            rows.append(values)
    elif isinstance(data, list) and data and all(isinstance(v, int | float) for v in data):
        rows = [data]
    elif isinstance(data, list):
        rows = data
    else:
        raise AssistantError("expected {\"instances\": [...]}, a numeric array or "
                             "{\"customer_id\": ...}")
    try:
        return [[float(v) for v in row] for row in rows]
    except (TypeError, ValueError) as exc:
        raise AssistantError("feature values must be numbers") from exc


def input_fn(request_body: str | bytes, content_type: str = JSON) -> dict[str, Any]:
    """Parse a request into ``{"rows": [...]}`` or ``{"customer_id": ..., "action": ...}``."""
    body = request_body.decode("utf-8") if isinstance(request_body, bytes) else request_body
    kind = (content_type or JSON).split(";")[0].strip().lower()
    try:
        if kind == CSV:
            return {"rows": _rows_from_csv(body)}
        if kind != JSON:
            raise AssistantError(f"unsupported content type {content_type!r} (use {JSON} or "
                                 f"{CSV})")
        try:
            data = json.loads(body)
        except json.JSONDecodeError as exc:
            raise AssistantError("the request body is not valid JSON") from exc
        if isinstance(data, dict) and "customer_id" in data:
            return {"customer_id": data["customer_id"], "action": data.get("action"),
                    "as_of": data.get("as_of")}
        if isinstance(data, dict) and data.get("action") == "profiles":
            return {"action": "profiles"}
        return {"rows": _rows_from_json(data)}
    except AssistantError as exc:
        return {"error": exc}


def _default_action() -> str:
    task = os.environ.get("ASSISTANT_SAGEMAKER_TASK", "segments")
    return "explain" if task == "engagement" else "segment"


def predict_fn(input_data: dict[str, Any], model: CustomerModelsService) -> dict[str, Any]:
    """K-means predictions, a segment, an explanation or the profiles (or an error body)."""
    try:
        if "error" in input_data:
            raise input_data["error"]
        if "rows" in input_data:
            if not input_data["rows"]:
                return {"predictions": []}
            clusters, distances = model.segments.predict_scaled(input_data["rows"])
            return {"predictions": [
                {"closest_cluster": float(c), "distance_to_cluster": float(d)}
                for c, d in zip(clusters, distances, strict=True)]}
        action = input_data.get("action") or _default_action()
        if action == "profiles":
            return {"profiles": [p.model_dump(mode="json") for p in model.profiles()]}
        if action not in ("segment", "explain"):
            raise AssistantError(f"unknown action {action!r} (segment, explain or profiles)")
        answer = (model.segment if action == "segment" else model.explain)(
            input_data["customer_id"], input_data.get("as_of"))
        return answer.model_dump(mode="json")
    except AssistantError as exc:
        return exc.to_dict()


def output_fn(prediction: dict[str, Any], accept: str = JSON) -> tuple[str, str]:
    """Serialise as JSON (the only answer format of these endpoints)."""
    return json.dumps(prediction), JSON
