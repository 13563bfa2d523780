"""Fixtures for the knowledge-base tests: an ingested local index in a temporary directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.settings import Settings
from knowledge_base.ingest import ingest
from tests.conftest import make_settings


@pytest.fixture(scope="session")
def kb_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings whose artifact directory holds an ingested index of the shipped documents."""
    settings = make_settings(tmp_path_factory.mktemp("kb"))
    ingest(settings, show_progress=False)
    return settings


@pytest.fixture
def docs_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped documents, for tests that edit them."""
    from knowledge_base.documents import BUILTIN_DOCS

    folder = tmp_path / "docs"
    folder.mkdir()
    for path in BUILTIN_DOCS.glob("*.md"):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fake credentials and a region, so boto3 clients can be built (never used for real)."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
