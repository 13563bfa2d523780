"""K-means segments: k by silhouette, names from the fixed list, JSON round trip."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from assistant.errors import AssistantError
from recommender.customers import features as F
from recommender.customers.playbook import NAMES, PLAYS
from recommender.customers.segments import SEGMENT_FEATURES, SegmentModel, _name_clusters

FIXED = ("Champions", "Loyal regulars", "Big spenders", "New customers", "At risk",
         "Hibernating", "Occasional buyers")


def _customers(n: int = 300, seed: int = 0) -> pd.DataFrame:
    """Customers drawn around the playbook's prototypes (real units)."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        proto = np.array(PLAYS[i % len(PLAYS)].prototype)
        rows.append(proto * np.exp(rng.normal(0, 0.15, size=len(proto))))
    frame = pd.DataFrame(rows, columns=SEGMENT_FEATURES, index=[f"c{i}" for i in range(n)])
    for col in (F.DISTINCT_ITEMS, F.RETURN_RATE, F.MEAN_GAP):
        frame[col] = 1.0
    return frame


def test_the_names_are_the_fixed_list_with_actions() -> None:
    assert NAMES == FIXED
    for play in PLAYS:
        assert play.description and 2 <= len(play.actions) <= 4


def test_k_is_chosen_by_silhouette_and_every_cluster_has_a_listed_name() -> None:
    feats = _customers()
    model = SegmentModel().fit(feats)
    assert set(model.silhouettes_) == set(range(3, 9))
    top = max(model.silhouettes_.values())
    assert model.silhouettes_[model.k] >= top - model.tolerance
    assert all(v < top - model.tolerance for k, v in model.silhouettes_.items() if k > model.k)
    assert set(model.names_) <= set(FIXED)
    if model.k <= len(FIXED):
        assert len(set(model.names_)) == model.k
    sizes = [p["size"] for p in model.profiles_]
    assert sum(sizes) == len(feats)


def test_seven_well_separated_groups_get_their_own_names() -> None:
    feats = _customers(700)
    model = SegmentModel(k_range=range(7, 8)).fit(feats)
    clusters, _ = model.predict(feats)
    truth = [PLAYS[i % len(PLAYS)].name for i in range(len(feats))]
    agree = np.mean([model.name(c) == t for c, t in zip(clusters, truth, strict=True)])
    assert agree > 0.9


def test_prototype_centroids_are_named_after_their_prototype() -> None:
    logs = np.log1p(np.array([p.prototype for p in PLAYS]))
    mean, scale = logs.mean(axis=0), logs.std(axis=0)
    shuffled = [4, 0, 6, 2]
    centroids, names = _name_clusters(((logs - mean) / scale)[shuffled], mean, scale)
    assert names == sorted((NAMES[i] for i in shuffled), key=NAMES.index)
    assert len(centroids) == 4


def test_json_round_trip_scores_the_same() -> None:
    feats = _customers()
    model = SegmentModel().fit(feats)
    again = SegmentModel.from_dict(model.to_dict())
    for a, b in zip(model.predict(feats), again.predict(feats), strict=True):
        np.testing.assert_allclose(a, b)
    assert again.names_ == model.names_


def test_scoring_checks_the_row_width_and_fitting() -> None:
    model = SegmentModel().fit(_customers())
    with pytest.raises(AssistantError, match="each row needs 5 values"):
        model.predict_scaled([[0.0, 1.0]])
    with pytest.raises(AssistantError, match="not fitted"):
        SegmentModel().predict_scaled([[0.0] * 5])
    with pytest.raises(AssistantError, match="too few customers"):
        SegmentModel().fit(_customers(10))
