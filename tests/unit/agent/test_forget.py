"""Deleting a stored session (the local server's warm-up turns leave nothing behind)."""

from __future__ import annotations

import pytest

from agent.memory import sqlite_checkpointer
from agent.offline import OfflineChatModel
from agent.service import build_agent
from agent.toolkit import build_tools
from assistant.errors import AssistantError
from tests.conftest import make_settings
from tests.unit.agent.fakes import fake_specs


def test_a_forgotten_session_is_gone_after_a_restart_and_others_stay(tmp_path):
    settings = make_settings(tmp_path)
    store = tmp_path / "sessions.sqlite"

    def agent():
        return build_agent(settings, model=OfflineChatModel(), checkpointer=sqlite_checkpointer(
            store), tools=build_tools(fake_specs(), None))

    first = agent()
    gone = first.ask("segment of customer 12347").session_id
    kept = first.ask("recommend 2 products for customer 12583").session_id
    first.forget(gone)
    first.forget("never-existed")  # no error

    restarted = agent()
    with pytest.raises(AssistantError) as err:
        restarted.history(gone)
    assert err.value.code == "not_found"
    assert [m["role"] for m in restarted.history(kept)] == ["user", "assistant", "tool",
                                                             "assistant"]
