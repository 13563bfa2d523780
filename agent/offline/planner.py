"""The offline planner: which tools to call, with which arguments, for the user's message.

It reads the USER's messages only (never tool outputs or passages, so text inside feedback
or documents cannot trigger a tool call), detects the intents with the learned classifier,
fills the arguments from the slot rules and, for follow-ups, from earlier turns.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage

from agent.offline.edits import asks_for_aggregate, edit_previous
from agent.offline.edits import content_words as _content_words
from agent.offline.edits import count as _count
from agent.offline.intents import IntentClassifier
from agent.offline.lexicon import (
    CUSTOMER_WORDS,
    KB_CUES,
    KB_GLOSSARY,
    PERSONAL_DATA,
    THIS_TEXT,
)
from agent.offline.slots import Slots, extract_slots

TOOL_NAMES = {
    "recommend": "recommend-for-user",
    "segment": "segment-customer",
    "explain": "explain-prediction",
    "feedback": "analyse-feedback-sentiment",
    "search_kb": "search-knowledge-base",
}
NEEDS_CUSTOMER = ("recommend", "segment", "explain")
ORDER = ("segment", "recommend", "explain", "feedback", "search_kb")
MAX_CUSTOMERS = 3
PENDING_KEY = "offline_pending"
_FOLLOW_UP = re.compile(r"\b(make (?:it|that|them)|same|instead|what about|how about|and for|"
                        r"now for|change (?:it|that)|only \d|y para|y ahora|en su lugar|"
                        r"et pour|plutôt|à la place|pareil)\b", re.IGNORECASE)
_THIS_ITEM = re.compile(r"\b(this|that|the) (item|product|article)\b|\b(este|ese) (producto|"
                        r"art[ií]culo)\b|\b(cet|ce) (article|produit)\b", re.IGNORECASE)
_SAME = re.compile(r"\b(same|again|too|also|as well|instead|lo mismo|también|igual|otra vez|"
                   r"même|aussi|pareil|plutôt)\b", re.IGNORECASE)


@dataclass
class Plan:
    """What the model does next."""

    action: Literal["tools", "clarify", "clarify_topic", "clarify_text", "clarify_item", "refuse",
                    "refuse_privacy", "refuse_aggregate", "refuse_aggregate_country", "help"]
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    intents: list[str] = field(default_factory=list)
    customer: str | None = None
    pending: dict[str, Any] | None = None
    values: dict[str, Any] = field(default_factory=dict)
    """Values the reply sentence names (the country of an unanswerable count)."""


def _text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return " ".join(b.get("text", "") for b in content if isinstance(b, dict))


def _earlier_customer(messages: Sequence[BaseMessage]) -> str | None:
    """The customer id most recently discussed before the current message."""
    for message in reversed(messages):
        if isinstance(message, AIMessage):
            for call in reversed(message.tool_calls):
                customer = call.get("args", {}).get("customer_id")
                if customer:
                    return str(customer)
        elif isinstance(message, HumanMessage):
            ids = extract_slots(_text(message)).customer_ids
            if ids:
                return ids[0]
    return None


def _pending(messages: Sequence[BaseMessage]) -> dict[str, Any] | None:
    """The unfinished request of a clarifying question asked just before."""
    for message in reversed(messages):
        if isinstance(message, AIMessage):
            pending = (message.response_metadata or {}).get(PENDING_KEY)
            return pending if pending and "intents" in pending else None
        if isinstance(message, HumanMessage):
            return None
    return None


def _call(intent: str, args: dict[str, Any]) -> dict[str, Any]:
    return {"name": TOOL_NAMES[intent], "args": args, "id": f"call_{uuid.uuid4().hex[:16]}",
            "type": "tool_call"}


def _feedback_args(slots: Slots, customer: str | None) -> dict[str, Any]:
    if slots.texts:
        return {"texts": slots.texts}
    args: dict[str, Any] = {"customer_id": customer, "segment": slots.segment,
                            "country": slots.country,
                            "date_from": slots.date_from.isoformat() if slots.date_from else None,
                            "date_to": slots.date_to.isoformat() if slots.date_to else None}
    return {k: v for k, v in args.items() if v is not None}


def _tool_args(intent: str, slots: Slots, customer: str | None, query: str) -> dict[str, Any]:
    if intent == "recommend":
        args: dict[str, Any] = {"customer_id": customer}
        k = _count(slots)
        if k is not None:
            args["k"] = k
        if slots.category:
            args["category"] = slots.category
        if slots.repeat_purchases:
            args["exclude_purchased"] = False
        return args
    if intent == "segment":
        return {"customer_id": customer}
    if intent == "explain":
        args = {"customer_id": customer}
        if slots.item_ids:
            args["item_id"] = slots.item_ids[0]
        return args
    if intent == "feedback":
        return _feedback_args(slots, customer)
    return {"query": query[:500]}


def plan(messages: Sequence[BaseMessage], classifier: IntentClassifier,
         tools: Sequence[str] | None = None) -> Plan:
    """Plan the reply to the last user message of ``messages`` (only ``tools`` are used)."""
    last = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=None)
    if last is None:
        return Plan(action="help")
    earlier = messages[:last]
    message = _text(messages[last])
    slots = extract_slots(message)
    lowered = slots.text.lower()
    if any(word in lowered for word in PERSONAL_DATA):
        return Plan(action="refuse_privacy")
    if asks_for_aggregate(slots):
        # "how many customers in Germany?": no tool counts or totals customers or sales
        return Plan(action="refuse_aggregate" if not slots.country else
                    "refuse_aggregate_country", values={"country": slots.country})
    edit = edit_previous(earlier, slots)
    if edit:
        return Plan(action="tools", tool_calls=[_call(edit.intent, edit.args)],
                    intents=[edit.intent], customer=edit.args.get("customer_id"))
    prediction = classifier.predict(slots.text)
    allowed = set(TOOL_NAMES.values()) if tools is None else set(tools)
    has_words = re.search(r"[^\W\d_]{2,}", re.sub(r"\bQUOTED\b", "", slots.text))
    intents = [label for label in prediction.labels
               if label in TOOL_NAMES and TOOL_NAMES[label] in allowed and has_words]
    pending = _pending(earlier)
    content = _content_words(slots.text)
    has_values = bool(slots.customer_ids or slots.small_numbers or slots.k is not None
                      or slots.category
                      or _has_selector(slots))
    if pending and _answers_pending(slots):
        intents = list(pending["intents"])
        if pending.get("needs") == "item" and not slots.item_ids and slots.customer_ids:
            slots.item_ids, slots.customer_ids = slots.customer_ids[:1], []  # "22423"
    elif not content and not has_values and not slots.texts and not _FOLLOW_UP.search(message):
        refuse = "out_of_scope" in prediction.labels and "smalltalk" not in prediction.labels
        return Plan(action="refuse" if refuse else "help")  # "and?", "ok", "???"
    elif (has_values and not content) or (_FOLLOW_UP.search(message) and len(content) <= 3):
        # "and 17850?", "y para el cliente 12347", "make that 6": the last request again
        replay = _replay(earlier, slots, message, allowed)
        if replay:
            return replay
        if slots.customer_ids and not content:
            return Plan(action="clarify_topic", customer=slots.customer_ids[0])
        if not content and not has_values and not slots.texts:
            return Plan(action="help")  # "what about it?" with nothing before
    if "feedback" in intents and "search_kb" in intents and not any(
            cue in f"{lowered} " for cue in KB_CUES):
        intents.remove("search_kb")  # "what do French customers think?" is about feedback
    if "explain" in intents and slots.item_ids and "recommend" in intents:
        intents.remove("recommend")
    if not intents:
        if "out_of_scope" in prediction.labels:
            return Plan(action="refuse")
        if slots.texts and TOOL_NAMES["feedback"] in allowed:
            intents = ["feedback"]
        elif slots.customer_ids and "smalltalk" not in prediction.labels:
            return Plan(action="clarify_topic", customer=slots.customer_ids[0])
        else:
            return Plan(action="help")
    intents = sorted(dict.fromkeys(intents), key=ORDER.index)
    if intents == ["feedback"] and not slots.texts and not _has_selector(slots) and any(
            phrase in lowered for phrase in THIS_TEXT):
        return Plan(action="clarify_text", intents=intents)

    customers = slots.customer_ids[:MAX_CUSTOMERS]
    previous = _earlier_customer(earlier)
    if not customers and previous and (slots.refers_back or
                                       any(i in NEEDS_CUSTOMER for i in intents)):
        customers = [previous]
    if not customers and any(i not in NEEDS_CUSTOMER for i in intents):
        intents = [i for i in intents if i not in NEEDS_CUSTOMER]  # no customer: the rest
    if not customers and any(i in NEEDS_CUSTOMER for i in intents):
        return Plan(action="clarify", intents=intents,
                    pending={"intents": intents, "message": message})
    if pending and pending.get("message") and not slots.texts:
        slots = _merge(extract_slots(pending["message"]), slots)
    if "explain" in intents and not slots.item_ids:
        item = _item_by_position(earlier, message)
        if item:
            slots.item_ids = [item]
        elif _THIS_ITEM.search(message) and len(intents) == 1:
            return Plan(action="clarify_item", intents=intents,
                        pending={"intents": intents, "message": message, "needs": "item"})
    return _tool_plan(intents, slots, customers, message)


def _tool_plan(intents: list[str], slots: Slots, customers: list[str], message: str) -> Plan:
    deferred = None
    if "segment" in intents and "search_kb" in intents and not slots.segment:
        intents = [i for i in intents if i != "search_kb"]  # searched once the segment is known
        deferred = kb_query(slots)
    calls: list[dict[str, Any]] = []
    for intent in intents:
        if intent in NEEDS_CUSTOMER:
            calls.extend(_call(intent, _tool_args(intent, slots, c, message)) for c in customers)
        elif intent == "feedback":
            about_customer = slots.customer_ids or slots.refers_back
            if len(intents) > 1 and (slots.country or slots.segment) and not slots.refers_back:
                about_customer = False  # "segment of 12347 and the feedback from France"
            customer = customers[0] if customers and about_customer else None
            calls.append(_call(intent, _tool_args(intent, slots, customer, message)))
        else:
            calls.append(_call(intent, _tool_args(intent, slots, None, kb_query(slots))))
    return Plan(action="tools", tool_calls=calls, intents=intents,
                customer=customers[0] if customers else None,
                pending={"search_after_segment": deferred} if deferred else None)


def kb_query(slots: Slots) -> str:
    """The knowledge-base query: the question, the segment it names and, for Spanish or
    French words, the English terms the documents use ("devoluciones" -> "returns refund")."""
    lowered = f"{slots.text.lower()} "
    glosses = dict.fromkeys(english for word, english in KB_GLOSSARY.items()
                            if word in lowered and english not in lowered)
    return " ".join([slots.text, *([slots.segment] if slots.segment else []), *glosses])


_ORDINALS = {1: r"first|top|1st|#1|primer[oa]?|premier|première",
             2: r"second|2nd|#2|segund[oa]|deuxième|seconde",
             3: r"third|3rd|#3|tercer[oa]?|troisième",
             4: r"fourth|4th|#4|cuart[oa]|quatrième",
             5: r"fifth|5th|#5|quint[oa]|cinquième"}


def _item_by_position(earlier: Sequence[BaseMessage], message: str) -> str | None:
    """"Why is the first one on the list?": the StockCode at that rank of the last
    recommendations this conversation received (our recommender's output, not free text)."""
    lowered = message.lower()
    rank = next((r for r, pattern in _ORDINALS.items()
                 if re.search(r"(?<![\w#])(?:" + pattern + r")(?!\w)", lowered)), None)
    if rank is None:
        return None
    from agent.citations import collect_sources

    for index in range(len(earlier) - 1, -1, -1):
        if not isinstance(earlier[index], HumanMessage):
            continue
        for source in collect_sources([*earlier[:index + 1],
                                       *_until_next_human(earlier, index)]):
            if source.call and source.call.name == TOOL_NAMES["recommend"] and source.ok:
                items = source.call.output.get("items") or []  # type: ignore[union-attr]
                if len(items) >= rank:
                    return str(items[rank - 1]["stock_code"])
    return None


def _until_next_human(messages: Sequence[BaseMessage], index: int) -> list[BaseMessage]:
    out: list[BaseMessage] = []
    for message in messages[index + 1:]:
        if isinstance(message, HumanMessage):
            break
        out.append(message)
    return out


def _has_selector(slots: Slots) -> bool:
    return bool(slots.customer_ids or slots.country or slots.segment or slots.date_from
                or slots.date_to)


def _answers_pending(slots: Slots) -> bool:
    """A short reply that gives the value a clarifying question asked for ("12347")."""
    if slots.texts:
        return True
    words = [w for w in re.findall(r"[^\W\d_]{2,}", slots.text.lower())
             if w not in CUSTOMER_WORDS and w not in ("id", "the", "is", "it", "es", "el", "le")]
    return bool(slots.customer_ids or slots.item_ids) and len(words) <= 3


def _replay(earlier: Sequence[BaseMessage], slots: Slots, message: str,
            allowed: set[str]) -> Plan | None:
    """A follow-up without a task of its own ("now for 12583", "make that 6") repeats the
    previous turn's tool calls with the new values."""
    previous = next((m for m in reversed(earlier) if isinstance(m, AIMessage) and m.tool_calls),
                    None)
    changes = (slots.customer_ids or slots.small_numbers or slots.k is not None or slots.category
               or _has_selector(slots) or _SAME.search(message))
    if previous is None or not changes:
        return None
    customers: list[str | None] = list(slots.customer_ids[:MAX_CUSTOMERS]) or [None]
    calls: list[dict[str, Any]] = []
    seen: set[str] = set()
    for old in previous.tool_calls:
        name = old["name"]
        if name in seen or name not in allowed:
            continue
        seen.add(name)
        intent = next(i for i, n in TOOL_NAMES.items() if n == name)
        for customer in customers:
            args = dict(old.get("args") or {})
            if customer and ("customer_id" in args or intent in NEEDS_CUSTOMER):
                args["customer_id"] = customer
            if intent == "recommend":
                k = _count(slots)
                args.update({key: value for key, value in
                             (("k", k), ("category", slots.category)) if value is not None})
                if slots.repeat_purchases:
                    args["exclude_purchased"] = False
            elif intent == "feedback" and not slots.texts:
                args.update(_feedback_args(slots, None))
            calls.append(_call(intent, args))
    return Plan(action="tools", tool_calls=calls) if calls else None


def follow_up_search(turn: Sequence[BaseMessage]) -> dict[str, Any] | None:
    """The knowledge-base search deferred until the segment was known, if still due."""
    first = next((m for m in turn if isinstance(m, AIMessage)), None)
    query = ((first.response_metadata or {}).get(PENDING_KEY) or {}).get(
        "search_after_segment") if first else None
    if not query or any(c["name"] == TOOL_NAMES["search_kb"] for m in turn
                        if isinstance(m, AIMessage) for c in m.tool_calls):
        return None
    from agent.citations import collect_sources

    segments = [s.call.output.get("segment_name") for s in collect_sources(turn)
                if s.call and s.ok and s.call.name == TOOL_NAMES["segment"]
                and isinstance(s.call.output, dict)]
    names = " ".join(dict.fromkeys(n for n in segments if n))
    return _call("search_kb", {"query": f"{query} {names} playbook".strip()[:500]})


def _merge(old: Slots, new: Slots) -> Slots:
    """Slots of the original request completed with the answer to a clarifying question."""
    for name in ("k", "country", "category", "segment", "date_from", "date_to"):
        if getattr(new, name) is None:
            setattr(new, name, getattr(old, name))
    new.item_ids = new.item_ids or old.item_ids
    new.repeat_purchases = new.repeat_purchases or old.repeat_purchases
    return new
