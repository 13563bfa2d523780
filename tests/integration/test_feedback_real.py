"""Generated feedback for the real UCI customers (the file has no reviews), analysed locally."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import make_settings

pytestmark = pytest.mark.integration


def test_feedback_for_real_customers(real_data: Path, tmp_path: Path) -> None:
    from recommender.data import load_tables
    from recommender.feedback import aggregate, ensure_feedback_table
    from recommender.feedback.analyser import LocalFeedbackAnalyser

    settings = make_settings(tmp_path, data=real_data)
    table = ensure_feedback_table(settings)
    customers = load_tables(settings, show_progress=False).customers
    assert len(customers) == 4334
    assert len(customers) / 5 <= len(table) <= len(customers) / 3
    assert table["generated"].all()
    assert set(table["customer_id"]) <= set(customers["customer_id"])
    assert {"en", "fr", "es"} <= set(table["language"])
    assert (table.loc[table["country"] == "France", "language"] == "fr").all()

    results = LocalFeedbackAnalyser().analyse(table["text"].tolist())
    rows = [{**r, **a.output_fields()} for r, a in zip(table.to_dict("records"), results,
                                                        strict=True)]
    summary = aggregate(rows, "country")
    planted = int(table["planted_safety"].map(len).gt(0).sum())
    assert len(summary.safety_cases) == planted >= 3
