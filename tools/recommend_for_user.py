"""recommend-for-user: ranked products for one customer, with reasons and context."""

from __future__ import annotations

from assistant.errors import AssistantError
from tools.context import ToolContext
from tools.inputs import RecommendForUserInput
from tools.outputs import RecommendForUserOutput


def segment_and_country(context: ToolContext, customer_id: str, country: str | None
                        ) -> tuple[str | None, str | None]:
    """The customer's segment name (and country when the recommender did not give it). A
    missing segment model must not stop recommendations; an unknown customer still does."""
    customers = context.customers
    try:
        quick = getattr(customers, "segment_name", None)
        if country is not None and quick is not None:
            return quick(customer_id), country
        segment = customers.segment(customer_id)
        return segment.segment_name, country or segment.country
    except AssistantError as exc:
        if exc.code == "not_found":
            raise
        return None, country


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
    segment, country = segment_and_country(context, args.customer_id, recs.country)
    return RecommendForUserOutput(
        customer_id=args.customer_id, country=country, segment=segment,
        category=args.category,
        exclude_purchased=args.exclude_purchased, items=recs.items[: args.k], note=note,
    )
