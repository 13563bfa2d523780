"""Deployment of the trained models to AWS (SageMaker serverless endpoints)."""

from infra.sagemaker_deploy import ENDPOINTS, EndpointDeployment, deploy_endpoints

__all__ = ["ENDPOINTS", "EndpointDeployment", "deploy_endpoints"]
