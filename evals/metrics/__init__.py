"""Deterministic metrics: one per module, each ``fn(*, outputs, reference_outputs)`` where
``outputs`` is a :class:`evals.results.CaseOutput` and ``reference_outputs`` the
:class:`evals.dataset.EvalCase`; each returns a :class:`evals.results.Check`, or None when the
metric does not apply to the case."""

from __future__ import annotations

from collections.abc import Callable

from evals.dataset import EvalCase
from evals.metrics.arguments import argument_accuracy
from evals.metrics.behaviour import behaviour
from evals.metrics.content import must_include
from evals.metrics.grounding import numeric_grounding
from evals.metrics.language import language_match
from evals.metrics.sources import source_recall
from evals.metrics.tool_errors import tool_errors
from evals.metrics.tool_f1 import tool_call_f1
from evals.metrics.tool_selection import tool_selection
from evals.results import SOFT_CHECKS, CaseOutput, Check

Metric = Callable[..., Check | None]

METRICS: dict[str, Metric] = {
    "tool_selection": tool_selection,
    "arguments": argument_accuracy,
    "tool_call_f1": tool_call_f1,
    "must_include": must_include,
    "sources": source_recall,
    "behaviour": behaviour,
    "numeric_grounding": numeric_grounding,
    "language": language_match,
    "tool_errors": tool_errors,
}


def run_metrics(outputs: CaseOutput, case: EvalCase) -> list[Check]:
    """Every applicable deterministic check for one case."""
    checks = []
    for metric in METRICS.values():
        check = metric(outputs=outputs, reference_outputs=case)
        if check is not None:
            checks.append(check)
    return checks


__all__ = ["METRICS", "SOFT_CHECKS", "argument_accuracy", "behaviour", "must_include",
           "numeric_grounding", "language_match", "run_metrics", "source_recall",
           "tool_call_f1", "tool_errors", "tool_selection"]
