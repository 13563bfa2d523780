"""Customer segments: K-means on standardised log RFM features, k chosen by silhouette.

The fitted model is plain JSON (scaler, centroids, names, profiles), so the SageMaker handler
and the service need neither pickles nor scikit-learn to score. Scoring takes the *scaled*
vector in the order of :data:`SEGMENT_FEATURES` -- the same rows SageMaker's built-in K-means
would get -- and returns the closest cluster and its Euclidean distance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from assistant.errors import AssistantError
from recommender.customers import features as F
from recommender.customers.playbook import BY_NAME, NAMES, PLAYS

# Order of the scaled vector (documented input order of the SageMaker K-means handler).
SEGMENT_FEATURES: list[str] = [F.RECENCY, F.FREQUENCY, F.MONETARY, F.TENURE, F.AOV]
PROFILE_FEATURES: list[str] = [F.RECENCY, F.FREQUENCY, F.MONETARY, F.TENURE, F.AOV,
                               F.DISTINCT_ITEMS, F.RETURN_RATE, F.MEAN_GAP]
K_RANGE = range(3, 9)


def log_matrix(features: pd.DataFrame) -> np.ndarray:
    """log1p of :data:`SEGMENT_FEATURES` (spend floored at 0), one row per customer."""
    raw = features[SEGMENT_FEATURES].to_numpy(dtype=float)
    return np.log1p(np.clip(raw, 0.0, None))


@dataclass
class SegmentModel:
    """K-means segments with names. Parameters in ``__init__``; learned attributes end in ``_``.

    k criterion: the largest k in ``k_range`` whose mean silhouette is within ``tolerance``
    of the best one (near-ties go to the finer segmentation, which marketers can act on).
    """

    k_range: range = K_RANGE
    random_state: int = 7
    silhouette_sample: int = 3000
    tolerance: float = 0.05
    mean_: np.ndarray | None = None
    scale_: np.ndarray | None = None
    centroids_: np.ndarray | None = None
    names_: list[str] = field(default_factory=list)
    silhouettes_: dict[int, float] = field(default_factory=dict)
    profiles_: list[dict[str, Any]] = field(default_factory=list)

    # -- fitting ------------------------------------------------------------------------------
    def fit(self, features: pd.DataFrame) -> SegmentModel:
        """Choose k in ``k_range`` by silhouette, fit K-means, name the clusters."""
        from sklearn.cluster import KMeans
        from sklearn.metrics import silhouette_score
        from threadpoolctl import threadpool_limits

        logs = log_matrix(features)
        if len(logs) < max(self.k_range) * 3:
            raise AssistantError(f"too few customers ({len(logs)}) to find segments",
                                 code="invalid_input")
        self.mean_ = logs.mean(axis=0)
        self.scale_ = np.where(logs.std(axis=0) > 0, logs.std(axis=0), 1.0)
        scaled = (logs - self.mean_) / self.scale_
        fits: dict[int, np.ndarray] = {}
        with threadpool_limits(limits=1):  # small data: threads only add overhead
            for k in self.k_range:
                km = KMeans(n_clusters=k, n_init=4, random_state=self.random_state).fit(scaled)
                fits[k] = km.cluster_centers_
                self.silhouettes_[k] = round(float(silhouette_score(
                    scaled, km.labels_, sample_size=min(self.silhouette_sample, len(scaled)),
                    random_state=self.random_state)), 4)
        top = max(self.silhouettes_.values())
        best = max(k for k, v in self.silhouettes_.items() if v >= top - self.tolerance)
        self.centroids_, self.names_ = _name_clusters(fits[best], self.mean_, self.scale_)
        self._profile(features, scaled)
        return self

    def _profile(self, features: pd.DataFrame, scaled: np.ndarray) -> None:
        clusters, _ = self.predict_scaled(scaled)
        self.profiles_ = []
        for cid, name in enumerate(self.names_):
            members = features[clusters == cid]
            averages = {f: round(float(members[f].mean()), 3) if len(members) else 0.0
                        for f in PROFILE_FEATURES}
            self.profiles_.append({"id": cid, "name": name, "size": int(len(members)),
                                   "share": round(len(members) / max(len(features), 1), 4),
                                   "averages": averages})

    # -- scoring ---------------------------------------------------------------------------------
    def _check(self) -> None:
        if self.centroids_ is None or self.mean_ is None or self.scale_ is None:
            raise AssistantError("the segment model is not fitted", code="not_ready")

    @property
    def k(self) -> int:
        """Number of segments."""
        self._check()
        assert self.centroids_ is not None
        return len(self.centroids_)

    def scale(self, features: pd.DataFrame) -> np.ndarray:
        """The standardised log vectors (SageMaker input rows) of customers' features."""
        self._check()
        return (log_matrix(features) - self.mean_) / self.scale_

    def predict_scaled(self, scaled: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Closest cluster and Euclidean distance of each scaled row."""
        self._check()
        assert self.centroids_ is not None
        rows = np.atleast_2d(np.asarray(scaled, dtype=float))
        if rows.shape[1] != self.centroids_.shape[1]:
            raise AssistantError(
                f"each row needs {self.centroids_.shape[1]} values "
                f"({', '.join(SEGMENT_FEATURES)}), got {rows.shape[1]}")
        dist = np.linalg.norm(rows[:, None, :] - self.centroids_[None, :, :], axis=2)
        best = dist.argmin(axis=1)
        return best, dist[np.arange(len(rows)), best]

    def predict(self, features: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        """Closest cluster and distance for customers' (unscaled) features."""
        return self.predict_scaled(self.scale(features))

    def name(self, cluster: int) -> str:
        """The name of a cluster id."""
        return self.names_[int(cluster)]

    # -- persistence --------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The fitted model as JSON-ready data."""
        self._check()
        assert self.centroids_ is not None and self.mean_ is not None
        assert self.scale_ is not None
        return {"features": SEGMENT_FEATURES, "transform": "log1p then (x - mean) / scale",
                "mean": self.mean_.tolist(), "scale": self.scale_.tolist(),
                "centroids": self.centroids_.tolist(), "names": self.names_,
                "silhouettes": {str(k): v for k, v in self.silhouettes_.items()},
                "profiles": self.profiles_}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SegmentModel:
        """A model saved by :meth:`to_dict` (error for a foreign file)."""
        if data.get("features") != SEGMENT_FEATURES:
            raise AssistantError("the segment model was saved with other features: retrain it")
        return cls(mean_=np.array(data["mean"]), scale_=np.array(data["scale"]),
                   centroids_=np.array(data["centroids"]), names_=list(data["names"]),
                   silhouettes_={int(k): v for k, v in data.get("silhouettes", {}).items()},
                   profiles_=list(data.get("profiles", [])))


def _name_clusters(centroids: np.ndarray, mean: np.ndarray, scale: np.ndarray
                   ) -> tuple[np.ndarray, list[str]]:
    """Give each centroid the closest free prototype's name; order clusters by name order.

    Prototypes are scaled like the data. With more clusters than names, the extra clusters
    take the nearest name again.
    """
    from scipy.optimize import linear_sum_assignment

    protos = (np.log1p(np.array([p.prototype for p in PLAYS])) - mean) / scale
    cost = ((centroids[:, None, :] - protos[None, :, :]) ** 2).sum(axis=2)
    rows, cols = linear_sum_assignment(cost)
    names = [""] * len(centroids)
    for r, c in zip(rows, cols, strict=True):
        names[r] = NAMES[c]
    for r in range(len(centroids)):
        if not names[r]:
            names[r] = NAMES[int(cost[r].argmin())]
    order = sorted(range(len(centroids)),
                   key=lambda r: (NAMES.index(names[r]), tuple(centroids[r])))
    return centroids[order], [names[r] for r in order]


def play(name: str) -> tuple[str, list[str]]:
    """Description and suggested actions of a segment name."""
    entry = BY_NAME[name]
    return entry.description, list(entry.actions)
