"""``assistant deploy stack`` against moto's CloudFormation (plus Stubber for the error paths
moto does not produce), and the template checked by cfn-lint.

moto's CloudFormation creates the bucket, tables and roles but ignores a table's
TimeToLiveSpecification and PointInTimeRecoverySpecification and a bucket's versioning and
public-access block; those are asserted on the template (cfn-lint validates their shape
against the resource schemas) and the TTL attribute names are checked against the items the
product's own code writes into the tables the stack created.
"""

from __future__ import annotations

import ast
import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber
from moto import mock_aws
from typer.testing import CliRunner

from assistant.cli import app
from assistant.errors import AssistantError
from assistant.settings import Settings
from infra.stack import OUTPUT_ENV, deploy_stack, stack_outputs, stack_outputs_as_env
from infra.stack_params import TEMPLATE_PATH, foundation_model_id, load_template

REGION = "us-east-1"
BUCKET = "acme-assistant-artifacts"
STACK = "assistant-test"
_, TEMPLATE = load_template()
RESOURCES = TEMPLATE["Resources"]

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")  # moto: no BucketPolicy support


@pytest.fixture(scope="module")
def aws() -> Iterator[Any]:
    """Fake credentials, one moto account for the module, and a CloudFormation client."""
    with pytest.MonkeyPatch.context() as env, mock_aws():
        for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                            "AWS_SESSION_TOKEN": "testing", "AWS_DEFAULT_REGION": REGION}.items():
            env.setenv(name, value)
        env.delenv("AWS_PROFILE", raising=False)
        yield boto3.client("cloudformation", region_name=REGION)


@pytest.fixture(scope="module")
def deployed(aws: Any) -> Any:
    """The stack deployed once with only the required parameter (shared, not modified)."""
    return deploy_stack(aws, stack_name=STACK, parameters={"ArtifactBucketName": BUCKET},
                        poll_seconds=0, sleep=lambda _: None)


def _own_stack(cf: Any, suffix: str, **params: str) -> Any:
    """A separate stack with its own bucket and tables, for tests that change a stack."""
    names = {"ArtifactBucketName": f"{BUCKET}-{suffix}",
             "SessionsTableName": f"sessions-{suffix}", "KeysTableName": f"keys-{suffix}"}
    return deploy_stack(cf, stack_name=f"{STACK}-{suffix}", parameters={**names, **params},
                        poll_seconds=0, sleep=lambda _: None)


def _keys(table: dict[str, Any]) -> list[tuple[str, str, str]]:
    types = {a["AttributeName"]: a["AttributeType"] for a in table["AttributeDefinitions"]}
    return [(k["AttributeName"], k["KeyType"], types[k["AttributeName"]])
            for k in table["KeySchema"]]


def test_deploy_creates_the_bucket_and_tables_the_code_expects(deployed: Any) -> None:
    report = deployed
    assert (report.action, report.status) == ("created", "CREATE_COMPLETE")
    boto3.client("s3", region_name=REGION).head_bucket(Bucket=BUCKET)
    ddb = boto3.client("dynamodb", region_name=REGION)
    sessions = ddb.describe_table(TableName="assistant-sessions")["Table"]
    keys = ddb.describe_table(TableName="assistant-api-keys")["Table"]
    # DynamoDBSaver: PK/SK strings; chalicelib keys and rate limits: "pk" string
    assert _keys(sessions) == [("PK", "HASH", "S"), ("SK", "RANGE", "S")]
    assert _keys(keys) == [("pk", "HASH", "S")]
    for table in (sessions, keys):
        assert table["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"
    assert report.outputs["ArtifactBucketName"] == BUCKET
    assert report.outputs["SageMakerRoleArn"].startswith("arn:aws:iam::")


def test_template_declares_ttl_recovery_and_a_private_versioned_bucket() -> None:
    for name in ("SessionsTable", "KeysTable"):
        props = RESOURCES[name]["Properties"]
        assert props["TimeToLiveSpecification"]["Enabled"] is True
        assert props["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
        assert RESOURCES[name]["DeletionPolicy"] == "Retain"
    bucket = RESOURCES["ArtifactBucket"]["Properties"]
    assert bucket["VersioningConfiguration"] == {"Status": "Enabled"}
    assert bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"]
    assert set(bucket["PublicAccessBlockConfiguration"].values()) == {True}


def test_ttl_attributes_are_the_ones_the_code_writes(deployed: Any) -> None:
    from langgraph.checkpoint.base import empty_checkpoint
    from langgraph_checkpoint_aws import DynamoDBSaver

    from chalice_app.chalicelib.keys import DynamoKeyStore
    from chalice_app.chalicelib.ratelimit import DynamoRateLimiter

    ddb = boto3.client("dynamodb", region_name=REGION)
    saver = DynamoDBSaver(table_name="assistant-sessions", region_name=REGION, ttl_seconds=3600)
    config = {"configurable": {"thread_id": "session-1", "checkpoint_ns": ""}}
    saver.put(config, empty_checkpoint(), {}, {})  # type: ignore[arg-type]
    assert saver.get_tuple(config) is not None  # type: ignore[arg-type]
    store = DynamoKeyStore("assistant-api-keys", ddb)
    record, secret = store.create("widget", "chat")
    assert store.verify(secret) == record
    assert DynamoRateLimiter("assistant-api-keys", ddb, limit=5).hit(record.key_id).allowed

    def ttl_attribute(resource: str) -> str:
        return str(RESOURCES[resource]["Properties"]["TimeToLiveSpecification"]["AttributeName"])

    sessions = ddb.scan(TableName="assistant-sessions")["Items"]
    assert sessions and any(ttl_attribute("SessionsTable") in item for item in sessions)
    counters = [i for i in ddb.scan(TableName="assistant-api-keys")["Items"]
                if i["pk"]["S"].startswith("rate#")]
    assert counters and all(ttl_attribute("KeysTable") in item for item in counters)


def test_second_deploy_changes_nothing_and_keeps_the_bucket_name(aws: Any,
                                                                 deployed: Any) -> None:
    first = deployed
    again = deploy_stack(aws, stack_name=STACK, parameters={}, poll_seconds=0)  # previous values
    assert (again.action, again.status) == ("unchanged", "CREATE_COMPLETE")
    assert again.outputs == first.outputs


def test_changed_parameter_updates_the_stack(aws: Any) -> None:
    first = _own_stack(aws, "update")
    assert "KnowledgeBaseId" not in first.outputs
    report = deploy_stack(aws, stack_name=f"{STACK}-update",
                          parameters={"KnowledgeBaseId": "KB12345678"}, poll_seconds=0)
    assert (report.action, report.status) == ("updated", "UPDATE_COMPLETE")
    assert report.outputs["KnowledgeBaseId"] == "KB12345678"
    assert report.outputs["ArtifactBucketName"] == f"{BUCKET}-update"  # kept from before


def _api_policy(stack_name: str = STACK) -> dict[str, Any]:
    iam = boto3.client("iam", region_name=REGION)
    role = next(r for r in iam.list_roles()["Roles"]
                if r["RoleName"].startswith(f"{stack_name}-ApiRole"))
    document = iam.get_role_policy(RoleName=role["RoleName"],
                                   PolicyName="assistant-api")["PolicyDocument"]
    if isinstance(document, str):  # moto stores a CloudFormation-made policy as a dict's repr
        document = ast.literal_eval(document)
    # moto keeps AWS::NoValue as null entries; CloudFormation drops them
    statements = [s for s in document["Statement"] if s]
    return {s["Sid"]: s for s in statements}


def test_api_role_is_limited_to_the_stack_resources(deployed: Any) -> None:
    policy = _api_policy()
    assert "KnowledgeBase" not in policy and "Guardrail" not in policy  # not configured
    endpoints = {r.rsplit("/", 1)[1] for r in policy["ModelEndpoints"]["Resource"]}
    assert endpoints == {"assistant-recommender", "assistant-segments", "assistant-engagement",
                         "assistant-feedback"}
    tables = {r.rsplit("/", 1)[1] for r in policy["Tables"]["Resource"]}
    assert tables == {"assistant-sessions", "assistant-api-keys"}
    assert policy["ReadArtifacts"]["Resource"] == f"arn:aws:s3:::{BUCKET}/*"
    models = [r for r in policy["ChatModel"]["Resource"] if r]
    # the default id is a cross-region profile: the role needs the model behind it too
    assert "arn:aws:bedrock:*::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0" in models
    assert all("*" not in action for s in policy.values() for action in
               ([s["Action"]] if isinstance(s["Action"], str) else s["Action"]))


def test_knowledge_base_and_guardrail_grant_only_their_resources(aws: Any) -> None:
    _own_stack(aws, "kb", KnowledgeBaseId="KB12345678", GuardrailId="gr1abc",
               GuardrailVersion="2")
    policy = _api_policy(f"{STACK}-kb")
    assert policy["KnowledgeBase"]["Action"] == "bedrock:Retrieve"
    assert policy["KnowledgeBase"]["Resource"].endswith(":knowledge-base/KB12345678")
    assert policy["Guardrail"]["Resource"].endswith(":guardrail/gr1abc")


def test_outputs_map_to_the_settings(aws: Any, deployed: Any,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    report = deployed
    env = stack_outputs_as_env({**report.outputs, "KnowledgeBaseId": "KB12345678",
                                "ApiRoleArn": "arn:aws:iam::123456789012:role/api"})
    assert set(OUTPUT_ENV.values()) <= {f"ASSISTANT_{f.upper()}" for f in Settings.model_fields}
    assert "ASSISTANT_BEDROCK_GUARDRAIL_ID" not in env  # no guardrail: nothing to export
    assert "arn:aws:iam::123456789012:role/api" not in env.values()  # chalice config, no setting
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    settings = Settings()
    assert settings.artifact_bucket == BUCKET
    assert settings.dynamodb_sessions_table == "assistant-sessions"
    assert settings.dynamodb_keys_table == "assistant-api-keys"
    assert settings.sagemaker_role_arn == report.outputs["SageMakerRoleArn"]
    assert settings.bedrock_kb_id == "KB12345678"
    assert settings.aws_region == REGION
    assert settings.sagemaker_feedback_endpoint == "assistant-feedback"
    assert stack_outputs(aws, STACK) == report.outputs
    with_backends = stack_outputs_as_env(report.outputs, backends=True)
    assert with_backends["ASSISTANT_MEMORY_BACKEND"] == "dynamodb"
    assert "ASSISTANT_KB_BACKEND" not in with_backends  # no knowledge base in this stack
    with_kb = stack_outputs_as_env({**report.outputs, "KnowledgeBaseId": "KB12345678"},
                                   backends=True)
    assert with_kb["ASSISTANT_KB_BACKEND"] == "bedrock"


@pytest.mark.parametrize(("params", "named"), [
    ({}, "ArtifactBucketName"),
    ({"ArtifactBucketName": "Not_A_Bucket"}, "ArtifactBucketName"),
    ({"ArtifactBucketName": BUCKET, "KnowledgeBaseId": "short"}, "KnowledgeBaseId"),
    ({"ArtifactBucketName": BUCKET, "GuardrailId": "gr1abc"}, "GuardrailVersion"),
    ({"ArtifactBucketName": BUCKET, "BucketName": "x"}, "BucketName"),
])
def test_bad_parameters_are_named_before_anything_is_created(
        aws: Any, params: dict[str, str], named: str) -> None:
    with pytest.raises(AssistantError) as caught:
        deploy_stack(aws, stack_name="never-created", parameters=params, poll_seconds=0)
    assert named in caught.value.message
    assert "never-created" not in {s["StackName"] for s in aws.list_stacks()["StackSummaries"]}


def test_missing_stack_for_env_is_a_clear_error(aws: Any) -> None:
    with pytest.raises(AssistantError, match="stack nothing-here does not exist"):
        stack_outputs(aws, "nothing-here")


def _stack(status: str, **extra: Any) -> dict[str, Any]:
    return {"StackName": STACK, "StackId": f"arn:aws:cloudformation:{REGION}:123456789012:stack/"
            f"{STACK}/1", "StackStatus": status,
            "CreationTime": datetime.datetime(2026, 11, 22), **extra}


def test_no_updates_to_be_performed_is_success() -> None:
    cf = boto3.client("cloudformation", region_name=REGION, aws_access_key_id="x",
                      aws_secret_access_key="x")
    with Stubber(cf) as stub:
        stub.add_response("describe_stacks", {"Stacks": [_stack("UPDATE_COMPLETE")]})
        stub.add_client_error("update_stack", "ValidationError",
                              "No updates are to be performed.", http_status_code=400)
        stub.add_response("describe_stacks", {"Stacks": [_stack("UPDATE_COMPLETE", Outputs=[
            {"OutputKey": "ArtifactBucketName", "OutputValue": BUCKET}])]})
        report = deploy_stack(cf, stack_name=STACK, parameters={"ArtifactBucketName": BUCKET})
        stub.assert_no_pending_responses()
    assert report.action == "unchanged" and report.outputs == {"ArtifactBucketName": BUCKET}


def test_failed_create_reports_the_reason() -> None:
    cf = boto3.client("cloudformation", region_name=REGION, aws_access_key_id="x",
                      aws_secret_access_key="x")
    reason = f"{BUCKET} already exists"
    with Stubber(cf) as stub:
        stub.add_client_error("describe_stacks", "ValidationError",
                              f"Stack with id {STACK} does not exist", http_status_code=400)
        stub.add_response("create_stack", {"StackId": _stack("x")["StackId"]})
        stub.add_response("describe_stacks", {"Stacks": [_stack("CREATE_IN_PROGRESS")]})
        stub.add_response("describe_stacks", {"Stacks": [_stack("ROLLBACK_COMPLETE")]})
        stub.add_response("describe_stack_events", {"StackEvents": [{
            "StackId": _stack("x")["StackId"], "EventId": "1", "StackName": STACK,
            "LogicalResourceId": "ArtifactBucket", "ResourceStatus": "CREATE_FAILED",
            "ResourceStatusReason": reason, "Timestamp": datetime.datetime(2026, 11, 22)}]})
        seen: list[str] = []
        with pytest.raises(AssistantError) as caught:
            deploy_stack(cf, stack_name=STACK, parameters={"ArtifactBucketName": BUCKET},
                         poll_seconds=0, sleep=lambda _: None, on_status=seen.append)
    assert "ROLLBACK_COMPLETE" in caught.value.message and reason in caught.value.message
    assert seen == ["CREATE_IN_PROGRESS", "ROLLBACK_COMPLETE"]


def test_inference_profile_ids_name_their_foundation_model() -> None:
    assert foundation_model_id("eu.anthropic.claude-sonnet-4-5-20250929-v1:0") \
        == "anthropic.claude-sonnet-4-5-20250929-v1:0"
    assert foundation_model_id("anthropic.claude-3-haiku-20240307-v1:0") == ""


def test_template_passes_cfn_lint() -> None:
    from cfnlint.api import ManualArgs, lint_file

    matches = lint_file(Path(TEMPLATE_PATH), config=ManualArgs(regions=["us-east-1", "eu-west-1"]))
    assert [str(m) for m in matches] == []


def test_cli_prints_export_lines(deployed: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_AWS_REGION", REGION)
    from assistant.settings import get_settings

    get_settings.cache_clear()
    runner = CliRunner()
    done = runner.invoke(app, ["deploy", "stack", "--stack-name", STACK,
                               "--param", f"ArtifactBucketName={BUCKET}"])
    assert done.exit_code == 0, done.output
    assert f"export ASSISTANT_ARTIFACT_BUCKET={BUCKET}" in done.stdout
    assert "export ASSISTANT_DYNAMODB_SESSIONS_TABLE=assistant-sessions" in done.stdout
    again = runner.invoke(app, ["deploy", "env", "--stack-name", STACK, "--backends"])
    assert again.exit_code == 0, again.output
    assert "export ASSISTANT_PREDICTOR_BACKEND=sagemaker" in again.stdout
    assert f"export ASSISTANT_ARTIFACT_BUCKET={BUCKET}" in again.stdout
    get_settings.cache_clear()


@pytest.mark.parametrize(("args", "expected"), [
    (["--stack-name", "never-created"], "error: the stack needs a value for ArtifactBucketName"),
    (["--param", "ArtifactBucketName"], "error: --param expects KEY=VALUE"),
])
def test_cli_bad_input_is_one_line_and_exit_2(
        aws: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        args: list[str], expected: str) -> None:
    from assistant.cli import main

    monkeypatch.setattr("sys.argv", ["assistant", "deploy", "stack", *args])
    with pytest.raises(SystemExit) as exited:
        main()
    err = capsys.readouterr().err
    assert exited.value.code == 2 and expected in err and "Traceback" not in err


def test_template_defaults_match_the_settings_defaults() -> None:
    """A stack deployed with defaults serves an app running with default settings (same
    table and endpoint names, and the role may call the default chat model)."""
    from infra.stack_params import PARAMETER_SETTINGS

    declared = TEMPLATE["Parameters"]
    for parameter, field in PARAMETER_SETTINGS.items():
        default = Settings.model_fields[field].default
        assert str(declared[parameter].get("Default", "")) == str(default or ""), parameter
