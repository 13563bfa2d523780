"""Argument accuracy: expected calls whose ``args`` appear (as a subset) in an actual call.

String values compare case-insensitively after trimming; numbers compare by value (so "3"
matches 3, "12347" matches 12347); lists match when every expected element is present;
nested objects match as subsets. Each actual call can satisfy one expected call only.
An argument the model left out counts with the tool's default (``k`` 5, ``exclude_purchased``
true), since that is what the tool ran with.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from evals.dataset import EvalCase, ExpectedTool
from evals.results import CaseOutput, Check, ToolCallOut


def with_defaults(name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """The call's arguments with the tool input model's defaults filled in (as given when the
    tool is unknown or the arguments do not validate)."""
    try:
        from tools.registry import TOOLS

        model = TOOLS[name].input_model
        parsed = model.model_validate(arguments).model_dump(mode="json")
    except Exception:  # noqa: BLE001 - unknown tool or invalid arguments: compare as given
        return arguments
    return {**parsed, **arguments}


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, date | datetime):
        value = value.isoformat()
    return str(value).strip().lower()


def value_matches(expected: Any, actual: Any) -> bool:
    """True when ``actual`` satisfies ``expected`` (see the module docstring)."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            key in actual and value_matches(val, actual[key]) for key, val in expected.items())
    if isinstance(expected, list):
        if not isinstance(actual, list | tuple):
            return False
        return all(any(value_matches(e, a) for a in actual) for e in expected)
    if expected is None:
        return actual is None
    if isinstance(expected, bool):
        if isinstance(actual, str):
            return actual.strip().lower() == str(expected).lower()
        return actual is expected or actual == expected
    if isinstance(expected, int | float):
        got = _number(actual)
        return got is not None and abs(got - float(expected)) < 1e-9
    if actual is None or isinstance(actual, dict | list):
        return False
    return _text(expected) == _text(actual)


def args_match(expected: dict[str, Any], actual: dict[str, Any]) -> bool:
    """Subset match of one call's arguments."""
    return value_matches(expected, actual)


def match_calls(expected: list[ExpectedTool], actual: list[ToolCallOut]) -> list[bool]:
    """For each expected call, whether a distinct actual call satisfies it (best assignment)."""
    best: list[bool] = [False] * len(expected)

    def search(i: int, used: frozenset[int], hits: list[bool]) -> None:
        nonlocal best
        if sum(hits) + (len(expected) - i) <= sum(best):
            return
        if i == len(expected):
            best = list(hits)
            return
        for j, call in enumerate(actual):
            if j not in used and call.name == expected[i].name and \
                    args_match(expected[i].args, with_defaults(call.name, call.arguments)):
                search(i + 1, used | {j}, [*hits, True])
        search(i + 1, used, [*hits, False])

    search(0, frozenset(), [])
    return best


def argument_accuracy(*, outputs: CaseOutput, reference_outputs: EvalCase) -> Check | None:
    """Share of expected calls with arguments that were made with those arguments.

    Expected calls without ``args`` are left out (tool selection covers them); None when the
    case has no expected arguments.
    """
    expected = reference_outputs.expected_tools
    if not any(t.args for t in expected):
        return None
    hits = match_calls(expected, outputs.tool_calls)
    scored = [(t, hit) for t, hit in zip(expected, hits, strict=True) if t.args]
    score = sum(hit for _, hit in scored) / len(scored)
    misses = []
    for tool, hit in scored:
        if not hit:
            got = [c.arguments for c in outputs.tool_calls if c.name == tool.name]
            misses.append(f"{tool.name} {tool.args} not matched (calls: {got or 'none'})")
    return Check(name="arguments", passed=not misses, score=round(score, 4),
                 detail="; ".join(misses))
