"""``assistant kb sync``: publish the documents to the configured remote backend.

Bedrock (default remote): upload every document (Markdown, plus a ``.metadata.json``
sidecar with doc_id, title, audience and updated for filtering) to
``s3://<artifact_bucket>/<kb_s3_prefix>``, delete objects of documents that no longer exist,
skip unchanged ones (MD5 = ETag), then start a Knowledge Base ingestion job and wait for it.
OpenSearch: write the chunks into the configured index. Clients are passed in.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from pydantic import BaseModel, Field

from assistant.errors import AssistantError
from assistant.settings import Settings
from knowledge_base.documents import load_documents
from knowledge_base.models import Document
from knowledge_base.retry import with_retries

DONE = {"COMPLETE", "FAILED", "STOPPED"}


class SyncReport(BaseModel):
    """What a sync did."""

    backend: str
    target: str = Field(description="s3://bucket/prefix or the OpenSearch index.")
    uploaded: int = Field(default=0, description="Objects written (new or changed).")
    unchanged: int = Field(default=0, description="Objects already up to date.")
    deleted: int = Field(default=0, description="Objects of removed documents deleted.")
    ingestion_job_id: str | None = None
    status: str = Field(default="", description="Final ingestion job status.")
    statistics: dict[str, int] = Field(default_factory=dict)

    def __str__(self) -> str:
        line = (f"{self.backend}: {self.uploaded} uploaded, {self.unchanged} unchanged, "
                f"{self.deleted} deleted -> {self.target}")
        if self.ingestion_job_id:
            line += f"; ingestion job {self.ingestion_job_id} {self.status}"
        return line


def render_markdown(doc: Document) -> str:
    """The text uploaded for a document: a title line and the body."""
    body = doc.body.lstrip()
    return body if body.startswith("# ") else f"# {doc.title}\n\n{body}"


def metadata_sidecar(doc: Document) -> str:
    """The Bedrock metadata file of a document (attributes usable in retrieval filters)."""
    return json.dumps({"metadataAttributes": {"doc_id": doc.doc_id, "title": doc.title,
                                              "audience": doc.audience,
                                              "updated": doc.updated or "unknown"}})


def _objects(docs: list[Document], prefix: str) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for doc in docs:
        key = f"{prefix}{doc.doc_id}.md"
        out[key] = render_markdown(doc).encode("utf-8")
        out[f"{key}.metadata.json"] = metadata_sidecar(doc).encode("utf-8")
    return out


def upload_documents(s3: Any, bucket: str, prefix: str, docs: list[Document],
                     *, sleep: Callable[[float], None] = time.sleep) -> SyncReport:
    """Make ``s3://bucket/prefix`` hold exactly these documents (and their sidecars)."""
    wanted = _objects(docs, prefix)
    existing: dict[str, str] = {}
    pages = with_retries(lambda: list(s3.get_paginator("list_objects_v2").paginate(
        Bucket=bucket, Prefix=prefix)), what=f"listing s3://{bucket}/{prefix}", sleep=sleep)
    for page in pages:
        for obj in page.get("Contents", []):
            existing[obj["Key"]] = str(obj.get("ETag", "")).strip('"')
    report = SyncReport(backend="bedrock", target=f"s3://{bucket}/{prefix}")
    for key, body in wanted.items():
        if existing.get(key) == hashlib.md5(body, usedforsecurity=False).hexdigest():
            report.unchanged += 1
            continue
        content_type = "application/json" if key.endswith(".json") else "text/markdown"
        with_retries(partial(s3.put_object, Bucket=bucket, Key=key, Body=body,
                             ContentType=content_type), what=f"uploading {key}", sleep=sleep)
        report.uploaded += 1
    for key in sorted(set(existing) - set(wanted)):
        with_retries(partial(s3.delete_object, Bucket=bucket, Key=key),
                     what=f"deleting {key}", sleep=sleep)
        report.deleted += 1
    return report


def run_ingestion_job(agent: Any, kb_id: str, data_source_id: str, *, poll_seconds: float = 5.0,
                      timeout_seconds: float = 900.0,
                      sleep: Callable[[float], None] = time.sleep) -> dict[str, Any]:
    """Start a Knowledge Base ingestion job and wait until it ends; return the job."""
    ids = {"knowledgeBaseId": kb_id, "dataSourceId": data_source_id}
    job = with_retries(lambda: agent.start_ingestion_job(
        **ids, clientToken=f"assistant-sync-{uuid.uuid4().hex}",
        description="assistant kb sync"), what="starting the ingestion job",
        sleep=sleep)["ingestionJob"]
    job_id = str(job["ingestionJobId"])
    waited = 0.0
    while job["status"] not in DONE:
        if waited >= timeout_seconds:
            raise AssistantError(f"ingestion job {job['ingestionJobId']} is still "
                                 f"{job['status']} after {timeout_seconds:.0f} s; check it in "
                                 "the Bedrock console", code="unavailable")
        sleep(poll_seconds)
        waited += poll_seconds
        job = with_retries(lambda: agent.get_ingestion_job(
            **ids, ingestionJobId=job_id), what="polling the ingestion job",
            sleep=sleep)["ingestionJob"]
    if job["status"] != "COMPLETE":
        reasons = "; ".join(job.get("failureReasons") or []) or "no reason given"
        raise AssistantError(f"ingestion job {job['ingestionJobId']} ended {job['status']}: "
                             f"{reasons}", code="unavailable",
                             details={"ingestion_job_id": job["ingestionJobId"]})
    return dict(job)


def sync_bedrock(settings: Settings, *, s3: Any = None, agent: Any = None,
                 poll_seconds: float = 5.0, timeout_seconds: float = 900.0,
                 sleep: Callable[[float], None] = time.sleep) -> SyncReport:
    """Upload the documents to S3 and run a Knowledge Base ingestion job."""
    missing = [name for name, value in (
        ("ASSISTANT_ARTIFACT_BUCKET", settings.artifact_bucket),
        ("ASSISTANT_BEDROCK_KB_ID", settings.bedrock_kb_id),
        ("ASSISTANT_BEDROCK_KB_DATA_SOURCE_ID", settings.bedrock_kb_data_source_id)) if not value]
    if missing:
        raise AssistantError("kb sync to Bedrock needs " + ", ".join(missing) + " to be set",
                             code="not_ready", details={"missing": missing})
    import boto3

    s3 = s3 or boto3.client("s3", region_name=settings.aws_region)
    agent = agent or boto3.client("bedrock-agent", region_name=settings.aws_region)
    docs = load_documents(settings)
    report = upload_documents(s3, str(settings.artifact_bucket), settings.kb_s3_prefix, docs,
                              sleep=sleep)
    job = run_ingestion_job(agent, str(settings.bedrock_kb_id),
                            str(settings.bedrock_kb_data_source_id), poll_seconds=poll_seconds,
                            timeout_seconds=timeout_seconds, sleep=sleep)
    report.ingestion_job_id = job["ingestionJobId"]
    report.status = job["status"]
    report.statistics = {k: int(v) for k, v in (job.get("statistics") or {}).items()}
    return report


def sync_opensearch(settings: Settings, *, client: Any = None) -> SyncReport:
    """Write every chunk into the OpenSearch index (created when missing)."""
    from knowledge_base.ingest import chunk_all
    from knowledge_base.opensearch_index import index_chunks, opensearch_client

    client = client or opensearch_client(settings)
    chunks = chunk_all(load_documents(settings))
    written = index_chunks(client, settings.opensearch_index, chunks)
    return SyncReport(backend="opensearch", target=settings.opensearch_index, uploaded=written)


def sync(settings: Settings, **clients: Any) -> SyncReport:
    """Sync to OpenSearch when kb_backend is 'opensearch', else to the Bedrock KB."""
    if settings.kb_backend == "opensearch":
        return sync_opensearch(settings, client=clients.get("client"))
    return sync_bedrock(settings, s3=clients.get("s3"), agent=clients.get("agent"))
