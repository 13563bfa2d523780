"""Knowledge-base retrievers: local BM25, Bedrock Knowledge Base, OpenSearch."""

from __future__ import annotations

from typing import Any

from assistant.settings import Settings
from knowledge_base.retrievers.base import Retriever
from knowledge_base.retrievers.bedrock import BedrockKBRetriever
from knowledge_base.retrievers.local import LocalRetriever
from knowledge_base.retrievers.opensearch import OpenSearchRetriever

__all__ = ["BedrockKBRetriever", "LocalRetriever", "OpenSearchRetriever", "Retriever",
           "build_retriever"]


def build_retriever(settings: Settings, *, client: Any = None) -> Retriever:
    """The retriever for ``settings.kb_backend``; ``client`` is the backend's client
    (a bedrock-agent-runtime boto3 client, or an opensearch-py client), built when None."""
    if settings.kb_backend == "bedrock":
        return BedrockKBRetriever(settings.bedrock_kb_id, client=client,
                                  region=settings.aws_region)
    if settings.kb_backend == "opensearch":
        if client is None:
            from knowledge_base.opensearch_index import opensearch_client

            client = opensearch_client(settings)
        return OpenSearchRetriever(client, settings.opensearch_index)
    return LocalRetriever(settings)
