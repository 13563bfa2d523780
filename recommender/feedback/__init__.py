"""Customer feedback analysis: language, sentiment, themes, unmet needs and safety concerns.

Two backends share one output model (:class:`FeedbackAnalysis`): the local, offline analyser
(lexicons with negation for en/es/fr plus an optional trained classifier) and Claude on Bedrock.
"""

from recommender.feedback.aggregate import aggregate
from recommender.feedback.analyser import FeedbackAnalyser, LocalFeedbackAnalyser, build_analyser
from recommender.feedback.models import (
    SAFETY_CATEGORIES,
    THEMES,
    FeedbackAggregate,
    FeedbackAnalysis,
    GroupSummary,
    SafetyCase,
)
from recommender.feedback.synth import ensure_feedback_table, select_feedback

__all__ = ["SAFETY_CATEGORIES", "THEMES", "FeedbackAggregate", "FeedbackAnalyser",
           "FeedbackAnalysis", "GroupSummary", "LocalFeedbackAnalyser", "SafetyCase",
           "aggregate", "build_analyser", "ensure_feedback_table", "select_feedback"]


def __getattr__(name: str) -> object:
    if name == "BedrockFeedbackAnalyser":
        from recommender.feedback.bedrock import BedrockFeedbackAnalyser

        return BedrockFeedbackAnalyser
    raise AttributeError(name)
