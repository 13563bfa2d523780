"""The local index: chunks and their BM25 tokens, persisted in ``settings.kb_dir``.

Files: ``chunks.jsonl`` (one chunk a line, verbatim text and metadata) and ``index.json``
(format, document ids, and the tokens of each chunk keyed by content hash, so a re-ingest
only re-tokenises chunks whose content changed). BM25 statistics are rebuilt in memory on
load (milliseconds for a few hundred chunks).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from knowledge_base.models import Chunk, Passage
from knowledge_base.text import TOKENIZER_VERSION, expand_query, tokenize

INDEX_FORMAT = 1
CHUNKS_FILE = "chunks.jsonl"
INDEX_FILE = "index.json"
FILTER_KEYS = ("doc_id", "audience", "title", "section")
DOC_WEIGHT = 0.4  # weight of the document-level BM25 score (see _scores)
TITLE_WEIGHT = 2  # the title and section are repeated this often in the indexed text


def index_tokens(chunk: Chunk) -> list[str]:
    """The tokens a chunk is indexed under: its text plus its title and section, weighted."""
    head = f"{chunk.title} {chunk.section.replace(' > ', ' ')}"
    return tokenize(" ".join([head] * TITLE_WEIGHT + [chunk.text]))


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def _matches(chunk: Chunk, filters: dict[str, Any]) -> bool:
    for key, wanted in filters.items():
        value = getattr(chunk, key)
        allowed = [wanted] if isinstance(wanted, str) else list(wanted)
        if value not in allowed:
            return False
    return True


def check_filters(filters: dict[str, Any] | None) -> dict[str, Any]:
    """Validated filters ({key: value or [values]}); unknown keys are a clear error."""
    if not filters:
        return {}
    unknown = sorted(set(filters) - set(FILTER_KEYS))
    if unknown:
        raise AssistantError(f"unknown knowledge-base filter {', '.join(unknown)} (use "
                             f"{', '.join(FILTER_KEYS)})", details={"filters": unknown})
    for key, value in filters.items():
        ok = isinstance(value, str) or (
            isinstance(value, list | tuple) and all(isinstance(v, str) for v in value))
        if not ok:
            raise AssistantError(f"knowledge-base filter {key} must be a text or a list of texts")
    return dict(filters)


class LocalIndex:
    """BM25 over the chunks of the knowledge base."""

    def __init__(self, chunks: list[Chunk], tokens: dict[str, list[str]] | None = None,
                 doc_ids: list[str] | None = None) -> None:
        from rank_bm25 import BM25Okapi  # numpy: only on the local backend

        tokens = tokens or {}
        self.chunks = chunks
        self.tokens = {c.content_hash: tokens.get(c.content_hash) or index_tokens(c)
                       for c in chunks}
        self.doc_ids = doc_ids or sorted({c.doc_id for c in chunks})
        corpus = [self.tokens[c.content_hash] or ["_"] for c in chunks]
        self._bm25 = BM25Okapi(corpus) if corpus else None
        # A document-level index too: a question whose words spread over several sections
        # of one document still finds that document's best section.
        self._doc_order = sorted({c.doc_id for c in chunks})
        by_doc: dict[str, list[str]] = {d: [] for d in self._doc_order}
        for c, toks in zip(chunks, corpus, strict=True):
            by_doc[c.doc_id].extend(toks)
        self._doc_bm25 = BM25Okapi([by_doc[d] for d in self._doc_order]) if corpus else None

    # -- persistence ---------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write the index files (atomically) into ``folder``."""
        lines = "".join(c.model_dump_json() + "\n" for c in self.chunks)
        _write_atomic(folder / CHUNKS_FILE, lines)
        meta = {"format": INDEX_FORMAT, "tokenizer": TOKENIZER_VERSION,
                "documents": len(self.doc_ids),
                "doc_ids": self.doc_ids, "tokens": self.tokens}
        _write_atomic(folder / INDEX_FILE, json.dumps(meta))

    @staticmethod
    def exists(folder: Path) -> bool:
        """True when a readable index of the current format is in ``folder``."""
        meta = read_meta(folder)
        return meta is not None and (folder / CHUNKS_FILE).exists()

    @classmethod
    def load(cls, folder: Path) -> LocalIndex:
        """Read a saved index (``not_ready`` error when there is none)."""
        meta = read_meta(folder)
        if meta is None or not (folder / CHUNKS_FILE).exists():
            raise AssistantError("the knowledge base is not indexed yet: run `assistant kb "
                                 "ingest`", code="not_ready")
        with (folder / CHUNKS_FILE).open(encoding="utf-8") as fh:
            chunks = [Chunk.model_validate_json(line) for line in fh if line.strip()]
        return cls(chunks, cached_tokens(meta), meta.get("doc_ids"))

    def _scores(self, terms: list[str]) -> list[float]:
        """Chunk BM25 plus DOC_WEIGHT x its document's BM25, each scaled to the best hit."""
        chunk = self._bm25.get_scores(terms)  # type: ignore[union-attr]
        doc = self._doc_bm25.get_scores(terms)  # type: ignore[union-attr]
        top_c, top_d = max(float(chunk.max()), 1e-9), max(float(doc.max()), 1e-9)
        doc_score = {d: float(v) / top_d for d, v in zip(self._doc_order, doc, strict=True)}
        return [float(c) / top_c + DOC_WEIGHT * doc_score[ch.doc_id] if c > 0 else 0.0
                for c, ch in zip(chunk, self.chunks, strict=True)]

    # -- search ----------------------------------------------------------------------------
    def search(self, query: str, k: int = 4, filters: dict[str, Any] | None = None,
               *, per_doc: int = 2) -> list[Passage]:
        """Top ``k`` passages by BM25 (at most ``per_doc`` from one document); no match, none."""
        filters = check_filters(filters)
        terms = tokenize(expand_query(query))
        if not terms or self._bm25 is None:
            return []
        scores = self._scores(terms)
        order = sorted(range(len(self.chunks)), key=lambda i: -scores[i])
        out: list[Passage] = []
        per: dict[str, int] = {}
        for i in order:
            chunk = self.chunks[i]
            if scores[i] <= 0 or not _matches(chunk, filters):
                continue
            if per.get(chunk.doc_id, 0) >= per_doc:
                continue
            per[chunk.doc_id] = per.get(chunk.doc_id, 0) + 1
            out.append(Passage(doc_id=chunk.doc_id, title=chunk.title, section=chunk.section,
                               source_uri=chunk.source_uri, text=chunk.text,
                               score=round(float(scores[i]), 4)))
            if len(out) >= k:
                break
        return out


def read_meta(folder: Path) -> dict[str, Any] | None:
    """The index metadata, or None when missing, unreadable or of another format."""
    path = folder / INDEX_FILE
    if not path.exists():
        return None
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, OSError):
        return None
    return meta if meta.get("format") == INDEX_FORMAT else None


def cached_tokens(meta: dict[str, Any] | None) -> dict[str, list[str]]:
    """Tokens of a saved index keyed by content hash, if made by the current tokeniser."""
    if not meta or meta.get("tokenizer") != TOKENIZER_VERSION:
        return {}
    return dict(meta.get("tokens", {}))
