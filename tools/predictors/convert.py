"""Turn a model's answer (an endpoint's JSON, or a local service's objects as dicts) into the
tools' payloads, with numbers rounded for quoting. Lenient about optional fields, strict about
the ones a tool cannot do without."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

from assistant.errors import AssistantError
from tools.outputs import (
    Contribution,
    FeatureComparison,
    FeedbackResult,
    ItemExplanation,
    Reason,
    RecommendedItem,
    SegmentCustomerOutput,
)
from tools.predictors.base import Engagement, Recommendations


def as_dict(obj: Any) -> dict[str, Any]:
    """A pydantic model, dataclass, mapping or plain object as a dict."""
    if obj is None:
        return {}
    if isinstance(obj, dict):
        return obj
    if hasattr(obj, "model_dump"):
        return obj.model_dump()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if hasattr(obj, "_asdict"):
        return obj._asdict()
    return dict(vars(obj))


def num(value: Any, digits: int = 3) -> float | None:
    """A finite number rounded to ``digits``, or None."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return round(number, digits) if math.isfinite(number) else None


def _need(data: dict[str, Any], key: str, what: str) -> Any:
    if data.get(key) is None:
        raise AssistantError(f"the {what} answer has no '{key}'", code="unavailable")
    return data[key]


def reasons_from(raw: Any) -> list[Reason]:
    """Reasons from a list of {kind, text} (or plain strings)."""
    out = []
    for item in raw or []:
        if isinstance(item, str):
            out.append(Reason(kind="reason", text=item))
        else:
            data = as_dict(item)
            out.append(Reason(kind=str(data.get("kind") or "reason"), text=str(data.get("text"))))
    return out


def item_from_dict(raw: Any, rank: int) -> RecommendedItem:
    """One recommended item."""
    data = as_dict(raw)
    return RecommendedItem(
        rank=int(data.get("rank") or rank),
        stock_code=str(_need(data, "stock_code", "recommender")),
        description=str(data.get("description") or ""),
        category=str(data.get("category") or "Other"),
        price=num(data.get("price"), 2),
        score=num(data.get("score"), 4) or 0.0,
        reasons=reasons_from(data.get("reasons")),
    )


def recommendations_from_dict(data: dict[str, Any], customer_id: str) -> Recommendations:
    """Recommendations from ``{"customer_id", "country", "items": [...]}``."""
    items = data.get("items", data.get("recommendations", []))
    return Recommendations(
        customer_id=str(data.get("customer_id") or customer_id),
        country=data.get("country"),
        items=[item_from_dict(item, i) for i, item in enumerate(items, start=1)],
    )


def item_explanation_from_dict(raw: Any, stock_code: str) -> ItemExplanation:
    """Why an item is recommended."""
    data = as_dict(raw)
    rank = data.get("rank")
    return ItemExplanation(
        stock_code=str(data.get("stock_code") or stock_code),
        description=str(data.get("description") or ""),
        category=data.get("category"),
        score=num(data.get("score"), 4),
        rank=int(rank) if rank is not None else None,
        already_bought=bool(data.get("already_bought") or data.get("already_purchased")
                            or False),
        reasons=reasons_from(data.get("reasons")),
    )


SHARE_PREFIX = "share_"
MIN_SHARE = 0.05  # category shares below this for both customer and segment are left out


def _features(data: dict[str, Any]) -> list[FeatureComparison]:
    """Feature rows from a list of {feature, label, customer_value, segment_average} or from
    the dicts ``features`` / ``segment_averages`` / ``feature_labels``."""
    raw = data.get("features") or []
    if isinstance(raw, dict):
        averages = data.get("segment_averages") or {}
        labels = data.get("feature_labels") or {}
        raw = [{"feature": name, "customer_value": value, "segment_average": averages.get(name),
                "label": labels.get(name)} for name, value in raw.items()]
    out = []
    for entry in raw:
        row = as_dict(entry)
        customer = num(row.get("customer_value"), 3)
        average = num(row.get("segment_average"), 3)
        if customer is None or average is None:
            continue
        name = str(row.get("feature"))
        if name.startswith(SHARE_PREFIX) and max(abs(customer), abs(average)) < MIN_SHARE:
            continue
        out.append(FeatureComparison(feature=name, label=str(row.get("label") or name),
                                     customer_value=customer, segment_average=average))
    return out


def segment_from_dict(data: dict[str, Any], customer_id: str) -> SegmentCustomerOutput:
    """A segment result."""
    actions = data.get("suggested_actions", data.get("actions", []))
    size = data.get("segment_size", data.get("size"))
    return SegmentCustomerOutput(
        customer_id=str(data.get("customer_id") or customer_id),
        segment_id=int(_need(data, "segment_id", "segment model")),
        segment_name=str(data.get("segment_name") or data.get("name") or "unnamed segment"),
        distance=num(data.get("distance"), 3) or 0.0,
        description=str(data.get("description") or ""),
        features=_features(data),
        suggested_actions=[str(a) for a in actions or []],
        segment_size=int(size) if size is not None else None,
        country=data.get("country"),
    )


def contribution_from(raw: Any) -> Contribution:
    """One feature contribution."""
    data = as_dict(raw)
    value = data.get("value")
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = num(value, 3)
    return Contribution(feature=str(data.get("feature")), value=value,
                        effect=num(data.get("effect", data.get("contribution")), 3) or 0.0,
                        text=str(data.get("text") or data.get("sentence")
                                 or data.get("feature")))


def engagement_from_dict(data: dict[str, Any], customer_id: str) -> Engagement:
    """An engagement prediction."""
    probability = num(_need(data, "probability", "engagement model")
                      if "engagement_probability" not in data
                      else data["engagement_probability"], 3)
    if probability is None:
        raise AssistantError("the engagement model returned no probability", code="unavailable")
    return Engagement(
        customer_id=str(data.get("customer_id") or customer_id),
        probability=probability,
        label=str(data.get("label") or ("likely to buy again" if probability >= 0.5
                                         else "at risk of churning")),
        contributions=[contribution_from(c) for c in data.get("contributions", [])],
    )


def feedback_from_dict(raw: Any) -> FeedbackResult:
    """One analysed feedback text (FeedbackAnalysis fields, plus optional row ids)."""
    data = as_dict(raw)
    ids = as_dict(data.get("ids"))
    customer = data.get("customer_id", ids.get("customer_id"))
    feedback_id = data.get("feedback_id", ids.get("feedback_id"))
    return FeedbackResult(
        text=str(data.get("text") or ""),
        language=str(data.get("language") or "other"),
        sentiment=data.get("sentiment") or "neutral",
        score=num(data.get("score"), 3) or 0.0,
        confidence=num(data.get("confidence"), 3) or 0.0,
        themes=[str(t) for t in data.get("themes") or []],
        unmet_needs=[str(t) for t in data.get("unmet_needs") or []],
        safety_concern=bool(data.get("safety_concern")),
        safety_categories=[str(t) for t in data.get("safety_categories") or []],
        evidence=[str(t) for t in data.get("evidence", data.get("safety_evidence")) or []],
        feedback_id=None if feedback_id is None else str(feedback_id),
        customer_id=None if customer is None else str(customer),
        error=data.get("error"),
    )
