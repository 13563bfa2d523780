"""LangChain tools built from the tool registry, and how tool failures reach the model."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, ValidationError

from assistant.errors import AssistantError

ContextProvider = Callable[[], Any]


def _make_tool(spec: Any, context: ContextProvider) -> BaseTool:
    def run(**arguments: Any) -> tuple[str, dict[str, Any]]:
        output: BaseModel = spec.run(arguments, context())
        data = output.model_dump(mode="json")
        return json.dumps(data, ensure_ascii=False), data

    return StructuredTool.from_function(
        func=run,
        name=spec.name,
        description=spec.description,
        args_schema=spec.input_model,
        response_format="content_and_artifact",
    )


def build_tools(specs: Mapping[str, Any], context: Any | ContextProvider) -> list[BaseTool]:
    """One StructuredTool per ToolSpec (name with hyphens, args schema = the input model).

    The tool's content is the output model as JSON and its artifact the same data as a
    dict (used for citations). ``context`` is a ToolContext or a zero-argument callable
    returning one, so the predictors load only when a tool first runs.
    """
    provider: ContextProvider = context if callable(context) else (lambda: context)
    return [_make_tool(spec, provider) for spec in specs.values()]


def registry_tools(context: Any | ContextProvider) -> list[BaseTool]:
    """The five product tools from ``tools.registry.TOOLS``."""
    from tools.registry import TOOLS

    return build_tools(TOOLS, context)


def tool_error_message(error: Exception) -> str:
    """What the model reads when a tool fails (LangGraph's ToolNode calls this for any error).

    A domain error keeps its marketer-readable message; bad arguments name the fields;
    anything else is reported without internals so the model can say the tool failed.
    """
    if isinstance(error, AssistantError):
        return f"Error ({error.code}): {error.message}"
    source = getattr(error, "source", None)  # LangGraph's ToolInvocationError wraps it
    if isinstance(source, ValidationError):
        error = source
    if isinstance(error, ValidationError):
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}"
                             for e in error.errors())
        return f"Error (invalid_input): invalid arguments: {problems}. Fix them and try again."
    from agent.guards import agent_logger

    agent_logger().warning("tool failed: %s: %s", type(error).__name__, error)
    return f"Error (unavailable): the tool failed unexpectedly ({type(error).__name__})."
