"""Deployment to AWS: the models as SageMaker serverless endpoints (``sagemaker_deploy``) and
the CloudFormation stack (``stack``)."""

from infra.sagemaker_deploy import ENDPOINTS, EndpointDeployment, deploy_endpoints
from infra.stack import StackReport, deploy_stack, stack_outputs_as_env

__all__ = ["ENDPOINTS", "EndpointDeployment", "StackReport", "deploy_endpoints", "deploy_stack",
           "stack_outputs_as_env"]
