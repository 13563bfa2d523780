"""Input models of the five tools: the JSON schema the chat model sees, the body of
``POST /tools/{name}`` and the ``args`` of eval cases. Field descriptions are written for a
model to read."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator


def _customer_id(value: Any) -> Any:
    """Accept 12347, 12347.0 or " 12347 " and normalise to "12347"."""
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        text = value.strip()
        return text[:-2] if text.endswith(".0") and text[:-2].isdigit() else text
    return value


CustomerId = Annotated[
    str,
    BeforeValidator(_customer_id),
    Field(min_length=1, max_length=20, pattern=r"^[A-Za-z0-9_-]+$",
          description="The customer's id as a string of digits, e.g. \"12347\".",
          examples=["12347"]),
]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RecommendForUserInput(_Input):
    """Recommend products for one customer, ranked, with the reasons behind each item."""

    customer_id: CustomerId
    k: int = Field(default=5, ge=1, le=50, description="How many products to return (1-50).")
    category: str | None = Field(
        default=None,
        description="Only recommend products of this category, e.g. \"Kitchen & Dining\" or "
        "\"Christmas\". Leave empty for any category.",
    )
    exclude_purchased: bool = Field(
        default=True,
        description="Leave out products the customer has already bought (true unless the "
        "user asks for repeat purchases).",
    )


class SegmentCustomerInput(_Input):
    """Find the marketing segment of one customer, with their features beside the segment's
    averages, the segment's description and suggested marketing actions."""

    customer_id: CustomerId


class AnalyseFeedbackSentimentInput(_Input):
    """Analyse customer feedback: sentiment, themes, unmet needs and safety concerns.

    Give either ``texts`` (feedback the user pasted) or a selector over the stored feedback
    table (customer_id, segment, country, date_from, date_to); with neither, all stored
    feedback is analysed.
    """

    texts: list[str] | None = Field(
        default=None, min_length=1, max_length=100,
        description="Feedback texts to analyse (1-100), quoted exactly as the user gave them.",
    )
    customer_id: CustomerId | None = Field(
        default=None, description="Only feedback from this customer, e.g. \"12347\"."
    )
    segment: str | None = Field(
        default=None, description="Only feedback from customers in this segment, e.g. \"At risk\"."
    )
    country: str | None = Field(
        default=None, description="Only feedback from this country, e.g. \"France\"."
    )
    date_from: date | None = Field(
        default=None, description="Only feedback on or after this date (YYYY-MM-DD)."
    )
    date_to: date | None = Field(
        default=None, description="Only feedback on or before this date (YYYY-MM-DD)."
    )

    @model_validator(mode="after")
    def _texts_or_selector(self) -> AnalyseFeedbackSentimentInput:
        selector = [self.customer_id, self.segment, self.country, self.date_from, self.date_to]
        if self.texts is not None and any(v is not None for v in selector):
            raise ValueError("give either texts or a selector (customer_id, segment, country, "
                             "date_from, date_to), not both")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from must not be after date_to")
        return self


class ExplainPredictionInput(_Input):
    """Explain a customer's engagement (churn risk) prediction in plain words; with an item,
    explain why that product was recommended to them."""

    customer_id: CustomerId
    item_id: str | None = Field(
        default=None, max_length=20,
        description="A product StockCode, e.g. \"85123A\", to explain why it was recommended.",
    )


class SearchKnowledgeBaseInput(_Input):
    """Search the knowledge base (segment playbooks, campaign guidelines, policies, category
    guides, model cards) for passages that answer a question."""

    query: str = Field(min_length=2, max_length=500,
                       description="What to look for, in plain words.")
    k: int = Field(default=4, ge=1, le=10, description="How many passages to return (1-10).")
    doc_ids: list[str] | None = Field(
        default=None, description="Only search these documents (ids such as \"playbook-at-risk\")."
    )
    audience: str | None = Field(
        default=None, description="Only documents for this audience, e.g. \"marketing\"."
    )
