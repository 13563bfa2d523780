"""Customer models: training time and figures, and serving latency (segment, explain, score).

    python benchmarks/customers.py                 # 1,200 synthetic customers (tmp directory)
    python benchmarks/customers.py --data ../shared/data/online_retail.csv.gz   # real file

Prints the protocol's metrics (ROC AUC, PR AUC, Brier, baselines, k, silhouette, segment
sizes), the training time, p50/p99 of ``segment`` and ``explain`` per customer, and the batch
scoring rate at a past reference date.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

from assistant.settings import Settings  # noqa: E402
from recommender.customers.service import load_champion_customers  # noqa: E402
from recommender.customers.training import train_customers  # noqa: E402
from recommender.data import ensure_prepared  # noqa: E402


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    return f"p50 {statistics.median(ordered) * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms"


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="Source file (default: "
                        "synthetic data).")
    parser.add_argument("--customers", type=int, default=300, help="Customers to time.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(artifacts=Path(tmp), data=args.data, chat_model="offline")
        ensure_prepared(settings, show_progress=False)
        start = time.perf_counter()
        version = train_customers(settings, show_progress=False)
        train_s = time.perf_counter() - start
        m = version.metrics
        print(f"data: {'synthetic' if args.data is None else args.data}")
        print(f"training: {train_s:.1f} s (fit {m['train_date']}, test {m['test_date']}, "
              f"{m['n_test']:,} test customers, positive rate {m['test_positive_rate']})")
        print(f"engagement: ROC AUC {m['roc_auc']}, PR AUC {m['pr_auc']}, Brier {m['brier']}")
        print(f"baselines: {m['baselines']}")
        print(f"segments: k={m['k']}, silhouette {m['silhouette']}")
        print(f"segment sizes: {m['segment_sizes']}")
        top = list(m["feature_importance"].items())[:5]
        print(f"top features (mean |SHAP|): {top}")

        start = time.perf_counter()
        service = load_champion_customers(settings)
        print(f"load: {(time.perf_counter() - start) * 1000:.0f} ms")
        ids = list(service.serving_features.index[: args.customers])
        for name, call in (("segment", service.segment), ("explain", service.explain)):
            samples = []
            for cid in ids:
                t0 = time.perf_counter()
                call(cid)
                samples.append(time.perf_counter() - t0)
            print(f"{name}: {_percentiles(samples)} over {len(ids)} customers")
        t0 = time.perf_counter()
        rows = list(service.score(m["test_date"]))
        elapsed = time.perf_counter() - t0
        print(f"batch score at {m['test_date']}: {len(rows):,} customers in {elapsed:.2f} s "
              f"({len(rows) / elapsed:,.0f} per second)")


if __name__ == "__main__":
    main()
