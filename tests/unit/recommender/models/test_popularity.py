"""Popularity baseline: the contract plus its own behaviour."""

from __future__ import annotations

from recommender.models.popularity import PopularityRecommender
from tests.unit.recommender.models.contract import RecommenderContract
from tests.unit.recommender.models.helpers import tiny_tables


class TestPopularity(RecommenderContract):
    def make_model(self) -> PopularityRecommender:
        return PopularityRecommender(window_days=90)


def test_best_seller_comes_first_for_everyone() -> None:
    tx, items = tiny_tables()
    model = PopularityRecommender(window_days=365).fit(tx, items)
    assert model.recommend("900", k=1)[0][0] == "D1"
    assert model.recommend("901", k=1)[0][0] == "D1"


def test_short_window_counts_only_recent_buyers() -> None:
    tx, items = tiny_tables()
    # Only the last two days (customers "900": A1 and "901": G1) are inside a 1.5-day
    # window; the tie goes to A1, which has more buyers overall.
    model = PopularityRecommender(window_days=1.5).fit(tx, items)
    assert [code for code, _ in model.recommend("107", k=2)] == ["A1", "G1"]
