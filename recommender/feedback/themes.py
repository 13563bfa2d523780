"""Themes from the fixed taxonomy and unmet-need phrases, by keyword patterns in en/es/fr.

Patterns run on folded text in all three languages at once. ``praise`` needs a positive
sentiment as well as a praise word, so "not great" is never praise.
"""

from __future__ import annotations

import re

_THEMES: dict[str, list[str]] = {
    "delivery": [
        r"deliver\w*", r"shipping", r"shipped", r"shipment", r"arriv\w*", r"courier",
        r"dispatch\w*", r"postage", r"in transit", r"tracking", r"took (?:\w+ )?(?:weeks|days)",
        r"entrega\w*", r"envio\w*", r"enviad\w*", r"llego", r"llegaron", r"llegado",
        r"repartidor\w*", r"mensajer\w*", r"transportista", r"tardo", r"tardaron", r"retraso\w*",
        r"seguimiento", r"paquete",
        r"livraison\w*", r"livre", r"livree", r"livreur\w*", r"arrive\w*", r"colis", r"expedi\w*",
        r"transporteur", r"retard\w*", r"recu", r"reception",
    ],
    "damaged_item": [
        r"damaged?", r"arrived (?:\w+ )?(?:broken|cracked|smashed|dented|torn)",
        r"broken on arrival", r"cracked", r"dented", r"shattered", r"smashed", r"scratched",
        r"torn", r"dan(?:ado|ada|ados|adas)", r"llego (?:\w+ )?(?:roto|rota|rotos|rotas|"
        r"rajad\w*|golpead\w*)", r"rajad\w*", r"golpead\w*", r"rayad\w*", r"abollad\w*",
        r"agrietad\w*", r"endommag\w*", r"arrive\w* (?:\w+ )?(?:casse\w*|abime\w*|fissure\w*)",
        r"abime\w*", r"fissur\w*", r"raye\w*", r"ebrech\w*", r"cabosse\w*",
    ],
    "product_quality": [
        r"quality", r"flimsy", r"sturdy", r"durable", r"well made", r"cheaply made", r"broke",
        r"stopped working", r"fell apart", r"defective", r"faulty", r"material\w*",
        r"(?:doesn't|does not|didn't|did not) work", r"works? (?:great|well|perfectly)",
        r"calidad", r"material\w*", r"fragil", r"resistente", r"se rompio", r"dejo de funcionar",
        r"defectuos\w*", r"no funciona", r"funciona (?:muy )?bien", r"acabado\w*",
        r"qualite", r"fragile", r"solide", r"s'est casse\w*", r"ne fonctionne (?:pas|plus)",
        r"ne marche (?:pas|plus)", r"defectueu\w*", r"finition\w*", r"fonctionne (?:tres )?bien",
    ],
    "price_value": [
        r"price\w*", r"expensive", r"overpriced", r"pricey", r"value", r"worth", r"money",
        r"bargain", r"cheap(?:er)?", r"cost\w*", r"afford\w*",
        r"precio\w*", r"caro\w*", r"cara", r"barat\w*", r"vale la pena", r"dinero", r"coste",
        r"economic\w*", r"oferta",
        r"prix", r"cher\w*", r"bon marche", r"rapport qualite", r"vaut", r"argent", r"cout\w*",
        r"economi\w*", r"tarif\w*",
    ],
    "packaging": [
        r"packag\w*", r"box(?:es)?", r"wrap\w*", r"packed", r"packing", r"bubble wrap",
        r"embalaje\w*", r"empaque\w*", r"empaquetad\w*", r"caja\w*", r"envoltorio\w*",
        r"embal\w*", r"emballage\w*", r"boite\w*", r"carton\w*", r"emballe\w*",
    ],
    "customer_service": [
        r"customer (?:service|support|care)", r"support", r"staff", r"seller", r"vendor",
        r"replied", r"reply", r"respon\w*", r"helpful", r"rude", r"service", r"waiter\w*",
        r"waitress\w*", r"manager",
        r"atencion al cliente", r"servicio", r"soporte", r"vendedor\w*", r"respuesta\w*",
        r"respond\w*", r"atencion", r"personal", r"camarer\w*",
        r"service client", r"sav", r"vendeur\w*", r"reponse\w*", r"repond\w*", r"accueil",
        r"personnel", r"serveur\w*",
    ],
    "refund_returns": [
        r"refund\w*", r"return\w*", r"exchang\w*", r"money back", r"replacement", r"send it back",
        r"sent it back", r"reembols\w*", r"devoluc\w*", r"devolv\w*", r"devolvi\w*", r"cambio",
        r"rembours\w*", r"retour\w*", r"renvoy\w*", r"echang\w*", r"renvoi",
    ],
    "size_fit": [
        r"size\w*", r"sizing", r"fits?", r"fitted", r"too (?:small|big|large|tight|loose|short|"
        r"long|narrow|wide)", r"tight", r"loose", r"runs (?:small|large|big)",
        r"talla\w*", r"tamano", r"me queda\w*", r"le queda\w*", r"(?:muy|demasiado) "
        r"(?:pequen\w*|grande\w*|ajustad\w*|holgad\w*|estrech\w*)", r"ajusta\w*",
        r"taille\w*", r"trop (?:petit|grand|serre|large|court|long|etroit)\w*", r"serre\w*",
        r"ajuste\w*", r"pointure",
    ],
    "praise": [
        r"love\w*", r"great", r"excellent", r"amazing", r"perfect\w*", r"recommend\w*",
        r"fantastic", r"wonderful", r"best", r"awesome", r"brilliant", r"superb", r"delighted",
        r"encant\w*", r"excelente\w*", r"perfect\w*", r"recomiend\w*", r"genial\w*", r"maravill\w*",
        r"fantastic\w*", r"estupend\w*", r"me gust\w*",
        r"ador\w*", r"parfait\w*", r"recommand\w*", r"super", r"top", r"merveill\w*",
        r"genial\w*", r"excellen\w*", r"ravi\w*", r"bravo",
    ],
}
_THEME_RE = {t: re.compile(r"\b(?:" + "|".join(p) + r")\b") for t, p in _THEMES.items()}

_NEED_TRIGGERS = [
    r"i wish (?:it|they|there|this)? ?(?:had|was|were|came with|would|could|did)",
    r"wish (?:it|they) (?:had|came with)", r"would be (?:nice|great|better|good|helpful) "
    r"(?:if (?:it|they) (?:had|came with|were|was)|to have)", r"would love (?:it if|to see|to have)",
    r"(?:it|they|this|the \w+) (?:lacks?|is missing|are missing|doesn't have|does not have|"
    r"didn't come with|did not come with|should have|should come with|needs?)",
    r"there (?:is|was|'s) no", r"no option (?:to|for)", r"lacks?", r"missing",
    r"ojala (?:tuviera|tuviese|viniera|trajera|fuera|tenga|incluyera)",
    r"me gustaria que (?:tuviera|viniera|fuera|trajera|incluyera)",
    r"(?:le|les) falta(?:n|ba|ria)?", r"falta(?:n|ba)?", r"echo de menos",
    r"(?:no tiene|no trae|no incluye|no viene con)", r"deberia (?:tener|traer|incluir|venir con)",
    r"seria (?:genial|bueno|mejor|ideal|util) (?:que|si) (?:tuviera|viniera|fuera|trajera)",
    r"no hay (?:opcion|forma|manera) de",
    r"j'aurais (?:aime|prefere) (?:qu'il y ait|avoir|qu'il|qu'elle)?",
    r"il (?:manque|manquait)", r"manque(?: de| d'| un| une)?",
    r"(?:il|elle) n'a pas (?:de|d')", r"dommage qu'il n'y (?:ait|a) pas(?: de| d')?",
    r"j'aimerais (?:qu'il|qu'elle|avoir|pouvoir)?", r"(?:devrait|devraient) (?:avoir|inclure)",
    r"ce serait (?:bien|mieux|top|genial|pratique) (?:d'avoir|de pouvoir|qu'il y ait|si)",
    r"pas de (?:possibilite|option) (?:de|pour)", r"aucune option (?:de|pour)",
]
_NEED_RE = re.compile(r"\b(?:" + "|".join(_NEED_TRIGGERS) + r")\b\s*([^.,;!?()\n]{3,80})")
_MAX_NEED_WORDS = 8
_NEED_END = re.compile(r"\s(?:and|but|because|so|which|y|pero|porque|aunque|et|mais|car|donc|"
                       r"parce)\s")


def detect_themes(folded: str, sentiment: str) -> list[str]:
    """Themes mentioned in folded text (praise only when the sentiment is positive)."""
    found = [t for t, rx in _THEME_RE.items() if t != "praise" and rx.search(folded)]
    if sentiment == "positive" and _THEME_RE["praise"].search(folded):
        found.append("praise")
    return found


def unmet_needs(text: str, folded: str) -> list[str]:
    """Short phrases naming what customers miss ("a longer cable", "un mode silencieux")."""
    needs: list[str] = []
    for match in _NEED_RE.finditer(folded):
        start, end = match.span(1)
        cut = _NEED_END.search(folded, start, end)
        if cut:
            end = cut.start()
        words = text[start:end].split()[:_MAX_NEED_WORDS]
        phrase = " ".join(words).strip(" '\"")
        if len(phrase) >= 3 and phrase not in needs:
            needs.append(phrase)
    return needs
