"""Tool errors: a tool call that failed unexpectedly (a crash, not a user-level error such as
"customer 99999 is not in the data", which is a correct answer for an unknown id)."""

from __future__ import annotations

import re

from evals.dataset import EvalCase
from evals.results import CaseOutput, Check

# Marketer-readable domain errors never name an exception class or say "unexpected".
_CRASH = re.compile(r"(?i:unexpected|traceback|internal error)|\b[A-Z]\w*(?:Error|Exception)\b"
                    r"|NoneType")


def crashed(output: object) -> bool:
    """True when a tool output is an error text that reports a crash."""
    return isinstance(output, str) and _CRASH.search(output) is not None


def tool_errors(*, outputs: CaseOutput, reference_outputs: EvalCase) -> Check | None:
    """Passes when no tool call of the last turn crashed (None when no tool was called)."""
    if not outputs.tool_calls:
        return None
    failed = [f"{c.name}: {str(c.output)[:120]}" for c in outputs.tool_calls
              if crashed(c.output)]
    return Check(name="tool_errors", passed=not failed, score=float(not failed),
                 detail="; ".join(failed), values=[c.split(":")[0] for c in failed])
