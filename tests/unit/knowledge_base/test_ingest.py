"""Ingest: the report, the content-hash cache, and the document count for /health."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge_base.ingest import document_count, ingest
from knowledge_base.retrievers import LocalRetriever
from tests.conftest import make_settings


def test_report_line_and_reingest_reuses_everything(docs_copy: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "a", kb_docs_dir=docs_copy)
    first = ingest(settings, show_progress=False)
    assert re.fullmatch(r"\d+ documents, \d+ chunks \(\d+ re-embedded, 0 unchanged\)",
                        str(first))
    n_docs = len(list(docs_copy.glob("*.md"))) + 3  # + three generated model cards
    assert first.documents == n_docs and first.chunks > n_docs
    assert first.reembedded == first.chunks
    again = ingest(settings, show_progress=False)
    assert (again.reembedded, again.unchanged) == (0, first.chunks)
    assert document_count(settings) == n_docs


def test_editing_one_section_redoes_only_that_chunk(docs_copy: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "b", kb_docs_dir=docs_copy)
    ingest(settings, show_progress=False)
    path = docs_copy / "playbook-at-risk.md"
    path.write_text(path.read_text().replace("Maximum 15% off for at-risk customers.",
                                             "Maximum 12% off for at-risk customers."))
    report = ingest(settings, show_progress=False)
    assert report.reembedded == 1 and report.removed == 1
    passages = LocalRetriever(settings).search("discount ceiling at-risk customers", k=2)
    assert any("Maximum 12% off" in p.text for p in passages)


def test_removed_document_disappears(docs_copy: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "c", kb_docs_dir=docs_copy)
    before = ingest(settings, show_progress=False)
    (docs_copy / "seasonal-calendar.md").unlink()
    after = ingest(settings, show_progress=False)
    assert after.documents == before.documents - 1 and after.removed > 0
    passages = LocalRetriever(settings).search("Valentine's Day campaign start date", k=5)
    assert all(p.doc_id != "seasonal-calendar" for p in passages)


def test_document_count_is_zero_before_ingest(tmp_path: Path) -> None:
    assert document_count(make_settings(tmp_path)) == 0


def test_local_retriever_builds_a_missing_index(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    assert not settings.kb_dir.exists()
    passages = LocalRetriever(settings).search("how long do customers have to return items")
    assert passages and passages[0].doc_id == "returns-policy"
    assert document_count(settings) >= 18


def test_retriever_sees_a_reingest_without_restart(docs_copy: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, kb_docs_dir=docs_copy)
    retriever = LocalRetriever(settings)
    assert not retriever.search("zanzibar pineapple", k=3)
    (docs_copy / "new.md").write_text("---\nid: zanzibar\ntitle: Zanzibar range\naudience: "
                                      "marketing\nupdated: 2026-11-01\n---\n## Launch\nThe "
                                      "zanzibar pineapple range launches in May.\n")
    ingest(settings, show_progress=False)
    assert retriever.search("zanzibar pineapple", k=3)[0].doc_id == "zanzibar"
