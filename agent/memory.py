"""Conversation memory: checkpointers (SQLite locally, DynamoDB in AWS) and the history
hygiene applied before every model call (no orphaned tool calls, trimmed to a budget)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langgraph.checkpoint.base import BaseCheckpointSaver

from assistant.settings import Settings


def sqlite_checkpointer(path: Path) -> BaseCheckpointSaver:
    """A SQLite checkpointer in ``path`` (created); it survives a restart of the process."""
    from langgraph.checkpoint.sqlite import SqliteSaver

    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path), check_same_thread=False)
    # The saver turns on the write-ahead log; synced at its checkpoints rather than on every
    # commit, a turn's save no longer waits for the disk while holding the saver's lock
    # (other turns queue behind it). A crash of the process loses nothing; a power cut may
    # lose the last turns.
    connection.execute("PRAGMA synchronous=NORMAL")
    return SqliteSaver(connection)


def dynamodb_checkpointer(settings: Settings, *, session: Any = None,
                          endpoint_url: str | None = None) -> BaseCheckpointSaver:
    """LangGraph's DynamoDBSaver on ``settings.dynamodb_sessions_table`` (keys PK / SK).

    Checkpoints are compressed; with ``settings.artifact_bucket`` set, those over DynamoDB's
    item limit are offloaded to S3 under ``sessions/``.
    """
    from botocore.config import Config
    from langgraph_checkpoint_aws import DynamoDBSaver

    offload: Any = ({"bucket_name": settings.artifact_bucket, "key_prefix": "sessions/"}
               if settings.artifact_bucket else None)
    return DynamoDBSaver(
        table_name=settings.dynamodb_sessions_table, session=session,
        region_name=settings.aws_region, endpoint_url=endpoint_url,
        boto_config=Config(retries={"mode": "adaptive", "max_attempts": 5},
                           connect_timeout=5, read_timeout=10),
        ttl_seconds=30 * 24 * 3600, enable_checkpoint_compression=True,
        s3_offload_config=offload,
    )


def sessions_path(settings: Settings) -> Path:
    """Where the local conversation store lives."""
    return settings.artifacts / "sessions" / "sessions.sqlite"


def build_checkpointer(settings: Settings, *, session: Any = None) -> BaseCheckpointSaver:
    """The checkpointer chosen by ``settings.memory_backend``."""
    if settings.memory_backend == "dynamodb":
        return dynamodb_checkpointer(settings, session=session)
    return sqlite_checkpointer(sessions_path(settings))


def sanitize_history(messages: Sequence[BaseMessage]) -> list[BaseMessage]:
    """Drop tool calls without results and results without calls.

    A session restored after a crash may end with an AI message whose tool calls never got
    results; Bedrock Converse rejects such a history, so the dangling calls are removed
    (an AI message left with no text and no calls is dropped).
    """
    answered = {m.tool_call_id for m in messages if isinstance(m, ToolMessage)}
    asked: set[str] = set()
    clean: list[BaseMessage] = []
    for message in messages:
        if isinstance(message, AIMessage) and message.tool_calls:
            kept = [c for c in message.tool_calls if c.get("id") in answered]
            if len(kept) != len(message.tool_calls):
                if not kept and not _text(message):
                    continue
                message = message.model_copy(update={"tool_calls": kept,
                                                     "content": _text(message)})
            asked.update(c["id"] or "" for c in kept)
        elif isinstance(message, ToolMessage) and message.tool_call_id not in asked:
            continue
        clean.append(message)
    return clean


def _text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return " ".join(b.get("text", "") for b in content if isinstance(b, dict)
                    and b.get("type") == "text")


def approx_tokens(message: BaseMessage) -> int:
    """A cheap token estimate (about four characters per token)."""
    size = len(_text(message))
    if isinstance(message, AIMessage) and message.tool_calls:
        size += len(json.dumps([c["args"] for c in message.tool_calls], default=str))
    return size // 4 + 4


def trim_history(messages: Sequence[BaseMessage], budget: int) -> list[BaseMessage]:
    """Keep the newest whole turns that fit in ``budget`` tokens.

    Cuts happen only before a user message, so a tool call is never separated from its
    result; the current turn is always kept, even when it alone exceeds the budget.
    """
    starts = [i for i, m in enumerate(messages) if isinstance(m, HumanMessage)]
    if not starts:
        return list(messages)
    kept_from = starts[-1]
    total = sum(approx_tokens(m) for m in messages[kept_from:])
    for start in reversed(starts[:-1]):
        cost = sum(approx_tokens(m) for m in messages[start:kept_from])
        if total + cost > budget:
            break
        total += cost
        kept_from = start
    return list(messages[kept_from:])
