"""CLI of the tools area: ``assistant tools list|run`` and ``assistant deploy endpoints``."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from assistant.cli.common import DataOption, JsonFlag, print_json, settings
from assistant.errors import AssistantError

tools_app = typer.Typer(help="The typed tools the agent calls (list them, run one).",
                        no_args_is_help=True)


@tools_app.command("list")
def list_tools(as_json: JsonFlag = False) -> None:
    """List the tools with their descriptions (--json: full input and output schemas)."""
    from tools.registry import tool_schemas

    schemas = tool_schemas()
    if as_json:
        print_json(schemas)
        return
    for schema in schemas:
        args = ", ".join(schema["input_schema"].get("properties", {}))
        typer.echo(f"{schema['name']}({args})\n    {schema['description']}")


@tools_app.command("run")
def run(
    name: Annotated[str, typer.Argument(help="Tool name, e.g. recommend-for-user.")],
    args: Annotated[str, typer.Option("--args", help="Arguments as a JSON object, e.g. "
                                      "'{\"customer_id\": \"12347\", \"k\": 5}'.")] = "{}",
    data: DataOption = None,
) -> None:
    """Run one tool on the configured backend and print its output as JSON."""
    from tools.context import build_context
    from tools.registry import get_tool

    spec = get_tool(name)
    try:
        arguments = json.loads(args)
    except json.JSONDecodeError as exc:
        raise AssistantError(f"--args is not valid JSON: {exc.msg}") from exc
    if not isinstance(arguments, dict):
        raise AssistantError("--args must be a JSON object, e.g. '{\"customer_id\": \"12347\"}'")
    print_json(spec.run(arguments, build_context(settings(data))))


def deploy_endpoints_command(
    image_uri: Annotated[str | None, typer.Option(
        "--image-uri", help="Inference container image (default ASSISTANT_SAGEMAKER_IMAGE_URI): "
        "a SageMaker framework-style image (e.g. scikit-learn) running Python 3.11+.")] = None,
    role_arn: Annotated[str | None, typer.Option(
        "--role-arn", help="IAM role SageMaker assumes (default ASSISTANT_SAGEMAKER_ROLE_ARN).")
    ] = None,
    only: Annotated[list[str] | None, typer.Option(
        "--only", help="Deploy only this endpoint (recommender, segments, engagement, "
        "feedback); repeatable.")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Create a new endpoint config and update even when nothing changed.")
    ] = False,
    data: DataOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Upload the champion models to S3 and create or update their serverless endpoints."""
    import boto3

    from infra.sagemaker_deploy import deploy_endpoints

    current = settings(data)
    reports = deploy_endpoints(
        current, s3=boto3.client("s3", region_name=current.aws_region),
        sagemaker=boto3.client("sagemaker", region_name=current.aws_region),
        image_uri=image_uri, role_arn=role_arn, only=only, force=force)
    if as_json:
        print_json([r.model_dump() for r in reports])
        return
    for r in reports:
        typer.echo(f"{r.endpoint}: {r.action} (model {r.model_name}, champion "
                   f"{r.model_version}, config {r.endpoint_config})")


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    """Add ``assistant tools ...`` and ``assistant deploy endpoints``."""
    app.add_typer(tools_app, name="tools")
    groups["deploy"].command("endpoints")(deploy_endpoints_command)
