"""``assistant eval``: run an eval suite, write results and reports, compare with a baseline."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from assistant.cli.common import DataOption, settings


class Backend(StrEnum):
    """Chat model backends an eval can run on."""

    offline = "offline"
    bedrock = "bedrock"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    typer.echo(f"wrote {path}", err=True)


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    """Add ``eval run`` and ``eval baseline``."""
    group = groups["eval"]

    @group.command("run")
    def run(
        dataset: Annotated[Path, typer.Option("--dataset", help="JSONL file of eval cases.")],
        output: Annotated[Path | None, typer.Option(
            "--output", help="Write the results (metrics and cases) as JSON.")] = None,
        report: Annotated[Path | None, typer.Option(
            "--report", help="Write a Markdown report.")] = None,
        html: Annotated[Path | None, typer.Option(
            "--html", help="Write a self-contained HTML report with charts.")] = None,
        baseline: Annotated[Path | None, typer.Option(
            "--baseline", help="Earlier results or baseline file: show flipped cases and "
            "metric changes.")] = None,
        backend: Annotated[Backend | None, typer.Option(
            "--backend", help="Chat model: offline or bedrock (default: from settings).")
        ] = None,
        data: DataOption = None,
        judge: Annotated[bool, typer.Option(
            "--judge", help="Also run judge metrics (needs Bedrock; off by default).")] = False,
        fail_on_regression: Annotated[bool, typer.Option(
            "--fail-on-regression", help="Exit with code 1 when a gate metric drops below "
            "the --baseline (minus its tolerance).")] = False,
    ) -> None:
        """Run every case of DATASET against the agent and print the metrics."""
        from evals.diff import diff_runs
        from evals.gates import load_results
        from evals.html import html_report
        from evals.judge import build_judge
        from evals.report import markdown_report, metric_rows
        from evals.runner import evaluate

        cfg = settings(data)
        if backend is not None:
            cfg = cfg.model_copy(update={"chat_model": backend.value})
        base = load_results(baseline) if baseline else None
        case_judge = build_judge(cfg) if judge else None
        result = evaluate(cfg, dataset, judge=case_judge, show_progress=True)
        for warning in result.warnings:
            typer.secho(f"warning: {warning}", err=True, fg="yellow")
        diff = diff_runs(result, base) if base is not None else None
        if output:
            _write(output, json.dumps(result.to_json_dict(), indent=2, ensure_ascii=False))
        if report:
            _write(report, markdown_report(result, diff))
        if html:
            _write(html, html_report(result, diff))
        for label, value, base_value, delta, gate in metric_rows(result, diff):
            extra = f"  (baseline {base_value}, {delta}) {gate}" if diff and base_value else ""
            typer.echo(f"{label:<34} {value}{extra}")
        for name, score in result.judge_metrics.items():
            typer.echo(f"{name:<34} {'n/a' if score is None else f'{score:.3f}'}")
        if diff is not None:
            typer.echo(f"newly failing: {', '.join(diff.newly_failing) or 'none'}")
            typer.echo(f"newly passing: {', '.join(diff.newly_passing) or 'none'}")
            if fail_on_regression and not diff.gates_passed:
                bad = [g.metric for g in diff.gates if not g.passed]
                typer.secho(f"gate regressed: {', '.join(bad)}", err=True, fg="red")
                raise typer.Exit(1)

    @group.command("baseline")
    def write_baseline_cmd(
        results: Annotated[Path, typer.Option("--results", help="Results JSON of `eval run`.")],
        output: Annotated[Path, typer.Option("--output", help="Baseline file to write.")
                          ] = Path("evals/baseline.json"),
        tolerance: Annotated[float, typer.Option(
            "--tolerance", min=0.0, max=0.5, help="Allowed drop before a gate fails.")] = 0.02,
    ) -> None:
        """Turn a results file into a compact baseline (metrics + per-case pass/fail)."""
        from evals.gates import load_results
        from evals.results import SOFT_CHECKS

        data = load_results(results)
        baseline = {
            "dataset": Path(str(data.get("dataset", ""))).name,
            "backend": data.get("backend", ""), "data_source": data.get("data_source", ""),
            "tolerance": tolerance, "metrics": data["metrics"],
            "cases": [{"id": c.get("id"), "passed": bool(c.get("passed")),
                       "failed_checks": [k.get("name") for k in c.get("checks", [])
                                         if not k.get("passed")
                                         and k.get("name") not in SOFT_CHECKS]}
                      for c in data.get("cases", [])],
        }
        _write(output, json.dumps(baseline, indent=2) + "\n")
