"""Tokenising for the local BM25 index: lower case, stop words out, a light stemmer."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOP_WORDS = """
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not now of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves i'm we're what's can't
don't let's shall may might must also per us get got please tell know want need
say says said ok okay thing things anything something someone somebody way worth handle
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())


def stem(word: str) -> str:
    """A light suffix stripper so 'refunds', 'refunded' and 'refunding' meet."""
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""),
                         ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            if suffix == "es" and not word.endswith(("shes", "ches", "xes", "sses", "zes")):
                return word[:-1]
            base = word[: len(word) - len(suffix)] + repl
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2]:
                base = base[:-1]  # 'shipped' -> 'ship'
            return base
    return word


def tokenize(text: str) -> list[str]:
    """Index/query tokens of a text."""
    words = TOKEN.findall(text.lower().replace("’", "'"))
    return [stem(w.split("'")[0]) for w in words if w not in STOP_WORDS]


# Everyday phrasings of marketers mapped to the words the documents use, plus a few Spanish
# and French words, added to a query (never to the index) before tokenising.
QUERY_SYNONYMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), extra) for p, extra in [
        (r"\b(send|sent|bring|brought|take|took|give|gave)\b(\s+\w+){0,2}\s+back\b", "return"),
        (r"\bmoney back\b|\breimburs", "refund"),
        (r"\btext(s|ed|ing)?\b", "sms"),
        (r"\bunsubscrib", "opt-out"),
        (r"\b(lapsed|dormant|inactive|gone quiet)\b", "hibernating"),
        (r"\bchurn", "at risk"),
        (r"\b(haven'?t|have not|hasn'?t|not) (bought|ordered|purchased)\b", "no order"),
        (r"\b(money off|promo code|coupon|voucher|rebaja|descuento|remise|r[ée]duction)\b",
         "discount"),
        (r"\b(devoluci[oó]n|devoluciones|devolver|retour|retourner|renvoyer)\b", "return"),
        (r"\b(reembolso|remboursement|rembourser)\b", "refund"),
        (r"\b(correos?|e-?mails?|courriels?)\b", "email"),
        (r"\b(semana|semaine)\b", "week"),
        (r"\b(consentimiento|consentement)\b", "consent"),
        (r"\b(seguridad|s[ée]curit[ée]|quemadura|br[uû]lure|incendio|feu)\b", "safety fire"),
        (r"\b(pol[ií]tica|politique)\b", "policy"),
        # segment names in Spanish and French
        (r"\b(en riesgo|[àa] risque|en danger)\b", "at risk"),
        (r"\b(campeones|meilleurs clients)\b", "champions"),
        (r"\b(clientes fieles|clients fid[eè]les|habituales|r[ée]guliers)\b", "loyal regulars"),
        (r"\b(grandes compradores|gros acheteurs)\b", "big spenders"),
        (r"\b(nuevos clientes|nouveaux clients)\b", "new customers"),
        (r"\b(hibernando|inactivos|dormidos|inactifs|dormants|en sommeil)\b", "hibernating"),
        (r"\b(ocasionales|occasionnels)\b", "occasional buyers"),
        (r"\b(descuento m[aá]ximo|remise maximale|plafond)\b", "discount ceiling"),
    ]
]


def expand_query(query: str) -> str:
    """The query with the document words for its everyday phrasings appended."""
    extra = [words for pattern, words in QUERY_SYNONYMS if pattern.search(query)]
    return " ".join([query, *extra])


# Tokens cached in the index are only reused when the tokeniser is the same: this is the hash
# of this module's source, so any change to stop words, stemming or synonyms re-tokenises.
TOKENIZER_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
