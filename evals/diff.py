"""Compare a run with an earlier results or baseline file: metric deltas and flipped cases."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from evals.gates import DEFAULT_TOLERANCE, GateResult, check_gates
from evals.results import SOFT_CHECKS, EvalRun


class RunDiff(BaseModel):
    """What changed since the baseline."""

    newly_failing: list[str] = Field(default_factory=list)
    newly_passing: list[str] = Field(default_factory=list)
    added: list[str] = Field(default_factory=list, description="Cases not in the baseline.")
    removed: list[str] = Field(default_factory=list, description="Baseline cases not run.")
    metrics: dict[str, tuple[float | None, float | None]] = Field(default_factory=dict)
    gates: list[GateResult] = Field(default_factory=list)

    @property
    def gates_passed(self) -> bool:
        """True when no gate metric regressed beyond the tolerance."""
        return all(g.passed for g in self.gates)


def _passed(case: dict[str, Any]) -> bool:
    if "passed" in case:
        return bool(case["passed"])
    return case.get("error") is None and all(
        c.get("passed") for c in case.get("checks", []) if c.get("name") not in SOFT_CHECKS)


def diff_runs(run: EvalRun, baseline: dict[str, Any]) -> RunDiff:
    """Flipped cases (by id) and metric changes between ``baseline`` and ``run``."""
    before = {str(c.get("id")): _passed(c) for c in baseline.get("cases", [])}
    now = {c.id: c.passed for c in run.cases}
    diff = RunDiff(
        newly_failing=[i for i, ok in now.items() if i in before and before[i] and not ok],
        newly_passing=[i for i, ok in now.items() if i in before and not before[i] and ok],
        added=[i for i in now if i not in before],
        removed=[i for i in before if i not in now],
    )
    base_metrics = baseline.get("metrics", {})
    for name in sorted(set(run.metrics) | set(base_metrics)):
        diff.metrics[name] = (base_metrics.get(name), run.metrics.get(name))
    diff.gates = check_gates(run.metrics, base_metrics,
                             float(baseline.get("tolerance", DEFAULT_TOLERANCE)))
    return diff
