"""Predictors behind the tools: one interface per model, ``local`` and ``sagemaker``
implementations chosen by ``settings.predictor_backend``."""

from tools.predictors.base import (
    CustomerPredictor,
    Engagement,
    FeedbackPredictor,
    Recommendations,
    RecommenderPredictor,
    StoredFeedback,
)

__all__ = ["CustomerPredictor", "Engagement", "FeedbackPredictor", "Recommendations",
           "RecommenderPredictor", "StoredFeedback"]
