"""What the customer models answer: segments, profiles, explained engagement, batch scores."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

Direction = Literal["raises churn risk", "lowers churn risk"]
Label = Literal["likely to buy again", "at risk of churning"]
LIKELY: Label = "likely to buy again"
AT_RISK: Label = "at risk of churning"
RAISES: Direction = "raises churn risk"
LOWERS: Direction = "lowers churn risk"


class SegmentResult(BaseModel):
    """A customer's marketing segment, with their features beside the segment's averages."""

    customer_id: str = Field(description="The customer.")
    segment_id: int = Field(description="Numeric id of the segment (cluster).")
    segment_name: str = Field(description="Marketer-friendly segment name, e.g. 'At risk'.")
    distance: float = Field(description="Distance to the segment's centre in standardised "
                            "(log) feature units; smaller means more typical.")
    description: str = Field(description="What characterises customers of the segment.")
    suggested_actions: list[str] = Field(description="Marketing actions for the segment.")
    features: dict[str, float] = Field(description="The customer's feature values.")
    segment_averages: dict[str, float] = Field(description="Mean of each feature over the "
                                               "segment's customers.")
    feature_labels: dict[str, str] = Field(default_factory=dict,
                                           description="Each feature in plain words.")
    segment_size: int = Field(default=0, description="Customers in the segment.")
    country: str = Field(description="The customer's most frequent country.")
    as_of: date = Field(description="Reference date: features use data strictly before it.")


class Contribution(BaseModel):
    """How one feature moved the engagement prediction (exact TreeSHAP value)."""

    feature: str = Field(description="Feature name, e.g. 'recency_days'.")
    value: float | str = Field(description="The customer's real value of the feature.")
    contribution: float = Field(description="Contribution to the log-odds of buying again "
                                "within 90 days (negative raises churn risk).")
    direction: Literal["raises churn risk", "lowers churn risk"] = Field(
        description="What the contribution does to churn risk.")
    sentence: str = Field(description="The contribution in plain words with the real value.")
    text: str = Field(default="", description="Same as sentence (for API clients).")


class EngagementExplanation(BaseModel):
    """The probability that a customer buys again within 90 days, explained feature by feature.

    ``base_value + sum(c.contribution for c in contributions)`` equals the model's raw output
    (log-odds) for this customer; ``probability`` is its logistic.
    """

    customer_id: str = Field(description="The customer.")
    probability: float = Field(description="Probability of buying again within 90 days.")
    churn_risk: float = Field(description="1 - probability.")
    label: Literal["likely to buy again", "at risk of churning"] = Field(
        description="The prediction in words (see threshold).")
    threshold: float = Field(default=0.5, description="Probability at or above which the "
                             "label is 'likely to buy again'.")
    base_value: float = Field(description="The model's average raw output (log-odds).")
    raw_score: float = Field(description="The model's raw output (log-odds) for the customer.")
    contributions: list[Contribution] = Field(description="Per-feature contributions, "
                                              "largest absolute value first.")
    sentences: list[str] = Field(description="The explanation in plain English.")
    as_of: date = Field(description="Reference date: features use data strictly before it.")


class SegmentProfile(BaseModel):
    """One segment: who is in it, how big it is and what to do with it."""

    id: int = Field(description="Segment id.")
    name: str = Field(description="Segment name.")
    description: str = Field(description="What characterises the segment.")
    size: int = Field(description="Customers in the segment at the serving date.")
    share: float = Field(default=0.0, description="Share of all customers.")
    avg_recency_days: float = Field(description="Mean days since the last order.")
    avg_frequency: float = Field(description="Mean number of orders.")
    avg_monetary: float = Field(description="Mean total spend (GBP).")
    actions: list[str] = Field(description="Suggested marketing actions.")


class CustomerScore(BaseModel):
    """One line of the batch scoring file."""

    customer_id: str = Field(description="The customer.")
    probability: float = Field(description="Probability of buying again within 90 days.")
    segment: str = Field(description="Segment name.")
