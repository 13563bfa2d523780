"""recommend-for-user: ranked products for one customer, with reasons and context."""

from __future__ import annotations

from assistant.errors import AssistantError
from tools.context import ToolContext
from tools.inputs import RecommendForUserInput
from tools.outputs import RecommendForUserOutput


def segment_name(context: ToolContext, customer_id: str) -> str | None:
    """The customer's segment name, or None when the segment model cannot answer (a missing
    segment must not stop recommendations)."""
    try:
        return context.customers.segment(customer_id).segment_name
    except AssistantError as exc:
        if exc.code == "not_found":
            raise
        return None


def recommend_for_user(args: RecommendForUserInput, context: ToolContext
                       ) -> RecommendForUserOutput:
    """The top ``k`` products for the customer, best first, with the reasons for each."""
    recs = context.recommender.recommend(args.customer_id, k=args.k, category=args.category,
                                         exclude_purchased=args.exclude_purchased)
    note = None
    if len(recs.items) < args.k:
        where = f" in category {args.category!r}" if args.category else ""
        note = (f"only {len(recs.items)} products{where} could be recommended "
                f"(asked for {args.k})")
    return RecommendForUserOutput(
        customer_id=args.customer_id, country=recs.country,
        segment=segment_name(context, args.customer_id), category=args.category,
        exclude_purchased=args.exclude_purchased, items=recs.items[: args.k], note=note,
    )
