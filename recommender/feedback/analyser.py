"""The feedback analyser interface and its local (offline) implementation.

``LocalFeedbackAnalyser`` needs nothing downloaded: lexicons with negation handling for
en/es/fr, blended with the trained classifier when one is registered (kind "feedback"), keyword
themes and recall-first safety patterns. ``build_analyser`` picks the configured backend.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from recommender.feedback.classifier import SentimentClassifier
from recommender.feedback.language import detect_language
from recommender.feedback.models import MAX_TEXT_CHARS, FeedbackAnalysis
from recommender.feedback.safety import detect_safety
from recommender.feedback.sentiment import lexicon, score_tokens
from recommender.feedback.text import fold, tokens
from recommender.feedback.themes import detect_themes, unmet_needs

if TYPE_CHECKING:
    from assistant.settings import Settings

LEXICON_WEIGHT = 0.55
NEUTRAL_BAND = 0.01  # |score| below this is neutral
UNDECIDED = 0.1  # classifier margin below which a text with no lexicon word is neutral
CLASSIFIER_ALONE = 0.6  # shrink the classifier's score when no lexicon word backs it


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


class LocalFeedbackAnalyser:
    """Offline analyser: lexicons + negation, optional trained classifier, themes, safety."""

    def __init__(self, classifier: SentimentClassifier | None = None, *,
                 lexicon_weight: float = LEXICON_WEIGHT) -> None:
        self.classifier = classifier
        self.lexicon_weight = lexicon_weight

    @classmethod
    def from_settings(cls, settings: Settings) -> LocalFeedbackAnalyser:
        """The registry's newest feedback champion when there is one, else lexicons only."""
        from recommender.registry import Registry

        champion = Registry(settings.models_dir).champion("feedback")
        if champion is None:
            return cls()
        import json

        config_path = champion.path / "config.json"
        config = json.loads(config_path.read_text()) if config_path.exists() else {}
        return cls(SentimentClassifier.load(champion.path),
                   lexicon_weight=float(config.get("lexicon_weight", LEXICON_WEIGHT)))

    def analyse(self, texts: list[str]) -> list[FeedbackAnalysis]:
        """Analyse every text; empty ones come back flagged, long ones truncated."""
        prepared = [prepare_text(t) for t in texts]
        folded = [fold(t) if err is None else "" for t, _, err in prepared]
        valid = [i for i, (_, _, err) in enumerate(prepared) if err is None]
        probas: dict[int, float] = {}
        if self.classifier is not None and valid:
            values = self.classifier.positive_proba([folded[i] for i in valid])
            probas = dict(zip(valid, (float(v) for v in values), strict=True))
        out: list[FeedbackAnalysis] = []
        for i, (text, truncated, error) in enumerate(prepared):
            if error is not None:
                out.append(flagged(text, error, truncated=truncated))
                continue
            out.append(self._one(text, folded[i], probas.get(i), truncated))
        return out

    def _one(self, text: str, folded: str, proba: float | None,
             truncated: bool) -> FeedbackAnalysis:
        toks = tokens(folded)
        lang = _language(text, toks)
        lex = score_tokens(toks, lang)
        score, sentiment, confidence = self._blend(lex.score, lex.hits, proba)
        safety = detect_safety(text, folded)
        if safety.categories and score > -0.3:
            score, sentiment = min(score, 0.0) - 0.3, "negative"
            confidence = max(confidence, 0.7)
        themes = detect_themes(folded, sentiment)
        needs = unmet_needs(text, folded)
        if needs:
            themes.append("unmet_need")
        if safety.categories and "product_quality" not in themes:
            themes.insert(0, "product_quality")  # a hazard is a product quality problem too
        return FeedbackAnalysis(
            text=text, language=lang, sentiment=sentiment,  # type: ignore[arg-type]
            score=round(max(-1.0, min(1.0, score)), 4), confidence=round(confidence, 4),
            themes=themes, unmet_needs=needs,  # type: ignore[arg-type]
            safety_concern=bool(safety.categories),
            safety_categories=safety.categories,  # type: ignore[arg-type]
            safety_evidence=safety.evidence, truncated=truncated,
        )

    def _blend(self, lex: float, hits: int, proba: float | None) -> tuple[float, str, float]:
        """(score, sentiment, confidence) from the lexicon score and the classifier.

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
        if neutral:
            return score, "neutral", round(0.5 + 0.4 * (1 - min(1.0, abs(score) / 0.3)), 4)
        sentiment = "positive" if score > 0 else "negative"
        confidence = min(1.0, (0.55 + 0.6 * abs(score)) * agreement)
        return score, sentiment, confidence


def build_analyser(settings: Settings, *, chat_model: Any = None) -> FeedbackAnalyser:
    """The analyser of ``settings.feedback_backend`` ("local" default, or "bedrock")."""
    if settings.feedback_backend == "bedrock":
        from recommender.feedback.bedrock import BedrockFeedbackAnalyser

        return BedrockFeedbackAnalyser.from_settings(settings, model=chat_model)
    return LocalFeedbackAnalyser.from_settings(settings)
