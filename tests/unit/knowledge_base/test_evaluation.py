"""Retrieval quality: the scoring functions, the labelled set, and the local backend's figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import AssistantError
from knowledge_base.documents import BUILTIN_DOCS, load_markdown_dir
from knowledge_base.evaluation import (
    QUESTIONS,
    Question,
    evaluate,
    load_questions,
    recall_at_k,
    reciprocal_rank,
)
from knowledge_base.model_cards import CARDS
from knowledge_base.models import Passage
from knowledge_base.retrievers import LocalRetriever


def test_recall_and_reciprocal_rank() -> None:
    assert recall_at_k(retrieved=["a", "b", "c", "d"], expected=["c", "d"], k=3) == 0.5
    assert recall_at_k(retrieved=["a"], expected=["z"], k=3) == 0.0
    assert reciprocal_rank(retrieved=["a", "b", "c"], expected=["c", "b"]) == 0.5
    assert reciprocal_rank(retrieved=["a"], expected=["b"]) == 0.0


def test_labelled_set_is_large_and_points_at_real_documents() -> None:
    questions = load_questions()
    assert len(questions) >= 40
    known = {d.doc_id for d in load_markdown_dir(BUILTIN_DOCS)} | {c.doc_id for c in CARDS}
    for q in questions:
        assert set(q.doc_ids) <= known, q.question
    assert len({q.question for q in questions}) == len(questions)


def test_evaluate_ranks_distinct_documents() -> None:
    class Fixed:
        def search(self, query: str, k: int = 4, filters: dict | None = None) -> list[Passage]:
            ids = ["x", "x", "a", "b"]
            return [Passage(doc_id=i, title=i, section="s", source_uri=f"kb://{i}", text="t",
                            score=1.0) for i in ids][:k]

    report = evaluate(Fixed(), [Question(question="q1", doc_ids=["b"]),
                                Question(question="q2", doc_ids=["a"])], k=2)
    assert report.results[0].retrieved == ["x", "a", "b"]
    assert (report.recall_at_k, report.mrr) == (0.5, round((1 / 3 + 1 / 2) / 2, 4))
    assert [m.question for m in report.misses] == ["q1"]


@pytest.mark.parametrize("path", [QUESTIONS, QUESTIONS.with_name("holdout.jsonl")],
                         ids=["dev", "holdout"])
def test_local_backend_reaches_the_recall_goal(kb_settings, path: Path) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(LocalRetriever(kb_settings), load_questions(path), k=3)
    assert report.recall_at_k >= 0.9, report.summary()
    assert report.mrr >= 0.8, report.summary()


def test_bad_question_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "ok?", "doc_ids": ["a"]}\n{"question": "no ids"}\n')
    with pytest.raises(AssistantError, match="line 2 is not a labelled question"):
        load_questions(path)
    with pytest.raises(AssistantError, match="does not exist"):
        load_questions(tmp_path / "missing.jsonl")
