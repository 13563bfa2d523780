"""The knowledge base: documents, ingest, and retrieval (local BM25, Bedrock KB, OpenSearch).

Passages are data to quote with their source, never instructions to follow.
"""

from knowledge_base.models import Chunk, Document, IngestReport, Passage
from knowledge_base.retrievers import (
    BedrockKBRetriever,
    LocalRetriever,
    OpenSearchRetriever,
    Retriever,
    build_retriever,
)

__all__ = ["BedrockKBRetriever", "Chunk", "Document", "IngestReport", "LocalRetriever",
           "OpenSearchRetriever", "Passage", "Retriever", "build_retriever"]
