"""The agent's contract for the CLI, the API and the evals: ``build_agent(settings)`` and
``AssistantAgent.ask(message, session_id) -> ChatResult``."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langgraph.checkpoint.base import BaseCheckpointSaver
from pydantic import BaseModel, Field

from agent.citations import Citation, ToolCallRecord, collect_sources, turn_messages
from agent.context import AgentContext
from agent.guards import agent_logger, check_message, mask_pii
from agent.models import model_label

# Sessions are saved once per turn, when the turn ends (also when it fails), not after every
# graph step: a step's checkpoint re-serialises the whole history and costs a background
# thread hand-off, which made memory most of a turn's cost. A crash mid-turn loses that turn.
DURABILITY = "exit"

__all__ = ["AssistantAgent", "ChatResult", "Citation", "ToolCallRecord", "build_agent"]


class ChatResult(BaseModel):
    """One answered turn: the ``/chat`` response and ``assistant ask --json`` output."""

    answer: str = Field(description="The answer, citing sources as [n].")
    session_id: str = Field(description="Pass it back to continue the conversation.")
    tool_calls: list[ToolCallRecord] = Field(description="Every tool call of the turn.")
    citations: list[Citation] = Field(description="The numbered sources the answer cites.")
    model: str = Field(description="The chat model that answered.")
    latency_ms: float = Field(description="Time to answer, in milliseconds.")
    tokens: dict[str, int] = Field(description="Token usage of the turn: input, output, total.")
    steps: int = Field(description="Model calls made in the turn.")
    cost_usd: float | None = Field(default=None, description="Estimated cost (Bedrock only).")


class AssistantAgent:
    """A compiled graph with its memory; one instance serves many sessions."""

    def __init__(self, graph: Any, *, model_name: str, max_message_chars: int = 4000,
                 max_steps: int = 8) -> None:
        self.graph = graph
        self.model_name = model_name
        self.max_message_chars = max_message_chars
        self.max_steps = max_steps
        self.log = agent_logger()

    def _config(self, session_id: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": session_id},
                "recursion_limit": 4 * self.max_steps + 10}

    def ask(self, message: str, session_id: str | None = None) -> ChatResult:
        """Answer one message (a new session when ``session_id`` is None)."""
        text = check_message(message, self.max_message_chars)
        session = session_id or uuid.uuid4().hex
        self.log.info("turn session=%s message=%s", session, mask_pii(text))
        started = time.perf_counter()
        state = _invoke(self.graph, {"messages": [HumanMessage(content=text)]},
                        self._config(session))
        return self._result(state["messages"], session, started)

    def stream_events(self, message: str, session_id: str | None = None
                      ) -> Iterator[dict[str, Any]]:
        """Yield ``tool_call`` / ``tool_result`` events as they happen, then ``answer``."""
        text = check_message(message, self.max_message_chars)
        session = session_id or uuid.uuid4().hex
        started = time.perf_counter()
        for update in _stream(self.graph, {"messages": [HumanMessage(content=text)]},
                              self._config(session)):
            for node_update in update.values():
                for msg in (node_update or {}).get("messages", []):
                    if isinstance(msg, AIMessage):
                        for call in msg.tool_calls:
                            yield {"type": "tool_call", "name": call["name"],
                                   "arguments": call["args"]}
                    elif isinstance(msg, ToolMessage):
                        yield {"type": "tool_result", "name": msg.name,
                               "ok": msg.status != "error"}
        state = self.graph.get_state(self._config(session)).values
        yield {"type": "answer", "result": self._result(state["messages"], session, started)}

    def _result(self, messages: list[Any], session: str, started: float) -> ChatResult:
        turn = turn_messages(messages)
        sources = collect_sources(messages)
        answers = [m for m in turn if isinstance(m, AIMessage)]
        final = answers[-1] if answers else AIMessage(content="")
        usage = {"input": 0, "output": 0, "total": 0}
        for m in answers:
            meta: dict[str, Any] = dict(m.usage_metadata or {})
            usage["input"] += int(meta.get("input_tokens", 0))
            usage["output"] += int(meta.get("output_tokens", 0))
            usage["total"] += int(meta.get("total_tokens", 0))
        from agent.bedrock import estimate_cost

        cost = estimate_cost(self.model_name, usage["input"], usage["output"])  # None: unpriced
        result = ChatResult(
            answer=final.text if isinstance(final.content, list) else str(final.content),
            session_id=session,
            tool_calls=[s.call for s in sources if s.call is not None],
            citations=[s.citation for s in sources], model=self.model_name,
            latency_ms=round((time.perf_counter() - started) * 1000, 2), tokens=usage,
            steps=len(answers), cost_usd=cost)
        self.log.info("answered session=%s model=%s tools=%s steps=%d latency_ms=%.1f "
                      "tokens=%s cost_usd=%s", session, self.model_name,
                      [c.name for c in result.tool_calls], result.steps, result.latency_ms,
                      usage, cost)
        return result

    def forget(self, session_id: str) -> None:
        """Delete a stored session (a no-op for an unknown one or a memory without deletes)."""
        delete = getattr(getattr(self.graph, "checkpointer", None), "delete_thread", None)
        if delete is not None:
            delete(session_id)

    def history(self, session_id: str) -> list[dict[str, Any]]:
        """The stored conversation (AssistantError not_found for an unknown session)."""
        from assistant.errors import AssistantError

        snapshot = self.graph.get_state(self._config(session_id))
        messages = (snapshot.values or {}).get("messages") if snapshot else None
        if not messages:
            raise AssistantError(f"session '{session_id}' does not exist", code="not_found")
        out: list[dict[str, Any]] = []
        for m in messages:
            if isinstance(m, HumanMessage):
                out.append({"role": "user", "content": str(m.content)})
            elif isinstance(m, AIMessage):
                entry: dict[str, Any] = {"role": "assistant", "content": m.text
                                         if isinstance(m.content, list) else str(m.content)}
                if m.tool_calls:
                    entry["tool_calls"] = [{"name": c["name"], "arguments": c["args"]}
                                           for c in m.tool_calls]
                out.append(entry)
            elif isinstance(m, ToolMessage):
                out.append({"role": "tool", "name": m.name, "content": str(m.content)})
        return out


def _invoke(graph: Any, payload: dict[str, Any], config: dict[str, Any]) -> dict[str, Any]:
    try:
        return graph.invoke(payload, config, durability=DURABILITY)
    except Exception as exc:  # noqa: BLE001 - backend failures become a domain error
        raise _backend_error(exc) from exc


def _stream(graph: Any, payload: dict[str, Any], config: dict[str, Any]) -> Iterator[Any]:
    try:
        yield from graph.stream(payload, config, stream_mode="updates", durability=DURABILITY)
    except Exception as exc:  # noqa: BLE001
        raise _backend_error(exc) from exc


def _backend_error(exc: Exception) -> Exception:
    from assistant.errors import AssistantError

    if isinstance(exc, AssistantError):
        return exc
    name = type(exc).__name__
    if name in ("ClientError", "EndpointConnectionError", "ReadTimeoutError",
                "ConnectTimeoutError", "NoCredentialsError", "ValidationException",
                "ThrottlingException", "APIConnectionError", "APITimeoutError"):
        return AssistantError(f"the chat model is unavailable right now ({name}); try again "
                              "in a moment", code="unavailable", details={"error": name})
    return exc


def build_agent(settings: Any, *, model: BaseChatModel | None = None,
                tool_context: Any = None, checkpointer: BaseCheckpointSaver | None = None,
                tools: list[Any] | None = None, bedrock_client: Any = None) -> AssistantAgent:
    """The agent with defaults from settings: chat model by ``effective_chat_model``,
    memory by ``memory_backend``, the five registry tools on ``tool_context`` (built lazily
    from settings when None)."""
    from agent.graph import build_graph
    from agent.memory import build_checkpointer
    from agent.models import build_chat_model
    from agent.toolkit import registry_tools

    chat_model = model or build_chat_model(settings, client=bedrock_client)
    if tools is None:
        tools = registry_tools(tool_context if tool_context is not None
                               else _lazy_context(settings))
    memory = checkpointer if checkpointer is not None else build_checkpointer(settings)
    context = AgentContext(max_steps=settings.max_agent_steps,
                           history_token_budget=settings.history_token_budget)
    graph = build_graph(chat_model, tools, memory, context=context)
    return AssistantAgent(graph, model_name=model_label(chat_model),
                          max_message_chars=settings.max_message_chars,
                          max_steps=settings.max_agent_steps)


def _lazy_context(settings: Any) -> Any:
    holder: dict[str, Any] = {}

    def provide() -> Any:
        if "context" not in holder:
            from tools.context import build_context

            holder["context"] = build_context(settings)
        return holder["context"]

    return provide
