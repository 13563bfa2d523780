"""The customer models at serving time: segment, explain, profiles and batch scores.

A version directory holds everything needed for the serving date (the features of every
customer at data end + 1 day), so :meth:`CustomerModelsService.segment` and
:meth:`~CustomerModelsService.explain` need no raw data. Other dates (``as_of=`` or
:meth:`~CustomerModelsService.score`) compute features from the prepared tables, loaded on
first use.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.customers import features as F
from recommender.customers.artifacts import (
    ARTIFACT_FORMAT,
    INFO_FILE,
    KIND,
    SEGMENTS_FILE,
    SERVING_FILE,
)
from recommender.customers.engagement import EngagementModel
from recommender.customers.explain import explain_row
from recommender.customers.schemas import EngagementExplanation, SegmentProfile, SegmentResult
from recommender.customers.segments import PROFILE_FEATURES, SegmentModel, play
from recommender.data.store import PreparedData
from recommender.registry import ModelVersion, Registry, load_version

NOT_READY = "the engagement model has not been trained yet: run assistant train customers"


def normalise_id(customer_id: Any) -> str:
    """A customer id as the data spells it ("12347"; accepts 12347, "12347.0", " 12347 ")."""
    text = str(customer_id).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if not text:
        raise AssistantError("a customer id is required")
    return text


class CustomerModelsService:
    """Segments and the explained engagement prediction for customers."""

    def __init__(self, segments: SegmentModel, engagement: EngagementModel,
                 serving: pd.DataFrame, info: dict[str, Any], *,
                 version: ModelVersion | None = None,
                 data: PreparedData | Callable[[], PreparedData] | None = None) -> None:
        self.segments = segments
        self.engagement = engagement
        self.serving_features = serving
        self.info = info
        self.version = version
        self._data = data
        self.serving_date = date.fromisoformat(info["serving_date"])
        clusters, distances = segments.predict(serving)
        self._clusters = pd.Series(clusters, index=serving.index)
        self._distances = pd.Series(distances, index=serving.index)
        self._positions = {cid: i for i, cid in enumerate(serving.index)}
        self._shap: tuple[np.ndarray, np.ndarray] | None = None

    # -- loading ------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | str, *,
             data: PreparedData | Callable[[], PreparedData] | None = None
             ) -> CustomerModelsService:
        """The models of a version directory (clear error for a missing or foreign one).

        ``data`` (tables or a loader) is only needed for dates other than the serving date.
        """
        path = Path(path)
        version = load_version(path)
        if version.kind != KIND:
            raise AssistantError(f"{path} holds a {version.kind!r} model, not customer models")
        info_path = path / INFO_FILE
        if not info_path.exists() or not (path / SEGMENTS_FILE).exists():
            raise AssistantError(f"{path} is missing customer model files; retrain with "
                                 "assistant train customers", code="not_found")
        info = json.loads(info_path.read_text())
        if info.get("format") != ARTIFACT_FORMAT:
            raise AssistantError(f"{path} was written by an incompatible version: retrain with "
                                 "assistant train customers")
        segments = SegmentModel.from_dict(json.loads((path / SEGMENTS_FILE).read_text()))
        engagement = EngagementModel.load(path)
        serving = pd.read_parquet(path / SERVING_FILE)
        return cls(segments, engagement, serving, info, version=version, data=data)

    def _tables(self) -> PreparedData:
        if self._data is None:
            raise AssistantError("customer features for another date need the prepared data, "
                                 "which this service was loaded without", code="not_ready")
        if callable(self._data):
            self._data = self._data()
        return self._data

    # -- features ---------------------------------------------------------------------------------
    def known(self, customer_id: str) -> bool:
        """True when the customer has purchases in the data."""
        return customer_id in self.serving_features.index

    def features_of(self, customer_id: Any, as_of: date | str | None = None
                    ) -> tuple[str, pd.Series, date]:
        """(normalised id, feature row, reference date) with the errors a marketer can read."""
        cid = normalise_id(customer_id)
        if not self.known(cid):
            raise AssistantError(f"customer {cid} is not in the data", code="not_found",
                                 details={"customer_id": cid})
        if as_of is None or F.as_timestamp(as_of).date() == self.serving_date:
            row = pd.Series(self.serving_features.loc[cid])
            return cid, row, self.serving_date
        data = self._tables()
        when = F.check_reference_date(data, as_of)
        feats = F.customer_features(data, when, [cid])
        if cid not in feats.index:
            raise AssistantError(
                f"customer {cid} has no purchases before {when.date()}, so there is nothing to "
                "base a segment or prediction on", code="not_found",
                details={"customer_id": cid, "reference_date": str(when.date())})
        found = pd.Series(feats.loc[cid])
        return cid, found, when.date()

    # -- answers ------------------------------------------------------------------------------------
    def segment(self, customer_id: Any, as_of: date | str | None = None) -> SegmentResult:
        """The customer's segment with their features beside the segment's averages."""
        cid, row, when = self.features_of(customer_id, as_of)
        if when == self.serving_date:
            cluster, distance = int(self._clusters[cid]), float(self._distances[cid])
        else:
            c, d = self.segments.predict(row.to_frame().T)
            cluster, distance = int(c[0]), float(d[0])
        profile = self.segments.profiles_[cluster]
        name = profile["name"]
        description, actions = play(name)
        shown = [*PROFILE_FEATURES, F.ORDERS_90, F.SPEND_90, F.ACTIVE_MONTHS]
        members = self.serving_features[self._clusters == cluster]
        averages = {f: round(float(members[f].mean()), 3) for f in shown}
        return SegmentResult(
            customer_id=cid, segment_id=cluster, segment_name=name,
            distance=round(distance, 4), description=description, suggested_actions=actions,
            features={f: round(float(row[f]), 3) for f in shown}, segment_averages=averages,
            feature_labels={f: F.FEATURE_LABELS[f] for f in shown},
            segment_size=int(profile["size"]), country=str(row[F.COUNTRY]), as_of=when)

    def explain(self, customer_id: Any, as_of: date | str | None = None
                ) -> EngagementExplanation:
        """Probability of buying again within 90 days, with exact TreeSHAP contributions."""
        cid, row, when = self.features_of(customer_id, as_of)
        shap = None
        if when == self.serving_date:
            if self._shap is None:  # every serving customer at once: one fast batch
                self._shap = self.engagement.contributions(self.serving_features)
            i = self._positions[cid]
            shap = (self._shap[0][i], float(self._shap[1][i]))
        return explain_row(self.engagement, row, cid, when, shap)

    def profiles(self) -> list[SegmentProfile]:
        """Every segment: size and average recency, frequency and spend at the serving date."""
        out = []
        for p in self.segments.profiles_:
            description, actions = play(p["name"])
            avg = p["averages"]
            out.append(SegmentProfile(
                id=p["id"], name=p["name"], description=description, size=p["size"],
                share=p.get("share", 0.0), avg_recency_days=avg[F.RECENCY],
                avg_frequency=avg[F.FREQUENCY], avg_monetary=avg[F.MONETARY], actions=actions))
        return out

    def segment_names(self) -> dict[str, str]:
        """Customer id -> segment name at the serving date (e.g. to filter feedback)."""
        return {str(cid): self.segments.name(c) for cid, c in self._clusters.items()}

    def score(self, reference_date: date | str | None = None) -> Iterator[dict[str, Any]]:
        """``{"customer_id", "probability", "segment"}`` for every customer with history
        before the reference date (the serving date by default)."""
        if reference_date is None or F.as_timestamp(reference_date).date() == self.serving_date:
            feats, clusters = self.serving_features, self._clusters.to_numpy()
        else:
            data = self._tables()
            feats = F.customer_features(data, F.check_reference_date(data, reference_date))
            clusters = self.segments.predict(feats)[0]
        prob = self.engagement.predict_proba(feats)
        for cid, p, c in zip(feats.index, prob, clusters, strict=True):
            yield {"customer_id": str(cid), "probability": round(float(p), 6),
                   "segment": self.segments.name(int(c))}


def load_champion_customers(settings: Settings, *, show_progress: bool = False
                            ) -> CustomerModelsService:
    """The champion customer models for the current data (not_ready when none is trained)."""
    from recommender.data import load_tables
    from recommender.data.store import ensure_prepared, read_manifest

    manifest = read_manifest(ensure_prepared(settings, show_progress=show_progress)) or {}
    champion = Registry(settings.models_dir).champion(KIND, manifest.get("fingerprint"))
    if champion is None:
        raise AssistantError(NOT_READY, code="not_ready")
    return CustomerModelsService.load(
        champion.path, data=lambda: load_tables(settings, show_progress=False))
