"""What the graph's nodes do: call the model on a clean, trimmed history, or give up."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_core.tools import BaseTool
from langgraph.graph import END

from agent.citations import collect_sources, sources_note, turn_messages
from agent.context import AgentContext
from agent.language import conversation_language
from agent.memory import sanitize_history, trim_history
from agent.prompts import GIVE_UP, SOURCES_HEADER
from agent.state import AgentState


def make_model_node(model: BaseChatModel, tools: Sequence[BaseTool],
                    ctx: AgentContext) -> Callable[[AgentState], dict[str, Any]]:
    """The model node: bound model, system prompt + numbered sources, step cap."""
    bound = model.bind_tools(list(tools)) if tools else model

    def call_model(state: AgentState) -> dict[str, Any]:
        messages = state["messages"]
        steps = sum(isinstance(m, AIMessage) for m in turn_messages(messages))
        if steps >= ctx.max_steps:
            language = conversation_language([str(m.content) for m in messages
                                              if isinstance(m, HumanMessage)])
            text = GIVE_UP[language].format(steps=ctx.max_steps)
            return {"messages": [AIMessage(content=text, name="step-limit")]}
        history = trim_history(sanitize_history(messages), ctx.history_token_budget)
        system = ctx.system_prompt
        sources = collect_sources(history)
        if sources:
            system = f"{system}\n\n{SOURCES_HEADER}\n{sources_note(sources)}"
        response = bound.invoke([SystemMessage(content=system), *history])
        return {"messages": [response]}

    return call_model


def route_after_model(state: AgentState) -> str:
    """Run the tools when the model asked for any, else the turn is over."""
    last = state["messages"][-1]
    return "tools" if isinstance(last, AIMessage) and last.tool_calls else END
