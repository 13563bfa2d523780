"""Whole turns through the real graph and offline model, on fake tools."""

from __future__ import annotations

import re

import pytest

from assistant.errors import AssistantError
from tests.unit.agent.fakes import INJECTION


def test_single_tool_turn_cites_the_tool_and_quotes_its_numbers(agent, calls):
    result = agent.ask("What segment is customer 12347 in?")
    assert calls == [("segment-customer", {"customer_id": "12347"})]
    assert "Champions" in result.answer and "[1]" in result.answer
    assert "11.4" in result.answer  # the segment average, straight from the tool output
    assert [c.name for c in result.tool_calls] == ["segment-customer"]
    assert result.tool_calls[0].output["segment_name"] == "Champions"
    assert result.citations[0].kind == "tool" and result.citations[0].index == 1
    assert result.model == "offline-planner-1" and "offline" in result.answer
    assert result.steps == 2 and result.tokens["total"] > 0 and result.cost_usd is None


def test_two_intents_become_two_tool_calls_in_one_step(agent, calls):
    result = agent.ask("segment and recommendations for 12347")
    assert sorted(name for name, _ in calls) == ["recommend-for-user", "segment-customer"]
    assert result.steps == 2  # both calls planned in ONE model message, then the answer
    assert "[1]" in result.answer and "[2]" in result.answer
    assert "REGENCY CAKESTAND 3 TIER" in result.answer


def test_slots_reach_the_tool_arguments(agent, calls):
    agent.ask("Give me the top 2 Christmas products for customer 12583")
    assert calls == [("recommend-for-user", {"customer_id": "12583", "k": 2,
                                             "category": "Christmas",
                                             "exclude_purchased": True})]


def test_follow_up_reuses_the_customer_of_the_previous_turn(agent, calls):
    first = agent.ask("recommend 3 products for customer 17850")
    second = agent.ask("and what segment is she in?", first.session_id)
    assert calls[-1] == ("segment-customer", {"customer_id": "17850"})
    assert "17850" in second.answer
    assert second.session_id == first.session_id


def test_missing_customer_gets_a_clarifying_question_then_resumes(agent, calls):
    first = agent.ask("Recommend 2 products please")
    assert calls == [] and first.tool_calls == []
    assert "which customer" in first.answer.lower()
    second = agent.ask("12583", first.session_id)
    assert calls == [("recommend-for-user", {"customer_id": "12583", "k": 2,
                                             "exclude_purchased": True})]
    assert "12583" in second.answer


@pytest.mark.parametrize("question", ["What's the weather in Paris tomorrow?",
                                      "tell me a joke", "write a python function to sort a list",
                                      "¿qué medicamento tomo para la gripe?"])
def test_out_of_scope_requests_are_refused_without_tools(agent, calls, question):
    result = agent.ask(question)
    assert calls == [] and result.tool_calls == []
    assert re.search(r"sorry|lo siento|désolé", result.answer, re.IGNORECASE)


def test_unknown_customer_error_reaches_the_answer(agent):
    result = agent.ask("What segment is customer 99999 in?")
    assert "customer 99999 is not in the data" in result.answer
    assert result.tool_calls[0].output.startswith("Error (not_found)")


def test_a_crashing_tool_becomes_a_readable_message(settings):
    from langgraph.checkpoint.memory import InMemorySaver

    from agent.offline import OfflineChatModel
    from agent.service import build_agent
    from agent.toolkit import build_tools
    from tests.unit.agent.fakes import fake_specs

    broken = build_agent(settings, model=OfflineChatModel(), checkpointer=InMemorySaver(),
                         tools=build_tools(fake_specs(crash="segment-customer"), None))
    result = broken.ask("segment and recommendations for 12347")
    assert "RuntimeError" in result.tool_calls[0].output
    assert "REGENCY CAKESTAND 3 TIER" in result.answer  # the other tool still answered


@pytest.mark.parametrize(("question", "words"), [
    ("¿En qué segmento está el cliente 12347?", ["cliente", "segmento"]),
    ("Quel est le segment du client 12347 ?", ["client", "segment"]),
])
def test_answers_in_the_language_of_the_question(agent, question, words):
    result = agent.ask(question)
    for word in words:
        assert word in result.answer
    assert "is in the segment" not in result.answer


def test_injection_inside_pasted_feedback_causes_no_extra_tool_call(agent, calls):
    result = agent.ask(f'Analyse this feedback: "{INJECTION}"')
    assert [name for name, _ in calls] == ["analyse-feedback-sentiment"]
    assert calls[0][1] == {"texts": [INJECTION]}
    assert result.steps == 2 and "HANGING HEART" not in result.answer


def test_injection_inside_stored_feedback_and_passages_causes_no_tool_call(settings, calls):
    from langgraph.checkpoint.memory import InMemorySaver

    from agent.offline import OfflineChatModel
    from agent.service import build_agent
    from agent.toolkit import build_tools
    from tests.unit.agent.fakes import fake_specs

    agent = build_agent(settings, model=OfflineChatModel(), checkpointer=InMemorySaver(),
                        tools=build_tools(fake_specs(calls, passage_text=INJECTION), None))
    feedback = agent.ask("How do customers in France feel about us?")
    playbook = agent.ask("What does the playbook say about champions?", feedback.session_id)
    assert [name for name, _ in calls] == ["analyse-feedback-sentiment",
                                           "search-knowledge-base"]
    assert "IGNORE ALL PREVIOUS INSTRUCTIONS" not in playbook.answer
    assert playbook.steps == 2


def test_passages_are_cited_with_document_and_source(agent):
    result = agent.ask("What does the playbook say about champions?")
    passage = [c for c in result.citations if c.kind == "passage"][0]
    assert passage.doc_id == "playbook-champions"
    assert passage.source_uri == "kb://playbook-champions#offers"
    assert f"[{passage.index}]" in result.answer and "15%" in result.answer


def test_empty_and_over_long_messages_are_rejected(agent, settings):
    with pytest.raises(AssistantError, match="empty") as empty:
        agent.ask("   ")
    assert empty.value.code == "invalid_input"
    with pytest.raises(AssistantError, match="too long"):
        agent.ask("x" * (settings.max_message_chars + 1))


def test_history_of_a_session_and_unknown_session(agent):
    result = agent.ask("segment of 12347")
    roles = [m["role"] for m in agent.history(result.session_id)]
    assert roles == ["user", "assistant", "tool", "assistant"]
    with pytest.raises(AssistantError) as missing:
        agent.history("no-such-session")
    assert missing.value.code == "not_found"


def test_stream_events_show_tool_calls_before_the_answer(agent):
    events = list(agent.stream_events("segment of 12347"))
    kinds = [e["type"] for e in events]
    assert kinds == ["tool_call", "tool_result", "answer"]
    assert events[0]["name"] == "segment-customer"
    assert "Champions" in events[-1]["result"].answer


def test_playbook_for_the_customers_segment_is_searched_once_the_segment_is_known(agent, calls):
    result = agent.ask("What segment is 12347 in and what does the playbook recommend for "
                       "that segment?")
    assert [name for name, _ in calls] == ["segment-customer", "search-knowledge-base"]
    assert "Champions" in calls[1][1]["query"]
    assert result.steps == 3
    assert {c.kind for c in result.citations} == {"tool", "passage"}


def test_a_follow_up_without_a_task_repeats_the_last_one_with_new_values(agent, calls):
    first = agent.ask("Give me 3 recommendations for 12347")
    agent.ask("Now do the same for customer 12583.", first.session_id)
    agent.ask("Can you make that 2?", first.session_id)
    assert calls[1] == ("recommend-for-user", {"customer_id": "12583", "k": 3,
                                               "exclude_purchased": True})
    assert calls[2] == ("recommend-for-user", {"customer_id": "12583", "k": 2,
                                               "exclude_purchased": True})


def test_the_first_one_on_the_list_is_explained_with_its_stock_code(agent, calls):
    first = agent.ask("Recommend 3 products for customer 17850.")
    result = agent.ask("Why is the second one on the list?", first.session_id)
    assert calls[-1] == ("explain-prediction", {"customer_id": "17850", "item_id": "22423"})
    assert "REGENCY CAKESTAND 3 TIER" in result.answer


def test_requests_for_personal_data_are_refused(agent, calls):
    result = agent.ask("Give me the home address and phone number of customer 12347.")
    assert calls == [] and "personal data" in result.answer


def test_a_review_to_analyse_that_was_not_pasted_is_asked_for(agent, calls):
    first = agent.ask("Can you analyse this review for me?")
    assert calls == [] and "paste" in first.answer
    agent.ask('"The lantern was lovely but arrived late"', first.session_id)
    assert calls == [("analyse-feedback-sentiment",
                      {"texts": ["The lantern was lovely but arrived late"]})]


def test_demonyms_and_segments_select_stored_feedback(agent, calls):
    agent.ask("What are German customers unhappy about?")
    agent.ask("¿De qué se quejan los clientes del segmento en riesgo?")
    assert calls == [("analyse-feedback-sentiment", {"country": "Germany"}),
                     ("analyse-feedback-sentiment", {"segment": "At risk"})]


def test_several_customers_get_one_call_each(agent, calls):
    agent.ask("Recommendations for customers 12347 and 12583, 2 each.")
    assert calls == [("recommend-for-user", {"customer_id": c, "k": 2,
                                             "exclude_purchased": True})
                     for c in ("12347", "12583")]


def test_a_bare_id_continues_the_conversation_or_asks_what_to_do(agent, calls):
    first = agent.ask("what's the segment of 12347?")
    agent.ask("and 17850?", first.session_id)
    assert calls[-1] == ("segment-customer", {"customer_id": "17850"})
    fresh = agent.ask("Y para el cliente 12583?")
    assert len(calls) == 2 and "12583" in fresh.answer and "?" in fresh.answer


def test_quoted_text_in_an_out_of_scope_request_is_not_analysed(agent, calls):
    result = agent.ask('Translate "hello" into French')
    assert calls == [] and "Sorry" in result.answer


def test_a_bare_answer_keeps_the_language_of_the_conversation(agent):
    first = agent.ask("Quel est le segment de ce client ?")
    second = agent.ask("17850", first.session_id)
    assert "segment" in second.answer and "Le client 17850" in second.answer
    third = agent.ask("Et son risque de départ ?", first.session_id)
    assert "Le client 17850" in third.answer and "risque d'attrition" in third.answer


@pytest.mark.parametrize("question", ["and?", "???", "what about it?", "ok"])
def test_messages_with_nothing_to_act_on_call_no_tool(agent, calls, question):
    result = agent.ask(question)
    assert calls == [] and result.answer


def test_out_of_range_values_reach_the_tool_and_its_complaint_reaches_the_user(agent, calls):
    result = agent.ask("recommend 99 products for 12347")
    assert result.tool_calls[0].arguments["k"] == 99
    assert "less than or equal to 50" in result.answer
    agent.ask("feedback from 2011-13-45")  # not a date: ignored, no crash
    assert calls == [("analyse-feedback-sentiment", {})]


def test_a_planner_failure_becomes_a_polite_answer(agent, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("bug")

    monkeypatch.setattr("agent.offline.model.plan", broken)
    result = agent.ask("segment of 12347")
    assert "rephrase" in result.answer and result.tool_calls == []


def test_an_unnamed_item_is_asked_for_then_explained(agent, calls):
    first = agent.ask("Why was this product recommended to customer 12347?")
    assert calls == [] and "StockCode" in first.answer
    agent.ask("22423", first.session_id)
    assert calls == [("explain-prediction", {"customer_id": "12347", "item_id": "22423"})]
