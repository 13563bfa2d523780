"""Train, evaluate and register the recommender.

1. Tune the hybrid's blend weights on a validation window that ends at the evaluation cutoff
   (train before ``cutoff - validation_days``, validate up to the cutoff): the test window
   after the cutoff is never used for tuning.
2. Evaluate every model (popularity, item-kNN, EASE, content, hybrid) with the time split at
   the cutoff (:mod:`recommender.evaluation`).
3. Fit the hybrid on all the data for serving, save it with the evaluation report (markdown,
   JSON, bar chart) and register it as kind ``recommender`` with primary metric ``ndcg@10``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.data import load_tables
from recommender.data.columns import T
from recommender.data.store import PreparedData
from recommender.evaluation import (
    ModelReport,
    Split,
    evaluate,
    parse_cutoff,
    ranking_metrics,
    time_split,
    write_report,
)
from recommender.models.base import Recommender, top_k
from recommender.models.content import ContentRecommender
from recommender.models.ease import EASERecommender
from recommender.models.hybrid import COMPONENTS, DEFAULT_WEIGHTS, HybridRecommender
from recommender.models.interactions import InteractionData
from recommender.models.itemknn import ItemKNNRecommender
from recommender.models.popularity import PopularityRecommender
from recommender.models.storage import is_compatible, save_hybrid
from recommender.registry import ModelVersion, Registry

KIND = "recommender"
PRIMARY = "ndcg@10"
VALIDATION_DAYS = 98
WEIGHT_GRID = (0.0, 0.05, 0.1, 0.2, 0.4, 0.7, 1.0, 1.5, 2.0, 3.0)
HYBRID_PARAMS: dict[str, object] = {"max_per_category": 6}


def baselines() -> list[Recommender]:
    """The models the hybrid is compared with, in table order."""
    return [PopularityRecommender(window_days=90), ItemKNNRecommender(),
            EASERecommender(l2=500.0), ContentRecommender()]


@dataclass
class Evaluation:
    """Result of :func:`evaluate_models`."""

    cutoff: str
    reports: list[ModelReport]
    weights: dict[str, float]
    validation_ndcg: float | None

    @property
    def hybrid(self) -> ModelReport:
        """The hybrid's figures."""
        return next(r for r in self.reports if r.model == "hybrid")


def _ndcg(scores: np.ndarray, split: Split, k: int) -> float:
    return ranking_metrics(top_k(scores, k), split.relevant, k)["ndcg"]


def tune_weights(transactions: pd.DataFrame, items: pd.DataFrame, cutoff: pd.Timestamp, *,
                 validation_days: int = VALIDATION_DAYS, k: int = 10, passes: int = 2
                 ) -> tuple[dict[str, float], float | None]:
    """Blend weights by coordinate ascent on the validation window before ``cutoff``.

    Returns the default weights (and None) when the window has no usable customers.
    """
    start = cutoff - pd.Timedelta(days=validation_days)
    try:
        split = time_split(transactions, items, start, end=cutoff)
    except AssistantError:
        return dict(DEFAULT_WEIGHTS), None
    model = HybridRecommender(**HYBRID_PARAMS).fit_data(split.data)  # type: ignore[arg-type]
    parts = {name: np.asarray(v, dtype=np.float32)
             for name, v in model.components(split.rows).items()}
    bought = split.data.bought[split.rows].nonzero()

    def score(weights: dict[str, float]) -> float:
        blended = model.blend(parts, weights)
        blended[bought] = -np.inf
        return _ndcg(blended, split, k)

    weights = dict(DEFAULT_WEIGHTS)
    best = score(weights)
    for _ in range(passes):
        for name in COMPONENTS:
            if name == "ease":
                continue  # the anchor: the others are relative to it
            for value in WEIGHT_GRID:
                trial = {**weights, name: value}
                result = score(trial)
                if result > best + 1e-6:
                    best, weights = result, trial
    return weights, best


def evaluate_models(prepared: PreparedData, *, until: date | str | None = None, k: int = 10,
                    tune: bool = True, step: Callable[[str], None] | None = None) -> Evaluation:
    """Tune the hybrid on validation, then evaluate every model at the cutoff ``until``."""
    step = step or (lambda _label: None)
    tx, items = prepared.transactions, prepared.items
    cutoff = default_cutoff(tx) if until is None else parse_cutoff(until)
    split = time_split(tx, items, cutoff)
    step("tuning blend weights on the validation window")
    weights, val_ndcg = (tune_weights(tx, items, cutoff, k=k) if tune
                         else (dict(DEFAULT_WEIGHTS), None))
    models = [*baselines(), HybridRecommender(weights=weights, **HYBRID_PARAMS)]  # type: ignore[arg-type]
    reports = []
    for model in models:
        step(f"evaluating {model.name}")
        started = time.perf_counter()
        model.fit_data(split.data)
        reports.append(evaluate(model, split, k, fit_seconds=time.perf_counter() - started))
    return Evaluation(cutoff=str(cutoff.date()), reports=reports, weights=weights,
                      validation_ndcg=val_ndcg)


def default_cutoff(transactions: pd.DataFrame) -> pd.Timestamp:
    """2011-09-01 (the UCI protocol) when the data spans it, else the day that leaves the
    last quarter of the data's time range for testing."""
    cutoff = parse_cutoff(None)
    first, last = transactions[T.DATE].min(), transactions[T.DATE].max()
    if first + pd.Timedelta(days=30) < cutoff < last - pd.Timedelta(days=14):
        return cutoff
    return (first + (last - first) * 0.75).normalize()


def fit_final(prepared: PreparedData, weights: dict[str, float]) -> HybridRecommender:
    """The serving model: the hybrid fitted on all the data (every customer a row)."""
    countries = prepared.customers.set_index("customer_id")["country"]
    data = InteractionData.build(prepared.transactions, prepared.items, customers=countries)
    model = HybridRecommender(weights=weights, **HYBRID_PARAMS).fit_data(data)  # type: ignore[arg-type]
    model.cache_heavy_()
    return model


def train_recommender(settings: Settings, *, until: date | str | None = None,
                      promote: bool = False, show_progress: bool = True, k: int = 10,
                      tune: bool = True) -> ModelVersion:
    """Train, evaluate (time split at ``until``, default 2011-09-01) and register."""
    started = time.perf_counter()
    if show_progress:
        from assistant.progress import steps

        bar = steps("Training the recommender", 9)
    else:
        bar = nullcontext(lambda _label: None)  # type: ignore[assignment]
    with bar as step:
        prepared = load_tables(settings, show_progress=show_progress)
        step("data loaded")
        evaluation = evaluate_models(prepared, until=until, k=k, tune=tune, step=step)
        step("fitting the hybrid on all data")
        model = fit_final(prepared, evaluation.weights)
        registry = Registry(settings.models_dir)
        staged = registry.staging_dir(KIND)
        save_hybrid(model, staged)
        write_report(evaluation.reports, staged, cutoff=evaluation.cutoff)
        step("saved")
    hybrid = evaluation.hybrid
    metrics: dict[str, object] = {
        PRIMARY: hybrid.ndcg, f"precision@{k}": hybrid.precision, f"recall@{k}": hybrid.recall,
        f"map@{k}": hybrid.map, f"hit_rate@{k}": hybrid.hit_rate, "coverage": hybrid.coverage,
        "novelty": hybrid.novelty, "test_customers": hybrid.customers,
        "validation_ndcg@10": evaluation.validation_ndcg,
        "models": {r.model: r.model_dump() for r in evaluation.reports},
        "train_seconds": round(time.perf_counter() - started, 2),
    }
    params = {"cutoff": evaluation.cutoff, "k": k, "weights": evaluation.weights,
              "validation_days": VALIDATION_DAYS, **model.get_params()}
    current = registry.champion(KIND, prepared.fingerprint)
    if current is not None and not is_compatible(current.path):
        promote = True  # a champion this code cannot load must not stay in service
    return registry.register(
        KIND, staged, params=params, metrics=metrics, primary_metric=PRIMARY,
        data_fingerprint=prepared.fingerprint, data_source=str(prepared.manifest.get("source", "")),
        promote=promote,
    )
