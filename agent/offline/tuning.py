"""Per-intent decision thresholds chosen by cross-validation on the training questions only.

Out-of-fold probabilities come from a grouped k-fold (instances of one phrasing stay in the
same fold), then each label gets the threshold with the best out-of-fold F1. The result is
kept next to the training file with its digest, so a changed file falls back to the default.

    python -m agent.offline.tuning
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from agent.offline.intents import (
    LABELS,
    THRESHOLDS_FILE,
    TRAIN_FILE,
    IntentClassifier,
    load_examples,
    normalise,
    train_digest,
)

GRID = tuple(round(0.3 + 0.05 * i, 2) for i in range(7))  # 0.30 .. 0.60


def _group(text: str) -> str:
    """Instances of one phrasing differ only in values: same group."""
    return re.sub(r"\b(cid|sku|num|few|date|quoted)\b", "", normalise(text))


def out_of_fold_scores(examples: list[dict[str, Any]], folds: int = 5
                       ) -> list[dict[str, float]]:
    """Every label's probability for each example, from a model that did not see it."""
    from sklearn.model_selection import GroupKFold

    groups = [_group(e["text"]) for e in examples]
    scores: list[dict[str, float]] = [{} for _ in examples]
    for train, held in GroupKFold(folds).split(examples, groups=groups):
        model = IntentClassifier().fit([examples[i] for i in train])
        for i in held:
            scores[i] = model.predict(examples[i]["text"]).scores
    return scores


def best_thresholds(examples: list[dict[str, Any]], scores: list[dict[str, float]]
                    ) -> dict[str, float]:
    """Per label, the grid threshold with the best F1 averaged with its neighbours (a stable
    choice rather than a lucky spike; ties: the one nearest 0.5)."""
    chosen = {}
    for label in LABELS:
        truth = [label in e["labels"] for e in examples]

        def f1(limit: float, label: str = label, truth: list[bool] = truth) -> float:
            predicted = [s[label] >= limit for s in scores]
            tp = sum(p and t for p, t in zip(predicted, truth, strict=True))
            return 2 * tp / max(sum(predicted) + sum(truth), 1)

        def smoothed(limit: float, f1: Any = f1) -> float:
            return (f1(limit - 0.05) + f1(limit) + f1(limit + 0.05)) / 3

        chosen[label] = max(GRID, key=lambda limit: (round(smoothed(limit), 4),
                                                     -abs(limit - 0.5)))
    return chosen


def tune(train_file: Path = TRAIN_FILE, target: Path = THRESHOLDS_FILE) -> dict[str, float]:
    """Tune the thresholds on ``train_file`` and record them in ``target``."""
    examples = load_examples(train_file)
    thresholds = best_thresholds(examples, out_of_fold_scores(examples))
    target.write_text(json.dumps({"train_digest": train_digest(train_file),
                                  "thresholds": thresholds}, indent=1) + "\n",
                      encoding="utf-8")
    return thresholds


if __name__ == "__main__":
    print(tune())
