"""Prepare the real UCI file from ../shared/data (skipped when absent) and check its figures."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from recommender.data.prepare import prepare

pytestmark = pytest.mark.integration


def test_real_file_figures(real_data: Path, tmp_path: Path) -> None:
    summary = prepare(real_data, tmp_path, show_progress=False)
    assert summary.rows_read == 541_909
    assert summary.raw_customers == 4_372
    assert 4_330 <= summary.customers <= 4_340
    assert 3_640 <= summary.items <= 3_680
    assert summary.countries == 37
    assert summary.dropped["missing_customer"] == 135_080
    assert summary.date_min == "2010-12-01T08:26:00"
    assert summary.date_max == "2011-12-09T12:50:00"
    assert (summary.rows_kept, summary.customers, summary.items) == (396_337, 4_334, 3_659)
    items = pd.read_parquet(tmp_path / "items.parquet")
    assert items.loc[items["stock_code"] == "85123A", "category"].item() == "Candles & Lights"
    assert not items["stock_code"].isin(["POST", "DOT", "M", "BANK CHARGES", "AMAZONFEE"]).any()
