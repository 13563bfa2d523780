"""The planner's intents and slots on questions written apart from the training set."""

from __future__ import annotations

import json

import pytest

from agent.offline.intents import (
    DATA_DIR,
    TRAIN_FILE,
    evaluate,
    load_classifier,
    load_examples,
    normalise,
    train_digest,
    tuned_thresholds,
)
from agent.offline.slots import extract_slots

BLIND_FILES = [DATA_DIR / "blind.jsonl", DATA_DIR / "blind2.jsonl"]


@pytest.mark.parametrize("path", BLIND_FILES, ids=lambda p: p.stem)
def test_blind_sets_are_multilingual_and_never_trained_on(path):
    blind = load_examples(path)
    assert len(blind) >= 120 and {e["lang"] for e in blind} == {"en", "es", "fr"}
    trained = {normalise(e["text"]) for e in load_examples(TRAIN_FILE)}
    seen = [e["text"] for e in blind if normalise(e["text"]) in trained]
    assert len(seen) <= len(blind) // 10  # only common wordings ("bonjour") coincide


@pytest.mark.parametrize("path", BLIND_FILES, ids=lambda p: p.stem)
def test_blind_questions_get_the_right_tools(path):
    assert evaluate(load_classifier(), load_examples(path))["exact_match"] >= 0.85


def test_accents_typos_of_accents_and_ids_read_the_same():
    assert normalise("Segmentación del cliente 12347?") == normalise("segmentacion del cliente 15980?")
    assert "cid" in normalise("recs 12347").split() and "sku" in normalise("why 85123A").split()
    assert "sku" in normalise("why 84879 for 12347").split()


def test_thresholds_tuned_on_train_are_used_and_a_stale_record_is_ignored(tmp_path):
    thresholds = tuned_thresholds(train_digest())
    assert thresholds and set(thresholds) >= {"recommend", "out_of_scope"}
    assert load_classifier().thresholds == thresholds
    stale = tmp_path / "thresholds.json"
    stale.write_text(json.dumps({"train_digest": "0" * 16, "thresholds": {"recommend": 0.9}}))
    assert tuned_thresholds(train_digest(), stale) is None


@pytest.mark.parametrize(("question", "customers", "items"), [
    ("por que le sugieres 84879 a 12820", ["12820"], ["84879"]),
    ("why would 22423 suit customer 13085?", ["13085"], ["22423"]),
    ("pourquoi recommander l'article 23166 au client 13085 ?", ["13085"], ["23166"]),
    ("justify 84029E for 15980", ["15980"], ["84029E"]),
    ("recommend products for customer 99999", ["99999"], []),  # unknown: the tool says so
    ("recs for 99999", ["99999"], []),
])
def test_customer_ids_and_stock_codes_are_told_apart(question, customers, items):
    slots = extract_slots(question)
    assert (slots.customer_ids, slots.item_ids) == (customers, items)


@pytest.mark.parametrize(("question", "labels"), [
    ("recommend products for 12347 and 17850", {"recommend"}),
    ("recs for 12583, 17850 and 12347", {"recommend"}),
    ("segment and recs for 12347 and 12583", {"segment", "recommend"}),
])
def test_several_customers_do_not_add_tools(question, labels):
    assert set(load_classifier().predict(question).labels) == labels
