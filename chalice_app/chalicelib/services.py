"""What the routes talk to: settings, the agent, the tools, the key store and the limiter.

Everything is built lazily on first use (``app.py`` is imported while packaging, with
``AWS_CHALICE_CLI_MODE`` set, and must do no work then). Tests and ``assistant serve`` build an
:class:`ApiServices` with the parts they want and :func:`install` it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from pydantic import BaseModel

from assistant.errors import AssistantError
from assistant.settings import Settings, get_settings

from .keys import DynamoKeyStore, FileKeyStore, KeyStore
from .ratelimit import DynamoRateLimiter, FileRateLimiter, RateLimiter


class Agent(Protocol):
    """The part of ``agent.service.AssistantAgent`` the API uses."""

    def ask(self, message: str, session_id: str | None = None) -> BaseModel: ...

    def history(self, session_id: str) -> list[dict[str, Any]]: ...


class ToolCatalog:
    """The tools by name (``tools.registry.TOOLS`` by default) and their shared context."""

    def __init__(self, specs: Mapping[str, Any], context_factory: Callable[[], Any]) -> None:
        self.specs = dict(specs)
        self._context_factory = context_factory
        self._context: Any = None
        self._lock = threading.Lock()

    @property
    def context(self) -> Any:
        """The ToolContext, built once on first use."""
        if self._context is None:
            with self._lock:
                if self._context is None:
                    self._context = self._context_factory()
        return self._context

    def get(self, name: str) -> Any:
        """One tool's spec; not_found naming the known tools."""
        spec = self.specs.get(name)
        if spec is None:
            raise AssistantError(f"unknown tool {name!r}; known tools: "
                                 f"{', '.join(sorted(self.specs))}", code="not_found",
                                 details={"field": "name", "known": sorted(self.specs)})
        return spec

    def run(self, name: str, arguments: dict[str, Any]) -> BaseModel:
        """Validate ``arguments`` with the tool's input model and run it."""
        spec = self.get(name)
        result: BaseModel = spec.run(spec.parse(arguments), self.context)
        return result

    def schemas(self) -> list[dict[str, Any]]:
        """Name, description, input and output JSON schemas of every tool."""
        return [self.specs[name].schema() for name in sorted(self.specs)]


def default_catalog(settings: Settings) -> ToolCatalog:
    """The real tools (``tools.registry``) with a context built from the settings."""
    from tools.context import build_context
    from tools.registry import TOOLS

    return ToolCatalog(TOOLS, lambda: build_context(settings))


def default_agent(settings: Settings, catalog: ToolCatalog) -> Agent:
    """The real agent, sharing the API's tool context."""
    from agent.service import build_agent

    agent: Agent = build_agent(settings, tool_context=catalog.context)
    return agent


def _dynamodb(settings: Settings) -> Any:
    import boto3

    return boto3.client("dynamodb", region_name=settings.aws_region)


def default_keys(settings: Settings, dynamodb: Any = None) -> KeyStore:
    """The configured key store (file in the artifacts directory, or DynamoDB)."""
    if settings.api_keys_backend == "dynamodb":
        return DynamoKeyStore(settings.dynamodb_keys_table, dynamodb or _dynamodb(settings))
    return FileKeyStore(settings.artifacts / "api_keys.json")


def default_limiter(settings: Settings, dynamodb: Any = None) -> RateLimiter:
    """The configured rate limiter, with ``settings.rate_limit_per_minute``."""
    limit = settings.rate_limit_per_minute
    if settings.api_keys_backend == "dynamodb":
        return DynamoRateLimiter(settings.dynamodb_keys_table, dynamodb or _dynamodb(settings),
                                 limit)
    return FileRateLimiter(settings.artifacts / "api_rate_limits.json", limit)


class ApiServices:
    """The API's dependencies; any part not given is built from settings on first use."""

    def __init__(self, settings: Settings, *, agent: Agent | None = None,
                 tools: ToolCatalog | None = None, keys: KeyStore | None = None,
                 limiter: RateLimiter | None = None, dynamodb: Any = None) -> None:
        self.settings = settings
        self._agent = agent
        self._tools = tools
        self._dynamodb = dynamodb
        self.keys = keys or default_keys(settings, dynamodb)
        self.limiter = limiter or default_limiter(settings, dynamodb)
        self._lock = threading.RLock()

    @property
    def tools(self) -> ToolCatalog:
        """The tool catalog."""
        if self._tools is None:
            with self._lock:
                if self._tools is None:
                    self._tools = default_catalog(self.settings)
        return self._tools

    @property
    def agent(self) -> Agent:
        """The chat agent."""
        if self._agent is None:
            with self._lock:
                if self._agent is None:
                    self._agent = default_agent(self.settings, self.tools)
        return self._agent


_current: ApiServices | None = None
_current_lock = threading.Lock()


def install(services: ApiServices | None) -> None:
    """Use these services for every request (None: rebuild from settings on next use)."""
    global _current
    _current = services


def current() -> ApiServices:
    """The installed services, or ones built from ``get_settings()``."""
    global _current
    if _current is None:
        with _current_lock:
            if _current is None:
                _current = ApiServices(get_settings())
    return _current
