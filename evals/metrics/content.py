"""must_include / must_not_include: plain strings (case-insensitive) or ``re:`` regexes."""

from __future__ import annotations

import re

from evals.dataset import REGEX_PREFIX, EvalCase
from evals.results import CaseOutput, Check


def contains(answer: str, pattern: str) -> bool:
    """True when ``pattern`` (a string, or ``re:`` + regex) occurs in ``answer``."""
    if pattern.startswith(REGEX_PREFIX):
        return re.search(pattern[len(REGEX_PREFIX):], answer) is not None
    return pattern.strip().lower() in answer.lower()


def must_include(*, outputs: CaseOutput, reference_outputs: EvalCase) -> Check | None:
    """Every must_include pattern present and no must_not_include pattern present."""
    case = reference_outputs
    if not case.must_include and not case.must_not_include:
        return None
    missing = [p for p in case.must_include if not contains(outputs.answer, p)]
    forbidden = [p for p in case.must_not_include if contains(outputs.answer, p)]
    total = len(case.must_include) + len(case.must_not_include)
    score = 1 - (len(missing) + len(forbidden)) / total
    parts = ([f"missing {missing}"] if missing else []) + (
        [f"contains forbidden {forbidden}"] if forbidden else [])
    return Check(name="must_include", passed=not parts, score=round(score, 4),
                 detail="; ".join(parts))
