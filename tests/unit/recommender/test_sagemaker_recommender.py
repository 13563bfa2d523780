"""The SageMaker training entry point and inference handler, run locally."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.settings import Settings
from recommender.registry import METADATA
from recommender.sagemaker import inference
from recommender.sagemaker.train import find_source, main
from recommender.service import RecommenderService
from tests.unit.recommender.models.helpers import trained_version


@pytest.fixture(scope="module")
def model(prepared_settings: Settings) -> RecommenderService:
    return inference.model_fn(str(trained_version(prepared_settings).path))


def _invoke(body: object, model: RecommenderService, content_type: str = "application/json"
            ) -> dict:
    raw = body if isinstance(body, str | bytes) else json.dumps(body)
    data = inference.input_fn(raw, content_type)
    return json.loads(inference.output_fn(inference.predict_fn(data, model), "application/json"))


def test_recommend_request(model: RecommenderService) -> None:
    out = _invoke({"customer_id": "12347", "k": 5, "exclude_purchased": True,
                   "category": None}, model)
    assert out["model_version"] == model.version.version
    recs = out["recommendations"]
    assert len(recs) == 5
    assert set(recs[0]) == {"stock_code", "description", "category", "price", "score",
                            "score_parts", "reasons"}
    assert {"kind", "text", "evidence"} <= set(recs[0]["reasons"][0])


def test_explain_request(model: RecommenderService) -> None:
    code = _invoke({"customer_id": "12347", "k": 1}, model)["recommendations"][0]["stock_code"]
    out = _invoke({"explain": {"customer_id": "12347", "stock_code": code}}, model)
    assert out["explanation"]["rank"] == 1 and out["explanation"]["stock_code"] == code


@pytest.mark.parametrize(("body", "content_type", "code", "text"), [
    ({"customer_id": "99999"}, "application/json", "not_found", "customer 99999"),
    ({"customer_id": "12347", "k": 500}, "application/json", "invalid_input", "between 1"),
    ({"customer_id": "12347", "k": "ten"}, "application/json", "invalid_input", "integer"),
    ({"k": 3}, "application/json", "invalid_input", "customer_id is required"),
    ({"explain": {"customer_id": "12347"}}, "application/json", "invalid_input", "stock_code"),
    ("{not json", "application/json", "invalid_input", "not valid JSON"),
    ("12347", "text/csv", "invalid_input", "unsupported content type"),
])
def test_errors_come_back_as_json(model: RecommenderService, body: object, content_type: str,
                                  code: str, text: str) -> None:
    out = _invoke(body, model, content_type)
    assert out["error"]["code"] == code and text in out["error"]["message"]


def test_training_entry_point_writes_a_loadable_model_dir(prepared_settings: Settings,
                                                          tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    channel = tmp_path / "training"
    channel.mkdir()
    source = Path(prepared_settings.synthetic_source)
    (channel / source.name).write_bytes(source.read_bytes())
    assert find_source(channel).name == source.name
    model_dir = tmp_path / "model"
    main(["--train", str(channel), "--model-dir", str(model_dir)])
    assert "ndcg@10" in capsys.readouterr().out
    assert (model_dir / METADATA).exists() and (model_dir / "evaluation.md").exists()
    loaded = inference.model_fn(str(model_dir))
    assert len(loaded.recommend("12347", 3)) == 3


def test_empty_training_channel_is_a_clear_error(tmp_path: Path) -> None:
    from assistant.errors import AssistantError

    with pytest.raises(AssistantError, match="no .csv, .csv.gz or .xlsx file"):
        find_source(tmp_path)
