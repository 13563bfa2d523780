"""The Bedrock backend: a Bedrock Knowledge Base through langchain-aws, with our retries.

``AmazonKnowledgeBasesRetriever`` builds its boto client with retries off, so every call
goes through :func:`knowledge_base.retry.with_retries` (throttling and 5xx are retried with
backoff). Results map to :class:`Passage` with the S3 source uri and the score.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any

from assistant.errors import AssistantError
from knowledge_base.index import check_filters
from knowledge_base.models import Passage
from knowledge_base.retrievers.base import check_query
from knowledge_base.retry import with_retries

SOURCE_URI_KEY = "x-amz-bedrock-kb-source-uri"
HEADING = re.compile(r"^#{2,3}\s+(.+?)\s*$", re.MULTILINE)  # first section heading in a chunk


def bedrock_filter(filters: dict[str, Any]) -> dict[str, Any] | None:
    """Our filters as a Bedrock ``RetrievalFilter`` (equals / in, joined with andAll)."""
    parts: list[dict[str, Any]] = []
    for key, value in filters.items():
        if isinstance(value, str):
            parts.append({"equals": {"key": key, "value": value}})
        else:
            parts.append({"in": {"key": key, "value": list(value)}})
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else {"andAll": parts}


def _location_uri(location: dict[str, Any]) -> str:
    for value in location.values():
        if isinstance(value, dict):
            for key in ("uri", "url"):
                if value.get(key):
                    return str(value[key])
    return ""


def to_passage(page_content: str, metadata: dict[str, Any]) -> Passage:
    """A langchain Document's content and metadata (from a Retrieve result) as a Passage."""
    source_meta = metadata.get("source_metadata") or {}
    uri = _location_uri(metadata.get("location") or {}) or str(source_meta.get(SOURCE_URI_KEY,
                                                                               ""))
    stem = PurePosixPath(uri.split("#", 1)[0]).name.removesuffix(".md") if uri else ""
    doc_id = str(source_meta.get("doc_id") or stem or "unknown")
    heading = HEADING.search(page_content)
    section = source_meta.get("section") or (heading.group(1).strip() if heading else "")
    return Passage(doc_id=doc_id, title=str(source_meta.get("title") or doc_id),
                   section=str(section), source_uri=uri,
                   text=page_content, score=float(metadata.get("score") or 0.0))


class BedrockKBRetriever:
    """Retrieve from a Bedrock Knowledge Base (client: a ``bedrock-agent-runtime`` client)."""

    def __init__(self, knowledge_base_id: str | None, *, client: Any = None,
                 region: str = "us-east-1", attempts: int = 4, base_delay: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if not knowledge_base_id:
            raise AssistantError("kb_backend is 'bedrock' but no Bedrock Knowledge Base id is "
                                 "configured: set ASSISTANT_BEDROCK_KB_ID", code="not_ready")
        if client is None:
            import boto3

            client = boto3.client("bedrock-agent-runtime", region_name=region)
        self.knowledge_base_id = knowledge_base_id
        self.client = client
        self.attempts = attempts
        self.base_delay = base_delay
        self.sleep = sleep

    def _retriever(self, k: int, filters: dict[str, Any]) -> Any:
        from langchain_aws.retrievers import AmazonKnowledgeBasesRetriever

        vector: dict[str, Any] = {"numberOfResults": k}
        flt = bedrock_filter(filters)
        if flt:
            vector["filter"] = flt
        return AmazonKnowledgeBasesRetriever(
            knowledge_base_id=self.knowledge_base_id, client=self.client,
            retrieval_config={"vectorSearchConfiguration": vector},
            min_score_confidence=None,
        )

    def search(self, query: str, k: int = 4, filters: dict[str, Any] | None = None
               ) -> list[Passage]:
        """The ``k`` best passages from the Knowledge Base, with retries on throttling."""
        query = check_query(query, k)
        retriever = self._retriever(k, check_filters(filters))
        docs = with_retries(lambda: retriever.invoke(query), what="the Bedrock Knowledge Base",
                            attempts=self.attempts, base_delay=self.base_delay,
                            sleep=self.sleep)
        passages = [to_passage(d.page_content, dict(d.metadata)) for d in docs]
        return sorted(passages, key=lambda p: -p.score)[:k]
