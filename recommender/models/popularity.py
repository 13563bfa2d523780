"""Popularity baseline: what most customers bought in a recent window."""

from __future__ import annotations

import numpy as np

from recommender.models.base import Recommender
from recommender.models.interactions import InteractionData


class PopularityRecommender(Recommender):
    """Ranks items by distinct buyers in the last ``window_days`` (the same list for all).

    Ties are broken by all-time buyers so a short window still yields a full ranking.
    """

    name = "popularity"

    def __init__(self, window_days: float = 90.0) -> None:
        self.window_days = window_days

    def _fit(self, data: InteractionData) -> None:
        recent = data.recent_buyers(self.window_days)
        total = np.asarray(data.bought.sum(axis=0)).ravel()
        self.scores_ = recent + total / (1.0 + total.max(initial=0.0)) * 0.5

    def score(self, rows: np.ndarray) -> np.ndarray:
        """The popularity vector repeated for each row."""
        _ = self.data
        return np.tile(self.scores_, (len(rows), 1))
