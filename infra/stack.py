"""``assistant deploy stack``: create or update the CloudFormation stack in ``stack.yaml``.

The stack holds the S3 artifact bucket, the DynamoDB tables for conversations and API keys,
the API Lambda's role and the role SageMaker assumes. :func:`deploy_stack` is idempotent: a
stack whose template and parameters already match is left alone ("unchanged", also when
CloudFormation answers "No updates are to be performed"); otherwise it creates or updates
the stack, waits for the result and returns the outputs. :func:`stack_outputs_as_env` turns
the outputs into ``ASSISTANT_*`` settings. The boto3 ``cloudformation`` client is passed in.
"""

from __future__ import annotations

import shlex
import time
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.errors import AssistantError
from infra.stack_params import TEMPLATE_PATH, load_template, resolve_parameters

DEFAULT_STACK_NAME = "marketing-assistant"
CAPABILITIES = ["CAPABILITY_IAM"]

# Stack output -> the ASSISTANT_* variable (a Settings field) it configures.
OUTPUT_ENV: dict[str, str] = {
    "Region": "ASSISTANT_AWS_REGION",
    "ArtifactBucketName": "ASSISTANT_ARTIFACT_BUCKET",
    "SessionsTableName": "ASSISTANT_DYNAMODB_SESSIONS_TABLE",
    "KeysTableName": "ASSISTANT_DYNAMODB_KEYS_TABLE",
    "SageMakerRoleArn": "ASSISTANT_SAGEMAKER_ROLE_ARN",
    "BedrockModelId": "ASSISTANT_BEDROCK_MODEL_ID",
    "GuardrailId": "ASSISTANT_BEDROCK_GUARDRAIL_ID",
    "GuardrailVersion": "ASSISTANT_BEDROCK_GUARDRAIL_VERSION",
    "KnowledgeBaseId": "ASSISTANT_BEDROCK_KB_ID",
    "RecommenderEndpointName": "ASSISTANT_SAGEMAKER_RECOMMENDER_ENDPOINT",
    "SegmentsEndpointName": "ASSISTANT_SAGEMAKER_SEGMENTS_ENDPOINT",
    "EngagementEndpointName": "ASSISTANT_SAGEMAKER_ENGAGEMENT_ENDPOINT",
    "FeedbackEndpointName": "ASSISTANT_SAGEMAKER_FEEDBACK_ENDPOINT",
}
# The backends that use the stack's resources (added on request: they need AWS to work).
AWS_BACKENDS: dict[str, str] = {
    "ASSISTANT_CHAT_MODEL": "bedrock",
    "ASSISTANT_PREDICTOR_BACKEND": "sagemaker",
    "ASSISTANT_MEMORY_BACKEND": "dynamodb",
    "ASSISTANT_API_KEYS_BACKEND": "dynamodb",
}

Action = Literal["created", "updated", "unchanged"]
_BUSY = ("_IN_PROGRESS",)
_STUCK = {"ROLLBACK_COMPLETE", "ROLLBACK_FAILED", "DELETE_FAILED", "UPDATE_ROLLBACK_FAILED"}
_OK = {"CREATE_COMPLETE", "UPDATE_COMPLETE", "IMPORT_COMPLETE"}


class StackReport(BaseModel):
    """What a deploy did and what the stack now provides."""

    stack_name: str = Field(description="CloudFormation stack name.")
    stack_id: str = Field(description="Stack id (ARN).")
    action: Action = Field(description="What changed.")
    status: str = Field(description="Final stack status, e.g. CREATE_COMPLETE.")
    parameters: dict[str, str] = Field(description="Parameter values the stack runs with.")
    outputs: dict[str, str] = Field(description="Stack outputs by key.")

    @property
    def env(self) -> dict[str, str]:
        """The outputs as ``ASSISTANT_*`` variables."""
        return stack_outputs_as_env(self.outputs)


def _error_code(exc: Exception) -> tuple[str, str]:
    response = getattr(exc, "response", None) or {}
    error = response.get("Error", {})
    return str(error.get("Code", "")), str(error.get("Message", exc))


def _as_error(what: str, exc: Exception) -> AssistantError:
    """An AWS failure as an AssistantError saying what failed and why."""
    from botocore.exceptions import ClientError, NoCredentialsError

    if isinstance(exc, NoCredentialsError):
        return AssistantError(f"{what} needs AWS credentials (AWS_PROFILE or "
                              "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)", code="not_ready")
    if isinstance(exc, ClientError):
        code, message = _error_code(exc)
        return AssistantError(f"{what} failed: {message}", code="unavailable",
                              details={"aws_error": code})
    return AssistantError(f"{what} failed: {exc}", code="unavailable")


def _call(what: str, fn: Callable[..., Any], **kwargs: Any) -> Any:
    """One CloudFormation call; AWS failures become an AssistantError."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        return fn(**kwargs)
    except (BotoCoreError, ClientError) as exc:
        raise _as_error(what, exc) from exc


def describe_stack(cloudformation: Any, stack_name: str) -> dict[str, Any] | None:
    """The stack's description, or None when it does not exist."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        stacks = cloudformation.describe_stacks(StackName=stack_name)["Stacks"]
    except ClientError as exc:
        code, message = _error_code(exc)
        if code == "ValidationError" and "does not exist" in message:
            return None
        raise _as_error(f"reading stack {stack_name}", exc) from exc
    except BotoCoreError as exc:
        raise _as_error(f"reading stack {stack_name}", exc) from exc
    return stacks[0] if stacks else None


def stack_outputs(cloudformation: Any, stack_name: str) -> dict[str, str]:
    """The outputs of an existing stack (``assistant deploy env``)."""
    stack = describe_stack(cloudformation, stack_name)
    if stack is None:
        raise AssistantError(f"stack {stack_name} does not exist: run `assistant deploy stack`",
                             code="not_found")
    return _outputs(stack)


def _outputs(stack: Mapping[str, Any]) -> dict[str, str]:
    return {o["OutputKey"]: o["OutputValue"] for o in stack.get("Outputs") or []}


def _parameters(stack: Mapping[str, Any]) -> dict[str, str]:
    return {p["ParameterKey"]: p.get("ParameterValue", "") for p in stack.get("Parameters") or []}


def _failure_reasons(cloudformation: Any, stack_name: str) -> list[str]:
    try:
        events = cloudformation.describe_stack_events(StackName=stack_name)["StackEvents"]
    except Exception:  # noqa: BLE001 - the reasons are a courtesy; the failure is reported anyway
        return []
    return [f"{e.get('LogicalResourceId')}: {e['ResourceStatusReason']}" for e in events
            if str(e.get("ResourceStatus", "")).endswith("FAILED")
            and e.get("ResourceStatusReason")][:5]


def _wait(cloudformation: Any, stack_name: str, *, poll_seconds: float, timeout_seconds: float,
          sleep: Callable[[float], None],
          on_status: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Poll until the stack leaves its *_IN_PROGRESS state; a failed deploy raises."""
    deadline = time.monotonic() + timeout_seconds
    seen = ""
    while True:
        stack = describe_stack(cloudformation, stack_name)
        if stack is None:
            raise AssistantError(f"stack {stack_name} disappeared while deploying",
                                 code="unavailable")
        status = str(stack["StackStatus"])
        if on_status is not None and status != seen:
            on_status(status)
        seen = status
        if not status.endswith(_BUSY):
            break
        if time.monotonic() > deadline:
            raise AssistantError(f"stack {stack_name} is still {status} after "
                                 f"{timeout_seconds:.0f} s; check the CloudFormation console",
                                 code="unavailable")
        sleep(poll_seconds)
    if status not in _OK:
        reasons = _failure_reasons(cloudformation, stack_name)
        raise AssistantError(
            f"stack {stack_name} ended in {status}"
            + (": " + "; ".join(reasons) if reasons else ""),
            code="unavailable", details={"status": status, "reasons": reasons})
    return stack


def deploy_stack(cloudformation: Any, *, stack_name: str, parameters: Mapping[str, str],
                 template_path: Path = TEMPLATE_PATH, poll_seconds: float = 10.0,
                 timeout_seconds: float = 1800.0, sleep: Callable[[float], None] = time.sleep,
                 on_status: Callable[[str], None] | None = None) -> StackReport:
    """Create or update the stack and wait for it; a second identical run changes nothing.

    ``parameters`` are checked against the template first (missing, unknown or invalid
    values raise :class:`AssistantError` naming the parameter). On update, parameters not
    given keep the stack's current values. ``on_status`` hears each new stack status while
    waiting (the CLI prints them).
    """
    body, template = load_template(template_path)
    existing = describe_stack(cloudformation, stack_name)
    if existing is not None:
        status = str(existing["StackStatus"])
        if status.endswith(_BUSY):
            raise AssistantError(f"stack {stack_name} is busy ({status}); try again when it "
                                 "has finished", code="not_ready")
        if status in _STUCK:
            raise AssistantError(
                f"stack {stack_name} is in {status} and cannot be updated: delete it (`aws "
                f"cloudformation delete-stack --stack-name {stack_name}`; the bucket and tables "
                "are retained) and deploy again", code="not_ready", details={"status": status})
    previous = _parameters(existing) if existing else None
    values = resolve_parameters(template, parameters, previous=previous)
    api_params = [{"ParameterKey": k, "ParameterValue": v} for k, v in values.items()]
    wait = partial(_wait, cloudformation, stack_name, poll_seconds=poll_seconds,
                   timeout_seconds=timeout_seconds, sleep=sleep, on_status=on_status)
    action: Action
    if existing is None:
        _call(f"creating stack {stack_name}", cloudformation.create_stack,
              StackName=stack_name, TemplateBody=body, Parameters=api_params,
              Capabilities=CAPABILITIES, Tags=[{"Key": "app", "Value": "marketing-assistant"}])
        stack, action = wait(), "created"
    elif _same(cloudformation, stack_name, body, values, previous or {}):
        stack, action = existing, "unchanged"
    else:
        stack, action = _update(cloudformation, stack_name, body, api_params, wait)
    return StackReport(stack_name=stack_name, stack_id=str(stack.get("StackId", "")),
                       action=action, status=str(stack["StackStatus"]),
                       parameters=_parameters(stack) or values, outputs=_outputs(stack))


def _same(cloudformation: Any, stack_name: str, body: str, values: Mapping[str, str],
          previous: Mapping[str, str]) -> bool:
    """True when the deployed template and parameters equal the ones to deploy."""
    if dict(previous) != dict(values):
        return False
    current = _call(f"reading the template of stack {stack_name}",
                    cloudformation.get_template, StackName=stack_name)
    return str(current.get("TemplateBody", "")).strip() == body.strip()


def _update(cloudformation: Any, stack_name: str, body: str, api_params: list[dict[str, str]],
            wait: Callable[[], dict[str, Any]]) -> tuple[dict[str, Any], Action]:
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        cloudformation.update_stack(StackName=stack_name, TemplateBody=body,
                                    Parameters=api_params, Capabilities=CAPABILITIES)
    except ClientError as exc:
        code, message = _error_code(exc)
        if code == "ValidationError" and "No updates are to be performed" in message:
            current = describe_stack(cloudformation, stack_name)
            if current is None:
                raise AssistantError(f"stack {stack_name} disappeared while deploying",
                                     code="unavailable") from exc
            return current, "unchanged"
        raise _as_error(f"updating stack {stack_name}", exc) from exc
    except BotoCoreError as exc:
        raise _as_error(f"updating stack {stack_name}", exc) from exc
    return wait(), "updated"


def stack_outputs_as_env(outputs: Mapping[str, str], *,
                         backends: bool = False) -> dict[str, str]:
    """The stack outputs as ``ASSISTANT_*`` variables; other outputs are left out.

    With ``backends``, also switch the chat model, predictors, memory and API keys to the
    AWS backends (and the knowledge base to Bedrock when the stack names one).
    """
    env = {OUTPUT_ENV[key]: value for key, value in outputs.items()
           if key in OUTPUT_ENV and value != ""}
    if backends:
        env.update(AWS_BACKENDS)
        if "ASSISTANT_BEDROCK_KB_ID" in env:
            env["ASSISTANT_KB_BACKEND"] = "bedrock"
    return env


def format_exports(env: Mapping[str, str]) -> str:
    """``export NAME=value`` lines (shell-quoted) for ``eval "$(assistant deploy env)"``."""
    return "\n".join(f"export {name}={shlex.quote(value)}" for name, value in env.items())
