"""The one settings object: environment prefix, defaults, validation."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.settings import Settings


def test_defaults_run_on_embedded_synthetic_data(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("ASSISTANT_DATA", "ASSISTANT_ARTIFACTS", "ASSISTANT_CHAT_MODEL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.delenv("AWS_ACCESS_KEY_ID", raising=False)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    settings = Settings()
    assert settings.data is None
    assert settings.artifacts == Path("artifacts")
    assert settings.prepared_dir == Path("artifacts/prepared")
    assert settings.effective_chat_model == "offline"
    assert (settings.predictor_backend, settings.kb_backend, settings.memory_backend) == (
        "local", "local", "sqlite")


def test_environment_prefix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ASSISTANT_DATA", str(tmp_path / "retail.csv.gz"))
    monkeypatch.setenv("ASSISTANT_ARTIFACTS", str(tmp_path / "a"))
    monkeypatch.setenv("ASSISTANT_CHAT_MODEL", "bedrock")
    settings = Settings()
    assert settings.data == tmp_path / "retail.csv.gz"
    assert settings.models_dir == tmp_path / "a" / "models"
    assert settings.effective_chat_model == "bedrock"


def test_auto_chat_model_uses_bedrock_with_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAFAKE")
    assert Settings(chat_model="auto").effective_chat_model == "bedrock"


def test_invalid_backend_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_PREDICTOR_BACKEND", "gpu-cluster")
    with pytest.raises(ValidationError, match="predictor_backend"):
        Settings()


def test_every_setting_is_described() -> None:
    undocumented = [n for n, f in Settings.model_fields.items() if not f.description]
    assert undocumented == []


def test_with_data_overrides_only_the_source(tmp_path: Path) -> None:
    base = Settings(artifacts=tmp_path)
    other = base.with_data(tmp_path / "x.csv")
    assert other.data == tmp_path / "x.csv" and other.artifacts == tmp_path
    assert base.with_data(None) is base
