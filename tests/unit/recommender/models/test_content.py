"""Content-based model: the contract plus description similarity."""

from __future__ import annotations

import pytest

from assistant.errors import AssistantError
from recommender.models.content import ContentRecommender
from tests.unit.recommender.models.contract import RecommenderContract
from tests.unit.recommender.models.helpers import tiny_tables


class TestContent(RecommenderContract):
    def make_model(self) -> ContentRecommender:
        return ContentRecommender(neighbours=50)


def test_more_like_this_shares_words() -> None:
    tx, items = tiny_tables()
    model = ContentRecommender().fit(tx, items)
    assert model.similar_items("A1", k=1)[0][0] == "A2"  # RED HEART MUG -> BLUE HEART MUG
    assert model.similar_items("B1", k=1)[0][0] == "B2"
    with pytest.raises(AssistantError, match="not in the catalogue"):
        model.similar_items("ZZZ")


def test_recommends_by_description_without_co_purchases() -> None:
    tx, items = tiny_tables()
    # Customer "107" bought D1 PARTY BUNTING and E1 LUNCH BAG RED RETROSPOT: the red mug
    # shares "RED" with the lunch bag.
    model = ContentRecommender().fit(tx, items)
    assert model.recommend("107", k=1)[0][0] == "A1"
