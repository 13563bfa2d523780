"""Item-kNN baseline: cosine similarity between items' buyer sets."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from recommender.models.base import Recommender, item_item_scores
from recommender.models.interactions import InteractionData


def cosine_item_similarity(bought: sp.spmatrix, *, shrink: float = 0.0) -> np.ndarray:
    """Dense item x item cosine similarity of binary columns, zero diagonal."""
    co = (bought.T @ bought).toarray().astype(np.float64)
    norms = np.sqrt(np.diag(co))
    sim = co / (np.outer(norms, norms) + shrink + 1e-12)
    np.fill_diagonal(sim, 0.0)
    return sim


def keep_top_neighbours(sim: np.ndarray, neighbours: int | None) -> np.ndarray:
    """Zero all but each item's ``neighbours`` most similar items (per row)."""
    if not neighbours or neighbours >= sim.shape[1]:
        return sim
    cut = np.partition(sim, -neighbours, axis=1)[:, -neighbours][:, None]
    return np.where(sim >= cut, sim, 0.0)


class ItemKNNRecommender(Recommender):
    """Scores an item by the summed cosine similarity to the customer's purchases."""

    name = "itemknn"

    def __init__(self, neighbours: int | None = None, shrink: float = 0.0) -> None:
        self.neighbours = neighbours
        self.shrink = shrink

    def _fit(self, data: InteractionData) -> None:
        sim = cosine_item_similarity(data.bought, shrink=self.shrink)
        self.similarity_ = keep_top_neighbours(sim, self.neighbours).astype(np.float32)

    def score(self, rows: np.ndarray) -> np.ndarray:
        """``history @ similarity`` on the binary history."""
        return item_item_scores(self.data.bought[rows], self.similarity_)
