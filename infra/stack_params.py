"""The CloudFormation template's parameters: reading the template and checking values.

Values are checked here, before any AWS call, against the template's own declarations
(required, ``AllowedPattern``, ``AllowedValues``, lengths), so a mistake becomes one
:class:`AssistantError` naming the parameter instead of a botocore trace from CloudFormation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import AssistantError
from assistant.settings import Settings

TEMPLATE_PATH = Path(__file__).with_name("stack.yaml")

# Template parameter -> the Settings field that holds the same value.
PARAMETER_SETTINGS: dict[str, str] = {
    "ArtifactBucketName": "artifact_bucket",
    "SessionsTableName": "dynamodb_sessions_table",
    "KeysTableName": "dynamodb_keys_table",
    "BedrockModelId": "bedrock_model_id",
    "GuardrailId": "bedrock_guardrail_id",
    "GuardrailVersion": "bedrock_guardrail_version",
    "KnowledgeBaseId": "bedrock_kb_id",
    "RecommenderEndpointName": "sagemaker_recommender_endpoint",
    "SegmentsEndpointName": "sagemaker_segments_endpoint",
    "EngagementEndpointName": "sagemaker_engagement_endpoint",
    "FeedbackEndpointName": "sagemaker_feedback_endpoint",
}

# Cross-region inference profiles are "<geo>.<foundation model id>".
_PROFILE_PREFIX = re.compile(r"^(us|eu|apac|us-gov|global|jp|au|ca)\.(?=[a-z0-9-]+\.)")


class _CfnLoader(yaml.SafeLoader):
    """A YAML loader that reads CloudFormation's short-form tags (``!Ref``, ``!Sub``...)."""


def _intrinsic(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
    value: Any
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    if suffix == "Ref":
        return {"Ref": value}
    if suffix == "Condition":
        return {"Condition": value}
    if suffix == "GetAtt" and isinstance(value, str):
        value = value.split(".", 1)
    return {f"Fn::{suffix}": value}


_CfnLoader.add_multi_constructor("!", _intrinsic)


def load_template(path: Path = TEMPLATE_PATH) -> tuple[str, dict[str, Any]]:
    """The template's text (sent to CloudFormation as is) and its parsed form."""
    try:
        body = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise AssistantError(f"cannot read the stack template {path}: {exc.strerror}",
                             code="not_found") from exc
    try:
        parsed = yaml.load(body, Loader=_CfnLoader)  # noqa: S506 (a SafeLoader subclass)
    except yaml.YAMLError as exc:
        raise AssistantError(f"the stack template {path} is not valid YAML: {exc}") from exc
    if not isinstance(parsed, dict) or "Resources" not in parsed:
        raise AssistantError(f"{path} is not a CloudFormation template (no Resources)")
    return body, parsed


def _check_value(name: str, spec: Mapping[str, Any], value: str) -> None:
    """Raise if ``value`` breaks the parameter's declared constraints."""
    hint = spec.get("ConstraintDescription") or spec.get("Description", "")
    pattern = spec.get("AllowedPattern")
    allowed = spec.get("AllowedValues")
    too_short = "MinLength" in spec and len(value) < int(spec["MinLength"])
    too_long = "MaxLength" in spec and len(value) > int(spec["MaxLength"])
    if (pattern and not re.fullmatch(pattern, value)) or too_short or too_long \
            or (allowed and value not in [str(a) for a in allowed]):
        expected = f"one of {', '.join(map(str, allowed))}" if allowed else str(hint).strip()
        raise AssistantError(
            f"parameter {name} has an invalid value {value!r}: expected {expected}",
            details={"parameter": name, "value": value})


def resolve_parameters(template: Mapping[str, Any], given: Mapping[str, str], *,
                       previous: Mapping[str, str] | None = None) -> dict[str, str]:
    """The full set of parameter values the stack will have, checked.

    ``given`` wins, then the values of the existing stack (``previous``, kept on update),
    then the template's defaults. A required parameter with none of these, an unknown
    parameter or a value the template does not allow raises :class:`AssistantError`.
    """
    declared: dict[str, Any] = template.get("Parameters") or {}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise AssistantError(
            f"unknown stack parameter {', '.join(unknown)}; the template takes "
            f"{', '.join(declared)}", details={"unknown": unknown})
    previous = previous or {}
    values: dict[str, str] = {}
    missing: list[str] = []
    for name, spec in declared.items():
        if name in given:
            values[name] = str(given[name])
        elif name in previous:
            values[name] = previous[name]
        elif "Default" in spec:
            values[name] = str(spec["Default"])
        else:
            missing.append(name)
    if missing:
        raise AssistantError(
            "the stack needs a value for " + ", ".join(
                f"{name} ({str(declared[name].get('Description', '')).strip()})"
                for name in missing) + ": pass --param NAME=VALUE",
            details={"missing": missing})
    if "BedrockFoundationModelId" in declared and "BedrockFoundationModelId" not in given:
        # derived from the model id each time, so a new profile never keeps a stale model
        values["BedrockFoundationModelId"] = foundation_model_id(values.get("BedrockModelId", ""))
    for name, value in values.items():
        _check_value(name, declared[name], value)
    if values.get("GuardrailId") and not values.get("GuardrailVersion"):
        raise AssistantError("parameter GuardrailVersion is required with GuardrailId",
                             details={"parameter": "GuardrailVersion"})
    return values


def foundation_model_id(model_id: str) -> str:
    """The foundation model behind a cross-region inference profile id, else ``""``.

    ``us.anthropic.claude-haiku-4-5-20251001-v1:0`` -> ``anthropic.claude-haiku-4-5-...``;
    the API role needs both ARNs to call a model through a profile.
    """
    match = _PROFILE_PREFIX.match(model_id)
    return model_id[match.end():] if match else ""


def parse_assignments(pairs: list[str]) -> dict[str, str]:
    """``["Key=Value", ...]`` (the CLI's ``--param``) as a dict; a malformed pair raises."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise AssistantError(f"--param expects KEY=VALUE, got {pair!r}",
                                 details={"param": pair})
        out[key.strip()] = value
    return out


def parameters_from_settings(settings: Settings) -> dict[str, str]:
    """Parameters taken from the settings the user set explicitly (environment/.env).

    Only explicitly set fields are used, so a later deploy never resets a value chosen
    earlier with ``--param`` back to a built-in default.
    """
    explicit = settings.model_fields_set
    out: dict[str, str] = {}
    for parameter, field in PARAMETER_SETTINGS.items():
        value = getattr(settings, field)
        if field in explicit and value not in (None, ""):
            out[parameter] = str(value)
    return out
