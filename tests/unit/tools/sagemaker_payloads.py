"""Endpoint answers shaped like the SageMaker inference handlers' documented JSON (shared by
the moto and Stubber tests of the sagemaker backend)."""

from __future__ import annotations

RECOMMEND = {
    "customer_id": "12347", "country": "Iceland",
    "items": [
        {"stock_code": "22423", "description": "REGENCY CAKESTAND 3 TIER",
         "category": "Kitchen & Dining", "price": 12.754999, "score": 0.913456789,
         "reasons": [{"kind": "similar_customers", "text": "bought by 14 customers with "
                      "similar baskets", "evidence": {"customers": 14}}]},
        {"stock_code": "85123A", "description": "WHITE HANGING HEART T-LIGHT HOLDER",
         "category": "Candles & Lights", "price": 2.95, "score": 0.5,
         "reasons": [{"kind": "popular", "text": "a best seller this season"}]},
    ],
}
SEGMENT = {
    "customer_id": "12347", "segment_id": 1, "segment_name": "Champions", "distance": 1.23456,
    "description": "Recent, frequent, high-spending customers.",
    "features": [{"feature": "recency_days", "label": "days since the last order",
                  "customer_value": 2.0, "segment_average": 14.2222}],
    "suggested_actions": ["Invite them to the loyalty programme"], "segment_size": 80,
}
ENGAGEMENT = {
    "customer_id": "12347", "probability": 0.87654, "label": "likely to buy again",
    "contributions": [{"feature": "recency_days", "value": 2.0, "effect": 1.23456,
                       "text": "ordered 2 days ago, which raises engagement"}],
}
FEEDBACK = {
    "results": [
        {"text": "The candle set my curtain on fire", "language": "en", "sentiment": "negative",
         "score": -0.8123, "confidence": 0.91, "themes": ["product_quality"], "unmet_needs": [],
         "safety_concern": True, "safety_categories": ["burn_fire"],
         "safety_evidence": ["set my curtain on fire"]},
        {"text": "Lovely mugs, quick delivery", "language": "en", "sentiment": "positive",
         "score": 0.7, "confidence": 0.8, "themes": ["delivery", "praise"]},
    ],
}
NOT_FOUND = {"error": {"code": "not_found", "message": "customer 99999 is not in the data"}}
