"""Fixtures of the feedback tests: small synthetic data and one trained feedback model."""

from __future__ import annotations

import pytest

from assistant.settings import Settings
from recommender.feedback.analyser import LocalFeedbackAnalyser
from tests.conftest import make_settings


@pytest.fixture(scope="session")
def feedback_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings over 80 synthetic customers with a trained, registered feedback model."""
    from recommender.data import ensure_prepared
    from recommender.feedback.training import train_feedback

    settings = make_settings(tmp_path_factory.mktemp("feedback"), synthetic_customers=80)
    ensure_prepared(settings, show_progress=False)
    train_feedback(settings, show_progress=False)
    return settings


@pytest.fixture(scope="session")
def lexicon_analyser() -> LocalFeedbackAnalyser:
    """The local analyser with no trained model (lexicons only)."""
    return LocalFeedbackAnalyser()


@pytest.fixture(scope="session")
def trained_analyser(feedback_settings: Settings) -> LocalFeedbackAnalyser:
    """The local analyser loaded from the registry (lexicons + classifier)."""
    return LocalFeedbackAnalyser.from_settings(feedback_settings)
