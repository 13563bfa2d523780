"""CI gates: the metrics that must not drop below the committed baseline, and the baseline
file (``evals/baseline.json``: metrics plus each case's pass/fail for diffs).

Refresh the baseline after an intended improvement, in the configuration the CI test uses
(400 synthetic customers, seed 11, offline model)::

    ASSISTANT_ARTIFACTS=/tmp/eval-art ASSISTANT_SYNTHETIC_CUSTOMERS=400 \
    ASSISTANT_SYNTHETIC_SEED=11 ASSISTANT_CHAT_MODEL=offline \
    assistant eval run --dataset evals/datasets/public.jsonl --output /tmp/results.json
    assistant eval baseline --results /tmp/results.json --output evals/baseline.json
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from assistant.errors import AssistantError
from evals.results import EvalRun

# Higher is better for every gate metric.
GATE_METRICS: tuple[str, ...] = (
    "tool_selection_accuracy",
    "argument_accuracy",
    "tool_call_f1",
    "must_include_pass_rate",
    "source_recall",
    "clarify_refuse_accuracy",
    "behaviour_accuracy",
    "numeric_grounding",
    "language_match",
    "tool_error_free_rate",
    "pass_rate",
)
# Lower is better: may not rise above the baseline.
LOWER_IS_BETTER: tuple[str, ...] = ("errors",)
DEFAULT_TOLERANCE = 0.02
MAX_ONE_CASE = 0.1  # the one-case allowance never exceeds this (small suites)
BASELINE_PATH = Path(__file__).resolve().parent / "baseline.json"


class GateResult(BaseModel):
    """One gate: the current value against the baseline minus the tolerance."""

    metric: str
    value: float | None
    baseline: float | None
    passed: bool


def check_gates(metrics: dict[str, Any], baseline: dict[str, Any],
                tolerance: float = DEFAULT_TOLERANCE) -> list[GateResult]:
    """Gate results for every gate metric the baseline has a value for.

    A rate may drop by ``tolerance``, or by one case's worth (at most ``MAX_ONE_CASE``) when the
    baseline records how many cases the metric applied to (``n_<metric>``), whichever is
    larger: one flipped case out of 13 must-include cases is noise, two are a regression.
    """
    results = []
    for name in GATE_METRICS + LOWER_IS_BETTER:
        base = baseline.get(name)
        if base is None:
            continue
        value = metrics.get(name)
        if name in LOWER_IS_BETTER:
            passed = value is not None and float(value) <= float(base)
        else:
            count = baseline.get(f"n_{name}") or 0
            allowed = max(tolerance, min(1.0 / count, MAX_ONE_CASE) if count else 0.0)
            passed = value is not None and float(value) >= float(base) - allowed - 1e-9
        results.append(GateResult(metric=name, value=value, baseline=base, passed=passed))
    return results


def baseline_dict(run: EvalRun, tolerance: float = DEFAULT_TOLERANCE) -> dict[str, Any]:
    """The compact baseline: dataset, tolerance, metrics and per-case pass/fail."""
    return {
        "dataset": Path(run.dataset).name,
        "backend": run.backend,
        "data_source": run.data_source,
        "tolerance": tolerance,
        "metrics": run.metrics,
        "cases": [{"id": c.id, "passed": c.passed, "failed_checks": c.failed_checks()}
                  for c in run.cases],
    }


def write_baseline(run: EvalRun, path: Path | str,
                   tolerance: float = DEFAULT_TOLERANCE) -> Path:
    """Write the baseline file for ``run``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(baseline_dict(run, tolerance), indent=2) + "\n", encoding="utf-8")
    return path


def load_results(path: Path | str) -> dict[str, Any]:
    """A results file (``--output``) or a baseline file, checked for ``metrics``/``cases``."""
    path = Path(path)
    if not path.is_file():
        raise AssistantError(f"baseline file {path} does not exist", code="not_found")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AssistantError(f"baseline file {path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("metrics"), dict):
        raise AssistantError(f"baseline file {path} has no 'metrics' object: is it an eval "
                             "results or baseline file?")
    if not isinstance(data.get("cases", []), list):
        raise AssistantError(f"baseline file {path}: 'cases' must be a list")
    return data
