"""The Markdown report of a run (metrics, pass rate by tag, failures, diff with a baseline).
The HTML page with charts is in :mod:`evals.html`."""

from __future__ import annotations

from evals.diff import RunDiff
from evals.gates import GATE_METRICS
from evals.results import EvalRun

METRIC_LABELS: dict[str, str] = {
    "tool_selection_accuracy": "Tool selection accuracy",
    "argument_accuracy": "Argument accuracy",
    "tool_call_f1": "Tool-call F1",
    "must_include_pass_rate": "Must-include pass rate",
    "source_recall": "Source recall",
    "clarify_refuse_accuracy": "Clarify/refuse accuracy",
    "behaviour_accuracy": "Behaviour accuracy (all cases)",
    "numeric_grounding": "Numeric grounding",
    "language_match": "Answer language matches",
    "tool_error_free_rate": "Turns without a crashed tool",
    "pass_rate": "Cases passing every check",
    "ungrounded_numbers": "Ungrounded numbers (count)",
    "latency_ms_p50": "Latency p50 (ms)",
    "latency_ms_p95": "Latency p95 (ms)",
    "steps_mean": "Model steps per case (mean)",
    "tokens_mean": "Tokens per case (mean)",
    "errors": "Cases that raised an error",
    "cases": "Cases",
}


_COUNTS = frozenset({"cases", "errors", "ungrounded_numbers"})


def fmt(value: float | None, name: str = "") -> str:
    """A metric value for a table: counts as integers, latencies in ms, rates to 3 places."""
    if value is None:
        return "n/a"
    if name in _COUNTS:
        return f"{value:.0f}"
    if name.startswith("latency") or name.endswith("_mean"):
        return f"{value:.1f}"
    return f"{value:.3f}"


def _cell(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def metric_rows(run: EvalRun, diff: RunDiff | None) -> list[tuple[str, str, str, str, str]]:
    """(label, value, baseline, delta, gate) for every known metric."""
    gates = {g.metric: g for g in diff.gates} if diff else {}
    rows = []
    for name, label in METRIC_LABELS.items():
        if name not in run.metrics:
            continue
        value = run.metrics[name]
        base = diff.metrics.get(name, (None, None))[0] if diff else None
        delta = "" if base is None or value is None else f"{value - base:+.3f}"
        gate = ""
        if name in gates:
            gate = "ok" if gates[name].passed else "REGRESSED"
        elif name in GATE_METRICS:
            gate = "gate"
        rows.append((label, fmt(value, name), fmt(base, name) if diff else "", delta, gate))
    return rows


def markdown_report(run: EvalRun, diff: RunDiff | None = None) -> str:
    """The report as Markdown."""
    lines = [f"# Eval report: {run.dataset}", "",
             f"- Backend: **{run.backend}**; data: {run.data_source}; "
             f"{len(run.cases)} cases in {run.duration_s:.1f} s", ""]
    if diff is not None:
        verdict = "all gates hold" if diff.gates_passed else "**a gate regressed**"
        lines += [f"- Compared with the baseline: {verdict}.", ""]
    lines += ["## Metrics", "", "| Metric | Value | Baseline | Delta | Gate |",
              "|---|---:|---:|---:|---|"]
    lines += [f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in metric_rows(run, diff)]
    if run.judge_metrics:
        lines += ["", "## Judge metrics (LLM judge, reported apart)", "", "| Metric | Value |",
                  "|---|---:|"]
        lines += [f"| {k} | {fmt(v)} |" for k, v in run.judge_metrics.items()]
    lines += ["", "## Pass rate by tag", "", "| Tag | Cases | Pass rate |", "|---|---:|---:|"]
    lines += [f"| {tag} | {v['cases']:.0f} | {v['pass_rate']:.2f} |"
              for tag, v in run.by_tag.items()]
    if diff is not None:
        lines += ["", "## Flipped since the baseline", ""]
        lines += [f"- Newly failing ({len(diff.newly_failing)}): "
                  f"{', '.join(diff.newly_failing) or 'none'}",
                  f"- Newly passing ({len(diff.newly_passing)}): "
                  f"{', '.join(diff.newly_passing) or 'none'}"]
        if diff.added or diff.removed:
            lines.append(f"- Not in the baseline: {', '.join(diff.added) or 'none'}; "
                         f"missing from this run: {', '.join(diff.removed) or 'none'}")
    failed = [c for c in run.cases if not c.passed]
    lines += ["", f"## Failed cases ({len(failed)})", ""]
    if failed:
        lines += ["| Case | Failed checks | Detail | Answer |", "|---|---|---|---|"]
        for case in failed:
            details = [case.error] if case.error else []
            details += [f"{c.name}: {c.detail}" for c in case.checks
                        if not c.passed and c.detail]
            lines.append(f"| {case.id} | {', '.join(case.failed_checks())} | "
                         f"{_cell('; '.join(d for d in details if d), 240)} | "
                         f"{_cell(case.answer)} |")
    else:
        lines.append("None.")
    ungrounded = [(c.id, ch.values) for c in run.cases for ch in c.checks
                  if ch.name == "numeric_grounding" and ch.values]
    if ungrounded:
        lines += ["", "## Ungrounded numbers", ""]
        lines += [f"- {case_id}: {', '.join(values)}" for case_id, values in ungrounded]
    if run.warnings:
        lines += ["", "## Dataset warnings", ""] + [f"- {w}" for w in run.warnings]
    return "\n".join(lines) + "\n"
