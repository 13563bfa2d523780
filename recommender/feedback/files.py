"""Reading feedback files (.jsonl, .csv, .txt) into rows and writing analysed rows.

A bad row (undecodable bytes, invalid JSON, no text) becomes a row flagged with ``error`` and
never stops the others; a file that cannot be used at all raises :class:`AssistantError`.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from recommender.feedback.analyser import FeedbackAnalyser
from recommender.feedback.models import FeedbackAnalysis

FORMATS = (".jsonl", ".csv", ".txt")
ERROR_FIELD = "error"
BATCH = 2000


def _decode_lines(raw: bytes) -> list[tuple[str, bool]]:
    """(line, decoded cleanly?) per line; a bad line is decoded with replacement characters."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    out = []
    for line in raw.splitlines():
        try:
            out.append((line.decode("utf-8"), True))
        except UnicodeDecodeError:
            out.append((line.decode("utf-8", errors="replace"), False))
    return out


def _read_jsonl(lines: list[tuple[str, bool]]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for number, (line, clean) in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            rows.append({"line": number, "text": "", ERROR_FIELD: f"line {number} is not valid "
                         f"JSON ({exc.msg})"})
            continue
        if not isinstance(value, dict):
            value = {"text": value} if isinstance(value, str) else {"value": value}
        if not clean:
            value[ERROR_FIELD] = f"line {number} has bytes that are not UTF-8"
        elif "text" not in value:
            value[ERROR_FIELD] = f"line {number} has no \"text\" field"
        rows.append(value)
    if rows and all("text" not in r for r in rows):
        raise AssistantError("no line of the file has a \"text\" field: each line must be a "
                             "JSON object like {\"text\": \"...\"}")
    return rows


def _read_csv(lines: list[tuple[str, bool]]) -> list[dict[str, Any]]:
    if not lines:
        return []
    try:
        reader = csv.DictReader(io.StringIO("\n".join(line for line, _ in lines)))
        header = reader.fieldnames or []
    except csv.Error as exc:
        raise AssistantError(f"the CSV file cannot be read: {exc}") from exc
    if "text" not in [h.strip() for h in header]:
        raise AssistantError(f"the CSV file has no \"text\" column (columns: "
                             f"{', '.join(header) or 'none'})")
    bad_lines = {n for n, (_, clean) in enumerate(lines, start=1) if not clean}
    rows = []
    try:
        for record in reader:
            row: dict[str, Any] = {(k or "").strip(): v for k, v in record.items() if k}
            if reader.line_num in bad_lines:
                row[ERROR_FIELD] = f"line {reader.line_num} has bytes that are not UTF-8"
            rows.append(row)
    except csv.Error as exc:
        raise AssistantError(f"the CSV file is malformed near line {reader.line_num}: {exc}") \
            from exc
    return rows


def _read_txt(lines: list[tuple[str, bool]]) -> list[dict[str, Any]]:
    rows = []
    for number, (line, clean) in enumerate(lines, start=1):
        if not line.strip():
            continue
        row: dict[str, Any] = {"line": number, "text": line}
        if not clean:
            row[ERROR_FIELD] = f"line {number} has bytes that are not UTF-8"
        rows.append(row)
    return rows


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Rows of a .jsonl, .csv or .txt feedback file, each with a ``text`` (or an ``error``)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise AssistantError(f"unsupported file type {suffix or '(none)'!r}: use .jsonl, .csv "
                             "or .txt")
    if not path.is_file():
        raise AssistantError(f"input file not found: {path}", code="not_found")
    lines = _decode_lines(path.read_bytes())
    reader = {".jsonl": _read_jsonl, ".csv": _read_csv, ".txt": _read_txt}[suffix]
    rows = reader(lines)
    if not rows:
        raise AssistantError(f"{path} holds no feedback texts")
    return rows


def _text_of(row: dict[str, Any]) -> str:
    value = row.get("text")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value if isinstance(value, str) else str(value)


def analyse_rows(analyser: FeedbackAnalyser, rows: list[dict[str, Any]],
                 *, progress: Any = None) -> list[dict[str, Any]]:
    """Each input row plus its analysis fields; rows already flagged keep their error."""
    out: list[dict[str, Any]] = []
    for start in range(0, len(rows), BATCH):
        chunk = rows[start:start + BATCH]
        todo = [i for i, r in enumerate(chunk) if not r.get(ERROR_FIELD)]
        results = analyser.analyse([_text_of(chunk[i]) for i in todo]) if todo else []
        by_index = dict(zip(todo, results, strict=True))
        for i, row in enumerate(chunk):
            analysis = by_index.get(i)
            if analysis is None:
                analysis = FeedbackAnalysis(text="", language="other", sentiment="neutral",
                                            score=0.0, confidence=0.0, error=row[ERROR_FIELD])
            merged = dict(row)
            merged.update(analysis.output_fields())
            out.append(merged)
        if progress is not None:
            progress(len(chunk))
    return out


def write_jsonl(rows: Iterable[dict[str, Any]], path: Path) -> int:
    """Write rows as JSON lines (UTF-8); returns the number written."""
    count = 0
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            count += 1
    return count
