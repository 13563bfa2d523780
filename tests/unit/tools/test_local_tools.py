"""Each tool on the local backend, on synthetic data trained once per session
(``ready_settings``): what a marketer sees, and the errors they can act on."""

from __future__ import annotations

import pytest

from assistant.errors import AssistantError
from tools.context import ToolContext, build_context
from tools.registry import run_tool


@pytest.fixture(scope="module")
def context(ready_settings) -> ToolContext:
    return build_context(ready_settings)


# --- analyse-feedback-sentiment ---------------------------------------------------------------
def test_pasted_texts_get_sentiment_themes_and_safety(context) -> None:
    texts = ["The candle caught fire and burnt my table, dangerous!",
             "Lovely mugs, arrived quickly and well packed. Thank you!",
             "El paquete llegó tarde y la taza estaba rota."]
    out = run_tool("analyse-feedback-sentiment", {"texts": texts}, context)
    assert [r.text for r in out.results] == texts
    first, second, third = out.results
    assert first.safety_concern and "burn_fire" in first.safety_categories
    assert first.evidence
    assert second.sentiment == "positive"
    assert third.language == "es" and third.sentiment == "negative"
    assert out.aggregate.count == 3
    assert out.aggregate.share_negative == round(2 / 3, 3)
    assert [c.text for c in out.aggregate.safety_cases] == [texts[0]]
    assert out.source == "texts" and out.generated_feedback is False and out.note is None


def test_stored_feedback_is_marked_generated_and_filtered(context) -> None:
    everything = run_tool("analyse-feedback-sentiment", {}, context)
    assert everything.source == "feedback_table"
    assert everything.generated_feedback is True
    assert "generated" in (everything.note or "")
    count = everything.aggregate.count
    assert len(everything.results) == min(10, count)  # rows listed; the aggregate covers all
    assert everything.results_truncated == (count > 10)
    assert everything.aggregate.safety_cases  # the generator plants some
    assert all(c.feedback_id for c in everything.aggregate.safety_cases)
    french = run_tool("analyse-feedback-sentiment", {"country": "france"}, context)
    assert 0 < french.aggregate.count < everything.aggregate.count
    assert french.filters == {"country": "france"}
    assert {r.language for r in french.results} <= {"fr", "other", "en"}


def test_stored_feedback_of_one_customer(context) -> None:
    everything = run_tool("analyse-feedback-sentiment", {}, context)
    someone = everything.results[0].customer_id
    mine = run_tool("analyse-feedback-sentiment", {"customer_id": someone}, context)
    assert mine.aggregate.count >= 1
    assert {r.customer_id for r in mine.results} == {someone}


def test_no_matching_feedback_is_said_plainly(context) -> None:
    out = run_tool("analyse-feedback-sentiment", {"customer_id": "99999"}, context)
    assert out.aggregate.count == 0 and out.results == []
    assert "No stored feedback matches customer_id=99999." in (out.note or "")


# --- search-knowledge-base ----------------------------------------------------------------------
def test_search_returns_cited_passages(context) -> None:
    out = run_tool("search-knowledge-base", {"query": "how to win back at-risk customers",
                                             "k": 3}, context)
    assert 1 <= len(out.passages) <= 3
    assert "playbook-at-risk" in [p.doc_id for p in out.passages]
    top = out.passages[0]
    assert top.source_uri and top.title and top.text
    assert [p.score for p in out.passages] == sorted((p.score for p in out.passages),
                                                      reverse=True)


def test_search_within_given_documents(context) -> None:
    out = run_tool("search-knowledge-base", {"query": "refund", "doc_ids": ["returns-policy"]},
                   context)
    assert out.passages and {p.doc_id for p in out.passages} == {"returns-policy"}


def test_search_rejects_a_one_letter_query(context) -> None:
    with pytest.raises(AssistantError) as caught:
        run_tool("search-knowledge-base", {"query": "a"}, context)
    assert caught.value.code == "invalid_input" and "query" in caught.value.message
