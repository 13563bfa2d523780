"""Batch export of recommendations (for a front end or a campaign tool).

Input: a text file with one customer id a line (blank lines and a ``customer_id`` header are
ignored). Output: JSON Lines, one object per customer in input order::

    {"customer_id": "12347", "items": ["22730", ...], "scores": [1.2, ...],
     "reasons": ["bought together with 22727 ALARM CLOCK BAKELIKE RED", ...]}

``items``, ``scores`` and ``reasons`` are aligned and in rank order; ``reasons[i]`` is the main
reason for ``items[i]``. Customers not in the data are skipped and counted.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.errors import AssistantError
from recommender.models.base import check_k
from recommender.service import RecommenderService


class BatchSummary(BaseModel):
    """What a batch export did."""

    output: str = Field(description="The JSON Lines file written.")
    customers: int = Field(description="Customers written.")
    skipped: list[str] = Field(description="Customer ids not in the data (skipped).")
    k: int = Field(description="Items per customer.")
    model_version: str = Field(description="The recommender version used.")


def read_customers(path: Path) -> list[str]:
    """Customer ids from a file, one a line (clear errors for a missing or empty file)."""
    path = Path(path)
    if not path.is_file():
        raise AssistantError(f"customers file not found: {path}", code="not_found")
    ids = [line.strip().strip('"') for line in path.read_text(errors="replace").splitlines()]
    ids = [i for i in ids if i and i.lower() not in {"customer_id", "customerid"}]
    if not ids:
        raise AssistantError(f"the customers file {path} is empty: put one customer id a line")
    return ids


def export_batch(service: RecommenderService, customers: list[str], output: Path, *,
                 k: int = 10, exclude_purchased: bool = True,
                 progress: Callable[[int], None] | None = None) -> BatchSummary:
    """Write one JSON line per known customer; unknown customers are skipped."""
    k = check_k(k)
    if not customers:
        raise AssistantError("no customers to recommend for")
    skipped: list[str] = []
    written = 0
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as fh:
        for customer in customers:
            if not service.has_customer(customer):
                skipped.append(customer)
            else:
                recs = service.recommend(customer, k, exclude_purchased=exclude_purchased)
                fh.write(json.dumps({
                    "customer_id": customer,
                    "items": [r.stock_code for r in recs],
                    "scores": [round(r.score, 6) for r in recs],
                    "reasons": [r.reasons[0].text if r.reasons else "" for r in recs],
                }, ensure_ascii=False) + "\n")
                written += 1
            if progress is not None:
                progress(1)
    if not written:
        output.unlink(missing_ok=True)
        raise AssistantError(f"none of the {len(customers)} customers is in the data (e.g. "
                             f"{', '.join(skipped[:3])})", code="not_found")
    version = service.version.version if service.version else ""
    return BatchSummary(output=str(output), customers=written, skipped=skipped, k=k,
                        model_version=version)
