"""Customer models: features, segments (K-means) and engagement prediction (LightGBM + TreeSHAP).

Heavy modules (pandas, LightGBM, scikit-learn) are imported by the submodules only; import
what you need, e.g. ``from recommender.customers.service import load_champion_customers``.
"""

__all__ = ["engagement", "explain", "features", "plots", "playbook", "sagemaker", "schemas",
           "segments", "service", "training"]
