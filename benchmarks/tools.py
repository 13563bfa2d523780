"""Latency of each tool on the local backend: p50 / p99 per call, models already loaded.

Goal: every tool except batch feedback (the whole stored table) under 5 ms p99.

    python benchmarks/tools.py                 # the configured artifacts (trains if needed)
    python benchmarks/tools.py --tmp           # a fresh temp dir, 400 synthetic customers
    python benchmarks/tools.py --data ../shared/data/online_retail.csv.gz --artifacts /tmp/a
    python benchmarks/tools.py --calls 500 --json
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# This script is named like the ``tools`` package: keep its own folder off the import path.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

from assistant.bootstrap import ensure_ready  # noqa: E402
from assistant.settings import Settings, get_settings  # noqa: E402
from tools.context import build_context  # noqa: E402
from tools.registry import run_tool  # noqa: E402

GOAL_MS = 5.0
TEXTS = ["The mug arrived chipped and the delivery took three weeks.",
         "Lovely cake stand, my customers adore it!",
         "La bougie a pris feu sur la table, dangereux."]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def measure(call: Callable[[int], Any], calls: int) -> dict[str, float]:
    """Wall-clock p50/p95/p99, the p99 of the thread's CPU time (free of waiting for a busy
    machine's CPUs) and the mean, in milliseconds, of ``call(i)`` for i in 0..calls-1 (after three
    warm-up calls with other arguments: ``call(calls)``, ``call(calls + 1)``, ...)."""
    for i in range(3):
        call(calls + i)
    gc.collect()
    gc.freeze()  # long-lived objects (models, modules) out of the collector's way, as a server does
    times, cpu = [], []
    for i in range(calls):
        start, start_cpu = time.perf_counter(), time.thread_time()
        call(i)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    return {"p50_ms": round(percentile(times, 50), 3), "p95_ms": round(percentile(times, 95), 3),
            "p99_ms": round(percentile(times, 99), 3),
            "cpu_p99_ms": round(percentile(cpu, 99), 3),
            "mean_ms": round(statistics.fmean(times), 3), "calls": calls}


def customer_ids(settings: Settings) -> list[str]:
    """Every customer of the prepared data."""
    from recommender.data import load_tables
    from recommender.data.columns import C

    return [str(c) for c in load_tables(settings, show_progress=False).customers[C.CUSTOMER]]


def run(settings: Settings, calls: int) -> dict[str, dict[str, float]]:
    """Latency figures per tool: "new customer" calls each ask about another customer (the
    models run); "repeat" calls ask again about one customer (answers are remembered per
    loaded model). Batch feedback is measured with fewer calls."""
    ensure_ready(settings, show_progress=False)
    context = build_context(settings)
    ids = customer_ids(settings)
    first = run_tool("recommend-for-user", {"customer_id": ids[0], "k": 1}, context)
    item = first.items[0].stock_code  # type: ignore[attr-defined]

    def tool(name: str, args: Callable[[int], dict[str, Any]]) -> Callable[[int], Any]:
        return lambda i: run_tool(name, args(i), context)

    def cid(i: int) -> str:
        return ids[(i + 1) % len(ids)]

    per_customer: dict[str, Callable[[int], dict[str, Any]]] = {
        "recommend-for-user (k=5)": lambda i: {"customer_id": cid(i), "k": 5},
        "segment-customer": lambda i: {"customer_id": cid(i)},
        "explain-prediction": lambda i: {"customer_id": cid(i)},
        "explain-prediction (item)": lambda i: {"customer_id": cid(i), "item_id": item},
    }
    names = {"recommend-for-user (k=5)": "recommend-for-user", "segment-customer":
             "segment-customer", "explain-prediction": "explain-prediction",
             "explain-prediction (item)": "explain-prediction"}
    cases: dict[str, tuple[Callable[[int], Any], int]] = {}
    for label, args in per_customer.items():
        cases[f"{label}, new customer"] = (tool(names[label], args), calls)
        cases[f"{label}, repeat"] = (tool(names[label], lambda i, a=args: a(0)), calls)
    cases["analyse-feedback-sentiment (1 text)"] = (tool(
        "analyse-feedback-sentiment", lambda i: {"texts": [f"{TEXTS[i % len(TEXTS)]} #{i}"]}),
        calls)
    cases["search-knowledge-base"] = (tool("search-knowledge-base", lambda i: {
        "query": ["win back at-risk customers", "discount policy", "refund rules"][i % 3]}),
        calls)
    cases["analyse-feedback-sentiment (batch: stored table)"] = (tool(
        "analyse-feedback-sentiment", lambda i: {}), max(5, calls // 20))
    return {name: measure(call, n) for name, (call, n) in cases.items()}


def main() -> None:
    """Print the figures (a table, or JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200, help="Calls per tool.")
    parser.add_argument("--tmp", action="store_true",
                        help="Use a fresh temporary directory with 400 synthetic customers.")
    parser.add_argument("--artifacts", type=Path, default=None,
                        help="Use this artifact directory (e.g. one made by an earlier --tmp).")
    parser.add_argument("--data", type=Path, default=None,
                        help="Source transactions file (default: ASSISTANT_DATA or synthetic).")
    parser.add_argument("--json", action="store_true", help="Print JSON.")
    options = parser.parse_args()
    settings = get_settings().with_data(options.data)
    if options.tmp:
        settings = settings.model_copy(update={
            "artifacts": Path(tempfile.mkdtemp(prefix="bench-tools-")),
            "synthetic_customers": 400})
    if options.artifacts:
        settings = settings.model_copy(update={"artifacts": options.artifacts})
    figures = run(settings, options.calls)
    if options.json:
        print(json.dumps(figures, indent=2))
        return
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    source = settings.data or f"synthetic data ({settings.synthetic_customers} customers)"
    print(f"tool latency on the local backend ({source}); goal p99 < {GOAL_MS} ms; "
          f"load average {load} on {os.cpu_count()} CPUs (p99 includes scheduling noise)")
    for name, f in figures.items():
        flag = "" if "batch" in name else ("  ok" if f["p99_ms"] < GOAL_MS else
                                           "  ok on CPU" if f["cpu_p99_ms"] < GOAL_MS else
                                           "  SLOW")
        print(f"  {name:<52} p50 {f['p50_ms']:8.3f}  p95 {f['p95_ms']:8.3f}  "
              f"p99 {f['p99_ms']:8.3f}  cpu p99 {f['cpu_p99_ms']:8.3f} ms"
              f"  ({f['calls']} calls){flag}")


if __name__ == "__main__":
    main()
