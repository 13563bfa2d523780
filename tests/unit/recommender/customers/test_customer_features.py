"""Customer features as of a date: hand-checked values, no look-ahead, labels, date checks."""

from __future__ import annotations

import pandas as pd
import pytest

from assistant.errors import AssistantError
from recommender.customers import features as F
from recommender.data.columns import I, T
from recommender.data.store import PreparedData


def _line(invoice: str, customer: str, item: str, when: str, qty: int, price: float,
          country: str = "United Kingdom") -> dict:
    return {T.INVOICE: invoice, T.ITEM: item, T.DESCRIPTION: item, T.QUANTITY: qty,
            T.DATE: pd.Timestamp(when), T.PRICE: price, T.CUSTOMER: customer,
            T.COUNTRY: country, T.AMOUNT: qty * price}


def _data() -> PreparedData:
    tx = pd.DataFrame([
        _line("1", "A", "MUG", "2011-01-01 10:00", 2, 5.0),        # 10
        _line("1", "A", "CANDLE", "2011-01-01 10:00", 1, 10.0),    # 10 -> order 20
        _line("2", "A", "MUG", "2011-01-11 09:00", 4, 5.0),        # order 20
        _line("3", "A", "MUG", "2011-01-31 12:00", 6, 5.0),        # order 30
        _line("4", "B", "CANDLE", "2011-01-20 08:00", 3, 10.0, "France"),
        _line("5", "A", "MUG", "2011-02-01 00:00", 1, 5.0),        # on the reference date
        _line("6", "C", "MUG", "2011-03-01 00:00", 1, 5.0),        # after it
        _line("7", "B", "CANDLE", "2011-04-15 08:00", 1, 10.0, "France"),
    ])
    returns = pd.DataFrame([_line("C9", "A", "MUG", "2011-01-12 09:00", -1, 5.0),
                            _line("C10", "A", "MUG", "2011-03-12 09:00", -1, 5.0)])
    items = pd.DataFrame({I.ITEM: ["MUG", "CANDLE"], I.CATEGORY: ["Kitchen & Dining",
                                                                  "Candles & Lights"]})
    return PreparedData(transactions=tx, customers=pd.DataFrame(), items=items,
                        returns=returns, manifest={"fingerprint": "x"})


def test_values_are_computed_from_data_strictly_before_the_date() -> None:
    feats = F.customer_features(_data(), "2011-02-01")
    assert sorted(feats.index) == ["A", "B"]  # C only buys later
    a = feats.loc["A"]
    assert a[F.RECENCY] == 0  # 31 Jan 12:00 -> half a day before: 0 whole days
    assert a[F.TENURE] == 30
    assert a[F.FREQUENCY] == 3  # the purchase ON the reference date is not counted
    assert a[F.MONETARY] == pytest.approx(70.0)
    assert a[F.AOV] == pytest.approx(70.0 / 3)
    assert a[F.DISTINCT_ITEMS] == 2
    assert a[F.RETURN_RATE] == pytest.approx(1 / 5)  # 1 returned line, 4 bought lines
    assert a[F.MEAN_GAP] == pytest.approx(15.0)  # 30 days over 2 gaps
    assert a[F.ORDERS_90] == 3 and a[F.ACTIVE_MONTHS] == 1
    assert a[F.category_feature("Kitchen & Dining")] == pytest.approx(60 / 70)
    assert a[F.category_feature("Candles & Lights")] == pytest.approx(10 / 70)
    assert sum(a[c] for c in F.CATEGORY_FEATURES) == pytest.approx(1.0)
    b = feats.loc["B"]
    assert b[F.COUNTRY] == "France" and b[F.FREQUENCY] == 1
    assert b[F.MEAN_GAP] == b[F.TENURE] == 11  # one order: waited at least its tenure


def test_habit_features_count_orders_before_the_date() -> None:
    feats = F.customer_features(_data(), "2011-03-01")
    a, b = feats.loc["A"], feats.loc["B"]
    # A: orders on Sat 1 Jan 10:00, Tue 11 Jan 09:00, Mon 31 Jan 12:00, Tue 1 Feb 00:00
    assert a[F.WEEKEND_SHARE] == pytest.approx(1 / 4)
    assert a[F.ORDER_HOUR] == pytest.approx((10 + 9 + 12 + 0) / 4)
    assert a[F.ACTIVE_MONTH_SHARE] == 1.0  # ordered in January and February
    # B: one order on Thu 20 Jan 08:00, nothing in February
    assert b[F.WEEKEND_SHARE] == 0 and b[F.ORDER_HOUR] == 8
    assert b[F.ACTIVE_MONTH_SHARE] == pytest.approx(1 / 2)
    assert not feats[F.NUMERIC_FEATURES].isna().any().any()


def test_one_customer_matches_the_batch() -> None:
    data = _data()
    batch = F.customer_features(data, "2011-02-01")
    one = F.customer_features(data, "2011-02-01", ["A"])
    pd.testing.assert_series_equal(one.loc["A"], batch.loc["A"])
    assert F.customer_features(data, "2011-02-01", ["C"]).empty


def test_label_is_a_purchase_within_90_days_from_the_date() -> None:
    data = _data()
    labels = F.engagement_labels(data, "2011-02-01", ["A", "B"])
    assert labels.to_dict() == {"A": 1, "B": 1}  # A on the date itself, B on 15 April
    labels = F.engagement_labels(data, "2011-01-15", ["A", "B"])
    assert labels.to_dict() == {"A": 1, "B": 1}
    assert F.engagement_labels(data, "2011-04-16", ["A", "B"]).to_dict() == {"A": 0, "B": 0}


@pytest.mark.parametrize("when", ["2010-06-01", "2011-04-17", "2011-01-01"])
def test_reference_date_outside_the_data_is_a_clear_error(when: str) -> None:
    with pytest.raises(AssistantError, match="outside the data"):
        F.check_reference_date(_data(), when)


def test_unreadable_date_is_a_clear_error() -> None:
    with pytest.raises(AssistantError, match="is not a date"):
        F.as_timestamp("next tuesday")


def test_serving_date_is_the_day_after_the_data_ends() -> None:
    assert str(F.serving_date(_data())) == "2011-04-16"
    assert F.check_reference_date(_data(), "2011-04-16") == pd.Timestamp("2011-04-16")
