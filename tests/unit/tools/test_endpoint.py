"""The SageMaker endpoint invoker: retries with backoff, readable errors (botocore Stubber, so
every request is checked against the real sagemaker-runtime API model)."""

from __future__ import annotations

import io
import json

import boto3
import pytest
from botocore.response import StreamingBody
from botocore.stub import Stubber

from assistant.errors import AssistantError
from tools.predictors.endpoint import EndpointInvoker

ENDPOINT = "assistant-segments"


@pytest.fixture()
def client(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    return boto3.client("sagemaker-runtime", region_name="us-east-1")


def body(data: object) -> StreamingBody:
    raw = json.dumps(data).encode()
    return StreamingBody(io.BytesIO(raw), len(raw))


def expected(payload: dict) -> dict:
    return {"EndpointName": ENDPOINT, "ContentType": "application/json",
            "Accept": "application/json", "Body": json.dumps(payload, separators=(",", ":"))}


def test_throttled_then_answers_after_backoff(client) -> None:
    sleeps: list[float] = []
    invoker = EndpointInvoker(client, max_attempts=4, base_delay=0.1, sleep=sleeps.append)
    with Stubber(client) as stub:
        stub.add_client_error("invoke_endpoint", service_error_code="ThrottlingException",
                              http_status_code=400, expected_params=expected({"x": 1}))
        stub.add_client_error("invoke_endpoint", service_error_code="ServiceUnavailable",
                              http_status_code=503)
        stub.add_response("invoke_endpoint", {"Body": body({"segment_id": 2})},
                          expected_params=expected({"x": 1}))
        assert invoker.invoke(ENDPOINT, {"x": 1}, label="segment model") == {"segment_id": 2}
        stub.assert_no_pending_responses()
    assert len(sleeps) == 2
    assert sleeps[1] > sleeps[0]  # exponential backoff


def test_unavailable_after_retries_never_a_raw_botocore_error(client) -> None:
    invoker = EndpointInvoker(client, max_attempts=3, sleep=lambda _s: None)
    with Stubber(client) as stub:
        for _ in range(3):
            stub.add_client_error("invoke_endpoint", service_error_code="ModelNotReadyException",
                                  http_status_code=429, expected_params=None)
        with pytest.raises(AssistantError) as caught:
            invoker.invoke(ENDPOINT, {"customer_id": "12347"}, label="segment model")
        stub.assert_no_pending_responses()
    assert caught.value.code == "unavailable"
    assert "the segment model is unavailable right now" in caught.value.message
    assert "3 attempts" in caught.value.message


def test_error_body_becomes_the_same_assistant_error(client) -> None:
    invoker = EndpointInvoker(client, sleep=lambda _s: None)
    error = {"error": {"code": "not_found", "message": "customer 99999 is not in the data"}}
    with Stubber(client) as stub:
        stub.add_response("invoke_endpoint", {"Body": body(error)}, expected_params=None)
        with pytest.raises(AssistantError) as caught:
            invoker.invoke(ENDPOINT, {"customer_id": "99999"}, label="segment model")
    assert caught.value.code == "not_found"
    assert caught.value.message == "customer 99999 is not in the data"


def test_model_error_carrying_our_error_is_not_retried(client) -> None:
    invoker = EndpointInvoker(client, sleep=lambda _s: pytest.fail("must not retry"))
    original = json.dumps({"error": {"code": "invalid_input", "message": "k must be 1-50"}})
    with Stubber(client) as stub:
        stub.add_client_error("invoke_endpoint", service_error_code="ModelError",
                              http_status_code=424,
                              modeled_fields={"OriginalStatusCode": 400,
                                              "OriginalMessage": original})
        with pytest.raises(AssistantError) as caught:
            invoker.invoke(ENDPOINT, {"k": 99}, label="recommender")
    assert (caught.value.code, caught.value.message) == ("invalid_input", "k must be 1-50")


def test_missing_endpoint_says_how_to_deploy(client) -> None:
    invoker = EndpointInvoker(client, sleep=lambda _s: pytest.fail("must not retry"))
    with Stubber(client) as stub:
        stub.add_client_error(
            "invoke_endpoint", service_error_code="ValidationException", http_status_code=400,
            service_message=f"Endpoint {ENDPOINT} of account 123456789012 not found.")
        with pytest.raises(AssistantError) as caught:
            invoker.invoke(ENDPOINT, {}, label="segment model")
    assert caught.value.code == "not_ready"
    assert "assistant deploy endpoints" in caught.value.message


def test_answer_that_is_not_json_is_a_readable_error(client) -> None:
    invoker = EndpointInvoker(client, sleep=lambda _s: None)
    with Stubber(client) as stub:
        raw = b"<html>bad gateway</html>"
        stub.add_response("invoke_endpoint", {"Body": StreamingBody(io.BytesIO(raw), len(raw))})
        with pytest.raises(AssistantError, match="not JSON") as caught:
            invoker.invoke(ENDPOINT, {}, label="segment model")
    assert caught.value.code == "unavailable"


def test_default_client_has_short_timeouts_and_no_hidden_retries(monkeypatch) -> None:
    from tools.predictors.endpoint import default_runtime_client

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    config = default_runtime_client("eu-west-1", timeout_seconds=3.0).meta.config
    assert (config.read_timeout, config.connect_timeout) == (3.0, 3.0)
    assert config.retries["total_max_attempts"] == 1  # the invoker's backoff is the only retry
    assert config.region_name == "eu-west-1"
