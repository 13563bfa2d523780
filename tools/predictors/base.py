"""The predictor interfaces behind the tools, one per model, and the payloads they return.

Two implementations of each: ``local`` (champion artifacts from the registry, in-process) and
``sagemaker`` (a SageMaker endpoint). Both return the same plain pydantic payloads, so the tool
functions do not know which one runs. Nothing here imports pandas, scipy or scikit-learn.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from pydantic import BaseModel, Field

from tools.outputs import (
    Contribution,
    FeedbackResult,
    ItemExplanation,
    RecommendedItem,
    SegmentCustomerOutput,
)


class Recommendations(BaseModel):
    """What a recommender predictor returns for one customer."""

    customer_id: str = Field(description="The customer.")
    country: str | None = Field(default=None, description="The customer's country.")
    items: list[RecommendedItem] = Field(description="Recommended products, best first.")


class Engagement(BaseModel):
    """What an engagement predictor returns for one customer."""

    customer_id: str = Field(description="The customer.")
    probability: float = Field(description="Probability of buying again within 90 days.")
    label: str = Field(description="The prediction in words.")
    contributions: list[Contribution] = Field(description="Largest contributions first.")


class StoredFeedback(BaseModel):
    """Analysed rows of the stored feedback table that match a selector."""

    results: list[FeedbackResult] = Field(description="One result per matching row.")
    generated: bool = Field(description="True when the feedback table is generated (synthetic).")


@runtime_checkable
class RecommenderPredictor(Protocol):
    """Product recommendations and the reasons behind one item."""

    def recommend(self, customer_id: str, *, k: int, category: str | None,
                  exclude_purchased: bool) -> Recommendations:
        """The top ``k`` products for the customer (AssistantError not_found if unknown)."""
        ...

    def explain_item(self, customer_id: str, stock_code: str) -> ItemExplanation:
        """Why ``stock_code`` is (or would be) recommended to the customer."""
        ...


@runtime_checkable
class CustomerPredictor(Protocol):
    """The segment and the engagement (churn) model of customers."""

    def segment(self, customer_id: str) -> SegmentCustomerOutput:
        """The customer's segment with features beside the segment's averages."""
        ...

    def engagement(self, customer_id: str) -> Engagement:
        """The engagement probability with its top contributions."""
        ...


@runtime_checkable
class FeedbackPredictor(Protocol):
    """Sentiment, themes, unmet needs and safety concerns of feedback texts."""

    def analyse(self, texts: list[str]) -> list[FeedbackResult]:
        """One result per text, in order."""
        ...

    def analyse_stored(self, filters: dict[str, str]) -> StoredFeedback:
        """Analyse the stored feedback rows matching ``filters`` (customer_id, segment,
        country, date_from, date_to; ISO dates)."""
        ...
