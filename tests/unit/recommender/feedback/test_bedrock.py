"""The Bedrock backend through a real ChatBedrockConverse on a Stubber'd bedrock-runtime client."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.stub import ANY, Stubber

from recommender.feedback import FeedbackAnalyser, build_analyser
from recommender.feedback.bedrock import BedrockFeedbackAnalyser
from tests.conftest import make_settings

MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0"


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    return boto3.client("bedrock-runtime", region_name="us-east-1")


def _tool_answer(**fields: Any) -> dict[str, Any]:
    analysis = {"text": "x", "language": "fr", "sentiment": "negative", "score": -0.7,
                "confidence": 0.9, "themes": ["delivery"], "unmet_needs": [],
                "safety_concern": False, "safety_categories": [], "safety_evidence": [],
                "truncated": False, "error": None, **fields}
    return {"output": {"message": {"role": "assistant", "content": [{"toolUse": {
        "toolUseId": "tool-1", "name": "FeedbackAnalysis", "input": analysis}}]}},
        "stopReason": "tool_use", "usage": {"inputTokens": 10, "outputTokens": 5,
                                            "totalTokens": 15}, "metrics": {"latencyMs": 5}}


def _model(client: Any) -> Any:
    from langchain_aws import ChatBedrockConverse

    return ChatBedrockConverse(client=client, model=MODEL_ID, region_name="us-east-1",
                               temperature=0)


def test_structured_output_becomes_the_shared_model(client: Any) -> None:
    stubber = Stubber(client)
    expected = {"modelId": MODEL_ID, "messages": ANY, "system": ANY, "toolConfig": ANY,
                "inferenceConfig": ANY}
    stubber.add_response("converse", _tool_answer(), expected)
    stubber.add_response("converse", _tool_answer(language="en", sentiment="positive",
                                                  score=0.8, themes=["praise"]), expected)
    with stubber:
        analyser = BedrockFeedbackAnalyser(_model(client))
        fr, en = analyser.analyse(["Livraison en retard et le chargeur a pris feu.",
                                   "Lovely mug, thanks!"])
        stubber.assert_no_pending_responses()
    assert isinstance(analyser, FeedbackAnalyser)
    assert fr.text == "Livraison en retard et le chargeur a pris feu."
    assert fr.language == "fr" and fr.themes == ["delivery"]
    # the model missed the fire: the recall-first local patterns add it
    assert fr.safety_concern and fr.safety_categories == ["burn_fire"]
    assert en.sentiment == "positive" and not en.safety_concern


def test_a_failed_call_flags_that_row_only(client: Any) -> None:
    stubber = Stubber(client)
    stubber.add_client_error("converse", service_error_code="ValidationException",
                             service_message="bad input", http_status_code=400)
    stubber.add_response("converse", _tool_answer())
    with stubber:
        first, empty, second = BedrockFeedbackAnalyser(_model(client)).analyse(
            ["one", "", "deux"])
    assert first.error and "Bedrock could not analyse" in first.error
    assert "analysed locally" in first.error and first.language == "other"
    assert empty.error == "empty text"
    assert second.error is None and second.language == "fr"


def test_build_analyser_picks_the_configured_backend(client: Any, tmp_path: Any) -> None:
    settings = make_settings(tmp_path, feedback_backend="bedrock")
    assert isinstance(build_analyser(settings, chat_model=_model(client)),
                      BedrockFeedbackAnalyser)
    local = build_analyser(make_settings(tmp_path))
    assert type(local).__name__ == "LocalFeedbackAnalyser"


def test_stops_calling_a_failing_service(client: Any) -> None:
    stubber = Stubber(client)
    for _ in range(3):
        stubber.add_client_error("converse", service_error_code="ServiceUnavailableException",
                                 service_message="down", http_status_code=503)
    with stubber:
        results = BedrockFeedbackAnalyser(_model(client)).analyse(
            [f"text {i}" for i in range(5)] + ["The charger caught fire."])
        stubber.assert_no_pending_responses()
    assert len(results) == 6 and all(r.error for r in results)
    # the local fallback still reports the hazard
    assert results[-1].safety_concern and results[-1].safety_categories == ["burn_fire"]


def test_the_semantic_models_back_up_the_model_on_paraphrased_harm(
        client: Any, trained_analyser: Any) -> None:
    """A hazard Claude overlooks and no pattern names is still reported, by the local
    semantic models the analyser from the settings carries."""
    text = "Whenever I touch the toaster and the tap together my arm tingles."
    stubber = Stubber(client)
    stubber.add_response("converse", _tool_answer(language="en", themes=["product_quality"]))
    with stubber:
        [result] = BedrockFeedbackAnalyser(_model(client), fallback=trained_analyser).analyse(
            [text])
    assert result.error is None and result.language == "en"
    assert result.safety_concern and result.safety_categories == ["electrical"]
