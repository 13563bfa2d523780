"""Small helpers shared by the CLI modules (options, settings, output)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import BaseModel

from assistant.settings import Settings, get_settings

DataOption = Annotated[
    Path | None,
    typer.Option("--data", help="Source transactions file (overrides ASSISTANT_DATA)."),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON object.")]


def settings(data: Path | None = None) -> Settings:
    """Effective settings, with a command's ``--data`` applied."""
    return get_settings().with_data(data)


def print_json(obj: Any) -> None:
    """Print a pydantic model, dict or list as JSON on stdout."""
    if isinstance(obj, BaseModel):
        typer.echo(obj.model_dump_json(indent=2))
    else:
        typer.echo(json.dumps(obj, indent=2, default=str, ensure_ascii=False))
