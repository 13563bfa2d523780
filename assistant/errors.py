"""The one domain error type, with a message a marketer can read.

Every layer (data, models, tools, agent, API) raises :class:`AssistantError`
for problems a user can act on. Entry points turn it into a one-line CLI error
or an HTTP 4xx; the agent turns it into a tool message the model can read.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ValidationError

ErrorCode = Literal[
    "invalid_input",  # bad argument or file (HTTP 422 / 400)
    "not_found",  # unknown customer, item, tool, session (HTTP 404)
    "not_ready",  # a model or index has not been built yet (HTTP 409)
    "unavailable",  # a backend (endpoint, Bedrock) failed after retries (HTTP 503)
]

HTTP_STATUS: dict[str, int] = {
    "invalid_input": 422,
    "not_found": 404,
    "not_ready": 409,
    "unavailable": 503,
}


class AssistantError(Exception):
    """A problem the user can understand and act on.

    ``message`` is a complete sentence for a marketer ("customer 99999 is not in
    the data"); ``code`` classifies it; ``details`` carries structured context
    (e.g. the offending field) for API clients.
    """

    def __init__(
        self,
        message: str,
        *,
        code: ErrorCode = "invalid_input",
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code: ErrorCode = code
        self.details: dict[str, Any] = details or {}

    @property
    def http_status(self) -> int:
        """The HTTP status an API should answer with."""
        return HTTP_STATUS[self.code]

    @classmethod
    def from_validation(cls, exc: ValidationError, what: str) -> AssistantError:
        """A pydantic validation error as one readable error naming every bad field.

        ``what`` says what was being validated ("arguments for recommend-for-user",
        "chat request"); ``details["fields"]`` lists ``{"field", "message"}`` pairs.
        """
        fields = []
        for error in exc.errors():
            field = ".".join(str(p) for p in error.get("loc", ())) or "(body)"
            fields.append({"field": field, "message": error.get("msg", "invalid")})
        text = "; ".join(f"{f['field']}: {f['message']}" for f in fields)
        return cls(f"invalid {what}: {text}", code="invalid_input", details={"fields": fields})

    def to_dict(self) -> dict[str, Any]:
        """The error as the API's JSON body (``{"error": {...}}``)."""
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}
