"""``assistant train recommender``, ``models list`` and ``recommend ...`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.cli.conftest import CliRun


def test_recommend_trains_on_first_use_then_lists_batches_and_explains(
        cli: CliRun, tmp_path: Path) -> None:
    done = cli("recommend", "user", "12347", "--k", "4", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["customer_id"] == "12347" and len(out["recommendations"]) == 4
    assert out["recommendations"][0]["reasons"][0]["text"]

    listed = json.loads(cli("models", "list", "--json").stdout)
    rec = [m for m in listed if m["kind"] == "recommender"]
    assert len(rec) == 1 and rec[0]["champion"] and rec[0]["primary_metric"] == "ndcg@10"
    promoted = cli("models", "promote", "recommender", rec[0]["version"])
    assert promoted.returncode == 0 and "is now the champion" in promoted.stdout
    unknown = cli("models", "promote", "recommender", "v9999")
    assert unknown.returncode == 2 and "no recommender model version 'v9999'" in unknown.stderr

    ids = tmp_path / "customers.txt"
    ids.write_text("customer_id\n12347\n99999\n17850\n")
    output = tmp_path / "recs.jsonl"
    done = cli("recommend", "batch", "--customers", str(ids), "--k", "3", "--output",
               str(output), "--model", rec[0]["path"])
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in output.read_text().splitlines()]
    assert [line["customer_id"] for line in lines] == ["12347", "17850"]
    assert all(list(line) == ["customer_id", "items", "scores", "reasons"] for line in lines)
    assert len(lines[0]["items"]) == len(lines[0]["scores"]) == len(lines[0]["reasons"]) == 3
    assert lines[0]["scores"] == sorted(lines[0]["scores"], reverse=True)
    assert "99999" in done.stderr

    similar = cli("recommend", "similar", lines[0]["items"][0], "--k", "3", "--json")
    assert similar.returncode == 0, similar.stderr
    assert 0 < len(json.loads(similar.stdout)) <= 3


def test_bad_input_is_one_line_and_exit_2(cli: CliRun, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    done = cli("recommend", "batch", "--customers", str(empty), "--output",
               str(tmp_path / "o.jsonl"))
    assert done.returncode == 2 and "error: the customers file" in done.stderr
    assert "is empty" in done.stderr and "Traceback" not in done.stderr
    done = cli("recommend", "batch", "--customers", str(empty.with_name("none.txt")),
               "--output", str(tmp_path / "o.jsonl"))
    assert done.returncode == 2 and "customers file not found" in done.stderr
    ids = tmp_path / "ids.txt"
    ids.write_text("12347\n")
    done = cli("recommend", "batch", "--customers", str(ids), "--output",
               str(tmp_path / "o.jsonl"), "--model", str(tmp_path / "missing"))
    assert done.returncode == 2 and "model directory not found" in done.stderr
    done = cli("train", "recommender", "--until", "someday")
    assert done.returncode == 2 and "use YYYY-MM-DD" in done.stderr


def test_real_data_without_a_model_says_which_command_trains_it(cli: CliRun,
                                                               tmp_path: Path) -> None:
    source = tmp_path / "tiny.csv"
    source.write_text(
        "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
        "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01T08:26:00,2.55,17850,"
        "United Kingdom\n")
    done = cli("recommend", "user", "17850", "--data", str(source))
    assert done.returncode == 2
    assert f"run assistant train recommender --data {source}" in done.stderr


def test_evaluate_prints_every_model(cli: CliRun) -> None:
    done = cli("recommend", "evaluate", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["cutoff"] == "2011-09-01"
    assert [m["model"] for m in out["models"]] == ["popularity", "itemknn", "ease", "content",
                                                   "hybrid"]
