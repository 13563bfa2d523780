"""The runner against a scripted fake agent: sessions, checks, errors, aggregates."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from evals.dataset import EvalCase
from evals.runner import run_suite
from tests.unit.evals.conftest import FakeAgent, chat_result

CASES = [
    EvalCase.model_validate(c) for c in [
        {"id": "rec", "turns": ["What should we recommend to customer 12347?"],
         "expected_tools": [{"name": "recommend-for-user", "args": {"customer_id": "12347"}}],
         "must_include": ["12347"], "tags": ["recommend"]},
        {"id": "follow", "turns": ["Which segment is customer 12347 in?",
                                   "And what should we recommend to them?"],
         "expected_tools": [{"name": "recommend-for-user", "args": {"customer_id": "12347"}}],
         "tags": ["follow-up"]},
        {"id": "clarify", "turns": ["What should we recommend?"], "tool_match": "none",
         "expect": "clarify", "tags": ["clarify"]},
        {"id": "refuse", "turns": ["Write me a poem about the sea."], "tool_match": "none",
         "expect": "refuse", "tags": ["refuse"]},
        {"id": "boom", "turns": ["explode please"], "tags": ["recommend"]},
    ]
]


def script(message: str, history: list[str]) -> dict[str, Any]:
    if message == "explode please":
        raise AssistantError("the recommender has not been trained yet", code="not_ready")
    if "poem" in message:
        return chat_result("Sorry, I can only help with marketing analytics.")
    if "12347" in message or any("12347" in h for h in history):
        if "segment" in message:
            return chat_result("Customer 12347 is a Champion [1].",
                               [("segment-customer", {"customer_id": "12347"}, {"seg": 1})])
        return chat_result("For 12347: WHITE HEART at £2.55 [1].",
                           [("recommend-for-user", {"customer_id": "12347"},
                             {"items": [{"price": 2.55}]})])
    return chat_result("Which customer do you mean? Please give the customer id.")


def test_runs_every_case_in_a_fresh_session(fake_agent_factory: Callable[..., FakeAgent]) -> None:
    agent = fake_agent_factory(script)
    run = run_suite(CASES, agent, dataset="unit")
    # one session per case; the follow-up sent both turns to the same session (the failing
    # case's turn raised before it was recorded)
    assert sorted(len(h) for h in agent.sessions.values()) == [0, 1, 1, 1, 2]
    by_id = {c.id: c for c in run.cases}
    assert by_id["follow"].passed, by_id["follow"].checks
    assert [c.name for c in by_id["follow"].earlier_tool_calls] == ["segment-customer"]
    assert by_id["clarify"].passed and by_id["refuse"].passed and by_id["rec"].passed


def test_a_failing_case_is_recorded_and_the_suite_goes_on(
        fake_agent_factory: Callable[..., FakeAgent]) -> None:
    run = run_suite(CASES, fake_agent_factory(script))
    boom = next(c for c in run.cases if c.id == "boom")
    assert boom.error == "not_ready: the recommender has not been trained yet"
    assert not boom.passed and "error" in boom.failed_checks()
    assert run.metrics["errors"] == 1.0
    assert run.metrics["pass_rate"] == 0.8
    assert run.by_tag["recommend"] == {"cases": 2.0, "pass_rate": 0.5}


def test_aggregates(fake_agent_factory: Callable[..., FakeAgent]) -> None:
    run = run_suite(CASES[:4], fake_agent_factory(script))
    m = run.metrics
    assert m["tool_selection_accuracy"] == 1.0 and m["argument_accuracy"] == 1.0
    assert m["clarify_refuse_accuracy"] == 1.0 and m["numeric_grounding"] == 1.0
    assert m["latency_ms_p50"] == 12.0 and m["tokens_mean"] == 15.0
    assert m["cases"] == 4.0


def test_a_wrong_agent_lowers_the_right_metrics(
        fake_agent_factory: Callable[..., FakeAgent]) -> None:
    def sloppy(message: str, history: list[str]) -> dict[str, Any]:
        return chat_result("Customer 12347 spent £999 [1].",
                           [("segment-customer", {"customer_id": "12583"}, {"spent": 12})])

    run = run_suite(CASES[:4], fake_agent_factory(sloppy))
    m = run.metrics
    assert m["tool_selection_accuracy"] == 0.0
    assert m["argument_accuracy"] == 0.0
    assert m["clarify_refuse_accuracy"] == 0.0
    assert m["numeric_grounding"] == 0.0 and m["ungrounded_numbers"] == 6.0


def test_results_json_shape(fake_agent_factory: Callable[..., FakeAgent], tmp_path: Path) -> None:
    run = run_suite(CASES[:1], fake_agent_factory(script))
    data = json.loads(json.dumps(run.to_json_dict()))
    case = data["cases"][0]
    assert {"metrics", "cases"} <= set(data)
    assert {"id", "answer", "tool_calls", "citations", "model", "latency_ms", "tokens",
            "checks", "passed"} <= set(case)
    assert case["tool_calls"][0] == {"name": "recommend-for-user",
                                     "arguments": {"customer_id": "12347"},
                                     "output": {"items": [{"price": 2.55}]}}
    assert {"name", "passed", "detail"} <= set(case["checks"][0])


def test_evaluate_loads_the_file_and_keeps_its_warnings(
        fake_agent_factory: Callable[..., FakeAgent], tmp_path: Path) -> None:
    from evals.runner import evaluate
    from tests.conftest import make_settings

    path = tmp_path / "private.jsonl"
    rows = [{**CASES[0].model_dump(), "owner": "crm"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    run = evaluate(make_settings(tmp_path), path, backend="offline",
                   agent=fake_agent_factory(script), show_progress=False)
    assert run.backend == "offline" and run.data_source == "synthetic"
    assert [c.id for c in run.cases] == ["rec"] and run.cases[0].passed
    assert "owner" in run.warnings[0]


def test_an_unavailable_backend_stops_the_run_early(
        fake_agent_factory: Callable[..., FakeAgent]) -> None:
    import pytest

    calls = []

    def down(message: str, history: list[str]) -> dict[str, Any]:
        calls.append(message)
        raise AssistantError("the chat model is unavailable right now", code="unavailable")

    many = [EvalCase(id=f"c{i}", turns=["hello"]) for i in range(10)]
    with pytest.raises(AssistantError, match="stopped the eval: the chat model is unavailable"):
        run_suite(many, fake_agent_factory(down))
    assert len(calls) == 3
