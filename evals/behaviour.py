"""Whether an answer answers, asks for missing information (clarify) or declines (refuse).

Defined in this one place. An explicit marker from the agent wins (a ``behaviour`` /
``kind`` / ``intent`` field on the result with one of the three values); otherwise a turn
that called tools is an answer, and a turn without tool calls is a clarification when it asks
the user for something, a refusal when it declines, else an answer.
"""

from __future__ import annotations

import re
from typing import Literal

Behaviour = Literal["answer", "clarify", "refuse"]
BEHAVIOURS: tuple[str, ...] = ("answer", "clarify", "refuse")

_REFUSE = re.compile(
    r"(?i)\b(outside|out of (?:my )?scope|beyond|only (?:help|answer|assist|support|handle)|"
    r"can(?:no|')t help|cannot (?:help|assist)|unable to help|not able to help|"
    r"not (?:something|what) i|i(?:'m| am) (?:sorry|afraid)|not within|decline)\b"
    r"|no puedo|solo puedo|fuera de|lo siento|je ne peux|seulement|uniquement|hors de|"
    r"d[ée]sol[ée]")
# A question asking for the missing value (customer, item, feedback text).
_ASKS_FOR_VALUE = re.compile(
    r"(?i)(which|what|whose) (?:customer|client|item|product|review|feedback)|customer id|"
    r"customer number|(?:the|an?) id\b|stock ?code|paste|the text|"
    r"qu[ée] cliente|cu[aá]l (?:es el )?cliente|id del cliente|n[uú]mero de cliente|el texto|"
    r"quel client|identifiant|num[ée]ro (?:du|de) client|le texte")
_ASKS = re.compile(
    r"(?i)(which|what|could you|can you|please (?:give|tell|provide|share|specify)|"
    r"let me know|provide|specify|qu[eé]|cu[aá]l|podr[ií]as|ind[ií]ca|necesito|quel|"
    r"quelle|pourriez|pouvez|pr[ée]cisez|indiquez)")


def classify(answer: str, *, tool_calls: int, marker: str | None = None) -> Behaviour:
    """The behaviour of one final turn (see the module docstring)."""
    if marker in BEHAVIOURS:
        return marker  # type: ignore[return-value]
    if tool_calls:
        return "answer"
    text = answer.strip()
    asks = "?" in text or "¿" in text
    if asks and _ASKS_FOR_VALUE.search(text):
        return "clarify"
    if _REFUSE.search(text):
        return "refuse"
    if asks and _ASKS.search(text):
        return "clarify"
    return "answer"
