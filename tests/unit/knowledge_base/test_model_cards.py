"""Model cards are generated from the registry, never typed by hand."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.settings import Settings
from knowledge_base.ingest import ingest
from knowledge_base.model_cards import model_cards
from knowledge_base.retrievers import LocalRetriever
from recommender.registry import Registry
from tests.conftest import make_settings


def _register(settings: Settings, kind: str, metrics: dict, params: dict,
              fingerprint: str = "abc123def456aa") -> str:
    registry = Registry(settings.models_dir)
    staged = registry.staging_dir(kind)
    (staged / "model.bin").write_bytes(b"x")
    version = registry.register(kind, staged, params=params, metrics=metrics,
                                primary_metric=next(iter(metrics)),
                                data_fingerprint=fingerprint, data_source="/data/retail.csv")
    return version.version


def _prepared(settings: Settings, fingerprint: str) -> None:
    settings.prepared_dir.mkdir(parents=True, exist_ok=True)
    (settings.prepared_dir / "manifest.json").write_text(json.dumps({"fingerprint": fingerprint}))


def test_cards_say_not_trained_and_how_to_train(tmp_path: Path) -> None:
    cards = {c.doc_id: c for c in model_cards(make_settings(tmp_path))}
    assert set(cards) == {"model-card-recommender", "model-card-customers", "model-card-feedback"}
    for doc_id, command in [("model-card-recommender", "assistant train recommender"),
                            ("model-card-customers", "assistant train customers"),
                            ("model-card-feedback", "assistant train feedback")]:
        body = cards[doc_id].body
        assert "not trained yet" in body and command in body and cards[doc_id].generated


def test_cards_quote_the_champion_metrics_params_and_version(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    _prepared(settings, "abc123def456aa")
    version = _register(settings, "recommender",
                        {"ndcg@10": 0.14123, "hit_rate@10": 0.4, "by_model": {"ease": 0.124}},
                        {"blend_weight": 0.7, "k": 10})
    card = {c.doc_id: c for c in model_cards(settings)}["model-card-recommender"]
    assert f"Champion version {version}" in card.body
    assert "ndcg@10 = 0.1412" in card.body
    assert "| by_model.ease | 0.124 |" in card.body and "| blend_weight | 0.7 |" in card.body
    assert "/data/retail.csv" in card.body
    assert card.updated == card.body.split("registered ")[1][:10]
    customers = {c.doc_id: c for c in model_cards(settings)}["model-card-customers"]
    assert "not trained yet" in customers.body


def test_champion_of_other_data_does_not_count(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    _register(settings, "feedback", {"accuracy": 0.9}, {}, fingerprint="otherdata0000")
    _prepared(settings, "currentdata11")
    card = {c.doc_id: c for c in model_cards(settings)}["model-card-feedback"]
    assert "not trained yet for the current data" in card.body


def test_reingest_after_training_refreshes_the_card(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    _prepared(settings, "fp00000000001")
    ingest(settings, show_progress=False)
    _register(settings, "customers", {"roc_auc": 0.7891}, {"k": 6}, fingerprint="fp00000000001")
    report = ingest(settings, show_progress=False)
    assert 0 < report.reembedded < report.chunks  # only the changed card sections
    passages = LocalRetriever(settings).search("engagement model roc_auc metrics", k=3,
                                               filters={"doc_id": "model-card-customers"})
    assert any("roc_auc | 0.7891" in p.text for p in passages)
