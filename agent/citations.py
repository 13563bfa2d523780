"""Sources of one turn: every tool call (with the output it returned) and every
knowledge-base passage, numbered [1], [2]... in the order they arrived."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from pydantic import BaseModel, Field


class ToolCallRecord(BaseModel):
    """One tool call made in the turn."""

    name: str = Field(description="Tool name, e.g. 'segment-customer'.")
    arguments: dict[str, Any] = Field(description="Arguments the model passed.")
    output: dict[str, Any] | str = Field(
        description="The tool's output (JSON object) or the error message it returned.")


class Citation(BaseModel):
    """A numbered source the answer may refer to as [index]."""

    index: int = Field(description="The number used in the answer, e.g. 1 for [1].")
    kind: Literal["tool", "passage"] = Field(description="A tool call or a KB passage.")
    name: str | None = Field(default=None, description="Tool name (kind='tool').")
    doc_id: str | None = Field(default=None, description="Document id (kind='passage').")
    title: str | None = Field(default=None, description="Document title (kind='passage').")
    source_uri: str | None = Field(default=None, description="Where the passage comes from.")


class Source(BaseModel):
    """A citation with the data behind it (what a model may quote)."""

    citation: Citation
    call: ToolCallRecord | None = None
    passage: dict[str, Any] | None = None
    ok: bool = True


def turn_messages(messages: Sequence[BaseMessage]) -> list[BaseMessage]:
    """The messages after the last user message (this turn's model and tool messages)."""
    for i in range(len(messages) - 1, -1, -1):
        if isinstance(messages[i], HumanMessage):
            return list(messages[i + 1:])
    return list(messages)


def _output(message: ToolMessage) -> dict[str, Any] | str:
    if message.status != "error" and isinstance(message.artifact, dict):
        return message.artifact
    text = message.content if isinstance(message.content, str) else json.dumps(message.content)
    if message.status != "error":
        try:
            data = json.loads(text)
        except ValueError:
            return text
        return data if isinstance(data, dict) else text
    return text


def passages_of(output: dict[str, Any] | str) -> list[dict[str, Any]]:
    """Knowledge-base passages inside a tool output (items with a ``doc_id``)."""
    if not isinstance(output, dict):
        return []
    items = output.get("passages") or output.get("results") or []
    return [p for p in items if isinstance(p, dict) and p.get("doc_id")]


def collect_sources(messages: Sequence[BaseMessage]) -> list[Source]:
    """Number this turn's tool calls and passages: each call, then its passages."""
    calls: dict[str, Any] = {}
    sources: list[Source] = []
    for message in turn_messages(messages):
        if isinstance(message, AIMessage):
            for call in message.tool_calls:
                calls[call["id"] or ""] = call
        elif isinstance(message, ToolMessage):
            call = calls.get(message.tool_call_id, {})
            name = call.get("name") or message.name or "tool"
            output = _output(message)
            record = ToolCallRecord(name=name, arguments=dict(call.get("args") or {}),
                                    output=output)
            ok = message.status != "error" and isinstance(output, dict)
            sources.append(Source(citation=Citation(index=len(sources) + 1, kind="tool",
                                                    name=name), call=record, ok=ok))
            for passage in passages_of(output):
                sources.append(Source(
                    citation=Citation(index=len(sources) + 1, kind="passage",
                                      doc_id=str(passage.get("doc_id")),
                                      title=passage.get("title"),
                                      source_uri=passage.get("source_uri")),
                    passage=passage))
    return sources


def sources_note(sources: Sequence[Source]) -> str:
    """A short list of the numbered sources for the system prompt."""
    lines = []
    for s in sources:
        c = s.citation
        if c.kind == "tool" and s.call is not None:
            args = json.dumps(s.call.arguments, ensure_ascii=False, default=str)
            status = "" if s.ok else " (error)"
            lines.append(f"[{c.index}] tool {c.name} {args}{status}")
        else:
            lines.append(f"[{c.index}] passage \"{c.title}\" ({c.doc_id}, {c.source_uri})")
    return "\n".join(lines)
