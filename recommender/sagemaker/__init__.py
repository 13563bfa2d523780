"""SageMaker shape of the recommender: a training entry point and an inference handler.

``train.py`` runs inside a SageMaker training job (or locally with the same environment
variables); ``inference.py`` holds ``model_fn``/``input_fn``/``predict_fn``/``output_fn``.
"""

__all__ = ["inference", "train"]
