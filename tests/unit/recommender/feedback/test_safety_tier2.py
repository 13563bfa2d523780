"""The second (opt-in) safety tier: harm told through cause and effect, en/es/fr.

Sentences here are new wording written for the tests, not blind-round sentences.
"""

from __future__ import annotations

import pytest

from recommender.feedback.safety import SECOND_TIER, detect_safety
from recommender.feedback.text import fold

CAUSE_AND_EFFECT = [
    ("We had to take him to A&E after the kettle spat on his arm.", "burn_fire"),
    ("The grater slipped and my thumb needed four stitches.", "cut_injury"),
    ("Her eyelids swelled up an hour after the eye cream.", "allergic_reaction"),
    ("The bare wires are poking out of the plug.", "electrical"),
    ("The wheel came off and my toddler had it in his mouth.", "choking"),
    ("The varnish smell gave the whole family headaches.", "toxic_chemical"),
    ("La llave del grifo se soltó y el niño se la metió en la boca.", "choking"),
    ("Después de la crema me salieron ronchas en el cuello.", "allergic_reaction"),
    ("El borde afilado de la bandeja me cortó la mano.", "cut_injury"),
    ("Ma main sur le cordon et j'ai senti des fourmillements, la prise était branchée.",
     "electrical"),
    ("Le bouton du jouet s'est détaché et mon fils l'avait dans la bouche.", "choking"),
    ("L'odeur du spray m'a donné la nausée toute la journée.", "toxic_chemical"),
]

HARMLESS = [
    "My daughter took it to hospital for her week-long stay and it cheered her up.",
    "Our GP recommended this pillow and my neck is much better.",
    "The mug keeps the coffee hot all morning.",
    "The kids assembled the bunk bed in an hour.",
    "The lid came off cleanly, easy to wash.",
    "No rash at all, even on my sensitive skin.",
    "Sin chispas ni olores, el cargador funciona perfecto.",
    "Pas de fumée, pas d'odeur, le radiateur chauffe bien.",
    "Le bleu électrique est magnifique.",
]


@pytest.mark.parametrize(("text", "category"), CAUSE_AND_EFFECT)
def test_second_tier_flags_harm_told_through_cause_and_effect(text: str, category: str) -> None:
    result = detect_safety(text, fold(text), second_tier=True)
    assert category in result.categories
    assert result.evidence  # the marketer sees the sentence that shows it


@pytest.mark.parametrize("text", HARMLESS)
def test_second_tier_leaves_harmless_mentions_alone(text: str) -> None:
    assert detect_safety(text, fold(text), second_tier=True).categories == []


def test_second_tier_is_off_by_default_because_it_failed_the_blind_precision_bar() -> None:
    text = "The bare wires are poking out of the plug."
    assert SECOND_TIER is False
    assert detect_safety(text, fold(text)).categories == []
    assert detect_safety(text, fold(text), second_tier=True).categories == ["electrical"]
