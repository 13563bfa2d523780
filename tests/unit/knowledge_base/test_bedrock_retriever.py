"""The Bedrock Knowledge Base retriever against a Stubber-checked bedrock-agent-runtime client."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from assistant.errors import AssistantError
from knowledge_base import BedrockKBRetriever, build_retriever
from tests.conftest import make_settings

KB_ID = "KB12345678"  # 10 characters [0-9a-zA-Z], as the API model requires
URI = "s3://assistant-artifacts/knowledge-base/playbook-at-risk.md"


def _result(text: str, score: float, uri: str = URI, **meta: Any) -> dict[str, Any]:
    return {"content": {"text": text, "type": "TEXT"},
            "location": {"type": "S3", "s3Location": {"uri": uri}}, "score": score,
            "metadata": {"x-amz-bedrock-kb-source-uri": uri, **meta}}


@pytest.fixture
def runtime(aws_env: None) -> Any:
    return boto3.client("bedrock-agent-runtime", region_name="us-east-1")


def _expected(query: str, k: int, flt: dict | None = None) -> dict[str, Any]:
    vector: dict[str, Any] = {"numberOfResults": k}
    if flt:
        vector["filter"] = flt
    return {"knowledgeBaseId": KB_ID, "retrievalQuery": {"text": query},
            "retrievalConfiguration": {"vectorSearchConfiguration": vector}}


def test_results_map_to_passages_with_source_and_score(runtime: Any) -> None:
    sleeps: list[float] = []
    retriever = BedrockKBRetriever(KB_ID, client=runtime, sleep=sleeps.append)
    with Stubber(runtime) as stub:
        stub.add_response("retrieve", {"retrievalResults": [
            _result("## Discount ceiling\nMaximum 15% off.", 0.61, doc_id="playbook-at-risk",
                    title="Segment playbook: At risk"),
            _result("At most 2 marketing emails a week.", 0.72,
                    uri="s3://assistant-artifacts/knowledge-base/campaign-guidelines.md"),
        ]}, _expected("discount for at-risk customers", 2))
        passages = retriever.search("  discount for at-risk customers ", k=2)
        stub.assert_no_pending_responses()
    assert [p.doc_id for p in passages] == ["campaign-guidelines", "playbook-at-risk"]
    top, second = passages
    assert top.title == "campaign-guidelines" and top.score == pytest.approx(0.72)
    assert second.title == "Segment playbook: At risk"
    assert second.source_uri == URI and second.text == "## Discount ceiling\nMaximum 15% off."
    assert second.section == "Discount ceiling" and top.section == ""
    assert sleeps == []


def test_filters_become_a_bedrock_retrieval_filter(runtime: Any) -> None:
    retriever = BedrockKBRetriever(KB_ID, client=runtime)
    flt = {"andAll": [{"in": {"key": "doc_id", "value": ["playbook-at-risk", "faq"]}},
                      {"equals": {"key": "audience", "value": "marketing"}}]}
    with Stubber(runtime) as stub:
        stub.add_response("retrieve", {"retrievalResults": []}, _expected("offers", 4, flt))
        assert retriever.search("offers", filters={"doc_id": ["playbook-at-risk", "faq"],
                                                   "audience": "marketing"}) == []
        stub.assert_no_pending_responses()


def test_throttling_is_retried_with_backoff_then_succeeds(runtime: Any) -> None:
    sleeps: list[float] = []
    retriever = BedrockKBRetriever(KB_ID, client=runtime, sleep=sleeps.append, base_delay=0.5)
    with Stubber(runtime) as stub:
        stub.add_client_error("retrieve", "ThrottlingException", "Rate exceeded",
                              http_status_code=429)
        stub.add_client_error("retrieve", "ServiceUnavailableException", "busy",
                              http_status_code=503)
        stub.add_response("retrieve", {"retrievalResults": [_result("Refunds in 14 days.", 0.5)]},
                          _expected("refund timing", 3))
        passages = retriever.search("refund timing", k=3)
        stub.assert_no_pending_responses()
    assert passages[0].text == "Refunds in 14 days."
    assert len(sleeps) == 2
    assert 0.25 <= sleeps[0] <= 0.5 and 0.5 <= sleeps[1] <= 1.0  # jittered exponential backoff


def test_persistent_throttling_becomes_unavailable(runtime: Any) -> None:
    retriever = BedrockKBRetriever(KB_ID, client=runtime, sleep=lambda _s: None, attempts=3)
    with Stubber(runtime) as stub:
        for _ in range(3):
            stub.add_client_error("retrieve", "ThrottlingException", "Rate exceeded",
                                  http_status_code=429)
        with pytest.raises(AssistantError, match="unavailable after 3 attempts") as err:
            retriever.search("refunds")
    assert err.value.code == "unavailable"


def test_a_rejected_request_is_not_retried(runtime: Any) -> None:
    retriever = BedrockKBRetriever(KB_ID, client=runtime, sleep=lambda _s: None)
    with Stubber(runtime) as stub:
        stub.add_client_error("retrieve", "ResourceNotFoundException", "no such knowledge base",
                              http_status_code=404)
        with pytest.raises(AssistantError, match="no such knowledge base") as err:
            retriever.search("refunds")
        stub.assert_no_pending_responses()
    assert err.value.code == "not_found"


def test_build_retriever_picks_bedrock_and_needs_a_kb_id(runtime: Any, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings(tmp_path, kb_backend="bedrock", bedrock_kb_id=KB_ID)
    assert isinstance(build_retriever(settings, client=runtime), BedrockKBRetriever)
    with pytest.raises(AssistantError, match="ASSISTANT_BEDROCK_KB_ID") as err:
        build_retriever(make_settings(tmp_path, kb_backend="bedrock"), client=runtime)
    assert err.value.code == "not_ready"


def test_bedrock_path_loads_no_heavy_libraries() -> None:
    """The API's Lambda uses the Bedrock backend and cannot carry numpy/pandas/scipy/sklearn."""
    import subprocess
    import sys

    code = ("import sys\nfrom knowledge_base import build_retriever\n"
            "from knowledge_base.retrievers.bedrock import BedrockKBRetriever\n"
            "BedrockKBRetriever('KB12345678', client=object())._retriever(3, {})\n"
            "import knowledge_base.ingest, knowledge_base.sync\n"
            "print(sorted(m for m in ('numpy', 'pandas', 'scipy', 'sklearn', 'rank_bm25') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
