"""Output models of the five tools: what the agent quotes, ``POST /tools/{name}`` returns and
the evals check. Plain pydantic only (no pandas, scipy or scikit-learn: the API's Lambda
imports this module). Numbers are rounded where they are built, so the agent can quote them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from knowledge_base.models import Passage


class _Output(BaseModel):
    model_config = ConfigDict(extra="ignore")


# --- recommend-for-user ------------------------------------------------------------------
class Reason(_Output):
    """One reason an item was recommended."""

    kind: str = Field(description="What kind of evidence: e.g. 'similar_customers', "
                      "'bought_together', 'category_affinity', 'popular', 'segment'.")
    text: str = Field(description="The reason in plain words, for a marketer to read.")


class RecommendedItem(_Output):
    """One recommended product."""

    rank: int = Field(description="Position in the ranking (1 is the best).")
    stock_code: str = Field(description="The product's StockCode, e.g. '85123A'.")
    description: str = Field(description="The product's name as in the catalogue.")
    category: str = Field(description="The product's category, e.g. 'Kitchen & Dining'.")
    price: float | None = Field(description="Typical unit price in GBP (null when unknown).")
    score: float = Field(description="Recommendation score (higher is better; only "
                         "comparable within one ranking).")
    reasons: list[Reason] = Field(default_factory=list, description="Why it was recommended.")


class RecommendForUserOutput(_Output):
    """Ranked product recommendations for one customer, with context."""

    customer_id: str = Field(description="The customer the items are for.")
    country: str | None = Field(default=None, description="The customer's country.")
    segment: str | None = Field(default=None, description="The customer's marketing segment "
                                "name (null when the segment model is not available).")
    category: str | None = Field(default=None, description="The category filter applied, if "
                                 "any.")
    exclude_purchased: bool = Field(description="True when products the customer already "
                                    "bought were left out.")
    items: list[RecommendedItem] = Field(description="Recommended products, best first.")
    note: str | None = Field(default=None, description="Anything the reader should know, e.g. "
                             "fewer items than asked for.")


# --- segment-customer ----------------------------------------------------------------------
class FeatureComparison(_Output):
    """One feature of the customer beside the average of their segment."""

    feature: str = Field(description="Feature name, e.g. 'recency_days'.")
    label: str = Field(description="The feature in plain words, e.g. 'days since the last "
                       "order'.")
    customer_value: float = Field(description="The customer's value.")
    segment_average: float = Field(description="The average over the segment's customers.")


class SegmentCustomerOutput(_Output):
    """A customer's marketing segment and how they compare with it."""

    customer_id: str = Field(description="The customer.")
    segment_id: int = Field(description="Numeric id of the segment (cluster).")
    segment_name: str = Field(description="The segment's name, e.g. 'At risk'.")
    distance: float = Field(description="Distance from the customer to the segment's centre "
                            "in standardised feature units (smaller means more typical).")
    description: str = Field(description="What characterises customers of the segment.")
    features: list[FeatureComparison] = Field(description="The customer's feature values "
                                              "beside the segment's averages.")
    suggested_actions: list[str] = Field(description="Marketing actions suggested for the "
                                         "segment.")
    segment_size: int | None = Field(default=None, description="Number of customers in the "
                                     "segment, when known.")
    country: str | None = Field(default=None, description="The customer's country.")


# --- explain-prediction -----------------------------------------------------------------------
class Contribution(_Output):
    """How one feature moved the customer's engagement prediction."""

    feature: str = Field(description="Feature name, e.g. 'recency_days'.")
    value: float | str | None = Field(default=None, description="The customer's value of the "
                                      "feature.")
    effect: float = Field(description="Contribution to the log-odds of buying again (positive "
                          "raises engagement, negative raises churn risk).")
    text: str = Field(description="The contribution in plain words.")


class ItemExplanation(_Output):
    """Why one product was (or would be) recommended to the customer."""

    stock_code: str = Field(description="The product's StockCode.")
    description: str = Field(description="The product's name.")
    category: str | None = Field(default=None, description="The product's category.")
    score: float | None = Field(default=None, description="The recommender's score for it.")
    rank: int | None = Field(default=None, description="Its rank among the customer's "
                             "recommendations, when it is among them.")
    already_bought: bool = Field(default=False, description="True when the customer has "
                                 "already bought it.")
    reasons: list[Reason] = Field(description="The recommender's reasons, in plain words.")


class ExplainPredictionOutput(_Output):
    """A customer's engagement prediction explained; optionally why a product was recommended."""

    customer_id: str = Field(description="The customer.")
    engagement_probability: float = Field(description="Probability (0-1) that the customer "
                                          "buys again within 90 days.")
    churn_risk: float = Field(description="1 minus the engagement probability.")
    label: str = Field(description="The prediction in words, e.g. 'likely to buy again' or "
                       "'at risk of churning'.")
    contributions: list[Contribution] = Field(description="The features that moved the "
                                              "prediction most, largest first.")
    item: ItemExplanation | None = Field(default=None, description="With an item_id: why that "
                                         "product was recommended.")


# --- analyse-feedback-sentiment -------------------------------------------------------------
class FeedbackResult(_Output):
    """What one piece of feedback says."""

    text: str = Field(description="The feedback text.")
    language: str = Field(description="Detected language: en, es, fr or other.")
    sentiment: Literal["positive", "negative", "neutral"] = Field(description="Overall "
                                                                   "sentiment.")
    score: float = Field(description="Sentiment score from -1 (very negative) to 1 (very "
                         "positive).")
    confidence: float = Field(description="Confidence in the sentiment label (0-1).")
    themes: list[str] = Field(default_factory=list, description="Themes the text talks about "
                              "(delivery, damaged_item, product_quality, ...).")
    unmet_needs: list[str] = Field(default_factory=list, description="Phrases naming a missing "
                                   "feature or unmet need.")
    safety_concern: bool = Field(default=False, description="True when the text reports a "
                                 "safety problem.")
    safety_categories: list[str] = Field(default_factory=list, description="Kinds of safety "
                                         "problem (burn_fire, choking, ...).")
    evidence: list[str] = Field(default_factory=list, description="Spans of text that report "
                                "the safety problem.")
    feedback_id: str | None = Field(default=None, description="Id of the stored feedback row "
                                    "(null for pasted texts).")
    customer_id: str | None = Field(default=None, description="Customer who wrote it, when "
                                    "known.")
    error: str | None = Field(default=None, description="Why the text could not be analysed "
                              "fully, else null.")


class ThemeCount(_Output):
    """How often a theme occurs."""

    theme: str = Field(description="The theme.")
    count: int = Field(description="Number of texts mentioning it.")


class SafetyCase(_Output):
    """One text that reports a safety problem."""

    text: str = Field(description="The feedback text.")
    categories: list[str] = Field(description="Kinds of safety problem.")
    evidence: list[str] = Field(description="Spans of text that report it.")
    feedback_id: str | None = Field(default=None, description="Id of the stored feedback row.")
    customer_id: str | None = Field(default=None, description="Customer who wrote it.")


class FeedbackAggregate(_Output):
    """The analysed texts summed up."""

    count: int = Field(description="Number of texts analysed.")
    share_negative: float = Field(description="Share of negative texts (0-1).")
    share_positive: float = Field(description="Share of positive texts (0-1).")
    top_themes: list[ThemeCount] = Field(description="Most frequent themes, largest first.")
    safety_cases: list[SafetyCase] = Field(description="Every text reporting a safety problem.")


class AnalyseFeedbackSentimentOutput(_Output):
    """Per-text analysis of customer feedback and an aggregate."""

    source: Literal["texts", "feedback_table"] = Field(description="'texts' for pasted texts, "
                                                       "'feedback_table' for stored feedback.")
    generated_feedback: bool = Field(description="True when the stored feedback was generated "
                                     "(synthetic), not written by real customers.")
    filters: dict[str, str] = Field(default_factory=dict, description="The selector applied to "
                                    "the feedback table.")
    results: list[FeedbackResult] = Field(description="Per-text results: every pasted text, or "
                                          "the first 10 rows of a feedback-table selection.")
    results_truncated: bool = Field(default=False, description="True when only the first "
                                    "results are listed; the aggregate covers all texts.")
    aggregate: FeedbackAggregate = Field(description="Counts, shares, top themes and every "
                                         "safety case over all analysed texts.")
    note: str | None = Field(default=None, description="Anything the reader should know, e.g. "
                             "that the feedback is generated.")


# --- search-knowledge-base --------------------------------------------------------------------
class SearchKnowledgeBaseOutput(_Output):
    """Passages from the knowledge base that answer a query."""

    query: str = Field(description="The query searched for.")
    passages: list[Passage] = Field(description="Best passages first.")
