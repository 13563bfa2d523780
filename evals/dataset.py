"""Eval cases: the JSONL format every suite uses (public or private) and its loader.

One JSON object a line::

    {"id": "rec-001", "turns": ["What should we recommend to customer 12347?"],
     "expected_tools": [{"name": "recommend-for-user", "args": {"customer_id": "12347"}}],
     "tool_match": "superset", "must_include": ["12347"], "must_not_include": [],
     "expected_sources": [], "expect": "answer", "tags": ["recommend"]}

A bad file raises :class:`AssistantError` naming the line and the field.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.errors import AssistantError

TOOL_NAMES: tuple[str, ...] = (
    "recommend-for-user",
    "segment-customer",
    "analyse-feedback-sentiment",
    "explain-prediction",
    "search-knowledge-base",
)
REGEX_PREFIX = "re:"


class ExpectedTool(BaseModel):
    """A tool call the last turn must make; ``args`` is matched as a subset."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="Tool name, e.g. 'recommend-for-user'.")
    args: dict[str, Any] = Field(default_factory=dict,
                                 description="Arguments that must appear in the call.")

    @field_validator("name")
    @classmethod
    def _known_tool(cls, value: str) -> str:
        if value not in TOOL_NAMES:
            raise ValueError(f"unknown tool {value!r}; known tools: {', '.join(TOOL_NAMES)}")
        return value


class EvalCase(BaseModel):
    """One eval case: user turns sent in one session, expectations on the last turn."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1, description="Unique case id.")
    turns: list[str] = Field(min_length=1, description="User messages sent in order.")
    expected_tools: list[ExpectedTool] = Field(default_factory=list)
    tool_match: Literal["exact", "superset", "none"] = Field(
        default="superset",
        description="exact: same set of tool names; superset: at least these; none: no call.")
    must_include: list[str] = Field(default_factory=list,
                                    description="Strings or 're:' regexes the answer contains.")
    must_not_include: list[str] = Field(default_factory=list,
                                        description="Strings or 're:' regexes it must not contain.")
    expected_sources: list[str] = Field(default_factory=list,
                                        description="Knowledge-base doc ids that must be cited.")
    expect: Literal["answer", "clarify", "refuse"] = "answer"
    tags: list[str] = Field(default_factory=list)
    reference_answer: str | None = Field(default=None,
                                         description="Optional reference answer for judges.")

    @field_validator("turns")
    @classmethod
    def _non_empty_turns(cls, value: list[str]) -> list[str]:
        for i, turn in enumerate(value):
            if not turn.strip():
                raise ValueError(f"turn {i + 1} is empty")
        return value

    @field_validator("must_include", "must_not_include")
    @classmethod
    def _valid_patterns(cls, value: list[str]) -> list[str]:
        for item in value:
            if item.startswith(REGEX_PREFIX):
                try:
                    re.compile(item[len(REGEX_PREFIX):])
                except re.error as exc:
                    raise ValueError(f"bad regular expression {item!r}: {exc}") from exc
            elif not item.strip():
                raise ValueError("empty string")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> EvalCase:
        if self.tool_match == "none" and self.expected_tools:
            raise ValueError("tool_match 'none' cannot have expected_tools")
        return self

    @property
    def question(self) -> str:
        """The last user turn (the one expectations apply to)."""
        return self.turns[-1]


class Dataset(BaseModel):
    """Cases read from one file, with warnings about ignored keys."""

    path: str
    cases: list[EvalCase]
    warnings: list[str] = Field(default_factory=list)


def parse_case(raw: str | dict[str, Any], *, where: str = "case") -> tuple[EvalCase, list[str]]:
    """Validate one case; the error names ``where`` (e.g. 'line 7') and the field."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise AssistantError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})",
                                 details={"where": where}) from exc
    if not isinstance(raw, dict):
        raise AssistantError(f"{where}: expected a JSON object, got {type(raw).__name__}",
                             details={"where": where})
    try:
        case = EvalCase.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ())) or "(case)"
        case_id = raw.get("id", "?")
        raise AssistantError(
            f"{where} (case {case_id!r}): field '{field}': {first.get('msg', 'invalid')}",
            details={"where": where, "field": field}) from exc
    unknown = sorted(set(raw) - set(EvalCase.model_fields))
    warnings = [f"{where}: ignored unknown field(s) {', '.join(unknown)}"] if unknown else []
    return case, warnings


def load_dataset(path: Path | str) -> Dataset:
    """Read a JSONL file of cases (blank lines and lines starting with '#' are skipped)."""
    path = Path(path)
    if not path.is_file():
        raise AssistantError(f"dataset file {path} does not exist", code="not_found")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise AssistantError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    cases: list[EvalCase] = []
    warnings: list[str] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path.name} line {number}"
        case, notes = parse_case(line, where=where)
        if case.id in seen:
            raise AssistantError(f"{where}: field 'id': duplicate id {case.id!r} "
                                 f"(first on line {seen[case.id]})",
                                 details={"where": where, "field": "id"})
        seen[case.id] = number
        cases.append(case)
        warnings.extend(notes)
    if not cases:
        raise AssistantError(f"dataset file {path} has no cases")
    return Dataset(path=str(path), cases=cases, warnings=warnings)
