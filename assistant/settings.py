"""One settings object for the whole product.

Every field is read from the environment with the prefix ``ASSISTANT_`` (e.g.
``ASSISTANT_DATA``, ``ASSISTANT_ARTIFACTS``, ``ASSISTANT_CHAT_MODEL``). Only this
module and the entry points (CLI, ``chalice_app/app.py``) read the environment;
everything else receives a :class:`Settings`.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Effective configuration. ``assistant config`` prints it."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    # --- data and artifacts -------------------------------------------------
    data: Path | None = Field(
        default=None,
        description="Path of the source transactions file (UCI Online Retail: .xlsx, .csv or "
        ".csv.gz). Unset means the embedded synthetic data.",
    )
    artifacts: Path = Field(
        default=Path("artifacts"),
        description="Directory for prepared data, trained models, indexes, sessions and keys.",
    )
    synthetic_customers: int = Field(
        default=1200, ge=50, le=50_000,
        description="Number of customers in the embedded synthetic data set.",
    )
    synthetic_seed: int = Field(default=7, description="Random seed of the synthetic data set.")

    # --- chat model -----------------------------------------------------------
    chat_model: Literal["auto", "offline", "bedrock", "openai"] = Field(
        default="auto",
        description="Chat model backend: 'bedrock' (Amazon Bedrock Claude), 'offline' (the "
        "built-in offline model), 'openai' (any OpenAI-compatible server) or 'auto' "
        "(bedrock when AWS credentials are configured, else offline).",
    )
    bedrock_model_id: str = Field(
        default="us.anthropic.claude-haiku-4-5-20251001-v1:0",
        description="Bedrock model id or inference profile used by the 'bedrock' chat model.",
    )
    bedrock_guardrail_id: str | None = Field(
        default=None, description="Optional Bedrock Guardrails identifier applied to chat turns."
    )
    bedrock_guardrail_version: str | None = Field(
        default=None, description="Version of the Bedrock guardrail (required with the id)."
    )
    openai_base_url: str | None = Field(
        default=None, description="Base URL of an OpenAI-compatible server for chat_model=openai."
    )
    openai_model: str = Field(
        default="local-model", description="Model name sent to the OpenAI-compatible server."
    )
    aws_region: str = Field(default="us-east-1", description="AWS region for every AWS client.")
    max_message_chars: int = Field(
        default=4000, ge=10, description="Longest user message accepted by the agent and /chat."
    )
    max_agent_steps: int = Field(
        default=8, ge=1, description="Most model steps in one turn before an honest give-up."
    )
    history_token_budget: int = Field(
        default=6000, ge=200, description="Token budget a long conversation is trimmed to."
    )

    # --- predictors (models behind the tools) ----------------------------------
    predictor_backend: Literal["local", "sagemaker"] = Field(
        default="local",
        description="Where the trained models run: 'local' (in-process from the registry's "
        "champion artifacts) or 'sagemaker' (SageMaker endpoints).",
    )
    sagemaker_recommender_endpoint: str = Field(
        default="assistant-recommender", description="SageMaker endpoint of the recommender."
    )
    sagemaker_segments_endpoint: str = Field(
        default="assistant-segments", description="SageMaker endpoint of the segment model."
    )
    sagemaker_engagement_endpoint: str = Field(
        default="assistant-engagement", description="SageMaker endpoint of the engagement model."
    )
    sagemaker_feedback_endpoint: str = Field(
        default="assistant-feedback", description="SageMaker endpoint of the feedback model."
    )
    sagemaker_role_arn: str | None = Field(
        default=None, description="IAM role SageMaker assumes to read model artifacts."
    )
    sagemaker_timeout_seconds: float = Field(
        default=10.0, gt=0, description="Read timeout of one SageMaker endpoint call (seconds)."
    )
    sagemaker_max_attempts: int = Field(
        default=4, ge=1, le=10, description="Attempts per endpoint call (throttling, model "
        "not ready and 5xx are retried with exponential backoff)."
    )
    sagemaker_image_uri: str | None = Field(
        default=None, description="Inference container image for `assistant deploy endpoints` "
        "(e.g. the SageMaker scikit-learn inference image of the region)."
    )
    sagemaker_serverless_memory_mb: int = Field(
        default=3072, ge=1024, le=6144, description="Memory of each serverless endpoint (MB)."
    )
    sagemaker_serverless_max_concurrency: int = Field(
        default=5, ge=1, le=200, description="Concurrent invocations per serverless endpoint."
    )
    artifact_bucket: str | None = Field(
        default=None, description="S3 bucket for model artifacts and knowledge-base documents."
    )

    # --- feedback analysis -----------------------------------------------------
    feedback_backend: Literal["local", "bedrock"] = Field(
        default="local",
        description="Feedback analysis backend: 'local' (offline lexicons and classifier) or "
        "'bedrock' (Claude with structured output).",
    )

    sentiment_data: Path | None = Field(
        default=Path(__file__).resolve().parents[2] / "shared" / "data" / "sentiment"
        / "amazon_cells_labelled.txt",
        description="Labelled sentences (sentence<TAB>0|1) added to the project's own "
        "multilingual data when training the feedback classifier; unset or missing means "
        "the project's data only.",
    )

    # --- knowledge base ----------------------------------------------------------
    kb_backend: Literal["local", "bedrock", "opensearch"] = Field(
        default="local",
        description="Knowledge-base retrieval: 'local' (in-process index), 'bedrock' (Bedrock "
        "Knowledge Base) or 'opensearch' (self-managed OpenSearch).",
    )
    bedrock_kb_id: str | None = Field(
        default=None, description="Bedrock Knowledge Base id (10 characters)."
    )
    bedrock_kb_data_source_id: str | None = Field(
        default=None, description="Data source id of the Bedrock Knowledge Base (for kb sync)."
    )
    opensearch_host: str | None = Field(
        default=None, description="OpenSearch endpoint host (no scheme) for kb_backend=opensearch."
    )
    opensearch_index: str = Field(
        default="assistant-kb", description="OpenSearch index holding knowledge-base chunks."
    )
    kb_docs_dir: Path | None = Field(
        default=None, description="Directory of knowledge-base Markdown documents (front matter: "
        "id, title, audience, updated). Unset means the documents shipped in knowledge_base/docs."
    )
    kb_s3_prefix: str = Field(
        default="knowledge-base/", description="S3 key prefix under artifact_bucket where "
        "`assistant kb sync` uploads the documents for the Bedrock Knowledge Base."
    )
    opensearch_vector_dimension: int = Field(
        default=1024, ge=2, le=16_000, description="Dimension of the knn_vector field of the "
        "OpenSearch index (must match the embedding model, e.g. 1024 for Titan Text v2)."
    )
    opensearch_port: int = Field(default=443, description="OpenSearch endpoint port.")
    opensearch_service: Literal["aoss", "es"] = Field(
        default="aoss", description="SigV4 signing service: 'aoss' (OpenSearch Serverless) or "
        "'es' (a managed OpenSearch domain)."
    )

    # --- conversation memory -------------------------------------------------------
    memory_backend: Literal["sqlite", "dynamodb"] = Field(
        default="sqlite",
        description="Conversation store: 'sqlite' (a file in the artifact directory) or "
        "'dynamodb' (LangGraph DynamoDBSaver).",
    )
    dynamodb_sessions_table: str = Field(
        default="assistant-sessions", description="DynamoDB table for conversation checkpoints."
    )

    # --- API -------------------------------------------------------------------------
    api_keys_backend: Literal["file", "dynamodb"] = Field(
        default="file",
        description="Where API keys and rate-limit counters live: 'file' (artifact directory) "
        "or 'dynamodb'.",
    )
    dynamodb_keys_table: str = Field(
        default="assistant-api-keys", description="DynamoDB table for API keys and counters."
    )
    rate_limit_per_minute: int = Field(
        default=120, ge=1, description="Requests per minute allowed for one API key."
    )
    max_body_bytes: int = Field(
        default=64_000, ge=256, description="Largest request body the API accepts (else 413)."
    )
    cors_origins: list[str] = Field(
        default_factory=lambda: ["http://127.0.0.1:8000", "http://localhost:8000"],
        description="Origins allowed to call the API from a browser (the chat widget).",
    )

    # --- derived paths -------------------------------------------------------------------
    @property
    def prepared_dir(self) -> Path:
        """Prepared Parquet tables (transactions, customers, items, returns, feedback)."""
        return self.artifacts / "prepared"

    @property
    def models_dir(self) -> Path:
        """The versioned model registry."""
        return self.artifacts / "models"

    @property
    def kb_dir(self) -> Path:
        """The local knowledge-base index."""
        return self.artifacts / "kb"

    @property
    def synthetic_source(self) -> Path:
        """Where the embedded synthetic transactions file is written."""
        return self.artifacts / "synthetic" / "online_retail_synthetic.csv.gz"

    @property
    def effective_chat_model(self) -> str:
        """The chat backend actually used ('auto' resolved)."""
        if self.chat_model != "auto":
            return self.chat_model
        has_creds = bool(os.environ.get("AWS_ACCESS_KEY_ID") or os.environ.get("AWS_PROFILE"))
        return "bedrock" if has_creds else "offline"

    def with_data(self, data: Path | None) -> Settings:
        """A copy with another source file (a CLI ``--data`` option); None keeps the current."""
        return self if data is None else self.model_copy(update={"data": data})


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings read from the environment once per process (entry points only)."""
    return Settings()
