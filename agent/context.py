"""Run configuration of the graph: limits and prompt, fixed when the graph is built."""

from __future__ import annotations

from dataclasses import dataclass

from agent.prompts import SYSTEM_PROMPT


@dataclass(frozen=True, kw_only=True)
class AgentContext:
    """Limits of one turn and the system prompt the model node sends."""

    max_steps: int = 8
    """Most model calls in one turn; then the graph gives an honest "could not finish"."""
    history_token_budget: int = 6000
    """Approximate tokens of history sent to the model (older turns are trimmed)."""
    system_prompt: str = SYSTEM_PROMPT
    """Who the assistant serves and how it must behave."""
