"""Content-based model: TF-IDF on product descriptions ("more like this", cold items)."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from recommender.data.columns import I
from recommender.models.base import Recommender, item_item_scores
from recommender.models.interactions import InteractionData
from recommender.models.itemknn import keep_top_neighbours


def description_similarity(descriptions: list[str], *, neighbours: int | None = 50) -> np.ndarray:
    """Dense item x item cosine similarity of TF-IDF description vectors, zero diagonal."""
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1,
                                 token_pattern=r"(?u)\b[A-Za-z][A-Za-z]+\b")
    texts = [d if isinstance(d, str) and d.strip() else "unknown" for d in descriptions]
    vectors = vectorizer.fit_transform(texts)
    sim = (vectors @ vectors.T).toarray()
    np.fill_diagonal(sim, 0.0)
    return keep_top_neighbours(sim, neighbours)


class ContentRecommender(Recommender):
    """Scores an item by its description's similarity to what the customer bought
    (averaged over the purchases), so items nobody has bought yet can be found."""

    name = "content"

    def __init__(self, neighbours: int | None = 50) -> None:
        self.neighbours = neighbours

    def _fit(self, data: InteractionData) -> None:
        descriptions = data.items[I.DESCRIPTION].astype(str).tolist()
        self.similarity_ = description_similarity(
            descriptions, neighbours=self.neighbours).astype(np.float32)

    def score(self, rows: np.ndarray) -> np.ndarray:
        """Mean description similarity to the customer's purchases."""
        history = self.data.bought[rows]
        counts = np.maximum(np.asarray(history.sum(axis=1)).ravel(), 1.0)
        return item_item_scores(history, self.similarity_) / counts[:, None]

    def similar_items(self, stock_code: str, k: int = 10) -> list[tuple[str, float]]:
        """The ``k`` products whose descriptions are closest to one product's."""
        items = self.data.item_ids
        pos = np.flatnonzero(items == stock_code)
        if not len(pos):
            from assistant.errors import AssistantError

            raise AssistantError(f"product {stock_code} is not in the catalogue", code="not_found")
        row = self.similarity_[pos[0]]
        order = np.argsort(-row)[:k]
        return [(str(items[i]), float(row[i])) for i in order if row[i] > 0]
