"""The checks every request passes before its route: CORS, body size, API key, scope, rate.

:func:`guard` is registered as Chalice HTTP middleware in ``app.py``. It runs the same way
under ``chalice local``, the test client and Lambda (Chalice's ``api_key_required`` is only
enforced by API Gateway, so the app checks keys itself).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chalice import Response
from chalice.app import Request

from .errors import ApiError, error_response, normalise, to_response
from .services import ApiServices, current

API_KEY_HEADER = "x-api-key"
KEY_ID = "assistant_api_key_id"  # set in request.context once the key is verified
ANY_SCOPE = "*"

# resource path -> scope a key needs (ANY_SCOPE: any valid key). Other routes are public.
SCOPES: dict[str, str] = {
    "/chat": "chat",
    "/chat/{session_id}": "chat",
    "/tools": ANY_SCOPE,
    "/tools/{name}": "tools",
}
ALLOW_METHODS = "GET,POST,OPTIONS"
ALLOW_HEADERS = "content-type,x-api-key"


def cors_headers(origin: str | None, allowed: list[str]) -> dict[str, str]:
    """CORS response headers when ``origin`` is on the allow-list (else none)."""
    if not origin or not (origin in allowed or "*" in allowed):
        return {}
    return {"Access-Control-Allow-Origin": origin, "Vary": "Origin",
            "Access-Control-Expose-Headers": "Retry-After,X-RateLimit-Remaining"}


def _preflight(request: Request, services: ApiServices) -> Response:
    origin = request.headers.get("origin")
    headers = cors_headers(origin, services.settings.cors_origins)
    if not headers:
        return error_response(403, "forbidden", f"origin {origin or '(none)'} may not call this "
                              "API from a browser; add it to ASSISTANT_CORS_ORIGINS",
                              details={"origin": origin})
    headers.update({"Access-Control-Allow-Methods": ALLOW_METHODS,
                    "Access-Control-Allow-Headers": ALLOW_HEADERS,
                    "Access-Control-Max-Age": "600"})
    return Response(body="", status_code=204, headers=dict(headers))


def _body_size(request: Request) -> int:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit():
        return int(declared)
    return len(request.raw_body or b"")


def check(request: Request, services: ApiServices) -> dict[str, str]:
    """Raise ApiError when the request may not proceed; return extra response headers."""
    limit = services.settings.max_body_bytes
    if _body_size(request) > limit:
        raise ApiError(413, "payload_too_large",
                       f"the request body is larger than the {limit} bytes this API accepts",
                       details={"max_body_bytes": limit})
    scope = SCOPES.get(request.path)
    if scope is None:
        return {}
    presented = request.headers.get(API_KEY_HEADER)
    if not presented:
        raise ApiError(401, "unauthorized", "an API key is required: send it in the x-api-key "
                       "header (create one with `assistant keys create`)")
    key = services.keys.verify(presented)
    if key is None:
        raise ApiError(401, "unauthorized", "this API key is not valid or has been revoked")
    if scope != ANY_SCOPE and scope not in key.scopes:
        raise ApiError(403, "forbidden", f"the key {key.name!r} does not have the {scope!r} "
                       f"scope (it has: {', '.join(key.scopes)})",
                       details={"required_scope": scope, "key": key.name})
    request.context[KEY_ID] = key.key_id  # for the routes: sessions belong to one key
    decision = services.limiter.hit(key.key_id)
    if not decision.allowed:
        raise ApiError(429, "rate_limited", f"too many requests for the key {key.name!r}: "
                       f"{decision.limit} per minute; retry in {decision.retry_after} s",
                       details={"limit_per_minute": decision.limit,
                                "retry_after_seconds": decision.retry_after},
                       headers={"Retry-After": str(decision.retry_after)})
    return {"X-RateLimit-Limit": str(decision.limit),
            "X-RateLimit-Remaining": str(decision.remaining)}


def guard(request: Request, get_response: Callable[[Request], Response],
          services: ApiServices | None = None) -> Response:
    """Middleware: preflight, checks, the route, then errors normalised and CORS added."""
    try:
        services = services or current()
        if request.method == "OPTIONS":
            return _preflight(request, services)
        extra = check(request, services)
        response = normalise(get_response(request))
        response.headers.update(extra)
    except Exception as exc:  # every failure leaves as the API's JSON error body
        response = to_response(exc)
        services = services if isinstance(services, ApiServices) else None
    if services is not None:
        origin = request.headers.get("origin")
        response.headers.update(cors_headers(origin, services.settings.cors_origins))
    return response


def route(handler: Callable[..., Any]) -> Callable[..., Response]:
    """Wrap a route body: domain and unexpected errors become JSON error responses.

    Chalice turns any exception raised in a view into its own 500 before middleware sees it,
    so views catch here.
    """

    def wrapped(*args: Any, **kwargs: Any) -> Response:
        try:
            response: Response = handler(*args, **kwargs)
            return response
        except Exception as exc:
            return to_response(exc)

    wrapped.__name__ = handler.__name__
    wrapped.__doc__ = handler.__doc__
    return wrapped
