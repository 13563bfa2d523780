"""Offline eval suites for answer quality: datasets, deterministic metrics, a runner, reports
and CI gates. ``assistant eval run --dataset evals/datasets/public.jsonl``."""

from evals.dataset import EvalCase, load_dataset
from evals.diff import diff_runs
from evals.gates import check_gates, load_results, write_baseline
from evals.results import CaseResult, EvalRun
from evals.runner import evaluate, run_case, run_suite

__all__ = ["CaseResult", "EvalCase", "EvalRun", "check_gates", "diff_runs", "evaluate",
           "load_dataset", "load_results", "run_case", "run_suite", "write_baseline"]
