"""What a tool is: a name, an input model, an output model and one plain function."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from assistant.errors import AssistantError


@dataclass(frozen=True)
class ToolSpec:
    """One tool. ``func(args, context)`` takes the validated input model and a ToolContext."""

    name: str
    input_model: type[BaseModel]
    output_model: type[BaseModel]
    func: Callable[[Any, Any], BaseModel]

    @property
    def description(self) -> str:
        """The input model's docstring: what the chat model reads to choose the tool."""
        return " ".join((self.input_model.__doc__ or self.name).split())

    def parse(self, arguments: dict[str, Any] | BaseModel) -> BaseModel:
        """Validate raw arguments; a bad field becomes an AssistantError naming it."""
        if isinstance(arguments, self.input_model):
            return arguments
        if isinstance(arguments, BaseModel):
            arguments = arguments.model_dump()
        try:
            return self.input_model.model_validate(arguments)
        except ValidationError as exc:
            raise invalid_arguments(self.name, exc) from exc

    def run(self, arguments: dict[str, Any] | BaseModel, context: Any) -> BaseModel:
        """Validate and run; the output is an instance of ``output_model``."""
        return self.func(self.parse(arguments), context)

    def schema(self) -> dict[str, Any]:
        """Name, description and JSON schemas (for GET /tools, OpenAPI and the agent)."""
        return {
            "name": self.name,
            "description": self.description,
            "input_schema": self.input_model.model_json_schema(),
            "output_schema": self.output_model.model_json_schema(),
        }


def invalid_arguments(tool: str, exc: ValidationError) -> AssistantError:
    """A readable error naming every bad field of a tool call."""
    return AssistantError.from_validation(exc, f"arguments for {tool}")
