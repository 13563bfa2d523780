"""Answer language matches the question's language (en/es/fr)."""

from __future__ import annotations

from evals.dataset import EvalCase
from evals.language import detect_language
from evals.results import CaseOutput, Check


def question_language(case: EvalCase) -> str | None:
    """Language of the last turn, else of the whole conversation (None if unclear)."""
    return detect_language(case.turns[-1]) or detect_language(" ".join(case.turns))


def language_match(*, outputs: CaseOutput, reference_outputs: EvalCase) -> Check | None:
    """None when the language of the question or of the answer cannot be told."""
    asked = question_language(reference_outputs)
    if asked is None or not outputs.answer.strip():
        return None
    answered = detect_language(outputs.answer, min_score=1.0)
    if answered is None:
        return None
    passed = answered == asked
    detail = "" if passed else f"question in {asked}, answer in {answered}"
    return Check(name="language", passed=passed, score=float(passed), detail=detail)
