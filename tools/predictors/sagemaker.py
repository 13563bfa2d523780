"""Predictors that call the SageMaker endpoints deployed by ``assistant deploy endpoints``.

Payloads are JSON, matching the inference handlers' documented requests:

- recommender (``recommender/sagemaker/inference.py``): ``{"customer_id", "k",
  "exclude_purchased", "category"}`` -> ``{"recommendations": [...]}``; ``{"explain":
  {"customer_id", "stock_code"}}`` -> ``{"explanation": {...}}``;
- customers (``recommender/customers/sagemaker.py``): ``{"customer_id", "action": "segment"}``
  -> SegmentResult, ``{"customer_id", "action": "explain"}`` -> EngagementExplanation;
- feedback (``recommender/feedback/sagemaker.py``): ``{"texts": [...]}`` -> ``{"results":
  [...]}``; stored feedback is selected from the table exported to S3 by ``assistant deploy
  endpoints`` (``tools.feedback_table``) and its texts are sent the same way.

Errors come back as ``{"error": {"code", "message"}}`` and become the same AssistantError. Only the
standard library, pydantic and botocore are imported here (the API's Lambda carries no pandas,
scipy or scikit-learn).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.errors import AssistantError
from assistant.settings import Settings
from tools.feedback_table import s3_table_loader, select_rows
from tools.outputs import FeedbackResult, ItemExplanation, SegmentCustomerOutput
from tools.predictors.base import Engagement, Recommendations, StoredFeedback
from tools.predictors.convert import (
    engagement_from_dict,
    feedback_from_dict,
    item_explanation_from_dict,
    recommendations_from_dict,
    segment_from_dict,
)
from tools.predictors.endpoint import EndpointInvoker


def _expect_dict(data: Any, label: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise AssistantError(f"the {label} endpoint answered in an unexpected format",
                             code="unavailable")
    return data


class SageMakerRecommender:
    """Recommendations from the recommender endpoint."""

    label = "recommender"

    def __init__(self, invoker: EndpointInvoker, endpoint: str) -> None:
        self.invoker = invoker
        self.endpoint = endpoint

    def recommend(self, customer_id: str, *, k: int, category: str | None,
                  exclude_purchased: bool) -> Recommendations:
        """Top ``k`` products from the endpoint."""
        payload = {"customer_id": customer_id, "k": k, "category": category,
                   "exclude_purchased": exclude_purchased}
        data = _expect_dict(self.invoker.invoke(self.endpoint, payload, label=self.label),
                            self.label)
        return recommendations_from_dict(data, customer_id)

    def explain_item(self, customer_id: str, stock_code: str) -> ItemExplanation:
        """Why the product is recommended, from the endpoint."""
        payload = {"explain": {"customer_id": customer_id, "stock_code": stock_code}}
        data = _expect_dict(self.invoker.invoke(self.endpoint, payload, label=self.label),
                            self.label)
        return item_explanation_from_dict(data.get("explanation", data), stock_code)


class SageMakerCustomers:
    """Segments and engagement from their two endpoints."""

    def __init__(self, invoker: EndpointInvoker, segments_endpoint: str,
                 engagement_endpoint: str) -> None:
        self.invoker = invoker
        self.segments_endpoint = segments_endpoint
        self.engagement_endpoint = engagement_endpoint

    def segment(self, customer_id: str) -> SegmentCustomerOutput:
        """The customer's segment from the segment endpoint."""
        data = self.invoker.invoke(self.segments_endpoint,
                                   {"customer_id": customer_id, "action": "segment"},
                                   label="segment model")
        return segment_from_dict(_expect_dict(data, "segment model"), customer_id)

    def engagement(self, customer_id: str) -> Engagement:
        """The engagement prediction from the engagement endpoint."""
        data = self.invoker.invoke(self.engagement_endpoint,
                                   {"customer_id": customer_id, "action": "explain"},
                                   label="engagement model")
        return engagement_from_dict(_expect_dict(data, "engagement model"), customer_id)


class SageMakerFeedback:
    """Feedback analysis from the feedback endpoint; stored rows from the exported table
    (``table``: a loader of its rows, read once)."""

    label = "feedback model"
    batch_size = 500  # texts per endpoint call (the handler accepts up to 1,000)

    def __init__(self, invoker: EndpointInvoker, endpoint: str,
                 table: Callable[[], list[dict[str, Any]]] | None = None) -> None:
        self.invoker = invoker
        self.endpoint = endpoint
        self._table_loader = table
        self._rows: list[dict[str, Any]] | None = None

    def analyse(self, texts: list[str]) -> list[FeedbackResult]:
        """One result per text, in order."""
        out: list[FeedbackResult] = []
        for start in range(0, len(texts), self.batch_size):
            batch = texts[start:start + self.batch_size]
            data = _expect_dict(self.invoker.invoke(self.endpoint, {"texts": batch},
                                                    label=self.label), self.label)
            rows = data.get("results", [])
            if len(rows) != len(batch):
                raise AssistantError(f"the {self.label} endpoint returned {len(rows)} results "
                                     f"for {len(batch)} texts", code="unavailable")
            out += [feedback_from_dict(row) for row in rows]
        return out

    def _table(self) -> list[dict[str, Any]]:
        if self._rows is None:
            if self._table_loader is None:
                raise AssistantError("the stored feedback table is not available on this "
                                     "deployment: paste the texts to analyse instead",
                                     code="not_ready")
            self._rows = self._table_loader()
        return self._rows

    def analyse_stored(self, filters: dict[str, str]) -> StoredFeedback:
        """Rows of the exported table matching ``filters``, analysed on the endpoint."""
        table = self._table()
        rows = select_rows(table, filters)
        results = self.analyse([str(r.get("text") or "") for r in rows]) if rows else []
        for row, result in zip(rows, results, strict=True):
            result.feedback_id = None if row.get("feedback_id") is None \
                else str(row["feedback_id"])
            result.customer_id = None if row.get("customer_id") is None \
                else str(row["customer_id"])
        generated = all(bool(r.get("generated", True)) for r in table)
        return StoredFeedback(results=results, generated=generated)


def sagemaker_predictors(settings: Settings, client: Any | None = None, s3: Any | None = None
                         ) -> tuple[SageMakerRecommender, SageMakerCustomers, SageMakerFeedback]:
    """The three SageMaker predictors sharing one invoker (``client``: a sagemaker-runtime
    client; a default one with the settings' timeout when None). ``s3`` reads the exported
    feedback table (a default client when None, created on first use)."""
    from tools.predictors.endpoint import default_runtime_client

    def s3_client() -> Any:
        if s3 is not None:
            return s3
        import boto3

        return boto3.client("s3", region_name=settings.aws_region)

    def table() -> list[dict[str, Any]]:
        return s3_table_loader(s3_client(), settings.artifact_bucket)()

    if client is None:
        client = default_runtime_client(settings.aws_region,
                                        timeout_seconds=settings.sagemaker_timeout_seconds)
    invoker = EndpointInvoker(client, max_attempts=settings.sagemaker_max_attempts)
    return (
        SageMakerRecommender(invoker, settings.sagemaker_recommender_endpoint),
        SageMakerCustomers(invoker, settings.sagemaker_segments_endpoint,
                           settings.sagemaker_engagement_endpoint),
        SageMakerFeedback(invoker, settings.sagemaker_feedback_endpoint, table),
    )
