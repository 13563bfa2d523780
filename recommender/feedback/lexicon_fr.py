"""French sentiment lexicon, written for this project (accents folded, VADER-like -3..3 scale).

``WORDS`` match whole tokens, ``STEMS`` match the start of a token (inflections), ``PHRASES``
match token sequences and are never negated ("pas terrible" is negative, "pas mal" positive).
"""

from __future__ import annotations

WORDS: dict[str, float] = {
    "bien": 1.5, "bon": 1.9, "bons": 1.9, "bonne": 1.9, "bonnes": 1.9, "top": 2.0,
    "super": 2.5, "genial": 3.0, "geniale": 3.0, "geniaux": 3.0, "parfait": 3.0,
    "parfaite": 3.0, "parfaits": 3.0, "parfaites": 3.0, "mieux": 1.5, "meilleur": 2.0,
    "meilleure": 2.0, "beau": 2.0, "belle": 2.0, "beaux": 2.0, "belles": 2.0, "joli": 2.0,
    "jolie": 2.0, "jolis": 2.0, "jolies": 2.0, "rapide": 1.5, "rapides": 1.5,
    "pratique": 1.5, "pratiques": 1.5, "utile": 1.5, "utiles": 1.5, "solide": 1.5,
    "solides": 1.5, "merci": 1.0, "nickel": 2.5, "impeccable": 2.5, "impeccables": 2.5,
    "ideal": 2.5, "ideale": 2.5, "agreable": 2.0, "agreables": 2.0, "confortable": 2.0,
    "confortables": 2.0, "facile": 1.5, "faciles": 1.5, "doux": 1.0, "douce": 1.0,
    "efficace": 2.0, "efficaces": 2.0, "ravi": 2.5, "ravie": 2.5, "ravis": 2.5,
    "content": 2.0, "contente": 2.0, "contents": 2.0, "heureux": 2.5, "heureuse": 2.5,
    "conforme": 1.5, "conformes": 1.5, "sympa": 2.0, "chouette": 2.0, "cool": 1.5,
    "fonctionne": 0.8, "fonctionnent": 0.8, "marche": 0.3, "correct": 1.0, "correcte": 1.0,
    "bravo": 2.5, "adorable": 2.5, "rapidement": 1.2, "aimable": 2.0, "aimables": 2.0,
    "serviable": 2.0, "fiable": 1.5, "fiables": 1.5, "reussi": 2.0, "reussie": 2.0,
    "mal": -2.0, "mauvais": -2.5, "mauvaise": -2.5, "mauvaises": -2.5, "pire": -3.0,
    "pires": -3.0, "nul": -3.0, "nulle": -3.0, "nuls": -3.0, "nulles": -3.0,
    "cher": -1.2, "chere": -1.2, "chers": -1.2, "cheres": -1.2, "lent": -1.5, "lente": -1.5,
    "lents": -1.5, "casse": -2.0, "cassee": -2.0, "casses": -2.0, "cassees": -2.0,
    "moche": -2.0, "moches": -2.0, "honte": -2.5, "arnaque": -3.0, "bof": -1.5, "decu": -2.5,
    "decue": -2.5, "decus": -2.5, "decues": -2.5, "sale": -1.5, "sales": -1.5,
    "dommage": -1.5, "retard": -1.5, "retards": -1.5, "probleme": -1.5, "problemes": -1.5,
    "souci": -1.2, "soucis": -1.2, "panne": -2.0, "fragile": -1.5, "fragiles": -1.5,
    "inutile": -2.5, "inutiles": -2.5, "mediocre": -2.0, "minable": -3.0, "pourri": -3.0,
    "pourrie": -3.0, "nase": -2.5, "naze": -2.5, "galere": -2.0, "bidon": -2.5,
    "faux": -1.5, "fausse": -1.5, "tache": -1.5, "taches": -1.5, "terrible": -2.5,
    "terribles": -2.5, "deteste": -3.0, "fuyez": -3.0, "rate": -1.5, "ratee": -1.5,
    "bancal": -2.0, "defaut": -1.5, "defauts": -1.5, "jamais": -0.5, "zero": -1.0,
    "trop": -0.3, "horreur": -3.0, "dangereux": -2.5, "dangereuse": -2.5, "raye": -1.5,
    "rayee": -1.5, "abime": -2.0, "abimee": -2.0, "abimes": -2.0, "bruyant": -1.5,
    "bruyante": -1.5, "perte": -1.5, "colere": -2.5, "furieux": -3.0, "furieuse": -3.0,
    "triste": -1.5, "grave": -1.0, "laid": -2.0, "laide": -2.0, "rien": -0.3,
}

STEMS: dict[str, float] = {
    "excellen": 3.0, "fantasti": 3.0, "formidabl": 3.0, "merveill": 3.0, "magnifiq": 3.0,
    "superbe": 3.0, "ador": 3.0, "aime": 2.0, "aimon": 2.0, "recommand": 2.0,
    "satisfai": 2.0, "satisfact": 2.0, "apprec": 2.0, "enchant": 2.5, "plaisir": 2.0,
    "soigne": 1.5, "robust": 1.5, "resistant": 1.5, "confort": 2.0, "agreabl": 2.0,
    "efficac": 2.0, "incroyabl": 2.5, "epatant": 2.5, "genia": 3.0, "parfaitement": 2.5,
    "impecc": 2.5, "fonctionnel": 1.0, "qualitat": 1.0, "rassur": 1.5, "emerveill": 3.0,
    "decev": -2.5, "decept": -2.5, "deplor": -3.0, "lamentabl": -3.0, "catastroph": -3.0,
    "horribl": -3.0, "affreu": -3.0, "insatisf": -2.5, "mecontent": -2.5, "enerv": -2.0,
    "agac": -2.0, "frustr": -2.0, "regret": -2.0, "inadmissibl": -3.0, "inacceptabl": -3.0,
    "scandal": -3.0, "honteu": -2.5, "arnaq": -3.0, "escroq": -3.0, "defectu": -2.5,
    "endommag": -2.0, "abim": -2.0, "fissur": -2.0, "rembours": -0.5, "renvoy": -1.0,
    "degout": -3.0, "detest": -3.0, "gaspill": -2.0, "pitoyabl": -3.0, "inconfort": -2.0,
    "inutilisabl": -3.0, "dysfonction": -2.0, "dangereu": -2.5, "cauchemar": -3.0,
    "mediocr": -2.0, "desagreabl": -2.0, "malhonnet": -3.0, "impoli": -2.5,
    "incompet": -2.5, "ridicul": -2.0, "lament": -2.5, "plaindr": -1.5, "plainte": -1.5,
    "reclam": -1.0, "deteriore": -2.0, "decoll": -1.5, "dechir": -2.0, "rouill": -2.0,
    "bricol": -1.0, "inexistant": -2.0, "decevant": -2.5, "desastr": -3.0,
    "insupport": -3.0, "penibl": -2.0, "deplais": -2.0, "fach": -2.0,
}

PHRASES: dict[tuple[str, ...], float] = {
    ("pas", "terrible"): -1.5, ("pas", "top"): -1.5, ("pas", "ouf"): -1.5,
    ("pas", "fou"): -1.0, ("pas", "folichon"): -1.5, ("pas", "genial"): -1.5,
    ("pas", "mal"): 1.5, ("pas", "mal", "de"): 0.0, ("pas", "cher"): 1.5,
    ("pas", "chere"): 1.5, ("pas", "chers"): 1.5, ("pas", "donne"): -1.0,
    ("pas", "de", "souci"): 1.2, ("pas", "de", "soucis"): 1.2, ("aucun", "souci"): 1.2,
    ("sans", "souci"): 1.2, ("sans", "doute"): 0.5, ("sans", "hesiter"): 1.0,
    ("sans", "hesitation"): 1.0, ("non", "seulement"): 0.0, ("sans", "plus"): -0.8,
    ("ne", "fonctionne", "pas"): -2.5, ("ne", "fonctionnent", "pas"): -2.5,
    ("ne", "marche", "pas"): -2.5, ("ne", "marchent", "pas"): -2.5,
    ("ne", "fonctionne", "plus"): -2.5, ("ne", "marche", "plus"): -2.5,
    ("n", "a", "jamais", "fonctionne"): -2.5, ("ne", "sert", "a", "rien"): -3.0,
    ("ne", "vaut", "pas"): -2.0, ("vaut", "le", "coup"): 2.0, ("vaut", "la", "peine"): 2.0,
    ("rien", "a", "redire"): 2.5, ("rien", "a", "dire"): 1.5, ("au", "top"): 2.5,
    ("perte", "de", "temps"): -3.0, ("perte", "d", "argent"): -3.0,
    ("jete", "par", "la", "fenetre"): -2.5, ("a", "eviter"): -2.5, ("a", "fuir"): -3.0,
    ("je", "ne", "recommande", "pas"): -2.5, ("ne", "le", "recommande", "pas"): -2.5,
    ("jamais", "arrive"): -2.5, ("jamais", "recu"): -2.5, ("toujours", "pas", "recu"): -2.5,
    ("pas", "recu"): -2.0, ("bon", "rapport", "qualite", "prix"): 2.5,
    ("excellent", "rapport", "qualite", "prix"): 3.0, ("rapport", "qualite", "prix"): 0.0,
    ("mauvais", "rapport", "qualite", "prix"): -2.5, ("mauvaise", "qualite"): -2.5,
    ("bonne", "qualite"): 2.0, ("ne", "peux", "que", "recommander"): 2.5,
    ("ne", "peux", "que", "le", "recommander"): 2.5, ("s", "est", "casse"): -2.5,
    ("s", "est", "cassee"): -2.5, ("cinq", "etoiles"): 2.5, ("une", "etoile"): -2.0,
    ("pas", "de", "probleme"): 1.2, ("aucun", "probleme"): 1.2, ("sans", "probleme"): 1.2,
    ("comme", "prevu"): 1.0, ("comme", "decrit"): 1.0, ("fait", "le", "job"): 1.5,
    ("fait", "le", "travail"): 1.5, ("fait", "l", "affaire"): 1.5, ("ca", "va"): 0.5,
    ("sans", "interet"): -2.0, ("pas", "conforme"): -2.0, ("n", "est", "pas", "conforme"): -2.0,
    ("rien", "de", "special"): -0.8, ("rien", "d", "extraordinaire"): -0.8,
}

WORDS.update({
    "propre": 1.5, "propres": 1.5, "charmant": 2.5, "charmante": 2.5, "charmants": 2.5,
    "accueillant": 2.0, "accueillante": 2.0, "accueillants": 2.0, "delicieux": 3.0,
    "delicieuse": 3.0, "delicieuses": 3.0, "savoureux": 2.5, "savoureuse": 2.5,
    "sympathique": 2.0, "sympathiques": 2.0, "passionnant": 2.5, "passionnante": 2.5,
    "inoubliable": 3.0, "reviendrons": 2.0, "reviendrai": 2.0, "racheterai": 2.0,
    "rachete": 1.0, "stable": 1.0, "mignon": 2.0, "mignonne": 2.0, "elegant": 2.0,
    "elegante": 2.0, "spacieux": 1.5, "spacieuse": 1.5, "lumineux": 1.5, "lumineuse": 1.5,
    "calme": 1.0, "silencieux": 1.5, "silencieuse": 1.5, "puissant": 1.5, "puissante": 1.5,
    "simple": 0.8, "clair": 0.5, "claire": 0.5, "chaleureux": 2.5, "chaleureuse": 2.5,
    "professionnel": 1.5, "professionnelle": 1.5, "drole": 2.0, "droles": 2.0,
    "emouvant": 2.5, "emouvante": 2.5, "captivant": 2.5, "captivante": 2.5,
    "reussite": 2.5, "merveille": 3.0, "pepite": 2.5, "bijou": 2.0, "classe": 1.5,
    "ennuyeux": -2.5, "ennuyeuse": -2.5, "ennui": -2.0, "long": 0.0, "grince": -1.5,
    "grincent": -1.5, "humidite": -1.5, "retreci": -2.0, "retrecie": -2.0, "decousu": -2.0,
    "decousue": -2.0, "incomprehensible": -2.0, "incomprehensibles": -2.0,
    "incomplet": -2.0, "incomplete": -2.0, "manquant": -1.5, "manquante": -1.5,
    "manquantes": -1.5, "manquants": -1.5, "froid": -0.5, "froide": -0.5, "froids": -0.5,
    "tiede": -1.0, "fade": -2.0, "fades": -2.0, "salee": -0.8,
    "immangeable": -3.0, "cru": -1.0, "crue": -1.0, "dur": -0.8, "sec": -0.8, "seche": -0.8,
    "bruyants": -1.5, "sombre": -0.5, "etroit": -1.0, "etroite": -1.0, "vieux": -0.5,
    "vieille": -0.5, "use": -1.0, "usee": -1.0, "perime": -2.5, "perimee": -2.5,
    "attente": -1.0, "ignore": -1.5, "perdu": -1.5, "perdue": -1.5, "trempe": -1.5,
    "coincent": -1.5, "coince": -1.5, "rouille": -2.0, "rouillee": -2.0,
    "desastreux": -3.0, "desastreuse": -3.0, "limite": -1.0, "moyen": -0.8,
    "moyenne": -0.5, "passable": -0.8, "complique": -1.5, "compliquee": -1.5,
    "difficile": -1.0, "lourd": -0.5, "lourde": -0.5, "instable": -2.0, "branlant": -2.0,
    "branlante": -2.0,
})
STEMS.update({
    "delicieu": 3.0, "savoureu": 2.5, "sympathi": 2.0, "passionn": 2.5, "inoubliabl": 3.0,
    "chaleureu": 2.5, "captiv": 2.5, "emouv": 2.5, "amusant": 2.0, "divert": 2.0,
    "interessant": 1.5, "spacieu": 1.5, "lumineu": 1.5, "elegan": 2.0, "irreproch": 3.0,
    "agreablement": 2.0, "impressionn": 2.0, "excellem": 3.0, "ravissant": 2.5,
    "genialissim": 3.0, "sublime": 3.0, "somptu": 3.0, "exceptionn": 3.0, "efficacit": 1.5,
    "rapidit": 1.5, "ponctu": 1.5, "gentil": 2.0, "serviabl": 2.0, "professionnal": 1.5,
    "ennuy": -2.5, "retrec": -2.0, "decous": -2.0, "incomprehens": -2.0, "incomplet": -2.0,
    "insipid": -2.0, "degueu": -3.0, "infect": -2.5, "crasseu": -2.5, "poussier": -1.5,
    "moisi": -2.5, "puant": -2.5, "bruyant": -1.5, "desordon": -1.5,
    "desorganis": -2.0, "bonde": -1.5, "surcote": -2.0, "surfait": -2.0, "decevan": -2.5,
    "abime": -2.0, "dechire": -2.0, "delave": -2.0, "decolor": -2.0, "deforme": -2.0,
    "branl": -2.0, "bancal": -2.0, "instabl": -2.0, "desastreu": -3.0,
    "lamentablement": -2.5, "mediocrit": -2.0, "lenteur": -1.5, "attendr": -0.5,
    "enerve": -2.0, "indign": -3.0, "furieu": -3.0, "scandaleu": -3.0, "honteus": -2.5,
    "inadmiss": -3.0, "inexcus": -3.0, "previsibl": -1.2, "soporif": -2.5, "navrant": -2.5,
    "mechant": -2.0, "desagreab": -2.0, "hautain": -2.5, "grossier": -2.5,
})
PHRASES.update({
    ("ne", "repond", "jamais"): -2.0, ("ne", "repond", "pas"): -2.0,
    ("ne", "repondent", "pas"): -2.0, ("ne", "repondent", "jamais"): -2.0,
    ("aucune", "reponse"): -2.0, ("sans", "reponse"): -2.0, ("jamais", "repondu"): -2.0,
    ("ne", "ressemble", "pas"): -2.0, ("ne", "ressemble", "en", "rien"): -2.5,
    ("rien", "a", "voir"): -2.0, ("sert", "a", "rien"): -2.5,
    ("ne", "me", "sert", "a", "rien"): -3.0, ("cesse", "de", "fonctionner"): -2.5,
    ("arrete", "de", "fonctionner"): -2.5, ("tombe", "en", "panne"): -2.5,
    ("tombee", "en", "panne"): -2.5, ("en", "panne"): -2.0, ("ne", "tient", "pas"): -2.0,
    ("tient", "pas"): -1.5, ("laisse", "a", "desirer"): -2.5, ("bien", "emballe"): 1.5,
    ("bien", "emballee"): 1.5, ("en", "avance"): 1.5, ("a", "l", "heure"): 1.0,
    ("dans", "les", "temps"): 1.0, ("en", "parfait", "etat"): 2.0, ("en", "mauvais", "etat"): -2.0,
    ("je", "le", "rachete"): 2.0, ("je", "rachete"): 2.0, ("ne", "rachete", "pas"): -2.0,
    ("ne", "le", "racheterai", "pas"): -2.5, ("ne", "racheterai", "pas"): -2.5,
    ("plus", "jamais"): -2.5, ("ne", "reviendrai", "pas"): -2.5, ("ne", "reviendrons", "pas"):
    -2.5, ("trop", "bien"): 2.5, ("trop", "bon"): 2.5, ("trop", "beau"): 2.5,
    ("trop", "mignon"): 2.5, ("trop", "cool"): 2.5, ("va", "comme", "un", "gant"): 2.5,
    ("me", "va", "tres", "bien"): 2.0, ("du", "premier", "coup"): 1.0, ("en", "retard"): -1.5,
    ("pas", "stable"): -1.8, ("n", "est", "pas", "stable"): -2.0, ("mal", "fait"): -2.0,
    ("mal", "fini"): -2.0, ("bien", "fait"): 2.0, ("bien", "fini"): 2.0, ("bas", "de", "gamme"):
    -2.0, ("haut", "de", "gamme"): 2.0, ("de", "la", "camelote"): -3.0, ("camelote",): -3.0,
    ("pas", "content"): -2.0, ("pas", "contente"): -2.0, ("pas", "satisfait"): -2.0,
    ("pas", "satisfaite"): -2.0, ("je", "ne", "suis", "pas", "satisfait"): -2.0,
    ("s", "est", "decousu"): -2.0, ("s", "est", "decousue"): -2.0, ("a", "retreci"): -2.0,
    ("n", "achetez", "pas"): -2.5, ("n", "achetez", "surtout", "pas"): -3.0,
})

WORDS.update({
    "juteux": 2.0, "juteuse": 2.0, "croustillant": 1.5, "croustillante": 1.5,
    "croustillants": 1.5, "croustillantes": 1.5, "fiasco": -3.0, "meilleures": 2.0,
    "meilleurs": 2.0, "odeur": -0.8, "risque": -1.5, "vite": 0.8, "reviens": 1.5,
    "claires": 0.5, "clairs": 0.5, "lache": -2.0, "lachee": -2.0, "ecrase": -1.5,
    "ecrasee": -1.5, "eclate": -1.5, "touchant": 2.0, "touchante": 2.0, "gache": -2.5,
    "gachee": -2.5, "morceaux": -1.0, "gratte": -1.5, "oublie": -1.5, "oublies": -1.5,
    "carton": 0.0, "tendre": 1.5,
})
STEMS.update({
    "decoi": -2.5, "simplifi": 1.5, "impressionnant": 2.5, "oubli": -1.5, "gach": -2.5,
    "ecras": -1.5, "savour": 2.5,
})
PHRASES.update({
    ("ne", "pourrais", "pas", "etre", "plus"): 2.5, ("ne", "pourrais", "pas", "etre", "mieux"):
    2.5, ("de", "meilleures"): -1.0, ("j", "ai", "vu", "mieux"): -1.5,
    ("j", "ai", "connu", "mieux"): -1.5, ("j", "ai", "mange", "mieux"): -1.5,
    ("n", "arrive", "pas", "a", "la", "cheville"): -2.5, ("a", "la", "hauteur"): 1.5,
    ("pas", "a", "la", "hauteur"): -2.0, ("durent", "plus"): 1.5, ("durent", "bien", "plus"): 1.5,
    ("dure", "plus"): 1.5, ("en", "morceaux"): -2.0, ("differentes", "des", "photos"): -2.0,
    ("different", "de", "la", "photo"): -2.0, ("differente", "de", "la", "photo"): -2.0,
    ("ne", "decoit", "jamais"): 2.5, ("rien", "a", "signaler"): 1.5,
    ("vaut", "le", "detour"): 2.5, ("une", "affaire"): 2.0, ("une", "bonne", "affaire"): 2.5,
    ("passez", "votre", "chemin"): -2.5, ("bon", "marche"): 0.0, ("bien", "trop"): 0.0,
    ("jeu", "d", "enfant"): 2.0, ("en", "carton"): -1.0, ("j", "en", "ai", "rachete"): 2.0,
    ("fait", "le", "boulot"): 1.5, ("a", "lache"): -2.0, ("ont", "lache"): -2.0,
})

WORDS.update({
    "attentif": 2.0, "attentive": 2.0, "attentifs": 2.0, "inefficace": -2.0, "retour": -0.5,
    "tard": -1.0, "frais": 1.0, "fraiche": 1.0, "rance": -2.5, "mou": -1.0, "molle": -1.0,
    "rugueux": -1.5, "leger": 0.5, "legere": 0.5, "faible": -1.5, "brillant": 2.0,
    "brillante": 2.0, "confus": -1.5, "confuse": -1.5, "intuitif": 2.0, "intuitive": 2.0,
    "original": 1.0, "originale": 1.0, "authentique": 1.5, "normal": -0.2, "acceptable": 0.8,
    "decent": 1.2, "excessif": -1.5, "vol": -1.0, "aubaine": 2.5, "promo": 0.5,
    "conseille": 2.0, "deconseille": -2.5, "eviter": -1.5, "evitez": -2.0, "surprenant": 1.0,
    "echec": -2.5, "succes": 2.0, "erreur": -1.5, "erreurs": -1.5, "superieur": 1.5,
    "inferieur": -1.5, "extra": 2.0, "risible": -2.0,
})
STEMS.update({"epoustoufl": 3.0, "deconseil": -2.5})
PHRASES.update({("du", "vol"): -2.5, ("c", "est", "du", "vol"): -2.5})

WORDS.update({
    "bonheur": 3.0, "succulent": 3.0, "succulente": 3.0, "splendide": 3.0,
    "serviable": 2.0, "caoutchouteux": -1.5, "carbonise": -2.0, "carbonisee": -2.0,
    "plantage": -2.0, "plantages": -2.0, "genant": -2.0, "genants": -2.0, "genante": -2.0,
    "pitie": -1.5, "surchauffe": -2.0, "affaisse": -1.5, "effrite": -1.5, "volontiers": 1.5,
})
STEMS.update({"surchauff": -2.0, "effrit": -1.5, "affaiss": -1.5})
PHRASES.update({
    ("au", "mieux"): -1.0, ("a", "tomber", "par", "terre"): 3.0, ("eau", "de", "vaisselle"): -2.5,
    ("a", "merveille"): 3.0, ("devient", "fou"): 2.0, ("paierais", "le", "double"): 1.5,
    ("pris", "l", "eau"): -2.0, ("font", "pitie"): -2.0, ("fait", "pitie"): -2.0,
    ("la", "peine", "d", "attendre"): 2.0, ("valait", "la", "peine"): 2.0,
    ("un", "vrai", "bonheur"): 3.0, ("n", "arrive", "jamais"): -1.5,
})

WORDS.update({"kitsch": -1.5, "cheap": -1.5, "maladroit": -2.0, "maladroite": -2.0,
              "fautes": -1.5, "faute": -1.0})
STEMS.update({"remarquabl": 2.5, "reproch": -1.5, "conseill": 2.0})
PHRASES.update({("pire", "ennemi"): -2.0, ("rien", "a", "reprocher"): 2.0,
                ("rien", "a", "lui", "reprocher"): 2.0})

WORDS.update({"egratignure": -1.5, "egratignures": -1.5, "inegal": -1.5, "inegale": -1.5,
              "supplement": -0.8, "accroche": -0.8, "patine": -1.0, "rayure": -1.5,
              "rayures": -1.5})
PHRASES.update({
    ("aucun", "risque"): 1.5, ("pas", "de", "risque"): 1.5, ("sans", "risque"): 1.5,
    ("aucun", "danger"): 1.5, ("sans", "danger"): 1.5, ("sans", "arret"): 0.0,
    ("attendais", "a", "mieux"): -1.8, ("attendais", "a", "beaucoup", "mieux"): -1.8,
    ("attendais", "a", "plus"): -1.8, ("attendais", "mieux"): -1.8,
    ("pris", "le", "temps"): 1.5, ("comme", "neuf"): 1.5, ("comme", "neuve"): 1.5,
    ("la", "qualite", "est", "la"): 1.5,
})

PHRASES.update({("vaut", "chaque"): 2.0, ("rendu", "l", "histoire", "vivante"): 1.5,
                ("fait", "defaut"): -1.5, ("ne", "m", "a", "jamais", "fait", "defaut"): 2.5})
WORDS.update({"nettes": 1.0, "nette": 1.0, "corse": 1.0, "complimente": 2.0})
STEMS.update({"compliment": 2.0})

WORDS.update({"allergique": -2.0, "allergie": -2.0, "toxique": -2.5, "toxiques": -2.5,
              "brule": -1.5, "brulure": -2.0, "brulures": -2.0, "saveurs": 1.0, "saveur": 1.0})

WORDS.update({"regle": 1.2, "reglee": 1.2, "epuise": 0.5})
STEMS.update({"egay": 2.0})
PHRASES.update({("ne", "commanderai", "plus"): -2.5, ("ne", "commanderai", "jamais"): -2.5,
                ("ne", "rachete", "plus"): -2.5, ("plus", "petit", "que"): -1.5,
                ("plus", "petite", "que"): -1.5, ("sans", "cesse"): 0.0, ("sans", "plomb"): 1.5,
                ("pour", "une", "bonne", "raison"): -0.5})

# Round 8 gaps, generalised: colloquial praise/complaints and undesirable events whose
# negation is praise ("ne bave pas", "ne bouge pas").
WORDS.update({"injouable": -3.0, "costaud": 1.5, "costauds": 1.5, "costaude": 1.5,
              "bluffant": 2.5, "bluffante": 2.5, "moelleux": 1.5, "moelleuse": 1.5,
              "fluide": 1.5, "fluides": 1.5, "bave": -1.2, "bavent": -1.2, "fuit": -1.5,
              "fuient": -1.5, "daube": -3.0, "camelote": -3.0, "pacotille": -2.5,
              "tuerie": 3.0, "regal": 2.5, "merveille": 3.0, "grince": -1.5, "grincent": -1.5,
              "boulochent": -1.5, "bouloche": -1.5, "affaisse": -1.8, "injustifiable": -2.0})
STEMS.update({"impeccablement": 2.5, "parfaitement": 2.0, "effiloch": -1.5})
PHRASES.update({
    ("sans", "effort"): 1.5, ("sans", "forcer"): 1.2, ("sans", "accroc"): 1.5,
    ("ne", "bouge", "pas"): 1.5, ("ne", "bougent", "pas"): 1.5, ("ne", "bouge", "plus"): 1.5,
    ("garde", "sa", "forme"): 1.5, ("gardent", "leur", "forme"): 1.5,
    ("perd", "sa", "forme"): -2.0, ("a", "perdu", "sa", "forme"): -2.0,
    ("rien", "a", "voir", "avec"): 0.0, ("du", "solide"): 2.0, ("pas", "tenu"): -1.5,
    ("ne", "tient", "pas"): -2.0, ("tient", "pas"): -2.0, ("tient", "bien"): 1.5,
    ("ne", "le", "quitte", "plus"): 2.0, ("ne", "la", "quitte", "plus"): 2.0,
    ("ne", "les", "quitte", "plus"): 2.0, ("je", "les", "oublie"): 1.5,
    ("on", "les", "oublie"): 1.5, ("on", "l", "oublie"): 1.5, ("pas", "top"): -1.5,
    ("pas", "fou"): -1.5, ("pas", "ouf"): -1.5, ("sans", "plus"): -1.0,
    ("bas", "de", "gamme"): -2.0, ("haut", "de", "gamme"): 1.5, ("aux", "petits", "oignons"): 2.5,
    ("ca", "dechire"): 2.5, ("casse", "pas", "trois", "pattes"): -1.5, ("a", "fuir"): -3.0,
    ("ne", "chauffe", "pas"): 1.2, ("chauffe", "trop"): -2.0, ("prend", "l", "eau"): -2.0,
    ("a", "pris", "l", "eau"): -2.0, ("fait", "le", "job"): 1.5, ("fait", "le", "taf"): 1.5,
})
WORDS.update({"pietre": -2.0, "pietres": -2.0})
PHRASES.update({
    ("peut", "pas", "faire", "mieux"): 2.5, ("pouvait", "pas", "faire", "mieux"): 2.5,
    ("pas", "ce", "que", "j", "avais", "commande"): -2.0, ("au", "rendez", "vous"): 1.5,
    ("vaut", "pas", "le", "coup"): -2.0, ("vaut", "pas", "la", "peine"): -2.0,
    ("vaut", "rien"): -2.5, ("abonnes", "absents"): -2.0, ("rien", "ne", "fonctionne"): -2.5,
    ("rien", "ne", "marche"): -2.5, ("n", "importe", "quoi"): -2.0, ("lasse", "pas"): 2.0,
    ("correct", "sans", "plus"): -1.0, ("ne", "fonctionne", "jamais"): -2.5,
    ("ne", "marche", "jamais"): -2.5, ("pas", "a", "la", "hauteur"): -2.0,
    ("a", "la", "hauteur"): 1.5,
})
# Round 9 gaps, generalised.
WORDS.update({"noirci": -1.5, "noircie": -1.5, "noircit": -1.5, "gondoler": -1.5,
              "gondole": -1.5, "gondolent": -1.5, "coupure": -1.5, "coupures": -1.5,
              "epuisent": -1.0, "rouille": -2.0, "rouillee": -2.0, "divin": 2.5, "divine": 2.5,
              "rassures": 1.5, "rassure": 1.5, "rassuree": 1.5, "canon": 2.0})
PHRASES.update({("tient", "a", "peine"): -2.0, ("dure", "a", "peine"): -2.0,
                ("hors", "de", "prix"): -2.5, ("laissent", "des", "traces"): -1.5,
                ("laisse", "des", "traces"): -1.5, ("fini", "les"): 1.0, ("fait", "toc"): -2.0})
WORDS.update({"ecoeurant": -2.5, "ecoeurante": -2.5, "jauni": -1.5, "jaunie": -1.5,
              "rassis": -2.0, "crasseuses": -2.5, "crasseux": -2.5, "datees": -1.0})
PHRASES.update({("qui", "dechire"): 2.5, ("en", "deux", "clics"): 1.5, ("en", "un", "clic"): 1.5,
                ("en", "un", "seul", "passage"): 1.5, ("sans", "que", "je", "demande"): 1.5,
                ("sans", "rien", "demander"): 1.5, ("rendu", "l", "ame"): -2.5})
# Round 11 gaps, generalised (plain descriptive praise and complaints).
WORDS.update({"riche": 1.2, "nets": 1.0, "net": 0.8, "fidele": 1.2, "fideles": 1.2,
              "valide": 1.0, "pliees": -1.5, "pliee": -1.5, "plie": -0.5, "crachote": -1.5,
              "deraille": -2.0, "decousue": -2.0, "decousu": -2.0, "minable": -3.0})
PHRASES.update({("pleine", "forme"): 2.0, ("ne", "merite", "pas"): -2.0,
                ("n", "enleve", "pas"): -1.5, ("ne", "chauffe", "plus"): -2.0,
                ("plus", "cher", "qu", "il"): 1.0, ("reste", "sec"): 1.2})
# "sans frais", "sans chichis": free of charge or fuss is praise, not a negated "frais".
PHRASES.update({("sans", "frais"): 1.5, ("sans", "chichis"): 1.5, ("sans", "chichi"): 1.5,
                ("confiance", "totale"): 2.0, ("sans", "me", "justifier"): 1.0})
# "Chapeau au service client", "je m'attendais à pire"; Quebec "pas fort" (poor).
PHRASES.update({("chapeau", "au"): 2.5, ("chapeau", "a"): 2.5, ("chapeau", "bas"): 2.5,
                ("attendais", "a", "pire"): 1.8, ("attendais", "a", "bien", "pire"): 1.8,
                ("pas", "fort"): -1.8})
# "c'est abusé", "franchement exagéré", "je passe mon tour": a price or a product refused.
WORDS.update({"abuse": -2.0, "exagere": -1.8, "exageres": -1.8, "exageree": -1.8})
PHRASES.update({("passe", "mon", "tour"): -1.8})
