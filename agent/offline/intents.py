"""Intent detection learned from labelled example questions (multi-label).

TF-IDF over word 1-2-grams and character 2-5-grams, one logistic regression per label
(one-vs-rest). Trained at first use from ``data/train.jsonl`` and cached in memory (and on
disk when a cache directory is given). scikit-learn is imported only here, lazily, so
the Lambda (which never runs the offline model) does not need it.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"
TRAIN_FILE = DATA_DIR / "train.jsonl"
TEST_FILE = DATA_DIR / "test.jsonl"
THRESHOLDS_FILE = DATA_DIR / "thresholds.json"
FEATURES_VERSION = 2
"""Bumped when ``normalise`` or the features change, so cached models are retrained."""
TOOL_INTENTS = ("recommend", "segment", "feedback", "explain", "search_kb")
LABELS = (*TOOL_INTENTS, "out_of_scope", "smalltalk")
CUSTOMER_ID_RANGE = (12346, 18287)
"""Customer ids of the data (UCI Online Retail and the synthetic set): 5-digit numbers."""


def _fold(text: str) -> str:
    """Accents removed ("segmentación" and "segmentacion" read the same)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_CUSTOMER_BEFORE = re.compile(r"(?:customer|client[ae]?|shopper|buyer|account|cuenta|usuario|"
                              r"acheteur|utilisateur)\W{0,3}(?:id\W{0,3})?(?:#|no\.?|n°)?\s*$",
                              re.IGNORECASE)


_ITEM_BEFORE = re.compile(r"(?:item|product|sku|stock ?code|article|art[ií]culo|producto|produit|"
                          r"code|c[oó]digo)\W{0,3}$", re.IGNORECASE)


def _in_range(token: str) -> bool:
    return token.isdigit() and CUSTOMER_ID_RANGE[0] <= int(token) <= CUSTOMER_ID_RANGE[1]


def _id_placeholder(match: re.Match[str]) -> str:
    """cid for a customer id, sku for a StockCode, as the slot rules read them: a 5-digit
    number is a customer unless named as an item, or out of the customer-id range while
    another number of the message is in it ("why 84879 for 12820")."""
    token = match.group(0)
    before = match.string[max(0, match.start() - 25):match.start()]
    if token.isdigit() and len(token) == 5 and not _ITEM_BEFORE.search(before) and (
            _in_range(token) or _CUSTOMER_BEFORE.search(before)
            or not any(_in_range(t) for t in re.findall(r"\b\d{5}\b", match.string))):
        return " cid "
    if len(token) >= 5 and not token.isdigit() or len(token) == 5:
        return " sku "
    return " num "


def normalise(text: str) -> str:
    """Lower case without accents; quoted passages, dates, ids and numbers replaced by
    placeholders (quoted, date, cid: a customer id, sku: a StockCode, num, few)."""
    text = re.sub(r'"[^"]*"|“[^”]*”|«[^»]*»', " quoted ", text)
    text = re.sub(r"\b(19|20)\d\d-\d\d-\d\d\b", " date ", text)
    text = re.sub(r"\b\d{4,6}[A-Za-z]{0,3}\b", _id_placeholder, text)
    text = re.sub(r"\b\d{1,3}\b", " few ", text)
    return " ".join(_fold(text.lower()).split())


def load_examples(path: Path) -> list[dict[str, Any]]:
    """The labelled questions of a JSONL file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@dataclass
class IntentPrediction:
    """Labels above the threshold and every label's probability."""

    labels: list[str]
    scores: dict[str, float]


class IntentClassifier:
    """Multi-label intent classifier (scikit-learn conventions: fit returns self).

    ``thresholds`` overrides ``threshold`` per label (chosen by cross-validation on the
    training questions, see ``agent.offline.tuning``)."""

    def __init__(self, threshold: float = 0.5, c: float = 8.0,
                 thresholds: dict[str, float] | None = None) -> None:
        self.threshold = threshold
        self.c = c
        self.thresholds = thresholds

    def fit(self, examples: list[dict[str, Any]]) -> IntentClassifier:
        """Learn from ``[{"text", "labels"}]``."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import make_pipeline, make_union
        from sklearn.preprocessing import MultiLabelBinarizer

        self.binarizer_ = MultiLabelBinarizer(classes=list(LABELS))
        targets = self.binarizer_.fit_transform([e["labels"] for e in examples])
        features = make_union(
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                            token_pattern=r"(?u)\b\w+\b"),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                            min_df=2),
        )
        classifier = OneVsRestClassifier(
            LogisticRegression(C=self.c, class_weight="balanced", solver="liblinear",
                               max_iter=2000))
        self.pipeline_ = make_pipeline(features, classifier)
        self.pipeline_.fit([normalise(e["text"]) for e in examples], targets)
        return self

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("fast_", None)  # rebuilt on first use (holds analyzer closures)
        return state

    def _fast_proba(self, text: str) -> Any:
        """The pipeline's probabilities for one text without scikit-learn's per-call
        overhead: the same analyzers, idf weights, l2 norms and coefficients, in numpy."""
        import math
        from collections import Counter

        import numpy as np

        if not hasattr(self, "fast_"):
            union, ovr = self.pipeline_.steps[0][1], self.pipeline_.steps[1][1]
            blocks, offset = [], 0
            for _, vectorizer in union.transformer_list:
                blocks.append((vectorizer.build_analyzer(), vectorizer.vocabulary_,
                               vectorizer.idf_, offset))
                offset += len(vectorizer.vocabulary_)
            weights = np.vstack([e.coef_.ravel() for e in ovr.estimators_]).T
            intercepts = np.array([e.intercept_[0] for e in ovr.estimators_])
            self.fast_ = (blocks, weights, intercepts)
        blocks, weights, intercepts = self.fast_
        logits = intercepts.copy()
        for analyzer, vocabulary, idf, offset in blocks:
            counts = Counter(vocabulary[g] for g in analyzer(text) if g in vocabulary)
            if not counts:
                continue
            index = np.fromiter(counts, dtype=np.int64)
            values = np.array([(1 + math.log(c)) * idf[j] for j, c in counts.items()])
            values /= np.linalg.norm(values)
            logits += values @ weights[index + offset]
        return 1.0 / (1.0 + np.exp(-logits))

    def predict(self, text: str) -> IntentPrediction:
        """Labels of one question: all above the threshold, else the best one if any
        reaches half the threshold, else none."""
        if not hasattr(self, "pipeline_"):
            raise RuntimeError("IntentClassifier is not fitted; call fit() first")
        probabilities = self._fast_proba(normalise(text))
        scores = {label: float(p) for label, p in zip(self.binarizer_.classes_, probabilities,
                                                       strict=True)}
        limits = {label: (self.thresholds or {}).get(label, self.threshold) for label in scores}
        labels = [label for label, p in scores.items() if p >= limits[label]]
        if not labels:
            best = max(scores, key=lambda label: scores[label])
            labels = [best] if scores[best] >= limits[best] / 2 else []
        tools = [label for label in labels if label in TOOL_INTENTS]
        others = [label for label in labels if label not in TOOL_INTENTS]
        best_other = max((scores[label] for label in others), default=0.0)
        if tools and max(scores[label] for label in tools) >= best_other:
            labels = tools
        elif others:
            labels = [max(others, key=lambda label: scores[label])]
        return IntentPrediction(labels=labels, scores=scores)


_lock = threading.Lock()
_cache: dict[str, IntentClassifier] = {}


def load_classifier(cache_dir: Path | None = None, train_file: Path = TRAIN_FILE
                    ) -> IntentClassifier:
    """The classifier trained on ``train_file`` (memoised; pickled in ``cache_dir``)."""
    stat = train_file.stat()
    key = f"{train_file}:{stat.st_mtime_ns}:{stat.st_size}:{cache_dir}"
    model = _cache.get(key)
    if model is not None:
        return model
    with _lock:
        digest = train_digest(train_file)
        thresholds = tuned_thresholds(digest)
        version = hashlib.sha256(f"{FEATURES_VERSION}:{sorted((thresholds or {}).items())}"
                                 .encode()).hexdigest()[:8]
        cached = cache_dir / f"intents-{digest}-{version}.pkl" if cache_dir else None
        model = _cache.get(f"{digest}-{version}")
        if model is None and cached and cached.exists():
            try:
                model = pickle.loads(cached.read_bytes())
            except Exception:  # noqa: BLE001 - a stale cache is retrained
                model = None
        if model is None:
            model = IntentClassifier(thresholds=thresholds).fit(
                load_examples(train_file))
        if cached and not cached.exists():
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_bytes(pickle.dumps(model))
        _cache[f"{digest}-{version}"] = _cache[key] = model
        return model


def train_digest(train_file: Path = TRAIN_FILE) -> str:
    """Short content hash of a training file (keys caches and tuned thresholds)."""
    return hashlib.sha256(train_file.read_bytes()).hexdigest()[:16]


def tuned_thresholds(digest: str, path: Path = THRESHOLDS_FILE) -> dict[str, float] | None:
    """Per-label thresholds tuned on the training file with this digest, if recorded."""
    if not path.exists():
        return None
    record = json.loads(path.read_text(encoding="utf-8"))
    return record.get("thresholds") if record.get("train_digest") == digest else None


def evaluate(model: IntentClassifier, examples: list[dict[str, Any]]) -> dict[str, float]:
    """Exact-set accuracy and per-label F1 on labelled examples."""
    exact = 0
    counts = {label: [0, 0, 0] for label in LABELS}  # tp, fp, fn
    for example in examples:
        predicted = set(model.predict(example["text"]).labels)
        truth = set(example["labels"])
        exact += predicted == truth
        for label in LABELS:
            counts[label][0] += label in predicted and label in truth
            counts[label][1] += label in predicted and label not in truth
            counts[label][2] += label not in predicted and label in truth
    result = {"exact_match": exact / max(len(examples), 1), "n": float(len(examples))}
    for label, (tp, fp, fn) in counts.items():
        result[f"f1_{label}"] = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return result
