"""A scripted fake agent (the ChatResult contract) for the eval unit tests."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest


def chat_result(answer: str, calls: list[tuple[str, dict[str, Any], Any]] | None = None,
                citations: list[dict[str, Any]] | None = None, session_id: str = "s",
                latency_ms: float = 12.0) -> dict[str, Any]:
    """A ChatResult-shaped dict."""
    return {
        "answer": answer, "session_id": session_id,
        "tool_calls": [{"name": n, "arguments": a, "output": o} for n, a, o in calls or []],
        "citations": citations or [], "model": "fake-model", "latency_ms": latency_ms,
        "tokens": {"input": 10, "output": 5, "total": 15}, "steps": 2 if calls else 1,
        "cost_usd": None,
    }


class FakeAgent:
    """Answers from a script: ``script(message, history) -> ChatResult dict``."""

    def __init__(self, script: Callable[[str, list[str]], dict[str, Any]]) -> None:
        self.script = script
        self.sessions: dict[str, list[str]] = {}
        self._ids = itertools.count(1)

    def ask(self, message: str, session_id: str | None = None) -> dict[str, Any]:
        if session_id is None:
            session_id = f"session-{next(self._ids)}"
        history = self.sessions.setdefault(session_id, [])
        result = self.script(message, list(history))
        history.append(message)
        return {**result, "session_id": session_id}


@pytest.fixture
def fake_agent_factory() -> Callable[..., FakeAgent]:
    return FakeAgent
