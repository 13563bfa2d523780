"""Chunking on headings, with overlap in long sections and verbatim text."""

from __future__ import annotations

from knowledge_base.chunking import chunk_document, sections, slugify
from knowledge_base.models import Document


def _doc(body: str) -> Document:
    return Document(doc_id="guide", title="Guide", audience="marketing", updated="2026-01-01",
                    body=body, source_uri="kb://guide")


def test_sections_follow_headings_with_parent_path() -> None:
    body = "# Guide\nIntro line.\n\n## Offers\nTen percent.\n\n### For shops\nCase packs.\n"
    assert sections(body) == [("Overview", "Intro line."), ("Offers", "Ten percent."),
                              ("Offers > For shops", "Case packs.")]


def test_chunks_carry_metadata_and_anchored_source_uri() -> None:
    chunks = chunk_document(_doc("# Guide\n## Discount ceiling\nMaximum 15% off.\n"))
    assert len(chunks) == 1
    chunk = chunks[0]
    assert (chunk.doc_id, chunk.title, chunk.section) == ("guide", "Guide", "Discount ceiling")
    assert chunk.source_uri == "kb://guide#discount-ceiling"
    assert chunk.text == "Maximum 15% off."
    assert len(chunk.content_hash) == 64


def test_long_sections_split_with_overlap() -> None:
    paragraphs = [f"Rule {i}: " + "word " * 60 for i in range(8)]
    chunks = chunk_document(_doc("## Rules\n" + "\n\n".join(paragraphs)), max_chars=700,
                            overlap_chars=400)
    assert len(chunks) > 1
    assert [c.chunk_id for c in chunks[:2]] == ["guide#rules", "guide#rules-2"]
    for first, second in zip(chunks, chunks[1:], strict=False):
        last_para = first.text.split("\n\n")[-1]
        assert second.text.startswith(last_para)  # the tail is repeated
    joined = "\n\n".join(c.text for c in chunks)
    assert all(p.strip() in joined for p in paragraphs)


def test_hash_changes_only_with_content() -> None:
    a = chunk_document(_doc("## A\nsame\n## B\nold\n"))
    b = chunk_document(_doc("## A\nsame\n## B\nnew\n"))
    assert a[0].content_hash == b[0].content_hash
    assert a[1].content_hash != b[1].content_hash


def test_slugify() -> None:
    assert slugify("Channel and cadence") == "channel-and-cadence"
    assert slugify("Offers > For shops!") == "offers-for-shops"
    assert slugify("***") == "section"


def test_long_tables_split_by_line_within_the_limit() -> None:
    table = "\n".join(["| name | value |", "| --- | --- |"]
                      + [f"| metric_{i} | 0.{i:04d} |" for i in range(120)])
    chunks = chunk_document(_doc("## Metrics\n" + table), max_chars=600, overlap_chars=60)
    assert len(chunks) > 3 and all(len(c.text) <= 600 for c in chunks)
    assert all(f"| metric_{i} | 0.{i:04d} |" in "\n".join(c.text for c in chunks)
               for i in range(120))
