"""Spanish sentiment lexicon, written for this project (accents folded, VADER-like -3..3 scale).

``WORDS`` match whole tokens, ``STEMS`` match the start of a token (inflections), ``PHRASES``
match token sequences and are never negated (they already carry their polarity).
"""

from __future__ import annotations

WORDS: dict[str, float] = {
    "bien": 1.5, "bueno": 1.9, "buena": 1.9, "buenos": 1.9, "buenas": 1.9, "mejor": 1.5,
    "genial": 3.0, "geniales": 3.0, "guay": 2.0, "top": 2.0, "util": 1.5, "utiles": 1.5,
    "bonito": 2.0, "bonita": 2.0, "bonitos": 2.0, "bonitas": 2.0, "lindo": 2.0, "linda": 2.0,
    "precioso": 2.5, "preciosa": 2.5, "preciosos": 2.5, "preciosas": 2.5, "rapido": 1.5,
    "rapida": 1.5, "rapidos": 1.5, "rapidas": 1.5, "comodo": 2.0, "comoda": 2.0,
    "comodos": 2.0, "comodas": 2.0, "facil": 1.5, "faciles": 1.5, "barato": 1.0,
    "barata": 1.0, "baratos": 1.0, "baratas": 1.0, "gracias": 1.0, "ok": 0.9, "correcto": 1.0,
    "correcta": 1.0, "solido": 1.5, "solida": 1.5, "ideal": 2.5, "ideales": 2.5,
    "maravilla": 3.0, "joya": 2.5, "funciona": 1.0, "funcionan": 1.0, "cumple": 1.5,
    "suave": 1.2, "suaves": 1.2, "puntual": 1.5, "amable": 2.0, "amables": 2.0,
    "encantada": 3.0, "encantado": 3.0, "chulo": 2.0, "chula": 2.0, "bonisimo": 3.0,
    "buenisimo": 3.0, "buenisima": 3.0, "perfectamente": 2.5, "sirve": 1.0, "vale": 0.3,
    "acierto": 2.5, "exito": 2.0, "calido": 1.0, "bello": 2.0, "bella": 2.0,
    "mal": -2.0, "mala": -2.0, "malas": -2.0, "malo": -2.5, "malos": -2.5, "peor": -2.5,
    "peores": -2.5, "fatal": -3.0, "caro": -1.2, "cara": -1.0, "caros": -1.2, "caras": -1.0,
    "lento": -1.5, "lenta": -1.5, "lentos": -1.5, "roto": -2.0, "rota": -2.0, "rotos": -2.0,
    "rotas": -2.0, "basura": -3.0, "estafa": -3.0, "timo": -3.0, "feo": -2.0, "fea": -2.0,
    "feos": -2.0, "feas": -2.0, "dificil": -1.0, "inutil": -2.5, "inutiles": -2.5,
    "desastre": -3.0, "cutre": -2.0, "falso": -1.5, "falsa": -1.5, "sucio": -2.0,
    "sucia": -2.0, "queja": -1.5, "quejas": -1.5, "tarde": -1.0, "problema": -1.5,
    "problemas": -1.5, "fallo": -2.0, "fallos": -2.0, "falla": -2.0, "fallas": -2.0,
    "error": -1.5, "errores": -1.5, "regular": -0.8, "asco": -3.0, "triste": -1.5,
    "lastima": -1.5, "pena": -1.5, "dano": -2.0, "danos": -2.0, "mentira": -2.0,
    "ruido": -1.0, "ruidoso": -1.5, "ruidosa": -1.5, "pequeno": -0.3, "escaso": -1.0,
    "escasa": -1.0, "flojo": -1.5, "floja": -1.5, "nunca": -0.5, "cero": -1.0,
    "demasiado": -0.3, "horror": -3.0, "peligroso": -2.5, "peligrosa": -2.5,
}

STEMS: dict[str, float] = {
    "excelent": 3.0, "perfect": 3.0, "fantastic": 3.0, "estupend": 3.0, "maravill": 3.0,
    "increibl": 2.5, "encant": 3.0, "gusta": 2.0, "gusto": 2.0, "gustad": 2.0,
    "gustaro": 2.0, "recomend": 2.0, "recomiend": 2.0, "satisfech": 2.0, "contento": 2.0,
    "contenta": 2.0, "feliz": 2.5, "felic": 2.0, "alegr": 2.0, "agradec": 1.5,
    "impecabl": 2.5, "fenomenal": 3.0, "espectacular": 3.0, "magnific": 3.0,
    "resistent": 1.5, "durader": 1.5, "practic": 1.5, "eficaz": 1.5, "eficac": 1.5,
    "eficient": 1.5, "atento": 1.5, "atenta": 1.5, "comodid": 1.5, "facilment": 1.2,
    "rapidez": 1.5, "rapidament": 1.5, "encantador": 2.5, "adoro": 3.0, "adora": 3.0,
    "brillant": 2.5, "estupendament": 3.0, "comodament": 1.5, "bonit": 2.0,
    "decepcion": -2.5, "decepcio": -2.5, "horribl": -3.0, "terribl": -3.0, "pesim": -3.0,
    "desastr": -3.0, "defectu": -2.5, "defecto": -2.0, "estropead": -2.5, "estropeo": -2.5,
    "rompio": -2.0, "rompier": -2.0, "rompe": -1.5, "fragil": -1.5, "endebl": -2.0,
    "lamentabl": -2.5, "deplorabl": -3.0, "asquer": -3.0, "molest": -2.0, "incomod": -2.0,
    "frustr": -2.0, "enfad": -2.0, "enoj": -2.0, "harto": -2.0, "harta": -2.0,
    "arrepient": -2.5, "arrepent": -2.5, "devolv": -1.0, "devoluc": -0.8, "tardo": -1.0,
    "tardar": -1.0, "tardaro": -1.0, "tardanza": -1.5, "demor": -1.5, "retras": -1.5,
    "danad": -2.0, "rayad": -1.5, "agriet": -2.0, "abollad": -2.0, "fallar": -1.5,
    "fallaro": -1.5, "engan": -2.5, "mentir": -2.0, "inservibl": -3.0, "chapuz": -2.5,
    "mediocr": -2.0, "insatisf": -2.5, "descontent": -2.5, "desperdici": -2.0,
    "peligr": -2.5, "defraud": -2.5, "pesadill": -3.0, "lamento": -1.5, "horrend": -3.0,
    "espantos": -3.0, "ridicul": -2.0, "desagrad": -2.0, "incompet": -2.5, "grosero": -2.5,
    "grosera": -2.5, "maleducad": -2.5, "decepcionant": -2.5, "empeor": -2.0,
    "deficient": -2.5, "inaceptabl": -3.0, "vergonz": -2.5, "verguenz": -2.5,
    "quej": -1.5, "perdid": -1.2, "estropea": -2.0, "desilusion": -2.5, "disgust": -2.5,
    "apest": -2.5, "horroros": -3.0, "fatalment": -2.5, "malisim": -3.0, "peorcit": -2.0,
}

PHRASES: dict[tuple[str, ...], float] = {
    ("vale", "la", "pena"): 2.0, ("merece", "la", "pena"): 2.0, ("de", "maravilla"): 3.0,
    ("nada", "mal"): 1.5, ("no", "esta", "mal"): 1.5, ("no", "esta", "nada", "mal"): 1.8,
    ("sin", "duda"): 0.5, ("sin", "dudarlo"): 0.5, ("no", "solo"): 0.0, ("no", "solamente"): 0.0,
    ("no", "funciona"): -2.5, ("no", "funcionan"): -2.5, ("no", "funciono"): -2.5,
    ("dejo", "de", "funcionar"): -2.5, ("no", "sirve"): -2.5, ("no", "sirven"): -2.5,
    ("no", "vale", "la", "pena"): -2.0, ("no", "merece", "la", "pena"): -2.0,
    ("tirar", "el", "dinero"): -2.5, ("perdida", "de", "dinero"): -3.0,
    ("perdida", "de", "tiempo"): -3.0, ("no", "lo", "recomiendo"): -2.5,
    ("no", "recomiendo"): -2.5, ("no", "compren"): -2.5, ("no", "lo", "compren"): -2.5,
    ("nunca", "llego"): -2.5, ("no", "ha", "llegado"): -2.0, ("no", "llego"): -2.0,
    ("sin", "problemas"): 1.2, ("sin", "ningun", "problema"): 1.5, ("ningun", "problema"): 1.2,
    ("buena", "relacion", "calidad", "precio"): 2.5, ("relacion", "calidad", "precio"): 0.0,
    ("mala", "calidad"): -2.5, ("buena", "calidad"): 2.0, ("a", "buen", "precio"): 1.5,
    ("cumple", "su", "funcion"): 1.5, ("lo", "que", "esperaba"): 1.0,
    ("no", "es", "lo", "que", "esperaba"): -2.0, ("no", "era", "lo", "que", "esperaba"): -2.0,
    ("no", "cumple"): -2.0, ("se", "rompio"): -2.5, ("no", "me", "convence"): -2.0,
    ("no", "me", "convencio"): -2.0, ("cinco", "estrellas"): 2.5, ("una", "estrella"): -2.0,
    ("sin", "quejas"): 1.5, ("ninguna", "queja"): 1.5, ("no", "tengo", "quejas"): 1.5,
    ("muy", "justo"): -0.8, ("me", "arrepiento"): -2.5, ("ni", "de", "broma"): -2.0,
    ("tal", "cual"): 0.8, ("tal", "y", "como"): 0.8, ("como", "se", "describe"): 1.0,
}

WORDS.update({
    "buen": 1.9, "gran": 1.5, "grandes": 0.3, "rico": 2.0, "rica": 2.0, "ricos": 2.0,
    "ricas": 2.0, "limpio": 1.5, "limpia": 1.5, "limpios": 1.5, "limpias": 1.5,
    "amplio": 1.5, "amplia": 1.5, "guapo": 2.0, "guapa": 2.0, "elegante": 2.0,
    "ligero": 0.8, "ligera": 0.8, "estable": 1.0, "potente": 2.0, "funcional": 1.0,
    "volveremos": 2.0, "volvere": 2.0, "repetire": 2.0, "repetiremos": 2.0, "seguro": 0.3,
    "atrapo": 2.0, "engancha": 2.0, "merece": 1.0, "mejora": 1.0, "mejoras": 0.5,
    "gracioso": 2.0, "graciosa": 2.0, "agradable": 2.0, "agradables": 2.0, "bonitos": 2.0,
    "simpatico": 2.0, "simpatica": 2.0, "simpaticos": 2.0, "calidad": 0.0, "nuevo": 0.3,
    "recomendable": 2.0, "sencillo": 1.0, "sencilla": 1.0, "claro": 0.5, "clara": 0.5,
    "humedad": -1.5, "cruje": -1.5, "crujen": -1.5, "falta": -1.0, "faltaba": -1.5,
    "faltaban": -1.5, "faltan": -1.5, "caducado": -2.5, "caducada": -2.5, "viejo": -0.8,
    "vieja": -0.8, "usado": -1.0, "usada": -1.0, "frio": -0.5, "fria": -0.5, "frios": -0.5,
    "frias": -0.5, "crudo": -1.5, "cruda": -1.5, "duro": -1.0, "dura": 0.0, "salado": -1.0,
    "salada": -1.0, "insipido": -2.0, "insipida": -2.0, "soso": -1.5, "sosa": -1.5,
    "grasiento": -1.5, "quemado": -1.0, "tibio": -1.0, "tibia": -1.0, "caos": -2.0,
    "sucias": -2.0, "sucios": -2.0, "oscuro": -0.5, "estrecho": -1.0, "estrecha": -1.0,
    "incomodos": -2.0, "incomodas": -2.0, "poco": 0.0, "nadie": -0.5, "ignoraron": -2.0,
    "ignoro": -2.0, "esperando": -1.0, "perdido": -1.5, "perdida": -1.5, "abierto": -0.3,
    "abierta": -0.3, "mojado": -1.5, "mojada": -1.5, "roñoso": -2.0,
    "mentiroso": -2.5, "engañoso": -2.5, "desconchado": -2.0,
    "desconchada": -2.0, "atasca": -1.5, "atascan": -1.5, "suelta": -1.0, "sueltan": -1.0,
    "despega": -1.5, "despego": -1.5, "oxidado": -2.0, "oxidada": -2.0, "feisimo": -3.0,
})
STEMS.update({
    "delicios": 3.0, "sabros": 2.5, "exquisit": 3.0, "acogedor": 2.5, "agradabl": 2.0,
    "simpatic": 2.0, "inolvidabl": 3.0, "emocionant": 2.5, "divertid": 2.5,
    "entretenid": 2.0, "interesant": 1.5, "rapidisim": 2.5, "satisfactori": 2.0,
    "cumplio": 1.5, "puntualid": 1.5, "elegant": 2.0, "calentit": 1.5, "suavecit": 1.5,
    "robust": 1.5, "solidez": 1.5, "silencios": 1.5, "gratament": 2.0, "contentisim": 3.0,
    "ilusion": 2.0, "agradecid": 2.0, "preciosid": 2.5, "espacios": 1.5, "luminos": 1.5,
    "amabilid": 2.0, "profesional": 1.5, "eficacia": 1.5, "comodisim": 3.0, "genialment": 3.0,
    "bonisim": 3.0, "guapisim": 3.0, "lindisim": 3.0, "riquisim": 3.0, "maravillosament": 3.0,
    "encantadisim": 3.0, "recomendadisim": 3.0, "fiabl": 1.5, "duradera": 1.5,
    "aburrid": -2.5, "aburr": -2.0, "pesadez": -2.0, "descos": -2.0, "encog": -2.0,
    "desten": -2.0, "apestos": -2.5, "inestabl": -2.0, "tambale": -1.5, "chirri": -1.5,
    "incomplet": -2.0, "incomprensibl": -2.0, "confus": -1.5, "complicad": -1.5,
    "lentisim": -2.5, "carisim": -2.5, "malisim": -3.0, "horribl": -3.0, "carencia": -1.5,
    "desorganiz": -2.0, "abarrotad": -1.5, "masific": -1.5, "sobrevalor": -2.0,
    "desgast": -1.5, "deterior": -2.0, "estropeado": -2.5, "ruidos": -1.5, "rasgad": -2.0,
    "descolor": -2.0, "despegad": -1.5, "averi": -2.0,
    "inservible": -3.0, "desagradabl": -2.0, "fastidi": -2.0, "indignad": -3.0,
    "indignant": -3.0, "furios": -3.0, "timad": -3.0, "estafad": -3.0, "lamentable": -2.5,
    "tristez": -2.0, "infumabl": -3.0, "soporifer": -2.5, "previsibl": -1.2,
})
PHRASES.update({
    ("dura", "muy", "poco"): -2.0, ("dura", "poco"): -2.0, ("duro", "poco"): -2.0,
    ("no", "se", "parece"): -2.0, ("nada", "que", "ver"): -2.0, ("sirve", "para", "nada"): -2.5,
    ("no", "sirve", "para", "nada"): -3.0, ("no", "contesta"): -2.0, ("no", "contestan"): -2.0,
    ("no", "responde"): -2.0, ("no", "responden"): -2.0, ("nunca", "contesto"): -2.0,
    ("nunca", "contestaron"): -2.0, ("nunca", "respondio"): -2.0, ("sin", "respuesta"): -2.0,
    ("huele", "mal"): -2.0, ("olia", "mal"): -2.0, ("olia", "a", "humedad"): -2.0,
    ("bien", "embalado"): 1.5, ("bien", "embalada"): 1.5, ("bien", "empaquetado"): 1.5,
    ("llego", "antes"): 1.5, ("a", "tiempo"): 1.0, ("en", "perfecto", "estado"): 2.0,
    ("en", "mal", "estado"): -2.0, ("volveria", "a", "comprar"): 2.0,
    ("no", "lo", "volveria", "a", "comprar"): -2.5, ("no", "volveria", "a", "comprar"): -2.5,
    ("no", "volvere"): -2.5, ("no", "volveremos"): -2.5, ("nunca", "mas"): -2.5,
    ("hizo", "ilusion"): 2.0, ("de", "lujo"): 2.5, ("por", "fin"): 0.5,
    ("deja", "mucho", "que", "desear"): -2.5, ("deja", "que", "desear"): -2.0,
    ("para", "tirar"): -2.5, ("no", "merece"): -1.5, ("no", "vale"): -1.5,
    ("no", "lo", "recomendaria"): -2.5, ("no", "recomendaria"): -2.5, ("me", "decepciono"): -2.5,
    ("poco", "practico"): -1.5, ("poco", "comodo"): -1.5, ("ni", "fu", "ni", "fa"): -0.8,
    ("no", "estoy", "contento"): -2.0, ("no", "estoy", "contenta"): -2.0,
    ("dejo", "de", "cargar"): -2.5, ("se", "estropeo"): -2.5, ("se", "averio"): -2.5,
    ("se", "descosio"): -2.0, ("se", "encogio"): -2.0, ("se", "despego"): -1.5,
    ("se", "nota", "la", "calidad"): 2.0, ("no", "hay", "queja"): 1.5,
})

WORDS.update({
    "jugoso": 2.0, "jugosa": 2.0, "jugosos": 2.0, "jugosas": 2.0, "crujiente": 1.5,
    "crujientes": 1.5, "ganga": 2.5, "chollo": 2.5, "pedazos": -1.5, "olor": -0.8,
    "riesgo": -1.5, "vuelvo": 1.5, "volvemos": 1.5, "claras": 0.5, "claros": 0.5,
    "pica": -1.0, "entranable": 2.5, "tierno": 1.5, "tierna": 1.5, "nefasta": -3.0,
    "nefastos": -3.0, "decepciona": -2.5, "aplastado": -1.5, "aplastada": -1.5,
})
STEMS.update({
    "olvid": -1.5, "facilit": 1.5, "impresionant": 2.5, "arruin": -2.5, "aplast": -1.5,
    "entranabl": 2.5, "conmovedor": 2.5, "sabrosisim": 3.0, "pelars": -1.5, "pelad": -1.0,
})
PHRASES.update({
    ("no", "podria", "estar", "mas"): 2.5, ("no", "podria", "ser", "mas"): 2.5,
    ("no", "podria", "estar", "mejor"): 2.5, ("he", "comido", "mejores"): -1.5,
    ("he", "comido", "pizzas", "mejores"): -1.5, ("he", "visto", "mejores"): -1.5,
    ("he", "probado", "mejores"): -1.5, ("no", "esta", "a", "la", "altura"): -2.0,
    ("a", "la", "altura"): 1.5, ("duran", "mas"): 1.5, ("duran", "mucho", "mas"): 1.5,
    ("dura", "mas"): 1.5, ("dura", "mucho", "mas"): 1.5, ("hecho", "pedazos"): -2.5,
    ("hecha", "pedazos"): -2.5, ("no", "se", "parecen"): -2.0, ("nunca", "decepciona"): 2.5,
    ("de", "que", "quejarse"): 1.5, ("nada", "de", "que", "quejarse"): 1.8,
    ("merece", "la", "visita"): 2.0, ("vale", "la", "visita"): 2.0, ("de", "papel"): -1.0,
    ("se", "olvido"): -1.5, ("se", "olvidaron"): -1.5, ("un", "desastre"): -3.0,
    ("comprado", "mas"): 1.5, ("comprado", "otro"): 1.5, ("comprado", "tres", "mas"): 1.5,
    ("comprado", "dos", "mas"): 1.5, ("ahorrense", "el", "disgusto"): -2.0,
})

WORDS.update({
    "ineficaz": -2.0, "pronto": 1.0, "fresco": 1.2, "fresca": 1.2, "frescos": 1.2,
    "rancio": -2.5, "rancia": -2.5, "podrido": -3.0, "podrida": -3.0, "blando": -0.5,
    "aspero": -1.5, "aspera": -1.5, "pesado": -1.0, "pesada": -1.0, "debil": -1.5,
    "intuitivo": 2.0, "intuitiva": 2.0, "impractico": -1.5, "original": 1.0,
    "autentico": 1.5, "autentica": 1.5, "normal": -0.2, "aceptable": 0.8, "decente": 1.2,
    "justo": 0.5, "excesivo": -1.5, "abusivo": -2.5, "robo": -2.5, "oferta": 0.8,
    "aconsejo": 2.0, "desaconsejo": -2.5, "evitar": -1.5, "eviten": -2.0, "odio": -3.0,
    "detesto": -3.0, "amo": 3.0, "largo": -0.3, "predecible": -1.2, "sorprendente": 1.5,
    "fracaso": -2.5, "baratisimo": 1.5, "brutal": 0.5, "superior": 1.5, "inferior": -1.5,
    "copia": -1.0, "reembolso": -0.5, "averiado": -2.5, "averiada": -2.5,
})
STEMS.update({"disfrut": 2.5, "reembols": -0.5, "equivocac": -1.5, "desaconsej": -2.5})

WORDS.update({
    "esplendido": 3.0, "esplendida": 3.0, "suculento": 2.5, "suculenta": 2.5,
    "servicial": 2.0, "serviciales": 2.0, "gomoso": -1.5, "gomosos": -1.5, "gomosa": -1.5,
    "carbonizado": -2.0, "carbonizada": -2.0, "fluido": 1.5, "fluida": 1.5,
})
STEMS.update({"sobrecalient": -2.0, "sobrecalent": -2.0, "apelmaz": -1.5, "desconch": -1.5})
PHRASES.update({
    ("como", "mucho"): -1.0, ("de", "otro", "mundo"): 3.0, ("agua", "de", "fregar"): -2.5,
    ("de", "lujo"): 2.5, ("se", "vuelve", "loco", "con"): 2.0, ("pagaria", "el", "doble"): 1.5,
    ("nunca", "llega"): -1.5, ("nunca", "recuperare"): -2.0, ("la", "espera"): 0.0,
    ("merecio", "la", "pena"): 2.0, ("vergueza", "ajena"): -2.0, ("verguenza", "ajena"): -2.0,
})

WORDS.update({"hortera": -2.0, "torpe": -2.0, "erratas": -1.5, "aguanta": 1.0,
              "potencia": 1.0, "sensibilidad": 1.0, "cutre": -2.0})
STEMS.update({"sobresalient": 3.0, "soluciono": 1.5, "solucionar": 1.0, "emociona": 2.0,
              "emocion": 2.0})
PHRASES.update({("peor", "enemigo"): -2.0, ("ningun", "defecto"): 2.0})

WORDS.update({"rasguno": -1.5, "rasgunos": -1.5, "desigual": -1.5, "seguro": 1.0,
              "segura": 1.0, "pega": -0.8, "chirrian": -1.5, "chirria": -1.5, "saltan": -0.8})
PHRASES.update({
    ("sin", "riesgo"): 1.5, ("no", "hay", "riesgo"): 1.5, ("ningun", "riesgo"): 1.5,
    ("sin", "peligro"): 1.5, ("esperaba", "mas"): -1.8, ("esperaba", "mucho", "mas"): -1.8,
    ("esperaba", "algo", "mejor"): -1.8, ("esperaba", "mas", "de"): -1.8,
    ("se", "tomo", "su", "tiempo"): 1.5, ("como", "nuevo"): 1.5, ("como", "nueva"): 1.5,
    ("de", "mas"): -0.8, ("sin", "parar"): 0.0, ("la", "calidad", "se", "nota"): 1.5,
    ("se", "nota", "la", "calidad"): 2.0,
})

PHRASES.update({("vale", "cada"): 2.0, ("cobrara", "vida"): 1.5, ("me", "ha", "fallado"): -2.0,
                ("ni", "una", "sola", "vez", "me", "ha", "fallado"): 2.5})
WORDS.update({"nitidas": 1.5, "nitida": 1.5, "nitido": 1.5, "nitidos": 1.5})

WORDS.update({"alergica": -2.0, "alergico": -2.0, "alergia": -2.0, "toxico": -2.5,
              "toxica": -2.5, "toxicos": -2.5, "toxicas": -2.5, "sabor": 0.8})
STEMS.update({"quemad": -1.5, "queme": -1.5, "quemo": -1.5, "quemadur": -2.0})

WORDS.update({"mona": 2.0, "monas": 2.0, "mono": 1.5, "monos": 1.5, "agoto": 0.5})
PHRASES.update({("no", "volvere", "a", "pedir"): -2.5, ("no", "volvere", "a", "comprar"): -2.5,
                ("mas", "pequeno", "de", "lo", "que"): -1.5, ("mas", "pequena", "de", "lo", "que"):
                -1.5, ("sin", "plomo"): 1.5, ("por", "algo"): -0.5})

# Round 8 gaps, generalised: colloquial praise and complaints, "no me arrepiento".
WORDS.update({"mola": 2.0, "molan": 2.0, "flipa": 2.5, "flipado": 2.5, "gozada": 2.5,
              "birria": -3.0, "churro": -2.0, "timo": -3.0, "quema": -1.5, "queman": -1.5,
              "chirria": -1.5, "chirrian": -1.5, "cojea": -1.5, "tambalea": -1.5,
              "injugable": -3.0, "silencioso": 1.5, "silenciosa": 1.5, "suave": 1.2})
STEMS.update({"durisim": -1.5, "endeblisim": -2.5, "comodisim": 2.5, "robust": 1.5,
              "estabilid": 1.0, "sedos": 1.5})
PHRASES.update({
    ("una", "pasada"): 2.5, ("que", "pasada"): 2.5, ("no", "me", "arrepiento"): 2.0,
    ("no", "te", "arrepentiras"): 2.0, ("no", "os", "arrepentireis"): 2.0,
    ("sin", "pegas"): 1.5, ("ninguna", "pega"): 1.5, ("ni", "una", "pega"): 1.5,
    ("pero", "tiene", "una", "pega"): -1.0, ("supero", "mis", "expectativas"): 2.5,
    ("supera", "las", "expectativas"): 2.5, ("supero", "las", "expectativas"): 2.5,
    ("supera", "mis", "expectativas"): 2.5, ("nos", "tiene", "enganchados"): 2.5,
    ("me", "tiene", "enganchado"): 2.5, ("me", "tiene", "enganchada"): 2.5,
    ("como", "la", "seda"): 2.0, ("como", "un", "tiro"): 2.5, ("ni", "fu", "ni", "fa"): -1.2,
    ("deja", "mucho", "que", "desear"): -2.5, ("se", "cae", "a", "pedazos"): -2.5,
    ("un", "rollo"): -1.5, ("mantiene", "la", "forma"): 1.5, ("pierde", "la", "forma"): -2.0,
    ("perdio", "la", "forma"): -2.0, ("no", "aguante"): -1.5, ("no", "aguanta"): -1.5,
    ("se", "quedo", "plana"): -2.0, ("se", "quedo", "plano"): -2.0, ("de", "diez"): 2.5,
})
STEMS.update({"porquer": -3.0})
PHRASES.update({
    ("no", "duro", "ni"): -2.0, ("no", "duro", "nada"): -2.0, ("salido", "rana"): -2.0,
    ("hecho", "polvo"): -2.0, ("hecha", "polvo"): -2.0, ("que", "desear"): -2.5,
    ("no", "lo", "cambio", "por", "nada"): 2.5, ("no", "la", "cambio", "por", "nada"): 2.5,
    ("nunca", "falla"): 2.0,
})
# Round 9 gaps, generalised.
WORDS.update({"tranquilidad": 1.5, "resbala": -1.2, "resbalan": -1.2, "piropean": 2.0,
              "dolieron": -1.5, "duele": -1.5, "duelen": -1.5, "dolio": -1.5})
STEMS.update({"oxid": -2.0, "desconch": -2.0})
PHRASES.update({("pierden", "pelo"): -1.5, ("pierde", "pelo"): -1.5, ("se", "acabaron", "los"): 1.0,
                ("se", "acabaron", "las"): 1.0, ("nada", "que", "ver"): -0.5})
STEMS.update({"empalag": -2.0, "amarille": -1.5, "desfasad": -1.5})
PHRASES.update({("sin", "pedirselo"): 1.5, ("sin", "pedirlo"): 1.2, ("adios", "al"): 1.0,
                ("adios", "a", "los"): 1.0, ("adios", "a", "las"): 1.0, ("de", "una", "pasada"): 1.5,
                ("en", "un", "clic"): 1.5, ("en", "dos", "clics"): 1.5, ("sin", "notarlo"): 0.5})
WORDS.update({"nitidas": 1.2, "nitidos": 1.2, "nitido": 1.2, "nitida": 1.2, "fieles": 1.2,
              "sana": 1.0, "aromatico": 1.5, "penosa": -2.5, "penoso": -2.5, "dobladas": -1.5,
              "churretes": -1.5, "descosio": -2.0})
PHRASES.update({("no", "quita", "nada"): -1.5, ("nunca", "amarga"): 1.5,
                ("sin", "frotar"): 1.2, ("mas", "caro", "de", "lo", "que"): 1.0,
                ("tanto", "bombo"): -1.0, ("se", "cuelga"): -2.0})
# "sin poner pegas", "sin rechistar": a return taken back without objections is praise.
PHRASES.update({("sin", "poner", "pegas"): 1.5, ("sin", "poner", "ninguna", "pega"): 1.5,
                ("sin", "rechistar"): 1.2, ("sin", "preguntas"): 1.0})
# "un sol de chico": a lovely person.
PHRASES.update({("un", "sol", "de"): 2.5, ("una", "sol", "de"): 2.5})
