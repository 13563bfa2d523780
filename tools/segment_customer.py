"""segment-customer: a customer's segment, compared with its averages, and what to do."""

from __future__ import annotations

from tools.context import ToolContext
from tools.inputs import SegmentCustomerInput
from tools.outputs import SegmentCustomerOutput


def segment_customer(args: SegmentCustomerInput, context: ToolContext) -> SegmentCustomerOutput:
    """The customer's segment with their features beside the segment's averages."""
    return context.customers.segment(args.customer_id)
