"""CLI of the agent: ``assistant ask`` (one turn) and ``assistant chat`` (interactive)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from assistant.cli.common import DataOption, JsonFlag, print_json, settings
from assistant.errors import AssistantError

SessionOption = Annotated[
    str | None,
    typer.Option("--session", help="Session id to continue (printed after each answer)."),
]


def _agent(data: Any) -> Any:
    from agent.service import build_agent

    return build_agent(settings(data))


def _footer(result: Any) -> str:
    return (f"session {result.session_id} · model {result.model} · "
            f"{result.latency_ms:.0f} ms · {len(result.tool_calls)} tool call(s)")


def _print_citations(result: Any) -> None:
    for citation in result.citations:
        if citation.kind == "tool":
            typer.secho(f"  [{citation.index}] tool {citation.name}", fg="cyan", err=True)
        else:
            typer.secho(f"  [{citation.index}] {citation.title} ({citation.source_uri})",
                        fg="cyan", err=True)


def ask(
    question: Annotated[str, typer.Argument(help="Your question, e.g. \"segment and "
                                            "recommendations for 12347\".")],
    session: SessionOption = None,
    as_json: JsonFlag = False,
    data: DataOption = None,
) -> None:
    """Ask the assistant one question (--json: the same object as the API's /chat)."""
    result = _agent(data).ask(question, session)
    if as_json:
        print_json(result)
        return
    typer.echo(result.answer)
    _print_citations(result)
    typer.secho(_footer(result), dim=True, err=True)


def chat(session: SessionOption = None, data: DataOption = None) -> None:
    """Talk to the assistant; tool calls are shown as they happen. Type 'exit' to stop."""
    agent = _agent(data)
    typer.secho("Marketing assistant. Ask about customers, products, feedback or our "
                "guidelines; 'exit' to quit.", fg="green")
    while True:
        try:
            message = input("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            typer.echo("")
            break
        if message.lower() in {"exit", "quit", ":q"}:
            break
        if not message:
            continue
        try:
            for event in agent.stream_events(message, session):
                if event["type"] == "tool_call":
                    args = json.dumps(event["arguments"], ensure_ascii=False, default=str)
                    typer.secho(f"  → {event['name']} {args}", fg="yellow")
                elif event["type"] == "tool_result":
                    mark = "✓" if event["ok"] else "✗"
                    typer.secho(f"  {mark} {event['name']}", fg="yellow")
                else:
                    result = event["result"]
                    session = result.session_id
                    typer.echo(f"assistant> {result.answer}")
                    _print_citations(result)
                    typer.secho(_footer(result), dim=True, err=True)
        except AssistantError as exc:
            typer.secho(f"error: {exc.message}", fg="red", err=True)


def history(
    session: Annotated[str, typer.Argument(help="The session id.")],
    data: DataOption = None,
) -> None:
    """Print the stored messages of a session as JSON."""
    print_json(_agent(data).history(session))


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    """Add ``ask``, ``chat`` and ``history`` as top-level commands."""
    app.command("ask")(ask)
    app.command("chat")(chat)
    app.command("history")(history)
