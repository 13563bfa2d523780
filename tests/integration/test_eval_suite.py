"""CI gate: the public suite on the offline model and synthetic data must not regress below
the committed baseline (evals/baseline.json, minus its tolerance)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.settings import Settings
from evals.diff import diff_runs
from evals.gates import BASELINE_PATH, load_results
from evals.html import html_report
from evals.report import markdown_report
from evals.results import EvalRun
from evals.runner import evaluate

PUBLIC = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "public.jsonl"

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def public_run(ready_settings: Settings) -> EvalRun:
    return evaluate(ready_settings, PUBLIC, backend="offline", show_progress=False)


def test_public_suite_holds_the_baseline(public_run: EvalRun, tmp_path: Path) -> None:
    baseline = load_results(BASELINE_PATH)
    diff = diff_runs(public_run, baseline)
    (tmp_path / "report.md").write_text(markdown_report(public_run, diff))
    regressed = [f"{g.metric}: {g.value} < {g.baseline}" for g in diff.gates if not g.passed]
    assert not regressed, (f"eval gates regressed: {regressed}; newly failing cases: "
                           f"{diff.newly_failing}")
    assert diff.gates, "the baseline has no gate metrics"


def test_every_case_ran_with_results_a_user_can_read(public_run: EvalRun, tmp_path: Path) -> None:
    assert len(public_run.cases) >= 80
    data = json.loads(json.dumps(public_run.to_json_dict()))
    assert all(c["answer"] and c["model"] for c in data["cases"] if c["error"] is None)
    assert all(c["checks"] for c in data["cases"])
    page = html_report(public_run)
    assert page.count("<svg") == 2
