"""The base class every recommender shares (scikit-learn conventions).

Parameters go in ``__init__``; ``fit`` learns attributes ending in ``_`` and returns self;
using a model before fitting raises a not_ready error. A model only has to say how it scores
customers' histories (:meth:`Recommender.score`); ranking, exclusion of what was already bought
and the lookup of customers live here.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar, Self

import numpy as np
import pandas as pd
import scipy.sparse as sp

from assistant.errors import AssistantError
from recommender.models.interactions import InteractionData


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` highest scores of each row, best first (rows of a 2-D array)."""
    scores = np.atleast_2d(scores)
    k = min(k, scores.shape[1])
    part = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    order = np.argsort(-np.take_along_axis(scores, part, axis=1), axis=1, kind="stable")
    return np.take_along_axis(part, order, axis=1)


def check_k(k: int) -> int:
    """Validate a list length (1-100)."""
    if not isinstance(k, int | np.integer) or not 1 <= int(k) <= 100:
        raise AssistantError(f"k must be between 1 and 100 (got {k})")
    return int(k)


class Recommender(ABC):
    """A model that scores every catalogue item for a customer."""

    name: ClassVar[str] = "base"

    def fit(self, interactions: pd.DataFrame, items: pd.DataFrame) -> Self:
        """Fit on prepared transactions and the item catalogue."""
        return self.fit_data(InteractionData.build(interactions, items))

    def fit_data(self, data: InteractionData) -> Self:
        """Fit on an already built interaction matrix (shared between models)."""
        self.data_ = data
        self._fit(data)
        return self

    @abstractmethod
    def _fit(self, data: InteractionData) -> None:
        """Learn the model's attributes."""

    @abstractmethod
    def score(self, rows: np.ndarray) -> np.ndarray:
        """Scores (len(rows) x n_items, higher is better) for customer rows of the data."""

    def get_params(self) -> dict[str, Any]:
        """The constructor parameters (for the registry)."""
        return {k: v for k, v in vars(self).items() if not k.endswith("_") and not k.startswith("_")}

    @property
    def data(self) -> InteractionData:
        """The fitted interaction data (not_ready error before ``fit``)."""
        data = getattr(self, "data_", None)
        if data is None:
            raise AssistantError(f"the {self.name} recommender is not fitted yet",
                                 code="not_ready")
        return data

    def recommend_rows(self, rows: np.ndarray, k: int = 10, *,
                       exclude_purchased: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` item indices and scores for many customer rows at once."""
        rows = np.asarray(rows)
        scores = np.asarray(self.score(rows), dtype=np.float64)
        if exclude_purchased:
            bought = self.data.bought[rows]
            scores[bought.nonzero()] = -np.inf
        idx = top_k(scores, k)
        return idx, np.take_along_axis(scores, idx, axis=1)

    def recommend(self, customer_id: str, k: int = 10, *,
                  exclude_purchased: bool = True) -> list[tuple[str, float]]:
        """(stock code, score) pairs, best first, for one customer."""
        k = check_k(k)
        row = self.data.row(str(customer_id))
        idx, scores = self.recommend_rows(np.array([row]), k, exclude_purchased=exclude_purchased)
        items = self.data.item_ids
        return [(str(items[i]), float(s)) for i, s in zip(idx[0], scores[0], strict=True)
                if np.isfinite(s)]


def item_item_scores(history: sp.csr_matrix, weights: np.ndarray | sp.spmatrix) -> np.ndarray:
    """``history @ weights`` as a dense array (the scoring of every item-item model)."""
    out = history @ weights
    return np.asarray(out.toarray() if sp.issparse(out) else out)
