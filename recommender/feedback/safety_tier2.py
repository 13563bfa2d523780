"""Second, recall-oriented safety tier: harm told through cause and effect (en/es/fr).

The first tier (``safety_patterns``/``safety_more``) looks for hazard words. Reviews often
name no hazard at all and describe what happened instead: "had to take her to A&E", "my
baby was sucking on it and a piece came off", "the wires are showing through". This tier
flags a sentence when it pairs

* (a) a harm OUTCOME (hospital visit, stitches, bleeding, a blister, swelling, a rash,
  not breathing, vomiting, crying in pain, a jolt or tingling) with a cause or a person, or
* (b) a VULNERABLE user (baby, toddler, child) with a RISK action (mouth, swallow, chew)
  and a part that comes loose, or
* (c) a HAZARD STATE of the product (live, smouldering, melting, too hot to touch, bare
  wires, fumes with a headache, a sharp edge with a cut).

Each rule is ``(category, cue, context, veto)``: the cue gives the evidence span, the
context must appear in the same sentence, the veto (a harmless reading) must not. The
caller applies the same negation gate as the first tier ("no rash", "sin chispas").
"""

from __future__ import annotations

import re

from recommender.feedback.regex_gate import PrefixGate

_W = r"(?:\w+\W+){0,%d}?"  # up to N words in between (lazy)
_CHILD = (r"\b(?:baby|babies|toddler|child|children|kid|kids|son|daughter|little one|"
          r"infant|nephew|niece|bebe|bebes|nino|nina|ninos|hijo|hija|peque|pequeno|"
          r"pequena|enfant|enfants|fils|fille|petit|petite|nourrisson|neveu|niece)\b")
_BODY = (r"\b(?:hand|hands|palm|finger|fingers|thumb|skin|arm|forearm|leg|thigh|neck|face|"
         r"forehead|cheek|cheeks|lip|lips|eye|eyes|eyelids?|tongue|mouth|throat|scalp|"
         r"mano|manos|palma|dedo|dedos|piel|brazo|pierna|muslo|cuello|cara|frente|mejilla|"
         r"labio|labios|ojo|ojos|parpados?|lengua|boca|garganta|cuero cabelludo|main|mains|"
         r"paume|doigt|doigts|pouce|peau|bras|avant-bras|jambe|cuisse|cou|visage|front|joue|"
         r"joues|levres?|yeux|oeil|paupieres?|langue|bouche|gorge|cuir chevelu)\b")
_HEAT = (r"\b(?:hot|heat|heated|steam|boiling|scalding|kettle|iron|straightener|curler|"
         r"hot-water|stove|hob|oven|pan|caliente|calor|vapor|hirviendo|plancha|olla|"
         r"cafetera|horno|sarten|chaud|chaude|chaleur|vapeur|bouillante?|bouillotte|fer|"
         r"four|casserole|poele|brulante?)\b")
_ELEC = (r"\b(?:plug|plugged|socket|outlet|charger|charging|cable|cord|wire|wires|lamp|"
         r"kettle|toaster|heater|switch|mains|electric|enchufe|enchufad[oa]|cargador|"
         r"cable|cables|lampara|tostadora|interruptor|regleta|electric[oa]|prise|branche|"
         r"branchee?|chargeur|cable|fil|fils|lampe|grille-pain|interrupteur|multiprise|"
         r"electrique|en marche|encendid[oa]|touch\w*|toca\w*|touch\w*|touche\w*)\b")
_SMELL = (r"\b(?:smell|smells|smelled|stink|stench|fumes|odour|odor|chemical|cleaner|spray|"
          r"paint|glue|plastic|olor|olores|peste|hedor|vapores|quimico|limpiador|pintura|"
          r"pegamento|odeur|odeurs|pue|puait|sent|sentait|emanations|vapeurs|chimique|"
          r"nettoyant|peinture|colle|petrole|diffuseur|difusor|licked|lamio|lame|sniffed|"
          r"olfate\w*|renifl\w*|opening the box|al abrir|en ouvrant)\b")
_TO_CARE = (r"\b(?:took|take|taken|taking|rushed|ended up|end up|had to|went|called|call|"
            r"trip to|straight to|off to|night in|llevar\w*|llevamos|lleve|acabe|"
            r"acabamos|terminamos|fuimos|ir a|llamar|llamamos|a urgencias|emmene\w*|"
            r"direction|fini aux|finir aux|aller|passer|appele\w*|du voir|dû voir|consulter|"
            r"consulte|aux urgences)\b")

RULES: list[tuple[str, str, str | None, str | None]] = [
    # (a) outcomes -------------------------------------------------------------------
    ("cut_injury", r"\b(?:stitch(?:es)?|sutures?|puntos(?: de sutura)?|points? de suture|"
     r"bleed\w*|blood(?:ied|y)?|sangr\w*|saign\w*|gash\w*|entaill\w*|to the bone|"
     r"jusqu'a l'os|hasta el hueso|split (?:his|her|my) \w+|s'est ouvert|se abrio)\b",
     None, r"\b(?:nose ?bleeds?|blood orange|blood pressure|sangria|colou?rs?|ink|dye|tinta|"
     r"tinte|encre|colores|couleurs|teinture|bleeds? through|bloody (?:good|brilliant|"
     r"great|awful)|tension)\b"),
    ("burn_fire", r"\b(?:blister\w*|ampoll\w*|cloques?|a vif|came up red|red mark|marca roja|"
     r"marque rouge|toute? rouges?|needed ice|ice on)\b", _HEAT,
     r"\b(?:walk|walking|hike|hiking|shoes?|boots?|heels?|sandals?|zapat\w*|botas?|"
     r"chaussures?|marche|randonnee|caminar)\b"),
    ("allergic_reaction", r"\b(?:rash\w*|hives|welts?|ronchas?|sarpullido|eccema|urticaria|"
     r"plaques rouges|(?:des |de )?boutons (?:rouges|partout|sur)|plaques|eczema|red bumps|(?:lips?|face|eyes?|eyelids?|tongue|throat) "
     r"(?:\w+ ){0,2}(?:swell\w*|swollen|puff\w*|doubled)|swell\w* up|hinch\w*|gonfl\w*|"
     r"enfl\w*)\b", r"|".join([_BODY, _CHILD, r"\b(?:me|my|mi|ma|mon|mes|je|j')\b"]),
     r"\b(?:battery|batterie|bateria|price|prix|precio|wood|madera|bois|tyres?|pneus?|"
     r"ruedas?|balloon|globo|ballon|matelas|colchon|mattress|cuisson|induction|"
     r"plaques? de|de plaques)\b"),
    ("toxic_chemical", r"\b(?:vomit\w*|threw up|throwing up|sick all|was sick|vomi\w*|"
     r"nause\w*|headaches?|head ?ache|mal a la tete|dolor de cabeza|dizz\w*|mare\w*|"
     r"couldn'?t breathe|could not breathe|no podia respirar|n'arrivai\w* (?:plus )?a "
     r"respirer|(?:eyes?|ojos|yeux) (?:\w+ )?(?:stream\w*|water\w*|burn\w*|llor\w*|pic\w*|"
     r"pleur\w*|brul\w*)|throat (?:\w+ )?raw|picaba la garganta|gorge qui (?:pique|brule)|"
     r"bave|babe\w*|drool\w*)\b", _SMELL,
     r"\b(?:siren|sirena|sirene|noise|ruido|bruit|loud|fort volume|song|cancion|chanson)\b"),
    ("electrical", r"\b(?:zap\w*|jolt\w*|shock(?:ed|s)? (?:me|him|her|us|you)|(?:an? |the )?"
     r"(?:electric )?shock|tingl\w*|pins and needles|fourmill\w*|picotement\w*|"
     r"descarga\w*|calambre\w*|corriente|decharge\w*|chataigne|electris\w*|"
     r"disjoncteur saute|breaker (?:trips|tripped|keeps tripping)|salta el diferencial|"
     r"saltan los plomos)\b", _ELEC,
     r"\b(?:shocked (?:at|by)|price|prix|precio|shocking (?:price|value)|ending|final)\b"),
    ("cut_injury", r"\b(?:screaming|screamed|crying|cried|howl\w*|hurlait|hurle|gritaba|"
     r"lloraba|pleurait) (?:\w+ ){0,2}(?:in|de|of) (?:pain|dolor|douleur)\b", None, None),
    # outcomes that need care: the category comes from the cause named beside them
    ("burn_fire", r"\b(?:a&e|er|hospital|urgences|urgencias|doctor|gp|medecin|medico|"
     r"ambulance|ambulancia|pediatre|pediatra|burns unit)\b", _TO_CARE + r"[\s\S]*(?:"
     + _HEAT + r")|(?:" + _HEAT + r")[\s\S]*" + _TO_CARE, r"\b(?:stay|estancia|sejour|"
     r"recommended|recomendo|conseille|toy|juguete|jouet|costume|disfraz)\b"),
    ("choking", r"\b(?:a&e|er|hospital|urgences|urgencias|doctor|medecin|medico|ambulance|"
     r"ambulancia)\b", r"\b(?:swallow\w*|trag\w*|aval\w*|choke\w*|chok\w*|atragant\w*|"
     r"etouff\w*|gagg\w*|throat|garganta|gorge)\b", r"\b(?:stay|estancia|sejour)\b"),
    ("allergic_reaction", r"\b(?:a&e|er|hospital|urgences|urgencias|doctor|gp|medecin|"
     r"medico|ambulance|ambulancia|pediatre|pediatra|epipen|antihistamin\w*)\b",
     _TO_CARE, r"\b(?:stay|estancia|sejour|recommended|recomendo|recommande|conseille|"
     r"toy|juguete|jouet|costume|disfraz|nurse|enfermer\w*|infirmier\w*)\b"),
    # (b) vulnerable user + risk action + loose part ------------------------------------
    ("choking", r"\b(?:came off|come off|comes off|pops? off|popped off|broke off|breaks off|"
     r"snapped off|fell off|falls off|came loose|comes loose|se (?:le |les |me |nos )?(?:solto|"
     r"suelta|sueltan)|"
     r"se desprend\w*|se despego|se rompio un trozo|se detach\w*|s'est detach\w*|s'arrach\w*|"
     r"s'est arrach\w*|se decroch\w*|part en morceau)\b",
     r"\b(?:mouth|boca|bouche|throat|garganta|gorge|swallow\w*|trag\w*|aval\w*|gagg\w*|"
     r"chok\w*|suck\w*|chew\w*|bit\w*|chup\w*|mord\w*|masti\w*|machonn\w*|mordill\w*|"
     r"suc\w*|teeth\w*|teething|dentition)\b", r"\b(?:sole|suela|semelle|wheel trim|"
     r"paint|pintura|peinture|label|etiqueta|etiquette|sticker|pegatina|autocollant)\b"),
    ("choking", r"\b(?:gagg\w*|retching|arcadas|casi se lo traga\w*|casi se (?:lo|la) trag\w*|"
     r"nearly swallowed|almost swallowed|a failli (?:l'|les )?avaler|coincee? dans la gorge|"
     r"stuck in (?:his|her|their|the baby's) throat|atorad[oa])\b", _CHILD, None),
    # (c) hazard state of the product --------------------------------------------------
    ("electrical", r"\b(?:(?:wires?|cables?|copper|cobre|cuivre|fils?) (?:\w+ ){0,4}?"
     r"(?:showing|exposed|visible|poking out|sticking out|bare|peeled|se ven|pelados?|"
     r"a la vista|al aire|denudes?|apparents?|a nu)|on voit le cuivre|se ve el cobre|"
     r"you can see the copper|is live|was live|are live|goes live|electrified|electrifi\w*|"
     r"electrocut\w*|chisporrot\w*|crepit\w*|crackl\w*|buzzing|zumba\w*|gresill\w*)\b",
     r"\b(?:wires?|cables?|plug|socket|charger|control box|switch|cord|metal|casing|deck|"
     r"frame|enchufe|regleta|cargador|interruptor|prise|multiprise|chargeur|boitier|"
     r"interrupteur|lampe|lampara|lamp|fan|ventilador|ventilateur|blanket|manta|"
     r"couverture)\b", r"\b(?:speaker|altavoz|enceinte|headphones?|auriculares|casque|"
     r"sound|sonido|son|fire ?place|chimenea|cheminee|bacon|fryer|live music|live show|"
     r"en vivo|en direct|directo)\b"),
    ("burn_fire", r"\b(?:smoulder\w*|smolder\w*|melted|melting|molten|scorch\w*|charred|"
     r"blackened|noirci\w*|fondu\w*|derriti\w*|humo negro|fumee noire|black smoke|"
     r"started smoking|empezo a (?:salir humo|humear)|se mit a fumer|caught fire|"
     r"prend feu|(?:so|too|really|extremely|dangerously|scorching) hot (?:that|to touch|to "
     r"hold|my|i|she|he)|tan caliente que|demasiado caliente para|quema al tocar|"
     r"(?:devient|est|sont|restent?) (?:\w+ )?brulante?s?|trop chaud pour)\b",
     None, r"\b(?:cheese|queso|fromage|chocolate|chocolat|butter|mantequilla|beurre|"
     r"sugar|azucar|sucre|wax melts?|caramel|marshmallow|sauce|salsa|tea|infusion|coffee|"
     r"cafe|soup|sopa|soupe|the bath|heats? up|calienta|chauffe)\b"),
    ("cut_injury", r"\b(?:splinters?|shards?|astilla\w*|esquirla\w*|eclats?|echarde\w*|"
     r"sharp edges?|razor-thin edge|borde (?:\w+ )?(?:afilad\w*|cortante|fino)|bord "
     r"(?:\w+ )?(?:tranchant|coupant))\b", r"\b(?:cut\w*|sliced|opened|slash\w*|bled|"
     r"bleed\w*|cort\w*|sangr\w*|coup\w*|entaill\w*|saign\w*|finger|dedo|doigt|hand|mano|"
     r"main)\b", None),
]

COMPILED = [(cat, re.compile(cue), re.compile(ctx) if ctx else None,
             re.compile(veto) if veto else None) for cat, cue, ctx, veto in RULES]
GATE = PrefixGate([cue for _, cue, _, _ in RULES], k=3)
_SENTENCE = re.compile(r"[^.!?;\n]+")


def second_tier(folded: str) -> list[tuple[str, int, int]]:
    """``(category, start, end)`` of every second-tier cue whose sentence has its context.

    ``folded`` is the folded text; negation is left to the caller.
    """
    if not GATE.may_match(folded):
        return []
    found: list[tuple[str, int, int]] = []
    for sentence in _SENTENCE.finditer(folded):
        s = sentence.group()
        base = sentence.start()
        for cat, cue, context, veto in COMPILED:
            match = cue.search(s)
            if match is None:
                continue
            if context is not None and not context.search(s):
                continue
            if veto is not None and veto.search(s):
                continue
            found.append((cat, base + match.start(), base + match.end()))
    return found
