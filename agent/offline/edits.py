"""Follow-ups that only change values of the previous request, and questions no tool can
answer (counts and totals over the whole customer base)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage

from agent.offline.lexicon import (
    CATEGORIES,
    COUNT_NOUNS,
    COUNT_PHRASES,
    COUNTRIES,
    CUSTOMER_WORDS,
    KB_CUES,
    MONTHS,
    NUMBER_WORDS,
    ONLY_WORDS,
)
from agent.offline.slots import Slots

RECOMMEND = "recommend-for-user"
FEEDBACK = "analyse-feedback-sentiment"

_STOPWORDS = frozenset(str.split("""a an and the for to of about what whats what's how is it its please now
    also too then ok okay thanks thank you can could do same that this make them him her his
    their one y e el la los las para por de del al favor ahora también tambien mismo que qué
    lo le et le la les pour de du des au s'il te plaît plait maintenant aussi même pareil
    quoi donc with""")) | frozenset(CUSTOMER_WORDS)


_VALUE_WORDS = frozenset(MONTHS) | frozenset(k for k in COUNTRIES if " " not in k) | frozenset(
    str.split("in en à au during durant pendant since desde depuis until hasta jusqu"))


def content_words(text: str) -> list[str]:
    """Words of a message that carry a task (not fillers, customer words or values such as
    months and countries: "et en novembre ?" only changes a value)."""
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower())
    return [w for w in words if w not in _STOPWORDS and w not in _VALUE_WORDS and w != "quoted"]


def count(slots: Slots) -> int | None:
    """How many products: an explicit count, else a lone small number ("3 each")."""
    if slots.k is not None:
        return slots.k
    if slots.small_numbers:
        return slots.small_numbers[0] if len(slots.small_numbers) == 1 else None
    return slots.word_numbers[0] if len(slots.word_numbers) == 1 else None


_AGGREGATE = re.compile(
    r"\bhow many (?:\w+ )?(?:customers|clients|shoppers|buyers|people|users|accounts|orders|"
    r"invoices|transactions|sales)\b|\b(?:total |overall )?(?:number|count) of (?:\w+ )?"
    r"(?:customers|clients|shoppers|buyers|orders|invoices|transactions|sales)\b|"
    r"\b(?:total|overall|monthly|yearly|annual) (?:revenue|sales|turnover|spend)\b|"
    r"\baverage (?:order|basket|spend|revenue|sales)\b|\b(?:what )?(?:percentage|share|"
    r"proportion) of (?:our |the )?(?:customers|clients|orders|sales)\b|"
    r"\bcu[aá]nt[oa]s (?:\w+ )?(?:clientes|compradores|pedidos|ventas|usuarios|cuentas)\b|"
    r"\bn[uú]mero (?:total )?de (?:clientes|compradores|pedidos|ventas)\b|"
    r"\b(?:ingresos|ventas|facturaci[oó]n) (?:totales|total|mensuales|anuales)\b|"
    r"\b(?:ticket|pedido|gasto) medio\b|\bporcentaje de (?:clientes|pedidos)\b|"
    r"\bcombien (?:de |d')(?:\w+ )?(?:clients|acheteurs|commandes|ventes|utilisateurs)\b|"
    r"\bnombre (?:total )?de (?:clients|acheteurs|commandes|ventes)\b|"
    r"\bchiffre d'affaires\b|\bpanier moyen\b|\bventes totales\b|"
    r"\bpourcentage de (?:clients|commandes)\b", re.IGNORECASE)
_FEEDBACK_CUE = re.compile(r"complain|review|feedback|opinion|comment|said|say|think|"
                           r"sentiment|unhappy|happy|satisf|negative|positive|quej|rese[nñ]|"
                           r"opini|avis|plaint|m[ée]content|n[ée]gati|positi|disent|dicen",
                           re.IGNORECASE)
_EDIT_WORDS = frozenset(str.split("""instead rather only just switch change swap make give show
    me let try please ones one stuff things thing this time but with more fewer less include
    including included bought already purchased again repeat before ago she he they what
    about how mejor en vez lugar solo sólo cambia cambiar pon dame muestra mejor incluye
    incluyendo incluir compró compro ya cosas esta vez plutôt place seulement juste mets
    donne montre moi inclus inclure incluant achetés acheté déjà cette fois choses ceux
    celles unos unas des let's do add also get can i of those these go for the
    and ones from just país pays mes mois""")) | frozenset(NUMBER_WORDS) | frozenset(
    w for phrase in COUNT_PHRASES for w in phrase.split()) | frozenset(ONLY_WORDS)
_EDIT_STEMS = tuple(w for key in (*CATEGORIES, *COUNT_NOUNS) for w in key.split()) + (
    "countr", "month", "period", "segment", "customer", "client")


def asks_for_aggregate(slots: Slots) -> bool:
    """A count, total, average or share over customers, orders or sales ("how many customers
    in Germany?", "¿cuántos pedidos?", "panier moyen") that no tool gives; a question about
    one customer, pasted feedback, what customers said or a rule of our guidelines ("how many
    customers may we e-mail a day?") stays with its tool."""
    lowered = slots.text.lower()
    return bool(_AGGREGATE.search(lowered)) and not (
        slots.customer_ids or slots.item_ids or slots.texts or _FEEDBACK_CUE.search(lowered)
        or any(cue in f"{lowered} " for cue in KB_CUES))


@dataclass
class Edit:
    """The previous request again, with the values the follow-up changed."""

    intent: str
    args: dict[str, Any]


def edit_previous(earlier: Sequence[BaseMessage], slots: Slots) -> Edit | None:
    """"Make it 3 kitchen ones instead", "include things she already bought", "mejor dos de
    Navidad", "switch the country to Belgium": a follow-up with no task of its own that only
    changes values of the previous recommendation (k, category, exclude_purchased, customer)
    or stored-feedback selection (country, segment, dates) re-runs that call with the
    changes, keeping its other values."""
    previous = next((m for m in reversed(earlier) if isinstance(m, AIMessage) and m.tool_calls),
                    None)
    if previous is None or slots.texts:
        return None
    leftover = [w for w in content_words(slots.text) if w not in _EDIT_WORDS
                and not w.startswith(_EDIT_STEMS)]
    if leftover:
        return None
    calls = {c["name"]: dict(c.get("args") or {}) for c in previous.tool_calls}
    k = count(slots)
    if RECOMMEND in calls and (k is not None or slots.category or slots.repeat_purchases):
        args = calls[RECOMMEND]
        if slots.customer_ids:
            args["customer_id"] = slots.customer_ids[0]
        args.update({key: value for key, value in (("k", k), ("category", slots.category))
                     if value is not None})
        if slots.repeat_purchases:
            args["exclude_purchased"] = False
        return Edit("recommend", args)
    old = calls.get(FEEDBACK)
    if old is not None and "texts" not in old and not slots.customer_ids and (
            slots.country or slots.segment or slots.date_from or slots.date_to):
        if slots.country or slots.segment:
            old.pop("customer_id", None)  # "and in Spain?" asks about a country, not her
        if slots.date_from or slots.date_to:
            old.pop("date_from", None)
            old.pop("date_to", None)
        changes = {"country": slots.country, "segment": slots.segment,
                   "date_from": slots.date_from.isoformat() if slots.date_from else None,
                   "date_to": slots.date_to.isoformat() if slots.date_to else None}
        old.update({key: value for key, value in changes.items() if value is not None})
        return Edit("feedback", old)
    return None
