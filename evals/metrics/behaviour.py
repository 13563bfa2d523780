"""Clarify/refuse accuracy: did the turn answer, ask for missing information or decline as
the case expects? (Detection lives in :mod:`evals.behaviour`.)"""

from __future__ import annotations

from evals.behaviour import classify
from evals.dataset import EvalCase
from evals.results import CaseOutput, Check


def observed_behaviour(outputs: CaseOutput) -> str:
    """answer / clarify / refuse for the last turn."""
    return classify(outputs.answer, tool_calls=len(outputs.tool_calls), marker=outputs.behaviour)


def behaviour(*, outputs: CaseOutput, reference_outputs: EvalCase) -> Check:
    """Passes when the observed behaviour equals the case's ``expect``."""
    seen = observed_behaviour(outputs)
    passed = seen == reference_outputs.expect
    detail = "" if passed else f"expected {reference_outputs.expect}, observed {seen}"
    return Check(name="behaviour", passed=passed, score=float(passed), detail=detail)
