"""Knowledge-base speed and quality on the local backend (prints figures; not a test).

Measures a cold ingest, a warm re-ingest (nothing changed), search latency p50/p99 over the
labelled questions, and recall@3 / MRR on the dev and held-out question sets.

    python benchmarks/kb.py [--repeat 20]
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
from knowledge_base.evaluation import QUESTIONS, evaluate, load_questions  # noqa: E402
from knowledge_base.ingest import ingest  # noqa: E402
from knowledge_base.retrievers import LocalRetriever  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20, help="Passes over the questions.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(artifacts=Path(tmp))
        start = time.perf_counter()
        report = ingest(settings, show_progress=False)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        ingest(settings, show_progress=False)
        warm = time.perf_counter() - start
        retriever = LocalRetriever(settings)
        questions = [q.question for q in load_questions()]
        retriever.search(questions[0])  # load the index once
        times = []
        for _ in range(args.repeat):
            for q in questions:
                t = time.perf_counter()
                retriever.search(q, k=4)
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        print(f"index: {report}")
        print(f"ingest: cold {cold * 1000:.0f} ms, re-ingest unchanged {warm * 1000:.0f} ms")
        print(f"search k=4: p50 {statistics.median(times):.2f} ms, "
              f"p99 {times[int(len(times) * 0.99) - 1]:.2f} ms over {len(times)} queries")
        for name, path in [("dev", QUESTIONS), ("holdout", QUESTIONS.with_name("holdout.jsonl"))]:
            print(f"{name}: {evaluate(retriever, load_questions(path), k=3).summary()}")


if __name__ == "__main__":
    main()
