"""Training registers a feedback model that meets the quality bar on the test set."""

from __future__ import annotations

import json

from assistant.settings import Settings
from recommender.feedback.analyser import LocalFeedbackAnalyser
from recommender.feedback.evaluate import read_examples
from recommender.feedback.sagemaker import handle, model_fn, output_fn
from recommender.feedback.training import TRAIN_FILE, WRITTEN_SETS, train_feedback
from recommender.registry import Registry
from tests.conftest import make_settings

# Measured on the test set with the shipped settings (0.885, precision 0.980), less a margin.
ACCURACY_BAR = 0.85
PRECISION_BAR = 0.85


def test_registered_model_meets_the_quality_bar(feedback_settings: Settings) -> None:
    champion = Registry(feedback_settings.models_dir).champion("feedback")
    assert champion is not None and champion.primary_metric == "accuracy"
    metrics = champion.metrics
    assert metrics["examples"] >= 700  # rounds 21, 22, 35 and 36
    assert metrics["accuracy"] >= ACCURACY_BAR
    assert all(metrics[f"accuracy_{lang}"] >= 0.8 for lang in ("en", "es", "fr"))
    # recall first: a missed hazard costs more than a false alarm a person reads and dismisses
    assert metrics["safety_recall"] == 1.0 and metrics["safety_precision"] >= PRECISION_BAR
    assert metrics["heldout_tsv_safety_recall"] == 1.0


def test_the_test_set_is_in_no_training_data() -> None:
    from recommender.feedback.evaluate import DATA_DIR, DEV, read_test_set
    from recommender.feedback.training import RECORDED_ROUNDS

    train = {line.split("\t")[-1].strip() for line in TRAIN_FILE.read_text().splitlines()}
    for path in [DEV, *(DATA_DIR / f"{n}.tsv" for n in (*WRITTEN_SETS, *RECORDED_ROUNDS))]:
        train |= {e.text for e in read_examples(path)}
    test = read_test_set()
    assert {e.lang for e in test} == {"en", "es", "fr"} and len(test) >= 300
    assert not train & {e.text for e in test}


def test_blind_rounds_stay_out_of_training_and_development_data() -> None:
    """Rounds 8, 10-20 and the held-out set are records of blind tests: the classifier and
    the lexicons never learn from them (only the semantic models do, from the rounds)."""
    from recommender.feedback.evaluate import DATA_DIR, DEV

    train = {line.split("\t")[-1].strip() for line in TRAIN_FILE.read_text().splitlines()}
    seen = train | {e.text for e in read_examples(DEV)} | {
        e.text for name in WRITTEN_SETS for e in read_examples(DATA_DIR / f"{name}.tsv")}
    for name in ("round8.tsv", "round10.tsv", "round11.tsv", "round12.tsv", "round13.tsv",
                 "round14.tsv", "round15.tsv", "round16.tsv", "round17.tsv", "round18.tsv",
                 "round19.tsv", "round20.tsv", "heldout.tsv"):
        blind = read_examples(DATA_DIR / name)
        assert len(blind) >= 140 and sum(bool(e.safety) for e in blind) >= 30
        # stock phrases written independently into dev.tsv before the round (8 and 15)
        stock = {"Je rachèterai sans hésiter.", "Worth every penny.", "Pas mal du tout pour le prix.",
                 "No lo recomiendo.", "Nada que objetar.", "La bouilloire met une éternité à chauffer."}
        assert not seen & {e.text for e in blind} - stock, name


def test_trains_without_the_optional_sentiment_file(tmp_path) -> None:
    settings = make_settings(tmp_path, sentiment_data=None, synthetic_customers=80)
    version = train_feedback(settings, show_progress=False)
    assert version.kind == "feedback"
    assert version.params["sources"][:2] == ["train.tsv", "dev.tsv"]
    assert "heldout.tsv" not in version.params["sources"]
    analyser = LocalFeedbackAnalyser.from_settings(settings)
    assert analyser.classifier is not None
    assert analyser.analyse(["Terrible, it broke."])[0].sentiment == "negative"


def test_sagemaker_handler_answers_results(feedback_settings: Settings) -> None:
    champion = Registry(feedback_settings.models_dir).champion("feedback")
    model = model_fn(str(champion.path))
    body = json.dumps({"texts": ["Me encanta", "", "The lamp sparked."]})
    results = handle(body, model)["results"]
    assert [r["sentiment"] for r in results[:1]] == ["positive"]
    assert results[1]["error"] == "empty text"
    assert results[2]["safety_categories"] == ["electrical"]


def test_sagemaker_handler_answers_bad_requests_with_an_error_body(
        feedback_settings: Settings) -> None:
    model = model_fn(str(Registry(feedback_settings.models_dir).champion("feedback").path))
    for body in ("{nope", json.dumps({"text": "x"}), json.dumps([1]),
                 json.dumps({"texts": ["x"] * 1001})):
        answer = handle(body, model)
        assert answer["error"]["code"] == "invalid_input" and answer["error"]["message"]
    assert "content type" in handle("{}", model, "text/csv")["error"]["message"]
    body, content_type = output_fn(handle(json.dumps({"texts": ["Très bien"]}), model))
    assert content_type == "application/json"
    assert json.loads(body)["results"][0]["language"] == "fr"
