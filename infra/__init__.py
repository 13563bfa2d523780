"""Deployment to AWS: the models as SageMaker serverless endpoints (``sagemaker_deploy``) and
the CloudFormation stack (``stack``)."""

from infra.sagemaker_deploy import ENDPOINTS, EndpointDeployment, deploy_endpoints

__all__ = ["ENDPOINTS", "EndpointDeployment", "deploy_endpoints"]
