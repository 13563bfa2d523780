"""The en/es/fr detector the language check relies on."""

from __future__ import annotations

import pytest

from evals.language import detect_language


@pytest.mark.parametrize(("text", "lang"), [
    ("What should we recommend to customer 12347?", "en"),
    ("Top picks for customer 12583 please", "en"),
    ("¿Qué productos deberíamos recomendar al cliente 12347?", "es"),
    ("Dame 4 recomendaciones para el cliente 12583, por favor.", "es"),
    ("Dans quel segment se trouve le client 12347 ?", "fr"),
    ("Quel temps fera-t-il à Paris demain ?", "fr"),
    # product names in capitals and quoted text do not decide the language
    ("Voici les produits pour le client 17850 : WHITE HANGING HEART T-LIGHT HOLDER [1]", "fr"),
    ('El cliente dijo: "the mug arrived broken and the service was bad" y está molesto.', "es"),
])
def test_detects_the_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_too_little_text_is_undecided() -> None:
    assert detect_language("12347") is None
    assert detect_language("WHITE HANGING HEART") is None
