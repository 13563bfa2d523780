"""The recommender service: recommendations with reasons, explanations, loading."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.data.categories import CATEGORIES
from recommender.models.hybrid import HybridRecommender
from recommender.models.interactions import InteractionData
from recommender.models.reasons import REASON_KINDS
from recommender.service import RecommenderService, load_champion_recommender
from tests.conftest import make_settings
from tests.unit.recommender.models.helpers import tiny_tables, trained_version


@pytest.fixture(scope="module")
def service(prepared_settings: Settings) -> RecommenderService:
    trained_version(prepared_settings)
    return load_champion_recommender(prepared_settings)


def test_recommendations_carry_product_facts_parts_and_reasons(
        service: RecommenderService) -> None:
    recs = service.recommend("12347", k=5)
    assert len(recs) == 5
    for rec in recs:
        assert rec.description and rec.category in CATEGORIES and rec.price > 0
        assert rec.score == pytest.approx(sum(rec.score_parts.values()), abs=1e-4)
        assert rec.reasons and all(r.kind in REASON_KINDS and r.text for r in rec.reasons)
    together = [r for rec in recs for r in rec.reasons if r.kind == "bought_together"]
    assert together, "collaborative reasons name the purchase behind them"
    first = together[0]
    assert first.text == (f"bought together with {first.evidence['stock_code']} "
                          f"{first.evidence['description']}")


def test_already_bought_products_are_left_out_unless_asked(service: RecommenderService) -> None:
    bought = set(service.model.data.item_ids[service.model.data.bought[
        service.model.data.row("12347")].indices])
    assert not bought & {r.stock_code for r in service.recommend("12347", k=30)}
    with_bought = service.recommend("12347", k=30, exclude_purchased=False)
    assert bought & {r.stock_code for r in with_bought}


def test_category_filter(service: RecommenderService) -> None:
    recs = service.recommend("12347", k=5, category="kitchen & dining")
    assert recs and all(r.category == "Kitchen & Dining" for r in recs)
    with pytest.raises(AssistantError) as err:
        service.recommend("12347", category="Shoes")
    assert err.value.code == "invalid_input" and "Home Decor" in err.value.message


@pytest.mark.parametrize(("customer", "k", "code", "text"), [
    ("99999", 10, "not_found", "customer 99999 is not in the data"),
    ("12347", 0, "invalid_input", "between 1 and 100"),
    ("12347", 101, "invalid_input", "between 1 and 100"),
])
def test_bad_requests(service: RecommenderService, customer: str, k: int, code: str,
                      text: str) -> None:
    with pytest.raises(AssistantError) as err:
        service.recommend(customer, k=k)
    assert err.value.code == code and text in err.value.message


def test_explain_a_recommended_item(service: RecommenderService) -> None:
    top = service.recommend("12347", k=1)[0]
    exp = service.explain_item("12347", top.stock_code)
    assert exp.rank == 1 and not exp.already_purchased and not exp.cold_start
    assert exp.score == pytest.approx(top.score, abs=1e-5)
    assert exp.purchased_items_that_led_to_it
    bought = set(service.model.data.item_ids[service.model.data.bought[
        service.model.data.row("12347")].indices])
    assert {c.stock_code for c in exp.purchased_items_that_led_to_it} <= bought
    assert exp.similar_customers_count >= 1


def test_explain_a_bought_item_and_bad_codes(service: RecommenderService) -> None:
    row = service.model.data.row("12347")
    bought_code = service.model.data.item_ids[service.model.data.bought[row].indices[0]]
    exp = service.explain_item("12347", bought_code)
    assert exp.already_purchased and exp.rank is None
    with pytest.raises(AssistantError, match="product NOPE is not in the catalogue"):
        service.explain_item("12347", "NOPE")


def test_customer_lookups(service: RecommenderService) -> None:
    assert service.has_customer("12347") and not service.has_customer("99999")
    assert service.customer_country("99999") is None
    assert isinstance(service.customer_country("12347"), str)
    assert service.version is not None and service.version.kind == "recommender"


def test_cold_start_customer_gets_country_best_sellers_with_reasons() -> None:
    tx, items = tiny_tables()
    data = InteractionData.build(tx, items, customers=pd.Series({"777": "France"}))
    svc = RecommenderService(HybridRecommender().fit_data(data))
    recs = svc.recommend("777", k=3)
    assert recs[0].stock_code == "G1"
    kinds = {r.kind for r in recs[0].reasons}
    assert "popular_in_country" in kinds
    assert recs[0].reasons[0].evidence["country"] == "France"
    assert svc.explain_item("777", "G1").cold_start


def test_load_errors(tmp_path: Path, service: RecommenderService) -> None:
    with pytest.raises(AssistantError, match="model directory not found"):
        RecommenderService.load(tmp_path / "nope")
    copy = tmp_path / "old"
    shutil.copytree(service.version.path, copy)
    meta = json.loads((copy / "hybrid.json").read_text())
    (copy / "hybrid.json").write_text(json.dumps(meta | {"format": 99}))
    with pytest.raises(AssistantError, match="incompatible version"):
        RecommenderService.load(copy)
    assert RecommenderService.load(service.version.path).recommend("12347", 3)


def test_champion_missing_says_how_to_train(prepared_settings: Settings,
                                            tmp_path: Path) -> None:
    fresh = make_settings(tmp_path)
    for sub in ("prepared", "synthetic"):
        shutil.copytree(Path(prepared_settings.artifacts) / sub, Path(fresh.artifacts) / sub)
    with pytest.raises(AssistantError) as err:
        load_champion_recommender(fresh)
    assert err.value.code == "not_ready"
    assert "run assistant train recommender" in err.value.message


def test_more_like_this(service: RecommenderService) -> None:
    code = service.recommend("12347", k=1)[0].stock_code
    similar = service.similar_items(code, k=5)
    assert similar and code not in {r.stock_code for r in similar}
    words = set(service.explain_item("12347", code).description.split())
    assert words & set(similar[0].description.split())
    assert similar[0].reasons[0].kind == "similar_description"
    scores = [r.score for r in similar]
    assert scores == sorted(scores, reverse=True)
    with pytest.raises(AssistantError, match="not in the catalogue"):
        service.similar_items("NOPE")
