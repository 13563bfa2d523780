"""Split Markdown documents into chunks on headings, with overlap inside long sections.

Each heading (``#`` to ``###``) starts a section; text before the first heading is the
"Overview". A section longer than ``max_chars`` is cut at paragraph (then sentence)
boundaries into pieces that repeat the tail of the previous piece (about ``overlap_chars``),
so a rule that straddles a cut is still whole in one chunk. The chunk text is verbatim.
"""

from __future__ import annotations

import hashlib
import re

from knowledge_base.models import Chunk, Document

HEADING = re.compile(r"^(#{1,3})\s+(.+?)\s*#*\s*$")
MAX_CHARS = 1400
OVERLAP_CHARS = 200


def slugify(text: str) -> str:
    """A url-safe slug: 'At risk: offers' -> 'at-risk-offers'."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "section"


def content_hash(*parts: str) -> str:
    """sha256 of the parts (joined with a separator)."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def sections(body: str) -> list[tuple[str, str]]:
    """(heading, text) pairs in document order; the H1 title line itself is dropped."""
    out: list[tuple[str, list[str]]] = [("Overview", [])]
    parents: dict[int, str] = {}
    for line in body.splitlines():
        match = HEADING.match(line)
        if match:
            level, name = len(match.group(1)), match.group(2).strip()
            if level == 1:
                parents.clear()
                continue
            parents = {lvl: h for lvl, h in parents.items() if lvl < level}
            parents[level] = name
            out.append((" > ".join(parents[lvl] for lvl in sorted(parents)), []))
        else:
            out[-1][1].append(line)
    return [(name, "\n".join(lines).strip()) for name, lines in out if "\n".join(lines).strip()]


def _units(para: str, max_chars: int) -> list[str]:
    """A paragraph as pieces no longer than ``max_chars``: whole, by sentence, by line
    (tables, lists), and as a last resort cut at ``max_chars``."""
    if len(para) <= max_chars:
        return [para]
    parts = [x for x in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'])", para) if x]
    if len(parts) == 1:
        parts = [x for x in para.split("\n") if x.strip()]
    if len(parts) == 1:
        return [para[i:i + max_chars] for i in range(0, len(para), max_chars)]
    out: list[str] = []
    for part in parts:
        out.extend(_units(part, max_chars))
    return out


def _pieces(text: str, max_chars: int, overlap_chars: int) -> list[str]:
    """Cut a long text at paragraph/sentence boundaries, repeating a tail as overlap."""
    if len(text) <= max_chars:
        return [text]
    units: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        units.extend(_units(para, max_chars))
    pieces: list[list[str]] = [[]]
    for unit in units:
        current = pieces[-1]
        if current and len("\n\n".join(current + [unit])) > max_chars:
            tail: list[str] = []
            for prev in reversed(current):
                if len("\n\n".join([prev] + tail)) > overlap_chars:
                    break
                tail.insert(0, prev)
            pieces.append(tail + [unit])
        else:
            current.append(unit)
    return ["\n\n".join(p) for p in pieces if p]


def chunk_document(
    doc: Document, *, max_chars: int = MAX_CHARS, overlap_chars: int = OVERLAP_CHARS
) -> list[Chunk]:
    """The chunks of one document, with metadata and a content hash each."""
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    base_uri = doc.source_uri.split("#", 1)[0]
    for section, text in sections(doc.body):
        slug = slugify(section.split(" > ")[-1])
        for piece in _pieces(text, max_chars, overlap_chars):
            n = seen.get(slug, 0)
            seen[slug] = n + 1
            anchor = slug if n == 0 else f"{slug}-{n + 1}"
            chunks.append(Chunk(
                chunk_id=f"{doc.doc_id}#{anchor}", doc_id=doc.doc_id, title=doc.title,
                section=section, audience=doc.audience, source_uri=f"{base_uri}#{anchor}",
                text=piece,
                content_hash=content_hash(doc.doc_id, doc.title, section, doc.audience, piece),
            ))
    return chunks
