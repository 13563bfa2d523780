"""``GET /openapi.json``: the OpenAPI 3.1 document, generated from the same pydantic models
that validate the requests (chat request, each tool's input and output, the chat result)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field
from pydantic.json_schema import models_json_schema

from .parsing import ChatRequest

REF = "#/components/schemas/{model}"


class ErrorDetail(BaseModel):
    """One error."""

    code: str = Field(description="Stable code, e.g. invalid_input, not_found, unauthorized.")
    message: str = Field(description="What went wrong, in plain words.")
    details: dict[str, Any] = Field(description="Structured context, e.g. the bad fields.")


class ErrorBody(BaseModel):
    """Every 4xx/5xx response."""

    error: ErrorDetail


def _ref(model: type[BaseModel]) -> dict[str, str]:
    return {"$ref": REF.format(model=model.__name__)}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*codes: int) -> dict[str, Any]:
    text = {400: "Malformed JSON", 401: "Missing or invalid API key", 403: "Key lacks the scope",
            404: "Not found", 413: "Body too large", 422: "Invalid field",
            429: "Rate limited (see Retry-After)", 503: "A backend is unavailable"}
    return {str(c): _json(_ref(ErrorBody), text[c]) for c in codes}


def openapi_document(tool_specs: list[Any], chat_result: type[BaseModel] | None,
                     title: str = "Marketing assistant API") -> dict[str, Any]:
    """Build the document; ``tool_specs`` are ToolSpecs (name, input_model, output_model)."""
    models: list[type[BaseModel]] = [ChatRequest, ErrorBody]
    if chat_result is not None:
        models.append(chat_result)
    for spec in tool_specs:
        models += [spec.input_model, spec.output_model]
    unique = list(dict.fromkeys(models))
    _, defs = models_json_schema([(m, "validation") for m in unique], ref_template=REF)
    chat_schema = _ref(chat_result) if chat_result is not None else {"type": "object"}
    secured: list[dict[str, list[str]]] = [{"apiKey": []}]
    paths: dict[str, Any] = {
        "/chat": {"post": {
            "summary": "Ask the assistant", "security": secured, "tags": ["chat"],
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": _ref(ChatRequest)}}},
            "responses": {"200": _json(chat_schema, "The answer, tools used and citations"),
                          **_errors(400, 401, 403, 413, 422, 429, 503)}}},
        "/chat/{session_id}": {"get": {
            "summary": "The conversation so far", "security": secured, "tags": ["chat"],
            "parameters": [{"name": "session_id", "in": "path", "required": True,
                            "schema": {"type": "string"}}],
            "responses": {"200": _json({"type": "object"}, "Session id and messages"),
                          **_errors(401, 403, 404, 429)}}},
        "/tools": {"get": {
            "summary": "Every tool with its input and output schemas", "security": secured,
            "tags": ["tools"], "responses": {"200": _json({"type": "object"}, "The tools"),
                                             **_errors(401)}}},
        "/health": {"get": {"summary": "Backends, champion models, knowledge-base size",
                            "responses": {"200": _json({"type": "object"}, "Health")}}},
    }
    for spec in sorted(tool_specs, key=lambda s: s.name):
        description = " ".join((spec.input_model.__doc__ or spec.name).split())
        paths[f"/tools/{spec.name}"] = {"post": {
            "summary": description, "operationId": spec.name.replace("-", "_"),
            "security": secured, "tags": ["tools"],
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": _ref(spec.input_model)}}},
            "responses": {"200": _json(_ref(spec.output_model), "The tool's output"),
                          **_errors(400, 401, 403, 404, 413, 422, 429, 503)}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1.0.0",
                 "description": "Recommendations, segments, churn explanations, feedback "
                                "analysis and a knowledge base, for marketers."},
        "paths": paths,
        "components": {"schemas": defs.get("$defs", {}),
                       "securitySchemes": {"apiKey": {"type": "apiKey", "in": "header",
                                                      "name": "x-api-key"}}},
    }
