"""The agent graph: a model node and a tool node in a loop, with a step cap.

Only wiring lives here; what the nodes do is in ``agent.nodes``.
"""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.language_models import BaseChatModel
from langchain_core.tools import BaseTool
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.prebuilt import ToolNode

from agent.context import AgentContext
from agent.nodes import make_model_node, route_after_model
from agent.state import AgentState, InputState
from agent.toolkit import tool_error_message


def build_graph(
    model: BaseChatModel,
    tools: Sequence[BaseTool],
    checkpointer: BaseCheckpointSaver | None = None,
    *,
    max_steps: int = 8,
    history_token_budget: int = 6000,
    context: AgentContext | None = None,
) -> CompiledStateGraph:
    """Compile the agent: ``model`` (bound to ``tools``) <-> ``ToolNode(tools)``.

    Several tool calls in one model message run in parallel; any tool failure (domain
    error, bad arguments, crash) becomes a tool message the model reads; after
    ``max_steps`` model calls in one turn the graph answers honestly that it could not
    finish. ``checkpointer`` keeps each session's messages by ``thread_id``.
    """
    ctx = context or AgentContext(max_steps=max_steps, history_token_budget=history_token_budget)
    builder = StateGraph(AgentState, input_schema=InputState)
    builder.add_node("model", make_model_node(model, tools, ctx))  # type: ignore[call-overload]
    builder.add_node("tools", ToolNode(list(tools), handle_tool_errors=tool_error_message))
    builder.add_edge(START, "model")
    builder.add_conditional_edges("model", route_after_model, {"tools": "tools", END: END})
    builder.add_edge("tools", "model")
    return builder.compile(checkpointer=checkpointer)
