"""The offline chat model: a LangChain chat model that needs no network.

First call of a turn: plan tool calls (or ask, refuse, greet) from the user's messages.
After the tool results arrive: write the answer from them only, cite [n], answer in the
user's language and say which model answered.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from agent.citations import turn_messages
from agent.language import conversation_language
from agent.offline.intents import load_classifier
from agent.offline.phrases import phrase
from agent.offline.planner import PENDING_KEY, follow_up_search, plan
from agent.offline.writer import write_answer

MODEL_NAME = "offline-planner-1"


def _tokens(messages: Sequence[BaseMessage]) -> int:
    return sum(len(str(m.content)) for m in messages) // 4 + 1


class OfflineChatModel(BaseChatModel):
    """Plans tool calls with a learned intent classifier and writes grounded answers."""

    model_name: str = MODEL_NAME
    cache_dir: Path | None = None
    """Where the trained intent classifier is cached (None: memory only)."""
    disable_streaming: bool = True
    tool_names: list[str] | None = None
    """Names of the bound tools (None: all five)."""

    @property
    def _llm_type(self) -> str:
        return "offline-marketing-assistant"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> OfflineChatModel:
        """A copy that plans calls to these tools only (by name)."""
        names = [getattr(t, "name", None) or (t.get("name") if isinstance(t, dict) else None)
                 for t in tools]
        return self.model_copy(update={"tool_names": [n for n in names if n]})

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None,
                  **kwargs: Any) -> ChatResult:
        message = self.respond(messages)
        prompt_tokens = _tokens(messages)
        output_tokens = _tokens([message])
        message.usage_metadata = {"input_tokens": prompt_tokens, "output_tokens": output_tokens,
                                  "total_tokens": prompt_tokens + output_tokens}
        return ChatResult(generations=[ChatGeneration(message=message)])

    def respond(self, messages: Sequence[BaseMessage]) -> AIMessage:
        """The next AI message for this conversation."""
        language = conversation_language([str(m.content) for m in messages
                                          if isinstance(m, HumanMessage)])
        turn = turn_messages(messages)
        if any(isinstance(m, ToolMessage) for m in turn):
            search = follow_up_search(turn)
            if search and (self.tool_names is None or search["name"] in self.tool_names):
                return AIMessage(content="", tool_calls=[search],
                                 response_metadata={"model_name": self.model_name})
            return AIMessage(content=write_answer(messages, language, self.model_name),
                             response_metadata={"model_name": self.model_name})
        try:
            decision = plan(messages, load_classifier(self.cache_dir), self.tool_names)
        except Exception as exc:  # noqa: BLE001 - a planner bug must not end the conversation
            from agent.guards import agent_logger

            agent_logger().exception("offline planner failed: %s", exc)
            return AIMessage(content=phrase(language, "not_understood"),
                             response_metadata={"model_name": self.model_name})
        metadata: dict[str, Any] = {"model_name": self.model_name}
        if decision.action == "tools":
            if decision.pending:
                metadata[PENDING_KEY] = decision.pending
            return AIMessage(content="", tool_calls=decision.tool_calls,
                             response_metadata=metadata)
        if decision.action == "clarify":
            metadata[PENDING_KEY] = decision.pending
            task = phrase(language, f"task_{decision.intents[0]}")
            text = phrase(language, "clarify_customer", task=task)
        elif decision.action == "clarify_item":
            metadata[PENDING_KEY] = decision.pending
            text = phrase(language, "clarify_item")
        elif decision.action == "clarify_text":
            metadata[PENDING_KEY] = {"intents": decision.intents, "message": ""}
            text = phrase(language, "clarify_text")
        elif decision.action == "clarify_topic":
            text = phrase(language, "clarify_topic", customer=decision.customer)
        else:
            text = phrase(language, decision.action, **decision.values)
        return AIMessage(content=text, response_metadata=metadata)
