"""Ingest: load documents (and generate model cards), chunk them, update the local index.

Chunks are keyed by a content hash: a re-ingest re-tokenises only the chunks that are new
or changed and reuses the rest. The report's one-line form is what the CLI prints.
"""

from __future__ import annotations

from assistant.progress import track
from assistant.settings import Settings
from knowledge_base.chunking import chunk_document
from knowledge_base.documents import load_documents
from knowledge_base.index import LocalIndex, cached_tokens, index_tokens, read_meta
from knowledge_base.models import Chunk, Document, IngestReport


def chunk_all(docs: list[Document], *, show_progress: bool = False) -> list[Chunk]:
    """The chunks of every document, in document order."""
    items = track(docs, "Chunking documents", total=len(docs)) if show_progress else docs
    chunks: list[Chunk] = []
    for doc in items:
        chunks.extend(chunk_document(doc))
    return chunks


def ingest(settings: Settings, *, show_progress: bool = True) -> IngestReport:
    """(Re)build the local index in ``settings.kb_dir``; only changed chunks are redone."""
    docs = load_documents(settings)
    chunks = chunk_all(docs, show_progress=show_progress)
    previous = cached_tokens(read_meta(settings.kb_dir))
    tokens: dict[str, list[str]] = {}
    redone = 0
    for chunk in chunks:
        cached = previous.get(chunk.content_hash)
        if cached is None:
            redone += 1
            cached = index_tokens(chunk)
        tokens[chunk.content_hash] = cached
    index = LocalIndex(chunks, tokens, [d.doc_id for d in docs])
    index.save(settings.kb_dir)
    removed = len(set(previous) - set(tokens))
    return IngestReport(documents=len(docs), chunks=len(chunks), reembedded=redone,
                        unchanged=len(chunks) - redone, removed=removed,
                        index_dir=str(settings.kb_dir))


def ensure_index(settings: Settings) -> LocalIndex:
    """The local index, built first when missing (cheap: no model, a few hundred chunks)."""
    if not LocalIndex.exists(settings.kb_dir):
        ingest(settings, show_progress=False)
    return LocalIndex.load(settings.kb_dir)


def document_count(settings: Settings) -> int:
    """Documents in the local index (0 when it has not been built yet); for /health."""
    meta = read_meta(settings.kb_dir)
    return int(meta.get("documents", 0)) if meta else 0
