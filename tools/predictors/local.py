"""Predictors that run the champion models in-process (the ``local`` backend).

They wrap the model engineers' services (``recommender.service``,
``recommender.customers.service``, ``recommender.feedback``), loaded once per predictor on
first use. Those services import pandas and scikit-learn, so this module imports them only
inside functions: the ``sagemaker`` path never loads it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

from assistant.errors import AssistantError
from assistant.settings import Settings
from tools.outputs import FeedbackResult, ItemExplanation, SegmentCustomerOutput
from tools.predictors.base import Engagement, Recommendations, StoredFeedback
from tools.predictors.convert import (
    as_dict,
    engagement_from_dict,
    feedback_from_dict,
    item_explanation_from_dict,
    item_from_dict,
    segment_from_dict,
)


class _Lazy:
    """Load a service once, on first use, thread-safely."""

    def __init__(self, loader: Callable[[], Any]) -> None:
        self._loader = loader
        self._value: Any = None
        self._lock = threading.Lock()

    def get(self) -> Any:
        if self._value is None:
            with self._lock:
                if self._value is None:
                    self._value = self._loader()
        return self._value


class LocalRecommender:
    """The champion recommender, in-process."""

    def __init__(self, settings: Settings, service: Any | None = None) -> None:
        def load() -> Any:
            from recommender.service import load_champion_recommender

            return load_champion_recommender(settings)

        self._service = _Lazy(lambda: service) if service is not None else _Lazy(load)

    @property
    def service(self) -> Any:
        """The loaded RecommenderService."""
        return self._service.get()

    def recommend(self, customer_id: str, *, k: int, category: str | None,
                  exclude_purchased: bool) -> Recommendations:
        """Top ``k`` products for the customer."""
        service = self.service
        recs = service.recommend(customer_id, k, exclude_purchased=exclude_purchased,
                                 category=category)
        country = service.customer_country(customer_id)
        return Recommendations(customer_id=customer_id, country=country,
                               items=[item_from_dict(r, i) for i, r in enumerate(recs, start=1)])

    def explain_item(self, customer_id: str, stock_code: str) -> ItemExplanation:
        """Why the product is recommended to the customer."""
        explanation = self.service.explain_item(customer_id, stock_code)
        return item_explanation_from_dict(as_dict(explanation), stock_code)


class LocalCustomers:
    """The champion segment and engagement models, in-process."""

    def __init__(self, settings: Settings, service: Any | None = None) -> None:
        def load() -> Any:
            from recommender.customers.service import load_champion_customers

            return load_champion_customers(settings)

        self._service = _Lazy(lambda: service) if service is not None else _Lazy(load)

    @property
    def service(self) -> Any:
        """The loaded CustomerModelsService."""
        return self._service.get()

    def segment(self, customer_id: str) -> SegmentCustomerOutput:
        """The customer's segment."""
        return segment_from_dict(as_dict(self.service.segment(customer_id)), customer_id)

    def engagement(self, customer_id: str) -> Engagement:
        """The customer's engagement prediction explained."""
        return engagement_from_dict(as_dict(self.service.explain(customer_id)), customer_id)


class LocalFeedback:
    """The feedback analyser and the stored (generated) feedback table, in-process.

    ``segments`` returns customer id -> segment name; it is only called for a segment filter.
    """

    def __init__(self, settings: Settings, analyser: Any | None = None,
                 segments: Callable[[], Mapping[str, str]] | None = None) -> None:
        self.settings = settings
        self.segments = segments

        def load() -> Any:
            from recommender.feedback.analyser import build_analyser

            return build_analyser(settings)

        self._analyser = _Lazy(lambda: analyser) if analyser is not None else _Lazy(load)
        self._table = _Lazy(self._load_table)

    def _load_table(self) -> Any:
        from recommender.feedback.synth import ensure_feedback_table

        return ensure_feedback_table(self.settings)

    def analyse(self, texts: list[str]) -> list[FeedbackResult]:
        """One result per text."""
        return [feedback_from_dict(a) for a in self._analyser.get().analyse(list(texts))]

    def analyse_stored(self, filters: dict[str, str]) -> StoredFeedback:
        """Stored rows matching ``filters``, analysed."""
        from recommender.feedback.synth import select_feedback

        table = self._table.get()
        segments = None
        if filters.get("segment"):
            if self.segments is None:
                raise AssistantError("filtering feedback by segment needs the segment model",
                                     code="not_ready")
            segments = self.segments()
        rows = select_feedback(table, **filters, segments=segments)
        records = rows.to_dict("records")
        analyses = self._analyser.get().analyse([str(r["text"]) for r in records]) \
            if records else []
        results = []
        for record, analysis in zip(records, analyses, strict=True):
            data = as_dict(analysis)
            data["feedback_id"] = record.get("feedback_id")
            data["customer_id"] = record.get("customer_id")
            results.append(feedback_from_dict(data))
        generated = bool(table["generated"].all()) if "generated" in table.columns else True
        return StoredFeedback(results=results, generated=generated)


def not_ready(what: str, command: str) -> AssistantError:
    """The error for a model that has not been trained yet."""
    return AssistantError(f"the {what} has not been trained yet: run `{command}`",
                          code="not_ready")
