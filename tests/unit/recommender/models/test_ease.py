"""EASE: the contract plus co-purchase behaviour."""

from __future__ import annotations

import numpy as np

from recommender.models.ease import EASERecommender
from tests.unit.recommender.models.contract import RecommenderContract
from tests.unit.recommender.models.helpers import tiny_tables


class TestEASE(RecommenderContract):
    def make_model(self) -> EASERecommender:
        return EASERecommender(l2=50.0)


def test_recommends_what_is_bought_with_the_customers_items() -> None:
    tx, items = tiny_tables()
    model = EASERecommender(l2=1.0).fit(tx, items)
    assert model.recommend("900", k=1)[0][0] == "A2"
    assert model.recommend("901", k=1)[0][0] == "G2"


def test_an_item_never_predicts_itself() -> None:
    tx, items = tiny_tables()
    model = EASERecommender(l2=1.0).fit(tx, items)
    assert np.allclose(np.diag(model.weights_), 0.0)
