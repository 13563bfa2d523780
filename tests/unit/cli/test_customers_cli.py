"""``assistant train|score customers``, ``segment``, ``explain`` and ``segments`` as a user runs
them (subprocesses on 150 synthetic customers; models trained on the fly once per module)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel
from typer.testing import CliRunner

from recommender.customers.playbook import NAMES


def _run(artifacts: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update({"ASSISTANT_ARTIFACTS": str(artifacts), "ASSISTANT_SYNTHETIC_CUSTOMERS": "150",
                "COLUMNS": "200"})
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                          text=True, env=env, cwd=artifacts.parent, timeout=300)


@pytest.fixture(scope="module")
def first_segment(tmp_path_factory: pytest.TempPathFactory
                  ) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """A fresh artifact directory and ``segment 12347 --json`` run in it (trains first)."""
    artifacts = tmp_path_factory.mktemp("cli-customers") / "artifacts"
    return artifacts, _run(artifacts, "segment", "12347", "--json")


def test_segment_trains_the_models_when_missing(first_segment) -> None:
    _, done = first_segment
    assert done.returncode == 0, done.stderr
    assert "training them on the synthetic data" in done.stderr
    result = json.loads(done.stdout)
    assert result["customer_id"] == "12347" and result["segment_name"] in NAMES
    assert result["suggested_actions"] and "recency_days" in result["features"]


def test_explain_text_and_unknown_customer(first_segment) -> None:
    artifacts, _ = first_segment
    done = _run(artifacts, "explain", "17850")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0].startswith("Customer 17850 has a ") and "churn risk" in lines[0]
    assert lines[1].endswith("churn risk the most.")
    missing = _run(artifacts, "explain", "99999")
    assert missing.returncode == 2
    assert missing.stderr.strip() == "error: customer 99999 is not in the data"


def test_segments_table_and_json(first_segment) -> None:
    artifacts, _ = first_segment
    table = _run(artifacts, "segments")
    assert table.returncode == 0, table.stderr
    profiles = json.loads(_run(artifacts, "segments", "--json").stdout)
    assert sum(p["size"] for p in profiles) == 150
    for p in profiles:
        assert p["name"] in table.stdout and p["name"] in NAMES


def test_train_and_score_customers(first_segment) -> None:
    artifacts, _ = first_segment
    trained = _run(artifacts, "train", "customers", "--reference-date", "2011-09-10")
    assert trained.returncode == 0, trained.stderr
    assert "ROC AUC" in trained.stdout and "baselines: recency only" in trained.stdout
    late = _run(artifacts, "train", "customers", "--reference-date", "2011-12-01")
    assert late.returncode == 2 and "too late to measure" in late.stderr
    out = artifacts.parent / "scores.jsonl"
    scored = _run(artifacts, "score", "customers", "--train-date", "2011-06-11",
                  "--reference-date", "2011-09-10", "--output", str(out))
    assert scored.returncode == 0, scored.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows and f"wrote {len(rows):,} customers" in scored.stdout
    assert all(set(r) == {"customer_id", "probability", "segment"} for r in rows)


class _Reason(BaseModel):
    kind: str
    text: str


class _Item(BaseModel):
    customer_id: str
    stock_code: str
    description: str
    rank: int | None
    reasons: list[_Reason]
    already_purchased: bool


def test_explain_item_uses_the_recommenders_reasons(first_segment, monkeypatch) -> None:
    import recommender.service
    from assistant.cli import app
    from assistant.settings import get_settings

    artifacts, _ = first_segment
    calls: list[tuple[str, str]] = []

    class FakeRecommender:
        def explain_item(self, customer_id: str, stock_code: str) -> _Item:
            calls.append((customer_id, stock_code))
            return _Item(customer_id=customer_id, stock_code=stock_code,
                         description="JUMBO BAG RED", rank=3, already_purchased=False,
                         reasons=[_Reason(kind="bought_together",
                                          text="often bought with LUNCH BOX you bought")])

    monkeypatch.setattr(recommender.service, "load_champion_recommender",
                        lambda settings: FakeRecommender())
    monkeypatch.setenv("ASSISTANT_ARTIFACTS", str(artifacts))
    monkeypatch.setenv("ASSISTANT_SYNTHETIC_CUSTOMERS", "150")
    get_settings.cache_clear()
    try:
        text = CliRunner().invoke(app, ["explain", "12347", "--item", "85099b"])
        as_json = CliRunner().invoke(app, ["explain", "12347", "--item", "85099B", "--json"])
    finally:
        get_settings.cache_clear()
    assert text.exit_code == 0, text.output
    assert "Why 85099B (JUMBO BAG RED) is recommended:" in text.stdout
    assert "often bought with LUNCH BOX you bought" in text.stdout
    assert "number 3 in the customer's recommendations" in text.stdout
    assert calls[0] == ("12347", "85099B")
    payload = json.loads(as_json.stdout)
    assert payload["item"]["reasons"][0]["kind"] == "bought_together"
    assert payload["engagement"]["customer_id"] == "12347"
