"""Reports, diffs against a baseline, gates, judge metrics and the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from typer.testing import CliRunner

from evals.dataset import EvalCase
from evals.diff import diff_runs
from evals.gates import baseline_dict, check_gates, load_results
from evals.html import html_report
from evals.judge import LLMJudge, build_judge
from evals.report import markdown_report
from evals.runner import run_suite
from tests.unit.evals.conftest import FakeAgent, chat_result

CASES = [EvalCase.model_validate(c) for c in [
    {"id": "seg", "turns": ["Which segment is customer 12347 in?"],
     "expected_tools": [{"name": "segment-customer", "args": {"customer_id": "12347"}}],
     "tags": ["segment"]},
    {"id": "ref", "turns": ["Tell me a joke."], "tool_match": "none", "expect": "refuse",
     "tags": ["refuse"]},
]]


def good(message: str, history: list[str]) -> dict[str, Any]:
    if "joke" in message:
        return chat_result("Sorry, I can only help with marketing analytics.")
    return chat_result("Customer 12347 is in <b>Champions</b> [1].",
                       [("segment-customer", {"customer_id": "12347"}, {"segment": "Champions"})])


def bad(message: str, history: list[str]) -> dict[str, Any]:
    return chat_result("Sorry, I can only help with marketing analytics.")


def test_diff_shows_flipped_cases_and_gate_regressions(
        fake_agent_factory: Callable[..., FakeAgent]) -> None:
    before = run_suite(CASES, fake_agent_factory(good))
    after = run_suite(CASES, fake_agent_factory(bad))
    diff = diff_runs(after, baseline_dict(before))
    assert diff.newly_failing == ["seg"] and diff.newly_passing == []
    assert not diff.gates_passed
    assert "tool_selection_accuracy" in [g.metric for g in diff.gates if not g.passed]
    back = diff_runs(before, json.loads(json.dumps(after.to_json_dict())))
    assert back.newly_passing == ["seg"] and back.gates_passed


def test_gates_allow_the_tolerance() -> None:
    results = check_gates({"pass_rate": 0.89, "numeric_grounding": 0.95},
                          {"pass_rate": 0.9, "numeric_grounding": 1.0}, tolerance=0.02)
    assert [(g.metric, g.passed) for g in results] == [("numeric_grounding", False),
                                                       ("pass_rate", True)]
    errors = check_gates({"errors": 2.0}, {"errors": 1.0})
    assert [(g.metric, g.passed) for g in errors] == [("errors", False)]


def test_markdown_and_html_reports(fake_agent_factory: Callable[..., FakeAgent]) -> None:
    before = run_suite(CASES, fake_agent_factory(good), dataset="public.jsonl")
    after = run_suite(CASES, fake_agent_factory(bad), dataset="public.jsonl")
    diff = diff_runs(after, baseline_dict(before))
    md = markdown_report(after, diff)
    assert "| Tool selection accuracy | 0.500 | 1.000 | -0.500 | REGRESSED |" in md
    assert "Newly failing (1): seg" in md and "## Failed cases (1)" in md
    page = html_report(before, None)
    assert page.count("<svg") == 2 and "segment (1)" in page  # a bar per tag
    hostile = run_suite(CASES, fake_agent_factory(
        lambda m, h: chat_result("<script>alert(1)</script>")))
    page = html_report(hostile, diff_runs(hostile, baseline_dict(before)))
    assert "<script" not in page and "&lt;script&gt;alert(1)" in page  # answers are escaped


def test_load_results_rejects_other_json(tmp_path: Path) -> None:
    from assistant.errors import AssistantError

    path = tmp_path / "x.json"
    path.write_text('{"foo": 1}')
    with pytest.raises(AssistantError, match="no 'metrics'"):
        load_results(path)


def test_judge_metrics_are_reported_apart(fake_agent_factory: Callable[..., FakeAgent]) -> None:
    judge = FakeListChatModel(responses=[
        '{"score": 1.0, "reasoning": "right"}', 'Sure! {"score": 0.5, "reasoning": "partly"}',
        "I refuse to grade", '{"score": 0.0, "reasoning": "no"}'])
    run = run_suite(CASES, fake_agent_factory(good), judge=LLMJudge(judge))
    assert run.judge_metrics == {"judge_correctness": 1.0, "judge_groundedness": 0.25}
    assert "judge_correctness" not in run.metrics
    assert "did not reply with JSON" in run.cases[1].judge[0].detail


def test_judge_needs_a_real_model(tmp_path: Path) -> None:
    from assistant.errors import AssistantError
    from tests.conftest import make_settings

    with pytest.raises(AssistantError, match="the judge needs a real chat model"):
        build_judge(make_settings(tmp_path))


def test_cli_run_writes_results_reports_and_fails_on_regression(
        fake_agent_factory: Callable[..., FakeAgent], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import evals.runner
    from assistant.cli import app
    from assistant.settings import get_settings

    dataset = tmp_path / "suite.jsonl"
    dataset.write_text("\n".join(c.model_dump_json() for c in CASES))
    monkeypatch.setenv("ASSISTANT_ARTIFACTS", str(tmp_path / "artifacts"))
    get_settings.cache_clear()
    agents = iter([fake_agent_factory(good), fake_agent_factory(bad)])
    monkeypatch.setattr(evals.runner, "build_eval_agent", lambda *a, **k: next(agents))
    runner = CliRunner()
    first = runner.invoke(app, ["eval", "run", "--dataset", str(dataset),
                                "--output", str(tmp_path / "r.json"),
                                "--backend", "offline"])
    assert first.exit_code == 0, first.output
    assert "Tool selection accuracy" in first.output
    base = runner.invoke(app, ["eval", "baseline", "--results", str(tmp_path / "r.json"),
                               "--output", str(tmp_path / "baseline.json")])
    assert base.exit_code == 0
    second = runner.invoke(app, ["eval", "run", "--dataset", str(dataset), "--baseline",
                                 str(tmp_path / "baseline.json"), "--report",
                                 str(tmp_path / "r.md"), "--html", str(tmp_path / "r.html"),
                                 "--fail-on-regression"])
    assert second.exit_code == 1
    assert "newly failing: seg" in second.output
    assert "REGRESSED" in (tmp_path / "r.md").read_text()
    assert (tmp_path / "r.html").read_text().startswith("<!doctype html>")
    get_settings.cache_clear()


def test_cli_bad_dataset_is_one_line_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    bad_file = tmp_path / "bad.jsonl"
    bad_file.write_text('{"id": "a", "turns": ["hi"], "expect": "dance"}\n')
    proc = subprocess.run([sys.executable, "-c", "from assistant.cli import main; main()",
                           "eval", "run", "--dataset", str(bad_file)],
                          capture_output=True, text=True, env={"ASSISTANT_ARTIFACTS":
                                                               str(tmp_path), "PATH": ""})
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("error: bad.jsonl line 1 (case 'a'): field 'expect'")
    assert "Traceback" not in proc.stderr


def test_gates_allow_one_flipped_case_but_not_two() -> None:
    base = {"source_recall": 1.0, "n_source_recall": 10.0}
    assert check_gates({"source_recall": 0.9}, base)[0].passed
    assert not check_gates({"source_recall": 0.8}, base)[0].passed
