"""Predictors that run the champion models in-process (the ``local`` backend).

They wrap the model engineers' services (``recommender.service``,
``recommender.customers.service``, ``recommender.feedback``), loaded once per predictor on
first use. Those services import pandas and scikit-learn, so this module imports them only
inside functions: the ``sagemaker`` path never loads it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel

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

M = TypeVar("M", bound=BaseModel)


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


# Model answers are computed one at a time. They are pure-Python/numpy work under the GIL,
# so running them side by side gains nothing; it only makes threads take the GIL from each
# other every switch interval in random order, which (8 concurrent API clients) turned a
# 0.5 ms answer into 40+ ms at the 99th percentile. Threads waiting here sleep instead.
# Re-entrant, in case an answer ever needs another remembered answer.
_COMPUTE = threading.RLock()


class _Memo:
    """Remember answers of one loaded model (they never change for it): a bounded LRU of
    pydantic answers, handed out as copies so callers cannot alter the cached one.

    An answer is kept as its JSON when that reads back equal (pydantic-core rebuilds it
    several times faster than ``copy.deepcopy``), else as a deep copy.
    """

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._data: OrderedDict[tuple[Any, ...], tuple[type[BaseModel], str | BaseModel]] = (
            OrderedDict())
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...], compute: Callable[[], M]) -> M:
        with self._lock:
            hit = self._data.get(key)
            if hit is not None:
                self._data.move_to_end(key)
        if hit is not None:
            kind, kept = hit
            if isinstance(kept, str):
                return kind.model_validate_json(kept)  # type: ignore[return-value]
            return kept.model_copy(deep=True)  # type: ignore[return-value]
        with _COMPUTE:
            value = compute()
            stored = _frozen(value)
        with self._lock:
            self._data[key] = (type(value), stored)
            if len(self._data) > self.size:
                self._data.popitem(last=False)
        return value


def _frozen(value: BaseModel) -> str | BaseModel:
    """``value`` as JSON when it reads back equal (not with NaN, say), else a deep copy."""
    text = value.model_dump_json()
    try:
        same = type(value).model_validate_json(text) == value
    except ValueError:
        same = False
    return text if same else value.model_copy(deep=True)


class LocalRecommender:
    """The champion recommender, in-process."""

    def __init__(self, settings: Settings, service: Any | None = None) -> None:
        def load() -> Any:
            from recommender.service import load_champion_recommender

            return load_champion_recommender(settings)

        self._service = _Lazy(lambda: service) if service is not None else _Lazy(load)
        self._memo = _Memo()

    @property
    def service(self) -> Any:
        """The loaded RecommenderService."""
        return self._service.get()

    def recommend(self, customer_id: str, *, k: int, category: str | None,
                  exclude_purchased: bool) -> Recommendations:
        """Top ``k`` products for the customer."""
        return self._memo.get(("recommend", customer_id, k, category, exclude_purchased),
                              lambda: self._recommend(customer_id, k, category,
                                                      exclude_purchased))

    def _recommend(self, customer_id: str, k: int, category: str | None,
                   exclude_purchased: bool) -> Recommendations:
        service = self.service
        recs = service.recommend(customer_id, k, exclude_purchased=exclude_purchased,
                                 category=category)
        country = service.customer_country(customer_id)
        return Recommendations(customer_id=customer_id, country=country,
                               items=[item_from_dict(r, i) for i, r in enumerate(recs, start=1)])

    def explain_item(self, customer_id: str, stock_code: str) -> ItemExplanation:
        """Why the product is recommended to the customer."""
        return self._memo.get(("explain", customer_id, stock_code), lambda: (
            item_explanation_from_dict(as_dict(self.service.explain_item(customer_id,
                                                                          stock_code)),
                                       stock_code)))


class LocalCustomers:
    """The champion segment and engagement models, in-process."""

    def __init__(self, settings: Settings, service: Any | None = None) -> None:
        def load() -> Any:
            from recommender.customers.service import load_champion_customers

            return load_champion_customers(settings)

        self._service = _Lazy(lambda: service) if service is not None else _Lazy(load)
        self._names = _Lazy(lambda: dict(self.service.segment_names()))
        self._memo = _Memo()

    @property
    def service(self) -> Any:
        """The loaded CustomerModelsService."""
        return self._service.get()

    def segment(self, customer_id: str) -> SegmentCustomerOutput:
        """The customer's segment."""
        return self._memo.get(("segment", customer_id), lambda: segment_from_dict(
            as_dict(self.service.segment(customer_id)), customer_id))

    def segment_name(self, customer_id: str) -> str | None:
        """Just the segment's name (a dictionary lookup; None for an unknown customer)."""
        return self._names.get().get(customer_id)

    def segment_names(self) -> dict[str, str]:
        """Customer id -> segment name for every customer."""
        return self._names.get()

    def engagement(self, customer_id: str) -> Engagement:
        """The customer's engagement prediction explained."""
        return self._memo.get(("engagement", customer_id), lambda: engagement_from_dict(
            as_dict(self.service.explain(customer_id)), customer_id))


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
