"""EASE (Steck 2019): a closed-form linear item-item model, strong on purchase data."""

from __future__ import annotations

import numpy as np
import scipy.linalg

from recommender.models.base import Recommender, item_item_scores
from recommender.models.interactions import InteractionData


def ease_weights(bought, l2: float) -> np.ndarray:  # type: ignore[no-untyped-def]
    """The EASE item-item weight matrix B (zero diagonal) for a binary matrix."""
    gram = (bought.T @ bought).toarray().astype(np.float64)
    gram[np.diag_indices_from(gram)] += l2
    inv = scipy.linalg.inv(gram, overwrite_a=True, check_finite=False)
    weights = inv / (-np.diag(inv))
    np.fill_diagonal(weights, 0.0)
    return weights


class EASERecommender(Recommender):
    """Scores items with ``history @ B``, B learned by ridge regression of each item on the
    others with a zero self-weight; ``l2`` is the regularisation (lambda)."""

    name = "ease"

    def __init__(self, l2: float = 500.0) -> None:
        self.l2 = l2

    def _fit(self, data: InteractionData) -> None:
        self.weights_ = np.ascontiguousarray(ease_weights(data.bought, self.l2), dtype=np.float32)

    def score(self, rows: np.ndarray) -> np.ndarray:
        """``history @ B`` on the binary history."""
        return item_item_scores(self.data.bought[rows], self.weights_)
