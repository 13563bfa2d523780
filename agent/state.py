"""The graph's state: the conversation so far (LangGraph merges new messages by id)."""

from __future__ import annotations

from typing import Annotated

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages
from typing_extensions import TypedDict


class InputState(TypedDict):
    """What a caller sends in one turn: the new message(s)."""

    messages: Annotated[list[AnyMessage], add_messages]


class AgentState(InputState):
    """The full state kept per session by the checkpointer.

    Only messages are stored; the step count of a turn and the sources to cite are derived
    from the messages after the last user message, so nothing needs resetting between turns.
    """
