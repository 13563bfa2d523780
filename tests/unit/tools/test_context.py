"""The tool context picks the predictors of the configured backend and builds them lazily."""

from __future__ import annotations

from tests.conftest import make_settings
from tools.context import build_context
from tools.predictors.local import LocalCustomers, LocalFeedback, LocalRecommender
from tools.predictors.sagemaker import SageMakerCustomers, SageMakerFeedback, SageMakerRecommender


def test_local_backend_uses_in_process_models(tmp_path) -> None:
    context = build_context(make_settings(tmp_path))
    assert isinstance(context.recommender, LocalRecommender)
    assert isinstance(context.customers, LocalCustomers)
    assert isinstance(context.feedback, LocalFeedback)
    assert not (tmp_path / "models").exists()  # nothing loaded or trained until a tool runs


def test_sagemaker_backend_uses_the_configured_endpoints(tmp_path) -> None:
    settings = make_settings(tmp_path, predictor_backend="sagemaker",
                             sagemaker_segments_endpoint="prod-segments")
    context = build_context(settings, sagemaker_runtime=object())
    assert isinstance(context.recommender, SageMakerRecommender)
    assert isinstance(context.feedback, SageMakerFeedback)
    customers = context.customers
    assert isinstance(customers, SageMakerCustomers)
    assert customers.segments_endpoint == "prod-segments"
    assert context.recommender.invoker is customers.invoker  # one client, one retry policy


def test_given_parts_are_used_as_they_are(tmp_path) -> None:
    fake = object()
    context = build_context(make_settings(tmp_path), recommender=fake, retriever=fake)
    assert context.recommender is fake and context.retriever is fake
