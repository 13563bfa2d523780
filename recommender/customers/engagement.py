"""The engagement model: will a customer buy again within 90 days? (LightGBM, exact TreeSHAP).

Inputs are the numeric features of :mod:`recommender.customers.features` plus the country as
a categorical code. :meth:`EngagementModel.contributions` returns LightGBM's exact TreeSHAP
values (``pred_contrib=True``): per customer they sum, with the base value, to the model's raw
output (log-odds of buying again).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lightgbm as lgb
import numpy as np
import pandas as pd

from assistant.errors import AssistantError
from recommender.customers import features as F

MODEL_FEATURES: list[str] = [F.RECENCY, F.FREQUENCY, F.MONETARY, F.TENURE, F.AOV,
                             F.DISTINCT_ITEMS, F.RETURN_RATE, F.MEAN_GAP, F.ORDERS_90,
                             F.SPEND_90, F.ACTIVE_MONTHS, F.ACTIVE_MONTH_SHARE, F.WEEKEND_SHARE,
                             F.ORDER_HOUR]
INPUTS: list[str] = [*MODEL_FEATURES, F.COUNTRY]
BOOSTER_FILE = "engagement.txt"
META_FILE = "engagement.json"


@dataclass
class EngagementModel:
    """Gradient-boosted trees on customer features. ``fit`` returns self."""

    # chosen on a validation split before the test date (fit 2011-03-13, validate 2011-06-11)
    num_leaves: int = 3
    learning_rate: float = 0.01
    n_estimators: int = 800
    min_child_samples: int = 200  # capped at 5% of the training rows for small data sets
    reg_lambda: float = 5.0
    subsample: float = 0.8
    colsample: float = 0.8
    min_country_customers: int = 20
    threshold: float = 0.5
    random_state: int = 7
    booster_: lgb.Booster | None = None
    countries_: list[str] = field(default_factory=list)

    def params(self) -> dict[str, Any]:
        """Training parameters (for the registry)."""
        return {"model": "lightgbm", "num_leaves": self.num_leaves,
                "learning_rate": self.learning_rate, "n_estimators": self.n_estimators,
                "min_child_samples": self.min_child_samples, "reg_lambda": self.reg_lambda,
                "subsample": self.subsample, "colsample": self.colsample,
                "min_country_customers": self.min_country_customers,
                "threshold": self.threshold, "features": INPUTS}

    def matrix(self, features: pd.DataFrame) -> np.ndarray:
        """Model inputs: :data:`MODEL_FEATURES` then the country code (NaN when rare/unknown)."""
        codes = {c: float(i) for i, c in enumerate(self.countries_)}
        country = features[F.COUNTRY].astype(str).map(codes).astype(float).to_numpy()
        return np.column_stack([features[MODEL_FEATURES].to_numpy(dtype=float), country])

    def fit(self, features: pd.DataFrame, labels: pd.Series) -> EngagementModel:
        """Fit on one row of features per customer and a 0/1 label each."""
        y = np.asarray(labels, dtype=float)
        if len(np.unique(y)) < 2:
            raise AssistantError("cannot train the engagement model: every customer has the "
                                 "same outcome at the training date", code="invalid_input")
        counts = features[F.COUNTRY].astype(str).value_counts()
        self.countries_ = sorted(counts[counts >= self.min_country_customers].index)
        params = {"objective": "binary", "num_leaves": self.num_leaves,
                  "learning_rate": self.learning_rate,
                  "min_child_samples": max(5, min(self.min_child_samples, len(y) // 20)),
                  "lambda_l2": self.reg_lambda,
                  "bagging_fraction": self.subsample, "bagging_freq": 1,
                  "feature_fraction": self.colsample, "seed": self.random_state,
                  "deterministic": True, "num_threads": 1, "verbose": -1,
                  "cat_smooth": 10.0, "min_data_per_group": 20}
        data = lgb.Dataset(self.matrix(features), y, feature_name=INPUTS,
                           categorical_feature=[F.COUNTRY], free_raw_data=True)
        self.booster_ = lgb.train(params, data, num_boost_round=self.n_estimators)
        return self

    def _booster(self) -> lgb.Booster:
        if self.booster_ is None:
            raise AssistantError("the engagement model is not fitted", code="not_ready")
        return self.booster_

    def raw_score(self, features: pd.DataFrame) -> np.ndarray:
        """Raw output (log-odds of buying again) per customer."""
        return np.asarray(self._booster().predict(self.matrix(features), raw_score=True))

    def predict_proba(self, features: pd.DataFrame) -> np.ndarray:
        """Probability of buying again within 90 days per customer."""
        return np.asarray(self._booster().predict(self.matrix(features)))

    def contributions(self, features: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        """Exact TreeSHAP values (n x len(INPUTS)) and the base value per customer."""
        out = np.asarray(self._booster().predict(self.matrix(features), pred_contrib=True))
        return out[:, :-1], out[:, -1]

    def importance(self, features: pd.DataFrame) -> dict[str, float]:
        """Global importance: mean |TreeSHAP| per input over ``features``, largest first."""
        values, _ = self.contributions(features)
        mean_abs = np.abs(values).mean(axis=0)
        order = np.argsort(-mean_abs)
        return {INPUTS[i]: round(float(mean_abs[i]), 4) for i in order}

    # -- persistence --------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write the booster (LightGBM text) and its metadata into ``folder``."""
        self._booster().save_model(str(folder / BOOSTER_FILE))
        meta = {"inputs": INPUTS, "countries": self.countries_, "params": self.params()}
        (folder / META_FILE).write_text(json.dumps(meta, indent=2))

    @classmethod
    def load(cls, folder: Path) -> EngagementModel:
        """A model written by :meth:`save` (clear error when files are missing or foreign)."""
        booster_path, meta_path = folder / BOOSTER_FILE, folder / META_FILE
        if not booster_path.exists() or not meta_path.exists():
            raise AssistantError(f"{folder} holds no engagement model ({BOOSTER_FILE}, "
                                 f"{META_FILE})", code="not_found")
        meta = json.loads(meta_path.read_text())
        if meta.get("inputs") != INPUTS:
            raise AssistantError(f"{folder} was trained with other features: retrain it")
        params = {k: v for k, v in meta["params"].items() if k not in ("model", "features")}
        model = cls(**params)
        model.booster_ = lgb.Booster(model_file=str(booster_path))
        model.countries_ = list(meta["countries"])
        return model
