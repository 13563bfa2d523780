"""Safety cues added after blind round 8: informal wording, context-bound and vetoed cues.

The sentences here are new wording, not the blind round's sentences.
"""

from __future__ import annotations

import pytest

from recommender.feedback.analyser import LocalFeedbackAnalyser

CASES = [
    ("The adapter got scorching hot and smelled of burning plastic.", "burn_fire"),
    ("The fan motor is hot to the touch after ten minutes.", "burn_fire"),
    ("El secador se recalienta y huele a quemado.", "burn_fire"),
    ("La bouilloire chauffe tellement que la poignée devient dangereuse.", "burn_fire"),
    ("My son ingested a bead from the bracelet.", "choking"),
    ("El niño se tragó un botón del peluche.", "choking"),
    ("Ma fille a failli avaler la pile.", "choking"),
    ("Big itchy welts on my arms after one night in these sheets.", "allergic_reaction"),
    ("La crema me produjo comezón en el cuello.", "allergic_reaction"),
    ("Le gel douche me démange depuis deux jours.", "allergic_reaction"),
    ("There were glass shards in the box.", "cut_injury"),
    ("Venía con trozos de cristal dentro de la caja.", "cut_injury"),
    ("Des éclats de verre partout dans le carton.", "cut_injury"),
    ("The toaster fried the outlet in our kitchen.", "electrical"),
    ("El enchufe chisporroteaba al conectarlo.", "electrical"),
    ("La lampe fait disjoncter toute la maison.", "electrical"),
    ("The label admits the paint contains lead.", "toxic_chemical"),
    ("The rug is off-gassing something awful.", "toxic_chemical"),
    ("Las botas huelen a disolvente y me dan mareos.", "toxic_chemical"),
    ("Le tapis sent le solvant, j'ai eu mal à la tête.", "toxic_chemical"),
    ("La tapa se soltó y acabó en la boca del niño.", "choking"),
    ("A button came off and ended up in my nephew's mouth.", "choking"),
    ("The toaster shocks me every time I touch the lever.", "electrical"),
    ("Since we plugged it in the breaker keeps tripping.", "electrical"),
    ("Ce savon m'a fait gonfler les paupières.", "allergic_reaction"),
    ("El pegamento me hinchó los dedos.", "allergic_reaction"),
    ("La boucle de la ceinture m'a ouvert le doigt.", "cut_injury"),
    ("The heater leaks gas, the whole flat reeked.", "toxic_chemical"),
    ("The kettle base crackles whenever I plug it in.", "electrical"),
    ("Se me cayó el secador y el enchufe hizo chasquidos.", "electrical"),
    ("Mon fils a eu des boutons rouges sur le visage après le bain moussant.",
     "allergic_reaction"),
    ("The grill flared up and singed my arm hair.", "burn_fire"),
    ("The kettle splashed boiling water over my wrist.", "burn_fire"),
    ("Le grille-pain sentait le cramé dès la première utilisation.", "burn_fire"),
    ("The drill's battery arced against the screwdriver.", "electrical"),
    ("Les baskets sentaient le pesticide.", "toxic_chemical"),
    ("El ambientador soltó gases y empezamos a toser.", "toxic_chemical"),
    ("Tras el champú tenía granos en el cuello que me picaban muchísimo.", "allergic_reaction"),
    ("Le couvercle m'a tailladé le pouce.", "cut_injury"),
    ("The remote's button cell fell out onto the nursery floor.", "choking"),
    ("The speaker's metal casing is live when it's plugged in.", "electrical"),
    ("La lámpara da corriente si tocas el pie.", "electrical"),
    ("Le gel a rendu mes paupières bouffies.", "allergic_reaction"),
    ("Cleaning it with bleach mixed with the descaler made the kitchen reek.", "toxic_chemical"),
]
SAFE = [
    "The bread knife is razor sharp, slices like a dream.",
    "These glasses are too tight and gave me a headache.",
    "Las gafas me dan dolor de cabeza de lo que aprietan.",
    "Les lunettes serrent et me donnent mal à la tête.",
    "Me encanta el tono rojo fuego del bolso.",
    "Contains no lead and no phthalates.",
    "Sin olor a disolvente, nada que ver con la otra.",
    "Pas d'éclats de verre, l'emballage était parfait.",
    "The staff noted our allergies and adapted every dish.",
    "Tienen carta con alergias bien indicadas.",
    "Comida recalentada y sin sabor.",
    "Ce zip est une plaie à fermer.",
    "Hotel libre de humo, muy limpio.",
    "La carne llegó chisporroteando en la plancha.",
    "The hotel room smelled of stale smoke from previous guests.",
    "El quemador grande calienta muy rápido.",
    "Le brûleur du réchaud est puissant.",
    "The sofa in flame red is gorgeous.",
    "La manette a de gros boutons faciles à presser.",
    "Cette crème ne m'irrite pas du tout.",
    "Coupure automatique au bout d'une heure, très pratique.",
    "The frame is great but it cut off the edges of my photos.",
    "El jarrón se rajó durante el envío.",
    "Chaqueta a prueba de fuego para barbacoas, genial.",
    "The wool jumper is itchy.",
    "The purifier removed the paint smell in a day.",
    "Le purificateur a chassé l'odeur de peinture.",
]


@pytest.mark.parametrize(("text", "category"), CASES)
def test_informal_wording_is_found(lexicon_analyser: LocalFeedbackAnalyser, text: str,
                                   category: str) -> None:
    [result] = lexicon_analyser.analyse([text])
    assert category in result.safety_categories, result.safety_categories


@pytest.mark.parametrize("text", SAFE)
def test_context_bound_and_vetoed_cues_stay_quiet(lexicon_analyser: LocalFeedbackAnalyser,
                                                  text: str) -> None:
    [result] = lexicon_analyser.analyse([text])
    assert not result.safety_concern, result.safety_evidence
