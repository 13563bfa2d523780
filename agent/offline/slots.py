"""Slot extraction: the values a tool call needs, found in one user message by small rules
over the lexicons (ids, k, countries, categories, dates, quoted feedback, StockCodes)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from agent.offline.intents import CUSTOMER_ID_RANGE
from agent.offline.lexicon import (
    CATEGORIES,
    COUNT_NOUNS,
    COUNT_PHRASES,
    COUNTRIES,
    CUSTOMER_WORDS,
    ITEM_WORDS,
    MONTHS,
    NUMBER_WORDS,
    ONLY_WORDS,
    REFERENCES,
    REPEAT_WORDS,
    SEGMENTS,
)

DEFAULT_YEAR = 2011  # the data covers 2010-12-01 .. 2011-12-09
_QUOTE = re.compile(r'"([^"]{2,})"|“([^”]{2,})”|«\s*([^»]{2,}?)\s*»|(?:(?<=^)|(?<=[\s:]))'
                    r"'([^']{6,})'(?=[\s.,;:!?]|$)")
_ISO = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_NUMBER = re.compile(r"(?<![\w-])(\d{4,6}[A-Za-z]{0,3})(?![\w-])")
_CUSTOMER_AFTER_WORD = re.compile(
    r"\b(?:" + "|".join(CUSTOMER_WORDS) + r")[a-z]*\s*(?:id\s*)?(?:#|no\.?|n°|nº|:)?\s*"
    r"([A-Za-z0-9_-]*\d[A-Za-z0-9_-]*)", re.IGNORECASE)
_MONTH = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) +
                    r")\b(?:\s+(?:de\s+|of\s+)?(20\d\d))?", re.IGNORECASE)
_RECOMMENDED = re.compile(r"recommend|suggest|pick|recomend|sugeri|propos|recommand|sugg",
                          re.IGNORECASE)
_WHY = re.compile(r"why|reason|explain|what makes|por qu|raz[oó]n|explica|pourquoi|raison|"
                  r"explique", re.IGNORECASE)
_TO_CUSTOMER = re.compile(r"\b(?:to|for|al|a|au|à|para|pour)\s+(?:the\s+|el\s+|le\s+|la\s+)?"
                          r"(?:" + "|".join(CUSTOMER_WORDS) + r")?\s*$", re.IGNORECASE)
_ARTICLES = {"one", "un", "une", "uno", "una"}
_AMBIGUOUS_MONTH = {"may", "mar", "sept", "dec", "jan"}
_MONTH_CONTEXT = re.compile(r"\b(in|during|of|since|from|until|to|en|de|desde|hasta|depuis|"
                            r"jusqu'en|au|du|à)\s+$", re.IGNORECASE)


@dataclass
class Slots:
    """Values found in one message (None or empty when absent)."""

    text: str
    """The message with quoted passages replaced by the word QUOTED (what intents read)."""
    customer_ids: list[str] = field(default_factory=list)
    item_ids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    k: int | None = None
    country: str | None = None
    category: str | None = None
    segment: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    repeat_purchases: bool = False
    refers_back: bool = False
    small_numbers: list[int] = field(default_factory=list)
    """Stand-alone numbers 1-50 ("give me 4", "3 each"): a count when the tool takes one."""
    word_numbers: list[int] = field(default_factory=list)
    """Numbers written as words, not articles ("give me two instead"), unless they count
    customers or time ("these two customers", "three months")."""


def _quotes(text: str) -> tuple[list[str], str]:
    found: list[str] = []

    def replace(match: re.Match[str]) -> str:
        found.append(next(g for g in match.groups() if g).strip())
        return " QUOTED "

    return found, _QUOTE.sub(replace, text)


_PASTED = re.compile(r"^(?P<ask>[^:\n]{0,60}\b(?:analy[sz]e|sentiment|score|rate|classify|"
                     r"review|comment|feedback|analiza|sentimiento|opini[oó]n|rese[ñn]a|"
                     r"comentario|analyse|avis|commentaire|[ée]value)[^:\n]{0,30}):\s*"
                     r"(?P<text>[^:\n]{3,})$", re.IGNORECASE)


def _after_colon(text: str) -> tuple[list[str], str]:
    """Feedback pasted without quotes after a colon ("analyse the sentiment of: I love it"),
    unless what follows is a short filter (a customer id, country, month or date). A
    sentence stays text even with an id in it, so it cannot ask for a tool call itself."""
    match = _PASTED.match(text.strip())
    if not match or _NUMBER.search(match.group("ask")):
        return [], text  # "review 12347's segment: is it right?" asks about a customer
    pasted = match.group("text").strip()
    lowered = pasted.lower()
    if len(pasted.split()) < 6 and (_NUMBER.search(pasted) or _ISO.search(pasted) or _MONTH.search(pasted)
            or _lexicon_hit(lowered, COUNTRIES) or _lexicon_hit(lowered, SEGMENTS, plural=True)
            or len(pasted.split()) < 2):
        return [], text
    return [pasted], f"{match.group('ask')}: QUOTED"


def _lexicon_hit(lowered: str, lexicon: dict[str, str], plural: bool = False) -> str | None:
    suffix = r"(?:s|es|x)?" if plural else ""
    for key in sorted(lexicon, key=len, reverse=True):
        if re.search(r"(?<![\w-])" + re.escape(key) + suffix + r"(?![\w-])", lowered):
            return lexicon[key]
    return None


def _in_customer_range(token: str) -> bool:
    low, high = CUSTOMER_ID_RANGE
    return token.isdigit() and low <= int(token) <= high


def _ids(text: str) -> tuple[list[str], list[str]]:
    customers: list[str] = []
    items: list[str] = []
    marked = {m.group(1) for m in _CUSTOMER_AFTER_WORD.finditer(text)}
    item_pattern = re.compile(r"\b(?:" + "|".join(ITEM_WORDS) + r")[a-z]*\s*(?:#|:)?\s*$",
                              re.IGNORECASE)
    for match in _NUMBER.finditer(text):
        token = match.group(1)
        before = text[:match.start()]
        if re.fullmatch(r"(19|20)\d\d", token) and token not in marked:
            continue  # a year
        if token in marked:
            customers.append(token)
        elif item_pattern.search(before[-25:]) or re.search(r"[A-Za-z]$", token):
            items.append(token.upper())
        elif token.isdigit() and len(token) >= 5:
            customers.append(token)
    for token in marked:
        if token not in customers and token not in items:
            customers.append(token)  # "customer 42", "client ABC-123": the tool checks them
    customers = list(dict.fromkeys(customers))
    known = [c for c in customers if c in marked or _in_customer_range(c)]
    if known and len(known) < len(customers):
        # "why 84879 for 12820": a 5-digit number outside the customer ids is a StockCode
        items = [*items, *(c for c in customers if c not in known)]
        customers = known
    if len(customers) >= 2 and not items and _RECOMMENDED.search(text) and _WHY.search(text):
        # "why was 22423 recommended to customer 12347": the customer is the one named as such
        named = [c for c in customers if c in marked or _TO_CUSTOMER.search(
            text[:text.find(c)][-30:])]
        if len(named) == 1:
            items = [c for c in customers if c not in named][:1]
            customers = named
    return customers, list(dict.fromkeys(items))


_PHRASE_COUNT = re.compile(r"(?<![\w-])(" + "|".join(
    re.escape(p) for p in sorted(COUNT_PHRASES, key=len, reverse=True)) + r")(?![\w-])")
_CATEGORY_NOUNS = "|".join(re.escape(k) for k in sorted(CATEGORIES, key=len, reverse=True))


def _count(lowered: str) -> int | None:
    """How many products the message asks for: "top 3", "five items", "just two",
    "a couple of gifts", "half a dozen", "dos juguetes", "un par de", "deux articles"."""
    lowered = _PHRASE_COUNT.sub(lambda m: f" {COUNT_PHRASES[m.group(1)]} ", lowered)
    lowered = re.sub(r"(?<=\d)\s+(?:de |d')", " ", lowered)  # "6 d'idées" (une demi-douzaine)
    number = r"(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
    nouns = "|".join(COUNT_NOUNS)
    patterns = [r"\btop\s+" + number + r"\b",
                r"(?<![\w-])" + number + r"\s+(?:[\w&-]+\s+){0,2}?(?:" + nouns + r")",
                r"\b(?:los|les|the)\s+" + number + r"\s+(?:mejores|meilleurs|best)",
                r"(?<![\w-])(?:" + "|".join(ONLY_WORDS) + r")\s+" + number + r"(?![\w-])",
                r"(?<![\w-])" + number + r"\s+(?:[\w-]+\s+)?(?:" + _CATEGORY_NOUNS + r")"]
    for index, pattern in enumerate(patterns):
        for match in re.finditer(pattern, lowered):
            raw = match.group(1)
            if raw in _ARTICLES and (index == len(patterns) - 1 or not re.match(
                    r"\s*(?:" + nouns + ")", lowered[match.end(1):])):
                continue  # "un retour de produit", "una fiesta" are not counts, "un produit" is
            return int(raw) if raw.isdigit() else NUMBER_WORDS[raw]  # the tool checks 1-50
    return None


_NOT_PRODUCTS = re.compile(r"\s+(?:\w+\s+)?(?:" + "|".join(CUSTOMER_WORDS) + r"|people|"
                           r"personas|personnes|day|week|month|year|time|d[ií]a|semana|mes|a[nñ]o|"
                           r"vez|veces|jour|semaine|mois|an|fois|segment|countr|pa[ií]s|pays)",
                           re.IGNORECASE)


def _word_numbers(lowered: str) -> list[int]:
    found = []
    for match in re.finditer(r"(?<![\w'-])(" + "|".join(NUMBER_WORDS) + r")(?![\w'-])",
                             lowered):
        if match.group(1) not in _ARTICLES and match.group(1) != "sept" and not \
                _NOT_PRODUCTS.match(lowered[match.end():]):
            found.append(NUMBER_WORDS[match.group(1)])
    return found


def _dates(text: str) -> tuple[date | None, date | None]:
    isos = []
    for y, m, d in _ISO.findall(text):
        try:
            isos.append(date(int(y), int(m), int(d)))
        except ValueError:
            continue  # not a real date ("2011-13-45"): ignored
    if len(isos) >= 2:
        return min(isos), max(isos)
    if len(isos) == 1:
        lowered = text.lower()
        before = lowered[:lowered.find(isos[0].isoformat())]
        if re.search(r"(before|until|up to|hasta|antes|avant|jusqu)\W*\w*\W*$", before):
            return None, isos[0]
        return isos[0], None
    months: list[tuple[int, int]] = []
    for match in _MONTH.finditer(text):
        name, year = match.group(1).lower(), match.group(2)
        if name in _AMBIGUOUS_MONTH and not year and not _MONTH_CONTEXT.search(
                text[:match.start()]):
            continue
        months.append((int(year) if year else DEFAULT_YEAR, MONTHS[name]))
    if not months:
        return None, None
    if len({m[0] for m in months}) == 1 and any(match.group(2) for match in
                                                _MONTH.finditer(text)):
        year = next(int(m.group(2)) for m in _MONTH.finditer(text) if m.group(2))
        months = [(year, m) for _, m in months]
    first, last = min(months), max(months)
    opening = _MONTH.search(text)
    if len(months) == 1 and opening:
        before = text[:opening.start()]
        if re.search(r"\b(since|desde|depuis)\s+$", before, re.IGNORECASE):
            return date(first[0], first[1], 1), None  # "since March": open-ended
        if re.search(r"\b(until|till|before|hasta|antes de|jusqu'en|avant)\s+$", before,
                     re.IGNORECASE):
            return None, date(last[0], last[1], calendar.monthrange(last[0], last[1])[1])
    return (date(first[0], first[1], 1),
            date(last[0], last[1], calendar.monthrange(last[0], last[1])[1]))


def extract_slots(message: str) -> Slots:
    """Every slot the rules find in ``message``."""
    texts, stripped = _quotes(message)
    if not texts:
        texts, stripped = _after_colon(stripped)
    lowered = stripped.lower()
    customers, items = _ids(stripped)
    date_from, date_to = _dates(stripped)
    padded = f" {lowered} "
    return Slots(
        text=stripped, customer_ids=customers, item_ids=items, texts=texts,
        k=_count(lowered), country=_lexicon_hit(lowered, COUNTRIES),
        category=_lexicon_hit(lowered, CATEGORIES, plural=True),
        segment=_lexicon_hit(lowered, SEGMENTS, plural=True),
        date_from=date_from, date_to=date_to,
        repeat_purchases=any(w in lowered for w in REPEAT_WORDS),
        small_numbers=[int(n) for n in re.findall(r"(?<![\w.,/:£$€-])(\d{1,2})(?![\w/:%-]|[.,]\d|\s*%)",
                                                  _ISO.sub(" ", stripped)) if 1 <= int(n) <= 50],
        word_numbers=_word_numbers(lowered),
        refers_back=any(re.search(r"(?<![\w'])" + re.escape(w.strip()) + r"(?![\w'])", padded)
                        for w in REFERENCES),
    )
