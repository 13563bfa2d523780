"""Retries with exponential backoff for AWS calls whose clients have none configured."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from botocore.exceptions import ClientError, ConnectionError, ReadTimeoutError

from assistant.errors import AssistantError, ErrorCode

_T = TypeVar("_T")
RETRYABLE_CODES = frozenset({
    "ThrottlingException", "Throttling", "TooManyRequestsException",
    "ServiceUnavailableException", "InternalServerException", "ServiceQuotaExceededException",
    "RequestTimeout", "SlowDown", "InternalError",
})


def error_code(exc: BaseException) -> str:
    """The AWS error code of a ClientError ('' otherwise)."""
    if isinstance(exc, ClientError):
        return str(exc.response.get("Error", {}).get("Code", ""))
    return ""


def is_retryable(exc: BaseException) -> bool:
    """Throttling, 5xx-type errors and network errors are worth another attempt."""
    if isinstance(exc, ConnectionError | ReadTimeoutError):
        return True
    if isinstance(exc, ClientError):
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
        return error_code(exc) in RETRYABLE_CODES or int(status or 0) >= 500
    return False


def with_retries(
    call: Callable[[], _T],
    *,
    what: str,
    attempts: int = 4,
    base_delay: float = 0.5,
    max_delay: float = 8.0,
    sleep: Callable[[float], None] = time.sleep,
) -> _T:
    """Run ``call``; retry retryable errors with jittered exponential backoff.

    A non-retryable AWS error, or the last retryable one, becomes an ``AssistantError``
    naming ``what`` failed (code ``unavailable`` after retries, ``invalid_input`` or
    ``not_found`` for a request AWS rejects).
    """
    for attempt in range(1, attempts + 1):
        try:
            return call()
        except (ClientError, ConnectionError, ReadTimeoutError) as exc:
            if not is_retryable(exc):
                code = error_code(exc)
                kind: ErrorCode = ("not_found" if code == "ResourceNotFoundException"
                                   else "invalid_input")
                raise AssistantError(f"{what} failed: {exc}", code=kind,
                                     details={"aws_error": code}) from exc
            if attempt == attempts:
                raise AssistantError(f"{what} is unavailable after {attempts} attempts: {exc}",
                                     code="unavailable",
                                     details={"aws_error": error_code(exc)}) from exc
            delay = min(max_delay, base_delay * 2 ** (attempt - 1))
            sleep(delay * (0.5 + random.random() / 2))
    raise AssertionError("unreachable")  # pragma: no cover
