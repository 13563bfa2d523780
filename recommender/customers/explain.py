"""Plain-English explanations: TreeSHAP contributions with real values, and item reasons.

A contribution is in log-odds of buying again within 90 days: a positive one *lowers* churn
risk, a negative one *raises* it. Sentences quote the customer's real value ("last order 142
days ago raises churn risk the most").
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from recommender.customers import features as F
from recommender.customers.engagement import INPUTS, EngagementModel
from recommender.customers.schemas import (
    AT_RISK,
    LIKELY,
    LOWERS,
    RAISES,
    Contribution,
    EngagementExplanation,
)

TOP_SENTENCES = 4


def _plural(n: float, one: str, many: str) -> str:
    return f"{n:,.0f} {one if round(n) == 1 else many}"


_PHRASES: dict[str, Callable[[float, pd.Series], str]] = {
    F.RECENCY: lambda v, _: f"last order {_plural(v, 'day', 'days')} ago",
    F.FREQUENCY: lambda v, _: f"having {_plural(v, 'order', 'orders')} so far",
    F.MONETARY: lambda v, _: f"total spend of £{v:,.0f}",
    F.TENURE: lambda v, _: f"first order {_plural(v, 'day', 'days')} ago",
    F.AOV: lambda v, _: f"average order of £{v:,.0f}",
    F.DISTINCT_ITEMS: lambda v, _: f"buying {_plural(v, 'distinct product', 'distinct products')}",
    F.RETURN_RATE: lambda v, _: f"returning {v:.0%} of order lines",
    F.MEAN_GAP: lambda v, row: ("having no repeat order yet" if row[F.FREQUENCY] <= 1
                                else f"ordering every {v:,.0f} days on average"),
    F.ORDERS_90: lambda v, _: ("having no order in the last 90 days" if v == 0 else
                               f"having {_plural(v, 'order', 'orders')} in the last 90 days"),
    F.SPEND_90: lambda v, _: ("spending nothing in the last 90 days" if v == 0 else
                              f"spending £{v:,.0f} in the last 90 days"),
    F.ACTIVE_MONTHS: lambda v, _: ("ordering in only 1 month" if round(v) == 1
                                   else f"ordering in {v:,.0f} different months"),
    F.ACTIVE_MONTH_SHARE: lambda v, _: f"ordering in {v:.0%} of the months since the first order",
    F.WEEKEND_SHARE: lambda v, _: ("never ordering at the weekend" if v == 0
                                   else f"placing {v:.0%} of orders at the weekend"),
    F.ORDER_HOUR: lambda v, _: f"usually ordering around {int(v) % 24:02d}:00",
}


def phrase(feature: str, row: pd.Series) -> str:
    """The customer's value of a feature in plain words ("last order 142 days ago")."""
    if feature == F.COUNTRY:
        return f"being based in {row[F.COUNTRY]}"
    value = float(row[feature])
    if feature in _PHRASES:
        return _PHRASES[feature](value, row)
    return f"{F.FEATURE_LABELS.get(feature, feature)} of {value:,.2f}"


def explain_row(model: EngagementModel, row: pd.Series, customer_id: str, as_of: date,
                shap: tuple[np.ndarray, float] | None = None) -> EngagementExplanation:
    """The explained engagement prediction of one customer's feature row.

    ``shap`` is the row's precomputed (contributions, base value) from
    :meth:`EngagementModel.contributions`; computed here when not given.
    """
    if shap is None:
        frame = row.to_frame().T
        frame[INPUTS[:-1]] = frame[INPUTS[:-1]].astype(float)
        values, base = model.contributions(frame)
        shap = values[0], float(base[0])
    contrib, base_value = shap[0], float(shap[1])
    raw = base_value + float(contrib.sum())
    probability = 1.0 / (1.0 + math.exp(-raw))
    order = np.argsort(-np.abs(contrib), kind="stable")
    items: list[Contribution] = []
    for rank, i in enumerate(order):
        feature = INPUTS[i]
        c = float(contrib[i])
        direction = LOWERS if c > 0 else RAISES
        value: float | str = (str(row[feature]) if feature == F.COUNTRY
                              else round(float(row[feature]), 4))
        text = f"{phrase(feature, row)} {direction}" + (" the most" if rank == 0 else "")
        items.append(Contribution(feature=feature, value=value, contribution=round(c, 6),
                                  direction=direction, sentence=text, text=text))
    label = LIKELY if probability >= model.threshold else AT_RISK
    headline = (f"Customer {customer_id} has a {probability:.0%} chance of buying again within "
                f"90 days (churn risk {1 - probability:.0%}): {label} "
                f"(threshold {model.threshold:.0%}).")
    shown = [c for c in items if abs(c.contribution) >= 1e-9][:TOP_SENTENCES]
    sentences = [headline] + [_capitalise(c.sentence) + "." for c in shown]
    return EngagementExplanation(
        customer_id=customer_id, probability=round(probability, 6),
        churn_risk=round(1.0 - probability, 6), label=label, threshold=model.threshold,
        base_value=round(base_value, 6), raw_score=round(raw, 6), contributions=items,
        sentences=sentences, as_of=as_of)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def explain_recommendation(settings: Any, customer_id: str, stock_code: str) -> Any:
    """Why the recommender recommends ``stock_code`` to the customer (its own reasons).

    Delegates to ``recommender.service.load_champion_recommender(settings).explain_item``,
    imported lazily so the customer models work without the recommender.
    """
    from assistant.errors import AssistantError

    try:
        from recommender.service import load_champion_recommender
    except ImportError as exc:
        raise AssistantError("the recommender is not available in this installation",
                             code="not_ready") from exc
    service = load_champion_recommender(settings)
    return service.explain_item(customer_id, stock_code)
