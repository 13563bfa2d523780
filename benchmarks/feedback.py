"""Throughput of the local feedback analyser on one core, and its held-out quality.

Goal: at least 2,000 texts per second on one core (lexicons, trained classifier, safety
patterns and the semantic models; the sentence encoder runs only on texts whose decision it can
change, and the share it ran on is printed).

    python benchmarks/feedback.py               # trains a model in a temp dir first
    python benchmarks/feedback.py --rules-only  # without the semantic models
    python benchmarks/feedback.py --corpus table  # the generated feedback table
    python benchmarks/feedback.py --texts 20000 --lexicon-only
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

# One core: keep BLAS single-threaded (set before numpy is imported).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

import numpy as np  # noqa: E402

from assistant.settings import Settings  # noqa: E402
from recommender.feedback.analyser import LocalFeedbackAnalyser  # noqa: E402
from recommender.feedback.encoder import SentenceEncoder, default_encoder  # noqa: E402
from recommender.feedback.evaluate import evaluate, read_examples  # noqa: E402
from recommender.feedback.synth import ensure_feedback_table  # noqa: E402
from recommender.feedback.synth_templates import TEMPLATES  # noqa: E402
from recommender.feedback.training import train_feedback  # noqa: E402


def corpus(n: int, kind: str = "mixed") -> list[str]:
    """``n`` review-like texts, mixed languages, each distinct.

    ``mixed``: the held-out sentences (a quarter of them safety reports or look-alikes, far
    more than a real stream) and the generated-feedback templates; ``table``: the generated
    feedback table the product analyses (a few safety cases in a thousand).
    """
    if kind == "table":
        with tempfile.TemporaryDirectory() as tmp:
            base = ensure_feedback_table(Settings(artifacts=Path(tmp)))["text"].tolist()
    else:
        base = [e.text for e in read_examples()]
        base += [t[3].format(p="lantern") for lang in TEMPLATES.values() for t in lang]
    return [base[i % len(base)] + ("" if i < len(base) else f" #{i}") for i in range(n)]


class CountingEncoder:
    """The real encoder, counting how many texts it embeds."""

    def __init__(self, inner: SentenceEncoder) -> None:
        self.inner, self.count = inner, 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.count += len(texts)
        return self.inner.encode(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=10_000, help="Texts to analyse.")
    parser.add_argument("--batch", type=int, default=2_000, help="Texts per analyse() call.")
    parser.add_argument("--lexicon-only", action="store_true", help="No trained models.")
    parser.add_argument("--rules-only", action="store_true",
                        help="The trained classifier but no semantic models.")
    parser.add_argument("--corpus", choices=("mixed", "table"), default="mixed",
                        help="mixed: held-out sentences and templates (safety-heavy); table: "
                        "the generated feedback table.")
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    counter = CountingEncoder(default_encoder())
    if args.lexicon_only:
        analyser = LocalFeedbackAnalyser()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(artifacts=Path(tmp), synthetic_customers=60)
            train_feedback(settings, show_progress=False)
            analyser = LocalFeedbackAnalyser.from_settings(settings, encoder=counter)
    if args.rules_only:
        analyser.semantic = None
    texts = corpus(args.texts, args.corpus)
    analyser.analyse(texts[:200])  # warm-up (lexicon caches, regex compilation)
    counter.count = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for i in range(0, len(texts), args.batch):
        analyser.analyse(texts[i:i + args.batch])
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    figures = {"corpus": args.corpus, "texts": len(texts), "seconds": round(elapsed, 3),
               "texts_per_second": round(len(texts) / elapsed),
               # on a shared machine wall time includes waiting for the core; CPU time does not
               "texts_per_cpu_second": round(len(texts) / cpu),
               "classifier": analyser.classifier is not None,
               "semantic_models": analyser.semantic is not None,
               "encoded_share": round(counter.count / len(texts), 3),
               "goal_texts_per_second": 2000,
               **evaluate(analyser)}
    if args.json:
        print(json.dumps(figures))
        return
    for name, value in figures.items():
        print(f"{name:>24}: {value}")


if __name__ == "__main__":
    main()
