"""The local backend: BM25 over the chunks in ``settings.kb_dir`` (built on first use)."""

from __future__ import annotations

from typing import Any

from assistant.settings import Settings
from knowledge_base.index import INDEX_FILE, LocalIndex
from knowledge_base.models import Passage
from knowledge_base.retrievers.base import check_query


class LocalRetriever:
    """In-process BM25 retriever; reloads the index when a re-ingest rewrote it."""

    def __init__(self, settings: Settings, *, index: LocalIndex | None = None) -> None:
        self.settings = settings
        self._index = index
        self._stamp: float | None = None if index is None else -1.0

    def _current(self) -> LocalIndex:
        from knowledge_base.ingest import ensure_index

        path = self.settings.kb_dir / INDEX_FILE
        if self._stamp == -1.0 and self._index is not None:
            return self._index  # an index given explicitly is used as is
        stamp = path.stat().st_mtime if path.exists() else None
        if self._index is None or stamp != self._stamp:
            self._index = ensure_index(self.settings)
            self._stamp = path.stat().st_mtime
        return self._index

    def search(self, query: str, k: int = 4, filters: dict[str, Any] | None = None
               ) -> list[Passage]:
        """The ``k`` best passages (at most two per document), best first."""
        query = check_query(query, k)
        return self._current().search(query, k, filters)
