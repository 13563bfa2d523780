"""How long the public eval suite takes on the offline model (goal: under 60 s).

    .venv/bin/python benchmarks/eval_suite.py [ARTIFACTS_DIR]

Trains on 400 synthetic customers (seed 11, like the CI fixture) when the artifacts directory
has no models yet (not timed), then times the suite itself.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

# benchmarks/agent.py would shadow the agent package when this file runs as a script.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

PUBLIC = Path(__file__).resolve().parents[1] / "evals" / "datasets" / "public.jsonl"


def main() -> None:
    """Print the suite's duration and latency figures."""
    from assistant.settings import Settings
    from evals.dataset import load_dataset
    from evals.runner import build_eval_agent, run_suite

    artifacts = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    settings = Settings(artifacts=artifacts, synthetic_customers=400, synthetic_seed=11,
                        chat_model="offline")
    started = time.perf_counter()
    agent = build_eval_agent(settings)
    ready = time.perf_counter() - started
    cases = load_dataset(PUBLIC).cases
    run = run_suite(cases, agent)
    m = run.metrics
    print(f"setup (prepare/train/ingest or load): {ready:.1f} s")
    print(f"suite: {len(cases)} cases in {run.duration_s:.2f} s "
          f"({1000 * run.duration_s / len(cases):.1f} ms per case)")
    print(f"latency per case p50 {m['latency_ms_p50']} ms, p95 {m['latency_ms_p95']} ms")
    print(f"pass rate {m['pass_rate']}")


if __name__ == "__main__":
    main()
