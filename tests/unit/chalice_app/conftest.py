"""Fixtures for the API: the Chalice test client over fake agent and tools, keys in tmp."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

APP_DIR = Path(__file__).resolve().parents[3] / "chalice_app"
if str(APP_DIR) not in sys.path:  # chalicelib is a top-level package, as in Lambda
    sys.path.append(str(APP_DIR))

from chalice.test import Client  # noqa: E402

from tests.conftest import make_settings  # noqa: E402
from tests.unit.chalice_app.fakes import FakeAgent, fake_catalog  # noqa: E402


class Api:
    """A test client with keys of each kind and the services behind it."""

    def __init__(self, client: Client, services: Any, keys: dict[str, str]) -> None:
        self.client = client
        self.services = services
        self.keys = keys

    def get(self, path: str, key: str | None = "full", **headers: str) -> Any:
        if key:
            headers["x-api-key"] = self.keys.get(key, key)
        return self.client.http.get(path, headers=headers)

    def post(self, path: str, body: Any = None, key: str | None = "full",
             **headers: str) -> Any:
        import json

        if key:
            headers["x-api-key"] = self.keys.get(key, key)
        headers.setdefault("content-type", "application/json")
        raw = body if isinstance(body, str | bytes) else json.dumps(body)
        return self.client.http.post(path, headers=headers, body=raw)


def build_api(tmp_path: Path, **overrides: Any) -> Iterator[Api]:
    """Install services over fakes and yield a client; uninstall afterwards."""
    from chalicelib.services import ApiServices, install

    from chalice_app.app import app

    settings = make_settings(tmp_path, **overrides)
    services = ApiServices(settings, agent=FakeAgent(), tools=fake_catalog())
    keys = {
        "full": services.keys.create("full", "chat,tools")[1],
        "chat": services.keys.create("chat-only", "chat")[1],
        "tools": services.keys.create("tools-only", "tools")[1],
    }
    install(services)
    try:
        with Client(app) as client:
            yield Api(client, services, keys)
    finally:
        install(None)


@pytest.fixture
def api(tmp_path: Path) -> Iterator[Api]:
    """The API over fakes with generous limits."""
    yield from build_api(tmp_path)
