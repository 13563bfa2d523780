"""The output models shared by every feedback backend (local, Bedrock, SageMaker)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

Language = Literal["en", "es", "fr", "other"]
Sentiment = Literal["positive", "negative", "neutral"]
Theme = Literal[
    "delivery", "damaged_item", "product_quality", "price_value", "packaging",
    "customer_service", "refund_returns", "size_fit", "unmet_need", "praise",
]
SafetyCategory = Literal[
    "burn_fire", "choking", "allergic_reaction", "cut_injury", "electrical", "toxic_chemical",
]

THEMES: tuple[str, ...] = Theme.__args__  # type: ignore[attr-defined]
SAFETY_CATEGORIES: tuple[str, ...] = SafetyCategory.__args__  # type: ignore[attr-defined]
MAX_TEXT_CHARS = 5000

THEME_LABELS: dict[str, str] = {
    "delivery": "delivery", "damaged_item": "damaged item", "product_quality": "product quality",
    "price_value": "price/value", "packaging": "packaging", "customer_service": "customer service",
    "refund_returns": "refund/returns", "size_fit": "size/fit",
    "unmet_need": "missing feature or unmet need", "praise": "praise",
}


class FeedbackAnalysis(BaseModel):
    """What one piece of customer feedback says: language, sentiment, themes, safety."""

    text: str = Field(description="The analysed text (truncated to 5,000 characters).")
    language: Language = Field(description="Detected language: en, es, fr or other.")
    sentiment: Sentiment = Field(description="Overall sentiment of the text.")
    score: float = Field(ge=-1.0, le=1.0, description="Sentiment score, -1 (very negative) "
                         "to 1 (very positive).")
    confidence: float = Field(ge=0.0, le=1.0, description="Confidence in the sentiment label.")
    themes: list[Theme] = Field(default_factory=list, description="Themes from the fixed "
                                "taxonomy that the text talks about.")
    unmet_needs: list[str] = Field(default_factory=list, description="Short phrases from the "
                                   "text naming a missing feature or unmet need.")
    safety_concern: bool = Field(default=False, description="True when the text reports a "
                                 "safety problem (burn, choking, allergy, cut, shock, toxic).")
    safety_categories: list[SafetyCategory] = Field(default_factory=list,
                                                    description="Kinds of safety problem.")
    safety_evidence: list[str] = Field(default_factory=list, description="The spans of text "
                                       "that report the safety problem.")
    truncated: bool = Field(default=False, description="True when the text was cut to 5,000 "
                            "characters.")
    error: str | None = Field(default=None, description="Why the row could not be analysed "
                              "fully (e.g. empty text), else null.")

    def output_fields(self) -> dict[str, Any]:
        """The fields added to an input row by ``assistant feedback analyse``."""
        return self.model_dump(exclude={"text"})


class SafetyCase(BaseModel):
    """One text that reports a safety problem, with the fields that identify it."""

    text: str = Field(description="The feedback text.")
    categories: list[str] = Field(description="Safety categories found.")
    evidence: list[str] = Field(description="Evidence spans from the text.")
    ids: dict[str, Any] = Field(default_factory=dict, description="Identifying fields of the "
                                "row (feedback_id, customer_id, stock_code, date, ...).")


class GroupSummary(BaseModel):
    """Counts for one value of the grouping column."""

    key: str = Field(description="The group's value (e.g. a country or a month).")
    count: int = Field(description="Number of texts in the group.")
    share_negative: float = Field(description="Share of negative texts (0-1).")
    top_themes: list[tuple[str, int]] = Field(default_factory=list,
                                              description="Most frequent themes with counts.")
    safety_cases: list[SafetyCase] = Field(default_factory=list,
                                           description="Every safety case in the group.")


class FeedbackAggregate(BaseModel):
    """Batch analysis summed up: per group and overall, with every safety case listed."""

    group_by: str | None = Field(description="The grouping column, or null for one group.")
    groups: list[GroupSummary] = Field(description="One summary per group, largest first.")
    total: int = Field(description="Number of texts.")
    share_negative: float = Field(description="Overall share of negative texts (0-1).")
    top_themes: list[tuple[str, int]] = Field(default_factory=list,
                                              description="Most frequent themes overall.")
    safety_cases: list[SafetyCase] = Field(default_factory=list,
                                           description="Every safety case, all groups.")
    errors: int = Field(default=0, description="Rows flagged with an error (e.g. empty text).")
