"""The generated feedback table: linked to customers and purchases, cached, filterable."""

from __future__ import annotations

import pandas as pd
import pytest

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.data import load_tables
from recommender.feedback import ensure_feedback_table, select_feedback
from recommender.feedback.analyser import LocalFeedbackAnalyser
from recommender.feedback.synth import FEEDBACK_FILE, generate_feedback


@pytest.fixture(scope="module")
def table(feedback_settings: Settings) -> pd.DataFrame:
    return ensure_feedback_table(feedback_settings)


def test_feedback_is_linked_to_real_purchases(feedback_settings: Settings,
                                              table: pd.DataFrame) -> None:
    data = load_tables(feedback_settings, show_progress=False)
    customers = data.customers.set_index("customer_id")
    n = len(customers)
    assert n / 5 <= len(table) <= n / 3
    assert table["generated"].all() and table["feedback_id"].is_unique
    assert set(table["customer_id"]) <= set(customers.index)
    lang = table["country"].map({"France": "fr", "Spain": "es"}).fillna("en")
    assert (table["language"] == lang).all()
    tx = data.transactions
    for row in table.itertuples():
        bought = tx[(tx.customer_id == row.customer_id) & (tx.stock_code == row.stock_code)]
        assert not bought.empty and bought.invoice_date.min() <= row.date
        assert row.date <= tx.invoice_date.max()


def test_planted_safety_cases_are_all_found(table: pd.DataFrame,
                                            trained_analyser: LocalFeedbackAnalyser) -> None:
    planted = table[table["planted_safety"].map(len) > 0]
    assert len(planted) >= 3
    results = trained_analyser.analyse(table["text"].tolist())
    for row, result in zip(table.itertuples(), results, strict=True):
        assert set(row.planted_safety) <= set(result.safety_categories), row.text
        assert result.safety_concern == bool(len(row.planted_safety)), row.text
        assert set(row.planted_themes) - {"praise"} <= set(result.themes), row.text


def test_table_is_cached_and_deterministic(feedback_settings: Settings,
                                           table: pd.DataFrame) -> None:
    path = feedback_settings.prepared_dir / FEEDBACK_FILE
    stamp = path.stat().st_mtime_ns
    again = ensure_feedback_table(feedback_settings)
    assert path.stat().st_mtime_ns == stamp
    pd.testing.assert_frame_equal(again, table)
    tx = load_tables(feedback_settings, show_progress=False).transactions
    fresh = generate_feedback(tx, seed=feedback_settings.synthetic_seed)
    assert fresh["text"].tolist() == table["text"].tolist()


def test_select_feedback_filters(table: pd.DataFrame) -> None:
    some = table.iloc[0]
    assert set(select_feedback(table, customer_id=some.customer_id)["feedback_id"]) \
        == {some.feedback_id}
    france = select_feedback(table, country="FRANCE")
    assert (france["country"] == "France").all()
    day = some.date.strftime("%Y-%m-%d")
    assert some.feedback_id in set(select_feedback(table, date_from=day, date_to=day)
                                   ["feedback_id"])
    segments = {cid: ("Champions" if i % 2 else "At risk")
                for i, cid in enumerate(table["customer_id"])}
    champions = select_feedback(table, segment="champions", segments=segments)
    assert set(champions["customer_id"]) == {c for c, s in segments.items() if s == "Champions"}
    with pytest.raises(AssistantError, match="segment"):
        select_feedback(table, segment="Champions")
    with pytest.raises(AssistantError, match="invalid date"):
        select_feedback(table, date_from="not a date")
