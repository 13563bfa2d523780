"""Which language a message is written in (English, Spanish or French), by stopwords."""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["en", "es", "fr"]



def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORDS: dict[str, frozenset[str]] = {
    "en": _words("the and what which who is are for of to me my show give how why does do "
                    "customer customers products please about with this that in on from she he "
                    "they their her his recommend segment"),
    "es": _words("el la los las y qué que cuál cuáles quién es son para de del al me mi "
                    "muestra muéstrame dame cómo por porqué cliente clientes productos "
                    "sobre con este esta en ella él ellos su recomienda recomiéndame "
                    "segmento hola gracias opiniones comentarios"),
    "fr": _words("le la les et quel quelle quels quelles qui est sont pour de du des au "
                    "moi mon montre montrez donne donnez comment pourquoi client clients "
                    "produits sur avec ce cette dans elle il ils leur recommande "
                    "recommandez segment bonjour merci avis je quoi"),
}
_ACCENTS = {"es": "ñ¿¡áíóú", "fr": "àâçèêëîïôûœ"}


def detect_language(text: str) -> Language:
    """The most likely language of ``text``; English when unsure."""
    lowered = text.lower()
    words = re.findall(r"[a-zà-ÿœ]+", lowered)
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in _WORDS.items()}
    for lang, chars in _ACCENTS.items():
        scores[lang] += 2 * sum(lowered.count(c) for c in chars)
    best = max(("en", "es", "fr"), key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > scores["en"] or best == "en" else "en"  # type: ignore[return-value]
