"""Time split, ranking metrics and the evaluation report."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from assistant.errors import AssistantError
from recommender.data.columns import T
from recommender.evaluation import (
    ModelReport,
    evaluate,
    markdown_table,
    ranking_metrics,
    time_split,
    write_report,
)
from recommender.models.popularity import PopularityRecommender
from tests.unit.recommender.models.helpers import tiny_tables


def test_metrics_on_a_hand_computed_list() -> None:
    # Relevant {1, 3}; recommended [1, 2, 3]: hits at ranks 1 and 3.
    result = ranking_metrics(np.array([[1, 2, 3]]), [np.array([1, 3])], k=3)
    assert result["precision"] == pytest.approx(2 / 3)
    assert result["recall"] == pytest.approx(1.0)
    ideal = 1 + 1 / np.log2(3)
    assert result["ndcg"] == pytest.approx((1 + 1 / np.log2(4)) / ideal)
    assert result["map"] == pytest.approx((1 + 2 / 3) / 2)
    assert result["hit_rate"] == 1.0


def test_a_miss_scores_zero() -> None:
    result = ranking_metrics(np.array([[5, 6]]), [np.array([1])], k=2)
    assert all(value == 0.0 for value in result.values())


def _split_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    tx, items = tiny_tables()
    later = tx[tx[T.CUSTOMER].isin(["100", "105"])].copy()
    later[T.DATE] = pd.Timestamp("2011-10-01")
    later.loc[later[T.CUSTOMER] == "100", T.ITEM] = ["B1", "A1", "A2"]  # B1 new, A1/A2 not
    return pd.concat([tx, later], ignore_index=True), items


def test_split_keeps_customers_with_new_items_after_the_cutoff() -> None:
    tx, items = _split_tables()
    split = time_split(tx, items, "2011-09-01")
    customers = split.data.customer_ids[split.rows]
    assert list(customers) == ["100"]  # 105 bought only what it had before
    assert list(split.data.item_ids[split.relevant[0]]) == ["B1"]
    assert split.data.reference_day < pd.Timestamp("2011-09-01").value / 86_400e9


def test_split_catalogue_knows_only_products_sold_before_the_cutoff() -> None:
    tx, items = _split_tables()
    tx.loc[tx[T.DATE] >= "2011-09-01", T.ITEM] = "E1"  # only 106/107 bought E1 before
    early = tx[(tx[T.DATE] < "2011-09-01") & (tx[T.ITEM] != "E1")]
    split = time_split(pd.concat([early, tx[tx[T.DATE] >= "2011-09-01"]]), items, "2011-09-01")
    assert "E1" not in set(split.data.item_ids)
    assert all((rel < 0).all() for rel in split.relevant)  # relevant but unreachable


def test_split_errors_are_clear() -> None:
    tx, items = _split_tables()
    with pytest.raises(AssistantError, match="leaves no purchases on one side"):
        time_split(tx, items, "2030-01-01")
    with pytest.raises(AssistantError, match="use YYYY-MM-DD"):
        time_split(tx, items, "next tuesday")
    with pytest.raises(AssistantError, match="no customer bought anything new"):
        time_split(tx[tx[T.CUSTOMER] != "100"], items, "2011-09-01")


def test_report_files(tmp_path: Path) -> None:
    tx, items = _split_tables()
    split = time_split(tx, items, "2011-09-01")
    model = PopularityRecommender(window_days=365).fit_data(split.data)
    report = evaluate(model, split, k=2)
    assert isinstance(report, ModelReport) and report.customers == 1
    assert 0 < report.coverage <= 1 and report.novelty > 0
    other = report.model_copy(update={"model": "other", "ndcg": 0.5})
    paths = write_report([report, other], tmp_path, cutoff="2011-09-01")
    assert [p.name for p in paths] == ["evaluation.md", "evaluation.json", "evaluation.png"]
    table = (tmp_path / "evaluation.md").read_text()
    assert "| popularity |" in table and "| other |" in table and "ndcg@2" in table
    assert json.loads((tmp_path / "evaluation.json").read_text())["models"][1]["ndcg"] == 0.5
    assert (tmp_path / "evaluation.png").read_bytes()[:4] == b"\x89PNG"
    assert markdown_table([report]).count("\n") == 3
