"""Tool-call F1 over tool names (as multisets): partial credit for partly right plans."""

from __future__ import annotations

from collections import Counter

from evals.dataset import EvalCase
from evals.results import CaseOutput, Check


def tool_call_f1(*, outputs: CaseOutput, reference_outputs: EvalCase) -> Check | None:
    """F1 of called vs expected tool names; 1.0 when neither side has a call."""
    actual = Counter(c.name for c in outputs.tool_calls)
    expected = Counter(t.name for t in reference_outputs.expected_tools)
    if not actual and not expected:
        return Check(name="tool_call_f1", passed=True, score=1.0)
    if reference_outputs.tool_match == "superset" and not expected:
        return None  # nothing expected, anything allowed
    common = sum((actual & expected).values())
    precision = common / sum(actual.values()) if actual else 0.0
    recall = common / sum(expected.values()) if expected else 0.0
    f1 = 0.0 if common == 0 else 2 * precision * recall / (precision + recall)
    detail = "" if f1 == 1.0 else f"precision {precision:.2f}, recall {recall:.2f}"
    return Check(name="tool_call_f1", passed=f1 == 1.0, score=round(f1, 4), detail=detail)
