"""The feedback analyser interface and its local (offline) implementation.

``LocalFeedbackAnalyser`` needs nothing downloaded: lexicons with negation handling for
en/es/fr, blended with the trained classifier when one is registered (kind "feedback"), keyword
themes and recall-first safety patterns. ``build_analyser`` picks the configured backend.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np
from scipy.sparse import spmatrix

from recommender.feedback.classifier import FILENAME as CLASSIFIER_FILE
from recommender.feedback.classifier import SentimentClassifier
from recommender.feedback.encoder import SentenceEncoder, default_encoder
from recommender.feedback.language import detect_language
from recommender.feedback.models import MAX_TEXT_CHARS, FeedbackAnalysis
from recommender.feedback.safety import SafetyResult, detect_safety, former_product
from recommender.feedback.semantic import SemanticModel, SemanticSignals, clauses
from recommender.feedback.sentiment import ironic_opener, lexicon, score_tokens
from recommender.feedback.text import fold, tokens
from recommender.feedback.themes import detect_themes, unmet_needs

if TYPE_CHECKING:
    from assistant.settings import Settings

LEXICON_WEIGHT = 0.55
NEUTRAL_BAND = 0.01  # |score| below this is neutral
UNDECIDED = 0.1  # classifier margin below which a text with no lexicon word is neutral
CLASSIFIER_ALONE = 0.6  # shrink the classifier's score when no lexicon word backs it
ENCODER_UNDECIDED = 0.2  # a text the rules call neutral stays neutral below this encoder margin


@runtime_checkable
class FeedbackAnalyser(Protocol):
    """Anything that turns texts into one :class:`FeedbackAnalysis` each, in order."""

    def analyse(self, texts: list[str]) -> list[FeedbackAnalysis]:
        """Analyse texts; a bad text gives a flagged row (``error`` set), never an exception."""
        ...


def prepare_text(text: Any) -> tuple[str, bool, str | None]:
    """(text to analyse, truncated?, error) for one raw input value."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return "", False, "empty text"
    if not isinstance(text, str):
        text = str(text)
    if not text.strip():
        return "", False, "empty text"
    if len(text) > MAX_TEXT_CHARS:
        return text[:MAX_TEXT_CHARS], True, None
    return text, False, None


def flagged(text: str, error: str, *, truncated: bool = False) -> FeedbackAnalysis:
    """The row returned for a text that cannot be analysed."""
    return FeedbackAnalysis(text=text, language="other", sentiment="neutral", score=0.0,
                            confidence=0.0, truncated=truncated, error=error)


def _known_word(lang: str, token: str) -> bool:
    return bool(lexicon(lang).word(token))


def _language(text: str, toks: list[str]) -> str:
    return detect_language(text, toks, _known_word)


@dataclass
class _RuleView:
    """The rule stage's reading of one text: language, score and how sure it is."""

    lang: str
    score: float
    agreement: float
    neutral: bool
    safety: SafetyResult
    ironic: bool = False  # praise as an opener before a body that is not praise


class LocalFeedbackAnalyser:
    """Offline analyser: lexicons + negation, the trained classifier, themes, safety patterns,
    and (when trained) the paraphrase-aware semantic models over sentence embeddings."""

    def __init__(self, classifier: SentimentClassifier | None = None, *,
                 lexicon_weight: float = LEXICON_WEIGHT, semantic: SemanticModel | None = None,
                 encoder: SentenceEncoder | None = None) -> None:
        self.classifier = classifier
        self.lexicon_weight = lexicon_weight
        self.semantic = semantic
        self._encoder = encoder

    @property
    def encoder(self) -> SentenceEncoder:
        """The sentence encoder (the process-wide real one unless one was passed in)."""
        if self._encoder is None:
            self._encoder = default_encoder()
        return self._encoder

    @classmethod
    def from_settings(cls, settings: Settings, *,
                      encoder: SentenceEncoder | None = None) -> LocalFeedbackAnalyser:
        """The registry's newest feedback champion when there is one, else lexicons only."""
        from recommender.registry import Registry

        champion = Registry(settings.models_dir).champion("feedback")
        if champion is None:
            return cls(encoder=encoder)
        return cls.from_directory(champion.path, encoder=encoder)

    @classmethod
    def from_directory(cls, directory: Path, *,
                       encoder: SentenceEncoder | None = None) -> LocalFeedbackAnalyser:
        """The analyser whose trained parts were saved in ``directory`` (a model version); a
        part that is missing is left out (no classifier: the lexicons alone score sentiment)."""
        config_path = directory / "config.json"
        config = json.loads(config_path.read_text()) if config_path.exists() else {}
        classifier = (SentimentClassifier.load(directory)
                      if (directory / CLASSIFIER_FILE).exists() else None)
        return cls(classifier,
                   lexicon_weight=float(config.get("lexicon_weight", LEXICON_WEIGHT)),
                   semantic=SemanticModel.load(directory), encoder=encoder)

    def analyse(self, texts: list[str]) -> list[FeedbackAnalysis]:
        """Analyse every text; empty ones come back flagged, long ones truncated."""
        prepared = [prepare_text(t) for t in texts]
        folded = [fold(t) if err is None else "" for t, _, err in prepared]
        valid = [i for i, (_, _, err) in enumerate(prepared) if err is None]
        probas: dict[int, float] = {}
        features = None
        if self.classifier is not None and valid:
            features = self.classifier.features([folded[i] for i in valid])
            values = self.classifier.proba_from_features(features)
            probas = dict(zip(valid, (float(v) for v in values), strict=True))
        views = {i: self._rules(prepared[i][0], folded[i], probas.get(i)) for i in valid}
        signals = self._signals([prepared[i][0] for i in valid], features,
                                [views[i] for i in valid])
        signal_of = dict(zip(valid, signals, strict=True))
        out: list[FeedbackAnalysis] = []
        for i, (text, truncated, error) in enumerate(prepared):
            if error is not None:
                out.append(flagged(text, error, truncated=truncated))
                continue
            out.append(self._finish(text, folded[i], views[i], signal_of[i], truncated))
        return out

    def _signals(self, texts: list[str], features: spmatrix | None,
                 views: list[_RuleView]) -> list[SemanticSignals | None]:
        """Semantic signals, encoding only the texts whose decision the encoder can change."""
        if self.semantic is None or self.classifier is None or features is None or not texts:
            return [None] * len(texts)
        semantic = self.semantic
        text_p = _hit_clauses(semantic, self.classifier, texts, semantic.text_safety(features),
                              views)
        need = [i for i, (view, p) in enumerate(zip(views, text_p, strict=True))
                if semantic.encoder_needed(view.score, float(p), view.safety.categories,
                                           NEUTRAL_BAND, explicit=view.safety.explicit)]
        out: list[SemanticSignals | None] = [None] * len(texts)
        if need:
            vectors = self.encoder.encode([texts[i] for i in need])
            signals = semantic.signals([texts[i] for i in need], vectors,
                                       [text_p[i] for i in need], self.classifier)
            for i, signal in zip(need, signals, strict=True):
                out[i] = signal
        return out

    def _one(self, text: str, folded: str, proba: float | None,
             truncated: bool) -> FeedbackAnalysis:
        """One text through the rule stage only (used to tune the lexicon weight)."""
        return self._finish(text, folded, self._rules(text, folded, proba), None, truncated)

    def _rules(self, text: str, folded: str, proba: float | None) -> _RuleView:
        toks = tokens(folded)
        lang = _language(text, toks)
        lex = score_tokens(toks, lang)
        score, agreement, neutral = self._blend(lex.score, lex.hits, proba)
        return _RuleView(lang, score, agreement, neutral, detect_safety(text, folded),
                         ironic_opener(toks, lang))

    def _finish(self, text: str, folded: str, view: _RuleView, signal: SemanticSignals | None,
                truncated: bool) -> FeedbackAnalysis:
        score, agreement, neutral = view.score, view.agreement, view.neutral
        if signal is not None and signal.sentiment is not None and self.semantic is not None:
            score = self.semantic.blend_sentiment(view.score, signal.sentiment)
            if (score >= 0) != (view.score >= 0) or (view.score >= 0) != (signal.sentiment >= 0):
                agreement *= 0.85
            neutral = (neutral and abs(signal.sentiment) < ENCODER_UNDECIDED) \
                or abs(score) < NEUTRAL_BAND
        sentiment, confidence = _label(score, agreement, neutral)
        if view.ironic and sentiment != "negative":  # "Genial, llegó el 15 de enero."
            score, sentiment, confidence = _negative(score), "negative", 0.6
        categories, evidence = list(view.safety.categories), list(view.safety.evidence)
        if categories and not view.safety.explicit and signal is not None \
                and self.semantic is not None and self.semantic.vetoes(signal):
            categories, evidence = [], []  # "a thriller about a poisoning": the models disagree
        if not categories and signal is not None and signal.safety_categories \
                and not _about_former_product(folded, signal.safety_evidence):
            categories, evidence = list(signal.safety_categories), list(signal.safety_evidence)
        if categories and score > -0.3:  # always negative (the encoder shortcut relies on it)
            score, sentiment = _negative(score), "negative"
            confidence = max(confidence, 0.7)
        themes = detect_themes(folded, sentiment)
        needs = unmet_needs(text, folded)
        if needs:
            themes.append("unmet_need")
        if categories and "product_quality" not in themes:
            themes.insert(0, "product_quality")  # a hazard is a product quality problem too
        return FeedbackAnalysis(
            text=text, language=view.lang, sentiment=sentiment,  # type: ignore[arg-type]
            score=round(max(-1.0, min(1.0, score)), 4), confidence=round(confidence, 4),
            themes=themes, unmet_needs=needs,  # type: ignore[arg-type]
            safety_concern=bool(categories),
            safety_categories=categories,  # type: ignore[arg-type]
            safety_evidence=evidence, truncated=truncated,
        )

    def _blend(self, lex: float, hits: int, proba: float | None) -> tuple[float, float, bool]:
        """(score, agreement, neutral?) from the lexicon score and the classifier.

        Neutral is kept for texts with no sentiment evidence at all (no lexicon word and an
        undecided classifier): opinionated text always gets a side.
        """
        if proba is None:
            score, agreement = lex, 1.0
            neutral = hits == 0 or abs(lex) < NEUTRAL_BAND
        else:
            clf = 2.0 * proba - 1.0
            if hits:
                score = self.lexicon_weight * lex + (1.0 - self.lexicon_weight) * clf
                agreement = 1.0 if (lex >= 0) == (clf >= 0) else 0.75
            else:
                score, agreement = CLASSIFIER_ALONE * clf, 0.85
            neutral = (hits == 0 and abs(clf) < UNDECIDED) or abs(score) < NEUTRAL_BAND
        return score, agreement, neutral


def _hit_clauses(semantic: SemanticModel, classifier: SentimentClassifier, texts: list[str],
                 text_p: np.ndarray, views: list[_RuleView]) -> np.ndarray:
    """``text_p`` with each vetoable pattern hit raised to the text model's probability of
    the clause that holds the hit, when that is higher.

    A praising tail dilutes the whole text ("The kettle caught fire on the second day, I
    love the colour though" scores 0.18) but not the clause that reports the harm, so the
    veto can be wide for look-alikes without dropping such reports. Only the veto changes:
    a hit that is not vetoed keeps its pattern categories, and a vetoed one stays below
    the flagging threshold either way."""
    open_hits = [i for i, (view, p) in enumerate(zip(views, text_p, strict=True))
                 if view.safety.categories and not view.safety.explicit
                 and semantic.may_veto(float(p))]
    if not open_hits:
        return text_p
    parts = [[c for c in clauses(texts[i]) if detect_safety(c, fold(c)).categories]
             for i in open_hits]
    raised = np.array(text_p, dtype=float)
    for i, probs in zip(open_hits, semantic.clause_safety(parts, classifier), strict=True):
        if len(probs):
            raised[i] = max(raised[i], float(probs.max()))
    return raised


def _about_former_product(folded: str, evidence: list[str]) -> bool:
    """True when the models' evidence tells of a former product set against this one ("la
    taza que tenía antes me quemaba la mano; esta se mantiene fresquita"): the rule that
    clears such pattern hits applies to the models' flags too."""
    for span in evidence:
        at = folded.find(fold(span))
        if at >= 0 and former_product(folded, at, at + len(span.rstrip(".;:!?, "))):
            return True
    return False


def _negative(score: float) -> float:
    """The score of a text the rules call negative whatever it scored (irony, a hazard)."""
    return min(score, 0.0) - 0.3


def _label(score: float, agreement: float, neutral: bool) -> tuple[str, float]:
    """(sentiment, confidence) for a score."""
    if neutral:
        return "neutral", round(0.5 + 0.4 * (1 - min(1.0, abs(score) / 0.3)), 4)
    sentiment = "positive" if score > 0 else "negative"
    return sentiment, min(1.0, (0.55 + 0.6 * abs(score)) * agreement)


def build_analyser(settings: Settings, *, chat_model: Any = None) -> FeedbackAnalyser:
    """The analyser of ``settings.feedback_backend`` ("local" default, or "bedrock")."""
    if settings.feedback_backend == "bedrock":
        from recommender.feedback.bedrock import BedrockFeedbackAnalyser

        return BedrockFeedbackAnalyser.from_settings(settings, model=chat_model)
    return LocalFeedbackAnalyser.from_settings(settings)
