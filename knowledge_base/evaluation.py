"""Retrieval quality on a labelled question set: recall@k and MRR over documents.

Each question lists the document ids that answer it. A retriever's passages are reduced to
the ranked list of distinct document ids; recall@k is the share of a question's documents
found in the first k, MRR the mean of 1 / rank of the first relevant document (0 when none
is in the first ``depth``).
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from assistant.errors import AssistantError
from knowledge_base.retrievers.base import Retriever

QUESTIONS = Path(__file__).resolve().parent / "eval" / "questions.jsonl"


class Question(BaseModel):
    """A labelled question."""

    question: str = Field(min_length=1, description="The question, as a marketer asks it.")
    doc_ids: list[str] = Field(min_length=1, description="Documents that answer it.")


class QuestionResult(BaseModel):
    """How the retriever did on one question."""

    question: str
    expected: list[str]
    retrieved: list[str] = Field(description="Distinct document ids, best first.")
    recall: float = Field(description="recall@k for this question.")
    reciprocal_rank: float


class EvalReport(BaseModel):
    """Aggregate figures and the per-question detail."""

    backend: str
    questions: int
    k: int
    recall_at_k: float
    mrr: float
    misses: list[QuestionResult] = Field(description="Questions with recall below 1.")
    results: list[QuestionResult]

    def summary(self) -> str:
        """One line for the CLI."""
        return (f"{self.questions} questions, {self.backend} backend: recall@{self.k} "
                f"{self.recall_at_k:.3f}, MRR {self.mrr:.3f}, {len(self.misses)} with a miss")


def recall_at_k(*, retrieved: list[str], expected: list[str], k: int) -> float:
    """Share of the expected documents among the first ``k`` retrieved."""
    wanted = set(expected)
    return len(wanted & set(retrieved[:k])) / len(wanted) if wanted else 0.0


def reciprocal_rank(*, retrieved: list[str], expected: list[str]) -> float:
    """1 / rank of the first expected document (0 when absent)."""
    for rank, doc_id in enumerate(retrieved, start=1):
        if doc_id in expected:
            return 1.0 / rank
    return 0.0


def load_questions(path: Path = QUESTIONS) -> list[Question]:
    """The labelled questions of a JSONL file (clear error naming a bad line)."""
    if not path.exists():
        raise AssistantError(f"question file {path} does not exist", code="not_found")
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(Question.model_validate_json(line))
        except ValidationError as exc:
            raise AssistantError(f"{path.name} line {number} is not a labelled question "
                                 f"({{\"question\", \"doc_ids\"}}): {exc.errors()[0]['msg']}"
                                 ) from exc
    if not out:
        raise AssistantError(f"{path} holds no questions")
    return out


def _doc_ranking(retriever: Retriever, question: str, depth: int) -> list[str]:
    ranked: list[str] = []
    for passage in retriever.search(question, k=depth):
        if passage.doc_id not in ranked:
            ranked.append(passage.doc_id)
    return ranked


def evaluate(retriever: Retriever, questions: list[Question], *, k: int = 3, depth: int = 10,
             backend: str = "local") -> EvalReport:
    """Run every question through ``retriever`` and score the document rankings."""
    results = []
    for q in questions:
        ranked = _doc_ranking(retriever, q.question, depth)
        results.append(QuestionResult(
            question=q.question, expected=q.doc_ids, retrieved=ranked,
            recall=recall_at_k(retrieved=ranked, expected=q.doc_ids, k=k),
            reciprocal_rank=reciprocal_rank(retrieved=ranked, expected=q.doc_ids)))
    n = len(results)
    return EvalReport(
        backend=backend, questions=n, k=k,
        recall_at_k=round(sum(r.recall for r in results) / n, 4),
        mrr=round(sum(r.reciprocal_rank for r in results) / n, 4),
        misses=[r for r in results if r.recall < 1.0], results=results)


def load_json_lines(path: Path) -> list[dict[str, object]]:
    """Helper for tests and scripts: the JSON objects of a JSONL file."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
