"""The body of every route: parse, call the service, serialise. Errors become JSON bodies."""

from __future__ import annotations

import html
import re
import uuid
from functools import lru_cache
from pathlib import Path
from typing import Any

from chalice import Response
from chalice.app import Request
from pydantic import BaseModel

from assistant.errors import AssistantError

from .errors import json_response
from .guard import KEY_ID, route
from .health import health as health_document
from .openapi import openapi_document
from .parsing import check_session_id, json_object, parse_chat
from .services import current

STATIC = Path(__file__).resolve().parent / "static"
_KEY_IN_PAGE = re.compile(r"^[A-Za-z0-9_]{1,100}$")


def _dump(model: Any) -> Any:
    return model.model_dump(mode="json") if isinstance(model, BaseModel) else model


def _owned_session(request: Request, session_id: str | None) -> str:
    """Conversations belong to the key that started them: ids read ``<key id>-<random>``.

    Another key's (or a made-up) session id is answered like an unknown one (404).
    """
    key_id = str(request.context.get(KEY_ID) or "anonymous")
    if session_id is None:
        return f"{key_id}-{uuid.uuid4().hex}"
    if not session_id.startswith(f"{key_id}-"):
        raise AssistantError(f"no conversation with id {session_id!r} for this API key; leave "
                             "session_id out to start a new one", code="not_found",
                             details={"field": "session_id"})
    return session_id


@route
def chat(request: Request) -> Response:
    """POST /chat: one turn of the conversation -> ChatResult."""
    services = current()
    body = parse_chat(request, services.settings.max_message_chars)
    session_id = _owned_session(request, body.session_id)
    result = services.agent.ask(body.message, session_id=session_id)
    return json_response(_dump(result))


@route
def history(request: Request, session_id: str) -> Response:
    """GET /chat/{session_id}: the conversation so far."""
    session_id = _owned_session(request, check_session_id(session_id))
    messages = current().agent.history(session_id)
    return json_response({"session_id": session_id, "messages": [_dump(m) for m in messages]})


@route
def list_tools() -> Response:
    """GET /tools: each tool's name, description and JSON schemas."""
    return json_response({"tools": current().tools.schemas()})


@route
def run_tool(request: Request, name: str) -> Response:
    """POST /tools/{name}: the tool's input model as body -> its output model."""
    catalog = current().tools
    catalog.get(name)  # unknown tool: 404 before looking at the body
    return json_response(_dump(catalog.run(name, json_object(request))))


@route
def openapi() -> Response:
    """GET /openapi.json."""
    services = current()
    try:
        from agent.service import ChatResult

        chat_result: type[BaseModel] | None = ChatResult
    except ImportError:
        chat_result = None
    specs = list(services.tools.specs.values())
    return json_response(openapi_document(specs, chat_result))


@route
def health() -> Response:
    """GET /health."""
    return json_response(health_document(current().settings))


@lru_cache(maxsize=4)
def _static(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


@route
def widget_js() -> Response:
    """GET /widget.js: the embeddable chat widget."""
    return Response(body=_static("widget.js"), status_code=200, headers={
        "Content-Type": "application/javascript; charset=utf-8",
        "Cache-Control": "public, max-age=300"})


def _base_path(request: Request) -> str:
    """The public path prefix of the API (API Gateway stage, e.g. '/api'), '' locally."""
    full = str(request.context.get("path") or "")
    resource = str(request.context.get("resourcePath") or "/")
    prefix = full[: -len(resource)] if resource != "/" and full.endswith(resource) else full
    prefix = prefix.rstrip("/")
    return prefix if re.match(r"^(/[A-Za-z0-9_.-]+)*$", prefix) else ""


@route
def page(request: Request) -> Response:
    """GET /: a small page for marketers with the widget (key from ``?key=``)."""
    params: Any = request.query_params or {}
    key = str(params.get("key") or "")
    key = key if _KEY_IN_PAGE.match(key or "") else ""
    base = _base_path(request)
    tag = (f'<script src="{html.escape(base)}/widget.js" data-endpoint="{html.escape(base)}" '
           f'data-api-key="{html.escape(key)}" data-title="Marketing assistant"></script>')
    body = _static("index.html").replace("<!--WIDGET-->", tag)
    body = body.replace("<!--KEY-NOTE-->", "" if key else (
        '<p class="note">Open this page with <code>?key=YOUR_API_KEY</code> (printed by '
        '<code>assistant serve</code>, or create one with <code>assistant keys create '
        '--name me --scopes chat,tools</code>).</p>'))
    return Response(body=body, status_code=200,
                    headers={"Content-Type": "text/html; charset=utf-8"})
