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
from moto import mock_aws

from assistant.errors import AssistantError
from infra.sagemaker_deploy import upload_feedback_table
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
def runtime(ready_settings) -> HandlerRuntime:
    return HandlerRuntime(ready_settings)


@pytest.fixture(scope="module")
def contexts(ready_settings, runtime):
    remote = ready_settings.model_copy(update={"predictor_backend": "sagemaker"})
    return build_context(ready_settings), build_context(remote, sagemaker_runtime=runtime)


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


def test_stored_feedback_from_the_exported_table_matches(ready_settings, runtime, monkeypatch
                                                         ) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    local = build_context(ready_settings)
    writer = run_tool("analyse-feedback-sentiment", {}, local).results[0]
    segment = run_tool("segment-customer", {"customer_id": writer.customer_id}, local)
    with mock_aws():
        s3 = boto3.client("s3", region_name="us-east-1")
        s3.create_bucket(Bucket="artifacts")
        upload_feedback_table(ready_settings, s3, "artifacts")
        remote = build_context(ready_settings.model_copy(update={
            "predictor_backend": "sagemaker", "artifact_bucket": "artifacts"}),
            sagemaker_runtime=runtime, s3=s3)
        for selector in ({}, {"country": "FRANCE"}, {"customer_id": writer.customer_id},
                         {"segment": segment.segment_name.lower()},
                         {"date_from": "2011-06-01", "date_to": "2011-09-30"}):
            out = same("analyse-feedback-sentiment", selector, (local, remote))
            assert out["generated_feedback"] is True
            assert out["aggregate"]["count"] > 0, selector


def test_stored_feedback_not_exported_says_what_to_run(ready_settings, runtime, monkeypatch
                                                       ) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    with mock_aws():
        s3 = boto3.client("s3", region_name="us-east-1")
        s3.create_bucket(Bucket="artifacts")
        remote = build_context(ready_settings.model_copy(update={
            "predictor_backend": "sagemaker", "artifact_bucket": "artifacts"}),
            sagemaker_runtime=runtime, s3=s3)
        with pytest.raises(AssistantError) as caught:
            run_tool("analyse-feedback-sentiment", {"country": "France"}, remote)
    assert caught.value.code == "not_ready"
    assert "assistant deploy endpoints" in caught.value.message
