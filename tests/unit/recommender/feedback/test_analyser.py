"""The local analyser: sentiment with negation, language, themes, unmet needs, bad input."""

from __future__ import annotations

import pytest

from recommender.feedback import FeedbackAnalyser, LocalFeedbackAnalyser
from recommender.feedback.models import MAX_TEXT_CHARS


@pytest.mark.parametrize(("text", "sentiment"), [
    ("Not bad at all, I'd buy it again.", "positive"),
    ("It's not good, the lid doesn't even close.", "negative"),
    ("No me gustó nada.", "negative"),
    ("No está nada mal para el precio.", "positive"),
    ("Pas terrible, je ne le rachèterai pas.", "negative"),
    ("Pas mal du tout !", "positive"),
    ("Je ne peux que le recommander.", "positive"),
    ("Great look but it broke after two days.", "negative"),
    ("Muy buena calidad, me encanta.", "positive"),
    ("Très déçu, arrivé cassé.", "negative"),
])
def test_negations_and_contrasts_in_three_languages(lexicon_analyser: LocalFeedbackAnalyser,
                                                    text: str, sentiment: str) -> None:
    [result] = lexicon_analyser.analyse([text])
    assert result.sentiment == sentiment, (text, result.score)
    assert (result.score > 0) == (sentiment == "positive")


@pytest.mark.parametrize(("text", "sentiment"), [
    ("Delivery took three weeks and nobody replied to my complaint.", "negative"),
    ("They didn't fix the problem.", "negative"),
    ("Nadie respondió a mi queja.", "negative"),
    ("Le SAV ne règle pas le problème.", "negative"),
    ("Never had any problems with it.", "positive"),
    ("The zipper never gave me any trouble.", "positive"),
    ("No tuve ningún problema.", "positive"),
    ("Je n'ai eu aucun problème.", "positive"),
    ("Pas une seule plainte des invités.", "positive"),
])
def test_a_negated_verb_does_not_turn_a_complaint_into_praise(
        lexicon_analyser: LocalFeedbackAnalyser, text: str, sentiment: str) -> None:
    [result] = lexicon_analyser.analyse([text])
    assert result.sentiment == sentiment, (text, result.score)


@pytest.mark.parametrize(("text", "sentiment"), [
    ("Brilliant, the advent calendar turned up on the 20th of December.", "negative"),
    ("Genial, la lámpara llegó sin bombilla y sin instrucciones. Muy práctico.", "negative"),
    ("Parfait, le colis est resté trois semaines au dépôt. Merci beaucoup.", "negative"),
    ("Great, arrived early and looks even better than the photos.", "positive"),
    ("Perfecto, justo lo que buscaba y muy bien embalado.", "positive"),
    ("Super !", "positive"),
])
def test_praise_as_an_opener_before_plain_facts_is_irony(
        lexicon_analyser: LocalFeedbackAnalyser, text: str, sentiment: str) -> None:
    [result] = lexicon_analyser.analyse([text])
    assert result.sentiment == sentiment, (text, result.score)


@pytest.mark.parametrize(("text", "language"), [
    ("The delivery was quick and the mug is lovely.", "en"),
    ("El pedido llegó tarde y la caja estaba rota.", "es"),
    ("La livraison était rapide et le produit est parfait.", "fr"),
    ("Excelente!", "es"),
    ("Das Produkt ist sehr gut und die Lieferung war schnell.", "other"),
])
def test_language_is_detected(lexicon_analyser: LocalFeedbackAnalyser, text: str,
                              language: str) -> None:
    assert lexicon_analyser.analyse([text])[0].language == language


def test_themes_and_unmet_needs_come_from_the_text(
        lexicon_analyser: LocalFeedbackAnalyser) -> None:
    en, es, fr = lexicon_analyser.analyse([
        "Delivery was late and I wish it had a longer cable.",
        "Ojalá tuviera un modo silencioso; el precio es demasiado caro.",
        "Il manque une télécommande et le service client ne répond pas.",
    ])
    assert {"delivery", "unmet_need"} <= set(en.themes) and en.unmet_needs == ["a longer cable"]
    assert {"price_value", "unmet_need"} <= set(es.themes)
    assert es.unmet_needs == ["un modo silencioso"]
    assert {"customer_service", "unmet_need"} <= set(fr.themes)
    assert fr.unmet_needs == ["une télécommande"]


def test_praise_needs_positive_sentiment(lexicon_analyser: LocalFeedbackAnalyser) -> None:
    good, bad = lexicon_analyser.analyse(["Absolutely love it, perfect gift!",
                                          "Not great, not perfect, I do not love it."])
    assert "praise" in good.themes and "praise" not in bad.themes


def test_bad_rows_are_flagged_and_the_rest_still_analysed(
        lexicon_analyser: LocalFeedbackAnalyser) -> None:
    long_text = "Great kettle. " * 500
    results = lexicon_analyser.analyse(["", "   ", long_text, "Terrible, it broke."])
    assert [r.error for r in results[:2]] == ["empty text", "empty text"]
    assert results[2].truncated and len(results[2].text) == MAX_TEXT_CHARS
    assert results[2].sentiment == "positive" and results[2].error is None
    assert results[3].sentiment == "negative"


def test_it_satisfies_the_analyser_protocol() -> None:
    assert isinstance(LocalFeedbackAnalyser(), FeedbackAnalyser)
