"""The contract every recommender honours; each model's test module subclasses it.

Subclasses provide ``make_model()`` returning an unfitted model; the suite fits it on the
prepared synthetic data (once per class) and on tiny hand-made data.
"""

from __future__ import annotations

import numpy as np
import pytest

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.data import load_tables
from recommender.models.base import Recommender
from recommender.models.interactions import InteractionData
from tests.unit.recommender.models.helpers import tiny_tables


class RecommenderContract:
    """Behaviour shared by all recommenders."""

    def make_model(self) -> Recommender:
        raise NotImplementedError

    @pytest.fixture(scope="class")
    def data(self, prepared_settings: Settings) -> InteractionData:
        tables = load_tables(prepared_settings, show_progress=False)
        return InteractionData.build(tables.transactions, tables.items)

    @pytest.fixture(scope="class")
    def fitted(self, data: InteractionData) -> Recommender:
        return self.make_model().fit_data(data)

    def test_fit_returns_the_model(self) -> None:
        tx, items = tiny_tables()
        model = self.make_model()
        assert model.fit(tx, items) is model

    def test_recommends_k_distinct_catalogue_items_best_first(self, fitted: Recommender,
                                                             data: InteractionData) -> None:
        recs = fitted.recommend("12347", k=10)
        codes = [code for code, _ in recs]
        assert len(codes) == 10 and len(set(codes)) == 10
        assert set(codes) <= set(data.item_ids)
        scores = [score for _, score in recs]
        assert scores == sorted(scores, reverse=True)
        assert all(np.isfinite(scores))

    def test_excludes_what_the_customer_bought(self, fitted: Recommender,
                                               data: InteractionData) -> None:
        for customer in ("12347", "12583", "17850"):
            row = data.row(customer)
            bought = set(data.item_ids[data.bought[row].indices])
            assert bought, "the synthetic customers have purchases"
            assert not bought & {code for code, _ in fitted.recommend(customer, k=20)}

    def test_batch_matches_single_customer(self, fitted: Recommender,
                                           data: InteractionData) -> None:
        rows = np.array([data.row("12347"), data.row("17850")])
        idx, _ = fitted.recommend_rows(rows, 5)
        single = [code for code, _ in fitted.recommend("17850", k=5)]
        assert list(data.item_ids[idx[1]]) == single

    def test_unknown_customer_is_a_clear_error(self, fitted: Recommender) -> None:
        with pytest.raises(AssistantError) as err:
            fitted.recommend("99999", k=5)
        assert err.value.code == "not_found"
        assert "customer 99999 is not in the data" in err.value.message

    @pytest.mark.parametrize("k", [0, 101, -3])
    def test_k_outside_1_to_100_is_rejected(self, fitted: Recommender, k: int) -> None:
        with pytest.raises(AssistantError) as err:
            fitted.recommend("12347", k=k)
        assert err.value.code == "invalid_input" and "between 1 and 100" in err.value.message

    def test_unfitted_model_says_so(self) -> None:
        with pytest.raises(AssistantError) as err:
            self.make_model().recommend("12347", k=5)
        assert err.value.code == "not_ready"

    def test_params_are_the_constructor_arguments(self) -> None:
        model = self.make_model()
        params = model.get_params()
        assert all(not name.endswith("_") for name in params)
        assert type(model)(**params).get_params() == params

    def test_small_catalogue_gives_what_is_left(self) -> None:
        tx, items = tiny_tables()
        model = self.make_model().fit(tx, items)
        recs = model.recommend("100", k=50)  # bought A1, A2, D1 of 8 products
        assert {code for code, _ in recs} == {"B1", "B2", "G1", "G2", "E1"}
