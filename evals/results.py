"""What a run produces: per-case outputs with their checks, and the aggregate metrics.

``EvalRun.model_dump()`` is the ``--output`` JSON: ``metrics`` and ``cases`` (each with id,
answer, the last turn's tool calls, citations, model, latency, tokens and checks).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

# Checks reported per case that do not decide whether the case passed (partial-credit scores).
SOFT_CHECKS: frozenset[str] = frozenset({"tool_call_f1"})


class ToolCallOut(BaseModel):
    """One tool call as the agent reported it."""

    name: str
    arguments: dict[str, Any] = Field(default_factory=dict)
    output: Any = None


class Check(BaseModel):
    """One metric's verdict on one case."""

    name: str
    passed: bool
    score: float | None = None
    detail: str = ""
    values: list[str] = Field(default_factory=list,
                              description="Offending items, e.g. the ungrounded numbers.")


class CaseOutput(BaseModel):
    """What the agent did for one case, in the shape the metrics read."""

    answer: str = ""
    tool_calls: list[ToolCallOut] = Field(default_factory=list,
                                          description="Tool calls of the last turn.")
    earlier_tool_calls: list[ToolCallOut] = Field(
        default_factory=list, description="Tool calls of the earlier turns of the case.")
    citations: list[dict[str, Any]] = Field(default_factory=list)
    model: str = ""
    latency_ms: float = 0.0
    tokens: dict[str, int] = Field(default_factory=dict)
    steps: int = 0
    cost_usd: float | None = None
    behaviour: str | None = Field(
        default=None, description="answer/clarify/refuse when the agent reports it explicitly.")
    error: str | None = Field(default=None, description="Error raised while running the case.")


class CaseResult(CaseOutput):
    """One case in the results file."""

    id: str
    tags: list[str] = Field(default_factory=list)
    turns: list[str] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    judge: list[Check] = Field(default_factory=list, description="Judge metrics (optional).")

    @property
    def passed(self) -> bool:
        """True when every deterministic check passed (and no error)."""
        return self.error is None and all(
            c.passed for c in self.checks if c.name not in SOFT_CHECKS)

    def failed_checks(self) -> list[str]:
        """Names of the checks that failed ('error' when the case raised)."""
        names = [c.name for c in self.checks if not c.passed and c.name not in SOFT_CHECKS]
        return (["error"] if self.error else []) + names


class EvalRun(BaseModel):
    """A whole run: aggregates, per-case results and run information."""

    dataset: str
    backend: str = ""
    data_source: str = ""
    metrics: dict[str, float | None] = Field(default_factory=dict)
    judge_metrics: dict[str, float | None] = Field(default_factory=dict)
    by_tag: dict[str, dict[str, float]] = Field(default_factory=dict)
    cases: list[CaseResult] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    duration_s: float = 0.0

    def to_json_dict(self) -> dict[str, Any]:
        """The results file content (cases carry a ``passed`` flag for later diffs)."""
        data = self.model_dump(mode="json")
        for raw, case in zip(data["cases"], self.cases, strict=True):
            raw["passed"] = case.passed
        return data
