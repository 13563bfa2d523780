"""The sagemaker backend against the model engineers' real inference handlers, run in-process
on the same champion artifacts: every tool must answer exactly as on the local backend."""

from __future__ import annotations

import importlib
import io
from typing import Any

import boto3
import pytest
from botocore.response import StreamingBody
from botocore.validate import validate_parameters

from assistant.errors import AssistantError
from recommender.registry import Registry
from tools.context import build_context
from tools.registry import run_tool

HANDLERS = {"recommender": ("recommender", "recommender.sagemaker.inference"),
            "segments": ("customers", "recommender.customers.sagemaker"),
            "engagement": ("customers", "recommender.customers.sagemaker"),
            "feedback": ("feedback", "recommender.feedback.sagemaker")}


class HandlerRuntime:
    """A sagemaker-runtime client whose endpoints are the handlers, run in-process. Requests
    are validated against the real API model first."""

    def __init__(self, settings: Any) -> None:
        shape = boto3.client("sagemaker-runtime", region_name="us-east-1").meta.service_model
        self._input = shape.operation_model("InvokeEndpoint").input_shape
        registry = Registry(settings.models_dir)
        self.endpoints: dict[str, tuple[Any, Any]] = {}
        for key, (kind, module) in HANDLERS.items():
            handler = importlib.import_module(module)
            champion = registry.champion(kind)
            assert champion is not None
            name = getattr(settings, f"sagemaker_{key}_endpoint")
            self.endpoints[name] = (handler, handler.model_fn(str(champion.path)))

    def invoke_endpoint(self, **params: Any) -> dict[str, Any]:
        validate_parameters(params, self._input)
        handler, model = self.endpoints[params["EndpointName"]]
        data = handler.input_fn(params["Body"], params["ContentType"])
        answer = handler.output_fn(handler.predict_fn(data, model), params["Accept"])
        raw = (answer[0] if isinstance(answer, tuple) else answer).encode()
        return {"Body": StreamingBody(io.BytesIO(raw), len(raw)),
                "ContentType": "application/json"}


@pytest.fixture(scope="module")
def contexts(ready_settings):
    remote = ready_settings.model_copy(update={"predictor_backend": "sagemaker"})
    return (build_context(ready_settings),
            build_context(remote, sagemaker_runtime=HandlerRuntime(ready_settings)))


def same(name: str, args: dict[str, Any], contexts) -> dict[str, Any]:
    local, remote = contexts
    expected = run_tool(name, args, local).model_dump(mode="json")
    assert run_tool(name, args, remote).model_dump(mode="json") == expected
    return expected


def test_recommendations_match(contexts) -> None:
    out = same("recommend-for-user", {"customer_id": "12347", "k": 5}, contexts)
    assert len(out["items"]) == 5 and out["segment"] and out["country"]
    same("recommend-for-user", {"customer_id": "17850", "k": 3, "category": "Christmas",
                                "exclude_purchased": False}, contexts)


def test_segments_and_explanations_match(contexts) -> None:
    for customer in ("12347", "12583", "17850"):
        same("segment-customer", {"customer_id": customer}, contexts)
        same("explain-prediction", {"customer_id": customer}, contexts)


def test_item_explanation_matches(contexts) -> None:
    top = run_tool("recommend-for-user", {"customer_id": "12583", "k": 1}, contexts[0])
    out = same("explain-prediction", {"customer_id": "12583",
                                      "item_id": top.items[0].stock_code}, contexts)
    assert out["item"]["rank"] == 1


def test_feedback_texts_match(contexts) -> None:
    out = same("analyse-feedback-sentiment", {"texts": [
        "The kettle sparked and gave me an electric shock.", "Great value, fast delivery!",
        "Le colis est arrivé en retard."]}, contexts)
    assert out["aggregate"]["safety_cases"]


@pytest.mark.parametrize(("tool", "args", "code", "message"), [
    ("segment-customer", {"customer_id": "99999"}, "not_found",
     "customer 99999 is not in the data"),
    ("recommend-for-user", {"customer_id": "99999"}, "not_found",
     "customer 99999 is not in the data"),
    ("explain-prediction", {"customer_id": "12347", "item_id": "NOPE1"}, "not_found",
     "product NOPE1 is not in the catalogue"),
    ("recommend-for-user", {"customer_id": "12347", "category": "Cars"}, "invalid_input", None),
])
def test_errors_match(contexts, tool: str, args: dict[str, Any], code: str,
                      message: str | None) -> None:
    errors = []
    for context in contexts:
        with pytest.raises(AssistantError) as caught:
            run_tool(tool, args, context)
        errors.append((caught.value.code, caught.value.message))
    assert errors[0] == errors[1]
    assert errors[0][0] == code
    if message:
        assert errors[0][1] == message
