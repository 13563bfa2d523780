"""Read the UCI Online Retail data as users get it, clean it and write typed Parquet tables.

Cleaning rules, applied in this order (each row is counted under the first rule it meets):

1. ``missing_customer``: no CustomerID (the row cannot be attributed to anyone).
2. ``cancellation``: InvoiceNo starts with ``C``. Kept apart in ``returns.parquet``.
3. ``adjustment``: InvoiceNo starts with ``A`` (bad-debt adjustments).
4. ``non_product``: StockCode is a fee, postage or manual line (see :data:`NON_PRODUCT_CODES`).
5. ``non_positive_quantity``: Quantity <= 0 (returns without a C invoice).
6. ``non_positive_price``: UnitPrice <= 0 (free samples, corrections).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import BaseModel, Field

from assistant.errors import AssistantError
from recommender.data import columns as col
from recommender.data.categories import categorize
from recommender.data.columns import C, I, T

FORMAT_VERSION = 1
MANIFEST = "manifest.json"

NON_PRODUCT_CODES = frozenset({
    "POST", "DOT", "M", "C2", "D", "S", "B", "CRUK", "PADS", "BANK CHARGES", "AMAZONFEE",
    "DCGSSBOY", "DCGSSGIRL", "DCGS0003", "DCGS0004", "DCGS0069", "DCGS0070", "DCGS0076",
})
_NON_PRODUCT_PATTERN = re.compile(r"^(gift_\d{4}_\d+|DCGS\w*)$", re.IGNORECASE)
RULES = ["missing_customer", "cancellation", "adjustment", "non_product",
         "non_positive_quantity", "non_positive_price"]


class PrepareSummary(BaseModel):
    """What ``assistant data prepare`` did (also its ``--json`` output)."""

    source: str = Field(description="The file that was read.")
    rows_read: int = Field(description="Rows in the source file.")
    rows_kept: int = Field(description="Purchase lines kept in transactions.parquet.")
    raw_customers: int = Field(description="Distinct customers in the source file.")
    customers: int = Field(description="Customers with at least one kept purchase.")
    items: int = Field(description="Distinct products kept.")
    countries: int = Field(description="Distinct countries of kept purchases.")
    returns: int = Field(description="Cancellation lines kept apart in returns.parquet.")
    date_min: str = Field(description="First kept purchase (ISO 8601).")
    date_max: str = Field(description="Last kept purchase (ISO 8601).")
    dropped: dict[str, int] = Field(description="Rows dropped per cleaning rule, in rule order.")
    categories: dict[str, int] = Field(default_factory=dict, description="Items per category.")


def is_non_product(codes: pd.Series) -> pd.Series:
    """True for stock codes that are fees, postage or manual adjustments, not products."""
    upper = codes.str.strip().str.upper()
    return upper.isin(NON_PRODUCT_CODES) | codes.str.match(_NON_PRODUCT_PATTERN).fillna(False)


def file_fingerprint(path: Path) -> str:
    """sha256 of a file's bytes (identifies the data a model was trained on)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_source(path: Path) -> pd.DataFrame:
    """Read .xlsx, .csv (UTF-8 or ISO-8859-1) or .csv.gz into the raw UCI columns."""
    if not path.exists():
        raise AssistantError(f"source file not found: {path}", code="not_found")
    if path.is_dir():
        raise AssistantError(f"source is a directory, not a file: {path}")
    suffixes = "".join(path.suffixes[-2:]).lower()
    try:
        if suffixes.endswith((".xlsx", ".xls")):
            frame = pd.read_excel(path, dtype={col.INVOICE_NO: str, col.STOCK_CODE: str,
                                               "Invoice": str})
        else:
            frame = _read_csv(path)
    except AssistantError:
        raise
    except Exception as exc:  # pandas raises many types for unreadable input
        raise AssistantError(
            f"cannot read {path.name}: not a readable Excel or CSV file ({type(exc).__name__})"
        ) from exc
    frame = frame.rename(columns={c: c.strip() for c in frame.columns if isinstance(c, str)})
    frame = frame.rename(columns=col.RETAIL_II_RENAMES)
    missing = [c for c in col.RAW_COLUMNS if c not in frame.columns]
    if missing:
        raise AssistantError(
            f"{path.name} is missing column(s): {', '.join(missing)}",
            details={"missing_columns": missing},
        )
    return frame[col.RAW_COLUMNS]


def _read_csv(path: Path) -> pd.DataFrame:
    opener: Callable[..., Any] = gzip.open if _is_gzip(path) else open
    last_error: Exception | None = None
    for encoding in ("utf-8", "ISO-8859-1"):
        try:
            with opener(path, "rt", encoding=encoding, newline="") as fh:
                return pd.read_csv(fh, dtype={col.INVOICE_NO: str, col.STOCK_CODE: str,
                                              "Invoice": str}, low_memory=False)
        except UnicodeDecodeError as exc:
            last_error = exc
    raise AssistantError(f"cannot decode {path.name} as UTF-8 or ISO-8859-1") from last_error


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def _normalise(raw: pd.DataFrame) -> pd.DataFrame:
    frame = pd.DataFrame({
        T.INVOICE: raw[col.INVOICE_NO].astype("string").str.strip(),
        T.ITEM: raw[col.STOCK_CODE].astype("string").str.strip(),
        T.DESCRIPTION: raw[col.DESCRIPTION].astype("string").str.strip(),
        T.QUANTITY: pd.to_numeric(raw[col.QUANTITY], errors="coerce"),
        T.DATE: _parse_dates(raw[col.INVOICE_DATE]),
        T.PRICE: pd.to_numeric(raw[col.UNIT_PRICE], errors="coerce"),
        T.CUSTOMER: _customer_ids(raw[col.CUSTOMER_ID]),
        T.COUNTRY: raw[col.COUNTRY].astype("string").str.strip(),
    })
    bad = frame[T.QUANTITY].isna() | frame[T.PRICE].isna() | frame[T.DATE].isna()
    if bad.all() and len(frame):
        raise AssistantError("no row has a numeric Quantity, UnitPrice and a valid InvoiceDate")
    return frame


def _parse_dates(values: pd.Series) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(values):
        return values.astype("datetime64[ns]")
    try:
        return pd.to_datetime(values, format="ISO8601").astype("datetime64[ns]")
    except (ValueError, TypeError):
        return pd.to_datetime(values, format="mixed", errors="coerce").astype("datetime64[ns]")


def _customer_ids(values: pd.Series) -> pd.Series:
    numeric = pd.to_numeric(values, errors="coerce")
    ids = numeric.astype("Int64").astype("string")
    # keep non-numeric ids as they are (trimmed), treat blanks as missing
    text = values.astype("string").str.strip()
    text = text.mask(text == "")
    return ids.fillna(text)


def clean(raw: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, int]]:
    """Apply the cleaning rules: (purchases, returns, dropped rows per rule)."""
    frame = _normalise(raw)
    invoice = frame[T.INVOICE].fillna("")
    masks = {
        "missing_customer": frame[T.CUSTOMER].isna(),
        "cancellation": invoice.str.upper().str.startswith("C"),
        "adjustment": invoice.str.upper().str.startswith("A"),
        "non_product": is_non_product(frame[T.ITEM].fillna("")),
        "non_positive_quantity": ~(frame[T.QUANTITY] > 0),
        "non_positive_price": ~(frame[T.PRICE] > 0),
    }
    remaining = pd.Series(True, index=frame.index)
    dropped: dict[str, int] = {}
    returns_mask = None
    for rule in RULES:
        hit = remaining & masks[rule].fillna(True)
        dropped[rule] = int(hit.sum())
        if rule == "cancellation":
            returns_mask = hit & ~masks["non_product"]
        remaining &= ~hit
    assert returns_mask is not None
    purchases = _finish(frame[remaining & frame[T.DATE].notna()])
    returns = _finish(frame[returns_mask & frame[T.DATE].notna()])
    return purchases, returns, dropped


def _finish(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out[T.QUANTITY] = out[T.QUANTITY].astype("int64")
    out[T.PRICE] = out[T.PRICE].astype("float64")
    out[T.AMOUNT] = out[T.QUANTITY] * out[T.PRICE]
    for name in (T.INVOICE, T.ITEM, T.DESCRIPTION, T.CUSTOMER, T.COUNTRY):
        out[name] = out[name].astype(str)
    return out[T.ALL].reset_index(drop=True)


def most_frequent(frame: pd.DataFrame, key: str, value: str) -> pd.Series:
    """The most frequent ``value`` for each ``key`` (ties: the first in sort order)."""
    counts = frame.groupby([key, value]).size().reset_index(name="n")
    counts = counts.sort_values([key, "n"], ascending=[True, False]).drop_duplicates(key)
    return counts.set_index(key)[value]


def build_customers(purchases: pd.DataFrame, returns: pd.DataFrame) -> pd.DataFrame:
    """One row per customer: country, first/last purchase, invoices, lines, spend, returns."""
    grouped = purchases.groupby(T.CUSTOMER, sort=True)
    country = most_frequent(purchases, T.CUSTOMER, T.COUNTRY)
    customers = pd.DataFrame({
        C.COUNTRY: country,
        C.FIRST: grouped[T.DATE].min(),
        C.LAST: grouped[T.DATE].max(),
        C.INVOICES: grouped[T.INVOICE].nunique(),
        C.LINES: grouped.size(),
        C.MONETARY: grouped[T.AMOUNT].sum().round(2),
    })
    returned = returns.groupby(T.CUSTOMER).size()
    customers[C.RETURNS] = returned.reindex(customers.index).fillna(0).astype("int64")
    return customers.rename_axis(C.CUSTOMER).reset_index()[C.ALL]


def build_items(purchases: pd.DataFrame) -> pd.DataFrame:
    """One row per product with its usual description, derived category and median price."""
    desc = most_frequent(purchases, T.ITEM, T.DESCRIPTION)
    grouped = purchases.groupby(T.ITEM, sort=True)
    items = pd.DataFrame({
        I.DESCRIPTION: desc,
        I.PRICE: grouped[T.PRICE].median(),
        I.CUSTOMERS: grouped[T.CUSTOMER].nunique(),
        I.LINES: grouped.size(),
        I.QUANTITY: grouped[T.QUANTITY].sum(),
        I.FIRST: grouped[T.DATE].min(),
        I.LAST: grouped[T.DATE].max(),
    })
    items[I.CATEGORY] = items[I.DESCRIPTION].map(categorize)
    return items.rename_axis(I.ITEM).reset_index()[I.ALL]


def prepare(source: Path, out_dir: Path, *, show_progress: bool = True) -> PrepareSummary:
    """Read, clean and write the four tables plus a manifest; return the summary."""
    from assistant.progress import steps

    with steps("Preparing data", 5) if show_progress else _no_steps() as step:
        raw = read_source(source)
        step(f"read {len(raw):,} rows")
        raw_customers = int(pd.to_numeric(raw[col.CUSTOMER_ID], errors="coerce").nunique())
        purchases, returns, dropped = clean(raw)
        step("cleaned")
        if purchases.empty:
            raise AssistantError(
                f"no rows left after cleaning {source.name}; dropped per rule: "
                + ", ".join(f"{k}={v}" for k, v in dropped.items() if v)
            )
        customers = build_customers(purchases, returns)
        items = build_items(purchases)
        step("built customers and items")
        out_dir.mkdir(parents=True, exist_ok=True)
        tables = {"transactions": purchases, "customers": customers, "items": items,
                  "returns": returns}
        for name, table in tables.items():
            table.to_parquet(out_dir / f"{name}.parquet", index=False)
        step("wrote parquet")
        summary = PrepareSummary(
            source=str(source),
            rows_read=len(raw),
            rows_kept=len(purchases),
            raw_customers=raw_customers,
            customers=len(customers),
            items=len(items),
            countries=int(purchases[T.COUNTRY].nunique()),
            returns=len(returns),
            date_min=purchases[T.DATE].min().isoformat(),
            date_max=purchases[T.DATE].max().isoformat(),
            dropped=dropped,
            categories={str(k): int(v) for k, v in items[I.CATEGORY].value_counts().items()},
        )
        manifest = {
            "format_version": FORMAT_VERSION,
            "source": str(source.resolve()),
            "source_size": source.stat().st_size,
            "source_mtime": source.stat().st_mtime,
            "fingerprint": file_fingerprint(source),
            "prepared_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "summary": summary.model_dump(),
        }
        (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=2))
        step("done")
    return summary


class _no_steps:
    def __enter__(self) -> Callable[[str], None]:
        return lambda label: None

    def __exit__(self, *exc: object) -> None:
        return None
