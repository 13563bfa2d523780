"""Every error the API returns has one JSON shape: ``{"error": {"code", "message", "details"}}``.

Domain problems arrive as :class:`assistant.errors.AssistantError` (their ``http_status``);
problems of the HTTP layer itself (bad JSON, auth, limits) are :class:`ApiError`.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from chalice import Response

from assistant.errors import AssistantError

log = logging.getLogger("assistant.api")

JSON = "application/json"


class ApiError(Exception):
    """An HTTP-level problem with its status, a stable code and a readable message."""

    def __init__(self, status: int, code: str, message: str, *,
                 details: dict[str, Any] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}
        self.headers = headers or {}


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A JSON response (the body is serialised here, so Chalice sends it as is)."""
    merged: dict[str, str | list[str]] = {"Content-Type": JSON}
    merged.update(headers or {})
    return Response(body=json.dumps(body, ensure_ascii=False, default=str), status_code=status,
                    headers=merged)


def error_response(status: int, code: str, message: str, *,
                   details: dict[str, Any] | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    """The API's error body with the given status."""
    body = {"error": {"code": code, "message": message, "details": details or {}}}
    return json_response(body, status, headers)


def to_response(exc: BaseException) -> Response:
    """Any exception as an error response: never a stack trace in the body."""
    if isinstance(exc, ApiError):
        return error_response(exc.status, exc.code, exc.message, details=exc.details,
                              headers=exc.headers)
    if isinstance(exc, AssistantError):
        return error_response(exc.http_status, exc.code, exc.message, details=exc.details)
    log.exception("unexpected error while handling a request")
    return error_response(500, "internal", "Something went wrong on our side; please try "
                          "again. If it keeps happening, tell the team that runs the assistant.")


_CHALICE_CODES = {
    400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    415: "unsupported_media_type", 500: "internal",
}


def normalise(response: Response) -> Response:
    """Rewrite Chalice's own error bodies (``{"Code", "Message"}``) into the API's shape."""
    body = response.body
    if response.status_code < 400 or not isinstance(body, dict) or "Code" not in body:
        return response
    status = response.status_code
    code = _CHALICE_CODES.get(status, "error")
    message = str(body.get("Message", "request failed"))
    if status >= 500:
        message = "Something went wrong on our side; please try again."
    extra = {k: str(v) for k, v in response.headers.items() if k.lower() == "allow"}
    return error_response(status, code, message, headers=extra)
