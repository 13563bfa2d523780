"""The ``assistant`` command line. Each area registers its commands from its own module;
commands stay thin and call the service layer of their package."""

from __future__ import annotations

import sys

import typer
from pydantic import ValidationError

from assistant.errors import AssistantError

app = typer.Typer(
    name="assistant",
    help="A conversational assistant for marketers: data, models, knowledge base, agent and API.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
GROUPS: dict[str, typer.Typer] = {
    name: typer.Typer(help=text, no_args_is_help=True)
    for name, text in {
        "data": "Prepare the source data or synthesise a data set.",
        "train": "Train, evaluate and register models.",
        "models": "Inspect the model registry.",
        "recommend": "Product recommendations for one customer or many.",
        "score": "Batch scoring for campaign tools.",
        "feedback": "Sentiment, themes and safety concerns in customer feedback.",
        "kb": "The knowledge base: ingest, search, sync to Bedrock, evaluate.",
        "keys": "API keys for the HTTP API and the chat widget.",
        "eval": "Offline evaluation of answer quality.",
        "deploy": "Deploy to AWS: the CloudFormation stack and the SageMaker model endpoints.",
    }.items()
}
for _name, _group in GROUPS.items():
    app.add_typer(_group, name=_name)


def _register_all() -> None:
    from assistant.cli import (
        agent,
        api,
        customers,
        data,
        evals,
        feedback,
        infra,
        kb,
        recommend,
        tools,
    )

    for module in (data, recommend, customers, feedback, kb, tools, infra, agent, api, evals):
        module.register(app, GROUPS)


_register_all()


def main() -> None:
    """Console entry point: domain errors become one line on stderr and exit code 2."""
    try:
        app()
    except AssistantError as exc:
        typer.secho(f"error: {exc.message}", err=True, fg="red")
        sys.exit(2)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "settings"
        typer.secho(f"error: invalid value for {where}: {first.get('msg')}", err=True, fg="red")
        sys.exit(2)
    except KeyboardInterrupt:
        typer.secho("interrupted", err=True)
        sys.exit(130)
