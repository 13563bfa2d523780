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
]


@pytest.mark.parametrize(("text", "sentiment"), CASES)
def test_idioms_and_negations(lexicon_analyser: LocalFeedbackAnalyser, text: str,
                              sentiment: str) -> None:
    [result] = lexicon_analyser.analyse([text])
    assert result.sentiment == sentiment, (result.score, result.language)
