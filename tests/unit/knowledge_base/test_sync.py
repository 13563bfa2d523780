"""``kb sync``: documents to S3 (moto) and a Bedrock ingestion job (Stubber-checked)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.stub import ANY, Stubber
from moto import mock_aws

from assistant.errors import AssistantError
from knowledge_base.sync import sync, sync_bedrock
from tests.conftest import make_settings

KB_ID, DS_ID, JOB_ID = "KB12345678", "DS12345678", "JOB1234567"
BUCKET = "assistant-artifacts"


@pytest.fixture
def s3(aws_env: None) -> Iterator[Any]:
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket=BUCKET)
        yield client


@pytest.fixture
def agent(aws_env: None) -> Any:
    return boto3.client("bedrock-agent", region_name="us-east-1")


def _job(status: str, **extra: Any) -> dict[str, Any]:
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    return {"ingestionJob": {"knowledgeBaseId": KB_ID, "dataSourceId": DS_ID,
                             "ingestionJobId": JOB_ID, "status": status, "startedAt": now,
                             "updatedAt": now, **extra}}


def _stub_job(stub: Stubber, statuses: list[str], **final: Any) -> None:
    ids = {"knowledgeBaseId": KB_ID, "dataSourceId": DS_ID}
    stub.add_response("start_ingestion_job", _job(statuses[0]),
                      {**ids, "clientToken": ANY, "description": "assistant kb sync"})
    for i, status in enumerate(statuses[1:], start=2):
        extra = final if i == len(statuses) else {}
        stub.add_response("get_ingestion_job", _job(status, **extra),
                          {**ids, "ingestionJobId": JOB_ID})


def _settings(tmp_path: Path, docs: Path | None = None):  # type: ignore[no-untyped-def]
    return make_settings(tmp_path, artifact_bucket=BUCKET, bedrock_kb_id=KB_ID,
                         bedrock_kb_data_source_id=DS_ID, kb_docs_dir=docs)


def _keys(s3: Any) -> list[str]:
    return sorted(o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def test_uploads_documents_with_metadata_and_waits_for_the_job(
        s3: Any, agent: Any, tmp_path: Path) -> None:
    sleeps: list[float] = []
    stats = {"numberOfDocumentsScanned": 28, "numberOfNewDocumentsIndexed": 28}
    with Stubber(agent) as stub:
        _stub_job(stub, ["STARTING", "IN_PROGRESS", "COMPLETE"], statistics=stats)
        report = sync_bedrock(_settings(tmp_path), s3=s3, agent=agent, poll_seconds=2,
                              sleep=sleeps.append)
        stub.assert_no_pending_responses()
    keys = _keys(s3)
    assert "knowledge-base/playbook-at-risk.md" in keys
    assert "knowledge-base/model-card-recommender.md" in keys
    assert report.uploaded == len(keys) and len(keys) % 2 == 0  # a sidecar per document
    body = s3.get_object(Bucket=BUCKET, Key="knowledge-base/playbook-at-risk.md")["Body"].read()
    assert body.decode().startswith("# Segment playbook: At risk")
    meta = json.loads(s3.get_object(
        Bucket=BUCKET, Key="knowledge-base/playbook-at-risk.md.metadata.json")["Body"].read())
    assert meta["metadataAttributes"]["doc_id"] == "playbook-at-risk"
    assert meta["metadataAttributes"]["audience"] == "marketing"
    assert (report.ingestion_job_id, report.status) == (JOB_ID, "COMPLETE")
    assert report.statistics["numberOfNewDocumentsIndexed"] == 28
    assert sleeps == [2, 2]
    assert "ingestion job JOB1234567 COMPLETE" in str(report)


def test_second_sync_uploads_only_changes_and_deletes_removed(
        s3: Any, agent: Any, tmp_path: Path, docs_copy: Path) -> None:
    settings = _settings(tmp_path, docs_copy)
    with Stubber(agent) as stub:
        _stub_job(stub, ["COMPLETE"])
        first = sync_bedrock(settings, s3=s3, agent=agent, sleep=lambda _s: None)
        (docs_copy / "seasonal-calendar.md").unlink()
        path = docs_copy / "returns-policy.md"
        path.write_text(path.read_text().replace("within 30 days", "within 45 days"))
        _stub_job(stub, ["COMPLETE"])
        second = sync_bedrock(settings, s3=s3, agent=agent, sleep=lambda _s: None)
    assert (second.uploaded, second.deleted) == (1, 2)
    assert second.unchanged == first.uploaded - 3
    assert "knowledge-base/seasonal-calendar.md" not in _keys(s3)


def test_failed_ingestion_job_is_reported(s3: Any, agent: Any, tmp_path: Path) -> None:
    with Stubber(agent) as stub:
        _stub_job(stub, ["STARTING", "FAILED"], failureReasons=["Access denied to the bucket"])
        with pytest.raises(AssistantError, match="ended FAILED: Access denied") as err:
            sync_bedrock(_settings(tmp_path), s3=s3, agent=agent, sleep=lambda _s: None)
    assert err.value.code == "unavailable"


def test_a_job_that_never_ends_times_out(s3: Any, agent: Any, tmp_path: Path) -> None:
    with Stubber(agent) as stub:
        _stub_job(stub, ["STARTING", "IN_PROGRESS", "IN_PROGRESS"])
        with pytest.raises(AssistantError, match="still IN_PROGRESS after 10 s"):
            sync_bedrock(_settings(tmp_path), s3=s3, agent=agent, poll_seconds=5,
                         timeout_seconds=10, sleep=lambda _s: None)


def test_throttled_start_is_retried(s3: Any, agent: Any, tmp_path: Path) -> None:
    with Stubber(agent) as stub:
        stub.add_client_error("start_ingestion_job", "ThrottlingException", "slow down",
                              http_status_code=429)
        _stub_job(stub, ["COMPLETE"])
        report = sync_bedrock(_settings(tmp_path), s3=s3, agent=agent, sleep=lambda _s: None)
    assert report.status == "COMPLETE"


def test_missing_configuration_names_the_settings(tmp_path: Path) -> None:
    with pytest.raises(AssistantError, match="ASSISTANT_ARTIFACT_BUCKET, ASSISTANT_BEDROCK_KB_ID"
                       ) as err:
        sync(make_settings(tmp_path))
    assert err.value.code == "not_ready"
