"""Small fakes of the agent and the tool registry, following the wave-2 contracts."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel, Field

from assistant.errors import AssistantError
from tools.inputs import RecommendForUserInput, SearchKnowledgeBaseInput
from tools.spec import ToolSpec

KNOWN_CUSTOMERS = {"12347", "12583", "17850"}


class FakeRecommendation(BaseModel):
    stock_code: str
    description: str
    score: float


class FakeRecommendations(BaseModel):
    customer_id: str
    items: list[FakeRecommendation] = Field(default_factory=list)


class FakePassages(BaseModel):
    passages: list[str]


def _recommend(args: RecommendForUserInput, context: Any) -> FakeRecommendations:
    if args.customer_id not in KNOWN_CUSTOMERS:
        raise AssistantError(f"customer {args.customer_id} is not in the data", code="not_found",
                             details={"customer_id": args.customer_id})
    items = [FakeRecommendation(stock_code=f"8512{i}", description=f"ITEM {i}", score=1 - i / 10)
             for i in range(args.k)]
    return FakeRecommendations(customer_id=args.customer_id, items=items)


def _search(args: SearchKnowledgeBaseInput, context: Any) -> FakePassages:
    if args.query == "explode":
        raise RuntimeError("internal detail that must not reach the client /secret/path.py")
    return FakePassages(passages=[f"about {args.query}"])


def fake_catalog() -> Any:
    """A ToolCatalog with two fake tools over the real input models."""
    from chalicelib.services import ToolCatalog

    specs = {
        "recommend-for-user": ToolSpec("recommend-for-user", RecommendForUserInput,
                                       FakeRecommendations, _recommend),
        "search-knowledge-base": ToolSpec("search-knowledge-base", SearchKnowledgeBaseInput,
                                          FakePassages, _search),
    }
    return ToolCatalog(specs, lambda: object())


class FakeChatResult(BaseModel):
    """The ChatResult contract (agent/service.py)."""

    answer: str
    session_id: str
    tool_calls: list[dict[str, Any]]
    citations: list[dict[str, Any]]
    model: str
    latency_ms: float
    tokens: dict[str, int]
    steps: int
    cost_usd: float | None = None


class FakeAgent:
    """Answers every question with one recommend-for-user call; remembers sessions."""

    def __init__(self) -> None:
        self.sessions: dict[str, list[dict[str, Any]]] = {}

    def ask(self, message: str, session_id: str | None = None) -> FakeChatResult:
        session_id = session_id or uuid.uuid4().hex
        turns = self.sessions.setdefault(session_id, [])
        answer = f"Customer 12347 would like ITEM 0 [1]. You asked: {message}"
        turns += [{"role": "user", "content": message},
                  {"role": "assistant", "content": answer}]
        return FakeChatResult(
            answer=answer, session_id=session_id,
            tool_calls=[{"name": "recommend-for-user", "arguments": {"customer_id": "12347"},
                         "output": {"items": []}}],
            citations=[{"index": 1, "kind": "tool", "name": "recommend-for-user",
                        "doc_id": None, "title": None, "source_uri": None}],
            model="fake", latency_ms=1.0, tokens={"input": 1, "output": 1, "total": 2},
            steps=2)

    def history(self, session_id: str) -> list[dict[str, Any]]:
        if session_id not in self.sessions:
            raise AssistantError(f"no conversation with id {session_id!r}", code="not_found",
                                 details={"field": "session_id"})
        return self.sessions[session_id]
