"""The fixed segment names, their descriptions, suggested actions and centroid prototypes.

The knowledge base writes one playbook per name, so these names never change. A cluster gets
the name whose prototype is closest to its centroid (see :mod:`recommender.customers.segments`).
A prototype is a typical customer in real units, in the order of ``SEGMENT_FEATURES``: days
since the last order, orders, total spend (GBP), days since the first order, average order
value (GBP). It is scaled like the data before comparing, so names keep their meaning on any
data set. The profiles follow the knowledge base's "Customer segments at a glance".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SegmentPlay:
    """A named segment: description, suggested actions and centroid prototype."""

    name: str
    description: str
    actions: tuple[str, ...]
    prototype: tuple[float, float, float, float, float]


PLAYS: tuple[SegmentPlay, ...] = (
    SegmentPlay(
        "Champions",
        "Bought recently, order often and spend the most.",
        ("Reward them with early access to new ranges",
         "Ask for reviews and referrals",
         "Avoid discounts: they buy anyway"),
        (10.0, 15.0, 8000.0, 320.0, 550.0),
    ),
    SegmentPlay(
        "Loyal regulars",
        "Long-standing customers who come back steadily with medium-sized orders.",
        ("Offer a loyalty tier or points",
         "Recommend products from categories they already buy",
         "Send replenishment reminders at their usual interval"),
        (30.0, 6.0, 1500.0, 280.0, 250.0),
    ),
    SegmentPlay(
        "Big spenders",
        "Few but large orders: a high average order value.",
        ("Promote premium and bulk bundles",
         "Offer a personal account contact",
         "Invite them to buy more often with a volume incentive"),
        (60.0, 3.0, 3000.0, 220.0, 1000.0),
    ),
    SegmentPlay(
        "New customers",
        "First ordered recently and have only one or two orders so far.",
        ("Send a welcome series with best sellers",
         "Offer a second-order incentive within 30 days",
         "Ask about their needs to tailor recommendations"),
        (25.0, 1.3, 300.0, 35.0, 250.0),
    ),
    SegmentPlay(
        "At risk",
        "Used to order regularly and spend well, but have not ordered for a while.",
        ("Send a personal win-back message",
         "Offer a time-limited discount on their favourite category",
         "Ask for feedback on why they stopped"),
        (130.0, 4.0, 1200.0, 280.0, 300.0),
    ),
    SegmentPlay(
        "Hibernating",
        "Few small orders, the last one long ago.",
        ("Include them in low-cost seasonal campaigns",
         "Try one reactivation offer, then reduce contact",
         "Suppress them from expensive channels"),
        (220.0, 1.3, 200.0, 240.0, 150.0),
    ),
    SegmentPlay(
        "Occasional buyers",
        "Order now and then with small to medium baskets.",
        ("Send seasonal and event-based reminders",
         "Recommend popular items to grow the basket",
         "Offer free shipping above a threshold"),
        (90.0, 2.0, 500.0, 200.0, 250.0),
    ),
)
NAMES: tuple[str, ...] = tuple(p.name for p in PLAYS)
BY_NAME: dict[str, SegmentPlay] = {p.name: p for p in PLAYS}
