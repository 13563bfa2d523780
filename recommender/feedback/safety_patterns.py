"""The safety patterns (folded text: lower case, no accents), in English, Spanish and French.

``PATTERNS`` are strong cues; ``WEAK`` cues carry a veto regex: the cue is ignored when its
clause shows a harmless reading ("melts in your mouth", "the air mattress inflated").
"""

from __future__ import annotations

OBJ_EN = r"(?:my|his|her|their|our|your|me|him|us|them|myself|himself|herself|themselves)"
PATTERNS: dict[str, list[str]] = {
    "burn_fire": [
        # en
        r"\b(?:caught|catch(?:es|ing)?) (?:on )?fire\b",
        r"\bon fire\b",
        r"\bfire hazard\b",
        r"\bburst into flames?\b",
        r"\bflames?\b(?![- ](?:red|orange|yellow|colou?r|retardant|resistant|proof))",
        r"\bsunburn\w*",
        r"\bscald\w*",
        r"\bebouillant\w*",  # "s'est ébouillanté la main" (text is folded: no accents)
        r"\bescald\w*",  # "se escaldó la mano"
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
        r"(?<!oferta que )(?<!precio que )(?<!precios que )\bquem(?!ador)\w*\b(?! (?:de (?:forma|manera) (?:uniforme|regular)|bien|durante horas|"
        r"(?:la |el )?(?:lena|madera|carbon|combustible)))",
        r"(?<!alarma de )(?<!alarmas de )(?<!detector de )(?<!alarme )(?<!alarme d')(?<!detecteur d')(?<!detecteur )(?<!alarma contra )\bincendi\w*",
        r"(?<!rojo )(?<!color )(?<!naranja )(?<!amarillo )(?<!tono )(?<!de )\bfuego\b(?! (?:lento|medio|alto|vivo))",
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
        r"\bbrul(?!eur)\w*\b(?! (?:de (?:facon|maniere) reguliere|bien|longtemps|lentement|"
        r"pendant (?:des|\d+) heures|proprement|sans (?:aucune )?fumee|(?:le |du )?(?:bois|combustible|charbon)))",
        r"\bfondre\b",
        r"(?<!alarma de )(?<!alarmas de )(?<!detector de )(?<!alarme )(?<!alarme d')(?<!detecteur d')(?<!detecteur )(?<!alarma contra )\bincendie\w*",
        r"\bpris feu\b",
        r"\bprend feu\b",
        r"(?<!rouge )(?<!orange )\bflammes?\b",
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
        r"\bstuck in (?:\w+ )?(?:throat|windpipe)\b",
        r"\b(?:atascad|atorad|clavad|quedo|atasco|atoro)\w* en (?:la|su) garganta\b",
        r"\bcoince\w* dans (?:la|sa|leur) gorge\b",
        r"\bgagg?(?:ed|ing)\b",
        r"\batragant\w*",
        r"\basfixi\w*",
        r"\bahog(?:o|aba|ando|arse|ado|ada|ue|uen|ara)\b",
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
        r"\bswell(?:ing|ed|s up| up)\b",
        r"\bswollen\b",
        r"\banaphyla\w*",
        r"\birritat(?:ed|ion)\b",
        r"\bred (?:bumps|spots|blotches|patches)\b",
        r"\bepipen\b",
        r"\balergi(?!as\b)\w*",
        r"\bsarpullido\w*",
        r"\berupci\w*",
        r"\broncha\w*",
        r"\bpicor\w*",
        r"\bpicazon\w*",
        r"\bme pica\w*",
        r"\bhinchaz\w*",
        r"\b(?:se|me|le|les) (?:me |le )?hinch\w*",
        r"\birritaci\w*",
        r"\burticaria\b",
        r"\benrojec\w*",
        r"\ballergi(?!es\b)\w*",
        r"\beruption\w*",
        r"\bplaques rouges\b",
        r"\bboutons\b",
        r"\bdemangeaison\w*",
        r"\burticaire\b",
        r"\birrite(?:e|es|s)?\b",
        r"\bgonfl(?:e|ee|es|ees|ement|er|ait|aient|ent)\b",
        r"\birritation\w*",
        r"\brougeurs?\b",
        r"\bchoc anaphylactique\b",
    ],
    "cut_injury": [
        r"\bcut " + OBJ_EN + r"\b",
        r"\bcut (?:the |a )?(?:finger|hand|thumb|skin|lip|leg|"
        r"foot|arm)\b",
        r"\bsharp (?:metal |plastic )?(?:edges?|corners?|points?|burrs?)\b",
        r"\bsliced (?:open|" + OBJ_EN + r"|(?:the )?(?:tip|end|top|side) of " + OBJ_EN + r")\b",
        r"\b(?:slice|sliced|cut|chopped) off\b",
        r"\bbleed\w*",
        r"\bbled\b",
        # not "bloody" as a British or Australian intensifier ("bloody ripper", "bloody awful")
        r"\bblood(?!y (?:ripper|brilliant|great|good|gorgeous|awful|terrible|hell|well|lovely|"
        r"fantastic|amazing|useless|rubbish|expensive|annoying|hopeless|nightmare|love|loved|"
        r"beaut|beauty|legends?|bargain|ridiculous|joke|disgrace|shambles|quick|fast|slow|"
        r"perfect|genius|delicious|stunning|beautiful|cute|marvellous|excellent|chuffed|"
        r"impressed|ages|forever|never|huge|tiny|massive|big|small|noisy|cheap|dear|deadly|"
        r"mint|unreal|epic|ace|top|good|bonza|bonzer)\b)\w*",
        r"\binjur\w*",
        r"\bwound\w*",
        r"\bstitches\b",
        r"\blacerat\w*",
        r"\bhurt (?:myself|himself|herself|themselves|ourselves)\b",
        r"\b(?:got|was|were|"
        r"been|getting) (?:badly |seriously )?hurt\b",
        r"\bsplinters?\b",
        r"\bgash\w*",
        r"\bpinched " + OBJ_EN + r"\b",
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
        r"\blastim(?!a\b)\w*",
        r"\bastilla\w*",
        r"\b(?:me|le|se) rebano\w*",
        r"\b(?:me|le|te) (?:rebane|rebano|raje|rajo|arano|arane)\b",
        r"\bse (?:rebano|arano)\b",
        r"\bhizo sangre\b",
        r"\b(?:le|me|se|te|les) "
        r"cort\w*",
        r"\bcort\w* (?:la|el|su|mi|sus|mis) (?:mano|manos|dedo|dedos|pie|brazo|"
        r"piel|pierna|cara)\b",
        r"\bme suis coupe\w*",
        r"\bs'est coupe\w*",
        r"\bcoupe (?:le|au|la|les) (?:doigt|main|"
        r"pied|bras|levre)\w*",
        r"\bcoupure\w*(?! (?:automatique|de courant|d'electricite|de gaz|d'eau|reseau))",
        r"\b(?:bords?|aretes?|coins?) (?:tres |"
        r"super )?(?:tranchant|coupant)\w*",
        r"\bsaign\w*",
        r"\bblesse\w*",
        r"\bblessure\w*",
        r"\bechardes?\b",
        r"\b(?:m'a|l'a|lui a|s'est|se sont|me suis) coupe\w*",
        r"\brazor[- ]sharp\b",
        r"\b(?:needed|need|needs|put on|required) (?:a |some )?(?:bandages?|band-?aids?|plasters?|"
        r"stitches)\b",
        r"\bcorta como una (?:cuchilla|navaja)\b",
        r"\b(?:necesito|necesite|necesitamos|puse|pusimos) (?:una |unas )?(?:tiritas?|vendas?|"
        r"puntos)\b",
        r"\bcoupe comme un rasoir\b",
        r"\bbesoin d'un (?:pansement|bandage)\b",
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
        r"\bshocked " + OBJ_EN + r"\b",
        r"\b(?:got|get|gets|getting|received|gave|gives) (?:me |him |her |us )?(?:a |an )?"
        r"(?:small |nasty |big |mild )?(?:electric(?:al)? )?shock(?:s|ed)?\b",
        r"\bzapped\b",
        r"\bspark(?:s|ed|ing)?\b",
        r"\bshort(?:ed)?[- ](?:circuit\w*|out)\b",
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
        # not an appliance that works with steam: "lisseur vapeur", "fer à vapeur"
        r"(?<!lisseur )(?<!fer a )(?<!fer )(?<!nettoyeur )(?<!centrale )(?<!cuisson )"
        r"(?<!brosse )(?<!balai )(?<!defroisseur )(?<!cuiseur )\bvapeurs?\b",
        r"\bintoxi\w*",
        r"\bempoison\w*",
        r"\bmal (?:de|a la) tete\b",
        r"\bmaux de tete\b",
        r"\bvertiges?\b",
    ],
}
# Weaker cues, dropped when the clause shows a harmless reading ("melts in your mouth",
# "the air mattress inflated").
WEAK: dict[str, tuple[list[str], str]] = {
    "choking": (
        [
            r"\bin (?:his|her|their|my|our|the) (?:[\w']+ )?(?:mouth|throat)\b",
            r"\b(?:en|a) (?:la|su) boca\b",
            r"\bdans (?:sa|la|leur|ma|son) bouche\b",
        ],
        r"\b(?:taste|tastes|flavou?r|melt\w*|delicious|sweet|sabor|gusto|deshace|"
        r"delicios\w*|dulce|gout|fond|delicieu\w*|saveur|sucre)\b",
    ),
    "allergic_reaction": (
        [
            r"\bswell(?:ing|ed|s up| up)\b",
            r"\bswollen\b",
            r"\b(?:se|me|le|les) (?:me |le )?hinch\w*",
            r"\bhinchaz\w*",
            r"\bgonfl(?:e|ee|es|ees|ement|er|ait|aient|ent)\b",
            r"\bhinchad[oa]s?\b",
        ],
        r"\b(?:matelas|ballons?|pneus?|bouees?|piscines?|gonflables?|colchon|globos?|"
        r"piscina|ruedas?|neumaticos?|hinchable|inflable|mattress|balloons?|"
        r"tyres?|tires?|pool|inflat\w*|batter\w*|power bank|bateria|"
        r"batterie|wood|madera|bois)\b",
    ),
}
for _cat, (_pats, _veto) in WEAK.items():
    PATTERNS[_cat] = [p for p in PATTERNS[_cat] if p not in _pats]
