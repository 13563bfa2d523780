"""The JSONL case format: the public suite loads, bad files fail naming line and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import AssistantError
from evals.dataset import TOOL_NAMES, load_dataset

PUBLIC = Path(__file__).resolve().parents[3] / "evals" / "datasets" / "public.jsonl"
GOOD = {"id": "rec-001", "turns": ["What should we recommend to customer 12347?"],
        "expected_tools": [{"name": "recommend-for-user", "args": {"customer_id": "12347"}}],
        "tool_match": "superset", "must_include": ["12347"], "must_not_include": [],
        "expected_sources": [], "expect": "answer", "tags": ["recommend"]}


def write(tmp_path: Path, rows: list[object]) -> Path:
    path = tmp_path / "suite.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def test_public_suite_covers_the_product() -> None:
    cases = load_dataset(PUBLIC).cases
    assert len(cases) >= 80
    tags = {t for c in cases for t in c.tags}
    assert {"multi", "follow-up", "clarify", "refuse", "unknown-id", "injection", "es", "fr",
            "kb"} <= tags
    called = {t.name for c in cases for t in c.expected_tools}
    assert called == set(TOOL_NAMES)
    assert any(len(c.turns) > 1 for c in cases)
    assert any(c.expected_sources for c in cases)
    injections = [c for c in cases if "injection" in c.tags]
    assert injections and all(c.tool_match == "exact" and
                              [t.name for t in c.expected_tools] == ["analyse-feedback-sentiment"]
                              for c in injections)


def test_public_suite_cites_only_documents_that_exist() -> None:
    docs_dir = PUBLIC.parents[2] / "knowledge_base" / "docs"
    if not docs_dir.is_dir():
        pytest.skip("knowledge base documents not present")
    ids = {p.stem for p in docs_dir.glob("*.md")} | {
        "model-card-recommender", "model-card-customers", "model-card-feedback"}
    cited = {s for c in load_dataset(PUBLIC).cases for s in c.expected_sources}
    assert cited <= ids, cited - ids


def test_minimal_case_gets_defaults(tmp_path: Path) -> None:
    case = load_dataset(write(tmp_path, [{"id": "a", "turns": ["hello"]}])).cases[0]
    assert case.tool_match == "superset" and case.expect == "answer" and case.expected_tools == []


def test_blank_and_comment_lines_are_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, ["# private suite", "", GOOD])
    assert [c.id for c in load_dataset(path).cases] == ["rec-001"]


@pytest.mark.parametrize(("row", "field"), [
    ({**GOOD, "tool_match": "some"}, "tool_match"),
    ({**GOOD, "expect": "maybe"}, "expect"),
    ({**GOOD, "turns": []}, "turns"),
    ({**GOOD, "turns": ["  "]}, "turns"),
    ({**GOOD, "expected_tools": [{"name": "send-email"}]}, "expected_tools.0.name"),
    ({**GOOD, "expected_tools": [{"name": "segment-customer", "argz": {}}]},
     "expected_tools.0.argz"),
    ({**GOOD, "must_include": ["re:([unclosed"]}, "must_include"),
    ({k: v for k, v in GOOD.items() if k != "id"}, "id"),
    ({**GOOD, "tool_match": "none"}, "(case)"),
])
def test_bad_case_names_line_and_field(tmp_path: Path, row: dict, field: str) -> None:
    path = write(tmp_path, [{**GOOD, "id": "ok-1"}, row])
    with pytest.raises(AssistantError) as err:
        load_dataset(path)
    assert "line 2" in err.value.message
    assert f"'{field}'" in err.value.message


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, [GOOD, '{"id": "x", "turns": ['])
    with pytest.raises(AssistantError, match="line 2: not valid JSON"):
        load_dataset(path)


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(AssistantError, match="line 2: field 'id': duplicate id 'rec-001'"):
        load_dataset(write(tmp_path, [GOOD, GOOD]))


def test_unknown_keys_are_ignored_with_a_warning(tmp_path: Path) -> None:
    dataset = load_dataset(write(tmp_path, [{**GOOD, "owner": "crm-team"}]))
    assert dataset.cases[0].id == "rec-001"
    assert "owner" in dataset.warnings[0] and "line 1" in dataset.warnings[0]


def test_missing_or_empty_file(tmp_path: Path) -> None:
    with pytest.raises(AssistantError, match="does not exist"):
        load_dataset(tmp_path / "nope.jsonl")
    with pytest.raises(AssistantError, match="no cases"):
        load_dataset(write(tmp_path, ["# nothing"]))


@pytest.mark.parametrize("path", sorted(PUBLIC.parent.glob("*.jsonl")), ids=lambda p: p.name)
def test_every_shipped_suite_loads_without_warnings(path: Path) -> None:
    dataset = load_dataset(path)
    assert dataset.cases and not dataset.warnings
