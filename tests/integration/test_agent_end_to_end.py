"""The agent on the real tools and trained models (synthetic data), as the API runs it."""

from __future__ import annotations

import re

import pytest

from agent.service import build_agent

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def agent(ready_settings):
    return build_agent(ready_settings)  # offline model, SQLite memory, registry tools


def _numbers(text: str) -> list[str]:
    text = re.sub(r"\[\d+\]|\b\d{4,6}[A-Z]*\b|^\s*\d+\.", " ", text, flags=re.M)
    return re.findall(r"\d+(?:\.\d+)?", text)


def test_segment_and_recommendations_for_a_known_customer(agent):
    result = agent.ask("segment and recommendations for 12347")
    names = sorted(c.name for c in result.tool_calls)
    assert names == ["recommend-for-user", "segment-customer"]
    assert all(isinstance(c.output, dict) for c in result.tool_calls), result.answer
    segment = next(c for c in result.tool_calls if c.name == "segment-customer")
    assert segment.output["segment_name"] in result.answer
    items = next(c for c in result.tool_calls if c.name == "recommend-for-user").output["items"]
    assert items and items[0]["description"] in result.answer
    outputs = str([c.output for c in result.tool_calls])
    for number in _numbers(result.answer):  # every number comes from a tool output
        assert number.rstrip("0").rstrip(".") in outputs or number in outputs, number


def test_follow_up_and_unknown_customer(agent):
    first = agent.ask("Why might customer 12583 stop buying?")
    assert first.tool_calls[0].name == "explain-prediction"
    assert "%" in first.answer
    follow = agent.ask("and what segment is he in?", first.session_id)
    assert follow.tool_calls[0].arguments == {"customer_id": "12583"}
    missing = agent.ask("What segment is customer 99999 in?")
    assert "99999" in missing.answer and "not in the data" in missing.answer


def test_knowledge_base_passages_are_cited(agent):
    result = agent.ask("What does the playbook say about at risk customers?")
    passages = [c for c in result.citations if c.kind == "passage"]
    assert passages and all(p.source_uri for p in passages)
    assert f"[{passages[0].index}]" in result.answer


def test_feedback_in_french(agent):
    result = agent.ask("Que pensent les clients de France de nos produits ?")
    assert result.tool_calls[0].name == "analyse-feedback-sentiment"
    assert result.tool_calls[0].arguments == {"country": "France"}
    assert "avis" in result.answer
