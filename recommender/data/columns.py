"""Column names of the raw source file and of the prepared tables (the only place they live)."""

from __future__ import annotations

# --- raw UCI Online Retail columns (as users get the file) -------------------------
INVOICE_NO = "InvoiceNo"
STOCK_CODE = "StockCode"
DESCRIPTION = "Description"
QUANTITY = "Quantity"
INVOICE_DATE = "InvoiceDate"
UNIT_PRICE = "UnitPrice"
CUSTOMER_ID = "CustomerID"
COUNTRY = "Country"
RAW_COLUMNS = [INVOICE_NO, STOCK_CODE, DESCRIPTION, QUANTITY, INVOICE_DATE, UNIT_PRICE,
               CUSTOMER_ID, COUNTRY]

# "Online Retail II" names for the same columns.
RETAIL_II_RENAMES = {"Invoice": INVOICE_NO, "Price": UNIT_PRICE, "Customer ID": CUSTOMER_ID}


class T:
    """Prepared ``transactions.parquet`` (and ``returns.parquet``, same columns)."""

    INVOICE = "invoice_no"  # str
    ITEM = "stock_code"  # str
    DESCRIPTION = "description"  # str
    QUANTITY = "quantity"  # int64 (negative in returns)
    DATE = "invoice_date"  # datetime64[ns]
    PRICE = "unit_price"  # float64, GBP
    CUSTOMER = "customer_id"  # str, e.g. "12347"
    COUNTRY = "country"  # str
    AMOUNT = "amount"  # float64 = quantity * unit_price
    ALL = [INVOICE, ITEM, DESCRIPTION, QUANTITY, DATE, PRICE, CUSTOMER, COUNTRY, AMOUNT]


class C:
    """Prepared ``customers.parquet``: one row per customer with kept transactions."""

    CUSTOMER = "customer_id"
    COUNTRY = "country"  # most frequent country of the customer's lines
    FIRST = "first_purchase"
    LAST = "last_purchase"
    INVOICES = "n_invoices"
    LINES = "n_lines"
    MONETARY = "monetary"  # total spend, GBP
    RETURNS = "n_returned_lines"
    ALL = [CUSTOMER, COUNTRY, FIRST, LAST, INVOICES, LINES, MONETARY, RETURNS]


class I:  # noqa: E742 - short on purpose, mirrors T and C
    """Prepared ``items.parquet``: one row per product (stock code)."""

    ITEM = "stock_code"
    DESCRIPTION = "description"  # most frequent description
    CATEGORY = "category"  # derived by keyword rules (recommender.data.categories)
    PRICE = "unit_price"  # median unit price
    CUSTOMERS = "n_customers"
    LINES = "n_lines"
    QUANTITY = "quantity"
    FIRST = "first_sold"
    LAST = "last_sold"
    ALL = [ITEM, DESCRIPTION, CATEGORY, PRICE, CUSTOMERS, LINES, QUANTITY, FIRST, LAST]


TABLES = ("transactions", "customers", "items", "returns")
