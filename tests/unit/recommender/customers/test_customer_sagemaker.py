"""SageMaker handlers: built-in K-means formats in and out, by-customer answers, error bodies."""

from __future__ import annotations

import json

import numpy as np
import pytest

from recommender.customers import sagemaker as sm
from recommender.customers.segments import SEGMENT_FEATURES
from recommender.registry import ModelVersion


@pytest.fixture(scope="module")
def model(customers_version: ModelVersion):  # type: ignore[no-untyped-def]
    """The model loaded the way SageMaker does: model_fn on the unpacked directory."""
    return sm.model_fn(str(customers_version.path))


def _invoke(model, body: str, content_type: str = "application/json") -> dict:  # type: ignore[no-untyped-def]
    out, accept = sm.output_fn(sm.predict_fn(sm.input_fn(body, content_type), model),
                               "application/json")
    assert accept == "application/json"
    return json.loads(out)


def test_csv_rows_answer_in_the_builtin_kmeans_format(model) -> None:
    ids = ["12347", "12583", "17850"]
    rows = model.segments.scale(model.serving_features.loc[ids])
    body = "\n".join(",".join(f"{v:.10f}" for v in row) for row in rows)
    answer = _invoke(model, body, "text/csv")
    assert list(answer) == ["predictions"] and len(answer["predictions"]) == 3
    for cid, pred in zip(ids, answer["predictions"], strict=True):
        assert set(pred) == {"closest_cluster", "distance_to_cluster"}
        assert isinstance(pred["closest_cluster"], float)
        segment = model.segment(cid)
        assert pred["closest_cluster"] == segment.segment_id
        assert pred["distance_to_cluster"] == pytest.approx(segment.distance, abs=1e-4)


def test_json_instances_and_plain_arrays(model) -> None:
    centroid = np.asarray(model.segments.centroids_[1]).tolist()
    instances = {"instances": [{"data": {"features": {"values": centroid}}},
                               {"features": [0.0] * len(SEGMENT_FEATURES)}]}
    answer = _invoke(model, json.dumps(instances))
    assert answer["predictions"][0] == {"closest_cluster": 1.0, "distance_to_cluster": 0.0}
    assert len(answer["predictions"]) == 2
    single = _invoke(model, json.dumps(centroid))
    assert single["predictions"][0]["closest_cluster"] == 1.0


def test_by_customer_id_the_task_picks_segment_or_explanation(model, monkeypatch) -> None:
    monkeypatch.setenv("ASSISTANT_SAGEMAKER_TASK", "segments")
    segment = _invoke(model, json.dumps({"customer_id": "12347"}))
    assert segment["segment_name"] == model.segment("12347").segment_name
    assert segment["suggested_actions"] and segment["as_of"] == "2011-12-10"
    monkeypatch.setenv("ASSISTANT_SAGEMAKER_TASK", "engagement")
    explanation = _invoke(model, json.dumps({"customer_id": 12347}))
    assert explanation["probability"] == pytest.approx(model.explain("12347").probability)
    assert explanation["contributions"][0]["sentence"]
    forced = _invoke(model, json.dumps({"customer_id": "12347", "action": "segment"}))
    assert forced["segment_id"] == segment["segment_id"]
    profiles = _invoke(model, json.dumps({"action": "profiles"}))
    assert len(profiles["profiles"]) == model.segments.k


@pytest.mark.parametrize(("body", "content_type", "code", "text"), [
    ('{"customer_id": "99999"}', "application/json", "not_found",
     "customer 99999 is not in the data"),
    ("1,2,x", "text/csv", "invalid_input", "numbers only"),
    ("1,2", "text/csv", "invalid_input", "each row needs 5 values"),
    ("{not json", "application/json", "invalid_input", "not valid JSON"),
    ("a", "application/x-recordio-protobuf", "invalid_input", "unsupported content type"),
    ('{"customer_id": "12347", "action": "delete"}', "application/json", "invalid_input",
     "unknown action"),
])
def test_bad_requests_come_back_as_error_bodies(model, body: str, content_type: str,
                                                code: str, text: str) -> None:
    answer = _invoke(model, body, content_type)
    assert answer["error"]["code"] == code and text in answer["error"]["message"]
