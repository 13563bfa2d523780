"""Safety concerns (burn/fire, choking, allergy, cut/injury, electrical, toxic) in en/es/fr.

Patterns run on folded text (lower case, no accents) in all three languages at once, so a
misdetected language never hides a hazard. Detection favours recall; a hit is dropped only
when a negator governs it in the same clause ("no burns at all", "sin humo", "aucune odeur
chimique", "non-toxic", "BPA-free").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recommender.feedback.regex_gate import PrefixGate
from recommender.feedback.text import word_set

_OBJ_EN = r"(?:my|his|her|their|our|your|me|him|us|them|myself|himself|herself|themselves)"
_PATTERNS: dict[str, list[str]] = {
    "burn_fire": [
        # en
        r"\b(?:caught|catch(?:es|ing)?) (?:on )?fire\b",
        r"\bon fire\b",
        r"\bfire hazard\b",
        r"\bburst into flames?\b",
        r"\bflames?\b",
        r"\bsunburn\w*",
        r"\bscald\w*",
        r"\bburn(?:s|ed|t|ing)?\b(?! (?:through|out|a cd|cds|dvds?|calories|rubber|evenly|"
        r"cleanly|clean|nicely|slowly|for (?:hours|ages|\d+)|time|to a crisp|(?:the )?(?:wood|logs|"
        r"fuel|pellets|charcoal|gas)))",
        r"\bsmok(?:e|ed|es|ing|y)\b(?! (?:detector|alarm|flavou?r|salmon|ham|bacon|meat|"
        r"paprika|cheese|turkey|brisket))",
        r"\bmelt(?:ed|s|ing)?\b(?! in (?:your|my|the) mouth)",
        r"\bmolten\b",
        r"\boverheat\w*",
        r"\bscorch\w*",
        r"\bexplod\w*",
        r"\bexplosion\b",
        r"\bblew up\b",
        r"\btoo hot to (?:touch|hold)\b",
        r"\bblisters?\b(?! pack)",
        r"\bcharred\b",
        r"\bblackened\b",
        r"\bsinged\b",
        r"\bsizzl\w* (?:plug|socket|cord)",
        # es
        r"\bquem\w*\b(?! (?:de (?:forma|manera) (?:uniforme|regular)|bien|durante horas|"
        r"(?:la |el )?(?:lena|madera|carbon|combustible)))",
        r"\bincendi\w*",
        r"\bfuego\b",
        r"\bllamas\b",
        r"\bllamarada\w*",
        r"(?<!detector de )(?<!detectores de )(?<!alarma de )\bhumo\b",
        r"\bhumeando\b",
        r"\bennegrec\w*",
        r"\bcarboniz\w*(?<!pan carbonizado)",
        r"\bderriti\w*",
        r"\bderret\w*",
        r"\bsobrecalent\w*",
        r"\bexplot\w*",
        r"\bampollas?\b",
        r"\bchamusc\w*",
        # fr
        r"\bbrul\w*\b(?! (?:de (?:facon|maniere) reguliere|bien|longtemps|lentement|"
        r"pendant (?:des|\d+) heures|(?:le |du )?(?:bois|combustible|charbon)))",
        r"\bfondre\b",
        r"\bincendie\w*",
        r"\bpris feu\b",
        r"\bprend feu\b",
        r"\bflammes?\b",
        r"(?<!detecteur de )(?<!detecteurs de )(?<!alarme de )\bfumee\w*",
        r"\bfum(?:er|ait|aient|ent)\b",
        r"\bnoirci\w*",
        r"(?<!gout )(?<!saveur )(?<!poisson )(?<!saumon )(?<!jambon )\bfume\b"
        r"(?! (?:au|a la|de|sur))",
        r"\ba fondu\b",
        r"\bont fondu\b",
        r"\bfondu\b(?! dans)",
        r"\bsurchauff\w*",
        r"\bexplos\w*",
        r"\ba explose\b",
        r"\bcloques?\b",
        r"\broussi\w*",
    ],
    "choking": [
        r"\bchok(?:e|ed|es|ing)\b",
        r"\bsmall (?:parts?|pieces?) (?:that )?(?:came|come|comes|"
        r"fell|fall|falls|break|broke|breaks|detach\w*|can|could|are a)",
        r"\bswallow(?:ed|ing)?\b",
        r"\bsuffocat\w*",
        r"\bstrangl\w*",
        r"\blodged in\b",
        r"\bgagg?(?:ed|ing)\b",
        r"\batragant\w*",
        r"\basfixi\w*",
        r"\bahog(?:o|aba|ando|arse|ado|ada)\b",
        r"\bpiezas? (?:muy )?pequenas?\b",
        r"\bse (?:lo |la |los |las )?trag\w*",
        r"\btragars?e?\w*",
        r"\bestrangul\w*",
        r"\betouff\w*(?! (?:de|aux) legumes)(?<!a l'etouffee)",
        r"\bpetites? pieces?\b",
        r"\baval(?:e|er|ait|ant|ee|ees|es)\b",
        r"\bs'etrangl\w*",
        r"\betrangl\w*",
        r"\bmagnets? (?:came|come|fell|fall|falls|popped) (?:out|off)\b",
        r"\bbutton batter(?:y|ies)\b",
        r"\bimanes? se (?:salieron|soltaron|cayeron|salio|solto)",
        r"\bpilas? de boton\b",
        r"\baimants? (?:sont sortis|se sont detaches|sont tombes)",
        r"\bpiles? bouton\b",
        r"\bse (?:lo|la|los|las) (?:metio|meti|puso|llevo) a la boca",
        r"\bmis (?:dans|a) (?:sa|la) bouche\b",
    ],
    "allergic_reaction": [
        r"\ballergic\w*",
        r"\b(?:gave|caused|causing|triggered|trigger\w*|developed|had|got|"
        r"suffered) (?:\w+ ){0,3}(?:allerg\w*|rash\w*|hives|reaction)",
        r"\brash(?:es)?\b",
        r"\bhives\b",
        r"\bbroke out\b",
        r"\bbreak(?:ing)? out\b",
        r"\bitch(?:ing|iness|ed)\b",
        r"\bswell(?:ing|ed)\b",
        r"\bswollen\b",
        r"\banaphyla\w*",
        r"\birritat(?:ed|ion)\b",
        r"\bred (?:bumps|spots|blotches|patches)\b",
        r"\bepipen\b",
        r"\balergi\w*",
        r"\bsarpullido\w*",
        r"\berupci\w*",
        r"\broncha\w*",
        r"\bpicor\w*",
        r"\bpicazon\w*",
        r"\bme pica\w*",
        r"\bhinchaz\w*",
        r"\bse (?:me |le )?hinch\w*",
        r"\birritaci\w*",
        r"\burticaria\b",
        r"\benrojec\w*",
        r"\ballergi\w*",
        r"\beruption\w*",
        r"\bplaques rouges\b",
        r"\bboutons\b",
        r"\bdemangeaison\w*",
        r"\burticaire\b",
        r"\birrite(?:e|es|s)?\b",
        r"\bgonfl(?:e|ee|es|ement)\b",
        r"\birritation\w*",
        r"\brougeurs?\b",
        r"\bchoc anaphylactique\b",
    ],
    "cut_injury": [
        r"\bcut " + _OBJ_EN + r"\b",
        r"\bcut (?:the |a )?(?:finger|hand|thumb|skin|lip|leg|"
        r"foot|arm)\b",
        r"\bsharp (?:metal |plastic )?(?:edges?|corners?|points?|burrs?)\b",
        r"\bsliced (?:open|" + _OBJ_EN + r"|(?:the )?(?:tip|end|top|side) of " + _OBJ_EN + r")\b",
        r"\b(?:slice|sliced|cut|chopped) off\b",
        r"\bbleed\w*",
        r"\bbled\b",
        r"\bblood\w*",
        r"\binjur\w*",
        r"\bwound\w*",
        r"\bstitches\b",
        r"\blacerat\w*",
        r"\bhurt (?:myself|himself|herself|themselves|ourselves)\b",
        r"\b(?:got|was|were|"
        r"been|getting) (?:badly |seriously )?hurt\b",
        r"\bsplinters?\b",
        r"\bgash\w*",
        r"\bpinched " + _OBJ_EN + r"\b",
        r"\bsnapped (?:back )?(?:and |then )?(?:hit|cut)\b",
        r"\bme (?:he |ha |habia )?cort\w*",
        r"\bse (?:me |le )?corto (?:el|la|un|una|mi|su)"
        r" (?:dedo|mano|pie|brazo|piel|labio)",
        r"\bcortes? en (?:el|la|mi|su|los|las) "
        r"(?:dedo|dedos|mano|manos|pie|brazo|piel)",
        r"\b(?:bordes?|filos?|cantos?|aristas?)"
        r" (?:muy |super |bastante )?(?:afilad|cortant)\w*",
        r"\bsangr\w*",
        r"\bherid\w*",
        r"\blesion\w*",
        r"\blastim\w*",
        r"\bastilla\w*",
        r"\b(?:me|le|se) rebano\w*",
        r"\b(?:me|le|se|te) (?:rebane|rebano|raje|rajo|arano|arane)\b",
        r"\bhizo sangre\b",
        r"\b(?:le|me|se|te|les) "
        r"cort\w*",
        r"\bcort\w* (?:la|el|su|mi|sus|mis) (?:mano|manos|dedo|dedos|pie|brazo|"
        r"piel|pierna|cara)\b",
        r"\bme suis coupe\w*",
        r"\bs'est coupe\w*",
        r"\bcoupe (?:le|au|la|les) (?:doigt|main|"
        r"pied|bras|levre)\w*",
        r"\bcoupure\w*",
        r"\b(?:bords?|aretes?|coins?) (?:tres |"
        r"super )?(?:tranchant|coupant)\w*",
        r"\bsaign\w*",
        r"\bblesse\w*",
        r"\bblessure\w*",
        r"\bechardes?\b",
        r"\b(?:me suis|s'est|m'a|l'a|lui a) (?:tranche|entaille|"
        r"griffe|ecorche|taillade)\w*",
        r"\bjusqu'au sang\b",
        r"\bau sang\b",
        r"\bpoints de suture\b",
        r"\bsutures?\b",
        r"\bentaill\w*",
    ],
    "electrical": [
        r"\belectric(?:al)? shocks?\b",
        r"\bshocked " + _OBJ_EN + r"\b",
        r"\b(?:got|get|gets|getting|received|gave|gives) (?:me |him |her |us )?(?:a |an )?"
        r"(?:small |nasty |big |mild )?(?:electric(?:al)? )?shock(?:s|ed)?\b",
        r"\bzapped\b",
        r"\bspark(?:s|ed|ing)?\b",
        r"\bshort(?:ed)? (?:circuit\w*|out)\b",
        r"\bshorted\b",
        r"\bexposed wir\w*",
        r"\blive wires?\b",
        r"\belectrocut\w*",
        r"\btripped the "
        r"(?:breaker|fuse|circuit)\b",
        r"\bblew (?:a|the) fuse\b",
        r"\bdescargas? electricas?\b",
        r"\b(?:una|la|pequena|fuerte|buena) descarga\b"
        r"(?! (?:de|del|fue|es|tarda|tardo|lenta|rapida|gratis|directa))",
        r"\bcalambr\w*",
        r"\bchispa\w*",
        r"\bcortocircuito\w*",
        r"\bcables? (?:pelados?|expuestos?|al aire)\b",
        r"\bme (?:dio|da) (?:la )?corriente\b",
        r"\bsalto el (?:diferencial|automatico)\b",
        r"\bdecharges? electriques?\b",
        r"\b(?:une|petite|grosse|bonne) decharge\b",
        r"\bchocs? electriques?\b",
        r"\betincelle\w*",
        r"\bchataigne\b",
        r"\bcourt[- ]circuit\w*",
        r"\bfils? (?:denude|apparent)\w*",
        r"\bfait sauter "
        r"(?:les plombs|le disjoncteur)\b",
        r"\bcoup de jus\b",
    ],
    "toxic_chemical": [
        r"\btoxi\w*",
        r"\bchemical (?:smell|odou?r|taste|burn|fumes?|stench)\w*",
        r"\bchemicals?\b",
        r"\bfumes\b",
        r"\bpoison\w*",
        r"\b(?:smell|smells|smelled|smelt|stinks|stank|reeks|reeked) (?:\w+ )?(?:of|like) "
        r"(?:chemicals?|gas|gasoline|petrol|solvent|bleach|paint|burning|burnt|plastic)\b",
        r"\b(?:made|makes|making) (?:me|us|him|her|them|my \w+) (?:\w+ )?(?:sick|ill|dizzy|"
        r"nauseous|vomit\w*|throw up)\b",
        r"\bheadaches?\b",
        r"\blead paint\b",
        r"\basbestos\b",
        r"\bnause\w*",
        r"\bdizz\w*",
        r"\bolor (?:\w+ )?(?:quimico|a quimicos?|a plastico|a gasolina|a pintura|muy fuerte|"
        r"fuerte|toxico)\b",
        r"\bquimicos?\b",
        r"\bvapores\b",
        r"\bintoxic\w*",
        r"\bvenen\w*",
        r"\benvenen\w*",
        r"\bdolor de cabeza\b",
        r"\bmareos?\b",
        r"\bnauseas\b",
        r"\bodeur (?:\w+ )?(?:chimique|de produits? chimiques?|de plastique|d'essence|de "
        r"solvant|de peinture|tres forte|forte|toxique)\b",
        r"\bchimiques?\b",
        r"\bemanations?\b",
        r"\bvapeurs?\b",
        r"\bintoxi\w*",
        r"\bempoison\w*",
        r"\bmal (?:de|a la) tete\b",
        r"\bmaux de tete\b",
        r"\bvertiges?\b",
    ],
}
# Weaker cues, dropped when the clause shows a harmless reading ("melts in your mouth",
# "the air mattress inflated").
_WEAK: dict[str, tuple[list[str], str]] = {
    "choking": (
        [
            r"\bin (?:his|her|their|my|the baby's|the child's) (?:mouth|throat)\b",
            r"\b(?:en|a) (?:la|su) boca\b",
            r"\bdans (?:sa|la|leur|ma|son) bouche\b",
        ],
        r"\b(?:taste|tastes|flavou?r|melt\w*|delicious|sweet|sabor|gusto|deshace|"
        r"delicios\w*|dulce|gout|fond|delicieu\w*|saveur|sucre)\b",
    ),
    "allergic_reaction": (
        [
            r"\bswell(?:ing|ed)\b",
            r"\bswollen\b",
            r"\bse (?:me |le )?hinch\w*",
            r"\bhinchaz\w*",
            r"\bgonfl(?:e|ee|es|ees|ement)\b",
            r"\bhinchad[oa]s?\b",
        ],
        r"\b(?:matelas|ballon|pneus?|bouee|piscine|gonflable|colchon|globos?|"
        r"piscina|ruedas?|neumaticos?|hinchable|inflable|mattress|balloons?|"
        r"tyres?|tires?|pool|inflat\w*|batter\w*|power bank|bateria|"
        r"batterie|wood|madera|bois)\b",
    ),
}
for _cat, (_pats, _veto) in _WEAK.items():
    _PATTERNS[_cat] = [p for p in _PATTERNS[_cat] if p not in _pats]
_COMPILED = {cat: re.compile("|".join(f"(?:{p})" for p in pats)) for cat, pats in _PATTERNS.items()}
_WEAK_COMPILED = {
    cat: (re.compile("|".join(f"(?:{p})" for p in pats)), re.compile(veto))
    for cat, (pats, veto) in _WEAK.items()
}
_NEGATORS = word_set("""no not never without zero free non nor neither none nothing sin ningun
    ninguna ninguno nunca jamas ni sans aucun aucune pas jamais rien nada acabaron acabo
    adios fini finis adieu""")
_CLAUSE_BREAK = re.compile(r"[.;:!?,()]|\b(?:but|and|then|pero|y|luego|mais|et|puis)\b")
_WORD = re.compile(r"[a-z']+")
_FREE_AFTER = re.compile(r"^[- ]?(?:free|libre|sans)\b")


@dataclass(frozen=True)
class SafetyResult:
    """Safety categories found in one text and the spans that show them."""

    categories: list[str]
    evidence: list[str]


_FOOD = re.compile(
    r"\b(?:toast|bread|rice|pizza|crust|cake|cookies?|steak|bacon|eggs?|"
    r"coffee|food|dinner|meal|tostadas?|pan|comida|arroz|carne|cafe|(?<!grille-)(?<!grille )pain|"
    r"gateau|viande|repas|plat|creme)\b(?!-)"
)
_BURN_WORD = re.compile(r"burn|quem|brul|carbon|charr|scorch|blacken|singe")
_BODY = re.compile(
    r"\b(?:hand|hands|finger|fingers|skin|arm|leg|neck|face|mouth|tongue|"
    r"me|my|him|her|son|daughter|child|kid|baby|mano|manos|dedo|piel|cara|"
    r"boca|lengua|hijo|hija|bebe|nino|main|mains|doigt|doigts|peau|visage|"
    r"bouche|langue|fils|fille|enfant|bebe|moi)\b"
)
_FICTION = re.compile(
    r"\b(?:scenes?|escenas?|film'?s?|movie'?s?|pelicula|series|episode|"
    r"episodio|episode|novel|novela|roman|game|juego|jeu)\b"
)


def _negated(folded: str, start: int, end: int) -> bool:
    head = folded[max(0, start - 60) : start]
    parts = _CLAUSE_BREAK.split(head)
    clause = parts[-1] if parts else head
    words = _WORD.findall(clause)[-4:]
    if any(w in _NEGATORS or w.endswith("n't") for w in words):
        return True
    if folded[max(0, start - 4) : start] in ("non-", "non ", "anti"):
        return True
    return bool(_FREE_AFTER.match(folded[end : end + 8]))


def _clause(folded: str, start: int, end: int) -> str:
    left = max(folded.rfind(c, 0, start) for c in ".!?;,\n")
    rights = [i for i in (folded.find(c, end) for c in ".!?;,\n") if i != -1]
    return folded[left + 1 : min(rights) if rights else len(folded)]


def _evidence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?;\n")
    right_candidates = [i for i in (text.find(c, end) for c in ".!?;\n") if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    span = text[left + 1 : right].strip()
    if len(span) > 160:
        span = text[max(0, start - 60) : min(len(text), end + 60)].strip()
    return span


_GATE = PrefixGate([p for pats in _PATTERNS.values() for p in pats]
                   + [p for pats, _ in _WEAK.values() for p in pats], k=5)


def _matches(cat: str, folded: str) -> list[re.Match[str]]:
    found = list(_COMPILED[cat].finditer(folded))
    weak = _WEAK_COMPILED.get(cat)
    if weak is not None:
        pattern, veto = weak
        found += [
            m
            for m in pattern.finditer(folded)
            if not veto.search(_clause(folded, m.start(), m.end()))
        ]
    return found


def detect_safety(text: str, folded: str) -> SafetyResult:
    """Safety categories and evidence in ``text`` (``folded`` is its folded form)."""
    categories: list[str] = []
    evidence: list[str] = []
    if not _GATE.may_match(folded):  # cheap: most texts have no word a hazard pattern starts
        return SafetyResult(categories, evidence)
    for cat in _PATTERNS:
        for match in _matches(cat, folded):
            if _negated(folded, match.start(), match.end()):
                continue
            clause = _clause(folded, match.start(), match.end())
            if cat == "burn_fire" and _FICTION.search(
                folded[max(0, match.start() - 25) : match.end() + 25]
            ):
                continue  # "the fire scenes are breathtaking"
            if (
                cat == "burn_fire"
                and _BURN_WORD.match(match.group())
                and _FOOD.search(clause)
                and not _BODY.search(clause)
            ):
                continue  # "the toast was burnt", "creme brulee"
            categories.append(cat)
            span = _evidence(text, match.start(), match.end())
            if span and span not in evidence:
                evidence.append(span)
            break
    return SafetyResult(categories, evidence)
