"""Fixtures of the agent tests: fake tools, the offline model, an in-memory agent."""

from __future__ import annotations

from pathlib import Path

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from agent.offline import OfflineChatModel
from agent.service import AssistantAgent, build_agent
from agent.toolkit import build_tools
from tests.conftest import make_settings
from tests.unit.agent.fakes import Calls, fake_specs


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
def settings(tmp_path: Path):
    return make_settings(tmp_path)


@pytest.fixture
def agent(settings, calls: Calls) -> AssistantAgent:
    """The real graph and offline model on fake tools, memory in process."""
    return build_agent(settings, model=OfflineChatModel(), checkpointer=InMemorySaver(),
                       tools=build_tools(fake_specs(calls), None))
