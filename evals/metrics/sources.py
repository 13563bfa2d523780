"""Source recall: share of the expected knowledge-base documents the answer cites."""

from __future__ import annotations

from evals.dataset import EvalCase
from evals.results import CaseOutput, Check


def cited_doc_ids(outputs: CaseOutput) -> set[str]:
    """Document ids of the answer's citations."""
    return {str(c["doc_id"]) for c in outputs.citations if c.get("doc_id")}


def source_recall(*, outputs: CaseOutput, reference_outputs: EvalCase) -> Check | None:
    """Fraction of ``expected_sources`` among the cited documents (None when none expected)."""
    expected = reference_outputs.expected_sources
    if not expected:
        return None
    cited = cited_doc_ids(outputs)
    missing = [doc for doc in expected if doc not in cited]
    score = 1 - len(missing) / len(expected)
    detail = f"not cited: {missing}; cited: {sorted(cited) or 'nothing'}" if missing else ""
    return Check(name="sources", passed=not missing, score=round(score, 4), detail=detail)
