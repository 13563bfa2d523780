"""The stored feedback table without pandas, for the ``sagemaker`` path.

``assistant deploy endpoints`` exports the (generated) feedback table as JSON lines to
``s3://<artifact_bucket>/<TABLE_KEY>``, one row per text with the writer's segment name at the
serving date. The API's Lambda reads it once, selects rows here in pure Python (the same rules
as ``recommender.feedback.select_feedback``) and sends the texts to the feedback endpoint.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from assistant.errors import AssistantError

TABLE_KEY = "sagemaker/feedback/table.jsonl"
COLUMNS = ("feedback_id", "customer_id", "country", "date", "stock_code", "text", "segment",
           "generated")


def to_jsonl(rows: Iterable[dict[str, Any]]) -> bytes:
    """Rows as JSON lines (dates as ISO strings)."""
    return "".join(json.dumps({c: row.get(c) for c in COLUMNS}, default=str,
                              ensure_ascii=False) + "\n" for row in rows).encode()


def from_jsonl(raw: bytes | str) -> list[dict[str, Any]]:
    """Rows from JSON lines (a clear error for a broken file)."""
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    try:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise AssistantError("the exported feedback table is not valid JSON lines: run "
                             "`assistant deploy endpoints` again", code="not_ready") from exc


def _fold(value: Any) -> str:
    return str(value or "").strip().casefold()


def select_rows(rows: list[dict[str, Any]], filters: dict[str, str]) -> list[dict[str, Any]]:
    """Rows matching every filter: customer_id exact, country and segment case-insensitive,
    date_from/date_to inclusive days (ISO dates)."""
    out = rows
    if filters.get("customer_id"):
        wanted = str(filters["customer_id"]).strip()
        out = [r for r in out if str(r.get("customer_id")) == wanted]
    for key in ("country", "segment"):
        if filters.get(key):
            wanted = _fold(filters[key])
            out = [r for r in out if _fold(r.get(key)) == wanted]
    if filters.get("date_from"):
        out = [r for r in out if str(r.get("date", ""))[:10] >= filters["date_from"][:10]]
    if filters.get("date_to"):
        out = [r for r in out if str(r.get("date", ""))[:10] <= filters["date_to"][:10]]
    return out


def s3_table_loader(s3: Any, bucket: str | None) -> Callable[[], list[dict[str, Any]]]:
    """A loader reading the exported table from S3 (``s3``: a boto3 S3 client)."""

    def load() -> list[dict[str, Any]]:
        from botocore.exceptions import ClientError

        if not bucket:
            raise AssistantError("the stored feedback table is not deployed (no "
                                 "ASSISTANT_ARTIFACT_BUCKET): paste the texts to analyse "
                                 "instead", code="not_ready")
        try:
            raw = s3.get_object(Bucket=bucket, Key=TABLE_KEY)["Body"].read()
        except ClientError as exc:
            code = str(exc.response.get("Error", {}).get("Code", ""))
            if code in ("NoSuchKey", "404", "NoSuchBucket"):
                raise AssistantError("the stored feedback table has not been exported yet: run "
                                     "`assistant deploy endpoints`", code="not_ready") from exc
            raise AssistantError("the stored feedback table could not be read from S3 "
                                 f"({code})", code="unavailable") from exc
        return from_jsonl(raw)

    return load
