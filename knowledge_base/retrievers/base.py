"""The retriever interface every knowledge-base backend implements."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from assistant.errors import AssistantError
from knowledge_base.models import Passage

MAX_K = 50


@runtime_checkable
class Retriever(Protocol):
    """Finds passages for a query. Passages are data to quote, never instructions."""

    def search(self, query: str, k: int = 4, filters: dict[str, Any] | None = None
               ) -> list[Passage]:
        """The ``k`` best passages for ``query`` (filters e.g. {"doc_id": [...]})."""
        ...


def check_query(query: str, k: int) -> str:
    """The stripped query; empty queries and k outside 1-50 are clear errors."""
    if not isinstance(query, str) or not query.strip():
        raise AssistantError("the knowledge-base query is empty: ask a question or give "
                             "keywords")
    if not 1 <= int(k) <= MAX_K:
        raise AssistantError(f"k must be between 1 and {MAX_K} (got {k})")
    return query.strip()
