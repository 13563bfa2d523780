"""search-knowledge-base: passages from the knowledge base, with their sources."""

from __future__ import annotations

from typing import Any

from knowledge_base.models import Passage
from tools.context import ToolContext
from tools.inputs import SearchKnowledgeBaseInput
from tools.outputs import SearchKnowledgeBaseOutput
from tools.predictors.convert import as_dict, num


def search_knowledge_base(args: SearchKnowledgeBaseInput, context: ToolContext
                          ) -> SearchKnowledgeBaseOutput:
    """The ``k`` best passages for the query (optionally within documents or an audience)."""
    filters: dict[str, Any] = {}
    if args.doc_ids:
        filters["doc_id"] = list(args.doc_ids)
    if args.audience:
        filters["audience"] = args.audience
    found = context.retriever.search(args.query.strip(), args.k, filters or None)
    passages = []
    for raw in found[: args.k]:
        data = as_dict(raw)
        passages.append(Passage(
            doc_id=str(data.get("doc_id", "")), title=str(data.get("title", "")),
            section=str(data.get("section", "")), source_uri=str(data.get("source_uri", "")),
            text=str(data.get("text", "")), score=num(data.get("score"), 4) or 0.0))
    return SearchKnowledgeBaseOutput(query=args.query, passages=passages)
