"""Train, evaluate and register the customer models (segments + engagement) as kind "customers".

Protocol (the same for the UCI file and the synthetic data, which cover the same dates):

1. Engagement: fit on customer features at the *train date* (default 2011-06-11 on the UCI
   dates: data end + 1 day - 182 days), labelled by a purchase in the 90 days after it. The
   training set stacks that snapshot with two earlier ones (28 and 56 days before), whose
   label windows also end before the test date.
2. Test on features at the *reference date* (default 2011-09-10: data end + 1 - 91 days),
   labelled the same way: ROC AUC (primary), PR AUC, Brier, a calibration plot, and two
   baselines (recency alone; logistic regression on log RFM, tenure and distinct items).
3. Segments: K-means on features at the serving date (data end + 1 day), k by silhouette.
4. Save both models, the serving-date features, plots and metrics in one version directory.
"""

from __future__ import annotations

import json
from contextlib import nullcontext
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.preprocessing import StandardScaler

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.customers import features as F
from recommender.customers.artifacts import (
    ARTIFACT_FORMAT,
    INFO_FILE,
    KIND,
    PRIMARY,
    SEGMENTS_FILE,
    SERVING_FILE,
)
from recommender.customers.engagement import EngagementModel
from recommender.customers.plots import (
    CALIBRATION_PNG,
    SEGMENTS_PNG,
    calibration_table,
    plot_calibration,
    plot_segments,
)
from recommender.customers.segments import SegmentModel
from recommender.data import load_tables
from recommender.data.store import PreparedData
from recommender.registry import ModelVersion, Registry

SNAPSHOTS = 3
SNAPSHOT_STEP_DAYS = 28


def default_dates(data: PreparedData) -> tuple[date, date]:
    """(train date, reference date) of the protocol: 182 and 91 days before data end + 1."""
    serving = F.serving_date(data)
    reference = serving - timedelta(days=F.LABEL_DAYS + 1)
    return reference - timedelta(days=F.LABEL_DAYS + 1), reference


def _resolve_dates(data: PreparedData, train_date: Any, reference_date: Any, *,
                   need_test_labels: bool) -> tuple[pd.Timestamp, pd.Timestamp]:
    ref = F.check_reference_date(data, reference_date or default_dates(data)[1])
    train = (F.check_reference_date(data, train_date) if train_date
             else ref - pd.Timedelta(days=F.LABEL_DAYS + 1))
    label_days = pd.Timedelta(days=F.LABEL_DAYS)
    if train + label_days > ref:
        raise AssistantError(
            f"the train date {train.date()} must be at least {F.LABEL_DAYS} days before the "
            f"reference date {ref.date()}, so the training labels end before it")
    end = pd.Timestamp(F.serving_date(data))
    if need_test_labels and ref + label_days > end:
        raise AssistantError(
            f"the reference date {ref.date()} is too late to measure the model: the data must "
            f"cover the {F.LABEL_DAYS} days after it (latest possible: "
            f"{(end - label_days).date()})")
    return train, ref


def training_set(data: PreparedData, train_date: pd.Timestamp, *, snapshots: int = SNAPSHOTS,
                 step_days: int = SNAPSHOT_STEP_DAYS) -> tuple[pd.DataFrame, pd.Series]:
    """Features and labels at the train date and up to ``snapshots - 1`` earlier dates."""
    start = pd.Timestamp(F.data_range(data)[0])
    frames, labels = [], []
    for i in range(snapshots):
        when = train_date - pd.Timedelta(days=step_days * i)
        if when <= start + pd.Timedelta(days=step_days):
            break
        feats = F.customer_features(data, when)
        frames.append(feats)
        labels.append(F.engagement_labels(data, when, feats.index))
    if not frames or sum(len(f) for f in frames) < 20:
        raise AssistantError(f"too few customers before {train_date.date()} to train on")
    return pd.concat(frames), pd.concat(labels)


def fit_engagement(data: PreparedData, train_date: pd.Timestamp,
                   model: EngagementModel | None = None) -> EngagementModel:
    """The engagement model fitted on the training set at ``train_date``."""
    feats, labels = training_set(data, train_date)
    return (model or EngagementModel()).fit(feats, labels)


def _lr_matrix(feats: pd.DataFrame) -> np.ndarray:
    cols = [F.RECENCY, F.FREQUENCY, F.MONETARY, F.TENURE, F.DISTINCT_ITEMS]
    return np.log1p(np.clip(feats[cols].to_numpy(dtype=float), 0.0, None))


def _auc(y: np.ndarray, score: np.ndarray) -> float | None:
    return round(float(roc_auc_score(y, score)), 4) if len(np.unique(y)) == 2 else None


def evaluate(data: PreparedData, model: EngagementModel, train_date: pd.Timestamp,
             reference_date: pd.Timestamp) -> tuple[dict[str, Any], np.ndarray, np.ndarray]:
    """Test figures at ``reference_date``: (metrics, labels, probabilities)."""
    test = F.customer_features(data, reference_date)
    y = F.engagement_labels(data, reference_date, test.index).to_numpy()
    prob = model.predict_proba(test)
    train = F.customer_features(data, train_date)
    y_train = F.engagement_labels(data, train_date, train.index).to_numpy()
    scaler = StandardScaler().fit(_lr_matrix(train))
    logistic = LogisticRegression(max_iter=1000).fit(scaler.transform(_lr_matrix(train)),
                                                     y_train)
    lr_prob = logistic.predict_proba(scaler.transform(_lr_matrix(test)))[:, 1]
    both = len(np.unique(y)) == 2
    metrics: dict[str, Any] = {
        "roc_auc": _auc(y, prob),
        "pr_auc": round(float(average_precision_score(y, prob)), 4) if both else None,
        "brier": round(float(brier_score_loss(y, prob)), 4),
        "baselines": {"recency_only_roc_auc": _auc(y, -test[F.RECENCY].to_numpy()),
                      "logistic_regression_roc_auc": _auc(y, lr_prob)},
        "n_test": int(len(test)), "test_positive_rate": round(float(y.mean()), 4),
        "n_train_date_customers": int(len(train)),
        "train_positive_rate": round(float(y_train.mean()), 4),
        "feature_importance": model.importance(test),
        "calibration": calibration_table(y.astype(float), prob),
    }
    return metrics, y, prob


def train_customers(settings: Settings, *, reference_date: date | str | None = None,
                    train_date: date | str | None = None, promote: bool = False,
                    show_progress: bool = True) -> ModelVersion:
    """Fit, evaluate and register the segment and engagement models (kind "customers")."""
    from assistant.progress import steps

    data = load_tables(settings, show_progress=show_progress)
    train, ref = _resolve_dates(data, train_date, reference_date, need_test_labels=True)
    serving = F.serving_date(data)
    registry = Registry(settings.models_dir)
    bar = steps("Training customer models", 5) if show_progress else nullcontext(None)
    with bar as step:
        tick = step or (lambda label: None)
        model = fit_engagement(data, train)
        tick(f"engagement model fitted at {train.date()}")
        metrics, y, prob = evaluate(data, model, train, ref)
        tick(f"tested at {ref.date()}: ROC AUC {metrics['roc_auc']}")
        current = F.customer_features(data, serving)
        segments = SegmentModel().fit(current)
        clusters, _ = segments.predict(current)
        tick(f"{segments.k} segments")
        staged = registry.staging_dir(KIND)
        model.save(staged)
        (staged / SEGMENTS_FILE).write_text(json.dumps(segments.to_dict(), indent=2))
        current.to_parquet(staged / SERVING_FILE)
        info = {"format": ARTIFACT_FORMAT, "serving_date": str(serving),
                "train_date": str(train.date()), "test_date": str(ref.date()),
                "data_start": str(F.data_range(data)[0]), "data_end": str(F.data_range(data)[1])}
        (staged / INFO_FILE).write_text(json.dumps(info))
        plot_segments(current, [segments.name(c) for c in clusters], staged / SEGMENTS_PNG)
        plot_calibration(y, prob, staged / CALIBRATION_PNG,
                         f"Calibration at {ref.date()} (fitted at {train.date()})")
        tick("saved plots")
        metrics.update({
            "k": segments.k, "silhouette": segments.silhouettes_,
            "segment_sizes": {p["name"]: p["size"] for p in segments.profiles_},
            "train_date": str(train.date()), "test_date": str(ref.date()),
            "serving_date": str(serving), "n_serving_customers": int(len(current)),
        })
        params = {**model.params(), "snapshots": SNAPSHOTS,
                  "snapshot_step_days": SNAPSHOT_STEP_DAYS, "label_days": F.LABEL_DAYS,
                  "segment_features": segments.to_dict()["features"], "k_range": [3, 8],
                  "k_criterion": "highest silhouette (ties: fewer segments)"}
        version = registry.register(KIND, staged, params=params, metrics=metrics,
                                    primary_metric=PRIMARY, data_fingerprint=data.fingerprint,
                                    data_source=str(data.manifest.get("source", "")),
                                    promote=promote)
        tick(f"registered {version.version}")
    return version


def score_customers(settings: Settings, *, train_date: date | str, reference_date: date | str,
                    output: Path, show_progress: bool = True) -> int:
    """Fit at ``train_date``, score every customer with history before ``reference_date``.

    Writes one JSON line ``{"customer_id", "probability", "segment"}`` per customer to
    ``output`` and returns the number of lines. Segments come from K-means fitted on the
    train-date features.
    """
    from assistant.progress import steps

    data = load_tables(settings, show_progress=show_progress)
    train, ref = _resolve_dates(data, train_date, reference_date, need_test_labels=False)
    bar = steps("Scoring customers", 3) if show_progress else nullcontext(None)
    with bar as step:
        tick = step or (lambda label: None)
        model = fit_engagement(data, train)
        segments = SegmentModel().fit(F.customer_features(data, train))
        tick(f"fitted at {train.date()}")
        feats = F.customer_features(data, ref)
        prob = model.predict_proba(feats)
        clusters, _ = segments.predict(feats)
        tick(f"scored {len(feats):,} customers at {ref.date()}")
        output = Path(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8") as fh:
            for cid, p, c in zip(feats.index, prob, clusters, strict=True):
                fh.write(json.dumps({"customer_id": str(cid), "probability": round(float(p), 6),
                                     "segment": segments.name(int(c))}) + "\n")
        tick(f"wrote {output}")
    return len(feats)
