"""Model cards generated at ingest from the model registry's recorded metrics.

Nothing here is typed by hand about a model's quality: each card reads the champion's
``ModelVersion`` (version, time, parameters, metrics, data) for the current data. A kind
with no champion gets a card that says so and how to train it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from assistant.settings import Settings
from knowledge_base.models import Document
from recommender.registry import ModelVersion, Registry

MANIFEST = "manifest.json"  # the prepared data's manifest (recommender/data/prepare.py)


@dataclass(frozen=True)
class CardSpec:
    """The fixed, descriptive part of one model card."""

    kind: str
    doc_id: str
    title: str
    purpose: str
    data: str
    limits: str
    train_command: str


CARDS: list[CardSpec] = [
    CardSpec(
        kind="recommender", doc_id="model-card-recommender",
        title="Model card: product recommender",
        purpose="Ranks catalogue products for one customer (the recommend-for-user tool). A "
        "hybrid of collaborative filtering (what similar customers bought, what is bought "
        "together) and content similarity of product descriptions, followed by business "
        "rules: items the customer already bought are excluded by default, preferred "
        "categories are boosted, items per category are capped for diversity and non-products "
        "(postage, fees) are never recommended. Every recommendation carries its reasons.",
        data="Purchase history (invoices) before a time cutoff; evaluated on the new items "
        "customers bought after the cutoff.",
        limits="Customers with no history get what sells in their country and segment (cold "
        "start), which is less personal. Brand-new products with no sales rely on description "
        "similarity only. The model knows nothing about stock levels, margins or prices after "
        "the data ends. Offline metrics measure ranking on past data, not campaign uplift.",
        train_command="assistant train recommender",
    ),
    CardSpec(
        kind="customers", doc_id="model-card-customers",
        title="Model card: customer segments and engagement prediction",
        purpose="Two models behind segment-customer and explain-prediction. Segmentation: "
        "K-means on scaled log RFM features (recency, frequency, monetary value, tenure, "
        "average order value, distinct items, return rate) giving named segments such as "
        "Champions, Loyal regulars, Big spenders, New customers, At risk, Hibernating and "
        "Occasional buyers. Engagement: a gradient-boosted model estimating the probability "
        "that a customer buys again within 90 days, with per-customer feature contributions "
        "that add up to the prediction (churn risk = 1 - probability).",
        data="Customer features computed only from purchases before a reference date; the "
        "engagement label is a purchase in the 90 days after it. Fitted at one reference date "
        "and tested at a later one.",
        limits="Segments describe past behaviour, not intent; a customer's segment changes as "
        "new orders arrive. The engagement probability is a statistical estimate for ranking "
        "and targeting, not a promise; contributions explain the model, not the customer's "
        "reasons. Do not use either model for credit, pricing per person or any decision with "
        "legal effect.",
        train_command="assistant train customers",
    ),
    CardSpec(
        kind="feedback", doc_id="model-card-feedback",
        title="Model card: feedback analysis (sentiment, themes, safety)",
        purpose="Reads customer feedback in English, Spanish and French and returns the "
        "language, sentiment (positive, negative, neutral) with a score and confidence, themes "
        "from a fixed taxonomy (delivery, damaged item, product quality, price/value, "
        "packaging, customer service, refund/returns, size/fit, missing feature or unmet need, "
        "praise) and safety concerns (burn/fire, choking, allergic reaction, cut/injury, "
        "electrical, toxic/chemical) with the evidence.",
        data="Labelled review sentences in three languages, multilingual lexicons, safety "
        "patterns, and a multilingual sentence encoder (Universal Sentence Encoder, shipped "
        "with its Python package) under learned safety and sentiment models that recognise "
        "harm described in words no pattern knows; the feedback table the "
        "assistant analyses is generated for the customers in the data (the UCI data has no "
        "reviews), which every answer about it must say.",
        limits="Sarcasm, mixed reviews and languages other than English, Spanish and French "
        "are less reliable. Safety detection favours recall: it flags anything that may be a "
        "safety report, so a flag means a human must read the text and follow the safety "
        "escalation procedure; the model never closes a safety case.",
        train_command="assistant train feedback",
    ),
]


def current_fingerprint(settings: Settings) -> str | None:
    """Fingerprint of the prepared data, or None when nothing is prepared yet."""
    path = settings.prepared_dir / MANIFEST
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text()).get("fingerprint")
    except json.JSONDecodeError:
        return None


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    if isinstance(value, list | tuple) and any(isinstance(v, dict) for v in value):
        return f"{len(value)} entries (see `assistant models list`)"
    if isinstance(value, list | tuple):
        text = ", ".join(_fmt(v) for v in value[:12])
        return text + (f", ... ({len(value)} in all)" if len(value) > 12 else "")
    return str(value)


def _flatten(values: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for key, value in values.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            rows.extend(_flatten(value, prefix=f"{name}."))
        else:
            rows.append((name, _fmt(value)))
    return rows


def _table(values: dict[str, Any], empty: str) -> str:
    rows = _flatten(values)[:60]
    if not rows:
        return empty
    lines = ["| name | value |", "| --- | --- |"]
    lines += [f"| {k} | {v.replace('|', '/')} |" for k, v in rows]
    return "\n".join(lines)


def render_card(spec: CardSpec, version: ModelVersion | None) -> str:
    """The Markdown body of one card (the status section comes from the registry)."""
    parts = [f"# {spec.title}", "", "## Purpose", spec.purpose, "", "## Training data",
             spec.data, ""]
    if version is None:
        parts += ["## Status", f"The {spec.kind} model is not trained yet for the current "
                  f"data, so there are no recorded metrics. Train it with `{spec.train_command}` "
                  "(or start the assistant with `assistant serve`, which trains every missing "
                  "model), then run `assistant kb ingest` to refresh this card.", ""]
    else:
        primary = version.metrics.get(version.primary_metric)
        parts += [
            "## Status",
            f"Champion version {version.version}, registered {version.created_at} "
            f"(UTC). Primary metric: {version.primary_metric} = "
            f"{_fmt(primary) if primary is not None else 'not recorded'}.", "",
            f"Trained on {version.data_source or 'the configured data'} (data fingerprint "
            f"{version.data_fingerprint[:12]}).", "",
            "## Metrics", "Figures recorded by the registry when this version was evaluated:",
            "", _table(version.metrics, "No metrics were recorded."), "",
            "## Parameters", _table(version.params, "No parameters were recorded."), "",
        ]
    parts += ["## Limits", spec.limits, "", "## How to retrain",
              f"Run `{spec.train_command}`; a new version becomes the champion only when its "
              f"primary metric is at least the current champion's on the same evaluation set "
              "(or the evaluation set changed). `assistant models list` "
              "shows every version. Re-run `assistant kb ingest` to refresh this card."]
    return "\n".join(parts) + "\n"


def model_cards(settings: Settings) -> list[Document]:
    """One generated card per model kind, from the champions for the current data."""
    registry = Registry(settings.models_dir)
    fingerprint = current_fingerprint(settings)
    docs = []
    for spec in CARDS:
        version = (registry.champion(spec.kind, fingerprint) if fingerprint
                   else registry.champion(spec.kind))
        updated = version.created_at[:10] if version else ""
        docs.append(Document(
            doc_id=spec.doc_id, title=spec.title, audience="marketing", updated=updated,
            body=render_card(spec, version), source_uri=f"kb://{spec.doc_id}", generated=True,
        ))
    return docs
