"""The hybrid: the contract, business rules, cold start, persistence."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from assistant.errors import AssistantError
from recommender.models.hybrid import COMPONENTS, HybridRecommender
from recommender.models.interactions import InteractionData
from recommender.models.storage import load_hybrid, save_hybrid
from tests.unit.recommender.models.contract import RecommenderContract
from tests.unit.recommender.models.helpers import tiny_tables


class TestHybrid(RecommenderContract):
    def make_model(self) -> HybridRecommender:
        return HybridRecommender(max_per_category=4)

    def test_caps_items_per_category(self, fitted: HybridRecommender,
                                     data: InteractionData) -> None:
        cats = data.items["category"].to_numpy()
        for customer in ("12347", "12583", "17850"):
            codes = [c for c, _ in fitted.recommend(customer, k=10)]
            picked = cats[np.searchsorted(data.item_ids, codes)]
            assert pd.Series(picked).value_counts().max() <= 4

    def test_survives_a_save_and_load(self, fitted: HybridRecommender, tmp_path: Path) -> None:
        save_hybrid(fitted, tmp_path)
        loaded = load_hybrid(tmp_path)
        before, after = fitted.recommend("12347", k=10), loaded.recommend("12347", k=10)
        assert [c for c, _ in after] == [c for c, _ in before]
        assert [s for _, s in after] == pytest.approx([s for _, s in before], rel=1e-5)
        assert loaded.get_params() == fitted.get_params()


def _with_newcomer() -> InteractionData:
    tx, items = tiny_tables()
    extra = pd.Series({"777": "France"})
    return InteractionData.build(tx, items, customers=extra)


def test_cold_start_customer_gets_best_sellers_of_their_country() -> None:
    model = HybridRecommender().fit_data(_with_newcomer())
    assert model.is_cold(model.data.row("777"))
    # In France only customer 901 bought (G1); overall D1 sells most.
    codes = [code for code, _ in model.recommend("777", k=3)]
    assert codes[0] == "G1" and "D1" in codes


def test_weights_change_the_blend() -> None:
    data = _with_newcomer()
    only_popular = dict.fromkeys(COMPONENTS, 0.0) | {"popular": 1.0}
    model = HybridRecommender(weights=only_popular, popular_days=365).fit_data(data)
    assert model.recommend("900", k=1)[0][0] == "D1"
    collaborative = dict.fromkeys(COMPONENTS, 0.0) | {"ease": 1.0}
    model = HybridRecommender(weights=collaborative, l2=1.0).fit_data(data)
    assert model.recommend("900", k=1)[0][0] == "A2"


def test_candidate_mask_restricts_the_list() -> None:
    model = HybridRecommender().fit_data(_with_newcomer())
    mask = np.isin(model.data.item_ids, ["B1", "B2"])
    idx, scores = model.recommend_rows(np.array([model.data.row("900")]), 5, candidates=mask)
    kept = idx[0][np.isfinite(scores[0])]
    assert set(model.data.item_ids[kept]) == {"B1", "B2"}


def test_loading_a_wrong_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(AssistantError, match="not found"):
        load_hybrid(tmp_path / "missing")
    with pytest.raises(AssistantError, match="not a recommender model directory"):
        load_hybrid(tmp_path)


def test_precomputed_scores_match_on_line_scoring(tmp_path: Path) -> None:
    data = _with_newcomer()
    live = HybridRecommender(max_per_category=None).fit_data(data)
    cached = HybridRecommender(max_per_category=None, cache_min_items=2).fit_data(data)
    cached.cache_heavy_()
    assert len(cached.cached_rows_) > 0
    save_hybrid(cached, tmp_path)
    loaded = load_hybrid(tmp_path)
    for customer in ("100", "106", "900", "777"):
        expected = live.recommend(customer, k=4)
        for model in (cached, loaded):
            got = model.recommend(customer, k=4)
            assert [c for c, _ in got] == [c for c, _ in expected]
            assert [s for _, s in got] == pytest.approx([s for _, s in expected], rel=1e-5)
