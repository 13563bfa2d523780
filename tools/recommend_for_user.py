"""recommend-for-user: ranked products for one customer, with reasons and context."""

from __future__ import annotations

from assistant.errors import AssistantError
from tools.context import ToolContext
from tools.inputs import RecommendForUserInput
from tools.outputs import RecommendForUserOutput, SegmentCustomerOutput


def customer_segment(context: ToolContext, customer_id: str) -> SegmentCustomerOutput | None:
    """The customer's segment, or None when the segment model cannot answer (a missing
    segment model must not stop recommendations; an unknown customer still does)."""
    try:
        return context.customers.segment(customer_id)
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
    segment = customer_segment(context, args.customer_id)
    return RecommendForUserOutput(
        customer_id=args.customer_id,
        country=recs.country or (segment.country if segment else None),
        segment=segment.segment_name if segment else None, category=args.category,
        exclude_purchased=args.exclude_purchased, items=recs.items[: args.k], note=note,
    )
