"""Call a SageMaker endpoint with JSON, retrying throttling and server errors with backoff.

Every failure becomes an :class:`AssistantError` a marketer can read: a model error body
(``{"error": {"code": "not_found", "message": ...}}``) keeps its code and message; an endpoint
that stays throttled, not ready or failing after the retries becomes code ``unavailable``.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from typing import Any

from assistant.errors import AssistantError, ErrorCode

RETRYABLE_CODES = frozenset({
    "ThrottlingException", "ModelNotReadyException", "ServiceUnavailable",
    "ServiceUnavailableException", "InternalFailure", "InternalServerException",
    "InternalDependencyException", "TooManyRequestsException",
})
_CODES = {"invalid_input", "not_found", "not_ready", "unavailable"}


def default_runtime_client(region: str, *, timeout_seconds: float = 10.0) -> Any:
    """A ``sagemaker-runtime`` client with short timeouts and botocore's retries off (the
    :class:`EndpointInvoker` retries itself, so attempts do not multiply)."""
    import boto3
    from botocore.config import Config

    config = Config(connect_timeout=min(timeout_seconds, 5.0), read_timeout=timeout_seconds,
                    retries={"total_max_attempts": 1, "mode": "standard"})
    return boto3.client("sagemaker-runtime", region_name=region, config=config)


def _error_from_body(data: Any, label: str) -> AssistantError | None:
    """The AssistantError carried by an endpoint's JSON error body, if it is one."""
    if not isinstance(data, dict) or not isinstance(data.get("error"), dict):
        return None
    error = data["error"]
    code: ErrorCode = error["code"] if error.get("code") in _CODES else "unavailable"
    message = str(error.get("message") or f"the {label} failed")
    return AssistantError(message, code=code, details=error.get("details") or {})


class EndpointInvoker:
    """Invoke endpoints with ``application/json`` in and out.

    ``client`` is a boto3 ``sagemaker-runtime`` client (pass a Stubber'd or moto one in
    tests). ``max_attempts`` counts the first call; the delay before retry n is
    ``base_delay * 2**(n-1)`` (capped at ``max_delay``) with a little jitter.
    """

    def __init__(self, client: Any, *, max_attempts: int = 4, base_delay: float = 0.2,
                 max_delay: float = 2.0, sleep: Callable[[float], None] = time.sleep) -> None:
        self.client = client
        self.max_attempts = max(1, max_attempts)
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.sleep = sleep

    def _delay(self, attempt: int) -> float:
        delay = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return delay * (0.8 + 0.4 * random.random())

    def invoke(self, endpoint: str, payload: dict[str, Any], *, label: str) -> Any:
        """POST ``payload`` to ``endpoint``; the decoded JSON answer. ``label`` names the
        model in error messages ("the recommender")."""
        from botocore.exceptions import (
            BotoCoreError,
            ClientError,
            ConnectionError,
            ReadTimeoutError,
        )

        body = json.dumps(payload, separators=(",", ":"), default=str)
        last_problem = "no answer"
        for attempt in range(1, self.max_attempts + 1):
            try:
                response = self.client.invoke_endpoint(
                    EndpointName=endpoint, ContentType="application/json",
                    Accept="application/json", Body=body)
            except ClientError as exc:
                error = exc.response.get("Error", {})
                code = str(error.get("Code", ""))
                status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
                if code == "ModelError":
                    raise self._model_error(exc.response, label, endpoint) from exc
                if code == "ValidationException" and "not found" in str(error.get("Message", "")):
                    raise AssistantError(
                        f"the {label} endpoint '{endpoint}' does not exist: run "
                        "`assistant deploy endpoints`", code="not_ready",
                        details={"endpoint": endpoint}) from exc
                retryable = code in RETRYABLE_CODES or status >= 500 or status == 429
                if not retryable:
                    raise AssistantError(
                        f"the {label} endpoint rejected the request ({code})",
                        code="unavailable", details={"endpoint": endpoint, "aws_code": code},
                    ) from exc
                last_problem = code or f"HTTP {status}"
            except (ReadTimeoutError, ConnectionError) as exc:
                last_problem = type(exc).__name__
            except BotoCoreError as exc:
                raise AssistantError(f"the {label} endpoint could not be called: {exc}",
                                     code="unavailable", details={"endpoint": endpoint}) from exc
            else:
                return self._decode(response, label, endpoint)
            if attempt < self.max_attempts:
                self.sleep(self._delay(attempt))
        raise AssistantError(
            f"the {label} is unavailable right now (endpoint '{endpoint}': {last_problem} after "
            f"{self.max_attempts} attempts); please try again in a minute",
            code="unavailable", details={"endpoint": endpoint, "problem": last_problem})

    @staticmethod
    def _decode(response: dict[str, Any], label: str, endpoint: str) -> Any:
        raw = response["Body"].read()
        try:
            data = json.loads(raw)
        except (ValueError, TypeError) as exc:
            raise AssistantError(f"the {label} endpoint answered something that is not JSON",
                                 code="unavailable", details={"endpoint": endpoint}) from exc
        error = _error_from_body(data, label)
        if error is not None:
            raise error
        return data

    @staticmethod
    def _model_error(response: dict[str, Any], label: str, endpoint: str) -> AssistantError:
        """A container error (HTTP 424 ModelError): its JSON body carries our error."""
        original = response.get("OriginalMessage") or response.get("Error", {}).get("Message", "")
        try:
            error = _error_from_body(json.loads(original), label)
        except (ValueError, TypeError):
            error = None
        return error or AssistantError(f"the {label} failed on the endpoint '{endpoint}'",
                                       code="unavailable", details={"endpoint": endpoint})
