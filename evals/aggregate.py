"""Aggregate metrics of a run from its per-case checks."""

from __future__ import annotations

import math
from collections.abc import Sequence

from evals.results import CaseResult

# metric name -> (check name, "score" or "passed", which cases count)
_FROM_CHECKS: dict[str, tuple[str, str]] = {
    "tool_selection_accuracy": ("tool_selection", "score"),
    "argument_accuracy": ("arguments", "score"),
    "tool_call_f1": ("tool_call_f1", "score"),
    "must_include_pass_rate": ("must_include", "passed"),
    "source_recall": ("sources", "score"),
    "behaviour_accuracy": ("behaviour", "passed"),
    "numeric_grounding": ("numeric_grounding", "passed"),
    "language_match": ("language", "passed"),
    "tool_error_free_rate": ("tool_errors", "passed"),
}


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def _check_values(cases: Sequence[CaseResult], check: str, field: str,
                  expects: set[str] | None = None, ids: dict[str, str] | None = None,
                  ) -> list[float]:
    out = []
    for case in cases:
        if expects is not None and ids is not None and ids.get(case.id) not in expects:
            continue
        for c in case.checks:
            if c.name == check:
                out.append(float(c.passed) if field == "passed" else float(c.score or 0.0))
    return out


def aggregate(cases: Sequence[CaseResult], expects: dict[str, str]) -> dict[str, float | None]:
    """The run's metrics; ``expects`` maps case id -> expected behaviour."""
    metrics: dict[str, float | None] = {"cases": float(len(cases))}
    for name, (check, field) in _FROM_CHECKS.items():
        values = _check_values(cases, check, field)
        metrics[name] = _mean(values)
        metrics[f"n_{name}"] = float(len(values))  # cases the metric applied to
    values = _check_values(cases, "behaviour", "passed", {"clarify", "refuse"}, expects)
    metrics["clarify_refuse_accuracy"] = _mean(values)
    metrics["n_clarify_refuse_accuracy"] = float(len(values))
    metrics["pass_rate"] = _mean([float(c.passed) for c in cases])
    metrics["errors"] = float(sum(c.error is not None for c in cases))
    metrics["ungrounded_numbers"] = float(sum(
        len(c.values) for case in cases for c in case.checks if c.name == "numeric_grounding"))
    latencies = [c.latency_ms for c in cases if c.error is None]
    for q in (50, 95):
        value = percentile(latencies, q)
        metrics[f"latency_ms_p{q}"] = None if value is None else round(value, 2)
    metrics["steps_mean"] = _mean([float(c.steps) for c in cases if c.error is None])
    metrics["tokens_mean"] = _mean([float(c.tokens.get("total", 0)) for c in cases
                                    if c.error is None])
    return metrics


def by_tag(cases: Sequence[CaseResult]) -> dict[str, dict[str, float]]:
    """Pass rate and case count per tag (sorted by tag)."""
    groups: dict[str, list[bool]] = {}
    for case in cases:
        for tag in case.tags or ["(untagged)"]:
            groups.setdefault(tag, []).append(case.passed)
    return {tag: {"cases": float(len(v)), "pass_rate": round(sum(v) / len(v), 4)}
            for tag, v in sorted(groups.items())}
