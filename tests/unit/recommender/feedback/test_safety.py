"""Safety detection: every category in en/es/fr, with negation awareness."""

from __future__ import annotations

import pytest

from recommender.feedback.analyser import LocalFeedbackAnalyser

CASES = [
    ("The charger caught fire overnight.", "burn_fire"),
    ("El secador echó humo y se quemó el cable.", "burn_fire"),
    ("Le chargeur a fondu et dégageait de la fumée.", "burn_fire"),
    ("Small parts came off and my toddler nearly choked.", "choking"),
    ("Mi bebé casi se atraganta con una pieza.", "choking"),
    ("Mon fils a failli s'étouffer avec une petite pièce.", "choking"),
    ("I had an allergic reaction and a rash on my hands.", "allergic_reaction"),
    ("Me salieron ronchas y picor en la cara.", "allergic_reaction"),
    ("J'ai eu des démangeaisons partout.", "allergic_reaction"),
    ("Sharp edges, I cut my finger opening it.", "cut_injury"),
    ("Bordes muy afilados, me corté el dedo.", "cut_injury"),
    ("Les bords sont tranchants, je me suis coupé.", "cut_injury"),
    ("The lamp gave me an electric shock.", "electrical"),
    ("Salieron chispas del enchufe.", "electrical"),
    ("Des étincelles sont sorties de la prise.", "electrical"),
    ("A strong chemical smell that gave me a headache.", "toxic_chemical"),
    ("Tiene un olor químico muy fuerte.", "toxic_chemical"),
    ("Une odeur chimique très forte, c'est toxique.", "toxic_chemical"),
]
SAFE = [
    "No burns at all, this air fryer is great.",
    "Non-toxic and BPA-free, safe for kids.",
    "The picture is sharp and the sound is great.",
    "This chocolate cake melts in your mouth.",
    "I was shocked at how good it is.",
    "Sin humo ni olores, perfecto.",
    "No tiene bordes afilados.",
    "Aucune odeur chimique, aucune fumée.",
    "Pas de bords coupants, parfait.",
    "The knife cuts tomatoes beautifully.",
]


@pytest.mark.parametrize(("text", "category"), CASES)
def test_every_category_is_found_in_every_language(lexicon_analyser: LocalFeedbackAnalyser,
                                                   text: str, category: str) -> None:
    [result] = lexicon_analyser.analyse([text])
    assert result.safety_concern and category in result.safety_categories
    assert result.safety_evidence and all(span in text for span in result.safety_evidence)
    assert result.sentiment == "negative"


@pytest.mark.parametrize("text", SAFE)
def test_negated_or_harmless_mentions_are_not_safety_concerns(
        lexicon_analyser: LocalFeedbackAnalyser, text: str) -> None:
    [result] = lexicon_analyser.analyse([text])
    assert not result.safety_concern, result.safety_evidence


@pytest.mark.parametrize(("text", "hazard"), [
    # candles are meant to burn: a hazard only when harm or damage is told
    ("Les bougies brûlent de façon homogène jusqu'au bout, parfum top.", False),
    ("Candle tunneled from the first burn, loads of wasted wax.", False),
    ("La vela de vainilla huele a azúcar quemado, desagradable.", False),
    ("The candle flame flared up and scorched the shelf above it.", True),
    ("La vela se volcó y quemó el mantel.", True),
    ("La bougie m'a brûlé les doigts quand j'ai touché le pot.", True),
    # a story's hazards are not the product's
    ("Thriller about a poisoner, I had the killer pegged by chapter three.", False),
    ("Série sur une caserne de pompiers : effets spéciaux d'incendie ridicules.", False),
    ("El libro sobre el gran incendio de Roma es un tostón.", False),
    ("Les ballons sont restés gonflés deux semaines, impressionnant.", False),
    ("The film-themed lunchbox gave my son a rash on his hands.", True),
    ("Mi hija se cortó el dedo con el borde del libro pop-up.", True),
    # an allergy stated is not a reaction unless one is told
    ("Mon fils est allergique aux œufs et le chef nous a expliqué chaque plat, merci.", False),
    ("I'm allergic to practically everything and this candle has been fine.", False),
    ("Soy alérgica a casi todo y este champú no me ha dado ni un picor.", False),
    ("Ma fille est allergique à l'œuf, ces crêpes en contiennent : vomissements.", True),
    ("Peanut traces not declared, I'm allergic and had to jab myself.", True),
    ("Me provocó una reacción alérgica en la cara.", True),
    ("Boutique qui indique les allergènes, ma fille allergique aux arachides a tout mangé.", False),
    ("Ma fille allergique aux arachides a gonflé des lèvres après un bonbon.", True),
    # a sentence that says nobody was hurt, a feature that acts "in case of", figurative toxic
    ("Le saladier est arrivé en mille morceaux. Personne ne s'est blessé, quel gâchis.", False),
    ("La jarra llegó hecha añicos, nadie se cortó porque venía bien envuelta.", False),
    ("Smart plug with automatic cut-off in case of overheating, I sleep easy.", False),
    ("My old job was toxic, so this mug was the perfect leaving present.", False),
    ("La pizza était cramée sur les bords et crue au milieu.", False),
    ("The vase arrived smashed and I cut my hand on a shard.", True),
    ("The plug overheated and melted the socket.", True),
    # a person called toxic, choking on laughter, a fire next door, cough syrup as a smell
    ("My brother-in-law is toxic but even he loved this board game.", False),
    ("Mi suegra es tóxica, pero el jarrón le encantó.", False),
    ("The tin of paint gave off fumes that made us all cough for an hour.", True),
    ("The scented candle smells like cough syrup, not what I hoped for.", False),
    ("Reading the card I choked on my coffee laughing.", False),
    ("Me atraganté de risa con la tarjeta.", False),
    ("My son was laughing and choked on a bead from the bracelet.", True),
    ("The fire at our neighbour's house meant I opened the box late: one lamp was missing.", False),
    ("Il y a eu un incendie chez nos voisins, j'ai reçu le colis en retard.", False),
    ("Our neighbour's daughter burnt her hand on the lantern we lent them.", True),
    # a hazard word in quotes names the product; an allergy mentioned is not a reaction
    ('The "Toxic Waste" sour sweets were a hit at the party.', False),
    ("Les bougies « Feu de bois » sentent surtout la vanille.", False),
    ('The "indestructible" toy "exploded" in my son\'s hand and cut his finger.', True),
    ("Great allergen labels, as my niece's allergic to sesame.", False),
    ("Pour ma petite nièce allergique, ces étiquettes sont parfaites.", False),
    ("Siendo alérgico a los frutos secos, agradezco la lista de ingredientes.", False),
    ("My niece's allergic to nuts and her lips swelled after one of these biscuits.", True),
    # a former product's hazard, a smoky scent, tarnished silver, a game's poison, "de X nada"
    ("My previous kettle caught fire, so I was wary, but this one has been perfect.", False),
    ("Last night the lamp caught fire; this one is a replacement.", True),
    ("The kettle caught fire, my old one never did.", True),
    ("The smoky vanilla candle makes the whole flat cosy.", False),
    ("La bague en argent a noirci au bout de deux jours.", False),
    ("Los adornos llevan nombre de 'Chispitas' pero de chispa nada, apenas brillan.", False),
    ("Board game where you unmask the poisoner at a dinner party, great fun.", False),
    ("Pretty candle. Burned it one evening and it scorched the shelf above.", True),
    # turning blue is what choking looks like; a colour is not
    ("Our toddler turned blue at the party, the balloon clip was to blame.", True),
    ("Mi niña se puso morada con el tapón del biberón de juguete.", True),
    ("Mon fils est devenu bleu en jouant avec la toupie.", True),
    ("The baby blue paint turned blue-grey in the sun.", False),
    # heat a pan is made to take, a flame made to be set, chilli in the mouth, a poisoner, a
    # dessert, a former product in Spanish; a toddler's age is not an "old" product
    ("La cazuela aguanta el fuego fuerte sin deformarse.", False),
    ("The skillet withstands high heat and the handle stays cool.", False),
    ("Briquet de cuisine avec une flamme bien réglable, très pratique.", False),
    ("The habanero sauce had my mouth on fire for ten minutes, loved it.", False),
    ("The chilli grinder cracked and a shard cut my mouth.", True),
    ("Read the one about the poisoner nanny while the baby slept, gripping.", False),
    ("Crèmes brûlées parfaites avec ce chalumeau.", False),
    ("Mi plancha anterior echaba chispas; esta va de maravilla.", False),
    ("The eye came off, my 14-month-old was gagging on it. This is a hazard.", True),
    ("The kettle handle got so hot it burned my palm.", True),
    # a bag that swallows the shopping, a knife that cuts like a razor, an LED candle's "real
    # flame", burnt pancakes
    ("Ce cabas avale tout, même les courses de la semaine.", False),
    ("The tote bag swallowed a week's shopping and the handles held.", False),
    ("My son swallowed a bead from the bag of craft beads.", True),
    ("Le couteau d'office coupe comme un rasoir, quel bonheur.", False),
    ("Las velas LED parecen una llama de verdad, sin riesgo con los gatos.", False),
    ("The smoke alarm went off when I burnt the pancakes, works a treat.", False),
    # "bloody" as an intensifier; a product had before or bought elsewhere
    ("Bloody ripper of a gift set, the missus loves it.", False),
    ("My son's knee was bloody after the scooter's brake failed.", True),
    ("La freidora que tenía antes olía a quemado; esta, en cambio, va perfecta.", False),
    ("Les lampions achetés ailleurs avaient pris feu ; ceux-ci ont tenu toute la fête.", False),
    ("The lampions caught fire at the party; these were a replacement from the shop.", True),
    # a former product further back in its sentence, or from another brand
    ("Ma précédente bouilloire, achetée en promo dans un supermarché, sentait le brûlé ; "
     "celle-ci est parfaite.", False),
    ("My last phone charger from another brand sparked; this one stays cool.", False),
    ("Old lamps bought somewhere else melted in the sun. These ones are fine.", False),
    ("The new charger sparked on day one, my last one never did.", True),
    # a hazard quoted from a label, a small-parts noun beside an age label
    ("La boîte porte un autocollant « attention, risque de brûlure, surface chaude » et "
     "c'est bien normal.", False),
    ("La caja avisa: 'piezas pequeñas, no apto para menores de 3 años', lógico.", False),
    ("Petites pièces, ne convient pas aux enfants de moins de 3 ans : écrit en gros sur "
     "l'emballage.", False),
    ("My son yelled 'it burns!' and dropped the mug.", False),  # see the next line
    ("My son yelled 'it burns my hand!' and dropped the mug.", True),
    ("The label says 'microwave safe' but it sparked and caught fire.", True),
    ("Una pieza pequeña se soltó y mi hijo de 2 años se atragantó, y eso que no es apto "
     "para menores de 3.", True),
    # figurative toxic service, a steam appliance, protection against a hazard, a fire at the
    # courier's warehouse
    ("The customer service team was toxic, they hung up on me twice.", False),
    ("Le fer à vapeur repasse vite et bien.", False),
    ("Le détachant dégage des vapeurs qui m'ont donné mal à la tête.", True),
    ("Power bank with overheat protection and a solid case.", False),
    ("Le chargeur a une protection contre la surchauffe, rassurant.", False),
    ("Delivery was late because of a fire at the courier's warehouse.", False),
    ("Our last night light sparked at the socket; this one has been fine for months.", False),
    ("The tower block opposite was boarded up after a fire, not the view we paid for.", False),
    ("Lots of tiny bricks and a choking warning on the box, fair enough for a 10-year-old.",
     False),
    # a fire in the flat next door or the bar downstairs; chocolate melted in transit
    ("Se quemó la cocina del bar de abajo y cortaron la calle, el paquete llegó un día tarde.",
     False),
    ("Incendie dans l'appartement du dessous, livraison reportée de trois jours.", False),
    ("The truffles came melted together in a single slab, gutted.", False),
    ("The chocolate fondue pot overheated and melted the plastic handle.", True),
])
def test_harmless_readings_of_hazard_words_are_not_flagged(text: str, hazard: bool) -> None:
    from recommender.feedback.safety import detect_safety
    from recommender.feedback.text import fold

    assert bool(detect_safety(text, fold(text)).categories) == hazard, text


@pytest.mark.parametrize(("text", "explicit"), [
    ("These oven gloves are a burn risk, the heat comes straight through.", True),
    ("Las piezas se sueltan con facilidad, peligro de asfixia para los niños.", True),
    ("Risque d'étouffement : les roues se déboîtent à la main.", True),
    ("Coupure profonde avec ce couteau à huîtres.", True),
    ("The glass split in my hand, four stitches.", True),
    ("Le réchaud a une coupure automatique, donc aucun risque d'incendie.", False),
    ("The box says choking hazard for under-3s, fair enough for a 5-year-old.", False),
    ("The sewing machine skipped stitches from the very first seam.", False),
    ("The lamp caught fire.", False),  # a report, but not a hazard named outright
    ("L'étiquette dit « ne pas laisser sans surveillance, risque d'incendie ».", False),
])
def test_a_hazard_named_outright_is_marked_explicit(text: str, explicit: bool) -> None:
    """Such hits are never vetoed by the learned models (``SafetyResult.explicit``)."""
    from recommender.feedback.safety import detect_safety
    from recommender.feedback.text import fold

    assert detect_safety(text, fold(text)).explicit == explicit, text
