"""``assistant deploy stack|env``: the CloudFormation stack (bucket, tables, IAM roles)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from assistant.cli.common import JsonFlag, print_json, settings

StackNameOption = Annotated[str | None, typer.Option(
    "--stack-name", help="CloudFormation stack name (default marketing-assistant).")]
RegionOption = Annotated[str | None, typer.Option(
    "--region", help="AWS region (default ASSISTANT_AWS_REGION).")]
BackendsFlag = Annotated[bool, typer.Option(
    "--backends", help="Also print the variables that switch the chat model, predictors, "
    "memory and API keys to the AWS backends.")]


def _client(region: str | None) -> tuple[Any, str]:
    import boto3

    name = region or settings().aws_region
    return boto3.client("cloudformation", region_name=name), name


def deploy_stack_command(
    stack_name: StackNameOption = None,
    region: RegionOption = None,
    param: Annotated[list[str] | None, typer.Option(
        "--param", help="Template parameter KEY=VALUE (e.g. ArtifactBucketName=acme-assistant); "
        "repeatable. Settings set in the environment (ASSISTANT_ARTIFACT_BUCKET, table and "
        "endpoint names, model id, guardrail, KB id) are used when not given.")] = None,
    backends: BackendsFlag = False,
    as_json: JsonFlag = False,
) -> None:
    """Create or update the stack, wait for it, and print its outputs as export lines.

    Use: eval "$(assistant deploy stack --param ArtifactBucketName=NAME)"
    """
    from infra.stack import DEFAULT_STACK_NAME, deploy_stack, format_exports
    from infra.stack_params import parameters_from_settings, parse_assignments

    parameters = {**parameters_from_settings(settings()), **parse_assignments(param or [])}
    client, region_name = _client(region)
    name = stack_name or DEFAULT_STACK_NAME
    typer.echo(f"deploying stack {name} in {region_name} ...", err=True)
    report = deploy_stack(client, stack_name=name, parameters=parameters,
                          on_status=lambda status: typer.echo(f"  {status}", err=True))
    env = _env(report.outputs, backends)
    if as_json:
        print_json({**report.model_dump(), "env": env})
        return
    typer.echo(f"stack {report.stack_name}: {report.action} ({report.status})", err=True)
    _hint(report.outputs)
    typer.echo(format_exports(env))


def env_command(
    stack_name: StackNameOption = None,
    region: RegionOption = None,
    backends: BackendsFlag = False,
    as_json: JsonFlag = False,
) -> None:
    """Print the outputs of the deployed stack as export lines (eval "$(assistant deploy env)")."""
    from infra.stack import DEFAULT_STACK_NAME, format_exports, stack_outputs

    client, _ = _client(region)
    outputs = stack_outputs(client, stack_name or DEFAULT_STACK_NAME)
    env = _env(outputs, backends)
    if as_json:
        print_json({"outputs": outputs, "env": env})
        return
    _hint(outputs)
    typer.echo(format_exports(env))


def _env(outputs: dict[str, str], backends: bool) -> dict[str, str]:
    from infra.stack import stack_outputs_as_env

    return stack_outputs_as_env(outputs, backends=backends)


def _hint(outputs: dict[str, str]) -> None:
    role = outputs.get("ApiRoleArn")
    if role:
        typer.echo(f'API Lambda role: set "manage_iam_role": false and "iam_role_arn": "{role}" '
                   "in chalice_app/.chalice/config.json", err=True)


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    """Add ``assistant deploy stack`` and ``assistant deploy env``."""
    groups["deploy"].command("stack")(deploy_stack_command)
    groups["deploy"].command("env")(env_command)
