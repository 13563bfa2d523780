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

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage

from agent.offline.intents import IntentClassifier
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


@dataclass
class Plan:
    """What the model does next."""

    action: Literal["tools", "clarify", "clarify_topic", "refuse", "help"]
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    intents: list[str] = field(default_factory=list)
    customer: str | None = None
    pending: dict[str, Any] | None = None


def _text(message: AnyMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return " ".join(b.get("text", "") for b in content if isinstance(b, dict))


def _earlier_customer(messages: Sequence[AnyMessage]) -> str | None:
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


def _pending(messages: Sequence[AnyMessage]) -> dict[str, Any] | None:
    """The unfinished request of a clarifying question asked just before."""
    for message in reversed(messages):
        if isinstance(message, AIMessage):
            return (message.response_metadata or {}).get(PENDING_KEY)
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
        if slots.k:
            args["k"] = slots.k
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


def plan(messages: Sequence[AnyMessage], classifier: IntentClassifier,
         tools: Sequence[str] | None = None) -> Plan:
    """Plan the reply to the last user message of ``messages`` (only ``tools`` are used)."""
    last = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=None)
    if last is None:
        return Plan(action="help")
    earlier = messages[:last]
    message = _text(messages[last])
    slots = extract_slots(message)
    prediction = classifier.predict(slots.text)
    allowed = set(TOOL_NAMES.values()) if tools is None else set(tools)
    has_words = re.search(r"[^\W\d_]{2,}", re.sub(r"\bQUOTED\b", "", slots.text))
    intents = [label for label in prediction.labels
               if label in TOOL_NAMES and TOOL_NAMES[label] in allowed and has_words]
    pending = _pending(earlier)
    if not intents and pending and (slots.customer_ids or slots.texts):
        intents = list(pending["intents"])
    if not intents and slots.texts and TOOL_NAMES["feedback"] in allowed:
        intents = ["feedback"]
    if "explain" in intents and slots.item_ids and "recommend" in intents:
        intents.remove("recommend")
    if not intents:
        if "out_of_scope" in prediction.labels:
            return Plan(action="refuse")
        if slots.customer_ids and "smalltalk" not in prediction.labels:
            return Plan(action="clarify_topic", customer=slots.customer_ids[0])
        return Plan(action="help")
    intents = sorted(dict.fromkeys(intents), key=ORDER.index)

    customers = slots.customer_ids[:MAX_CUSTOMERS]
    if not customers and pending and pending.get("customer"):
        customers = [pending["customer"]]
    previous = _earlier_customer(earlier)
    if not customers and previous and (slots.refers_back or
                                       any(i in NEEDS_CUSTOMER for i in intents)):
        customers = [previous]
    if not customers and any(i in NEEDS_CUSTOMER for i in intents):
        return Plan(action="clarify", intents=intents,
                    pending={"intents": intents, "message": message})
    if pending and pending.get("message") and not slots.texts:
        slots = _merge(extract_slots(pending["message"]), slots)

    calls: list[dict[str, Any]] = []
    for intent in intents:
        if intent in NEEDS_CUSTOMER:
            calls.extend(_call(intent, _tool_args(intent, slots, c, message)) for c in customers)
        elif intent == "feedback":
            customer = customers[0] if slots.customer_ids or slots.refers_back else None
            calls.append(_call(intent, _tool_args(intent, slots, customer, message)))
        else:
            calls.append(_call(intent, _tool_args(intent, slots, None, slots.text)))
    return Plan(action="tools", tool_calls=calls, intents=intents,
                customer=customers[0] if customers else None)


def _merge(old: Slots, new: Slots) -> Slots:
    """Slots of the original request completed with the answer to a clarifying question."""
    for name in ("k", "country", "category", "segment", "date_from", "date_to"):
        if getattr(new, name) is None:
            setattr(new, name, getattr(old, name))
    new.item_ids = new.item_ids or old.item_ids
    new.repeat_purchases = new.repeat_purchases or old.repeat_purchases
    return new
