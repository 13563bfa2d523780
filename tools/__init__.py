"""Typed tools over the trained models and the knowledge base, shared by the agent, the HTTP
API and the evals. ``tools.registry`` lists them; ``tools.context`` builds what they run on."""

from tools.context import ToolContext, build_context
from tools.registry import TOOLS, get_tool, run_tool, tool_schemas

__all__ = ["TOOLS", "ToolContext", "build_context", "get_tool", "run_tool", "tool_schemas"]
