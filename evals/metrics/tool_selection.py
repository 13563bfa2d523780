"""Tool selection: did the last turn call the right tools (per the case's ``tool_match``)?"""

from __future__ import annotations

from evals.dataset import EvalCase
from evals.results import CaseOutput, Check


def tool_selection(*, outputs: CaseOutput, reference_outputs: EvalCase) -> Check:
    """exact: same set of names; superset: at least the expected names; none: no call."""
    actual = {c.name for c in outputs.tool_calls}
    expected = {t.name for t in reference_outputs.expected_tools}
    mode = reference_outputs.tool_match
    if mode == "none":
        passed = not actual
    elif mode == "exact":
        passed = actual == expected
    else:
        passed = expected <= actual
    detail = "" if passed else (f"{mode}: expected {sorted(expected) or 'no tool'}, "
                                f"called {sorted(actual) or 'no tool'}")
    return Check(name="tool_selection", passed=passed, score=float(passed), detail=detail)
