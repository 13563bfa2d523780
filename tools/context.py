"""What the tools run against: the predictors, the knowledge-base retriever and the feedback
source, built lazily from settings (``predictor_backend``, ``kb_backend``).

``build_context(settings)`` is cheap: nothing is loaded until a tool needs it, so the API's
cold start stays fast and the ``sagemaker`` path never imports pandas, scipy or scikit-learn.
Tests pass their own clients or predictors.
"""

from __future__ import annotations

import threading
from typing import Any

from assistant.settings import Settings
from tools.predictors.base import CustomerPredictor, FeedbackPredictor, RecommenderPredictor


class ToolContext:
    """The parts the tools call. Each part is built on first use unless it was given."""

    def __init__(
        self,
        settings: Settings,
        *,
        recommender: RecommenderPredictor | None = None,
        customers: CustomerPredictor | None = None,
        feedback: FeedbackPredictor | None = None,
        retriever: Any | None = None,
        sagemaker_runtime: Any | None = None,
        s3: Any | None = None,
        kb_client: Any | None = None,
    ) -> None:
        self.settings = settings
        self._recommender = recommender
        self._customers = customers
        self._feedback = feedback
        self._retriever = retriever
        self._sagemaker_runtime = sagemaker_runtime
        self._s3 = s3
        self._kb_client = kb_client
        self._lock = threading.RLock()

    @property
    def backend(self) -> str:
        """The predictor backend in use ('local' or 'sagemaker')."""
        return self.settings.predictor_backend

    def _build_sagemaker(self) -> None:
        from tools.predictors.sagemaker import sagemaker_predictors

        recommender, customers, feedback = sagemaker_predictors(
            self.settings, self._sagemaker_runtime, self._s3)
        self._recommender = self._recommender or recommender
        self._customers = self._customers or customers
        self._feedback = self._feedback or feedback

    @property
    def recommender(self) -> RecommenderPredictor:
        """The recommender predictor."""
        with self._lock:
            if self._recommender is None:
                if self.backend == "sagemaker":
                    self._build_sagemaker()
                else:
                    from tools.predictors.local import LocalRecommender

                    self._recommender = LocalRecommender(self.settings)
            assert self._recommender is not None
            return self._recommender

    @property
    def customers(self) -> CustomerPredictor:
        """The segment and engagement predictor."""
        with self._lock:
            if self._customers is None:
                if self.backend == "sagemaker":
                    self._build_sagemaker()
                else:
                    from tools.predictors.local import LocalCustomers

                    self._customers = LocalCustomers(self.settings)
            assert self._customers is not None
            return self._customers

    @property
    def feedback(self) -> FeedbackPredictor:
        """The feedback predictor (and the stored feedback table)."""
        with self._lock:
            if self._feedback is None:
                if self.backend == "sagemaker":
                    self._build_sagemaker()
                else:
                    from tools.predictors.local import LocalFeedback

                    self._feedback = LocalFeedback(self.settings,
                                                   segments=self._local_segment_names)
            assert self._feedback is not None
            return self._feedback

    def _local_segment_names(self) -> dict[str, str]:
        """Customer id -> segment name from the local customer models (feedback filter)."""
        names = getattr(self.customers, "segment_names", None)
        if names is None:
            from assistant.errors import AssistantError

            raise AssistantError("filtering feedback by segment needs the local segment model",
                                 code="not_ready")
        return names()

    @property
    def retriever(self) -> Any:
        """The knowledge-base retriever (``knowledge_base.build_retriever``)."""
        with self._lock:
            if self._retriever is None:
                from knowledge_base import build_retriever

                self._retriever = build_retriever(self.settings, client=self._kb_client)
            return self._retriever


def build_context(settings: Settings, **clients: Any) -> ToolContext:
    """A ToolContext for ``settings``.

    ``clients`` may hold ``sagemaker_runtime`` (a boto3 sagemaker-runtime client), ``s3``
    (reads the exported feedback table on the sagemaker path),
    ``kb_client`` (the knowledge-base backend's client: bedrock-agent-runtime or
    opensearch-py), or ready parts: ``recommender``, ``customers``, ``feedback``, ``retriever``.
    """
    return ToolContext(settings, **clients)
