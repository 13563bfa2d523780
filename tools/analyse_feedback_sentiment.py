"""analyse-feedback-sentiment: per-text sentiment, themes, unmet needs and safety concerns of
pasted texts or of the stored feedback table, with an aggregate."""

from __future__ import annotations

from collections import Counter

from tools.context import ToolContext
from tools.inputs import AnalyseFeedbackSentimentInput
from tools.outputs import (
    AnalyseFeedbackSentimentOutput,
    FeedbackAggregate,
    FeedbackResult,
    SafetyCase,
    ThemeCount,
)

MAX_STORED_RESULTS = 10  # per-row results listed for a table selection (aggregate: all)
TOP_THEMES = 5
GENERATED_NOTE = ("The stored feedback is generated (synthetic) for demonstration, not written "
                  "by real customers; treat figures as illustrative.")


def aggregate(results: list[FeedbackResult]) -> FeedbackAggregate:
    """Count, shares, top themes and every safety case of the results."""
    count = len(results)
    negative = sum(r.sentiment == "negative" for r in results)
    positive = sum(r.sentiment == "positive" for r in results)
    themes = Counter(theme for r in results for theme in dict.fromkeys(r.themes))
    cases = [SafetyCase(text=r.text, categories=r.safety_categories, evidence=r.evidence,
                        feedback_id=r.feedback_id, customer_id=r.customer_id)
             for r in results if r.safety_concern]
    return FeedbackAggregate(
        count=count,
        share_negative=round(negative / count, 3) if count else 0.0,
        share_positive=round(positive / count, 3) if count else 0.0,
        top_themes=[ThemeCount(theme=t, count=n) for t, n in themes.most_common(TOP_THEMES)],
        safety_cases=cases,
    )


def _filters(args: AnalyseFeedbackSentimentInput) -> dict[str, str]:
    values = {"customer_id": args.customer_id, "segment": args.segment,
              "country": args.country, "date_from": args.date_from, "date_to": args.date_to}
    return {k: str(v) for k, v in values.items() if v is not None}


def analyse_feedback_sentiment(args: AnalyseFeedbackSentimentInput, context: ToolContext
                               ) -> AnalyseFeedbackSentimentOutput:
    """Analyse ``texts``, or the stored feedback selected by the other arguments."""
    if args.texts is not None:
        results = context.feedback.analyse(list(args.texts))
        return AnalyseFeedbackSentimentOutput(
            source="texts", generated_feedback=False, results=results,
            aggregate=aggregate(results))
    filters = _filters(args)
    stored = context.feedback.analyse_stored(filters)
    notes = []
    if not stored.results:
        described = ", ".join(f"{k}={v}" for k, v in filters.items()) or "no filter"
        notes.append(f"No stored feedback matches {described}.")
    if stored.generated:
        notes.append(GENERATED_NOTE)
    return AnalyseFeedbackSentimentOutput(
        source="feedback_table", generated_feedback=stored.generated, filters=filters,
        results=stored.results[:MAX_STORED_RESULTS],
        results_truncated=len(stored.results) > MAX_STORED_RESULTS,
        aggregate=aggregate(stored.results), note=" ".join(notes) or None)
