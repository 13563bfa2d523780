"""Train the feedback models and register them (kind "feedback").

Training data: the project's multilingual labelled sentences (``data/train.tsv``, see
``data/README.md``), ``settings.sentiment_data`` when present (the UCI Amazon sentences), the
development sentences (``data/dev.tsv``) and the sets written for training by other writers
(``WRITTEN_SETS``). The blend weight between lexicon and classifier is chosen by out-of-fold
accuracy on the written sets: the lexicons were never tuned on them, while ``dev.tsv`` was read
to fill the lexicons, which made it favour them. The paraphrase-aware semantic models
(:mod:`.semantic`) learn from the same sentences plus the records of the blind rounds
(``data/round*.tsv``), which carry safety labels too. The primary metric is accuracy of the
whole local analyser on the test set (``evaluate.TEST_SET``), which no model trains on; the
figures on ``data/heldout.tsv`` are recorded beside it.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.feedback.analyser import LocalFeedbackAnalyser
from recommender.feedback.classifier import SentimentClassifier
from recommender.feedback.encoder import SentenceEncoder, default_encoder
from recommender.feedback.evaluate import (
    DATA_DIR,
    DEV,
    HELDOUT,
    Example,
    evaluate,
    evaluation_set_id,
    read_examples,
)
from recommender.feedback.semantic import Labelled, SemanticModel
from recommender.feedback.text import fold
from recommender.registry import ModelVersion, Registry

TRAIN_FILE = DATA_DIR / "train.tsv"
RECORDED_ROUNDS = ("round8", "round10", "round11", "round12", "round13", "round14", "round15",
                   "round16", "round17", "round18", "round19", "round20", "round23", "round24",
                   "round25", "round26", "round27", "round28", "round29", "round30", "round31",
                   "round32", "round33", "round34", "round37", "round38",
                   "round39", "round40", "round41", "round42", "round43", "round44",
                   "round45", "round46", "round47", "round48", "round49", "round50", "round51",
                   "round52")
# Sentences written for training by a second writer (data/README.md): hard sentiment cases and
# safety reports told through their consequences, with harmless look-alikes.
WRITTEN_SETS = ("train_hard", "train_safety", "train_reviews", "train_giftshop", "train_pairs",
                "train_implicit", "train_lookalikes")
WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


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


def semantic_training_data(texts: list[str], labels: list[int], *,
                           rounds: tuple[str, ...] = RECORDED_ROUNDS,
                           written: tuple[str, ...] = WRITTEN_SETS) -> Labelled:
    """The semantic models' training set: the sentiment-only sentences (no safety labels) plus
    every sentence of ``dev.tsv``, the ``written`` sets and the recorded ``rounds``, with their
    safety labels."""
    data = Labelled(list(texts), list[int | None](labels), [None] * len(texts))
    for path in [DEV, *(DATA_DIR / f"{name}.tsv" for name in (*written, *rounds))]:
        for example in read_examples(path):
            data.add(example.text, example.sentiment, example.safety)
    return data


def _describe(extra: list[str], written: tuple[str, ...]) -> str:
    """A short account of the training data, naming the ``extra`` files the settings gave
    (``params["sources"]`` lists every file)."""
    ours = (f"the project's labelled sentences ({TRAIN_FILE.name}, {DEV.name}, {len(written)} "
            f"written training sets, {len(RECORDED_ROUNDS)} blind-round records)")
    return ", ".join([ours, *extra])


def _labelled(examples: list[Example]) -> tuple[list[str], list[int]]:
    polar = [e for e in examples if e.sentiment in ("positive", "negative")]
    return [e.text for e in polar], [int(e.sentiment == "positive") for e in polar]


def choose_weight(texts: list[str], labels: list[int], dev: list[Example], *,
                  folds: int = 3) -> float:
    """The lexicon weight with the best out-of-fold accuracy on ``dev``.

    The classifier is trained on the training data plus the other folds of ``dev`` and scores
    the held-back fold, so those sentences help the classifier without grading themselves.
    """
    dev_texts, dev_labels = _labelled(dev)
    probas = np.zeros(len(dev_texts))
    for k in range(folds):
        keep = [i for i in range(len(dev_texts)) if i % folds != k]
        test = [i for i in range(len(dev_texts)) if i % folds == k]
        model = SentimentClassifier().fit(texts + [dev_texts[i] for i in keep],
                                          labels + [dev_labels[i] for i in keep])
        probas[test] = model.positive_proba([fold(dev_texts[i]) for i in test])
    best, best_acc = WEIGHTS[0], -1.0
    for weight in WEIGHTS:
        analyser = LocalFeedbackAnalyser(None, lexicon_weight=weight)
        results = [analyser._one(t, fold(t), float(p), False)  # noqa: SLF001
                   for t, p in zip(dev_texts, probas, strict=True)]
        acc = sum((r.sentiment == "positive") == bool(y)
                  for r, y in zip(results, dev_labels, strict=True)) / max(1, len(results))
        if acc > best_acc:
            best, best_acc = weight, acc
    return best


def train_feedback(settings: Settings, *, show_progress: bool = True,
                   encoder: SentenceEncoder | None = None,
                   written: tuple[str, ...] = WRITTEN_SETS) -> ModelVersion:
    """Train, evaluate on the held-out set and register a feedback model version."""
    encoder = default_encoder() if encoder is None else encoder
    from recommender.data import ensure_prepared
    from recommender.data.store import read_manifest

    def run(step: object) -> ModelVersion:
        texts, labels, sources = read_training(settings)
        extra = sources[1:]  # files the settings pointed at (the UCI Amazon sentences)
        written_examples = [e for name in written for e in read_examples(DATA_DIR / f"{name}.tsv")]
        written_texts, written_labels = _labelled(written_examples)
        dev = read_examples(DEV)
        dev_texts, dev_labels = _labelled(dev)
        step("choosing the lexicon weight")  # type: ignore[operator]
        # out of fold on sentences the lexicons were never tuned on (dev.tsv when there are none)
        weight = (choose_weight(texts + dev_texts, labels + dev_labels, written_examples)
                  if written_examples else choose_weight(texts, labels, dev))
        step("fitting the classifier")  # type: ignore[operator]
        model = SentimentClassifier().fit(texts + written_texts + dev_texts,
                                          labels + written_labels + dev_labels)
        sources.append(DEV.name)
        sources.extend(f"{name}.tsv" for name in written)
        step("fitting the semantic models (sentence embeddings)")  # type: ignore[operator]
        semantic = SemanticModel().fit(
            semantic_training_data(texts, labels, written=written), encoder, model)
        sources.extend(f"{name}.tsv" for name in RECORDED_ROUNDS)
        step("evaluating on the test set")  # type: ignore[operator]
        metrics = evaluate(LocalFeedbackAnalyser(model, lexicon_weight=weight,
                                                 semantic=semantic, encoder=encoder))
        metrics["rules_only_accuracy"] = evaluate(
            LocalFeedbackAnalyser(model, lexicon_weight=weight))["accuracy"]
        heldout = evaluate(LocalFeedbackAnalyser(model, lexicon_weight=weight, semantic=semantic,
                                                 encoder=encoder), read_examples(HELDOUT))
        metrics.update({f"heldout_tsv_{k}": heldout[k] for k in
                        ("accuracy", "safety_precision", "safety_recall")})
        metrics["lexicon_only_accuracy"] = evaluate(LocalFeedbackAnalyser())["accuracy"]
        metrics["training_sentences"] = len(texts) + len(written_texts) + len(dev_texts)
        registry = Registry(settings.models_dir)
        staged = registry.staging_dir("feedback")
        model.save(staged)
        semantic.save(staged)
        (staged / "config.json").write_text(json.dumps({"lexicon_weight": weight}))
        manifest = read_manifest(ensure_prepared(settings, show_progress=False)) or {}
        version = registry.register(
            "feedback", staged, params={"lexicon_weight": weight, "c": model.c,
                                        "rule_weight": semantic.rule_weight,
                                        "safety_threshold": semantic.safety_threshold,
                                        "rule_veto": semantic.rule_veto,
                                        "sources": sources},
            metrics=metrics, primary_metric="accuracy",
            data_fingerprint=str(manifest.get("fingerprint", "")),
            data_source=_describe(extra, written), evaluated_on=evaluation_set_id())
        step("registered")  # type: ignore[operator]
        return version

    if show_progress:
        from assistant.progress import steps

        with steps("Training feedback model", 5) as step:
            return run(step)
    return run(lambda _label: None)
