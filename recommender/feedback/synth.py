"""A generated customer-feedback table linked to the prepared customers and their purchases.

The UCI data (and our synthetic copy of it) has no reviews, so feedback is generated: about one
text per four customers, in the language of the customer's country (France -> fr, Spain -> es,
else en), dated after one of their purchases, about an item they bought, with planted themes
and a few planted safety cases (columns ``planted_*``). Every row has ``generated=True``:
show that wherever the table is used. Cached as ``<prepared>/feedback.parquet`` and rebuilt when
the prepared data change.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from assistant.errors import AssistantError
from recommender.data.columns import T
from recommender.feedback.synth_templates import TEMPLATES

if TYPE_CHECKING:
    from collections.abc import Mapping

    from assistant.settings import Settings

GENERATOR_VERSION = 1
FEEDBACK_FILE = "feedback.parquet"
MARKER_FILE = "feedback.json"
SHARE_OF_CUSTOMERS = 0.25
SAFETY_SHARE = 0.03
COUNTRY_LANGUAGE = {"France": "fr", "Spain": "es"}
COLUMNS = ["feedback_id", "customer_id", "country", "language", "date", "stock_code",
           "description", "text", "generated", "planted_sentiment", "planted_themes",
           "planted_safety"]


def generate_feedback(transactions: pd.DataFrame, seed: int = 7) -> pd.DataFrame:
    """Feedback rows for a sample of the customers in ``transactions`` (deterministic)."""
    rng = np.random.default_rng(seed)
    customers = sorted(transactions[T.CUSTOMER].dropna().unique())
    if not customers:
        return pd.DataFrame(columns=COLUMNS)
    n = max(1, int(round(len(customers) * SHARE_OF_CUSTOMERS)))
    chosen = rng.choice(np.asarray(customers, dtype=object), size=n, replace=False)
    by_customer = transactions.groupby(T.CUSTOMER, sort=False)
    date_max = transactions[T.DATE].max()
    rows = []
    for k, customer in enumerate(sorted(chosen)):
        lines = by_customer.get_group(customer)
        line = lines.iloc[int(rng.integers(len(lines)))]
        country = str(line[T.COUNTRY])
        lang = COUNTRY_LANGUAGE.get(country, "en")
        pool = TEMPLATES[lang]
        safe = [t for t in pool if t[2]]
        plain = [t for t in pool if not t[2]]
        template = (safe[int(rng.integers(len(safe)))] if rng.random() < SAFETY_SHARE
                    else plain[int(rng.integers(len(plain)))])
        themes, sentiment, safety, pattern = template
        product = str(line[T.DESCRIPTION]).strip().lower() or "item"
        date = min(line[T.DATE] + pd.Timedelta(days=int(rng.integers(1, 21))), date_max)
        rows.append({
            "feedback_id": f"F{k + 1:05d}", "customer_id": str(customer), "country": country,
            "language": lang, "date": date, "stock_code": str(line[T.ITEM]),
            "description": str(line[T.DESCRIPTION]), "text": pattern.format(p=product),
            "generated": True, "planted_sentiment": sentiment,
            "planted_themes": list(themes), "planted_safety": list(safety),
        })
    return _plant_minimum_safety(pd.DataFrame(rows, columns=COLUMNS), rng)


def _plant_minimum_safety(table: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Make sure a few safety cases exist even in small tables (at least 3 when possible)."""
    have = int(table["planted_safety"].map(len).gt(0).sum())
    plain_rows = table.index[table["planted_safety"].map(len).eq(0)].tolist()
    for index in plain_rows[: max(0, 3 - have)]:
        lang = str(table.at[index, "language"])
        safe = [t for t in TEMPLATES[lang] if t[2]]
        themes, sentiment, safety, pattern = safe[int(rng.integers(len(safe)))]
        product = str(table.at[index, "description"]).strip().lower() or "item"
        table.at[index, "text"] = pattern.format(p=product)
        table.at[index, "planted_sentiment"] = sentiment
        table.at[index, "planted_themes"] = list(themes)  # type: ignore[assignment]
        table.at[index, "planted_safety"] = list(safety)  # type: ignore[assignment]
    return table


def ensure_feedback_table(settings: Settings) -> pd.DataFrame:
    """The feedback table for the configured data, generated once and cached."""
    from recommender.data import ensure_prepared
    from recommender.data.store import read_manifest

    prepared = ensure_prepared(settings, show_progress=False)
    manifest = read_manifest(prepared) or {}
    wanted = {"fingerprint": manifest.get("fingerprint"), "prepared_at":
              manifest.get("prepared_at"), "version": GENERATOR_VERSION,
              "seed": settings.synthetic_seed}
    path, marker = prepared / FEEDBACK_FILE, prepared / MARKER_FILE
    if path.exists() and marker.exists() and json.loads(marker.read_text()) == wanted:
        return pd.read_parquet(path)
    transactions = pd.read_parquet(prepared / "transactions.parquet")
    table = generate_feedback(transactions, seed=settings.synthetic_seed)
    table.to_parquet(path, index=False)
    marker.write_text(json.dumps(wanted))
    return table


def select_feedback(table: pd.DataFrame, customer_id: str | None = None,
                    segment: str | None = None, country: str | None = None,
                    date_from: str | pd.Timestamp | None = None,
                    date_to: str | pd.Timestamp | None = None, *,
                    segments: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Rows of the feedback table matching every filter given (case-insensitive names).

    ``segment`` needs ``segments``, a mapping customer_id -> segment name computed by the
    caller. Dates are inclusive; ``date_to`` given as a day includes that whole day.
    """
    out = table
    if customer_id is not None:
        out = out[out["customer_id"] == str(customer_id).strip()]
    if country is not None:
        out = out[out["country"].str.casefold() == country.strip().casefold()]
    if segment is not None:
        if segments is None:
            raise AssistantError("filtering feedback by segment needs the customers' segments")
        wanted = segment.strip().casefold()
        ids = {c for c, s in segments.items() if str(s).casefold() == wanted}
        out = out[out["customer_id"].isin(ids)]
    dates = pd.to_datetime(out["date"])
    try:
        if date_from is not None:
            out = out[dates >= pd.Timestamp(date_from)]
            dates = pd.to_datetime(out["date"])
        if date_to is not None:
            end = pd.Timestamp(date_to)
            if end == end.normalize():
                end = end + pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)
            out = out[dates <= end]
    except (ValueError, TypeError) as exc:
        raise AssistantError(f"invalid date filter: {exc}") from exc
    return out.reset_index(drop=True)


def export_feedback_table(table: pd.DataFrame, path: Path) -> Path:
    """Write the feedback table as .csv, .jsonl or .parquet (by the file's extension)."""
    path = Path(path)
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".parquet":
        table.to_parquet(path, index=False)
    elif suffix == ".jsonl":
        table.to_json(path, orient="records", lines=True, date_format="iso", force_ascii=False)
    elif suffix == ".csv":
        flat = table.copy()
        for column in ("planted_themes", "planted_safety"):
            flat[column] = flat[column].map(lambda v: ";".join(v))
        flat.to_csv(path, index=False)
    else:
        raise AssistantError(f"unsupported output type {suffix or '(none)'!r}: use .csv, "
                             ".jsonl or .parquet")
    return path
