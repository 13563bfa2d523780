"""Run a suite: each case in a fresh session, its turns in order, checks on the last turn."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

from assistant.errors import AssistantError
from assistant.progress import track
from assistant.settings import Settings
from evals.aggregate import aggregate, by_tag
from evals.dataset import EvalCase, load_dataset
from evals.metrics import run_metrics
from evals.results import CaseOutput, CaseResult, Check, EvalRun, ToolCallOut


class ChatAgent(Protocol):
    """What the runner needs from the agent (``agent.service.AssistantAgent``)."""

    def ask(self, message: str, session_id: str | None = None) -> Any:
        """One turn; returns a ChatResult (pydantic model or dict)."""


class CaseJudge(Protocol):
    """Optional judge metrics (see :mod:`evals.judge`)."""

    def evaluate(self, *, outputs: CaseOutput, reference_outputs: EvalCase) -> list[Check]:
        """Judge checks for one case."""


def _as_dict(result: Any) -> dict[str, Any]:
    if isinstance(result, BaseModel):
        return result.model_dump(mode="json")
    if isinstance(result, dict):
        return result
    raise TypeError(f"agent returned {type(result).__name__}, expected a ChatResult")


def _calls(raw: dict[str, Any]) -> list[ToolCallOut]:
    calls = []
    for call in raw.get("tool_calls") or []:
        call = _as_dict(call)
        calls.append(ToolCallOut(name=str(call.get("name", "")),
                                 arguments=dict(call.get("arguments") or {}),
                                 output=call.get("output")))
    return calls


def _marker(raw: dict[str, Any]) -> str | None:
    """An explicit answer/clarify/refuse marker, if the agent reports one."""
    for key in ("behaviour", "behavior", "kind", "intent"):
        value = raw.get(key)
        if value in ("answer", "clarify", "refuse"):
            return str(value)
    return None


def run_case(case: EvalCase, agent: ChatAgent) -> CaseResult:
    """Send the case's turns in one new session and check the last turn."""
    earlier: list[ToolCallOut] = []
    session_id: str | None = None
    output: CaseOutput
    try:
        raw: dict[str, Any] = {}
        elapsed = 0.0
        for i, turn in enumerate(case.turns):
            started = time.perf_counter()
            raw = _as_dict(agent.ask(turn, session_id=session_id))
            elapsed = (time.perf_counter() - started) * 1000
            session_id = raw.get("session_id") or session_id
            if i < len(case.turns) - 1:
                earlier.extend(_calls(raw))
        tokens = {k: int(v) for k, v in (raw.get("tokens") or {}).items()
                  if isinstance(v, int | float)}
        output = CaseOutput(
            answer=str(raw.get("answer") or ""), tool_calls=_calls(raw),
            earlier_tool_calls=earlier,
            citations=[_as_dict(c) for c in raw.get("citations") or []],
            model=str(raw.get("model") or ""),
            latency_ms=float(raw.get("latency_ms") or elapsed), tokens=tokens,
            steps=int(raw.get("steps") or 0), cost_usd=raw.get("cost_usd"),
            behaviour=_marker(raw))
    except AssistantError as exc:
        output = CaseOutput(earlier_tool_calls=earlier, error=f"{exc.code}: {exc.message}")
    except Exception as exc:  # noqa: BLE001 - one broken case must not stop the suite
        output = CaseOutput(earlier_tool_calls=earlier, error=f"{type(exc).__name__}: {exc}")
    checks = run_metrics(output, case)
    return CaseResult(id=case.id, tags=case.tags, turns=case.turns, checks=checks,
                      **output.model_dump())


def run_suite(cases: Sequence[EvalCase], agent: ChatAgent, *, judge: CaseJudge | None = None,
              dataset: str = "", backend: str = "", data_source: str = "",
              show_progress: bool = False, give_up_after: int = 3) -> EvalRun:
    """Run every case and aggregate the metrics (judge metrics apart, only with a judge).

    When the first ``give_up_after`` cases all fail because a backend is unavailable (no
    credentials, Bedrock down), the run stops with that error instead of failing every case.
    """
    started = time.perf_counter()
    items = track(cases, "Evaluating", total=len(cases)) if show_progress else cases
    results: list[CaseResult] = []
    for case in items:
        result = run_case(case, agent)
        if judge is not None and result.error is None:
            result.judge = judge.evaluate(outputs=result, reference_outputs=case)
        results.append(result)
        if len(results) == give_up_after and all(
                (r.error or "").startswith("unavailable:") for r in results):
            reason = (results[-1].error or "").removeprefix("unavailable: ")
            raise AssistantError(f"stopped the eval: {reason} (the first {give_up_after} "
                                 "cases all failed)", code="unavailable")
    judge_metrics: dict[str, float | None] = {}
    if judge is not None:
        names = sorted({c.name for r in results for c in r.judge})
        for name in names:
            scores = [c.score for r in results for c in r.judge
                      if c.name == name and c.score is not None]
            judge_metrics[name] = round(sum(scores) / len(scores), 4) if scores else None
    return EvalRun(dataset=dataset, backend=backend, data_source=data_source,
                   metrics=aggregate(results, {c.id: c.expect for c in cases}),
                   judge_metrics=judge_metrics, by_tag=by_tag(results), cases=results,
                   duration_s=round(time.perf_counter() - started, 3))


def evaluate(settings: Settings, dataset_path: Path | str, *, backend: str | None = None,
             judge: CaseJudge | None = None, agent: ChatAgent | None = None,
             show_progress: bool = True) -> EvalRun:
    """Load a dataset, make the product ready on ``settings``' data and run the suite.

    ``backend`` ('offline' or 'bedrock') overrides the chat model; sessions live in memory so
    an eval run leaves no conversations behind.
    """
    dataset = load_dataset(dataset_path)
    if backend is not None:
        settings = settings.model_copy(update={"chat_model": backend})
    if agent is None:
        agent = build_eval_agent(settings, show_progress=show_progress)
    run = run_suite(dataset.cases, agent, judge=judge, dataset=dataset.path,
                    backend=settings.effective_chat_model,
                    data_source=str(settings.data or "synthetic"), show_progress=show_progress)
    run.warnings = dataset.warnings
    return run


def build_eval_agent(settings: Settings, *, show_progress: bool = False) -> ChatAgent:
    """The real agent on trained models (trains what is missing), with in-memory sessions."""
    from langgraph.checkpoint.memory import InMemorySaver

    from assistant.bootstrap import ensure_ready

    try:
        from agent.service import build_agent
    except ModuleNotFoundError as exc:
        if exc.name not in ("agent", "agent.service"):
            raise
        raise AssistantError("the agent is not available in this installation (agent.service)",
                             code="not_ready") from exc
    ensure_ready(settings, show_progress=show_progress)
    agent: ChatAgent = build_agent(settings, checkpointer=InMemorySaver())
    return agent
