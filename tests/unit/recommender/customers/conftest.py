"""Customer models trained once per session on 400 synthetic customers (tmp directory)."""

from __future__ import annotations

import pytest

from assistant.settings import Settings
from recommender.registry import ModelVersion
from tests.conftest import make_settings


@pytest.fixture(scope="session")
def customers_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings whose artifacts hold prepared synthetic data (400 customers), nothing trained."""
    from recommender.data import ensure_prepared

    settings = make_settings(tmp_path_factory.mktemp("customers"))
    ensure_prepared(settings, show_progress=False)
    return settings


@pytest.fixture(scope="session")
def customers_version(customers_settings: Settings) -> ModelVersion:
    """The customer models trained with the default protocol."""
    from recommender.customers.training import train_customers

    return train_customers(customers_settings, show_progress=False)


@pytest.fixture(scope="session")
def service(customers_settings: Settings, customers_version: ModelVersion):  # type: ignore[no-untyped-def]
    """The champion CustomerModelsService."""
    from recommender.customers.service import load_champion_customers

    return load_champion_customers(customers_settings)
