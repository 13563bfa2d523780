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
    "es": word_set("""el los las es muy y pero con por para una uno unos unas del al lo tras hacia
        que mi mis su sus este esta esto estos fue era son esta estan no nada tiene tengo hay
        como mas ya pero muy bien mal me se le les ni porque cuando tambien sin despues
        producto llego compre nunca habia tan eso ese esa aqui todo toda todos hasta desde
        sobre estaba estaban estoy ser han ha he hemos nos tu pues donde quien asi ahora
        siempre ademas bastante algo poco mucho mucha muchos nuestro nuestra las unos
        del lo pedido compra hace menos cada solo sola entre durante antes nadie ningun
        ninguna otro otra cuando porque aunque vez veces primera primer"""),
    "fr": word_set("""le les est tres et mais avec pour une des du au aux ce cette ces cet
        c je j il elle nous vous ils mon ma son sa ses ne pas n plus rien tout bien mal
        qui que qu d l sur dans sans apres etait ai ont suis trop vraiment aussi car quand
        produit arrive achete leur leurs avait etaient sont cela ca ici deja encore toujours
        jamais peu beaucoup donc puis alors chez vers parce lorsque toute tous toutes notre
        votre ou dont m s commande achat ni moins chaque seul seule avant lui personne
        aucun aucune autre quelque"""),
    # Other languages, so that German or Italian text is reported as "other".
    "de": word_set("""der das und ist nicht ich mit ein eine sehr aber auch zu den
        war auf fur wir sie hat haben gut"""),
    "it": word_set("""di che molto sono ho anche questo della gli stato prodotto arrivato
        perche buono bello niente tutto"""),
    "pt": word_set("""muito nao com um uma foi produto chegou isso voce obrigado otimo
        ficou tambem"""),
    "nl": word_set("het een niet ik met zeer maar ook op dat"),
}
_INDEX: dict[str, tuple[str, ...]] = {}
for _lang, _words in _WORDS.items():
    for _word in _words:
        _INDEX[_word] = (*_INDEX.get(_word, ()), _lang)
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
        for lang in _INDEX.get(tok, ()):
            scores[lang] += 1.0
    lowered = text.lower()
    if lowered.isascii():
        return _decide_close(scores, tokens, known_word)
    for lang, letters in _LETTERS.items():
        hits = sum(lowered.count(ch) for ch in letters)
        if hits:
            scores[lang] += 1.5 * min(hits, 3)
    if "é" in lowered or "á" in lowered or "ó" in lowered or "í" in lowered:
        # é is common in both; á/ó/í are Spanish, é alone leans French
        es_acc = sum(lowered.count(c) for c in "áóí")
        scores["es"] += 0.6 * min(es_acc, 3)
        scores["fr"] += 0.6 * min(lowered.count("é"), 3)
    return _decide_close(scores, tokens, known_word)


def _decide_close(scores: dict[str, float], tokens: list[str],
                  known_word: Callable[[str, str], bool] | None) -> Language:
    """Best language; when the top two are close, lexicon words break the tie."""
    ranked = sorted(scores, key=lambda k: -scores[k])
    best, second = ranked[0], ranked[1]
    if known_word is not None and scores[best] > 0 and scores[best] - scores[second] < 1.5:
        for lang in ("en", "es", "fr"):
            scores[lang] += 0.75 * sum(1 for t in tokens if known_word(lang, t))
        best = max(scores, key=lambda k: scores[k])
    return _decide(best, scores[best], tokens, known_word)


def _decide(best: str, score: float, tokens: list[str],
            known_word: Callable[[str, str], bool] | None) -> Language:
    if score <= 0.0:
        if known_word is None:
            return "other"
        hits = {lang: sum(1 for t in tokens if known_word(lang, t)) for lang in ("en", "es", "fr")}
        top = max(hits, key=lambda k: hits[k])
        return top if hits[top] else "other"  # type: ignore[return-value]
    return best if best in ("en", "es", "fr") else "other"  # type: ignore[return-value]
