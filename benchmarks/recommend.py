"""Recommender speed figures (prints them; not a test).

- training time and peak memory of ``train_recommender`` on the source file (in a child
  process, so its peak RSS is its own);
- single-customer latency p50/p99 in process: the ranking alone (``ranked``: scores, rules,
  top-k) and the full answer with reasons (``recommend``);
- batch throughput for all customers: vectorised ranking, and the JSON Lines export with
  reasons.

Usage: ``python benchmarks/recommend.py [--data FILE] [--artifacts DIR] [--skip-train]``
(default data: ASSISTANT_DATA or ../shared/data/online_retail.csv.gz).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "online_retail.csv.gz"

TRAIN_SNIPPET = """
import sys, time
from pathlib import Path
from assistant.settings import Settings
from recommender.data import ensure_prepared
from recommender.training import train_recommender
settings = Settings(data=Path(sys.argv[1]), artifacts=Path(sys.argv[2]))
ensure_prepared(settings, show_progress=False)
started = time.perf_counter()
version = train_recommender(settings, show_progress=False)
print(f"{time.perf_counter() - started:.2f} {version.score:.4f} {version.version}")
"""


def train(data: Path, artifacts: Path) -> None:
    """Train in a child process; print wall time and peak memory."""
    done = subprocess.run([sys.executable, "-c", TRAIN_SNIPPET, str(data), str(artifacts)],
                          capture_output=True, text=True, check=True)
    seconds, ndcg, version = done.stdout.split()
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"training: {float(seconds):.1f} s (data already prepared), peak RSS "
          f"{peak_mb:.0f} MB, ndcg@10 {ndcg}, version {version}")


def percentiles(samples: list[float]) -> str:
    """p50/p99/max in milliseconds."""
    ms = np.array(samples) * 1000
    return (f"p50 {np.percentile(ms, 50):.3f} ms, p99 {np.percentile(ms, 99):.3f} ms, "
            f"max {ms.max():.3f} ms")


def serve(data: Path, artifacts: Path, n: int) -> None:
    """Latency and throughput figures of the champion."""
    from assistant.settings import Settings
    from recommender.batch import export_batch
    from recommender.service import load_champion_recommender

    settings = Settings(data=data, artifacts=artifacts)
    started = time.perf_counter()
    service = load_champion_recommender(settings)
    print(f"load: {time.perf_counter() - started:.2f} s")
    customers = [str(c) for c in service.model.data.customer_ids]
    rng = np.random.default_rng(0)
    sample = rng.choice(customers, size=n)
    for c in sample[:50]:
        service.ranked(c, 10)
    ranked = []
    for c in sample:
        t = time.perf_counter()
        service.ranked(c, 10)
        ranked.append(time.perf_counter() - t)
    print(f"recommend (ranking only), {n} customers: {percentiles(ranked)}")
    full = []
    for c in sample[: max(n // 4, 1)]:
        t = time.perf_counter()
        service.recommend(c, 10)
        full.append(time.perf_counter() - t)
    print(f"recommend with reasons, {len(full)} customers: {percentiles(full)}")
    rows = np.arange(len(customers))
    t = time.perf_counter()
    for i in range(0, len(rows), 512):
        service.model.recommend_rows(rows[i:i + 512], 10)
    elapsed = time.perf_counter() - t
    print(f"batch ranking, all {len(rows)} customers: {elapsed:.2f} s "
          f"({len(rows) / elapsed:,.0f} customers/s)")
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        export_batch(service, customers, Path(tmp) / "recs.jsonl", k=10)
        elapsed = time.perf_counter() - t
    print(f"batch export with reasons (JSON Lines), all customers: {elapsed:.2f} s "
          f"({len(customers) / elapsed:,.0f} customers/s)")


def main() -> None:
    """Parse options and print every figure."""
    parser = argparse.ArgumentParser(description="Recommender speed figures.")
    parser.add_argument("--data", type=Path,
                        default=Path(os.environ.get("ASSISTANT_DATA", DEFAULT_DATA)))
    parser.add_argument("--artifacts", type=Path, default=None,
                        help="Artifact directory (default: a temporary one).")
    parser.add_argument("--skip-train", action="store_true",
                        help="Use the champion already in --artifacts.")
    parser.add_argument("--n", type=int, default=2000, help="Customers for latency.")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"data file not found: {args.data}")
    with tempfile.TemporaryDirectory(prefix="bench-recommend-") as tmp:
        artifacts = args.artifacts or Path(tmp)
        print(f"data: {args.data}\ncpus: {os.cpu_count()}")
        if not args.skip_train:
            train(args.data, artifacts)
        serve(args.data, artifacts, args.n)


if __name__ == "__main__":
    main()
