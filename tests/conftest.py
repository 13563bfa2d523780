"""Shared fixtures: small synthetic data and fully trained artifacts in a temporary directory.

Tests never touch ./artifacts. ``ready_settings`` trains every model once per test session on
400 synthetic customers (via assistant.bootstrap.ensure_ready) and is shared by the tools,
agent, API and eval tests.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.settings import Settings

REAL_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "online_retail.csv.gz"
REAL_SENTIMENT = REAL_DATA.parent / "sentiment" / "amazon_cells_labelled.txt"

# Tests must never reach AWS, even by accident.
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
for _var in ("AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
    os.environ.pop(_var, None)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def make_settings(artifacts: Path, **overrides: object) -> Settings:
    """Settings for a test: synthetic data, offline backends, artifacts in ``artifacts``."""
    values: dict[str, object] = {"artifacts": artifacts, "synthetic_customers": 400,
                                 "synthetic_seed": 11, "chat_model": "offline"}
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def prepared_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings whose artifact directory holds prepared synthetic tables (400 customers)."""
    from recommender.data import ensure_prepared

    settings = make_settings(tmp_path_factory.mktemp("prepared"))
    ensure_prepared(settings, show_progress=False)
    return settings


@pytest.fixture(scope="session")
def ready_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings with every model trained and the knowledge base ingested (synthetic data)."""
    from assistant.bootstrap import ensure_ready

    settings = make_settings(tmp_path_factory.mktemp("ready"))
    ensure_ready(settings, show_progress=False)
    return settings


@pytest.fixture(scope="session")
def real_data() -> Path:
    """The real UCI file in ../shared/data (the test is skipped when it is absent)."""
    if not REAL_DATA.exists():
        pytest.skip(f"real data not present at {REAL_DATA}")
    return REAL_DATA
