"""Train the feedback sentiment classifier and register it (kind "feedback").

Training data: the project's multilingual labelled sentences (``data/train.tsv``, see
``data/README.md``) plus, when present, ``settings.sentiment_data`` (the UCI Amazon sentences).
The blend weight between lexicon and classifier is chosen on the development set
(``data/dev.tsv``); the primary metric is accuracy of the whole local analyser on
``data/heldout.tsv``, which neither training nor tuning sees.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.feedback.analyser import LocalFeedbackAnalyser
from recommender.feedback.classifier import SentimentClassifier
from recommender.feedback.evaluate import DATA_DIR, DEV, Example, evaluate, read_examples
from recommender.registry import ModelVersion, Registry

TRAIN_FILE = DATA_DIR / "train.tsv"
WEIGHTS = (0.5, 0.6, 0.7, 0.8, 0.9)


def read_training(settings: Settings) -> tuple[list[str], list[int], list[str]]:
    """(texts, labels 0/1, source names) from the project's data and the optional file."""
    texts: list[str] = []
    labels: list[int] = []
    with open(TRAIN_FILE, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 3 and not row[0].startswith("#") and row[1] in ("positive",
                                                                           "negative"):
                texts.append(row[2])
                labels.append(int(row[1] == "positive"))
    sources = [str(TRAIN_FILE.name)]
    extra = settings.sentiment_data
    if extra is not None and Path(extra).exists():
        for line in Path(extra).read_text(encoding="utf-8", errors="replace").splitlines():
            sentence, _, label = line.rpartition("\t")
            if sentence.strip() and label.strip() in ("0", "1"):
                texts.append(sentence.strip())
                labels.append(int(label))
        sources.append(str(extra))
    if len(set(labels)) < 2:
        raise AssistantError("the feedback training data needs positive and negative sentences")
    return texts, labels, sources


def choose_weight(model: SentimentClassifier, dev: list[Example]) -> float:
    """The lexicon weight with the best accuracy on the development set (not the held-out)."""
    best, best_acc = WEIGHTS[0], -1.0
    for weight in WEIGHTS:
        acc = evaluate(LocalFeedbackAnalyser(model, lexicon_weight=weight), dev)["accuracy"]
        if acc > best_acc:
            best, best_acc = weight, acc
    return best


def train_feedback(settings: Settings, *, show_progress: bool = True) -> ModelVersion:
    """Train, evaluate on the held-out set and register a feedback model version."""
    from recommender.data import ensure_prepared
    from recommender.data.store import read_manifest

    def run(step: object) -> ModelVersion:
        texts, labels, sources = read_training(settings)
        step("fitting the classifier")  # type: ignore[operator]
        model = SentimentClassifier().fit(texts, labels)
        step("choosing the lexicon weight on the development set")  # type: ignore[operator]
        weight = choose_weight(model, read_examples(DEV))
        step("evaluating on the held-out set")  # type: ignore[operator]
        metrics = evaluate(LocalFeedbackAnalyser(model, lexicon_weight=weight))
        metrics["lexicon_only_accuracy"] = evaluate(LocalFeedbackAnalyser())["accuracy"]
        metrics["training_sentences"] = len(texts)
        registry = Registry(settings.models_dir)
        staged = registry.staging_dir("feedback")
        model.save(staged)
        (staged / "config.json").write_text(json.dumps({"lexicon_weight": weight}))
        manifest = read_manifest(ensure_prepared(settings, show_progress=False)) or {}
        version = registry.register(
            "feedback", staged, params={"lexicon_weight": weight, "c": model.c,
                                        "sources": sources},
            metrics=metrics, primary_metric="accuracy",
            data_fingerprint=str(manifest.get("fingerprint", "")),
            data_source=", ".join(sources))
        step("registered")  # type: ignore[operator]
        return version

    if show_progress:
        from assistant.progress import steps

        with steps("Training feedback model", 4) as step:
            return run(step)
    return run(lambda _label: None)
