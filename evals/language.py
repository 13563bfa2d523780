"""A compact en/es/fr language detector for questions and answers (function words + letters).

Product names in capitals, quoted text, numbers and ids are ignored, so a Spanish answer
listing English product names is still Spanish.
"""

from __future__ import annotations

import re
import unicodedata


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORDS: dict[str, frozenset[str]] = {
    "en": _words("""the and is are was were this that these those what which who why how
        should would could can will do does did have has had not with for from your our their
        they them she he it its of to in on at be been about into than then there here any
        please give me show tell my we you i an or but if so all also most more only next
        customer customers product products recommend segment"""),
    "es": _words("""el los las es son muy y pero con por para una uno unos unas del al lo
        que mi mis su sus este esta esto estos estas fue era estan tiene tienen hay como mas
        ya bien mal me se le les ni porque cuando tambien sin despues cual cuales donde quien
        deberiamos podemos puedes recomendarias dame segun nuestra nuestro nuestros cliente
        clientes productos segmento recomendaciones opinion politica sobre aqui tiene esta"""),
    "fr": _words("""le les est sont tres et mais avec pour un une des du au aux ce cette
        ces je il elle nous vous ils mon ma mes son sa ses ne pas plus rien tout bien mal qui
        que quel quelle quels quelles sur dans sans apres etait ai ont suis trop aussi car
        quand pourquoi combien votre notre nos vos client clients produits segment selon
        recommandations recommander risque donne moi voici peut pouvons devrions"""),
}
_LETTERS: dict[str, str] = {"es": "ñ¿¡", "fr": "çœèêàùâîûë"}
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")


def _fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text)
                   if unicodedata.category(ch) != "Mn")


def language_scores(text: str) -> dict[str, float]:
    """Evidence for each language (function words, plus telling letters)."""
    text = _QUOTED.sub(" ", text)
    scores = dict.fromkeys(_WORDS, 0.0)
    for raw in _TOKEN.findall(text):
        if raw.isupper() and len(raw) > 1:  # product names, acronyms
            continue
        for part in _fold(raw.lower()).split("'"):
            for lang, words in _WORDS.items():
                if part in words:
                    scores[lang] += 1.0
    lowered = text.lower()
    for lang, letters in _LETTERS.items():
        scores[lang] += 1.5 * min(sum(lowered.count(ch) for ch in letters), 4)
    scores["es"] += 0.5 * min(sum(lowered.count(ch) for ch in "áóíú"), 4)
    scores["fr"] += 0.5 * min(lowered.count("é"), 4)
    return scores


def detect_language(text: str, *, min_score: float = 2.0) -> str | None:
    """'en', 'es' or 'fr'; None when the text gives too little evidence to tell."""
    scores = language_scores(text)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < min_score or top - second < 1.0:
        return None
    return best
