"""Sum up analysed feedback by any column: counts, share negative, top themes, safety cases."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

from assistant.errors import AssistantError
from recommender.feedback.models import FeedbackAggregate, GroupSummary, SafetyCase

ID_FIELDS = ("feedback_id", "id", "customer_id", "stock_code", "description", "country", "date",
             "language")
TOP_THEMES = 5
_DERIVED_DATES = {"month": "%Y-%m", "year": "%Y", "week": "%G-W%V", "day": "%Y-%m-%d"}


def _rows(results: list[dict[str, Any]] | pd.DataFrame) -> list[dict[str, Any]]:
    if isinstance(results, pd.DataFrame):
        return results.to_dict("records")  # type: ignore[return-value]
    return [dict(r) for r in results]


def _has_error(row: dict[str, Any]) -> bool:
    value = row.get("error")
    return isinstance(value, str) and bool(value)


def _key(row: dict[str, Any], group_by: str) -> str:
    if group_by in row:
        value = row[group_by]
        if value is None or (isinstance(value, float) and pd.isna(value)):
            return "(missing)"
        return str(value)
    value = row.get("date")
    stamp = pd.NaT if value is None else pd.to_datetime(str(value), errors="coerce")
    return "(missing)" if pd.isna(stamp) else stamp.strftime(_DERIVED_DATES[group_by])


def _case(row: dict[str, Any], index: int, group_by: str | None) -> SafetyCase:
    ids = {f: row[f] for f in ID_FIELDS if f in row and row[f] is not None}
    if group_by and group_by in row:
        ids.setdefault(group_by, row[group_by])
    ids = {k: (str(v) if isinstance(v, pd.Timestamp) else v) for k, v in ids.items()}
    if not ids:
        ids = {"row": index}
    return SafetyCase(text=str(row.get("text", "")),
                      categories=list(row.get("safety_categories") or []),
                      evidence=list(row.get("safety_evidence") or []), ids=ids)


def _as_list(value: Any) -> list[str]:
    if value is None or isinstance(value, float | str):
        return [value] if isinstance(value, str) and value else []
    return list(value)


def _summary(key: str, rows: list[tuple[int, dict[str, Any]]],
             group_by: str | None) -> GroupSummary:
    themes: Counter[str] = Counter()
    negative = 0
    cases = []
    for index, row in rows:
        themes.update(_as_list(row.get("themes")))
        negative += row.get("sentiment") == "negative"
        if row.get("safety_concern"):
            cases.append(_case(row, index, group_by))
    count = len(rows)
    return GroupSummary(key=key, count=count, share_negative=round(negative / count, 4)
                        if count else 0.0, top_themes=themes.most_common(TOP_THEMES),
                        safety_cases=cases)


def check_group_by(rows: list[dict[str, Any]], group_by: str | None) -> None:
    """Raise a clear error when ``group_by`` is neither a column of the rows nor derivable."""
    if group_by is None:
        return
    columns = set().union(*(r.keys() for r in rows)) if rows else set()
    if group_by not in columns and not (group_by in _DERIVED_DATES and "date" in columns):
        known = ", ".join(sorted(c for c in columns if c not in ("text", "error"))) or "none"
        raise AssistantError(f"cannot group by {group_by!r}: no such column (columns: {known})")


def aggregate(results: list[dict[str, Any]] | pd.DataFrame,
              group_by: str | None = None) -> FeedbackAggregate:
    """Aggregate analysed rows (analysis fields plus any other columns) by ``group_by``.

    ``group_by`` may be any column of the rows, or month/year/week/day derived from a
    ``date`` column. Rows flagged with an error are counted apart and left out of the shares.
    """
    rows = _rows(results)
    check_group_by(rows, group_by)
    errors = sum(1 for r in rows if _has_error(r))
    usable = [(i, r) for i, r in enumerate(rows) if not _has_error(r)]
    groups: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for index, row in usable:
        key = "all" if group_by is None else _key(row, group_by)
        groups.setdefault(key, []).append((index, row))
    summaries = [_summary(k, v, group_by) for k, v in groups.items()]
    summaries.sort(key=lambda g: (-g.count, g.key))
    overall = _summary("all", usable, group_by)
    # Safety is never dropped: a flagged row that still shows a hazard is listed too.
    cases = [_case(r, i, group_by) for i, r in enumerate(rows) if r.get("safety_concern")]
    return FeedbackAggregate(group_by=group_by, groups=summaries, total=overall.count,
                             share_negative=overall.share_negative,
                             top_themes=overall.top_themes, safety_cases=cases,
                             errors=errors)
