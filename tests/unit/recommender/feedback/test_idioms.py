"""Idioms and negations a marketer's French, Spanish and English reviews are full of."""

from __future__ import annotations

import pytest

from recommender.feedback.analyser import LocalFeedbackAnalyser

CASES = [
    ("Ça vaut pas le coup.", "negative"),
    ("Rien ne fonctionne comme prévu.", "negative"),
    ("C'est du grand n'importe quoi.", "negative"),
    ("Produit de piètre qualité.", "negative"),
    ("Service client aux abonnés absents.", "negative"),
    ("Le ukulélé est injouable.", "negative"),
    ("On ne peut pas faire mieux.", "positive"),
    ("Je ne m'en lasse pas.", "positive"),
    ("Le stylo ne bave pas.", "positive"),
    ("Le support ne bouge pas, même sur les pavés.", "positive"),
    ("Mon chat ne le quitte plus.", "positive"),
    ("Qualité au rendez-vous.", "positive"),
    ("Deja bastante que desear.", "negative"),
    ("Me ha salido rana.", "negative"),
    ("Una porquería, no duró ni una semana.", "negative"),
    ("No me arrepiento de nada, una pasada.", "positive"),
    ("No lo cambio por nada.", "positive"),
    ("Superó mis expectativas.", "positive"),
    ("Does exactly what it says on the tin.", "positive"),
    ("Battery life is a joke.", "negative"),
    ("Doesn't stay put, keeps sliding around.", "negative"),
    ("The pens never smudge.", "positive"),
    ("Killer price for such a sturdy rack.", "positive"),
    ("It looks cheap in real life.", "negative"),
    # sarcasm markers, UK and Quebec slang, a first impression revised later
    ("So thrilled to pay £8 postage for a bookmark, said no one ever.", "negative"),
    ("Everything I used is now behind a paywall. Cheers for that.", "negative"),
    ("Courier rang ahead and carried it upstairs, legends.", "positive"),
    ("Boîte laissée sous la pluie, tout détrempé. Pas fort.", "negative"),
    ("Franchement je m'attendais à pire, la poupée est jolie.", "positive"),
    ("Chapeau au service client, réponse en une heure.", "positive"),
    ("Loved it at first. A week later the zip snapped and the seller vanished.", "negative"),
    ("Au début j'étais déçue. Une semaine plus tard, je l'adore.", "positive"),
]


@pytest.mark.parametrize(("text", "sentiment"), CASES)
def test_idioms_and_negations(lexicon_analyser: LocalFeedbackAnalyser, text: str,
                              sentiment: str) -> None:
    [result] = lexicon_analyser.analyse([text])
    assert result.sentiment == sentiment, (result.score, result.language)


@pytest.mark.parametrize(("text", "lang"), [
    ("Wouldn't bother.", "en"),
    ("Don't bother with the app.", "en"),
    ("Très joli et bien emballé, par contre un peu décevant.", "fr"),
    ("Service rapide et aimable, l'entrée en revanche était fade.", "fr"),
])
def test_the_lexicons_read_advice_to_stay_away_and_two_word_contrasts(text: str,
                                                                      lang: str) -> None:
    """"Wouldn't bother" is not a negated "bother"; after "par contre" / "en revanche" the
    verdict outweighs the praise before it, as after "mais"."""
    from recommender.feedback.sentiment import score_tokens
    from recommender.feedback.text import fold, tokens

    assert score_tokens(tokens(fold(text)), lang).score < 0, text
