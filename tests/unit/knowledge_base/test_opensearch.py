"""OpenSearch: the Bedrock vector index, chunk upload and BM25 search, over a fake transport
that records every request (method, path, body), and SigV4 signing for OpenSearch Serverless."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

import pytest
from opensearchpy import OpenSearch
from opensearchpy.connection import Connection

from assistant.errors import AssistantError
from knowledge_base import OpenSearchRetriever, build_retriever
from knowledge_base.opensearch_index import (
    create_vector_index,
    opensearch_client,
)
from knowledge_base.sync import sync
from tests.conftest import make_settings


class FakeConnection(Connection):
    """Answers from a queue of (status, body) and records each request."""

    requests: ClassVar[list[dict[str, Any]]] = []
    answers: ClassVar[list[Any]] = []  # (status, body) or a function of the request

    def perform_request(self, method: str, url: str, params: Any = None, body: Any = None,
                        timeout: Any = None, ignore: Any = (), headers: Any = None
                        ) -> tuple[int, dict[str, str], str]:
        text = body.decode() if isinstance(body, bytes) else body
        request = {"method": method, "path": url, "params": dict(params or {}), "body": text}
        FakeConnection.requests.append(request)
        answer = FakeConnection.answers.pop(0)
        status, answer = answer(request) if callable(answer) else answer
        raw = answer if isinstance(answer, str) else json.dumps(answer)
        if not 200 <= status < 300 and status not in ignore:
            self._raise_error(status, raw)
        return status, {"content-type": "application/json"}, raw


@pytest.fixture
def fake() -> Any:
    FakeConnection.requests = []
    FakeConnection.answers = []
    client = OpenSearch(hosts=[{"host": "search.example", "port": 443}],
                        connection_class=FakeConnection, max_retries=0)
    return client


def _body(i: int) -> dict[str, Any]:
    return json.loads(FakeConnection.requests[i]["body"])


def test_creates_the_bedrock_vector_index(fake: Any) -> None:
    FakeConnection.answers = [(404, ""), (200, {"acknowledged": True})]
    assert create_vector_index(fake, "assistant-kb", 1024) is True
    head, put = FakeConnection.requests
    assert (head["method"], head["path"]) == ("HEAD", "/assistant-kb")
    assert (put["method"], put["path"]) == ("PUT", "/assistant-kb")
    body = _body(1)
    assert body["settings"]["index"]["knn"] is True
    props = body["mappings"]["properties"]
    vector = props["bedrock-knowledge-base-default-vector"]
    assert vector["type"] == "knn_vector" and vector["dimension"] == 1024
    assert vector["method"]["engine"] == "faiss" and vector["method"]["name"] == "hnsw"
    assert props["AMAZON_BEDROCK_TEXT_CHUNK"] == {"type": "text"}
    assert props["AMAZON_BEDROCK_METADATA"] == {"type": "text", "index": False}


def test_existing_index_is_left_alone(fake: Any) -> None:
    FakeConnection.answers = [(200, "")]
    assert create_vector_index(fake, "assistant-kb", 1024) is False
    assert [r["method"] for r in FakeConnection.requests] == ["HEAD"]


def test_bad_dimension_is_a_clear_error(fake: Any) -> None:
    with pytest.raises(AssistantError, match="dimension must be at least 2"):
        create_vector_index(fake, "assistant-kb", 0)


def test_search_sends_a_match_query_and_maps_hits(fake: Any) -> None:
    hit = {"_id": "playbook-at-risk#discount-ceiling", "_score": 7.5, "_source": {
        "doc_id": "playbook-at-risk", "title": "Segment playbook: At risk",
        "section": "Discount ceiling", "source_uri": "kb://playbook-at-risk#discount-ceiling",
        "text": "Maximum 15% off for at-risk customers."}}
    FakeConnection.answers = [(200, {"hits": {"hits": [hit]}})]
    passages = OpenSearchRetriever(fake, "assistant-kb").search(
        "discount at risk", k=3, filters={"doc_id": ["playbook-at-risk"], "audience": "marketing"})
    request = FakeConnection.requests[0]
    assert (request["method"], request["path"]) == ("POST", "/assistant-kb/_search")
    assert _body(0) == {"size": 3, "query": {"bool": {
        "must": [{"match": {"text": "discount at risk"}}],
        "filter": [{"terms": {"doc_id": ["playbook-at-risk"]}},
                   {"term": {"audience": "marketing"}}]}}}
    (p,) = passages
    assert (p.doc_id, p.section, p.score) == ("playbook-at-risk", "Discount ceiling", 7.5)
    assert p.source_uri == "kb://playbook-at-risk#discount-ceiling"
    assert p.text == "Maximum 15% off for at-risk customers."


def test_hits_of_a_bedrock_managed_index_map_too(fake: Any) -> None:
    meta = json.dumps({"x-amz-bedrock-kb-source-uri": "s3://b/knowledge-base/faq.md",
                       "doc_id": "faq"})
    FakeConnection.answers = [(200, {"hits": {"hits": [{"_id": "1", "_score": 2.0, "_source": {
        "AMAZON_BEDROCK_TEXT_CHUNK": "Chunk text.", "AMAZON_BEDROCK_METADATA": meta}}]}})]
    retriever = OpenSearchRetriever(fake, "bedrock-index", text_field="AMAZON_BEDROCK_TEXT_CHUNK")
    (p,) = retriever.search("anything")
    assert (p.doc_id, p.source_uri, p.text) == ("faq", "s3://b/knowledge-base/faq.md",
                                                "Chunk text.")


def test_missing_index_is_not_ready(fake: Any) -> None:
    FakeConnection.answers = [(404, {"error": {"type": "index_not_found_exception"}})]
    with pytest.raises(AssistantError, match="does not exist: run `assistant kb sync`") as err:
        OpenSearchRetriever(fake, "assistant-kb").search("refunds")
    assert err.value.code == "not_ready"


def test_sync_writes_every_chunk_with_bulk(fake: Any, tmp_path: Path) -> None:
    def bulk_answer(request: dict[str, Any]) -> tuple[int, Any]:
        actions = [json.loads(x) for x in request["body"].splitlines()[::2] if x]
        items = [{"index": {"_id": a["index"]["_id"], "status": 201}} for a in actions]
        return 200, {"took": 1, "errors": False, "items": items}

    FakeConnection.answers = [(404, ""), (200, {"acknowledged": True}), bulk_answer]
    settings = make_settings(tmp_path, kb_backend="opensearch", opensearch_host="search.example")
    report = sync(settings, client=fake)
    head, put, bulk = FakeConnection.requests
    assert (put["method"], put["path"]) == ("PUT", "/assistant-kb")
    assert _body(1)["mappings"]["properties"]["doc_id"] == {"type": "keyword"}
    assert (bulk["method"], bulk["path"]) == ("POST", "/_bulk")
    assert bulk["params"].get("refresh") in ("true", b"true", True)  # searchable at once
    lines = [json.loads(x) for x in bulk["body"].splitlines() if x]
    actions, docs = lines[::2], lines[1::2]
    assert report.backend == "opensearch" and report.uploaded == len(docs) > 100
    assert all(a["index"]["_index"] == "assistant-kb" for a in actions)
    assert all(a["index"]["_id"] == d["chunk_id"] for a, d in zip(actions, docs, strict=True))
    assert {"text", "doc_id", "section", "source_uri"} <= set(docs[0])


def test_build_retriever_picks_opensearch(fake: Any, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, kb_backend="opensearch", opensearch_host="search.example")
    assert isinstance(build_retriever(settings, client=fake), OpenSearchRetriever)


def test_client_signs_requests_with_sigv4_for_aoss(tmp_path: Path) -> None:
    import requests
    from botocore.credentials import Credentials

    settings = make_settings(tmp_path, opensearch_host="abc123.us-east-1.aoss.amazonaws.com",
                             aws_region="us-east-1")
    client = opensearch_client(settings, credentials=Credentials("AKIDEXAMPLE", "secret"))
    seen: list[requests.PreparedRequest] = []

    class Adapter(requests.adapters.HTTPAdapter):
        def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
            seen.append(request)
            response = requests.Response()
            response.status_code = 200
            response._content = b'{"hits": {"hits": []}}'
            response.request = request
            response.headers["content-type"] = "application/json"
            return response

    connection = client.transport.connection_pool.connections[0]
    connection.session.mount("https://", Adapter())
    assert OpenSearchRetriever(client, "assistant-kb").search("refunds") == []
    (request,) = seen
    assert request.url.startswith("https://abc123.us-east-1.aoss.amazonaws.com:443/assistant-kb")
    auth = request.headers["Authorization"]
    assert auth.startswith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
    assert "/us-east-1/aoss/aws4_request" in auth
    assert "x-amz-content-sha256" in {k.lower() for k in request.headers}


def test_client_needs_a_host(tmp_path: Path) -> None:
    with pytest.raises(AssistantError, match="ASSISTANT_OPENSEARCH_HOST"):
        opensearch_client(make_settings(tmp_path))
