"""The hybrid recommender: blended collaborative, content and popularity scores plus rules.

Score parts (each scaled to [0, 1] per customer, then weighted):

- ``ease``: EASE item-item weights learned on a time-weighted purchase matrix (recent
  baskets count more), applied to the customer's history (recency-weighted when
  ``history_half_life`` is set);
- ``itemknn``: cosine item-kNN on the binary matrix (top neighbours only);
- ``content``: TF-IDF description similarity to what the customer bought;
- ``popular``: distinct buyers in the last ``popular_days``;
- ``trending``: buyers in the last ``trend_days`` relative to the ``trend_base_days`` before;
- ``rising``: the same over the short windows ``rise_days`` / ``rise_base_days`` (products
  taking off right now, e.g. the run-up to a season);
- ``category``: the customer's share of purchases in the item's category (the
  "preferred categories" boost).

Rules: products already bought are excluded (on by default), at most ``max_per_category``
items of one category per list, non-products never enter the catalogue. A customer without
history gets what sells in their country (cold start). The weights are tuned on a validation
window before the evaluation cutoff (:mod:`recommender.training`).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from recommender.data.columns import I
from recommender.models.base import Recommender, top_k
from recommender.models.content import description_similarity
from recommender.models.ease import ease_weights
from recommender.models.interactions import InteractionData
from recommender.models.itemknn import cosine_item_similarity, keep_top_neighbours

COMPONENTS = ("ease", "itemknn", "content", "popular", "trending", "rising", "category")
DEFAULT_WEIGHTS: dict[str, float] = {"ease": 1.0, "itemknn": 0.1, "content": 0.4,
                                     "popular": 0.2, "trending": 0.7, "rising": 0.3,
                                     "category": 0.2}


def _scale(x: np.ndarray) -> np.ndarray:
    """Divide each row by its largest absolute value (rows of zeros stay zero)."""
    top = np.abs(x).max(axis=1, keepdims=True)
    return x / np.where(top > 0, top, 1.0)


def _growth(data: InteractionData, recent_days: float, base_days: float) -> np.ndarray:
    """Recent buyers relative to those of the weeks before, damped for tiny counts."""
    recent = data.recent_buyers(recent_days)
    before = data.recent_buyers(base_days) - recent
    return _unit((recent + 1.0) / (before + 3.0) * np.log1p(recent))


def _unit(v: np.ndarray) -> np.ndarray:
    top = float(np.abs(v).max(initial=0.0))
    return (v / top if top > 0 else v).astype(np.float32)


class HybridRecommender(Recommender):
    """Blend of EASE, item-kNN, content and popularity scores with business rules."""

    name = "hybrid"

    def __init__(self, weights: dict[str, float] | None = None, l2: float = 300.0,
                 train_half_life: float | None = 60.0, history_half_life: float | None = None,
                 knn_neighbours: int | None = 100, content_neighbours: int | None = 50,
                 popular_days: float = 30.0, trend_days: float = 30.0,
                 trend_base_days: float = 90.0, rise_days: float = 14.0,
                 rise_base_days: float = 60.0,
                 country_days: float = 90.0, max_per_category: int | None = None,
                 cache_min_items: int | None = 48) -> None:
        self.weights = dict(DEFAULT_WEIGHTS if weights is None else weights)
        self.l2 = l2
        self.train_half_life = train_half_life
        self.history_half_life = history_half_life
        self.knn_neighbours = knn_neighbours
        self.content_neighbours = content_neighbours
        self.popular_days = popular_days
        self.trend_days = trend_days
        self.trend_base_days = trend_base_days
        self.rise_days = rise_days
        self.rise_base_days = rise_base_days
        self.country_days = country_days
        self.max_per_category = max_per_category
        self.cache_min_items = cache_min_items

    # -- fitting ---------------------------------------------------------------------------
    def _fit(self, data: InteractionData) -> None:
        weighted = data.history(half_life=self.train_half_life)
        self.ease_ = np.ascontiguousarray(ease_weights(weighted, self.l2), dtype=np.float32)
        knn = keep_top_neighbours(cosine_item_similarity(data.bought), self.knn_neighbours)
        self.knn_ = sp.csr_matrix(knn.astype(np.float32))
        content = description_similarity(data.items[I.DESCRIPTION].astype(str).tolist(),
                                         neighbours=self.content_neighbours)
        self.content_ = sp.csr_matrix(content.astype(np.float32))
        self.popular_ = _unit(data.recent_buyers(self.popular_days))
        self.trending_ = _growth(data, self.trend_days, self.trend_base_days)
        self.rising_ = _growth(data, self.rise_days, self.rise_base_days)
        categories = data.items[I.CATEGORY].astype(str).to_numpy()
        self.category_names_, self.item_category_ = np.unique(categories, return_inverse=True)
        self.country_popular_ = {
            str(country): _unit(data.recent_buyers(self.country_days,
                                                   np.flatnonzero(data.countries == country)))
            for country in np.unique(data.countries)
        }
        self.fit_components_(data)
        self.set_cache_(np.zeros(0, dtype=np.int64), np.zeros((0, data.n_items), np.float32))

    def cache_heavy_(self) -> None:
        """For serving: precompute the blended scores of customers with long histories (their on-line
        scoring is the slowest), so every single-customer answer is a lookup or a few
        row gathers."""
        sizes = np.diff(self.data.bought.indptr)
        rows = (np.flatnonzero(sizes >= self.cache_min_items) if self.cache_min_items
                else np.zeros(0, dtype=np.int64))
        self.cached_rows_ = np.asarray(rows, dtype=np.int64)
        self.cached_scores_ = (np.vstack([self.blend(self.components(self.cached_rows_[i:i + 256]))
                                          for i in range(0, len(rows), 256)]).astype(np.float32)
                               if len(rows) else np.zeros((0, self.data.n_items), np.float32))
        self.set_cache_(self.cached_rows_, self.cached_scores_)

    def set_cache_(self, rows: np.ndarray, scores: np.ndarray) -> None:
        """Install precomputed scores (also after loading from disk)."""
        self.cached_rows_, self.cached_scores_ = rows, scores
        self.cache_pos_ = {int(r): i for i, r in enumerate(rows)}

    def fit_components_(self, data: InteractionData) -> None:
        """Cache what scoring needs (also after loading from disk): the history view and
        dense copies of the sparse similarity matrices (row gathers are fastest)."""
        self.history_ = data.history(half_life=self.history_half_life)
        self.knn_dense_ = np.ascontiguousarray(self.knn_.toarray())
        self.content_dense_ = np.ascontiguousarray(self.content_.toarray())

    # -- scoring -----------------------------------------------------------------------------
    def components(self, rows: np.ndarray) -> dict[str, np.ndarray]:
        """Each score part, scaled to [0, 1] per customer (len(rows) x n_items)."""
        _ = self.data
        history = self.history_[rows]
        binary = self.data.bought[rows]
        n = len(rows)
        cat = np.zeros((n, len(self.category_names_)), dtype=np.float32)
        coo = binary.tocoo()
        np.add.at(cat, (coo.row, self.item_category_[coo.col]), 1.0)
        cat /= np.maximum(cat.sum(axis=1, keepdims=True), 1.0)
        return {
            "ease": _scale(np.asarray(history @ self.ease_)),
            "itemknn": _scale(np.asarray(binary @ self.knn_dense_)),
            "content": _scale(np.asarray(binary @ self.content_dense_)),
            "popular": np.broadcast_to(self.popular_, (n, len(self.popular_))),
            "trending": np.broadcast_to(self.trending_, (n, len(self.trending_))),
            "rising": np.broadcast_to(self.rising_, (n, len(self.rising_))),
            "category": cat[:, self.item_category_],
        }

    def components_row(self, row: int) -> dict[str, np.ndarray]:
        """:meth:`components` for one customer, with plain numpy gathers (the fast path)."""
        bought = self.data.bought
        start, end = bought.indptr[row], bought.indptr[row + 1]
        idx = bought.indices[start:end]
        weights = self.history_.data[start:end]
        counts = np.bincount(self.item_category_[idx], minlength=len(self.category_names_))
        cat = counts / max(len(idx), 1)

        def unit(x: np.ndarray) -> np.ndarray:
            top = float(np.abs(x).max(initial=0.0))
            return x / top if top > 0 else x

        n = self.data.n_items
        small = len(idx) <= 64  # row gathers beat a sparse product for short histories
        if not small:
            pointers = np.array([0, len(idx)])
            weighted = sp.csr_matrix((weights, idx, pointers), shape=(1, n))
            binary = sp.csr_matrix((np.ones(len(idx), dtype=np.float32), idx, pointers),
                                   shape=(1, n))

        def part(name: str, matrix: np.ndarray, *, weighted_history: bool = False
                 ) -> np.ndarray:
            if not self.weights.get(name):  # unused parts are not computed
                return np.zeros(n, dtype=np.float32)
            if small:
                rows = matrix[idx]
                return unit(weights @ rows if weighted_history else rows.sum(axis=0))
            return unit(((weighted if weighted_history else binary) @ matrix)[0])

        return {
            "ease": part("ease", self.ease_, weighted_history=True),
            "itemknn": part("itemknn", self.knn_dense_),
            "content": part("content", self.content_dense_),
            "popular": self.popular_, "trending": self.trending_, "rising": self.rising_,
            "category": cat[self.item_category_],
        }

    def cold_scores(self, country: str | None) -> np.ndarray:
        """What a customer without history gets: their country's best sellers, then the
        overall ones."""
        local = self.country_popular_.get(country or "", np.zeros_like(self.popular_))
        return local + 0.5 * self.popular_

    def blend(self, parts: dict[str, np.ndarray], weights: dict[str, float] | None = None
              ) -> np.ndarray:
        """The weighted sum of score parts (item-level parts broadcast over customers are
        summed once as a vector)."""
        weights = self.weights if weights is None else weights
        first = next(iter(parts.values()))
        many = first.ndim == 2 and len(first) > 1
        out = np.zeros(first.shape, dtype=np.float32 if many else np.float64)
        shared = np.zeros(first.shape[-1], dtype=out.dtype)
        for name, value in parts.items():
            w = weights.get(name)
            if not w:
                continue
            if value.ndim == 2 and value.strides[0] == 0:  # the same row for everyone
                shared += w * value[0]
            else:
                out += w * value
        out += shared
        return out

    def score_row(self, row: int) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """One customer's blended scores and the score parts behind them."""
        if self.is_cold(row):
            return self.cold_scores(str(self.data.countries[row])).astype(np.float64), {}
        cached = getattr(self, "cache_pos_", {}).get(row)
        if cached is not None:  # parts are recomputed only if reasons ask for them
            return self.cached_scores_[cached].astype(np.float64), {}
        parts = self.components_row(row)
        return self.blend({n: v[None, :] for n, v in parts.items()})[0], parts

    def score(self, rows: np.ndarray) -> np.ndarray:
        """Blended scores; customers without history get the cold-start scores."""
        rows = np.asarray(rows)
        if len(rows) == 1:
            return self.score_row(int(rows[0]))[0][None, :]
        scores = self.blend(self.components(rows))
        empty = np.diff(self.data.bought.indptr)[rows] == 0
        for i in np.flatnonzero(empty):
            scores[i] = self.cold_scores(str(self.data.countries[rows[i]]))
        return scores

    def is_cold(self, row: int) -> bool:
        """True when the customer has no purchase history in the model."""
        return bool(self.data.bought.indptr[row + 1] == self.data.bought.indptr[row])

    def recommend_rows(self, rows: np.ndarray, k: int = 10, *, exclude_purchased: bool = True,
                       candidates: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` per row after exclusion, an optional candidate mask and the category cap."""
        rows = np.asarray(rows)
        scores = self.score(rows)
        if exclude_purchased:
            bought = self.data.bought
            if len(rows) == 1:
                scores[0, bought.indices[bought.indptr[rows[0]]:bought.indptr[rows[0] + 1]]] = -np.inf
            else:
                scores[bought[rows].nonzero()] = -np.inf
        if candidates is not None:
            scores[:, ~candidates] = -np.inf
        return self.rank(scores, k)

    def rank(self, scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` indices and scores with at most ``max_per_category`` per category."""
        cap = self.max_per_category
        k = min(k, scores.shape[1])
        if not cap or cap >= k:
            idx = top_k(scores, k)
            return idx, np.take_along_axis(scores, idx, axis=1)
        pool = top_k(scores, min(scores.shape[1], k * 4))
        out_idx = np.zeros((len(scores), k), dtype=np.int64)
        out_score = np.full((len(scores), k), -np.inf)
        for r, cand in enumerate(pool):
            counts: dict[int, int] = {}
            chosen: list[int] = []
            for i in cand:
                c = int(self.item_category_[i])
                if counts.get(c, 0) < cap:
                    counts[c] = counts.get(c, 0) + 1
                    chosen.append(int(i))
                if len(chosen) == k:
                    break
            rest = [int(i) for i in cand if int(i) not in set(chosen)]
            chosen += rest[:k - len(chosen)]  # fill when too few categories qualify
            out_idx[r] = chosen
            out_score[r] = scores[r, chosen]
        return out_idx, out_score
