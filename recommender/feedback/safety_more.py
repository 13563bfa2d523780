"""More safety cues (folded text), added after the eighth blind round, and cues that need context.

``MORE`` extends :data:`safety_patterns.PATTERNS` with inflections and informal wording
(overheating, sparks, itching, glass shards, lead paint...). ``MORE_WEAK`` are cues with a veto
for a harmless reading ("the knife is razor sharp"). ``CONTEXTUAL`` cues count only when the
text also shows their cause: a headache is a toxic-chemical concern when a smell or fumes are
mentioned, not when glasses pinch.
"""

from __future__ import annotations

from recommender.feedback.safety_patterns import PATTERNS as _BASE

MORE: dict[str, list[str]] = {
    "burn_fire": [
        r"\b(?:battery|batteries|power bank|bateria|baterias|pila|batterie|batteries)\b[^.]{0,25}\b(?:swell\w*|swollen|bulg\w*|puff\w*|hinch\w*|gonfl\w*)",
        r"\b(?:swollen|bulging|puffed) (?:up )?batter\w*",
        r"\bset (?:\w+ )?(?:alight|ablaze)\b",
        r"\bwent up in flames\b",
        r"\bsmou?lder\w*",
        r"\bburn marks?\b",
        r"\bignit(?:ed|es)\b",
        r"\bcombust\w*",
        r"\bhot to the touch\b",
        r"\b(?:dangerously|scorching|burning|blazing|scalding) hot\b",
        r"\bso hot (?:that )?(?:you|i|we|it|he|she) (?:can't|cannot|couldn't|could not|can not)\b",
        r"\b(?:can't|cannot|couldn't|could not) (?:even )?(?:touch|hold) it\b",
        r"\bse (?:calienta|calento|calentaba|recalienta|recalento) (?:much\w*|demasiado|tanto)\b",
        r"\bquema al tocar\w*",
        r"\bchauff(?:e|ent|ait|aient) (?:tellement|trop|enormement|beaucoup trop)\b",
        r"\bbouillant\w*",
    ],
    "choking": [
        r"\b(?:hazard|danger\w*|risk) (?:for|to) (?:babies|toddlers|infants|little ones|young children|small children|kids)\b",
        r"\bpeligro\w* para (?:bebes|los bebes|ninos pequenos|los mas pequenos)\b",
        r"\bdangereu\w* pour (?:les )?(?:bebes|tout-petits|petits)\b",
        r"\bingest\w*",
        r"\bcame off in (?:his|her|their|my \w+'?s?) mouth\b",
        r"\bairways?\b",
        r"\btrag(?:o|aron|ado|ada|ando|arse)\b",
        r"\bse (?:la |le |l')?(?:est|sont) mis\w* dans la bouche\b",
        r"\bfailli (?:l'|les? |la )?aval\w*",
    ],
    "allergic_reaction": [
        r"\bmade (?:my|his|her|their) (?:\w+'s )?(?:skin|hands?|face|lips|eyes|fingers) (?:\w+ )?(?:peel|sting|itch|burn|swell|red)\w*",
        r"\b(?:skin|hands|lips|face|fingers) (?:\w+ ){0,2}(?:peeling|stinging|tingl\w*|blister\w*|cracked and)\b",
        r"\bse (?:me |le |les )?irrit\w*",
        r"\b(?:piel|ojos|cara|manos|labios) (?:\w+ )?irritad\w*",
        r"\bme salieron (?:granos|granitos|manchas|ampollas)\b",
        r"\bgranitos\b",
        r"\bitches\b",
        r"\bwelts?\b",
        r"\bblotch\w*",
        r"\beczema\b",
        r"\bdermatitis\b",
        r"\b(?:bad|severe|nasty|skin) reactions?\b",
        r"\bcomezon\w*",
        r"\bescoz\w*",
        r"\bme escuec\w*",
        r"\bme salieron granos\b",
        r"\bdemang\w*",
        r"\beczema\b",
        r"\bpicote\w*",
        r"\benfle(?:e|es|s)?\b",
    ],
    "cut_injury": [
        r"\b(?:scratched|scraped|poked|pierced|punctured|sliced|gouged) (?:[\w']+ ){0,2}(?:arm|arms|hand|hands|skin|leg|legs|face|finger|fingers|thumb|foot|feet|palm)\b",
        r"\bshattered\b",
        r"\b(?:glass|cristal|vidrio|verre)\b[^.]{0,30}\b(?:shatter\w*|exploded|burst|estall\w*|revent\w*|exploto|explose|eclate)",
        r"\banicos\b",
        r"\bshards?\b",
        r"\bbroken glass\b",
        r"\bglass (?:pieces|fragments|splinters)\b",
        r"\bjagged (?:edges?|metal|plastic)\b",
        r"\bnicked " + r"(?:my|his|her|their)\b",
        r"\b(?:punctured|pricked|scraped|grazed|stabbed) (?:my|his|her|their)\b",
        r"\bcortes? (?:\w+ )?en (?:el|la|mi|su|los|las) (?:dedo|dedos|mano|manos|pie|brazo|piel|"
        r"pierna|cara)\b",
        r"\bhizo (?:un |una )?(?:corte|tajo|herida)\w*",
        r"\bcorte profundo\b",
        r"\b(?:trozos|pedazos|restos|esquirlas) de (?:cristal|vidrio)\b",
        r"\bcristales rotos\b",
        r"\bme pinche\b",
        r"\bse pincho\b",
        r"\beclats? de verre\b",
        r"\bbouts? de verre\b",
        r"\bverre brise\b",
        r"(?<!une )(?<!vraie )(?<!quelle )\bplaies?\b",
        r"\b(?:m'a|lui a|s'est|me suis|se sont) ouvert\w* (?:le|la|les|l') ?(?:doigt|main|mollet|jambe|pied|bras|genou|front|levre|arcade|menton|index|pouce|paume|poignet|orteil|cuisse|joue|sourcil|coude|cheville|tibia)\w*",
        r"\b(?:me|le|se) abrio (?:el|la) (?:dedo|mano|pierna|pantorrilla|rodilla|frente|labio|cabeza|palma|pulgar|indice|muneca|ceja|codo|tobillo|barbilla|mejilla)\b",
        r"\bsplit (?:my|his|her|their) (?:[\w']+ )?(?:lip|finger|head|chin|knee|thumb)\b",
        r"\b(?:bavures?|ebarbures?|pointes?|rebabas?|burrs?) (?:tres |super |bien )?(?:coupant|tranchant|afilad|cortant|sharp)\w*",
    ],
    "electrical": [
        r"\bfrayed (?:cords?|cables?|wires?|leads?)\b",
        r"\b(?:cords?|cables?|wires?|leads?) (?:is |was |are |were |got |has |had )?(?:all )?frayed\b",
        r"\b(?:see|seeing|saw|showing|shows) (?:the )?(?:bare |copper )?wires?\b",
        r"\bcopper (?:is |was )?(?:showing|exposed)\b",
        r"\bdenude\w*",
        r"\bse ven los cables\b",
        r"\b(?:outlet|socket|plug|enchufe|toma|prise)\b[^.]{0,30}\b(?:buzz\w*|crackl\w*|went black|turned black|se puso negr\w*|ennegreci\w*|noirci\w*|grill\w*)",
        r"\bsparky\b",
        r"\bfried (?:the|my|our) (?:outlet|socket|circuit|fuse)\w*",
        r"\b(?:enchufe|cable|toma|regleta|cargador|clavija)\b[^.]{0,25}\bchisporrot\w*",
        r"\bchisporrot\w* (?:el |la )?(?:enchufe|cable|toma|regleta|cargador|clavija)\b",
        r"\bsaltaron los plomos\b",
        r"\bdisjonct\w*",
        r"\bles plombs ont saute\b",
        r"\bprise (?:a )?(?:fondu|grille|noirci)\w*",
    ],
    "toxic_chemical": [
        r"\b(?:contains?|containing|traces? of|high in|tested positive for) lead\b",
        r"\blead[- ]based\b",
        r"\boff-?gass\w*",
        r"\bformaldehyd\w*",
        r"\bphthalat\w*",
        r"\bcarcinogen\w*",
        r"\bhuele (?:\w+ )?a (?:quimicos?|disolvente|gasolina|pintura|plastico quemado)\b",
        r"\bdisolvente\w*",
        r"\b(?:contiene|lleva|con) plomo\b",
        r"\bpintura (?:con|de) plomo\b",
        r"\bsent (?:le |la |l')?(?:produit chimique|solvant|essence|plastique brule)\b",
        r"\b(?:contient|contenant) du plomb\b",
        r"\bpeinture au plomb\b",
        r"\bformaldehyde\b",
    ],
}

# Cue patterns moved out of the strong list: they need a harmless-reading veto or a context.
_RAZOR = r"\brazor[- ]sharp\b"
_SWALLOWS = [r"\bswallow(?:ed|ing)?\b", r"\baval(?:e|er|ait|ant|ee|ees|es)\b",
             r"\bse (?:lo |la |los |las )?trag\w*"]
MORE_WEAK: dict[str, tuple[list[str], str]] = {
    # "le cabas avale tout le marché", "the tote swallows a week's shopping": a container
    "choking": (
        _SWALLOWS,
        r"\b(?:bags?|tote|backpack|rucksack|suitcase|basket|drawer|printer|vacuum|hoover|"
        r"letterbox|mailbox|cabas|sacs?|sacoche|valise|panier|tiroir|imprimante|aspirateur|"
        r"boite aux lettres|tirelire|trappe|mochila|bolso|bolsa|maleta|cesta|cajon|impresora|"
        r"aspiradora|buzon|hucha)\s+(?:\w+\s+){0,2}(?:swallow|aval|se (?:lo |la |los |las )?trag)",
    ),
    "cut_injury": (
        [_RAZOR, r"\bcoupe comme un rasoir\b", r"\bcorta como una (?:cuchilla|navaja)\b"],
        r"\b(?:knife|knives|blade|blades|scissors|shears|chisel|razor|cuchillos?|tijeras|"
        r"couteaux?|ciseaux|lame|lames)\b",
    ),
}
_SMELL = (
    r"\b(?:smell\w*|odou?r\w*|fumes?|stink\w*|stank|reek\w*|chemical\w*|paint|toxi\w*|gas|"
    r"olor\w*|huele|hedor|peste|quimic\w*|pintura|vapor\w*|odeur\w*|sent|puanteur|pue|gas|gases|"
    r"gaz|olia|olian|sentait|sentaient|apest\w*|empest\w*|pesticid\w*|bleach|lejia|javel|"
    r"chimique\w*|peinture|emanation\w*)\b"
)
CONTEXTUAL: list[tuple[str, list[str], str]] = [
    (
        "toxic_chemical",
        [
            r"\bheadaches?\b",
            r"\bnause\w*",
            r"\bdizz\w*",
            r"\bdolor de cabeza\b",
            r"\bmareos?\b",
            r"\bnauseas\b",
            r"\bmal (?:de|a la) tete\b",
            r"\bmaux de tete\b",
            r"\bvertiges?\b",
            r"\beyes? (?:water\w*|sting\w*|burn\w*)\b",
            r"\b(?:irrito|irritaron|picaban|lloraban) (?:\w+ )?ojos\b",
            r"\bpique (?:les|aux) yeux\b",
            r"\b(?:got|gets|get|getting|became|fell) (?:\w+ )?(?:sick|ill)\b",
            r"\bsore throat\b",
            r"\bvomit\w*",
            r"\bnause\w*",
            r"\bwoozy\b",
            r"\blight-?headed\b",
            r"\bmare(?:o|os|ado|ada|amos|aron|e|aba)\b",
            r"\bmalaises?\b",
            r"\bcough(?!\w* (?:syrup|drops?|sweets?|medicine|mixture))\w*",
            r"(?<!para la )\btos(?:er|ia|imos|ieron|iendo)?\b",
            r"\btouss\w*",
            r"\bthrew up\b",
            r"\bvomi\w*",
        ],
        _SMELL,
    ),
    (
        "electrical",
        [
            r"\bjolt\w*",
            r"\btingl\w*",
            r"\bcrackl\w*",
            r"\bwent (?:dark|dead)\b",
            r"\bchasquid\w*",
            r"\bsin corriente\b",
            r"\bcrepit\w*",
            r"\bplus de courant\b",
            r"\bbuzz\w* (?:through|in|on|into) (?:my|his|her|their)\b",
            r"\bhormigueo\w*",
            r"\bpicotement\w*",
        ],
        r"\b(?:plug\w*|socket|outlet|charg\w*|dock|cables?|cords?|wires?|mains|enchuf\w*|toma|"
        r"cargador|carga|prise|secteur|branch\w*)\b",
    ),
    (
        "choking",
        # turning blue is what choking looks like: "mi bebé se puso morado"
        [r"\binhal\w*",
         r"\b(?:he|she|baby|toddler|son|daughter|kid|child|lips|face) (?:turned|went) "
         r"(?:blue|purple)\b(?!-)",
         r"\bse puso (?:morad[oa]|azul)\b",
         r"\b(?:il|elle|bebe|fils|fille|enfant|levres) (?:est |sont )?devenue?s? "
         r"(?:bleue?s?|violette?s?)\b"],
        r"\b(?:son|daughter|baby|toddler|kid|child|nephew|niece|hijo|hija|bebe|nino|nina|fils|"
        r"fille|enfant|petit|petite|nearly|almost|casi|failli)\b",
    ),
    (
        "allergic_reaction",
        [r"\bboutons\b"],
        r"\b(?:peau|visage|rouges?|demang\w*|gratt\w*|corps|cou|joues?|front|plaques?|"
        r"eczema|allerg\w*)\b",
    ),
]

MORE["allergic_reaction"] += [r"\boozing\b", r"\boozed\b", r"\bpus\b", r"\bsupura\w*"]
MORE["electrical"] += [
    r"\bshock(?:s|ed)? (?:you|me|him|her|us|them|everyone|anyone)\b",
    r"\b(?:fuse|fuses|breaker|breakers) (?:keeps? |kept )?(?:blowing|blew|blown|tripping|trips)\b",
    r"\b(?:plug|socket|outlet|cord|cable|prise|enchufe)\b[^.]{0,20}\b(?:sizzl\w*|gresill\w*)",
]
# Allergy mentions that are about a menu or a kind waiter, not a reaction.
_SMOKE = next(p for p in _BASE["burn_fire"] if p.startswith(r"\bsmok("))
MORE_WEAK["burn_fire"] = (  # "the rental car smelled of smoke" is stale tobacco, not a fire
    [_SMOKE],
    r"\b(?:cigarettes?|tobacco|smokers?|car|room|hotel|bar|pub|rental|non-smoking|deals?|price|"
    r"offers?|bargain)\b",
)
_CUT_OFF = next(p for p in _BASE["cut_injury"] if "chopped) off" in p)
MORE_WEAK["cut_injury:off"] = (  # "the prints cut off people's heads", "cut off the power"
    [_CUT_OFF],
    r"\b(?:photos?|prints?|pictures?|images?|cropp\w*|signal|power|supply|calls?|sentence|"
    r"screen|subtitles?|sound|music|water|wifi)\b",
)
MORE_WEAK["allergic_reaction"] = (
    [r"\balergias\b", r"\ballergies\b"],
    r"\b(?:remember\w*|noted|menu|options?|friendly|acord\w*|record\w*|apunt\w*|carta|menu|"
    r"retenu\w*|note\w*|carte|nuestras|nos|our|tenir compte|en cuenta)\b",
)

MORE["toxic_chemical"] += [
    r"\bgas leak\w*", r"\bleak(?:s|ed|ing)? gas\b", r"\bsmells? (?:\w+ )?of gas\b",
    r"\bfugas? de gas\b", r"\bpierde gas\b", r"\bperdia gas\b", r"\bolor a gas\b",
    r"\bfuite de gaz\b", r"\bfuit (?:le |du )?gaz\b", r"\bodeur de gaz\b", r"\btufo\b",
]
MORE["cut_injury"] += [
    r"\b(?:tore|torn|ripped|gashed|opened|split) (?:open )?(?:my|his|her|their) (?:[\w']+ )?"
    r"(?:palm|hand|skin|finger|leg|shin|knee|arm|lip|chin|ankle|calf)\b",
    r"\b(?:me|le|se) (?:abrio|rajo|raspo|desgarro) (?:el|la) (?:espinilla|tobillo|rodilla|"
    r"pantorrilla|palma|mano|dedo|brazo|pierna|labio|frente)\b",
    r"\b(?:m'a|lui a) (?:ouvert|ecorche|entaille|dechire|arrache) (?:le|la|les|l') ?(?:tibia|"
    r"cheville|genou|mollet|paume|main|doigt|bras|jambe|levre|front|peau)\b",
]
MORE["choking"] += [r"\b(?:nearly|almost) inhal\w*"]
MORE["burn_fire"] += [r"\bflared up\b", r"\bllamarad\w*", r"\bflambee\b"]

MORE["burn_fire"] += [
    r"\b(?:spat|spits|sprayed|splashed|spilled|spilt|squirted|shot)\b[^.]{0,30}\b(?:boiling|scalding)\b",
    r"\b(?:boiling|scalding) (?:\w+ )?(?:onto|on|over) (?:my|his|her|their)\b",
    r"\b(?:escupi\w*|salpic\w*|derram\w*)\b[^.]{0,30}\bhirvi\w*",
    r"\bhirviendo (?:en|sobre|por) (?:la|mi|su|el) (?:mano|brazo|cara|pierna|piel)\b",
    r"\bglow(?:ed|ing|s)? (?:red|orange)\b", r"\bred[- ]hot\b(?! water)", r"\bal rojo\b",
    r"\bcram(?:e|ee|es|ait)\b", r"\bdevenue? rouge\b",
]
MORE["allergic_reaction"] += [
    r"\bantihistamin\w*", r"\bantihistaminiques?\b",
    r"\benfl(?:e|ee|es|er|ait|aient|ent|ure)\b",
]
MORE["cut_injury"] += [
    r"\btaillad\w*", r"\brazor[- ]edge\b",
    r"\b(?:scratched|scraped|grazed) (?:[\w']+ ){0,2}(?:back|neck|chest|stomach|belly) raw\b",
]
MORE["electrical"] += [
    r"\barc(?:ed|ing)\b", r"\barcos? electric\w*", r"\barcs? electrique\w*",
    r"\belectric(?:al)? (?:tingl\w*|buzz\w*)", r"\bhormigueo electric\w*",
    r"\bpicotements? electriques?\b",
]
MORE["toxic_chemical"] += [r"\bpesticid\w*", r"\binsecticid\w*", r"\bherbicid\w*"]
CONTEXTUAL.append((
    "allergic_reaction",
    [r"\bitchy\b", r"\bpica(?:ba|ban|n)?\b", r"\bbult(?:os|itos)\b", r"\bbumps\b",
     r"\bgratt(?:e|ent|ait|aient)\b"],
    r"\b(?:skin|hands?|arms?|face|neck|legs?|scalp|bumps|spots|rash\w*|piel|manos|brazos|cara|"
    r"cuello|piernas|bultitos|granos|ronchas|peau|mains|bras|visage|cou|jambes|boutons|plaques)\b",
))

# Round 12 misses, generalised.
MORE["burn_fire"] += [
    r"\b(?:so hot|tellement chauffe|se calento tanto)\b[^.]{0,30}\b(?:mark|marca|marque|scorch\w*|"
    r"melt\w*|brown|marron|brune?)\b",
    r"\bcoups? de soleil\b",
]
MORE["choking"] += [
    r"\b(?:button|coin) cells?\b",
    r"\b(?:baby|toddler|son|daughter|bebe|hijo|hija|fils|fille)\b[^.]{0,25}\b(?:sucking on|chewing on|"
    r"chupando|chupaba|mordisqueando|sucait|suce|machouillait)\b",
]
MORE["allergic_reaction"] += [
    r"\bpuffy\b", r"\bbouffi\w*", r"\babultad[oa]s\b", r"\bweeping (?:sores|skin|rash)\b",
    r"\bllagas?\b", r"\bsuintant\w*", r"\bmarbre(?:e|es|s)? (?:et|and|y)\b",
]
MORE["cut_injury"] += [
    r"\bstabbed (?:my|his|her|their)\b",
    r"\b(?:se me|se le|se nos) clav\w* en (?:la|el|mi|su) (?:mano|dedo|pie|brazo|pierna)\b",
    r"\bs'est plante\w* dans (?:ma|sa|la|mon|son) (?:main|doigt|pied|bras|jambe|paume)\b",
    r"\bdraws? blood\b", r"\bdrew blood\b",
]
MORE["electrical"] += [
    r"\b(?:deck|chassis|case|casing|body|metal|frame|base)\b[^.]{0,12}\b(?:is|was|went) live\b",
    r"\bsous tension\b", r"\bda corriente\b", r"\bdio (?:la )?corriente\b",
    r"\belectris\w*",
]
MORE["toxic_chemical"] += [
    r"\bchlorine\b", r"\bcloro\b", r"\bchlore\b",
    r"\b(?:bleach|lejia|javel)\b[^.]{0,25}\b(?:mix\w*|mezcl\w*|melang\w*|stank|apesto|empeste)\w*",
    r"\b(?:mix\w*|mezcl\w*|melang\w*) (?:\w+ ){0,3}(?:bleach|lejia|javel)\b",
    r"\b(?:leaked|leaking|leaks|solt\w*|couler) (?:\w+ ){0,2}(?:blue |strange |weird )?(?:liquid|liquido|"
    r"liquide)\b[^.]{0,25}\b(?:food|vegetables|verduras|comida|legumes|nourriture|fruit\w*)\b",
]

# A risk the customer states ("danger of cuts", "peligro de quemaduras", "risque d'étouffement"):
# the negation gate keeps "no risk of burns", "sin peligro de cortes", "aucun risque de".
_RISK_EN = r"\b(?:risk|danger|hazard) of (?:an? |getting |serious )?"
_RISK_ES = r"\b(?:peligro|riesgo) (?:real |serio |grave )?de "
_RISK_FR = r"\b(?:risque|danger) (?:reel |serieux |grave )?(?:de |d')"
# category: what is at risk, in English, Spanish and French (after _RISK_EN/_ES/_FR)
_STATED_RISKS = {
    "cut_injury": (r"(?:cuts?|cutting (?:yourself|your|their|his|her)|injur\w*|lacerat\w*)",
                   r"(?:cortes?|cortarse|cortarte|lesion\w*|herid\w*)",
                   r"(?:coupures?|se couper|blessures?|se blesser)\b"),
    "burn_fire": (r"(?:burns?|burning (?:yourself|your|their|his|her)|scald\w*|fire)\b",
                  r"(?:quemadura\w*|quemarse|quemarte|incendio)",
                  r"(?:brulures?|se bruler|incendie|ebouillant\w*)"),
    "choking": (r"(?:choking|suffocat\w*)", r"(?:asfixia|atragantamiento|ahogamiento)",
                r"(?:etouffement|asphyxie)"),
    "electrical": (r"(?:electric(?:al)? shocks?|electrocution|shocks?)\b",
                   r"(?:descargas?|electrocu\w*|calambres?)",
                   r"(?:electrocution|electrisation|chocs? electriques?|decharges? electriques?)"),
    "toxic_chemical": (r"(?:poisoning|intoxication)", r"(?:intoxicaci\w*|envenenamiento)",
                       r"(?:intoxication|empoisonnement)"),
}
for _category, (_en, _es, _fr) in _STATED_RISKS.items():
    MORE[_category] += [_RISK_EN + _en, _RISK_ES + _es, _RISK_FR + _fr]
