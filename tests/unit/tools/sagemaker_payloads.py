"""Endpoint answers shaped like the SageMaker inference handlers' documented JSON (shared by
the moto and Stubber tests of the sagemaker backend)."""

from __future__ import annotations

RECOMMEND = {
    "model_version": "v0001-20261122T000000",
    "recommendations": [
        {"stock_code": "22423", "description": "REGENCY CAKESTAND 3 TIER",
         "category": "Kitchen & Dining", "price": 12.754999, "score": 0.913456789,
         "score_parts": {"itemknn": 0.6, "content": 0.3},
         "reasons": [{"kind": "similar_customers", "text": "bought by 14 customers with "
                      "similar baskets", "evidence": {"customers": 14}}]},
        {"stock_code": "85123A", "description": "WHITE HANGING HEART T-LIGHT HOLDER",
         "category": "Candles & Lights", "price": 2.95, "score": 0.5, "score_parts": {},
         "reasons": [{"kind": "popular", "text": "a best seller this season",
                      "evidence": {}}]},
    ],
}
SEGMENT = {
    "customer_id": "12347", "segment_id": 1, "segment_name": "Champions", "distance": 1.23456,
    "description": "Recent, frequent, high-spending customers.",
    "suggested_actions": ["Invite them to the loyalty programme"],
    "features": {"recency_days": 2.0, "share_christmas": 0.0},
    "segment_averages": {"recency_days": 14.2222, "share_christmas": 0.01},
    "feature_labels": {"recency_days": "days since the last order",
                       "share_christmas": "share of spend on Christmas"},
    "segment_size": 80, "country": "Iceland", "as_of": "2011-12-10",
}
ENGAGEMENT = {
    "customer_id": "12347", "probability": 0.87654, "churn_risk": 0.12346,
    "label": "likely to buy again", "threshold": 0.5, "base_value": 0.1, "raw_score": 1.9,
    "contributions": [{"feature": "recency_days", "value": 2.0, "contribution": 1.23456,
                       "direction": "lowers churn risk",
                       "sentence": "ordered 2 days ago, which lowers churn risk",
                       "text": "ordered 2 days ago, which lowers churn risk"}],
    "sentences": ["ordered 2 days ago, which lowers churn risk"], "as_of": "2011-12-10",
}
FEEDBACK = {
    "results": [
        {"text": "The candle set my curtain on fire", "language": "en", "sentiment": "negative",
         "score": -0.8123, "confidence": 0.91, "themes": ["product_quality"], "unmet_needs": [],
         "safety_concern": True, "safety_categories": ["burn_fire"],
         "safety_evidence": ["set my curtain on fire"], "truncated": False, "error": None},
        {"text": "Lovely mugs, quick delivery", "language": "en", "sentiment": "positive",
         "score": 0.7, "confidence": 0.8, "themes": ["delivery", "praise"], "unmet_needs": [],
         "safety_concern": False, "safety_categories": [], "safety_evidence": [],
         "truncated": False, "error": None},
    ],
}
NOT_FOUND = {"error": {"code": "not_found", "message": "customer 99999 is not in the data"}}
