"""The synthetic generator: UCI schema and planted structure that models can find."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from recommender.data import columns as col
from recommender.data.prepare import clean, read_source
from recommender.data.synth import ALWAYS_PRESENT_IDS, TASTE_GROUPS, synthesize, write_synthetic


@pytest.fixture(scope="module")
def synthetic() -> tuple[pd.DataFrame, object]:
    return synthesize(400, seed=3)


def test_schema_matches_uci_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "s.csv.gz"
    rows = write_synthetic(path, 60, seed=1)
    raw = read_source(path)
    assert list(raw.columns) == col.RAW_COLUMNS and len(raw) == rows
    dates = pd.to_datetime(raw[col.INVOICE_DATE], format="ISO8601")
    assert dates.min() >= pd.Timestamp("2010-12-01")
    assert dates.max() <= pd.Timestamp("2011-12-09 23:59")


def test_deterministic_for_a_seed() -> None:
    a, _ = synthesize(50, seed=5)
    b, _ = synthesize(50, seed=5)
    c, _ = synthesize(50, seed=6)
    pd.testing.assert_frame_equal(a, b)
    assert not a.equals(c)


def test_has_noise_for_every_cleaning_rule(synthetic) -> None:
    raw, _ = synthetic
    _, returns, dropped = clean(raw)
    for rule in ("missing_customer", "cancellation", "non_product", "non_positive_price"):
        assert dropped[rule] > 0, rule
    assert len(returns) > 0
    assert {str(i) for i in ALWAYS_PRESENT_IDS} <= set(raw[col.CUSTOMER_ID].dropna().astype(str))
    assert raw[col.COUNTRY].nunique() >= 6


def test_taste_groups_are_measurable(synthetic) -> None:
    raw, truth = synthetic
    purchases, _, _ = clean(raw)
    fam = purchases["stock_code"].map(truth.family)
    mix = pd.crosstab(purchases["customer_id"], fam, normalize="index")
    groups = mix.index.map(lambda c: truth.taste_group[int(c)])
    for group, weights in TASTE_GROUPS.items():
        top = max(weights, key=weights.get)
        inside = mix.loc[groups == group, top].mean()
        outside = mix.loc[groups != group, top].mean()
        assert inside > 1.5 * outside, (group, inside, outside)


def test_seasonality_repeats_partners_and_churn(synthetic) -> None:
    raw, truth = synthetic
    purchases, _, _ = clean(raw)
    fam = purchases["stock_code"].map(truth.family)
    month = purchases["invoice_date"].dt.month
    xmas_q4 = (fam[month.isin([10, 11, 12])] == "Christmas").mean()
    xmas_spring = (fam[month.isin([3, 4, 5])] == "Christmas").mean()
    assert xmas_q4 > 5 * xmas_spring
    # repeat purchases: many customers buy the same product on two different invoices
    per = purchases.groupby(["customer_id", "stock_code"])["invoice_no"].nunique()
    assert (per > 1).groupby(level=0).any().mean() > 0.3
    # bought-together partners co-occur in baskets far above chance
    baskets = purchases.groupby("invoice_no")["stock_code"].apply(set)
    code, partner = next((c, p[0]) for c, p in truth.partners.items()
                         if (purchases["stock_code"] == c).sum() > 30)
    with_code = baskets[baskets.map(lambda b: code in b)]
    p_partner = baskets.map(lambda b: partner in b).mean()
    assert with_code.map(lambda b: partner in b).mean() > 3 * p_partner
    # churners stop: none of them buys after their churn date
    last = purchases.groupby("customer_id")["invoice_date"].max()
    churned = [c for c, d in truth.churn_date.items() if d is not None and str(c) in last.index]
    assert len(churned) > 50
    assert all(last[str(c)] <= truth.churn_date[c] for c in churned)
    gaps = (pd.Timestamp("2011-12-09") - last).dt.days
    assert np.mean([gaps[str(c)] > 90 for c in churned]) > np.mean(gaps > 90)
