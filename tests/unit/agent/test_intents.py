"""The learned intent classifier, measured on held-out questions."""

from __future__ import annotations

import pytest

from agent.offline.intents import (
    TEST_FILE,
    TRAIN_FILE,
    IntentClassifier,
    evaluate,
    load_classifier,
    load_examples,
)


def test_training_set_is_large_and_multilingual_and_disjoint_from_the_test_set():
    train, test = load_examples(TRAIN_FILE), load_examples(TEST_FILE)
    assert len(train) >= 250
    assert {e["lang"] for e in train} == {"en", "es", "fr"}
    assert not {e["text"] for e in train} & {e["text"] for e in test}


def test_held_out_accuracy(tmp_path):
    model = load_classifier(tmp_path)
    scores = evaluate(model, load_examples(TEST_FILE))
    assert scores["exact_match"] >= 0.8
    assert scores["f1_segment"] >= 0.85 and scores["f1_recommend"] >= 0.9
    assert list(tmp_path.glob("intents-*.pkl"))  # cached for the next process


@pytest.mark.parametrize(("question", "labels"), [
    ("segment and recommendations for 12347", {"segment", "recommend"}),
    ("¿Por qué el cliente 12347 podría abandonarnos?", {"explain"}),
    ("Que disent nos guides sur les remises ?", {"search_kb"}),
    ("what's the weather like in Madrid", {"out_of_scope"}),
])
def test_typical_questions(question, labels):
    assert set(load_classifier().predict(question).labels) == labels


def test_unfitted_classifier_says_so():
    with pytest.raises(RuntimeError, match="not fitted"):
        IntentClassifier().predict("hello")


def test_slot_rules_on_held_out_questions():
    from agent.offline.evaluation import evaluate_slots

    scores = evaluate_slots(load_examples(TEST_FILE))
    assert scores["all_slots_exact"] >= 0.9
    assert scores["accuracy_customer_id"] >= 0.95 and scores["accuracy_country"] == 1.0


def test_fast_scoring_matches_scikit_learn_and_survives_pickling():
    import pickle

    from agent.offline.intents import normalise

    model = load_classifier()
    model.predict("warm up")
    copy = pickle.loads(pickle.dumps(model))
    for example in load_examples(TEST_FILE)[:20]:
        text = normalise(example["text"])
        expected = model.pipeline_.predict_proba([text])[0]
        assert abs(copy._fast_proba(text) - expected).max() < 1e-9
