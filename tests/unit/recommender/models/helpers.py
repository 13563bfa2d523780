"""Tiny hand-made purchase data and a trained recommender shared by the recommender tests."""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from assistant.settings import Settings
from recommender.data.categories import categorize
from recommender.data.columns import I, T
from recommender.registry import ModelVersion

PRODUCTS = {
    "A1": "RED HEART MUG", "A2": "BLUE HEART MUG", "B1": "CHRISTMAS STAR DECORATION",
    "B2": "CHRISTMAS TREE DECORATION", "G1": "GARDEN WATERING CAN", "G2": "BIRD FEEDER",
    "D1": "PARTY BUNTING", "E1": "LUNCH BAG RED RETROSPOT",
}


def tiny_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Transactions where A1 and A2 are always bought together and D1 is the best seller.

    Customer "900" bought only A1; customer "901" bought only G1 (France).
    """
    baskets = {
        "100": ["A1", "A2", "D1"], "101": ["A1", "A2", "D1"], "102": ["A1", "A2"],
        "103": ["B1", "B2", "D1"], "104": ["B1", "B2", "D1"], "105": ["G1", "G2"],
        "106": ["G1", "G2", "E1"], "107": ["D1", "E1"], "900": ["A1"], "901": ["G1"],
    }
    rows = []
    for n, (customer, codes) in enumerate(baskets.items()):
        for code in codes:
            rows.append({
                T.INVOICE: f"5{n:05d}", T.ITEM: code, T.DESCRIPTION: PRODUCTS[code],
                T.QUANTITY: 2, T.DATE: pd.Timestamp("2011-06-01") + pd.Timedelta(days=n),
                T.PRICE: 1.5, T.CUSTOMER: customer,
                T.COUNTRY: "France" if customer == "901" else "United Kingdom", T.AMOUNT: 3.0,
            })
    tx = pd.DataFrame(rows)
    items = pd.DataFrame({
        I.ITEM: list(PRODUCTS), I.DESCRIPTION: list(PRODUCTS.values()),
        I.CATEGORY: [categorize(d) for d in PRODUCTS.values()], I.PRICE: 1.5,
    })
    return tx, items


@functools.cache
def _trained(artifacts: Path) -> ModelVersion:
    from recommender.training import train_recommender

    return train_recommender(Settings(artifacts=artifacts, synthetic_customers=400,
                                      synthetic_seed=11, chat_model="offline"),
                             show_progress=False)


def trained_version(settings: Settings) -> ModelVersion:
    """The recommender trained once per session on the prepared synthetic data."""
    return _trained(Path(settings.artifacts))
