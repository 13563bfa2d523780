"""Recommenders sharing one base class: baselines, content-based and the hybrid."""

from recommender.models.base import Recommender, top_k
from recommender.models.content import ContentRecommender
from recommender.models.ease import EASERecommender
from recommender.models.hybrid import HybridRecommender
from recommender.models.interactions import InteractionData
from recommender.models.itemknn import ItemKNNRecommender
from recommender.models.popularity import PopularityRecommender

__all__ = ["ContentRecommender", "EASERecommender", "HybridRecommender", "InteractionData",
           "ItemKNNRecommender", "PopularityRecommender", "Recommender", "top_k"]
