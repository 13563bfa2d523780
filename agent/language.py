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
                 "they their her his recommend segment would could should can will any "
                 "there have has was were an it its be been our we you i your"),
    "es": _words("el los las y qué que cuál cuáles quién es son para del al me mi "
                 "muestra muéstrame dame cómo por porqué cliente clientes productos "
                 "sobre con este esta ella él ellos su sus recomienda recomiéndame "
                 "segmento hola gracias opiniones comentarios lo le les una uno unos unas "
                 "está están hay puedes podrías nuestro nuestra nuestros tiene tienen "
                 "también muy pero mejor según"),
    "fr": _words("le les et quel quelle quels quelles qui est sont pour du des au aux "
                 "moi mon ma mes son sa ses montre montrez donne donnez comment pourquoi "
                 "client clients produits sur avec ce cette ces dans elle il ils leur "
                 "recommande recommandez bonjour merci avis je quoi une nous vous votre "
                 "notre nos vos pas plus très aussi peut pouvez selon risque"),
}
_ACCENTS = {"es": "ñ¿¡áíóú", "fr": "àâçèêëîïôûœ"}


def language_scores(text: str) -> dict[str, int]:
    """Evidence for each language: function words and letters seen in ``text``."""
    lowered = text.lower()
    words = re.findall(r"[a-zà-ÿœ]+", lowered)
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in _WORDS.items()}
    for lang, chars in _ACCENTS.items():
        scores[lang] += 2 * sum(lowered.count(c) for c in chars)
    return scores


def detect_language(text: str) -> Language:
    """The most likely language of ``text``; English when unsure."""
    scores = language_scores(text)
    best = max(("en", "es", "fr"), key=lambda lang: (scores[lang], lang == "en"))
    return best  # type: ignore[return-value]


def conversation_language(user_messages: list[str]) -> Language:
    """The language of the last user message that shows one ("17850" alone does not)."""
    for text in reversed(user_messages):
        if any(language_scores(text).values()):
            return detect_language(text)
    return "en"
