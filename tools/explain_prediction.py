"""explain-prediction: a customer's engagement (churn) prediction in plain words, and with an
item, why it was recommended."""

from __future__ import annotations

from tools.context import ToolContext
from tools.inputs import ExplainPredictionInput
from tools.outputs import ExplainPredictionOutput


def explain_prediction(args: ExplainPredictionInput, context: ToolContext
                       ) -> ExplainPredictionOutput:
    """Engagement probability, churn risk, label and top contributions (+ the item's reasons)."""
    engagement = context.customers.engagement(args.customer_id)
    item = None
    if args.item_id:
        item = context.recommender.explain_item(args.customer_id, args.item_id.strip().upper())
    return ExplainPredictionOutput(
        customer_id=args.customer_id,
        engagement_probability=engagement.probability,
        churn_risk=round(1.0 - engagement.probability, 3),
        label=engagement.label,
        contributions=engagement.contributions[:5],
        item=item,
    )
