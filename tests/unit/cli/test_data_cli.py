"""``assistant data prepare|synth`` and ``assistant config`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.cli.conftest import CliRun


def test_synth_then_prepare_json(cli: CliRun, tmp_path: Path) -> None:
    out = tmp_path / "synthetic.csv.gz"
    done = cli("data", "synth", "--customers", "80", "--seed", "3", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "for 80 customers" in done.stdout and out.exists()
    done = cli("data", "prepare", "--source", str(out), "--out", str(tmp_path / "p"), "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert set(summary) >= {"rows_read", "rows_kept", "customers", "items", "countries",
                            "date_min", "date_max", "dropped"}
    assert summary["customers"] <= 80 and summary["rows_kept"] < summary["rows_read"]
    assert (tmp_path / "p" / "transactions.parquet").exists()


def test_prepare_without_source_uses_synthetic_defaults(cli: CliRun) -> None:
    done = cli("data", "prepare")
    assert done.returncode == 0, done.stderr
    assert "rows kept" in done.stdout and "customers" in done.stdout


def test_bad_input_is_one_line_and_exit_2(cli: CliRun, tmp_path: Path) -> None:
    missing = cli("data", "prepare", "--source", str(tmp_path / "nope.csv"))
    assert missing.returncode == 2
    assert "error: source file not found" in missing.stderr
    assert "Traceback" not in missing.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("InvoiceNo,Quantity\n1,2\n")
    cols = cli("data", "prepare", "--source", str(bad))
    assert cols.returncode == 2 and "missing column(s): StockCode, Description" in cols.stderr
    wrong_env = cli("config", env={"ASSISTANT_KB_BACKEND": "elastic"})
    assert wrong_env.returncode == 2 and "kb_backend" in wrong_env.stderr
    assert "Traceback" not in wrong_env.stderr


def test_config_prints_effective_settings(cli: CliRun, tmp_path: Path) -> None:
    done = cli("config", "--json", env={"ASSISTANT_DATA": "/data/retail.xlsx"})
    values = json.loads(done.stdout)
    assert values["data"] == "/data/retail.xlsx"
    assert values["artifacts"] == str(tmp_path / "artifacts")
    assert values["effective_chat_model"] == "offline"
    table = cli("config")
    assert "ASSISTANT_ARTIFACTS" in table.stdout and "ASSISTANT_DATA" in table.stdout


def test_every_command_has_help(cli: CliRun) -> None:
    for args in (["--help"], ["data", "--help"], ["data", "prepare", "--help"],
                 ["data", "synth", "--help"], ["config", "--help"]):
        done = cli(*args)
        assert done.returncode == 0 and "Usage" in done.stdout, args
