"""Latency of one offline agent turn in process (goal: single-tool turn under 50 ms p50),
and the intent classifier's held-out accuracy.

    python benchmarks/agent.py                       # canned tool output (agent overhead)
    python benchmarks/agent.py --artifacts artifacts # the real local tools (run setup first)
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

from agent.offline import OfflineChatModel  # noqa: E402
from agent.offline.intents import TEST_FILE, evaluate, load_classifier, load_examples  # noqa: E402
from agent.service import build_agent  # noqa: E402
from agent.toolkit import build_tools  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from tools.inputs import SegmentCustomerInput  # noqa: E402
from tools.outputs import SegmentCustomerOutput  # noqa: E402
from tools.spec import ToolSpec  # noqa: E402

QUESTIONS = ["What segment is customer 12347 in?", "¿En qué segmento está el cliente 12583?",
             "Quel est le segment du client 17850 ?"]


def _canned_tools() -> list:
    output = SegmentCustomerOutput(
        customer_id="12347", segment_id=1, segment_name="Champions", distance=0.4,
        description="Frequent, recent, high-spending customers.",
        features=[{"feature": "recency_days", "label": "days since the last order",
                   "customer_value": 2, "segment_average": 11.4}],
        suggested_actions=["Invite them to the loyalty programme"])
    spec = ToolSpec("segment-customer", SegmentCustomerInput, SegmentCustomerOutput,
                    lambda args, ctx: output.model_copy(update={"customer_id": args.customer_id}))
    return build_tools({spec.name: spec}, None)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=300)
    parser.add_argument("--artifacts", type=Path, default=None,
                        help="Artifact directory with trained models (real local tools).")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings().model_copy(update={  # other settings from ASSISTANT_* variables
            "artifacts": args.artifacts or Path(tmp), "chat_model": "offline"})
        tools = None if args.artifacts else _canned_tools()
        model = OfflineChatModel()
        agent = build_agent(settings, model=model, tools=tools,
                            checkpointer=None if args.artifacts else _sqlite(Path(tmp)))
        load_classifier()
        for question in QUESTIONS:  # warm up (models load, classifier trains)
            agent.ask(question)
        latencies = []
        for i in range(args.turns):
            started = time.perf_counter()
            result = agent.ask(QUESTIONS[i % len(QUESTIONS)])
            latencies.append((time.perf_counter() - started) * 1000)
            assert result.tool_calls and isinstance(result.tool_calls[0].output, dict), (
                result.answer)
        backend = "real local tools" if args.artifacts else "canned tool output"
        print(f"offline single-tool turn ({backend}, SQLite memory, {args.turns} turns): "
              f"p50 {statistics.median(latencies):.1f} ms, p99 {_percentile(latencies, 0.99):.1f}"
              f" ms, mean {statistics.fmean(latencies):.1f} ms")
    scores = evaluate(load_classifier(), load_examples(TEST_FILE))
    print(f"intent classifier on held-out questions (n={scores['n']:.0f}): exact-set accuracy "
          f"{scores['exact_match']:.3f}; " + ", ".join(
              f"{k[3:]} F1 {v:.2f}" for k, v in scores.items() if k.startswith("f1_")))
    from agent.offline.evaluation import evaluate_slots

    slots = evaluate_slots(load_examples(TEST_FILE))
    print(f"slot rules on held-out questions: all slots exact {slots['all_slots_exact']:.3f}; "
          + ", ".join(f"{k[9:]} {v:.2f}" for k, v in slots.items() if k.startswith("accuracy_")))


def _sqlite(directory: Path):
    from agent.memory import sqlite_checkpointer

    return sqlite_checkpointer(directory / "bench.sqlite")


if __name__ == "__main__":
    main()
