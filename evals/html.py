"""A self-contained HTML report: the Markdown report's tables plus inline SVG charts (pass rate
by tag, latency distribution). No scripts, no external files."""

from __future__ import annotations

from html import escape

from evals.diff import RunDiff
from evals.report import metric_rows
from evals.results import EvalRun

_CSS = """body{font-family:system-ui,sans-serif;margin:2rem;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:4px 8px;
text-align:left;vertical-align:top;font-size:14px}th{background:#f3f3f3}.bad{color:#b00020;
font-weight:bold}.ok{color:#1b5e20}svg{background:#fafafa;border:1px solid #eee}
.answer{max-width:420px}"""


def pass_rate_chart(by_tag: dict[str, dict[str, float]], width: int = 640) -> str:
    """Horizontal bars: pass rate per tag."""
    bar_h, label_w = 18, 150
    height = 20 + bar_h * max(len(by_tag), 1) + 10
    parts = [f'<svg role="img" aria-label="Pass rate by tag" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}">']
    span = width - label_w - 60
    for i, (tag, v) in enumerate(by_tag.items()):
        y = 20 + i * bar_h
        rate = v["pass_rate"]
        colour = "#2e7d32" if rate >= 0.9 else "#f9a825" if rate >= 0.6 else "#c62828"
        parts.append(f'<text x="{label_w - 6}" y="{y + 13}" font-size="12" '
                     f'text-anchor="end">{escape(tag)} ({v["cases"]:.0f})</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 2}" width="{rate * span:.1f}" '
                     f'height="{bar_h - 4}" fill="{colour}"><title>{escape(tag)}: '
                     f'{rate:.2f}</title></rect>')
        parts.append(f'<text x="{label_w + rate * span + 4:.1f}" y="{y + 13}" '
                     f'font-size="12">{rate:.2f}</text>')
    parts.append(f'<text x="{label_w}" y="12" font-size="12">pass rate by tag</text></svg>')
    return "".join(parts)


def latency_chart(latencies: list[float], width: int = 640, bins: int = 20) -> str:
    """Histogram of per-case latency (ms)."""
    height, pad = 180, 30
    if not latencies:
        return "<p>No latencies recorded.</p>"
    low, high = min(latencies), max(latencies)
    step = (high - low) / bins or 1.0
    counts = [0] * bins
    for value in latencies:
        counts[min(int((value - low) / step), bins - 1)] += 1
    top = max(counts)
    bar_w = (width - 2 * pad) / bins
    parts = [f'<svg role="img" aria-label="Latency distribution" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}">']
    for i, count in enumerate(counts):
        h = (height - 2 * pad) * count / top
        x = pad + i * bar_w
        parts.append(f'<rect x="{x:.1f}" y="{height - pad - h:.1f}" width="{bar_w - 2:.1f}" '
                     f'height="{h:.1f}" fill="#1565c0"><title>{low + i * step:.0f}-'
                     f'{low + (i + 1) * step:.0f} ms: {count}</title></rect>')
    parts.append(f'<text x="{pad}" y="{height - 8}" font-size="12">{low:.0f} ms</text>')
    parts.append(f'<text x="{width - pad}" y="{height - 8}" font-size="12" '
                 f'text-anchor="end">{high:.0f} ms</text>')
    parts.append(f'<text x="{pad}" y="16" font-size="12">latency per case (max bin '
                 f'{top})</text></svg>')
    return "".join(parts)


def _table(header: list[str], rows: list[list[str]], raw_cols: frozenset[int] = frozenset()
           ) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{cell if i in raw_cols else escape(cell)}</td>"
                         for i, cell in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def html_report(run: EvalRun, diff: RunDiff | None = None) -> str:
    """The report as one HTML page."""
    out = ["<!doctype html><html lang='en'><head><meta charset='utf-8'>",
           f"<title>Eval report: {escape(run.dataset)}</title><style>{_CSS}</style></head><body>",
           f"<h1>Eval report: {escape(run.dataset)}</h1>",
           f"<p>Backend <b>{escape(run.backend)}</b>; data {escape(run.data_source)}; "
           f"{len(run.cases)} cases in {run.duration_s:.1f} s.</p>"]
    rows = []
    for label, value, base, delta, gate in metric_rows(run, diff):
        css = "bad" if gate == "REGRESSED" else "ok" if gate == "ok" else ""
        rows.append([escape(label), escape(value), escape(base), escape(delta),
                     f"<span class='{css}'>{escape(gate)}</span>"])
    out += ["<h2>Metrics</h2>",
            _table(["Metric", "Value", "Baseline", "Delta", "Gate"], rows,
                   frozenset(range(5)))]
    if run.judge_metrics:
        out += ["<h2>Judge metrics (reported apart)</h2>",
                _table(["Metric", "Value"], [[k, "n/a" if v is None else f"{v:.3f}"]
                                             for k, v in run.judge_metrics.items()])]
    out += ["<h2>Pass rate by tag</h2>", pass_rate_chart(run.by_tag),
            "<h2>Latency distribution</h2>",
            latency_chart([c.latency_ms for c in run.cases if c.error is None])]
    if diff is not None:
        out += ["<h2>Flipped since the baseline</h2>",
                f"<p class='bad'>Newly failing: {escape(', '.join(diff.newly_failing) or 'none')}"
                "</p>",
                f"<p class='ok'>Newly passing: {escape(', '.join(diff.newly_passing) or 'none')}"
                "</p>"]
    failed = [c for c in run.cases if not c.passed]
    rows = []
    for case in failed:
        details = ([case.error] if case.error else []) + [
            f"{c.name}: {c.detail}" for c in case.checks if not c.passed and c.detail]
        rows.append([case.id, " / ".join(case.turns), ", ".join(case.failed_checks()),
                     "; ".join(d for d in details if d), case.answer])
    out += [f"<h2>Failed cases ({len(failed)})</h2>",
            _table(["Case", "Question(s)", "Failed checks", "Detail", "Answer"], rows)
            if rows else "<p>None.</p>", "</body></html>"]
    return "\n".join(out)
