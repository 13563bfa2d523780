"""Words the slot rules recognise, in English, Spanish and French (data, not logic)."""

from __future__ import annotations

# surface form (lower case, accents kept) -> the country name used in the data
COUNTRIES: dict[str, str] = {
    "united kingdom": "United Kingdom", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom", "england": "United Kingdom",
    "reino unido": "United Kingdom", "inglaterra": "United Kingdom",
    "royaume-uni": "United Kingdom", "royaume uni": "United Kingdom",
    "angleterre": "United Kingdom",
    "france": "France", "francia": "France",
    "germany": "Germany", "alemania": "Germany", "allemagne": "Germany",
    "spain": "Spain", "españa": "Spain", "espana": "Spain", "espagne": "Spain",
    "netherlands": "Netherlands", "the netherlands": "Netherlands", "holland": "Netherlands",
    "países bajos": "Netherlands", "holanda": "Netherlands", "pays-bas": "Netherlands",
    "pays bas": "Netherlands",
    "belgium": "Belgium", "bélgica": "Belgium", "belgique": "Belgium",
    "portugal": "Portugal", "italy": "Italy", "italia": "Italy", "italie": "Italy",
    "switzerland": "Switzerland", "suiza": "Switzerland", "suisse": "Switzerland",
    "ireland": "EIRE", "eire": "EIRE", "irlanda": "EIRE", "irlande": "EIRE",
    "australia": "Australia", "australie": "Australia",
    "norway": "Norway", "noruega": "Norway", "norvège": "Norway",
    "sweden": "Sweden", "suecia": "Sweden", "suède": "Sweden",
    "denmark": "Denmark", "dinamarca": "Denmark", "danemark": "Denmark",
    "finland": "Finland", "finlandia": "Finland", "finlande": "Finland",
    "austria": "Austria", "autriche": "Austria",
    "poland": "Poland", "polonia": "Poland", "pologne": "Poland",
    "japan": "Japan", "japón": "Japan", "japon": "Japan",
    "cyprus": "Cyprus", "chipre": "Cyprus", "chypre": "Cyprus",
    "greece": "Greece", "grecia": "Greece", "grèce": "Greece",
    "usa": "USA", "united states": "USA", "estados unidos": "USA", "états-unis": "USA",
    "canada": "Canada", "canadá": "Canada", "israel": "Israel", "singapore": "Singapore",
    "iceland": "Iceland", "islandia": "Iceland", "islande": "Iceland",
    "malta": "Malta", "malte": "Malta", "brazil": "Brazil", "brasil": "Brazil",
    "brésil": "Brazil", "lithuania": "Lithuania", "lebanon": "Lebanon",
    "czech republic": "Czech Republic", "channel islands": "Channel Islands",
    "united arab emirates": "United Arab Emirates", "saudi arabia": "Saudi Arabia",
    "bahrain": "Bahrain", "rsa": "RSA", "south africa": "RSA",
    # demonyms ("French customers", "clientes franceses", "clients allemands")
    "british": "United Kingdom", "english": "United Kingdom", "británicos": "United Kingdom",
    "britanniques": "United Kingdom", "anglais": "United Kingdom",
    "french": "France", "franceses": "France", "francesas": "France", "français": "France",
    "française": "France", "françaises": "France",
    "german": "Germany", "alemanes": "Germany", "alemanas": "Germany", "allemands": "Germany",
    "allemandes": "Germany",
    "spanish": "Spain", "españoles": "Spain", "españolas": "Spain", "espagnols": "Spain",
    "espagnoles": "Spain",
    "dutch": "Netherlands", "neerlandeses": "Netherlands", "néerlandais": "Netherlands",
    "belgian": "Belgium", "belgas": "Belgium", "belges": "Belgium",
    "portuguese": "Portugal", "portugueses": "Portugal", "portugais": "Portugal",
    "italian": "Italy", "italianos": "Italy", "italiens": "Italy",
    "swiss": "Switzerland", "suizos": "Switzerland", "suizas": "Switzerland",
    "suisses": "Switzerland", "austrian": "Austria", "austriacos": "Austria",
    "autrichiens": "Austria", "polish": "Poland", "polacos": "Poland", "polonais": "Poland",
    "daneses": "Denmark", "danois": "Denmark", "suecos": "Sweden", "suédois": "Sweden",
    "noruegos": "Norway", "norvégiens": "Norway", "finlandeses": "Finland",
    "finlandais": "Finland", "japoneses": "Japan", "japonais": "Japan",
    "australianos": "Australia", "australiens": "Australia", "italiennes": "Italy",
    "italianas": "Italy", "néerlandaises": "Netherlands", "neerlandesas": "Netherlands",
    "portuguesas": "Portugal", "portugaises": "Portugal", "irish": "EIRE", "irlandeses": "EIRE",
    "irlandais": "EIRE", "australian": "Australia", "norwegian": "Norway",
    "swedish": "Sweden", "danish": "Denmark", "finnish": "Finland", "japanese": "Japan",
}

# keyword stem (lower case) -> product category of the data
CATEGORIES: dict[str, str] = {
    "christmas": "Christmas", "xmas": "Christmas", "navidad": "Christmas",
    "navideño": "Christmas", "noël": "Christmas", "noel": "Christmas",
    "candle": "Candles & Lights", "light": "Candles & Lights", "lantern": "Candles & Lights",
    "vela": "Candles & Lights", "bougie": "Candles & Lights", "lumière": "Candles & Lights",
    "kitchen": "Kitchen & Dining", "dining": "Kitchen & Dining", "mug": "Kitchen & Dining",
    "cocina": "Kitchen & Dining", "cuisine": "Kitchen & Dining", "vaisselle": "Kitchen & Dining",
    "bag": "Bags & Storage", "storage": "Bags & Storage", "bolso": "Bags & Storage",
    "almacenaje": "Bags & Storage", "sac": "Bags & Storage", "rangement": "Bags & Storage",
    "stationery": "Stationery & Cards", "card": "Stationery & Cards",
    "papelería": "Stationery & Cards", "papeleria": "Stationery & Cards",
    "tarjeta": "Stationery & Cards", "papeterie": "Stationery & Cards",
    "carte": "Stationery & Cards",
    "toy": "Toys & Games", "game": "Toys & Games", "juguete": "Toys & Games",
    "juego": "Toys & Games", "jouet": "Toys & Games", "jeu": "Toys & Games",
    "party": "Party & Gifts", "gift": "Party & Gifts", "fiesta": "Party & Gifts",
    "regalo": "Party & Gifts", "fête": "Party & Gifts", "cadeau": "Party & Gifts",
    "garden": "Garden & Outdoor", "outdoor": "Garden & Outdoor", "jardín": "Garden & Outdoor",
    "jardin": "Garden & Outdoor", "extérieur": "Garden & Outdoor",
    "jewellery": "Jewellery & Accessories", "jewelry": "Jewellery & Accessories",
    "accessor": "Jewellery & Accessories", "joyería": "Jewellery & Accessories",
    "joyeria": "Jewellery & Accessories", "bijou": "Jewellery & Accessories",
    "home decor": "Home Decor", "decor": "Home Decor", "decoración": "Home Decor",
    "decoracion": "Home Decor", "décoration": "Home Decor", "déco": "Home Decor",
}

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}

SEGMENTS: dict[str, str] = {
    "at risk": "At risk", "at-risk": "At risk", "en riesgo": "At risk", "à risque": "At risk",
    "a risque": "At risk", "champion": "Champions", "campeón": "Champions",
    "campeones": "Champions", "hibernating": "Hibernating", "hibernando": "Hibernating",
    "hibernant": "Hibernating", "dormant": "Hibernating",
    "loyal regular": "Loyal regulars", "loyal": "Loyal regulars", "leales": "Loyal regulars",
    "fidèle": "Loyal regulars", "new customer": "New customers",
    "nuevos clientes": "New customers", "nouveaux clients": "New customers",
    "big spender": "Big spenders", "grandes compradores": "Big spenders",
    "gros acheteurs": "Big spenders", "occasional buyer": "Occasional buyers",
    "ocasionales": "Occasional buyers", "occasionnels": "Occasional buyers",
}

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "doce": 12, "quince": 15,
    "veinte": 20,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15,
    "vingt": 20,
}

# fixed expressions of an exact number ("a couple of", "half a dozen"); vague ones such as
# "a few", "unos cuantos", "quelques" are left to the tool's default
COUNT_PHRASES: dict[str, int] = {
    "a couple of": 2, "a couple": 2, "couple of": 2, "a pair of": 2, "half a dozen": 6,
    "half-dozen": 6, "a dozen": 12, "un par de": 2, "media docena de": 6, "media docena": 6,
    "una docena de": 12, "una docena": 12, "une paire de": 2, "une demi-douzaine de": 6,
    "une demi-douzaine": 6, "demi-douzaine de": 6, "une douzaine de": 12, "une douzaine": 12,
}

# words that limit a count ("just two", "only 3", "solo tres", "seulement deux")
ONLY_WORDS = ("just", "only", "solo", "sólo", "solamente", "nada más", "seulement", "juste",
              "uniquement")

# words that introduce a count of products ("5 products", "top 3")
COUNT_NOUNS = ("product", "item", "recommendation", "suggestion", "pick", "thing", "idea",
               "gift", "producto", "artículo", "articulo", "recomendación", "recomendacion",
               "sugerencia", "regalo", "produit", "article", "recommandation", "idée", "cadeau")

CUSTOMER_WORDS = ("customer", "client", "clienta", "cliente", "cliente", "shopper", "buyer",
                  "user", "usuario", "utilisateur", "acheteur", "cuenta", "account")
ITEM_WORDS = ("item", "product", "stockcode", "stock code", "sku", "article", "artículo",
              "articulo", "producto", "produit", "código", "code")

# words that point back at the customer of an earlier turn
REFERENCES = ("she", "he", "her", "his", "him", "they", "them", "their", "this customer",
              "that customer", "same customer", "ella", "él", "su ", "sus ", "este cliente",
              "esta clienta", "ese cliente", "elle", "lui", "il ", "ce client", "cette cliente",
              "le même", "sa ", "son ", "ses ", "leur")

# requests for personal data the assistant never gives out
PERSONAL_DATA = ("home address", "postal address", "phone number", "telephone", "mobile number",
                 "email address", "e-mail address", "credit card", "card number",
                 "date of birth", "dirección", "teléfono", "correo electrónico",
                 "tarjeta de crédito", "adresse", "téléphone", "numéro de portable",
                 "adresse e-mail", "adresse email", "carte bancaire")

# phrases that point at feedback text the user has not pasted yet
THIS_TEXT = ("this review", "this feedback", "this comment", "these reviews", "this message",
             "the following review", "esta opinión", "esta reseña", "este comentario",
             "cet avis", "ce commentaire", "cette critique")

# words that ask for items already bought to be included
REPEAT_WORDS = ("already bought", "already purchased", "again", "repeat", "re-order",
                "reorder", "ya compr", "de nuevo", "otra vez", "déjà achet", "à nouveau",
                "de nouveau", "including ones")

# words that point at the knowledge base (policies, playbooks, guides, model cards)
KB_CUES = ("polic", "guideline", "playbook", "rule", "procedure", "guide", "document", "doc ",
           "docs", "model card", "manual", "handbook", "consent", "gdpr", "return", "refund",
           "discount", "escalat", "calendar", "season", "tone", "channel", "best practice",
           "allowed", "may we", "can we", "should we", "política", "guía", "directriz",
           "directrices", "regla", "procedimiento", "norma", "devoluci", "descuento",
           "consentimiento", "politique", "règle", "procédure", "remise", "retour", "consigne",
           "rgpd", "réduction", "playbook", "limit", "accura", "précision", "precisión")

# Spanish/French words of knowledge-base questions -> English terms of the documents, added
# to the search query so a question in es/fr finds the same (English) passages
KB_GLOSSARY: dict[str, str] = {
    "descuento": "discount", "remise": "discount", "réduction": "discount", "rebaja": "discount",
    "promoción": "promotion discount", "promo": "promotion discount",
    "devoluci": "returns refund", "retour": "returns refund", "rembours": "refund returns",
    "reembolso": "refund returns", "defectuoso": "faulty damaged", "défectueux": "faulty damaged",
    "roto": "damaged broken", "cassé": "damaged broken",
    "política": "policy", "politique": "policy", "norma": "rules", "règle": "rules",
    "regla": "rules", "guía": "guide guidelines", "guide": "guide guidelines",
    "directriz": "guidelines", "consigne": "guidelines", "charte": "guidelines tone",
    "consentimiento": "consent opt-out gdpr", "consentement": "consent opt-out gdpr",
    "rgpd": "gdpr consent", "baja": "unsubscribe opt-out", "désabonn": "unsubscribe opt-out",
    "desuscri": "unsubscribe opt-out", "correo": "email", "courriel": "email",
    "e-mail": "email", "frecuencia": "frequency how often", "fréquence": "frequency how often",
    "sms": "sms text message", "tono": "tone voice", "ton ": "tone voice",
    "campaña": "campaign", "campagne": "campaign", "calendario": "seasonal calendar",
    "calendrier": "seasonal calendar", "temporada": "season", "saison": "season",
    "navidad": "christmas", "noël": "christmas",
    "precisión": "accuracy precision model card", "précision": "accuracy precision model card",
    "exactitud": "accuracy model card", "fiabilidad": "accuracy model card",
    "fiabilité": "accuracy model card", "modelo": "model", "modèle": "model",
    "recomendaci": "recommender recommendations", "recommandation": "recommender recommendations",
    "abandono": "churn engagement", "attrition": "churn engagement", "fuga": "churn engagement",
    "segmento": "segment", "sentimiento": "sentiment feedback", "opiniones": "feedback",
    "avis": "feedback", "limitaci": "limitations", "limite": "limitations",
    "queja": "complaint escalation", "plainte": "complaint escalation",
    "peligro": "safety hazard escalation", "danger": "safety hazard escalation",
    "seguridad": "safety", "sécurité": "safety", "escala": "escalation",
    "jouet": "toy", "juguete": "toy", "vela": "candle", "bougie": "candle",
}
