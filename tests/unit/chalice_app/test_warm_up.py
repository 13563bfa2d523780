"""The local server's warm-up: the chat answers once before the first request, leaving no
conversation behind."""

from __future__ import annotations

from typing import Any

from tests.conftest import make_settings
from tests.unit.chalice_app.fakes import FakeAgent, fake_catalog


class ForgettingAgent(FakeAgent):
    """The fake agent with ``forget`` (as ``AssistantAgent`` has)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def ask(self, message: str, session_id: str | None = None) -> Any:
        self.asked.append(message)
        return super().ask(message, session_id)

    def forget(self, session_id: str) -> None:
        self.sessions.pop(session_id, None)


def test_warm_up_answers_a_question_then_deletes_its_session(tmp_path):
    from chalicelib.local import warm_up
    from chalicelib.services import ApiServices

    agent = ForgettingAgent()
    services = ApiServices(make_settings(tmp_path), agent=agent, tools=fake_catalog())
    assert warm_up(services) == []
    assert agent.asked and agent.sessions == {}


def test_a_failing_warm_up_turn_still_leaves_no_session(tmp_path):
    from chalicelib.local import warm_up
    from chalicelib.services import ApiServices

    class Failing(ForgettingAgent):
        def ask(self, message: str, session_id: str | None = None) -> Any:
            super().ask(message, session_id)
            raise RuntimeError("model crashed")

    agent = Failing()
    services = ApiServices(make_settings(tmp_path), agent=agent, tools=fake_catalog())
    assert warm_up(services) == []  # the server still starts; requests will show the problem
    assert agent.sessions == {}
