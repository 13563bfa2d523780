"""Model cards after the real training pipeline: the figures quoted are the registry's."""

from __future__ import annotations

import pytest

from assistant.settings import Settings
from knowledge_base.ingest import document_count
from knowledge_base.model_cards import current_fingerprint
from knowledge_base.retrievers import LocalRetriever
from recommender.registry import Registry


@pytest.mark.integration
def test_cards_quote_the_trained_champions(ready_settings: Settings) -> None:
    registry = Registry(ready_settings.models_dir)
    fingerprint = current_fingerprint(ready_settings)
    retriever = LocalRetriever(ready_settings)
    assert document_count(ready_settings) >= 18
    for kind in ("recommender", "customers", "feedback"):
        champion = registry.champion(kind, fingerprint)
        if champion is None:
            pytest.skip(f"no {kind} model trained by this build")
        passages = retriever.search(f"{kind} model champion version primary metric", k=4,
                                    filters={"doc_id": f"model-card-{kind}"})
        text = "\n".join(p.text for p in passages)
        assert f"Champion version {champion.version}" in text
        assert champion.primary_metric in text
