"""Training with the default protocol: registered version, metrics, plots, batch scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.customers.playbook import NAMES
from recommender.customers.training import score_customers, train_customers
from recommender.registry import ModelVersion, Registry

PNG = b"\x89PNG"


def test_version_is_registered_with_the_protocol_and_metrics(
        customers_version: ModelVersion, customers_settings: Settings) -> None:
    v = customers_version
    assert v.kind == "customers" and v.primary_metric == "roc_auc" and v.champion
    m = v.metrics
    assert (m["train_date"], m["test_date"], m["serving_date"]) == (
        "2011-06-11", "2011-09-10", "2011-12-10")
    assert 0.5 < m["roc_auc"] <= 1 and 0 < m["pr_auc"] <= 1 and 0 < m["brier"] < 0.25
    assert set(m["baselines"]) == {"recency_only_roc_auc", "logistic_regression_roc_auc"}
    assert 3 <= m["k"] <= 8 and set(m["silhouette"]) == set(range(3, 9))
    assert set(m["segment_sizes"]) <= set(NAMES)
    assert sum(m["segment_sizes"].values()) == m["n_serving_customers"] == 400
    assert "recency_days" in m["feature_importance"]
    assert sum(row["count"] for row in m["calibration"]) == m["n_test"]
    for png in ("segments.png", "calibration.png"):
        assert (v.path / png).read_bytes()[:4] == PNG
    champion = Registry(customers_settings.models_dir).champion("customers")
    assert champion is not None and champion.version == v.version


def test_a_reference_date_without_90_days_of_data_after_it_is_refused(
        customers_settings: Settings) -> None:
    with pytest.raises(AssistantError, match="too late to measure"):
        train_customers(customers_settings, reference_date="2011-11-01", show_progress=False)
    with pytest.raises(AssistantError, match="outside the data"):
        train_customers(customers_settings, reference_date="2012-03-01", show_progress=False)
    with pytest.raises(AssistantError, match="at least 90 days before"):
        train_customers(customers_settings, reference_date="2011-09-10",
                        train_date="2011-08-01", show_progress=False)


def test_score_customers_writes_one_line_per_customer_with_history(
        customers_settings: Settings, tmp_path: Path) -> None:
    out = tmp_path / "scores.jsonl"
    n = score_customers(customers_settings, train_date="2011-03-01",
                        reference_date="2011-06-11", output=out, show_progress=False)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == n > 0
    from recommender.customers.features import customer_features
    from recommender.data import load_tables

    expected = set(customer_features(load_tables(customers_settings, show_progress=False),
                                     "2011-06-11").index)
    assert {r["customer_id"] for r in rows} == expected
    assert all(set(r) == {"customer_id", "probability", "segment"} for r in rows)
    assert all(0 <= r["probability"] <= 1 and r["segment"] in NAMES for r in rows)
    assert len({r["probability"] for r in rows}) > 10  # real scores, not a constant
