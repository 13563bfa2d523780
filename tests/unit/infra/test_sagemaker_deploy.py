"""``assistant deploy endpoints`` against moto (S3 and the SageMaker control plane)."""

from __future__ import annotations

import io
import tarfile
from typing import Any

import boto3
import pytest
from botocore.validate import validate_parameters
from moto import mock_aws

from assistant.errors import AssistantError
from infra import sagemaker_deploy
from infra.sagemaker_deploy import ENDPOINTS, deploy_endpoints, package_model
from recommender.registry import Registry
from tests.conftest import make_settings
from tools.feedback_table import TABLE_KEY, from_jsonl

BUCKET = "assistant-artifacts"
ROLE = "arn:aws:iam::123456789012:role/sagemaker"
FEEDBACK = [{"feedback_id": "F00001", "customer_id": "12347", "country": "France",
             "date": "2011-05-02", "text": "Très joli", "segment": "Champions",
             "generated": True}]
IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3"


class SageMakerWithUpdate:
    """moto's SageMaker client plus ``update_endpoint`` (moto does not implement it): the
    request is validated against the real API model, then applied to moto's state."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.updates: list[dict[str, str]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def update_endpoint(self, **params: str) -> dict[str, Any]:
        model = self._client.meta.service_model.operation_model("UpdateEndpoint")
        validate_parameters(params, model.input_shape)
        self.updates.append(params)
        self._client.delete_endpoint(EndpointName=params["EndpointName"])
        return self._client.create_endpoint(**params)


def register(settings, kind: str, content: str) -> str:
    registry = Registry(settings.models_dir)
    staged = registry.staging_dir(kind)
    (staged / "model.json").write_text(content)
    return registry.register(kind, staged, params={}, metrics={"m": 1.0}, primary_metric="m",
                             data_fingerprint="fp", promote=True).version


@pytest.fixture()
def aws(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setattr(sagemaker_deploy, "_importable", lambda module: True)
    monkeypatch.setattr(sagemaker_deploy, "export_feedback_table", lambda settings: FEEDBACK)
    with mock_aws():
        s3 = boto3.client("s3", region_name="us-east-1")
        s3.create_bucket(Bucket=BUCKET)
        yield s3, SageMakerWithUpdate(boto3.client("sagemaker", region_name="us-east-1"))


@pytest.fixture()
def settings(tmp_path):
    settings = make_settings(tmp_path, artifact_bucket=BUCKET, sagemaker_role_arn=ROLE,
                             sagemaker_image_uri=IMAGE)
    for kind in ("recommender", "customers", "feedback"):
        register(settings, kind, f'{{"kind": "{kind}"}}')
    return settings


def test_first_run_creates_serverless_endpoints(aws, settings) -> None:
    s3, sm = aws
    reports = deploy_endpoints(settings, s3=s3, sagemaker=sm)
    assert [r.action for r in reports] == ["created"] * 4
    assert [r.endpoint for r in reports] == ["assistant-recommender", "assistant-segments",
                                             "assistant-engagement", "assistant-feedback"]
    endpoint = sm.describe_endpoint(EndpointName="assistant-segments")
    assert endpoint["EndpointStatus"] == "InService"
    config = sm.describe_endpoint_config(EndpointConfigName=endpoint["EndpointConfigName"])
    variant = config["ProductionVariants"][0]
    assert variant["ServerlessConfig"] == {"MemorySizeInMB": 3072, "MaxConcurrency": 5}
    model = sm.describe_model(ModelName=variant["ModelName"])
    assert model["PrimaryContainer"]["Image"] == IMAGE
    assert model["PrimaryContainer"]["Environment"]["ASSISTANT_SAGEMAKER_TASK"] == "segments"
    # the artifact in S3 holds the champion's files and the handler under code/
    uri = model["PrimaryContainer"]["ModelDataUrl"]
    key = uri.removeprefix(f"s3://{BUCKET}/")
    raw = s3.get_object(Bucket=BUCKET, Key=key)["Body"].read()
    with tarfile.open(fileobj=io.BytesIO(raw), mode="r:gz") as tar:
        names = tar.getnames()
        shim = tar.extractfile("code/inference.py").read().decode()  # type: ignore[union-attr]
    assert {"model.json", "metadata.json", "code/requirements.txt"} <= set(names)
    assert "code/recommender/registry.py" in names
    assert "from recommender.customers.sagemaker import" in shim
    # the feedback table the API reads on the sagemaker path
    table = s3.get_object(Bucket=BUCKET, Key=TABLE_KEY)["Body"].read()
    assert from_jsonl(table)[0]["text"] == "Très joli"
    assert reports[3].notes == [f"feedback table: 1 row -> s3://{BUCKET}/{TABLE_KEY}"]


def test_second_run_is_idempotent_and_a_new_champion_updates(aws, settings) -> None:
    s3, sm = aws
    first = deploy_endpoints(settings, s3=s3, sagemaker=sm)
    again = deploy_endpoints(settings, s3=s3, sagemaker=sm)
    assert [r.action for r in again] == ["unchanged"] * 4
    assert [r.endpoint_config for r in again] == [r.endpoint_config for r in first]
    assert sm.updates == []

    version = register(settings, "feedback", '{"kind": "feedback", "retrained": true}')
    third = deploy_endpoints(settings, s3=s3, sagemaker=sm)
    assert [r.action for r in third] == ["unchanged", "unchanged", "unchanged", "updated"]
    assert third[3].model_version == version
    assert third[3].endpoint_config != first[3].endpoint_config
    current = sm.describe_endpoint(EndpointName="assistant-feedback")
    assert current["EndpointConfigName"] == third[3].endpoint_config
    assert sm.updates == [{"EndpointName": "assistant-feedback",
                           "EndpointConfigName": third[3].endpoint_config}]


def test_force_updates_with_a_fresh_endpoint_config(aws, settings) -> None:
    s3, sm = aws
    first = deploy_endpoints(settings, s3=s3, sagemaker=sm, only=["recommender"])
    forced = deploy_endpoints(settings, s3=s3, sagemaker=sm, only=["recommender"], force=True)
    assert [r.action for r in forced] == ["updated"]
    assert forced[0].endpoint_config != first[0].endpoint_config
    assert forced[0].model_name == first[0].model_name  # same artifacts: model reused


def test_missing_settings_are_named(aws, tmp_path) -> None:
    s3, sm = aws
    with pytest.raises(AssistantError) as caught:
        deploy_endpoints(make_settings(tmp_path), s3=s3, sagemaker=sm)
    assert "ASSISTANT_SAGEMAKER_IMAGE_URI" in caught.value.message
    assert "ASSISTANT_ARTIFACT_BUCKET" in caught.value.message


def test_untrained_model_says_what_to_run(aws, tmp_path) -> None:
    s3, sm = aws
    settings = make_settings(tmp_path, artifact_bucket=BUCKET, sagemaker_role_arn=ROLE,
                             sagemaker_image_uri=IMAGE)
    with pytest.raises(AssistantError) as caught:
        deploy_endpoints(settings, s3=s3, sagemaker=sm, only=["feedback"])
    assert caught.value.code == "not_ready"
    assert "assistant train feedback" in caught.value.message


def test_unknown_endpoint_choice(aws, settings) -> None:
    s3, sm = aws
    with pytest.raises(AssistantError, match="unknown endpoint.*choose from recommender"):
        deploy_endpoints(settings, s3=s3, sagemaker=sm, only=["churn"])


def test_package_is_reproducible(settings) -> None:
    champion = Registry(settings.models_dir).champion("customers")
    assert champion is not None
    first, digest = package_model(champion.path, ENDPOINTS[1].handler)
    second, digest2 = package_model(champion.path, ENDPOINTS[1].handler)
    assert (first, digest) == (second, digest2)
