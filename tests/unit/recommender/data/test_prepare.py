"""Cleaning rules and reading the source formats users have."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pandas as pd
import pytest

from assistant.errors import AssistantError
from recommender.data.columns import C, I, T
from recommender.data.prepare import clean, prepare, read_source

HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
ROWS = [
    "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01T08:26:00,2.55,17850,United Kingdom",
    "536365,71053,WHITE METAL LANTERN,6,2010-12-01T08:26:00,3.39,17850,United Kingdom",
    "536366,22633,HAND WARMER UNION JACK,6,2010-12-01T08:28:00,1.85,,United Kingdom",  # no customer
    "C536379,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-1,2010-12-01T09:41:00,2.55,17850,United Kingdom",
    "536370,POST,POSTAGE,3,2010-12-01T08:45:00,18.0,12583,France",  # postage
    "536370,22728,ALARM CLOCK BAKELIKE PINK,24,2010-12-01T08:45:00,3.75,12583,France",
    "536371,22086,PAPER CHAIN KIT 50'S CHRISTMAS,0,2010-12-01T09:00:00,2.55,12583,France",
    "536372,22086,PAPER CHAIN KIT 50'S CHRISTMAS,2,2010-12-01T09:00:00,0.0,12583,France",
    "A563185,B,Adjust bad debt,1,2011-08-12T14:50:00,11062.06,12347,Iceland",
    "536373,AMAZONFEE,AMAZON FEE,1,2010-12-02T09:00:00,5.0,12347,Iceland",
]


def write_csv(path: Path, rows: list[str], *, encoding: str = "utf-8", gz: bool = False) -> Path:
    text = HEADER + "\n".join(rows) + "\n"
    if gz:
        with gzip.open(path, "wt", encoding=encoding) as fh:
            fh.write(text)
    else:
        path.write_text(text, encoding=encoding)
    return path


def test_each_rule_drops_what_it_says(tmp_path: Path) -> None:
    raw = read_source(write_csv(tmp_path / "r.csv", ROWS))
    purchases, returns, dropped = clean(raw)
    assert dropped == {"missing_customer": 1, "cancellation": 1, "adjustment": 1,
                       "non_product": 2, "non_positive_quantity": 1, "non_positive_price": 1}
    assert sorted(purchases[T.ITEM]) == ["22728", "71053", "85123A"]
    assert returns[T.ITEM].tolist() == ["85123A"] and returns[T.QUANTITY].tolist() == [-1]
    assert purchases[T.CUSTOMER].tolist()[0] == "17850"  # ids become strings, no ".0"
    assert purchases.loc[purchases[T.ITEM] == "22728", T.AMOUNT].item() == pytest.approx(90.0)


def test_prepare_writes_typed_tables_and_summary(tmp_path: Path) -> None:
    out = tmp_path / "prepared"
    summary = prepare(write_csv(tmp_path / "r.csv", ROWS), out, show_progress=False)
    assert (summary.rows_read, summary.rows_kept, summary.customers, summary.items) == (10, 3, 2, 3)
    assert summary.countries == 2 and summary.returns == 1
    assert summary.date_min.startswith("2010-12-01T08:26")
    customers = pd.read_parquet(out / "customers.parquet")
    assert customers.set_index(C.CUSTOMER).loc["17850", C.RETURNS] == 1
    items = pd.read_parquet(out / "items.parquet").set_index(I.ITEM)
    assert items.loc["85123A", I.CATEGORY] == "Candles & Lights"
    assert items.loc["22728", I.CATEGORY] == "Home Decor"
    transactions = pd.read_parquet(out / "transactions.parquet")
    assert str(transactions[T.DATE].dtype).startswith("datetime64")
    assert json.loads((out / "manifest.json").read_text())["fingerprint"]


@pytest.mark.parametrize("encoding,gz", [("utf-8", False), ("ISO-8859-1", False), ("utf-8", True)])
def test_reads_csv_encodings_and_gzip(tmp_path: Path, encoding: str, gz: bool) -> None:
    rows = ROWS[:2] + ["536380,22139,RETROSPOT TEA SET CERAMIC 11 PC ,3,2010-12-01T09:45:00,4.95,12583,Côte d'Ivoire"]
    path = write_csv(tmp_path / ("r.csv.gz" if gz else "r.csv"), rows, encoding=encoding, gz=gz)
    purchases, _, _ = clean(read_source(path))
    assert "Côte d'Ivoire" in set(purchases[T.COUNTRY])


def test_reads_excel_and_online_retail_ii_names(tmp_path: Path) -> None:
    frame = pd.DataFrame({
        "Invoice": ["536365", "536366"], "StockCode": ["85123A", "71053"],
        "Description": ["WHITE HANGING HEART T-LIGHT HOLDER", "WHITE METAL LANTERN"],
        "Quantity": [6, 2], "InvoiceDate": pd.to_datetime(["2010-12-01 08:26", "2010-12-02 10:00"]),
        "Price": [2.55, 3.39], "Customer ID": [17850.0, 13047.0], "Country": ["United Kingdom"] * 2,
    })
    path = tmp_path / "Online Retail.xlsx"
    frame.to_excel(path, index=False)
    purchases, _, _ = clean(read_source(path))
    assert purchases[T.CUSTOMER].tolist() == ["17850", "13047"]
    assert purchases[T.DATE].iloc[1] == pd.Timestamp("2010-12-02 10:00")


def test_missing_columns_are_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("InvoiceNo,StockCode,Quantity\n1,2,3\n")
    with pytest.raises(AssistantError, match="missing column.*Description.*InvoiceDate"):
        read_source(path)


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(AssistantError, match="not found"):
        read_source(tmp_path / "nope.csv")
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"\x00\x01 not a spreadsheet")
    with pytest.raises(AssistantError, match="cannot read junk.xlsx"):
        read_source(junk)


def test_no_rows_left_after_cleaning(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [ROWS[2], ROWS[3]])
    with pytest.raises(AssistantError, match="no rows left after cleaning"):
        prepare(path, tmp_path / "out", show_progress=False)
