"""The customer models on the real UCI file with the issue's protocol (fit 2011-06-11, test
2011-09-10): the reference baselines reproduce and the model beats recency alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import make_settings

pytestmark = pytest.mark.integration


def test_real_data_protocol(real_data: Path, tmp_path: Path) -> None:
    from recommender.customers.playbook import NAMES
    from recommender.customers.service import load_champion_customers
    from recommender.customers.training import train_customers

    settings = make_settings(tmp_path, data=real_data)
    version = train_customers(settings, show_progress=False)
    m = version.metrics
    assert (m["train_date"], m["test_date"]) == ("2011-06-11", "2011-09-10")
    assert m["n_test"] == 3368 and m["n_serving_customers"] == 4334
    # the reference figures
    assert m["baselines"]["recency_only_roc_auc"] == pytest.approx(0.684, abs=0.002)
    assert m["baselines"]["logistic_regression_roc_auc"] == pytest.approx(0.740, abs=0.003)
    assert m["roc_auc"] > m["baselines"]["recency_only_roc_auc"] + 0.04
    assert m["roc_auc"] >= 0.735
    assert 3 <= m["k"] <= 8 and set(m["segment_sizes"]) <= set(NAMES)

    service = load_champion_customers(settings)
    explanation = service.explain("12347")
    total = explanation.base_value + sum(c.contribution for c in explanation.contributions)
    assert total == pytest.approx(explanation.raw_score, abs=1e-5)
    assert service.segment("12347").segment_name in NAMES
