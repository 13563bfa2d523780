"""Feedback sentences the generator draws from: (planted themes, sentiment, safety, text).

Written for this project in English, Spanish and French; ``{p}`` is the product name.
"""

from __future__ import annotations

Template = tuple[tuple[str, ...], str, tuple[str, ...], str]

TEMPLATES: dict[str, list[Template]] = {
    "en": [
        (("delivery",), "negative", (), "The {p} arrived two weeks late and nobody told me why."),
        (("delivery", "praise"), "positive", (), "Fast delivery, the {p} came the next day. "
         "Love it!"),
        (("damaged_item",), "negative", (), "My {p} arrived cracked and unusable."),
        (("product_quality",), "negative", (), "The {p} feels flimsy and broke after a week."),
        (("product_quality", "praise"), "positive", (), "Really sturdy {p}, excellent quality."),
        (("price_value",), "negative", (), "Far too expensive for what the {p} is."),
        (("price_value", "praise"), "positive", (), "Great value for money, the {p} is lovely."),
        (("packaging",), "negative", (), "The {p} came in a flimsy box with no padding at all."),
        (("customer_service",), "negative", (), "Customer service never answered my emails "
         "about the {p}."),
        (("customer_service", "praise"), "positive", (), "The support team was friendly and "
         "helpful with my {p} order."),
        (("refund_returns",), "negative", (), "I returned the {p} a month ago and I am still "
         "waiting for my refund."),
        (("size_fit",), "negative", (), "The {p} is much too small, the sizes are wrong."),
        (("unmet_need",), "neutral", (), "I wish it had a bigger version of the {p}."),
        (("unmet_need",), "negative", (), "Nice idea but it is missing a hook to hang the {p}."),
        (("praise",), "positive", (), "Absolutely love the {p}, my customers adore it!"),
        ((), "neutral", (), "Ordered the {p} for the shop."),
        (("product_quality",), "negative", ("burn_fire",), "The {p} overheated and started "
         "smoking on the table."),
        (("product_quality",), "negative", ("choking",), "Small parts came off the {p} and my "
         "toddler nearly choked."),
        (("product_quality",), "negative", ("cut_injury",), "The {p} has sharp edges, I cut my "
         "finger unpacking it."),
        (("product_quality",), "negative", ("toxic_chemical",), "The {p} gives off a strong "
         "chemical smell that gave me a headache."),
    ],
    "es": [
        (("delivery",), "negative", (), "El {p} llegó con dos semanas de retraso."),
        (("delivery", "praise"), "positive", (), "Entrega rapidísima, el {p} me encanta."),
        (("damaged_item",), "negative", (), "El {p} llegó roto y rayado."),
        (("product_quality",), "negative", (), "El {p} es de mala calidad, se rompió enseguida."),
        (("product_quality", "praise"), "positive", (), "Muy buena calidad, el {p} es "
         "resistente y precioso."),
        (("price_value",), "negative", (), "Demasiado caro para lo que es el {p}."),
        (("packaging",), "negative", (), "El embalaje del {p} era muy pobre, la caja venía "
         "abierta."),
        (("customer_service",), "negative", (), "El servicio al cliente no responde sobre "
         "mi {p}."),
        (("refund_returns",), "negative", (), "Devolví el {p} y todavía espero el reembolso."),
        (("size_fit",), "negative", (), "El {p} es demasiado pequeño, el tamaño no es el "
         "indicado."),
        (("unmet_need",), "neutral", (), "Ojalá tuviera más colores el {p}."),
        (("praise",), "positive", (), "¡Me encanta el {p}! Lo recomiendo sin duda."),
        ((), "neutral", (), "Compré el {p} para la tienda."),
        (("product_quality",), "negative", ("allergic_reaction",), "Después de usar el {p} "
         "me salió un sarpullido en las manos."),
        (("product_quality",), "negative", ("electrical",), "El {p} echó chispas al "
         "enchufarlo."),
    ],
    "fr": [
        (("delivery",), "negative", (), "Le {p} est arrivé avec deux semaines de retard."),
        (("delivery", "praise"), "positive", (), "Livraison rapide et le {p} est parfait."),
        (("damaged_item",), "negative", (), "Le {p} est arrivé cassé, très déçu."),
        (("product_quality",), "negative", (), "Le {p} est de mauvaise qualité, il s'est "
         "cassé au bout d'une semaine."),
        (("product_quality", "praise"), "positive", (), "Excellente qualité, le {p} est "
         "solide et magnifique."),
        (("price_value",), "negative", (), "Beaucoup trop cher pour ce {p}."),
        (("packaging",), "negative", (), "L'emballage du {p} était abîmé, le carton écrasé."),
        (("customer_service",), "negative", (), "Le service client ne répond jamais au sujet "
         "du {p}."),
        (("refund_returns",), "negative", (), "J'ai renvoyé le {p} et j'attends toujours le "
         "remboursement."),
        (("size_fit",), "negative", (), "Le {p} est trop petit, la taille ne correspond pas."),
        (("unmet_need",), "neutral", (), "Il manque une version plus grande du {p}."),
        (("praise",), "positive", (), "J'adore le {p}, je le recommande à tous !"),
        ((), "neutral", (), "J'ai commandé le {p} pour la boutique."),
        (("product_quality",), "negative", ("burn_fire",), "Le {p} a pris feu pendant la "
         "soirée, c'est dangereux."),
        (("product_quality",), "negative", ("choking",), "Une petite pièce du {p} s'est "
         "détachée et mon fils a failli s'étouffer."),
    ],
}
