"""Numeric grounding: every number in the answer appears in a tool output or cited passage.

Numbers are compared by value with the answer's own rounding (0.7312 grounds "0.73", "73%"
and "73.1 %"; 1234 grounds "1,234" and "1 234"). Citation markers ("[1]"), list markers at
the start of a line, numbers glued to letters (stock codes such as 85123A, "1st") and numbers
that the user wrote in the conversation are ignored. Sources are the tool outputs of every
turn of the case (list lengths count too: "5 products"), the citations and the model name.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import Any

from evals.dataset import EvalCase
from evals.results import CaseOutput, Check

_CITATION = re.compile(r"\[\^?\d+(?:\s*[,;\u2013-]\s*\^?\d+)*\]")
_LIST_MARKER = re.compile(r"(?m)^\s*(?:[-*]\s*)?\d{1,2}[.)]\s+")
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:(?:,|\u00a0|\u202f| )\d{3})+(?!\d)|\d+)(?:([.,])(\d+))?(?:\s?(%))?(?![\w])")


def _candidates(integer: str, sep: str | None, decimals: str | None) -> list[tuple[float, int]]:
    """Possible (value, decimals shown) readings of one written number."""
    digits = re.sub(r"[, \u00a0\u202f]", "", integer)
    out = []
    if sep and decimals is not None:
        out.append((float(f"{digits}.{decimals}"), len(decimals)))
        if sep == "," and len(decimals) == 3 and "," not in integer:
            out.append((float(f"{digits}{decimals}"), 0))  # 1,234 as a thousands separator
    else:
        out.append((float(digits), 0))
        if "," in integer and re.fullmatch(r"\d{1,3},\d{3}", integer):
            left, right = integer.split(",")
            out.append((float(f"{left}.{right}"), 3))  # 1,234 as a decimal comma
    return out


def numbers_in_text(text: str) -> list[tuple[str, list[tuple[float, int]]]]:
    """(as written, readings) for every number in ``text``."""
    found = []
    for match in _NUMBER.finditer(text):
        integer, sep, decimals, _pct = match.groups()
        found.append((match.group(0).strip(), _candidates(integer, sep, decimals)))
    return found


def answer_numbers(answer: str) -> list[tuple[str, list[tuple[float, int]]]]:
    """Numbers of an answer after removing citation and list markers."""
    return numbers_in_text(_LIST_MARKER.sub(" ", _CITATION.sub(" ", answer)))


def source_values(sources: Iterable[Any]) -> set[float]:
    """Every numeric value in tool outputs / passages (walked as JSON) and their lengths."""
    values: set[float] = set()

    def walk(node: Any) -> None:
        if isinstance(node, bool) or node is None:
            return
        if isinstance(node, int | float):
            if math.isfinite(float(node)):
                values.add(abs(float(node)))
        elif isinstance(node, str):
            stripped = node.strip()
            if stripped[:1] in "{[":
                try:
                    walk(json.loads(stripped))
                    return
                except ValueError:
                    pass
            for _, readings in numbers_in_text(node):
                values.update(v for v, _ in readings)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple | set):
            values.add(float(len(node)))
            for value in node:
                walk(value)
        else:
            walk(str(node))

    for source in sources:
        walk(source)
    return values


def _grounded(readings: list[tuple[float, int]], pool: set[float]) -> bool:
    for value, shown in readings:
        tolerance = 0.5 * 10 ** -shown + 1e-9
        for known in pool:
            if abs(known - value) <= tolerance or abs(known * 100 - value) <= tolerance or \
                    abs(known / 100 - value) <= tolerance * 0.01 + 1e-12:
                return True
    return False


def ungrounded_numbers(answer: str, sources: Iterable[Any], question: str = "") -> list[str]:
    """Numbers in ``answer`` found neither in ``sources`` nor in ``question``."""
    pool = source_values(sources)
    asked = source_values([question])
    return [written for written, readings in answer_numbers(answer)
            if not _grounded(readings, pool) and not _grounded_exact(readings, asked)]


def _grounded_exact(readings: list[tuple[float, int]], asked: set[float]) -> bool:
    return any(abs(value - known) < 1e-9 for value, _ in readings for known in asked)


def numeric_grounding(*, outputs: CaseOutput, reference_outputs: EvalCase) -> Check | None:
    """Passes when every number in the answer is grounded (None if it has no numbers)."""
    if not answer_numbers(outputs.answer):
        return None
    sources: list[Any] = [c.output for c in outputs.earlier_tool_calls + outputs.tool_calls]
    sources += [c.arguments for c in outputs.earlier_tool_calls + outputs.tool_calls]
    sources += [outputs.citations, outputs.model]
    missing = ungrounded_numbers(outputs.answer, sources, " ".join(reference_outputs.turns))
    total = len(answer_numbers(outputs.answer))
    score = 1 - len(missing) / total
    detail = f"ungrounded: {missing}" if missing else ""
    return Check(name="numeric_grounding", passed=not missing, score=round(score, 4),
                 detail=detail, values=missing)
