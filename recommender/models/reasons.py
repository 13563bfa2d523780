"""Why the hybrid recommends an item: score parts and marketer-readable reasons, as data.

Each reason has a ``kind`` (bought_together, similar_customers, similar_description,
popular_in_country, popular_in_segment, popular, category_preference), a sentence and the
evidence behind it (stock codes, countries, counts), so the agent can cite it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from pydantic import BaseModel, Field

from recommender.data.columns import I
from recommender.models.hybrid import HybridRecommender

REASON_KINDS = ("bought_together", "similar_customers", "similar_description",
                "popular_in_country", "popular_in_segment", "popular", "category_preference")


class Reason(BaseModel):
    """One reason behind a recommendation."""

    kind: str = Field(description="One of: " + ", ".join(REASON_KINDS) + ".")
    text: str = Field(description="A sentence a marketer can read.")
    evidence: dict[str, Any] = Field(default_factory=dict,
                                     description="The data behind it (stock codes, country).")


class Contribution(BaseModel):
    """A purchase of the customer that pushed an item up."""

    stock_code: str
    description: str
    contribution: float = Field(description="Share of the collaborative score it explains.")


# Score parts whose reason is always of one kind (the others depend on the data).
_FIXED_KIND = {"ease": "bought_together", "itemknn": "bought_together",
               "content": "similar_description", "category": "category_preference"}


def m_days(days: float) -> str:
    """A day count for a sentence ("14")."""
    return f"{days:g}"


class _Lookup:
    """Per-model arrays the reasons read (built once per loaded model)."""

    def __init__(self, model: HybridRecommender) -> None:
        data = model.data
        self.codes = data.item_ids
        self.position = {str(c): i for i, c in enumerate(self.codes)}
        self.descriptions = data.items[I.DESCRIPTION].astype(str).to_numpy()
        self.categories = data.items[I.CATEGORY].astype(str).to_numpy()
        self.buyers = data.bought.tocsc()
        self._buyer_sets: dict[int, frozenset[int]] = {}
        self._popular = model.country_popular_
        self._ranks: dict[str, np.ndarray] = {}

    def buyer_set(self, item: int) -> frozenset[int]:
        """Rows of the customers who bought ``item`` (built on first use)."""
        found = self._buyer_sets.get(item)
        if found is None:
            cols = self.buyers
            found = frozenset(cols.indices[cols.indptr[item]:cols.indptr[item + 1]].tolist())
            self._buyer_sets[item] = found
        return found

    def country_rank(self, country: str) -> np.ndarray | None:
        """0-based rank of every item among the country's recent best sellers."""
        if country not in self._ranks:
            local = self._popular.get(country)
            if local is None:
                return None
            self._ranks[country] = np.argsort(np.argsort(-local, kind="stable"))
        return self._ranks[country]


def _lookup(model: HybridRecommender) -> _Lookup:
    cached = getattr(model, "lookup_", None)
    if cached is None:
        cached = _Lookup(model)
        model.lookup_ = cached  # type: ignore[attr-defined]
    return cached


class ReasonBuilder:
    """Builds score parts and reasons for one customer's items from a fitted hybrid."""

    def __init__(self, model: HybridRecommender, row: int,
                 parts: dict[str, np.ndarray] | None = None) -> None:
        self.model = model
        self.row = row
        data = model.data
        start, end = data.bought.indptr[row], data.bought.indptr[row + 1]
        self.history_idx = data.bought.indices[start:end]
        self.history_w = model.history_.data[start:end]
        self.cold = len(self.history_idx) == 0
        self.country = str(data.countries[row])
        self.parts: dict[str, np.ndarray] = (
            parts if parts or self.cold else model.components_row(row)) or {}
        self.lookup = _lookup(model)
        self._codes, self._desc, self._cats = (self.lookup.codes, self.lookup.descriptions,
                                               self.lookup.categories)
        self._country_rank = self.lookup.country_rank(self.country)
        self._score_parts: dict[int, dict[str, float]] = {}

    def score_parts(self, item: int) -> dict[str, float]:
        """The weighted contribution of each score part to one item."""
        found = self._score_parts.get(item)
        if found is None:
            found = self._score_parts[item] = self._compute_score_parts(item)
        return dict(found)

    def _compute_score_parts(self, item: int) -> dict[str, float]:
        if self.cold:
            local = self.model.country_popular_.get(self.country)
            return {"popular_in_country": float(local[item]) if local is not None else 0.0,
                    "popular": float(0.5 * self.model.popular_[item])}
        return {n: round(float(w * self.parts[n][item]), 6)
                for n, w in self.model.weights.items() if w}

    def contributions(self, item: int, top: int = 5) -> list[Contribution]:
        """The customer's purchases that most raised the item's collaborative score."""
        if self.cold:
            return []
        m = self.model
        ease = self.history_w * m.ease_[self.history_idx, item]
        knn = m.knn_dense_[self.history_idx, item]
        total = m.weights.get("ease", 0) * ease / (np.abs(ease).sum() or 1.0) + \
            m.weights.get("itemknn", 0) * knn / (knn.sum() or 1.0)
        positive = total.clip(min=0)
        share = positive / (positive.sum() or 1.0)
        order = np.argsort(-positive)[:top]
        return [Contribution(stock_code=str(self._codes[self.history_idx[j]]),
                             description=str(self._desc[self.history_idx[j]]),
                             contribution=round(float(share[j]), 4))
                for j in order if positive[j] > 0]

    def co_buyers(self, a: int, b: int) -> int:
        """Customers who bought both items."""
        return len(self.lookup.buyer_set(a) & self.lookup.buyer_set(b))

    def _item_text(self, item: int) -> str:
        return f"{self._codes[item]} {self._desc[item]}"

    def reasons(self, item: int, limit: int = 3) -> list[Reason]:
        """Up to ``limit`` reasons, strongest part first."""
        out: list[Reason] = []
        parts = self.score_parts(item)
        if self.cold:
            return self._cold_reasons(item)
        for name, value in sorted(parts.items(), key=lambda kv: -kv[1]):
            if value <= 0 or len(out) >= limit:
                continue
            if _FIXED_KIND.get(name) in {r.kind for r in out}:
                continue  # would only repeat a reason already given
            reason = self._reason(name, item)
            if reason is not None and reason.kind not in {r.kind for r in out}:
                out.append(reason)
        return out or [Reason(kind="popular", text="a steady seller in the catalogue",
                              evidence={"stock_code": str(self._codes[item])})]

    def _reason(self, name: str, item: int) -> Reason | None:
        if name in ("ease", "itemknn"):
            top = self.contributions(item, top=1)
            if not top:
                return None
            source = self.lookup.position[top[0].stock_code]
            both = self.co_buyers(source, item)
            return Reason(kind="bought_together",
                          text=f"bought together with {self._item_text(source)}",
                          evidence={"stock_code": top[0].stock_code,
                                    "description": top[0].description, "customers": both})
        if name == "content":
            sims = self.model.content_dense_[self.history_idx, item]
            if not len(sims) or sims.max() <= 0:
                return None
            source = int(self.history_idx[int(np.argmax(sims))])
            return Reason(kind="similar_description",
                          text=f"similar description to {self._item_text(source)}",
                          evidence={"stock_code": str(self._codes[source]),
                                    "description": str(self._desc[source]),
                                    "similarity": round(float(sims.max()), 3)})
        if name in ("popular", "trending", "rising"):
            days = {"trending": m_days(self.model.trend_days),
                    "rising": m_days(self.model.rise_days)}.get(name)
            return self._popular_reason(item, trending_days=days)
        if name == "category":
            category = str(self._cats[item])
            share = float(self.parts["category"][item])
            return Reason(kind="category_preference",
                          text=f"{share:.0%} of this customer's purchases are {category}",
                          evidence={"category": category, "share": round(share, 3)})
        return None

    def _popular_reason(self, item: int, *, trending_days: str | None) -> Reason:
        m = self.model
        if self._country_rank is not None and self._country_rank[item] < 100:
            rank = int(self._country_rank[item]) + 1
            return Reason(kind="popular_in_country",
                          text=f"popular in {self.country} lately (#{rank} there in the last "
                               f"{m.country_days:g} days)",
                          evidence={"country": self.country, "rank": rank})
        text = (f"selling more and more in the last {trending_days} days" if trending_days
                else f"one of the best sellers of the last {m_days(m.popular_days)} days")
        return Reason(kind="popular", text=text,
                      evidence={"stock_code": str(self._codes[item]),
                                "trending": trending_days is not None})

    def _cold_reasons(self, item: int) -> list[Reason]:
        out = []
        if self._country_rank is not None:
            rank = int(self._country_rank[item]) + 1
            out.append(Reason(kind="popular_in_country",
                              text=f"a best seller in {self.country} (#{rank} in the last "
                                   f"{self.model.country_days:g} days)",
                              evidence={"country": self.country, "rank": rank}))
        out.append(Reason(kind="popular", text="one of the best sellers overall",
                          evidence={"stock_code": str(self._codes[item])}))
        return out
