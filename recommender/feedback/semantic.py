"""Paraphrase-aware models of the local backend, layered on the lexicons and safety patterns.

Rules and lexicons only know the words they were given; every blind test round found safety
reports phrased through cause and effect ("the plug was black and smelled of melted plastic")
that no pattern knew. This module adds learned models that generalise over wording:

- safety, a two-model ensemble: logistic regression on the sentiment classifier's TF-IDF
  features (characters + words of the folded text; one transform serves both models), and a
  small neural network (one hidden layer) on multilingual sentence embeddings
  (:mod:`.encoder`). A text is a safety concern when the patterns flag it (unless both models
  call it harmless), when the ensemble's mean probability passes ``safety_threshold``, or when
  the text model alone is very sure; the categories of an ensemble-only flag come from one
  embedding model per category, and the evidence is the clause the text model rates highest.
- sentiment: a small neural network on the embeddings, blended with the rule score as
  ``rule_weight * rules + (1 - rule_weight) * (2p - 1)``.

Both blends have an exact shortcut, which keeps the backend above 2,000 texts/s on one
core: the encoder (the slow part) only runs on texts whose decision it can change. A rule
score with ``w * |s| - (1 - w) >= b`` keeps its sign, and stays outside the neutral band b,
whatever the encoder says, and a text-model probability ``p <= 2t - 1`` keeps the ensemble
mean at or below the threshold ``t`` (and the text model below its own flagging level). A
pattern hit with the text model at or above the veto level, or one that names the hazard
outright ("a fire hazard"), decides both: it cannot be vetoed, and a safety concern is always
negative.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import joblib
import numpy as np
from scipy.sparse import spmatrix
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier

from assistant.errors import AssistantError
from recommender.feedback.classifier import SentimentClassifier, load_saved
from recommender.feedback.encoder import SentenceEncoder
from recommender.feedback.models import SAFETY_CATEGORIES
from recommender.feedback.text import fold

FILENAME = "semantic.joblib"
RULE_WEIGHT = 0.8
SAFETY_THRESHOLD = 0.55
HIDDEN = 256  # units of the embedding networks' hidden layer
RULE_VETO = 0.2  # a pattern hit is dropped when both safety models are below this
TEXT_SURE = 0.9  # the text model alone flags above this, whatever the network says
SECOND_CATEGORY = 0.9  # a second category is named only when its model is this sure
_CLAUSES = re.compile(r"(?<=[.;:!?])\s+|,\s+|\s+(?:but|pero|mais|and then|y luego|et puis)\s+")


@dataclass
class SemanticSignals:
    """What the learned models say about one text (None: the encoder was not needed)."""

    sentiment: float | None = None  # in [-1, 1]
    safety_probability: float = 0.0  # the ensemble's: the mean of its two models
    safety_highest: float = 0.0  # the higher of the two models' probabilities
    safety_categories: list[str] = field(default_factory=list)
    safety_evidence: list[str] = field(default_factory=list)


@dataclass
class Labelled:
    """Training texts: sentiment 1/0 or None (unknown), safety categories or None (unlabelled)."""

    texts: list[str]
    sentiment: list[int | None]
    safety: list[tuple[str, ...] | None]

    def add(self, text: str, sentiment: str, safety: tuple[str, ...]) -> None:
        """Add one sentence labelled for both (sentiment other than positive/negative: None)."""
        self.texts.append(text)
        self.sentiment.append(int(sentiment == "positive")
                              if sentiment in ("positive", "negative") else None)
        self.safety.append(safety)


class SemanticModel:
    """The learned sentiment and safety models over sentence embeddings and folded text."""

    def __init__(self, *, rule_weight: float = RULE_WEIGHT,
                 safety_threshold: float = SAFETY_THRESHOLD, rule_veto: float = RULE_VETO,
                 c: float = 4.0, text_c: float = 8.0) -> None:
        self.rule_weight = rule_weight
        self.safety_threshold = safety_threshold
        self.rule_veto = rule_veto
        self.c = c
        self.text_c = text_c

    # ------------------------------------------------------------------ training
    def fit(self, data: Labelled, encoder: SentenceEncoder, classifier: SentimentClassifier, *,
            embeddings: np.ndarray | None = None) -> SemanticModel:
        """Fit every model on ``encoder``'s vectors and ``classifier``'s text features;
        ``embeddings`` (one row per text) skips re-encoding."""
        vectors = encoder.encode(data.texts) if embeddings is None else embeddings
        polar = [i for i, y in enumerate(data.sentiment) if y is not None]
        safe = [i for i, s in enumerate(data.safety) if s is not None]
        flags = np.array([int(bool(data.safety[i])) for i in safe])
        if len({data.sentiment[i] for i in polar}) < 2 or len(set(flags.tolist())) < 2:
            raise AssistantError("the semantic models need both sentiment classes and both "
                                 "safe and unsafe sentences")
        self.sentiment_ = _network().fit(vectors[polar],
                                         np.array([data.sentiment[i] for i in polar]))
        self.safety_text_ = LogisticRegression(C=self.text_c, max_iter=3000,
                                               class_weight="balanced").fit(
            classifier.features([fold(data.texts[i]) for i in safe]), flags)
        self.safety_vector_ = _network().fit(vectors[safe], flags)
        self.categories_: dict[str, LogisticRegression] = {}
        for category in SAFETY_CATEGORIES:
            labels = np.array([int(category in (data.safety[i] or ())) for i in safe])
            if labels.sum() >= 3:
                self.categories_[category] = LogisticRegression(
                    C=self.c, max_iter=3000, class_weight="balanced").fit(vectors[safe], labels)
        return self

    # ------------------------------------------------------------------ scoring
    def text_safety(self, features: spmatrix) -> np.ndarray:
        """The cheap text model's safety probability for rows of the classifier's features."""
        self._check()
        if features.shape[0] == 0:
            return np.zeros(0)
        return self.safety_text_.predict_proba(features)[:, 1]

    def sentiment_decided(self, rule_score: float, neutral_band: float = 0.0) -> bool:
        """True when the encoder can neither overturn the rule score's sign nor bring the
        blend within ``neutral_band`` of zero (where it would be called neutral)."""
        return abs(rule_score) * self.rule_weight - (1.0 - self.rule_weight) >= neutral_band

    def safety_decided(self, text_probability: float) -> bool:
        """True when the ensemble mean cannot reach the threshold, whatever the encoder says."""
        return text_probability <= 2.0 * self.safety_threshold - 1.0

    def may_veto(self, text_probability: float) -> bool:
        """True when the models may overrule a pattern hit: the veto needs both models below
        ``rule_veto``, so a text model at or above it keeps the hit whatever the encoder says."""
        return text_probability < getattr(self, "rule_veto", 0.0)

    def encoder_needed(self, rule_score: float, text_probability: float,
                       rule_categories: Sequence[str], neutral_band: float = 0.0, *,
                       explicit: bool = False) -> bool:
        """True when the encoder can change the text's sentiment label or safety verdict.

        A pattern hit that cannot be vetoed (the text model is too sure, or the hazard is named
        outright: ``explicit``) decides both (the text is a safety concern, and a safety
        concern is always negative); otherwise the encoder is needed when either blend is still
        open."""
        if rule_categories:
            return not explicit and self.may_veto(text_probability)
        return not (self.sentiment_decided(rule_score, neutral_band)
                    and self.safety_decided(text_probability))

    def vetoes(self, signal: SemanticSignals) -> bool:
        """True when both safety models are so sure a pattern hit is harmless that it is
        dropped (one sure model is not enough: the network can be confidently wrong)."""
        return signal.safety_highest < getattr(self, "rule_veto", 0.0)

    def blend_sentiment(self, rule_score: float, encoder_score: float | None) -> float:
        """The combined sentiment score (the rule score alone when the encoder did not run)."""
        if encoder_score is None:
            return rule_score
        return self.rule_weight * rule_score + (1.0 - self.rule_weight) * encoder_score

    def signals(self, texts: Sequence[str], vectors: np.ndarray,
                text_probabilities: Sequence[float],
                classifier: SentimentClassifier) -> list[SemanticSignals]:
        """Signals for texts that were encoded (``vectors`` one row per text); ``classifier``
        is the one the models were fitted with (its features locate the evidence)."""
        self._check()
        if not texts:
            return []
        sentiment = 2.0 * _probability(self.sentiment_, vectors) - 1.0
        text = np.asarray(text_probabilities, dtype=float)
        vector = _probability(self.safety_vector_, vectors)
        safety = (text + vector) / 2.0
        highest = np.maximum(text, vector)
        out = [SemanticSignals(sentiment=float(sentiment[i]), safety_probability=float(safety[i]),
                               safety_highest=float(highest[i]))
               for i in range(len(texts))]
        # recall first: when the text model is very sure (the hazard words are there), a
        # network that is sure of the opposite does not overrule it
        flagged = np.flatnonzero((safety > self.safety_threshold) | (text > TEXT_SURE))
        if flagged.size:
            categories = self._categories(vectors[flagged])
            evidence = self._evidence([texts[int(i)] for i in flagged], classifier)
            for k, i in enumerate(flagged):
                out[i].safety_categories = categories[k]
                out[i].safety_evidence = [evidence[k]]
        return out

    def _categories(self, vectors: np.ndarray) -> list[list[str]]:
        names = list(self.categories_)
        scores = np.column_stack([_probability(self.categories_[n], vectors) for n in names])
        out = []
        for row in scores:
            ranked = np.argsort(-row)
            chosen = [names[ranked[0]]]
            if len(ranked) > 1 and row[ranked[1]] > SECOND_CATEGORY:
                chosen.append(names[ranked[1]])
            out.append(chosen)
        return out

    def clause_safety(self, parts: Sequence[Sequence[str]],
                      classifier: SentimentClassifier) -> list[np.ndarray]:
        """The text model's safety probability of each clause in ``parts`` (one list of
        clauses per text, as :func:`clauses` splits them)."""
        flat = [c for group in parts for c in group]
        if not flat:
            return [np.zeros(0) for _ in parts]
        probs = self.text_safety(classifier.features([fold(c) for c in flat]))
        out, at = [], 0
        for group in parts:
            out.append(probs[at:at + len(group)])
            at += len(group)
        return out

    def _evidence(self, texts: list[str], classifier: SentimentClassifier) -> list[str]:
        """For each text, the clause the text model rates most likely to report the harm."""
        parts = [clauses(t) for t in texts]
        return [group[int(np.argmax(probs))]
                for group, probs in zip(parts, self.clause_safety(parts, classifier),
                                        strict=True)]

    # ------------------------------------------------------------------ storage
    def _check(self) -> None:
        if not hasattr(self, "safety_text_"):
            raise AssistantError("the semantic feedback models are not trained yet",
                                 code="not_ready")

    def save(self, directory: Path) -> Path:
        """Write the fitted models into ``directory`` (the encoder ships with its package)."""
        path = Path(directory) / FILENAME
        joblib.dump(self, path)
        return path

    @staticmethod
    def load(directory: Path) -> SemanticModel | None:
        """The models written by :meth:`save`, or None for a version trained without them."""
        path = Path(directory) / FILENAME
        if not path.exists():
            return None
        return load_saved(path, SemanticModel, "the semantic feedback models")


def clauses(text: str) -> list[str]:
    """The clauses of ``text``: its sentences, split again at commas and at "but" (and its
    Spanish and French forms)."""
    return [c.strip() for c in _CLAUSES.split(text) if c and c.strip()] or [text.strip()]


def _network() -> MLPClassifier:
    """The embedding models' network: one hidden layer, weight decay, early stopping on a
    tenth of the data (about 7 times faster to train than running to convergence, with the
    same leave-one-round-out figures within a sentence or two), and a fixed seed (so a
    retrain on the same data gives the same model)."""
    return MLPClassifier((HIDDEN,), alpha=1e-3, max_iter=300, early_stopping=True,
                         random_state=0)


def _probability(model: LogisticRegression | MLPClassifier, vectors: np.ndarray) -> np.ndarray:
    """Positive-class probability of a fitted binary model; a logistic regression is applied
    without input checks (the vectors come straight from the encoder)."""
    if isinstance(model, MLPClassifier):
        return np.asarray(model.predict_proba(vectors)[:, 1])
    logits = vectors @ model.coef_[0] + model.intercept_[0]
    return 1.0 / (1.0 + np.exp(-logits))
