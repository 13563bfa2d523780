"""``assistant keys create|revoke|list`` as a user runs them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.settings import get_settings


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_ARTIFACTS", str(tmp_path))
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_create_json_prints_the_key_once_and_it_verifies(runner, tmp_path):
    from chalicelib.keys import FileKeyStore

    out = runner.invoke(app, ["keys", "create", "--name", "site", "--scopes", "chat", "--json"])
    assert out.exit_code == 0, out.output
    body = json.loads(out.stdout)
    assert body["name"] == "site" and body["scopes"] == ["chat"]
    store = FileKeyStore(tmp_path / "api_keys.json")
    assert store.verify(body["key"]).name == "site"
    assert body["key"] not in (tmp_path / "api_keys.json").read_text()
    listed = runner.invoke(app, ["keys", "list", "--json"])
    assert [k["name"] for k in json.loads(listed.stdout)] == ["site"]
    assert body["key"] not in listed.stdout


def test_revoke_removes_the_key(runner, tmp_path):
    from chalicelib.keys import FileKeyStore

    key = json.loads(runner.invoke(app, ["keys", "create", "--name", "a", "--json"]).stdout)
    assert runner.invoke(app, ["keys", "revoke", "a"]).exit_code == 0
    assert FileKeyStore(tmp_path / "api_keys.json").verify(key["key"]) is None


def test_bad_scope_duplicate_name_and_unknown_revoke_are_clear_errors(runner):
    from assistant.errors import AssistantError

    bad = runner.invoke(app, ["keys", "create", "--name", "x", "--scopes", "admin"])
    assert isinstance(bad.exception, AssistantError) and "admin" in bad.exception.message
    runner.invoke(app, ["keys", "create", "--name", "x"])
    dup = runner.invoke(app, ["keys", "create", "--name", "x"])
    assert "already exists" in dup.exception.message
    missing = runner.invoke(app, ["keys", "revoke", "nobody"])
    assert missing.exception.code == "not_found" and "x" in missing.exception.message
