"""The OpenSearch backend: a BM25 ``match`` query on a self-managed cluster's chunk index."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from assistant.errors import AssistantError
from knowledge_base.index import check_filters
from knowledge_base.models import Passage
from knowledge_base.retrievers.base import check_query


def search_body(query: str, k: int, filters: dict[str, Any], text_field: str) -> dict[str, Any]:
    """The search request: match on the text field, exact filters on keyword fields."""
    flt = [{"term": {key: value}} if isinstance(value, str) else {"terms": {key: list(value)}}
           for key, value in filters.items()]
    query_part: dict[str, Any] = {"bool": {"must": [{"match": {text_field: query}}]}}
    if flt:
        query_part["bool"]["filter"] = flt
    return {"size": k, "query": query_part}


def hit_to_passage(hit: dict[str, Any], text_field: str) -> Passage:
    """One search hit as a Passage (our chunk fields, or Bedrock's metadata field)."""
    source = dict(hit.get("_source") or {})
    meta = source.get("AMAZON_BEDROCK_METADATA")
    if isinstance(meta, str):
        with contextlib.suppress(json.JSONDecodeError):
            source = {**json.loads(meta), **source}
    uri = str(source.get("source_uri") or source.get("x-amz-bedrock-kb-source-uri") or "")
    doc_id = str(source.get("doc_id") or hit.get("_id") or "unknown").split("#", 1)[0]
    return Passage(doc_id=doc_id, title=str(source.get("title") or doc_id),
                   section=str(source.get("section") or ""), source_uri=uri,
                   text=str(source.get(text_field) or ""), score=float(hit.get("_score") or 0.0))


class OpenSearchRetriever:
    """Search an OpenSearch index of chunks (``client``: an opensearch-py client)."""

    def __init__(self, client: Any, index: str, *, text_field: str = "text") -> None:
        self.client = client
        self.index = index
        self.text_field = text_field

    def search(self, query: str, k: int = 4, filters: dict[str, Any] | None = None
               ) -> list[Passage]:
        """The ``k`` best passages by BM25 on the text field."""
        from opensearchpy.exceptions import NotFoundError, OpenSearchException

        query = check_query(query, k)
        body = search_body(query, k, check_filters(filters), self.text_field)
        try:
            response = self.client.search(index=self.index, body=body)
        except NotFoundError as exc:
            raise AssistantError(f"the OpenSearch index {self.index!r} does not exist: run "
                                 "`assistant kb sync`", code="not_ready") from exc
        except OpenSearchException as exc:
            raise AssistantError(f"OpenSearch search failed: {exc}", code="unavailable") from exc
        hits = response.get("hits", {}).get("hits", [])
        return [hit_to_passage(h, self.text_field) for h in hits][:k]
