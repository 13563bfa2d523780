"""Item-kNN baseline: the contract plus co-purchase behaviour."""

from __future__ import annotations

import numpy as np

from recommender.models.itemknn import ItemKNNRecommender, keep_top_neighbours
from tests.unit.recommender.models.contract import RecommenderContract
from tests.unit.recommender.models.helpers import tiny_tables


class TestItemKNN(RecommenderContract):
    def make_model(self) -> ItemKNNRecommender:
        return ItemKNNRecommender(neighbours=50)


def test_recommends_what_is_bought_with_the_customers_items() -> None:
    tx, items = tiny_tables()
    model = ItemKNNRecommender().fit(tx, items)
    assert model.recommend("900", k=1)[0][0] == "A2"  # bought A1; A1 and A2 go together
    assert model.recommend("901", k=1)[0][0] == "G2"


def test_neighbour_pruning_keeps_the_strongest() -> None:
    sim = np.array([[0.0, 0.9, 0.1], [0.9, 0.0, 0.5], [0.1, 0.5, 0.0]])
    pruned = keep_top_neighbours(sim, 1)
    assert pruned.tolist() == [[0.0, 0.9, 0.0], [0.9, 0.0, 0.0], [0.0, 0.5, 0.0]]
