"""OpenSearch: the vector index a Bedrock Knowledge Base needs, SigV4 clients, chunk upload.

A Bedrock Knowledge Base on OpenSearch Serverless stores its chunks in an index that must
exist before the Knowledge Base is created: a ``knn_vector`` field (dimension of the
embedding model, e.g. 1024 for Titan Text Embeddings v2), a text field and a metadata field,
with ``index.knn: true``. :func:`create_vector_index` creates it (idempotently).
For self-managed clusters, :func:`index_chunks` writes our own chunks into a plain text
index that :class:`knowledge_base.retrievers.opensearch.OpenSearchRetriever` queries.
"""

from __future__ import annotations

from typing import Any

from assistant.errors import AssistantError
from assistant.settings import Settings
from knowledge_base.models import Chunk

VECTOR_FIELD = "bedrock-knowledge-base-default-vector"
TEXT_FIELD = "AMAZON_BEDROCK_TEXT_CHUNK"
METADATA_FIELD = "AMAZON_BEDROCK_METADATA"


def vector_index_body(dimension: int, *, vector_field: str = VECTOR_FIELD,
                      text_field: str = TEXT_FIELD, metadata_field: str = METADATA_FIELD
                      ) -> dict[str, Any]:
    """Settings and mappings of the index a Bedrock Knowledge Base writes its vectors to."""
    if dimension < 2:
        raise AssistantError(f"the vector dimension must be at least 2 (got {dimension})")
    return {
        "settings": {"index": {"knn": True, "knn.algo_param.ef_search": 512}},
        "mappings": {"properties": {
            vector_field: {"type": "knn_vector", "dimension": dimension, "method": {
                "name": "hnsw", "engine": "faiss", "space_type": "l2",
                "parameters": {"ef_construction": 512, "m": 16}}},
            text_field: {"type": "text"},
            metadata_field: {"type": "text", "index": False},
        }},
    }


def chunk_index_body() -> dict[str, Any]:
    """Mappings of the plain text index of our chunks (self-managed clusters, BM25)."""
    keyword = {"type": "keyword"}
    return {"mappings": {"properties": {
        "text": {"type": "text"}, "title": {"type": "text"}, "section": {"type": "text"},
        "doc_id": keyword, "audience": keyword, "source_uri": keyword, "chunk_id": keyword,
        "content_hash": keyword,
    }}}


def _create(client: Any, index: str, body: dict[str, Any]) -> bool:
    from opensearchpy.exceptions import OpenSearchException

    try:
        if client.indices.exists(index=index):
            return False
        client.indices.create(index=index, body=body)
    except OpenSearchException as exc:
        raise AssistantError(f"could not create the OpenSearch index {index!r}: {exc}",
                             code="unavailable") from exc
    return True


def create_vector_index(client: Any, index: str, dimension: int) -> bool:
    """Create the Bedrock KB vector index; False when it already exists."""
    return _create(client, index, vector_index_body(dimension))


def index_chunks(client: Any, index: str, chunks: list[Chunk]) -> int:
    """Create the text index if needed and (re)write every chunk (id = chunk id)."""
    from opensearchpy import helpers
    from opensearchpy.exceptions import OpenSearchException

    _create(client, index, chunk_index_body())
    actions = [{"_index": index, "_id": c.chunk_id, "_source": c.model_dump()} for c in chunks]
    try:
        done, _errors = helpers.bulk(client, actions, refresh=True)
    except (OpenSearchException, helpers.BulkIndexError) as exc:
        raise AssistantError(f"could not index the chunks into OpenSearch: {exc}",
                             code="unavailable") from exc
    return int(done)


def opensearch_client(settings: Settings, *, credentials: Any = None,
                      connection_class: Any = None) -> Any:
    """An opensearch-py client for ``settings.opensearch_host`` signed with SigV4.

    ``credentials`` default to boto3's credential chain; the signing service is
    ``settings.opensearch_service`` ("aoss" for OpenSearch Serverless). Throttling and
    5xx answers are retried by the client.
    """
    from opensearchpy import AWSV4SignerAuth, OpenSearch, RequestsHttpConnection

    if not settings.opensearch_host:
        raise AssistantError("no OpenSearch host is configured: set ASSISTANT_OPENSEARCH_HOST",
                             code="not_ready")
    if credentials is None:
        import boto3

        credentials = boto3.Session().get_credentials()
        if credentials is None:
            raise AssistantError("no AWS credentials found to sign OpenSearch requests",
                                 code="not_ready")
    auth = AWSV4SignerAuth(credentials, settings.aws_region, settings.opensearch_service)
    return OpenSearch(
        hosts=[{"host": settings.opensearch_host, "port": settings.opensearch_port}],
        http_auth=auth, use_ssl=True, verify_certs=True,
        connection_class=connection_class or RequestsHttpConnection,
        timeout=15, max_retries=3, retry_on_timeout=True, retry_on_status=(429, 502, 503, 504),
    )
