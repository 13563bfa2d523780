"""``assistant kb ingest|search|sync|evaluate`` as a user runs them."""

from __future__ import annotations

import json
import re

from tests.unit.cli.conftest import CliRun


def test_ingest_then_search_json_and_text(cli: CliRun) -> None:
    done = cli("kb", "ingest")
    assert done.returncode == 0, done.stderr
    assert re.match(r"\d+ documents, \d+ chunks \(\d+ re-embedded, 0 unchanged\)", done.stdout)
    found = cli("kb", "search", "discount ceiling for at-risk customers", "--k", "2", "--json")
    assert found.returncode == 0, found.stderr
    passages = json.loads(found.stdout)
    assert len(passages) == 2 and passages[0]["doc_id"] == "playbook-at-risk"
    assert set(passages[0]) == {"doc_id", "title", "section", "source_uri", "text", "score"}
    text = cli("kb", "search", "return window for unused items", "--doc", "returns-policy")
    assert text.returncode == 0, text.stderr
    assert "source: kb://returns-policy#" in text.stdout and "30 days" in text.stdout


def test_evaluate_json_reports_recall_and_mrr(cli: CliRun) -> None:
    done = cli("kb", "evaluate", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["questions"] >= 40 and report["k"] == 3 and report["backend"] == "local"
    assert report["recall_at_k"] >= 0.9 and 0 < report["mrr"] <= 1


def test_bad_input_is_one_line_and_exit_2(cli: CliRun) -> None:
    empty = cli("kb", "search", "   ")
    assert empty.returncode == 2 and "error: the knowledge-base query is empty" in empty.stderr
    sync = cli("kb", "sync")
    assert sync.returncode == 2 and "Traceback" not in sync.stderr
    assert "error: kb sync to Bedrock needs ASSISTANT_ARTIFACT_BUCKET" in sync.stderr
