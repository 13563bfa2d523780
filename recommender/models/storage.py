"""Saving a fitted hybrid recommender to a directory and loading it back.

Files: ``hybrid.json`` (parameters and format), ``hybrid.npz`` (matrices, no pickles) and
``items.parquet`` (the catalogue). Loading checks the format and names what is missing.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

from assistant.errors import AssistantError
from recommender.models.hybrid import HybridRecommender
from recommender.models.interactions import InteractionData

MODEL_FORMAT = 2
PARAMS_FILE, ARRAYS_FILE, ITEMS_FILE = "hybrid.json", "hybrid.npz", "items.parquet"


def _csr_arrays(prefix: str, matrix: sp.csr_matrix) -> dict[str, np.ndarray]:
    return {f"{prefix}_data": matrix.data, f"{prefix}_indices": matrix.indices,
            f"{prefix}_indptr": matrix.indptr, f"{prefix}_shape": np.array(matrix.shape)}


def _csr(arrays: dict[str, np.ndarray], prefix: str) -> sp.csr_matrix:
    return sp.csr_matrix((arrays[f"{prefix}_data"], arrays[f"{prefix}_indices"],
                          arrays[f"{prefix}_indptr"]), shape=tuple(arrays[f"{prefix}_shape"]))


def save_hybrid(model: HybridRecommender, directory: Path) -> list[Path]:
    """Write a fitted model into ``directory`` (created when missing)."""
    data = model.data
    directory.mkdir(parents=True, exist_ok=True)
    countries = sorted(model.country_popular_)
    arrays = {
        "ease": model.ease_, "popular": model.popular_, "trending": model.trending_,
        "rising": model.rising_,
        "cached_rows": model.cached_rows_, "cached_scores": model.cached_scores_,
        "item_category": model.item_category_,
        "category_names": np.asarray(model.category_names_, dtype=str),
        "country_names": np.asarray(countries, dtype=str),
        "country_popular": np.vstack([model.country_popular_[c] for c in countries])
        if countries else np.zeros((0, data.n_items), dtype=np.float32),
        "customer_ids": np.asarray(data.customer_ids, dtype=str),
        "countries": np.asarray(data.countries, dtype=str),
        "last_day": data.last_day, "invoices": data.invoices,
        "reference_day": np.array([data.reference_day]),
        **_csr_arrays("knn", model.knn_), **_csr_arrays("content", model.content_),
        **_csr_arrays("bought", data.bought),
    }
    np.savez(directory / ARRAYS_FILE, **arrays)  # type: ignore[arg-type]
    data.items.to_parquet(directory / ITEMS_FILE, index=False)
    meta = {"format": MODEL_FORMAT, "model": model.name, "params": model.get_params()}
    (directory / PARAMS_FILE).write_text(json.dumps(meta, indent=2))
    return [directory / PARAMS_FILE, directory / ARRAYS_FILE, directory / ITEMS_FILE]


def is_compatible(directory: Path) -> bool:
    """True when ``directory`` holds a model this code can load."""
    try:
        meta = json.loads((Path(directory) / PARAMS_FILE).read_text())
    except (OSError, ValueError):
        return False
    return bool(meta.get("format") == MODEL_FORMAT)


def load_hybrid(directory: Path) -> HybridRecommender:
    """Read a model written by :func:`save_hybrid` (clear errors for a wrong directory)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise AssistantError(f"model directory not found: {directory}", code="not_found")
    missing = [f for f in (PARAMS_FILE, ARRAYS_FILE, ITEMS_FILE) if not (directory / f).exists()]
    if missing:
        raise AssistantError(f"{directory} is not a recommender model directory (missing "
                             f"{', '.join(missing)})", code="not_found")
    meta = json.loads((directory / PARAMS_FILE).read_text())
    if meta.get("format") != MODEL_FORMAT:
        raise AssistantError(f"{directory} holds a recommender of an incompatible version "
                             f"(format {meta.get('format')}, expected {MODEL_FORMAT}): retrain "
                             "it with: assistant train recommender")
    with np.load(directory / ARRAYS_FILE, allow_pickle=False) as npz:
        arrays = {name: npz[name] for name in npz.files}
    data = InteractionData(
        customer_ids=arrays["customer_ids"].astype(object),
        countries=arrays["countries"].astype(object),
        items=pd.read_parquet(directory / ITEMS_FILE),
        bought=_csr(arrays, "bought"), last_day=arrays["last_day"],
        invoices=arrays["invoices"], reference_day=float(arrays["reference_day"][0]),
    )
    model = HybridRecommender(**meta["params"])
    model.data_ = data
    model.ease_ = np.ascontiguousarray(arrays["ease"])
    model.knn_ = _csr(arrays, "knn")
    model.content_ = _csr(arrays, "content")
    model.popular_ = arrays["popular"]
    model.trending_ = arrays["trending"]
    model.rising_ = arrays["rising"]
    model.item_category_ = arrays["item_category"]
    model.category_names_ = arrays["category_names"].astype(object)
    model.country_popular_ = {str(c): arrays["country_popular"][i]
                              for i, c in enumerate(arrays["country_names"])}
    model.fit_components_(data)
    model.set_cache_(arrays["cached_rows"], arrays["cached_scores"])
    return model
