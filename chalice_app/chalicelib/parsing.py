"""Request bodies: JSON objects validated by pydantic models, errors naming the field."""

from __future__ import annotations

import json
import re
from typing import Any, TypeVar

from chalice.app import Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import AssistantError

from .errors import ApiError

M = TypeVar("M", bound=BaseModel)
SESSION_ID = r"^[A-Za-z0-9_.:-]{1,100}$"


class ChatRequest(BaseModel):
    """Body of ``POST /chat``."""

    model_config = ConfigDict(extra="forbid")

    message: str = Field(min_length=1, description="What the marketer asks, in plain words.")
    session_id: str | None = Field(
        default=None, pattern=SESSION_ID,
        description="Continue this conversation; leave out to start a new one.")


def json_object(request: Request) -> dict[str, Any]:
    """The body parsed as a JSON object (400 when it is not JSON, 422 when not an object)."""
    raw = request.raw_body or b""
    if not raw.strip():
        raise ApiError(400, "bad_request", "the request body is empty; send a JSON object",
                       details={"field": "(body)"})
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        where = (f" (line {exc.lineno}, column {exc.colno})"
                 if isinstance(exc, json.JSONDecodeError) else "")
        raise ApiError(400, "bad_request", f"the request body is not valid JSON{where}",
                       details={"field": "(body)"}) from exc
    if not isinstance(body, dict):
        raise ApiError(422, "invalid_input", "the request body must be a JSON object, not a "
                       f"{type(body).__name__}", details={"field": "(body)"})
    return body


def parse(request: Request, model: type[M], what: str = "request") -> M:
    """The body validated by ``model``."""
    try:
        return model.model_validate(json_object(request))
    except ValidationError as exc:
        raise AssistantError.from_validation(exc, what) from exc


def parse_chat(request: Request, max_chars: int) -> ChatRequest:
    """``POST /chat`` body, with the message length limit from the settings."""
    chat = parse(request, ChatRequest, "chat request")
    if not chat.message.strip():
        raise AssistantError("invalid chat request: message: the message is empty",
                             details={"fields": [{"field": "message", "message": "empty"}]})
    if len(chat.message) > max_chars:
        raise AssistantError(f"invalid chat request: message: longer than {max_chars} "
                             "characters; shorten it",
                             details={"fields": [{"field": "message",
                                                  "message": f"over {max_chars} characters"}]})
    return chat


def check_session_id(session_id: str) -> str:
    """A path's session id (422 when malformed)."""
    if not re.match(SESSION_ID, session_id or ""):
        raise AssistantError("invalid session id: use 1-100 letters, digits, '.', '_', ':' or "
                             "'-'", details={"field": "session_id"})
    return session_id
