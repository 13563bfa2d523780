"""Offline evaluation of recommenders with a time split.

Protocol: train on purchases before the cutoff; the test customers are those with purchases
on both sides of it who bought at least one product after it that they had never bought
before; their relevant set is those new products. Every model recommends ``k`` products per
test customer, excluding what the customer bought before the cutoff.

Metrics at ``k`` (averaged over test customers): precision (hits/k), recall
(hits/|relevant|), NDCG (binary gains, ideal DCG over min(|relevant|, k) hits), MAP
(average precision normalised by min(|relevant|, k)) and hit rate (share of customers with
at least one hit); plus catalogue coverage (share of the catalogue recommended to anyone)
and novelty (mean self-information -log2 of the share of training customers who bought a
recommended item).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from assistant.errors import AssistantError
from recommender.data.columns import I, T
from recommender.models.base import Recommender
from recommender.models.interactions import InteractionData

DEFAULT_CUTOFF = "2011-09-01"
METRICS = ["precision", "recall", "ndcg", "map", "hit_rate"]


def parse_cutoff(value: date | str | None, default: str = DEFAULT_CUTOFF) -> pd.Timestamp:
    """A cutoff date from a date, an ISO string or None (the default)."""
    try:
        return pd.Timestamp(value if value is not None else default).normalize()
    except (ValueError, TypeError) as exc:
        raise AssistantError(f"invalid date {value!r}: use YYYY-MM-DD") from exc


@dataclass(frozen=True)
class Split:
    """Training data and the test customers' relevant items for one cutoff."""

    cutoff: pd.Timestamp
    data: InteractionData  # fitted on purchases before the cutoff
    rows: np.ndarray  # matrix rows of the test customers
    relevant: list[np.ndarray]  # item columns bought new after the cutoff, per test customer

    @property
    def n_customers(self) -> int:
        """Number of test customers."""
        return len(self.rows)


def time_split(transactions: pd.DataFrame, items: pd.DataFrame, cutoff: date | str | None = None,
               *, end: date | str | None = None) -> Split:
    """Split at ``cutoff`` (test purchases up to ``end`` when given)."""
    when = parse_cutoff(cutoff)
    dates = transactions[T.DATE]
    train = transactions[dates < when]
    test = transactions[dates >= when]
    if end is not None:
        test = test[test[T.DATE] < parse_cutoff(end)]
    if train.empty or test.empty:
        first, last = dates.min(), dates.max()
        raise AssistantError(
            f"the cutoff {when.date()} leaves no purchases on one side: the data runs from "
            f"{first:%Y-%m-%d} to {last:%Y-%m-%d}: choose a cutoff (--until) inside it")
    # Only products sold before the cutoff are known then: the catalogue excludes later ones.
    data = InteractionData.build(train, items[items[I.ITEM].isin(set(train[T.ITEM]))])
    test = test[test[T.CUSTOMER].isin(set(data.customer_ids))]
    # Products first sold after the cutoff stay relevant (no model can find them): they get
    # negative ids that match no catalogue column.
    item_pos = pd.Index(data.item_ids)
    codes = test[T.ITEM].astype(str)
    cols = item_pos.get_indexer(codes)
    unknown = pd.Index(sorted(set(codes[cols < 0])))
    cols = np.where(cols >= 0, cols, -1 - unknown.get_indexer(codes))
    test = test.assign(_col=cols)
    rows, relevant = [], []
    for customer, group in test.groupby(T.CUSTOMER):
        row = data.row(str(customer))
        before = data.bought.indices[data.bought.indptr[row]:data.bought.indptr[row + 1]]
        new = np.setdiff1d(group["_col"].to_numpy(), before)
        if len(new):
            rows.append(row)
            relevant.append(new)
    if not rows:
        raise AssistantError(f"no customer bought anything new after {when.date()}: "
                             "choose an earlier cutoff")
    return Split(cutoff=when, data=data, rows=np.array(rows), relevant=relevant)


class ModelReport(BaseModel):
    """One model's figures in the evaluation table."""

    model: str = Field(description="Model name.")
    k: int = Field(description="List length the metrics are computed at.")
    precision: float
    recall: float
    ndcg: float
    map: float
    hit_rate: float
    coverage: float = Field(description="Share of the catalogue recommended to anyone.")
    novelty: float = Field(description="Mean self-information of recommended items (bits).")
    customers: int = Field(description="Test customers evaluated.")
    fit_seconds: float = Field(default=0.0, description="Time to fit the model.")


def ranking_metrics(recommended: np.ndarray, relevant: list[np.ndarray], k: int
                    ) -> dict[str, float]:
    """Mean precision/recall/NDCG/MAP/hit rate at ``k`` for ranked item lists."""
    recs = np.asarray(recommended)[:, :k]
    n, width = recs.shape
    if n == 0:
        return dict.fromkeys(METRICS, 0.0)
    sizes = np.array([len(r) for r in relevant], dtype=np.float64)
    # hits[i, j]: is the j-th recommendation of customer i relevant? (one vectorised lookup)
    rows = np.repeat(np.arange(n), sizes.astype(np.int64))
    cols = np.concatenate(relevant) if n else np.array([], dtype=np.int64)
    known = cols >= 0
    top = max(int(recs.max(initial=0)), int(cols.max(initial=0))) + 1
    table = np.zeros((n, top), dtype=bool)
    table[rows[known], cols[known]] = True
    hits = table[np.arange(n)[:, None], np.where(recs >= 0, recs, 0)] & (recs >= 0)
    hits = hits.astype(np.float64)
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    ideal_n = np.minimum(sizes, k).astype(np.int64)
    ideal = np.cumsum(discounts)[ideal_n - 1]
    n_hits = hits.sum(axis=1)
    precision_at = np.cumsum(hits, axis=1) / np.arange(1, width + 1)
    return {
        "precision": float(np.mean(n_hits / k)),
        "recall": float(np.mean(n_hits / sizes)),
        "ndcg": float(np.mean(hits @ discounts[:width] / ideal)),
        "map": float(np.mean((precision_at * hits).sum(axis=1) / ideal_n)),
        "hit_rate": float(np.mean(n_hits > 0)),
    }


def recommend_split(model: Recommender, split: Split, k: int, batch: int = 512) -> np.ndarray:
    """The top-``k`` item columns the model gives each test customer."""
    out = [model.recommend_rows(split.rows[i:i + batch], k)[0]
           for i in range(0, len(split.rows), batch)]
    return np.vstack(out)


def evaluate(model: Recommender, split: Split, k: int = 10, *, name: str | None = None,
             fit_seconds: float = 0.0) -> ModelReport:
    """Figures of one model fitted on ``split.data``."""
    recs = recommend_split(model, split, k)
    buyers = np.asarray(split.data.bought.sum(axis=0)).ravel()
    share = (buyers + 1.0) / (split.data.bought.shape[0] + 1.0)
    return ModelReport(
        model=name or model.name, k=k, customers=split.n_customers, fit_seconds=fit_seconds,
        coverage=len(np.unique(recs)) / split.data.n_items,
        novelty=float(np.mean(-np.log2(share[recs]))),
        **ranking_metrics(recs, split.relevant, k),
    )


# --- the report: markdown table, JSON, bar chart ------------------------------------------
def markdown_table(reports: list[ModelReport], *, cutoff: str = "") -> str:
    """The evaluation as a markdown table (one row per model)."""
    k = reports[0].k if reports else 10
    head = ["model", *[f"{m}@{k}" for m in METRICS], "coverage", "novelty", "customers"]
    lines = [f"Time split at {cutoff}." if cutoff else "", "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in reports:
        values = [r.precision, r.recall, r.ndcg, r.map, r.hit_rate, r.coverage, r.novelty]
        lines.append("| " + " | ".join([r.model, *[f"{v:.4f}" for v in values],
                                        str(r.customers)]) + " |")
    return "\n".join(lines).strip() + "\n"


def write_report(reports: list[ModelReport], out_dir: Path, *, cutoff: str = "") -> list[Path]:
    """Write ``evaluation.md``, ``evaluation.json`` and ``evaluation.png`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    md = out_dir / "evaluation.md"
    md.write_text(markdown_table(reports, cutoff=cutoff))
    js = out_dir / "evaluation.json"
    js.write_text(json.dumps({"cutoff": cutoff, "models": [r.model_dump() for r in reports]},
                             indent=2))
    png = out_dir / "evaluation.png"
    bar_chart(reports, png)
    return [md, js, png]


def bar_chart(reports: list[ModelReport], path: Path) -> None:
    """Grouped bars of the ranking metrics per model."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 4.5))
    width = 0.8 / max(len(reports), 1)
    x = np.arange(len(METRICS))
    for i, r in enumerate(reports):
        ax.bar(x + i * width, [getattr(r, m) for m in METRICS], width, label=r.model)
    k = reports[0].k if reports else 10
    ax.set_xticks(x + width * (len(reports) - 1) / 2, [f"{m}@{k}" for m in METRICS])
    ax.set_ylabel("score")
    ax.set_title("Recommenders on the time split")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
