"""Make the product ready on the configured data: prepare, train what is missing, index.

``make run``, ``assistant serve`` and the test fixtures call :func:`ensure_ready`. Each step is
skipped when its output already exists for the current data (the registry keeps champions per
data fingerprint), so a second call is cheap.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from assistant.settings import Settings
from recommender.data import ensure_prepared
from recommender.data.store import read_manifest
from recommender.registry import Registry


@dataclass(frozen=True)
class Step:
    """One training step: the registry kind it produces and the function that trains it."""

    kind: str
    module: str
    function: str  # called as fn(settings, show_progress=...) -> ModelVersion


TRAINING_STEPS = [
    Step("recommender", "recommender.training", "train_recommender"),
    Step("customers", "recommender.customers.training", "train_customers"),
    Step("feedback", "recommender.feedback.training", "train_feedback"),
]


def _resolve(module: str, function: str) -> Callable[..., object] | None:
    try:
        return getattr(importlib.import_module(module), function)
    except (ImportError, AttributeError):
        return None


def ensure_ready(settings: Settings, *, show_progress: bool = True) -> list[str]:
    """Prepare data, train every model without a champion for this data, ingest the KB.

    Returns a line per action taken, for the caller to print.
    """
    done: list[str] = []
    prepared = ensure_prepared(settings, show_progress=show_progress)
    manifest = read_manifest(prepared) or {}
    fingerprint = manifest.get("fingerprint", "")
    summary = manifest.get("summary", {})
    done.append(f"data: {summary.get('rows_kept', '?')} purchase lines, "
                f"{summary.get('customers', '?')} customers from {manifest.get('source')}")
    registry = Registry(settings.models_dir)
    for step in TRAINING_STEPS:
        champion = registry.champion(step.kind, fingerprint)
        if champion is not None:
            done.append(f"{step.kind}: champion {champion.version} already trained")
            continue
        train = _resolve(step.module, step.function)
        if train is None:
            continue
        version = train(settings, show_progress=show_progress)
        done.append(f"{step.kind}: trained {getattr(version, 'version', version)}")
    ingest = _resolve("knowledge_base.ingest", "ingest")
    if ingest is not None:
        report = ingest(settings, show_progress=show_progress)
        done.append(f"knowledge base: {report}")
    return done
