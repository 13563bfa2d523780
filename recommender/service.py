"""The recommender as a service: load a registered version, recommend, explain.

``load_champion_recommender(settings)`` is what the tools, the API and the CLI call; it
caches the loaded model per version directory.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from assistant.errors import AssistantError
from assistant.settings import Settings
from recommender.data.categories import CATEGORIES
from recommender.data.columns import I
from recommender.models.base import check_k
from recommender.models.hybrid import HybridRecommender
from recommender.models.reasons import Contribution, Reason, ReasonBuilder
from recommender.models.storage import load_hybrid
from recommender.registry import ModelVersion, Registry, load_version

__all__ = ["Contribution", "ItemExplanation", "Reason", "Recommendation", "RecommenderService",
           "load_champion_recommender"]
KIND = "recommender"


class Recommendation(BaseModel):
    """One recommended product with its score parts and reasons."""

    stock_code: str = Field(description="Product code (StockCode).")
    description: str = Field(description="Product name.")
    category: str = Field(description="Derived product category.")
    price: float = Field(description="Median unit price, GBP.")
    score: float = Field(description="Blended score (higher is better).")
    score_parts: dict[str, float] = Field(description="Weighted contribution of each part.")
    reasons: list[Reason] = Field(description="Why it is recommended, strongest first.")


class ItemExplanation(BaseModel):
    """Why one product is (or is not) recommended to one customer."""

    customer_id: str
    stock_code: str
    description: str
    category: str
    rank: int | None = Field(description="Position in the customer's list (1 = first); None "
                                         "when excluded because already bought.")
    score: float
    score_parts: dict[str, float]
    reasons: list[Reason]
    already_purchased: bool = Field(description="The customer has bought it before.")
    purchased_items_that_led_to_it: list[Contribution] = Field(
        description="The customer's purchases that raised its score most.")
    similar_customers_count: int = Field(
        description="Customers sharing at least two purchases with this one who bought it.")
    cold_start: bool = Field(description="True when the customer has no purchase history.")


class RecommenderService:
    """A loaded recommender version answering per-customer questions."""

    def __init__(self, model: HybridRecommender, version: ModelVersion | None = None) -> None:
        self.model = model
        self.version = version
        items = model.data.items
        self._codes = model.data.item_ids
        self._code_pos = {str(c): i for i, c in enumerate(self._codes)}
        self._desc = items[I.DESCRIPTION].astype(str).to_numpy()
        self._cats = items[I.CATEGORY].astype(str).to_numpy()
        self._price = items[I.PRICE].astype(float).to_numpy()

    @classmethod
    def load(cls, path: Path | str) -> RecommenderService:
        """Load a registered version directory (clear error when missing or incompatible)."""
        path = Path(path)
        if not path.is_dir():
            raise AssistantError(f"model directory not found: {path}", code="not_found")
        version = load_version(path)
        if version.kind != KIND:
            raise AssistantError(f"{path} holds a {version.kind} model, not a recommender")
        return cls(load_hybrid(path), version)

    # -- lookups ---------------------------------------------------------------------------
    def has_customer(self, customer_id: str) -> bool:
        """True when the customer is in the data the model was trained on."""
        return self.model.data.has_customer(str(customer_id).strip())

    def customer_country(self, customer_id: str) -> str | None:
        """The customer's country, or None for an unknown customer."""
        cid = str(customer_id).strip()
        return str(self.model.data.countries[self.model.data.row(cid)]) \
            if self.has_customer(cid) else None

    def _row(self, customer_id: str) -> int:
        return self.model.data.row(str(customer_id).strip())

    def _category(self, category: str | None) -> str | None:
        if category is None or not str(category).strip():
            return None
        wanted = str(category).strip().lower()
        for name in CATEGORIES:
            if name.lower() == wanted:
                return name
        raise AssistantError(f"unknown category {category!r}: choose one of "
                             f"{', '.join(CATEGORIES)}", details={"valid": CATEGORIES})

    def _item(self, stock_code: str) -> int:
        pos = self._code_pos.get(str(stock_code).strip().upper(),
                                 self._code_pos.get(str(stock_code).strip()))
        if pos is None:
            raise AssistantError(f"product {stock_code} is not in the catalogue",
                                 code="not_found")
        return pos

    # -- recommending -------------------------------------------------------------------------
    def ranked(self, customer_id: str, k: int, *, exclude_purchased: bool = True,
               category: str | None = None) -> tuple[int, np.ndarray, np.ndarray]:
        """(row, item indices, scores) of the top ``k`` (no reasons: the fast path)."""
        row, idx, scores, _ = self._ranked(customer_id, k, exclude_purchased=exclude_purchased,
                                           category=category)
        return row, idx, scores

    def _ranked(self, customer_id: str, k: int, *, exclude_purchased: bool,
                category: str | None) -> tuple[int, np.ndarray, np.ndarray,
                                               dict[str, np.ndarray]]:
        k = check_k(k)
        cat = self._category(category)
        row = self._row(customer_id)
        scores, parts = self.model.score_row(row)
        if exclude_purchased:
            bought = self.model.data.bought
            scores[bought.indices[bought.indptr[row]:bought.indptr[row + 1]]] = -np.inf
        if cat is not None:
            scores[self._cats != cat] = -np.inf
        idx, top = self.model.rank(scores[None, :], k)
        keep = np.isfinite(top[0])
        return row, idx[0][keep], top[0][keep], parts

    def recommend(self, customer_id: str, k: int = 10, *, exclude_purchased: bool = True,
                  category: str | None = None) -> list[Recommendation]:
        """The customer's top ``k`` products with score parts and reasons."""
        row, idx, scores, parts = self._ranked(customer_id, k,
                                               exclude_purchased=exclude_purchased,
                                               category=category)
        builder = ReasonBuilder(self.model, row, parts)
        return [self._recommendation(builder, int(i), float(s))
                for i, s in zip(idx, scores, strict=True)]

    def _recommendation(self, builder: ReasonBuilder, item: int, score: float) -> Recommendation:
        return Recommendation(
            stock_code=str(self._codes[item]), description=str(self._desc[item]),
            category=str(self._cats[item]), price=round(float(self._price[item]), 2),
            score=round(score, 6), score_parts=builder.score_parts(item),
            reasons=builder.reasons(item))

    def similar_items(self, stock_code: str, k: int = 10) -> list[Recommendation]:
        """"More like this": the products whose descriptions are closest to one product's."""
        k = check_k(k)
        item = self._item(stock_code)
        sims = self.model.content_dense_[item].astype(np.float64)
        sims[item] = -np.inf
        order = [int(i) for i in np.argsort(-sims, kind="stable")[:k] if sims[i] > 0]
        source = f"{self._codes[item]} {self._desc[item]}"
        return [Recommendation(
            stock_code=str(self._codes[i]), description=str(self._desc[i]),
            category=str(self._cats[i]), price=round(float(self._price[i]), 2),
            score=round(float(sims[i]), 6), score_parts={"content": round(float(sims[i]), 6)},
            reasons=[Reason(kind="similar_description", text=f"similar description to {source}",
                            evidence={"stock_code": str(self._codes[item]),
                                      "description": str(self._desc[item]),
                                      "similarity": round(float(sims[i]), 3)})])
            for i in order]

    def explain_item(self, customer_id: str, stock_code: str) -> ItemExplanation:
        """Which purchases, similar customers or rules put a product in front of a customer."""
        row = self._row(customer_id)
        item = self._item(stock_code)
        scores, parts = self.model.score_row(row)
        builder = ReasonBuilder(self.model, row, parts)
        bought = self.model.data.bought
        history = bought.indices[bought.indptr[row]:bought.indptr[row + 1]]
        purchased = bool(np.isin(item, history))
        rank = None
        if not purchased:
            candidates = scores.copy()
            candidates[history] = -np.inf
            rank = int((candidates > candidates[item]).sum()) + 1
        return ItemExplanation(
            customer_id=str(customer_id).strip(), stock_code=str(self._codes[item]),
            description=str(self._desc[item]), category=str(self._cats[item]), rank=rank,
            score=round(float(scores[item]), 6), score_parts=builder.score_parts(item),
            reasons=builder.reasons(item), already_purchased=purchased,
            purchased_items_that_led_to_it=builder.contributions(item),
            similar_customers_count=self._similar_customers_count(row, item),
            cold_start=builder.cold,
        )

    def _similar_customers_count(self, row: int, item: int) -> int:
        bought = self.model.data.bought
        overlap = np.asarray((bought @ bought[row].T).toarray()).ravel()
        overlap[row] = 0
        similar = overlap >= 2
        buyers = self.model.data.bought[:, [item]].toarray().ravel() > 0
        return int((similar & buyers).sum())


_CACHE: dict[Path, RecommenderService] = {}


def load_champion_recommender(settings: Settings) -> RecommenderService:
    """The champion recommender for the current data (loaded once per version directory)."""
    from recommender.data import ensure_prepared
    from recommender.data.store import read_manifest

    manifest = read_manifest(ensure_prepared(settings, show_progress=False)) or {}
    champion = Registry(settings.models_dir).champion(KIND, manifest.get("fingerprint"))
    if champion is None:
        raise AssistantError("the recommender has not been trained yet: run assistant train "
                             "recommender", code="not_ready")
    path = champion.path.resolve()
    if path not in _CACHE:
        service = RecommenderService(load_hybrid(path), champion)
        _CACHE[path] = service
    return _CACHE[path]
