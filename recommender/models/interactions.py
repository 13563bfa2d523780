"""The customer x item purchase matrix every recommender is fitted on.

One row per customer, one column per catalogue product. The matrix is binary (bought or
not); two arrays aligned with its stored entries carry the day of the customer's last
purchase of the item and the number of invoices it appeared on, so time-decayed and
count-weighted views share one sparsity pattern.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp

from assistant.errors import AssistantError
from recommender.data.columns import I, T
from recommender.data.prepare import is_non_product

DAY_NS = 86_400 * 10**9


def _days(values: pd.Series) -> np.ndarray:
    """Datetimes as float days since the epoch."""
    return values.to_numpy(dtype="datetime64[ns]").astype("int64") / DAY_NS


def check_columns(frame: pd.DataFrame, needed: list[str], table: str) -> None:
    """Raise a clear error naming the columns a table lacks."""
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        raise AssistantError(f"the {table} table lacks column(s) {', '.join(missing)}")


@dataclass(frozen=True)
class InteractionData:
    """Purchases as a sparse customer x item matrix plus the catalogue it indexes."""

    customer_ids: np.ndarray  # str, one per row
    countries: np.ndarray  # str, the customer's most frequent country
    items: pd.DataFrame  # the catalogue, one row per column (I.* columns)
    bought: sp.csr_matrix  # float32 binary
    last_day: np.ndarray  # float64 days since epoch, aligned with bought.data
    invoices: np.ndarray  # float32 invoice counts, aligned with bought.data
    reference_day: float  # the last purchase day in the data

    @classmethod
    def build(cls, transactions: pd.DataFrame, items: pd.DataFrame,
              customers: pd.Series | None = None) -> InteractionData:
        """Build from prepared transactions and items (non-products are dropped).

        ``customers`` optionally lists extra customer ids (with countries as values, indexed
        by id) to keep as rows even without purchases: cold-start customers.
        """
        check_columns(transactions, [T.CUSTOMER, T.ITEM, T.DATE, T.INVOICE, T.COUNTRY],
                      "transactions")
        check_columns(items, [I.ITEM, I.DESCRIPTION, I.CATEGORY, I.PRICE], "items")
        catalogue = items[~is_non_product(items[I.ITEM].astype(str))]
        catalogue = catalogue.sort_values(I.ITEM).reset_index(drop=True)
        item_pos = pd.Index(catalogue[I.ITEM].astype(str))
        tx = transactions[transactions[T.ITEM].isin(item_pos)]
        counts = tx.groupby([T.CUSTOMER, T.COUNTRY], observed=True).size().reset_index(name="n")
        counts = counts.sort_values([T.CUSTOMER, "n"], ascending=[True, False], kind="stable")
        country = counts.drop_duplicates(T.CUSTOMER).set_index(T.CUSTOMER)[T.COUNTRY]
        if customers is not None:
            extra = customers[~customers.index.isin(country.index)]
            country = pd.concat([country, extra.astype(str)])
        country = country.sort_index()
        cust_pos = pd.Index(country.index.astype(str))
        pairs = tx.groupby([T.CUSTOMER, T.ITEM]).agg(
            last=(T.DATE, "max"), invoices=(T.INVOICE, "nunique")).reset_index()
        rows = cust_pos.get_indexer(pd.Index(pairs[T.CUSTOMER].astype(str)))
        cols = item_pos.get_indexer(pd.Index(pairs[T.ITEM].astype(str)))
        order = np.lexsort((cols, rows))
        rows, cols = rows[order], cols[order]
        indptr = np.zeros(len(cust_pos) + 1, dtype=np.int64)
        np.add.at(indptr, rows + 1, 1)
        bought = sp.csr_matrix(
            (np.ones(len(rows), dtype=np.float32), cols.astype(np.int32), np.cumsum(indptr)),
            shape=(len(cust_pos), len(item_pos)))
        last_day = _days(pairs["last"])[order]
        return cls(
            customer_ids=cust_pos.to_numpy(dtype=object),
            countries=country.to_numpy(dtype=object),
            items=catalogue,
            bought=bought,
            last_day=last_day,
            invoices=pairs["invoices"].to_numpy(dtype=np.float32)[order],
            reference_day=float(last_day.max()) if len(last_day) else 0.0,
        )

    @property
    def item_ids(self) -> np.ndarray:
        """Stock codes in column order."""
        return self.items[I.ITEM].to_numpy(dtype=object)

    @property
    def n_items(self) -> int:
        """Catalogue size."""
        return int(self.bought.shape[1])

    def row(self, customer_id: str) -> int:
        """The matrix row of a customer (not_found error when the customer is unknown)."""
        idx = np.searchsorted(self.customer_ids, customer_id)
        if idx >= len(self.customer_ids) or self.customer_ids[idx] != customer_id:
            raise AssistantError(f"customer {customer_id} is not in the data", code="not_found")
        return int(idx)

    def has_customer(self, customer_id: str) -> bool:
        """True when the customer is a row of the matrix."""
        idx = np.searchsorted(self.customer_ids, customer_id)
        return bool(idx < len(self.customer_ids) and self.customer_ids[idx] == customer_id)

    def history(self, rows: np.ndarray | None = None, *, half_life: float | None = None,
                count_weight: float = 0.0) -> sp.csr_matrix:
        """Customer rows weighted by recency (halving every ``half_life`` days before the
        reference day; None keeps them binary) and by ``1 + count_weight*log(invoices)``."""
        data = np.ones_like(self.last_day, dtype=np.float64)
        if half_life:
            data *= 0.5 ** ((self.reference_day - self.last_day) / half_life)
        if count_weight:
            data *= 1.0 + count_weight * np.log(self.invoices)
        matrix = sp.csr_matrix((data.astype(np.float32), self.bought.indices, self.bought.indptr),
                               shape=self.bought.shape)
        return matrix if rows is None else matrix[rows]

    def recent_buyers(self, window_days: float, rows: np.ndarray | None = None) -> np.ndarray:
        """Per item: how many customers (of ``rows``, default all) bought it in the window."""
        recent = (self.last_day >= self.reference_day - window_days).astype(np.float32)
        matrix = sp.csr_matrix((recent, self.bought.indices, self.bought.indptr),
                               shape=self.bought.shape)
        if rows is not None:
            matrix = matrix[rows]
        return np.asarray(matrix.sum(axis=0)).ravel()
