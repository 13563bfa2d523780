"""``assistant feedback analyse`` and ``assistant data feedback`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.cli.conftest import CliRun


def test_jsonl_in_jsonl_out_keeps_fields_and_flags_bad_rows(cli: CliRun, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        b'{"text": "The toaster caught fire!", "country": "UK", "order": 1}\n'
        b'{"text": "Me encanta, lleg\xc3\xb3 r\xc3\xa1pido", "country": "Spain"}\n'
        b'{"text": ""}\n'
        b'not json\n'
        b'{"text": "caf\xe9 \xff bad bytes", "country": "France"}\n'
        + b'{"text": "' + b"Pas terrible. " * 400 + b'", "country": "France"}\n')
    out = tmp_path / "out.jsonl"
    done = cli("feedback", "analyse", "--input", str(source), "--output", str(out),
               "--group-by", "country")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 6
    fire, spanish, empty, broken, undecodable, long = rows
    assert fire["order"] == 1 and fire["country"] == "UK"
    assert fire["safety_concern"] and fire["safety_categories"] == ["burn_fire"]
    assert {"language", "sentiment", "score", "confidence", "themes", "unmet_needs",
            "safety_concern", "safety_categories"} <= set(fire)
    assert spanish["language"] == "es" and spanish["sentiment"] == "positive"
    assert empty["error"] == "empty text"
    assert "not valid JSON" in broken["error"] and "not UTF-8" in undecodable["error"]
    assert long["truncated"] and long["sentiment"] == "negative"
    assert "truncated" in done.stderr and "1 safety case" in done.stderr


def test_summary_table_lists_every_safety_case(cli: CliRun, tmp_path: Path) -> None:
    source = tmp_path / "reviews.csv"
    source.write_text("id,country,text\n1,France,Le chargeur a pris feu\n"
                      "2,Spain,Me salió un sarpullido\n3,France,Livraison rapide, parfait\n")
    done = cli("feedback", "analyse", "--input", str(source), "--group-by", "country")
    assert done.returncode == 0, done.stderr
    assert "France" in done.stdout and "Spain" in done.stdout
    assert "Safety concerns (2)" in done.stdout and "pris feu" in done.stdout
    assert "sarpullido" in done.stdout


@pytest.mark.parametrize(("name", "content", "message"), [
    ("no_text.csv", "id,body\n1,hello\n", 'error: the CSV file has no "text" column'),
    ("bad.pdf", "x", "error: unsupported file type '.pdf'"),
    ("reviews.txt", "Great\n", "error: cannot group by 'segment'"),
])
def test_bad_input_is_one_line_error(cli: CliRun, tmp_path: Path, name: str, content: str,
                                     message: str) -> None:
    source = tmp_path / name
    source.write_text(content)
    done = cli("feedback", "analyse", "--input", str(source), "--group-by", "segment")
    assert done.returncode == 2
    assert done.stderr.strip().startswith(message) and "Traceback" not in done.stderr


def test_data_feedback_writes_the_generated_table(cli: CliRun, tmp_path: Path) -> None:
    out = tmp_path / "feedback.csv"
    done = cli("data", "feedback", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "GENERATED" in done.stdout
    header = out.read_text().splitlines()[0].split(",")
    assert {"feedback_id", "customer_id", "country", "language", "date", "stock_code",
            "text", "generated", "planted_safety"} <= set(header)


def test_evaluate_scores_a_labelled_file(cli: CliRun, tmp_path: Path) -> None:
    labelled = tmp_path / "mine.tsv"
    labelled.write_text("# my own labelled reviews\n"
                        "en\tpositive\t-\tAbsolutely love this lamp, great value.\n"
                        "es\tnegative\tburn_fire\tEl cargador se prendió fuego.\n"
                        "fr\tnegative\t-\tLivraison en retard et colis abîmé.\n")
    done = cli("feedback", "evaluate", "--input", str(labelled), "--json")
    assert done.returncode == 0, done.stderr
    metrics = json.loads(done.stdout)
    assert metrics["examples"] == 3 and metrics["accuracy"] == 1.0
    assert metrics["safety_recall"] == 1.0 and metrics["safety_precision"] == 1.0


def test_evaluate_and_crossval_explain_what_is_missing(cli: CliRun, tmp_path: Path) -> None:
    missing = cli("feedback", "evaluate", "--input", str(tmp_path / "nope.tsv"))
    assert missing.returncode == 2 and "error: no such file" in missing.stderr
    empty = tmp_path / "empty.tsv"
    empty.write_text("just one column\n")
    unlabelled = cli("feedback", "evaluate", "--input", str(empty))
    assert unlabelled.returncode == 2 and "no labelled rows" in unlabelled.stderr
    untrained = cli("feedback", "crossval")
    assert untrained.returncode == 2 and "assistant train feedback" in untrained.stderr
    assert "Traceback" not in missing.stderr + unlabelled.stderr + untrained.stderr
