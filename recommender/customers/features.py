"""Per-customer features as of a reference date, from data strictly before it.

:func:`customer_features` is the ONE place features are computed: training, batch scoring and
a single customer's segment or explanation all call it, so what the model saw in training is
what it sees when serving.

All day counts are whole days measured at the reference date (midnight): only purchases and
returns dated before that instant are used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd

from assistant.errors import AssistantError
from recommender.data.categories import CATEGORIES
from recommender.data.columns import I, T
from recommender.data.store import PreparedData

LABEL_DAYS = 90  # "buys again within 90 days after the reference date"

RECENCY = "recency_days"
FREQUENCY = "frequency"
MONETARY = "monetary"
TENURE = "tenure_days"
AOV = "avg_order_value"
DISTINCT_ITEMS = "distinct_items"
RETURN_RATE = "return_rate"
MEAN_GAP = "mean_days_between_orders"
ORDERS_90 = "orders_last_90_days"
SPEND_90 = "spend_last_90_days"
ACTIVE_MONTHS = "active_months"
ACTIVE_MONTH_SHARE = "active_month_share"
WEEKEND_SHARE = "weekend_order_share"
ORDER_HOUR = "mean_order_hour"
COUNTRY = "country"


def category_feature(category: str) -> str:
    """The feature name of a category's share of spend (``share_home_decor``)."""
    return "share_" + re.sub(r"[^a-z0-9]+", "_", category.lower()).strip("_")


CATEGORY_FEATURES = [category_feature(c) for c in CATEGORIES]
NUMERIC_FEATURES = [RECENCY, FREQUENCY, MONETARY, TENURE, AOV, DISTINCT_ITEMS, RETURN_RATE,
                    MEAN_GAP, ORDERS_90, SPEND_90, ACTIVE_MONTHS, ACTIVE_MONTH_SHARE, WEEKEND_SHARE,
                    ORDER_HOUR, *CATEGORY_FEATURES]

# Plain-English descriptions of each feature with the customer's value (used in sentences).
FEATURE_LABELS: dict[str, str] = {
    RECENCY: "days since the last order",
    FREQUENCY: "number of orders",
    MONETARY: "total spend (GBP)",
    TENURE: "days since the first order",
    AOV: "average order value (GBP)",
    DISTINCT_ITEMS: "distinct products bought",
    RETURN_RATE: "share of lines returned",
    MEAN_GAP: "mean days between orders",
    ORDERS_90: "orders in the last 90 days",
    SPEND_90: "spend in the last 90 days (GBP)",
    ACTIVE_MONTHS: "months with an order",
    ACTIVE_MONTH_SHARE: "share of months since the first order with an order",
    WEEKEND_SHARE: "share of orders placed at the weekend",
    ORDER_HOUR: "average hour of day of the orders",
    COUNTRY: "country",
    **{category_feature(c): f"share of spend on {c}" for c in CATEGORIES},
}


def as_timestamp(reference_date: date | datetime | str | pd.Timestamp) -> pd.Timestamp:
    """A reference date as a midnight timestamp (clear error for an unreadable date)."""
    try:
        stamp = pd.Timestamp(reference_date)
    except (ValueError, TypeError) as exc:
        raise AssistantError(f"{reference_date!r} is not a date (use YYYY-MM-DD)") from exc
    if stamp is pd.NaT:
        raise AssistantError(f"{reference_date!r} is not a date (use YYYY-MM-DD)")
    return stamp.normalize()


def data_range(data: PreparedData) -> tuple[date, date]:
    """First and last purchase day of the prepared data."""
    dates = data.transactions[T.DATE]
    return dates.min().date(), dates.max().date()


def serving_date(data: PreparedData) -> date:
    """The date production scores at: the day after the last purchase in the data."""
    return data_range(data)[1] + timedelta(days=1)


def check_reference_date(data: PreparedData, reference_date: date | str | pd.Timestamp
                         ) -> pd.Timestamp:
    """The reference date, or a clear error when it lies outside the data."""
    stamp = as_timestamp(reference_date)
    first, last = data_range(data)
    if not pd.Timestamp(first) < stamp <= pd.Timestamp(last + timedelta(days=1)):
        raise AssistantError(
            f"reference date {stamp.date()} is outside the data: it must fall after the first "
            f"purchase ({first}) and at most one day after the last ({last})",
            details={"reference_date": str(stamp.date()), "data_start": str(first),
                     "data_end": str(last)},
        )
    return stamp


def customer_features(
    data: PreparedData,
    reference_date: date | str | pd.Timestamp,
    customer_ids: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Features of every customer with a purchase before ``reference_date`` (or of the given ids).

    Returns a frame indexed by customer id with :data:`NUMERIC_FEATURES` (floats) and
    :data:`COUNTRY` (the customer's most frequent country). Customers without a purchase before
    the date are absent from the result.
    """
    ref = as_timestamp(reference_date)
    tx = data.transactions
    tx = tx[tx[T.DATE] < ref]
    returns = data.returns[data.returns[T.DATE] < ref]
    if customer_ids is not None:
        wanted = set(customer_ids)
        tx = tx[tx[T.CUSTOMER].isin(wanted)]
        returns = returns[returns[T.CUSTOMER].isin(wanted)]
    columns = [*NUMERIC_FEATURES, COUNTRY]
    if tx.empty:
        return pd.DataFrame(columns=columns).rename_axis(T.CUSTOMER)

    days_before = (ref - tx[T.DATE]).dt.total_seconds() / 86_400.0
    tx = tx.assign(_days=days_before, _month=tx[T.DATE].dt.to_period("M"))
    grouped = tx.groupby(T.CUSTOMER, sort=True)
    orders = tx.groupby([T.CUSTOMER, T.INVOICE], sort=False).agg(
        _days=("_days", "max"), _amount=(T.AMOUNT, "sum"), _when=(T.DATE, "min")).reset_index()
    by_order = orders.groupby(T.CUSTOMER, sort=True)

    out = pd.DataFrame(index=grouped.size().index)
    out[RECENCY] = np.floor(grouped["_days"].min())
    out[TENURE] = np.floor(grouped["_days"].max())
    out[FREQUENCY] = by_order.size().astype(float)
    out[MONETARY] = grouped[T.AMOUNT].sum()
    out[AOV] = out[MONETARY] / out[FREQUENCY]
    out[DISTINCT_ITEMS] = grouped[T.ITEM].nunique().astype(float)
    n_lines = grouped.size().astype(float)
    n_returned = returns.groupby(T.CUSTOMER).size().reindex(out.index).fillna(0.0)
    out[RETURN_RATE] = (n_returned / (n_lines + n_returned)).astype(float)
    span = out[TENURE] - out[RECENCY]
    # a one-order customer has waited at least their tenure for a second order
    out[MEAN_GAP] = np.where(out[FREQUENCY] > 1, span / (out[FREQUENCY] - 1).clip(lower=1),
                             out[TENURE])
    recent = orders[orders["_days"] <= LABEL_DAYS].groupby(T.CUSTOMER)
    out[ORDERS_90] = recent.size().reindex(out.index).fillna(0.0)
    out[SPEND_90] = recent["_amount"].sum().reindex(out.index).fillna(0.0)
    out[ACTIVE_MONTHS] = grouped["_month"].nunique().astype(float)
    # calendar months from the first order's month to the last day before the reference date
    last_day = ref - pd.Timedelta(days=1)
    first = grouped[T.DATE].min()
    spanned = (last_day.year - first.dt.year) * 12 + (last_day.month - first.dt.month) + 1
    out[ACTIVE_MONTH_SHARE] = out[ACTIVE_MONTHS] / spanned.clip(lower=1).astype(float)
    order_habits = orders.assign(_weekend=orders["_when"].dt.weekday >= 5,
                                 _hour=orders["_when"].dt.hour).groupby(T.CUSTOMER, sort=True)
    out[WEEKEND_SHARE] = order_habits["_weekend"].mean()
    out[ORDER_HOUR] = order_habits["_hour"].mean()

    category = tx[T.ITEM].map(data.items.set_index(I.ITEM)[I.CATEGORY]).fillna(CATEGORIES[-1])
    spend = (tx.assign(_cat=category.map(dict(zip(CATEGORIES, CATEGORY_FEATURES, strict=True))))
             .pivot_table(index=T.CUSTOMER, columns="_cat", values=T.AMOUNT, aggfunc="sum",
                          fill_value=0.0))
    spend = spend.reindex(index=out.index, columns=CATEGORY_FEATURES, fill_value=0.0)
    out[CATEGORY_FEATURES] = spend.div(spend.sum(axis=1).replace(0, np.nan), axis=0).fillna(0.0)

    country = (tx.groupby([T.CUSTOMER, T.COUNTRY]).size().reset_index(name="_n")
               .sort_values([T.CUSTOMER, "_n"], ascending=[True, False])
               .drop_duplicates(T.CUSTOMER).set_index(T.CUSTOMER)[T.COUNTRY])
    out[COUNTRY] = country.reindex(out.index).astype(str)
    out[NUMERIC_FEATURES] = out[NUMERIC_FEATURES].astype(float)
    return out[columns].rename_axis(T.CUSTOMER)


def engagement_labels(data: PreparedData, reference_date: date | str | pd.Timestamp,
                      customer_ids: Iterable[str]) -> pd.Series:
    """1 when the customer buys within :data:`LABEL_DAYS` days from the reference date, else 0."""
    ref = as_timestamp(reference_date)
    end = ref + pd.Timedelta(days=LABEL_DAYS)
    tx = data.transactions
    buyers = set(tx.loc[(tx[T.DATE] >= ref) & (tx[T.DATE] < end), T.CUSTOMER])
    ids = list(customer_ids)
    return pd.Series([int(c in buyers) for c in ids], index=pd.Index(ids, name=T.CUSTOMER),
                     name="buys_again")
