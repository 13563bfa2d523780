"""Language identification for en/es/fr by function words and letters (no model needed)."""

from __future__ import annotations

from collections.abc import Callable

from recommender.feedback.models import Language
from recommender.feedback.text import word_set

# Common function words, accents folded. Words shared by two languages are left out.
_WORDS: dict[str, frozenset[str]] = {
    "en": word_set("""the and is it this was i my to of with for not that but very you
        they have has had be were are at on so just would will don't didn't doesn't isn't wasn't
        it's i'm i've can't won't from what all after its after really too an or our
        their them when which if than been only also any because could should"""),
    "es": word_set("""el los las es muy y pero con por para una uno unos unas del al lo
        que mi mis su sus este esta esto estos fue era son esta estan no nada tiene tengo hay
        como mas ya pero muy bien mal me se le les ni porque cuando tambien sin despues
        producto llego compre"""),
    "fr": word_set("""le les est tres et mais avec pour un une des du au aux ce cette ces
        c je j il elle nous vous ils mon ma mes son sa ses ne pas n plus rien tout bien mal
        qui que qu d l sur dans sans apres etait ai a ont suis trop vraiment aussi car quand
        produit arrive achete"""),
    # Other languages, so that German or Italian text is reported as "other".
    "de": word_set("""der die das und ist nicht ich mit ein eine sehr aber auch zu den
        es war auf fur wir sie hat haben gut"""),
    "it": word_set("""il di che e la molto non per con una sono ho ma anche questo
        della del gli stato prodotto arrivato"""),
    "pt": word_set("""o os as e muito nao com para um uma do da que foi mas produto
        chegou bom isso voce"""),
    "nl": word_set("""de het een en is niet ik met van zeer maar ook op dat was"""),
}
# Shared words ("a", "de", "la", "en") are deliberately missing above; these letters decide.
_LETTERS: dict[str, str] = {"es": "ñ¿¡", "fr": "çœèêàùâîûë", "de": "äöüß", "pt": "ãõ"}


def detect_language(text: str, tokens: list[str],
                    known_word: Callable[[str, str], bool] | None = None) -> Language:
    """The language of a text (its folded tokens given) among en/es/fr, else "other".

    With no function word or telltale letter at all ("Excelente!"), ``known_word(lang, token)``
    (e.g. "is it in that language's sentiment lexicon?") decides when given.
    """
    scores: dict[str, float] = dict.fromkeys(_WORDS, 0.0)
    for tok in tokens:
        for lang, words in _WORDS.items():
            if tok in words:
                scores[lang] += 1.0
    lowered = text.lower()
    for lang, letters in _LETTERS.items():
        hits = sum(lowered.count(ch) for ch in letters)
        if hits:
            scores[lang] += 1.5 * min(hits, 3)
    if "é" in lowered or "á" in lowered or "ó" in lowered or "í" in lowered:
        # é is common in both; á/ó/í are Spanish, é alone leans French
        es_acc = sum(lowered.count(c) for c in "áóí")
        scores["es"] += 0.6 * min(es_acc, 3)
        scores["fr"] += 0.6 * min(lowered.count("é"), 3)
    best = max(scores, key=lambda k: scores[k])
    if scores[best] <= 0.0:
        if known_word is None:
            return "other"
        hits = {lang: sum(1 for t in tokens if known_word(lang, t)) for lang in ("en", "es", "fr")}
        top = max(hits, key=lambda k: hits[k])
        return top if hits[top] else "other"  # type: ignore[return-value]
    return best if best in ("en", "es", "fr") else "other"  # type: ignore[return-value]
