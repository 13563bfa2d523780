"""The trained part of the local backend: TF-IDF (words + characters) and logistic regression.

Text is folded (lower case, no accents) so one model serves en/es/fr; character n-grams carry
it across inflections and unseen words. Parameters live in ``__init__``; learned attributes
end in ``_`` (scikit-learn conventions).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

import joblib
import numpy as np
from scipy.sparse import spmatrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer

from assistant.errors import AssistantError
from recommender.feedback.sentiment import CONTRASTS, NEGATORS
from recommender.feedback.text import BREAKS, fold, tokens

_ALL_NEGATORS = frozenset().union(*NEGATORS.values()) - {"peu", "poco", "n"}


def mark_negation(folded: str) -> str:
    """Prefix words after a negator with ``not_`` up to the clause end ("not good" ->
    "not not_good"), so the word features see negation (Das & Chen 2001, Pang et al. 2002)."""
    out: list[str] = []
    negating = False
    for tok in tokens(folded):
        if tok in BREAKS or tok in CONTRASTS:
            negating = False
            continue
        if tok in _ALL_NEGATORS or tok.endswith("n't"):
            negating = True
            out.append("neg")
            continue
        out.append(f"not_{tok}" if negating else tok)
    return " ".join(out)


def mark_all(texts: Sequence[str]) -> list[str]:
    """:func:`mark_negation` over a batch (a picklable module-level function)."""
    return [mark_negation(t) for t in texts]

FILENAME = "classifier.joblib"
T = TypeVar("T")


class SentimentClassifier:
    """Binary sentiment classifier (1 = positive) over folded text."""

    def __init__(self, *, c: float = 4.0, max_features: int = 60_000) -> None:
        self.c = c
        self.max_features = max_features

    def fit(self, texts: Sequence[str], labels: Sequence[int]) -> SentimentClassifier:
        """Fit on texts with 0/1 labels; returns self."""
        features = FeatureUnion([
            ("words", Pipeline([
                ("negation", FunctionTransformer(mark_all)),
                ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True,
                                          token_pattern=r"(?u)\b\w[\w']*\b",
                                          max_features=self.max_features)),
            ])),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2,
                                      sublinear_tf=True, max_features=self.max_features)),
        ])
        self.pipeline_ = Pipeline([
            ("features", features),
            ("model", LogisticRegression(C=self.c, max_iter=2000, class_weight="balanced")),
        ])
        self.pipeline_.fit([fold(t) for t in texts], np.asarray(labels))
        return self

    def positive_proba(self, folded_texts: Sequence[str]) -> np.ndarray:
        """Probability of the positive class for already-folded texts."""
        if not folded_texts:
            return np.zeros(0)
        return self.proba_from_features(self.features(folded_texts))

    def features(self, folded_texts: Sequence[str]) -> spmatrix:
        """The TF-IDF features of already-folded texts (other models of the same version are
        trained on them too, so one transform serves them all)."""
        if not hasattr(self, "pipeline_"):
            raise AssistantError("the feedback classifier is not trained yet", code="not_ready")
        return self.pipeline_.named_steps["features"].transform(list(folded_texts))

    def proba_from_features(self, features: spmatrix) -> np.ndarray:
        """Probability of the positive class for rows of :meth:`features`."""
        return self.pipeline_.named_steps["model"].predict_proba(features)[:, 1]

    def save(self, directory: Path) -> Path:
        """Write the fitted model into ``directory``."""
        path = Path(directory) / FILENAME
        joblib.dump(self, path)
        return path

    @staticmethod
    def load(directory: Path) -> SentimentClassifier:
        """Read a model written by :meth:`save` (clear error when missing or unreadable)."""
        path = Path(directory) / FILENAME
        if not path.exists():
            raise AssistantError(f"no feedback classifier in {directory}", code="not_found")
        return load_saved(path, SentimentClassifier, "the feedback classifier")


def load_saved(path: Path, kind: type[T], what: str) -> T:
    """Unpickle a feedback model of class ``kind`` from ``path``, or say to retrain it."""
    try:
        model = joblib.load(path)
    except Exception as exc:  # noqa: BLE001 - any unpickling problem means "retrain"
        raise AssistantError(f"{what} in {path.parent} cannot be read ({exc}); retrain with "
                             "`assistant train feedback`") from exc
    if not isinstance(model, kind):
        raise AssistantError(f"{path} does not hold {what}")
    return model
