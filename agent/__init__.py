"""The agent: one LangGraph graph (model <-> tools) on Bedrock Claude, the offline model or an
OpenAI-compatible server, with per-session memory and cited answers."""

from agent.graph import build_graph
from agent.service import AssistantAgent, ChatResult, Citation, ToolCallRecord, build_agent

__all__ = ["AssistantAgent", "ChatResult", "Citation", "ToolCallRecord", "build_agent",
           "build_graph"]
