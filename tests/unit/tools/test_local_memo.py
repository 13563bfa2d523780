"""The local predictors remember answers per loaded model and hand out independent copies."""

from __future__ import annotations

from tools.predictors.base import Recommendations
from tools.predictors.local import LocalRecommender


class _Service:
    """A stand-in RecommenderService that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def recommend(self, customer_id, k, *, exclude_purchased, category):
        self.calls += 1
        return [{"stock_code": "22423", "description": "REGENCY CAKESTAND", "category": "Kitchen",
                 "price": 2.5, "score": 0.9,
                 "reasons": [{"kind": "popular", "text": "a steady seller"}]}]

    def customer_country(self, customer_id):
        return "France"


def _ask(predictor: LocalRecommender) -> Recommendations:
    return predictor.recommend("12347", k=1, category=None, exclude_purchased=True)


def test_a_repeated_question_is_answered_from_memory_with_an_equal_answer():
    service = _Service()
    predictor = LocalRecommender(settings=None, service=service)  # type: ignore[arg-type]
    first, second = _ask(predictor), _ask(predictor)
    assert service.calls == 1
    assert second == first and second.items[0].reasons[0].text == "a steady seller"


def test_changing_an_answer_does_not_change_what_later_callers_get():
    predictor = LocalRecommender(settings=None, service=_Service())  # type: ignore[arg-type]
    first = _ask(predictor)
    first.items[0].reasons[0].text = "edited by a caller"
    first.items.clear()
    second = _ask(predictor)
    second.items[0].description = "edited again"
    third = _ask(predictor)
    assert third.items[0].reasons[0].text == "a steady seller"
    assert third.items[0].description == "REGENCY CAKESTAND"

