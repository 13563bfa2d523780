"""Counts written as words, follow-ups that edit the previous recommendation, and counts over
the customer base that no tool can give (answered honestly, without an unrelated call)."""

from __future__ import annotations

import pytest

from agent.offline.slots import extract_slots
from evals.behaviour import classify


@pytest.mark.parametrize(("question", "k"), [
    ("garden ideas for 12820, only three", 3),
    ("Send a couple of gift ideas to client 17850", 2),
    ("half a dozen lantern suggestions for 12347", 6),
    ("a dozen products for 12583", 12),
    ("Sugiere dos velas para la clienta 12583", 2),
    ("necesito un par de ideas para 12347", 2),
    ("media docena de productos para 17850", 6),
    ("trouve deux jouets pour 12820", 2),
    ("une demi-douzaine d'idées pour 12347", 6),
    ("juste quatre produits pour le client 17850", 4),
    ("solo cinco para 12347", 5),
])
def test_exact_numbers_in_words_are_the_count(question, k):
    assert extract_slots(question).k == k


@pytest.mark.parametrize("question", [
    "a few kitchen ideas for 12347",
    "quelques idées de cuisine pour 12347",
    "unos cuantos productos para 12347",
    "recomienda algo para una fiesta a 12347",
    "propose une bougie pour 12347",
])
def test_vague_amounts_and_articles_leave_the_count_to_the_tool(question):
    assert extract_slots(question).k is None


def test_changing_count_and_category_reruns_the_recommendation_for_the_same_customer(
        agent, calls):
    first = agent.ask("What would you suggest for shopper 12820?")
    agent.ask("Switch that to 3 garden products please", first.session_id)
    assert calls[-1] == ("recommend-for-user", {"customer_id": "12820", "k": 3,
                                                "category": "Garden & Outdoor",
                                                "exclude_purchased": True})


def test_an_edit_keeps_the_values_it_does_not_change(agent, calls):
    first = agent.ask("4 Christmas items for customer 12583")
    agent.ask("ok, now including things she already bought", first.session_id)
    agent.ask("only two this time", first.session_id)
    assert calls[1] == ("recommend-for-user", {"customer_id": "12583", "k": 4,
                                               "category": "Christmas",
                                               "exclude_purchased": False})
    assert calls[2] == ("recommend-for-user", {"customer_id": "12583", "k": 2,
                                               "category": "Christmas",
                                               "exclude_purchased": False})


@pytest.mark.parametrize(("opening", "edit", "k", "category"), [
    ("Recomienda productos para el cliente 12347", "mejor tres de cocina", 3,
     "Kitchen & Dining"),
    ("Propose des produits au client 12347", "plutôt deux cadeaux", 2,
     "Party & Gifts"),
])
def test_edits_in_spanish_and_french(agent, calls, opening, edit, k, category):
    first = agent.ask(opening)
    agent.ask(edit, first.session_id)
    name, args = calls[-1]
    assert name == "recommend-for-user"
    assert (args["customer_id"], args["k"], args["category"]) == ("12347", k, category)


def test_a_new_task_after_a_recommendation_is_not_taken_for_an_edit(agent, calls):
    first = agent.ask("3 toys for 12347")
    agent.ask("What segment is she in?", first.session_id)
    assert calls[-1] == ("segment-customer", {"customer_id": "12347"})


@pytest.mark.parametrize(("question", "words"), [
    ("How many shoppers have we got in France?", ["France", "feedback"]),
    ("what's our total revenue this year", ["feedback", "segment"]),
    ("¿Cuántos clientes hay en Alemania?", ["Germany", "opiniones"]),
    ("Combien de commandes avons-nous reçues d'Espagne ?", ["Spain", "avis"]),
])
def test_counts_over_customers_get_an_honest_answer_without_a_tool(agent, calls, question,
                                                                   words):
    result = agent.ask(question)
    assert calls == []
    assert classify(result.answer, tool_calls=0) == "refuse"
    assert all(word in result.answer for word in words)


@pytest.mark.parametrize(("question", "tool"), [
    ("How many customers complained in France?", "analyse-feedback-sentiment"),
    ("how many days does a customer have to send an item back?", "search-knowledge-base"),
    ("how many orders has customer 12347 placed?", "segment-customer"),
    ("how many customers can we e-mail per day under our policy?", "search-knowledge-base"),
])
def test_counting_questions_a_tool_answers_still_call_it(agent, calls, question, tool):
    agent.ask(question)
    assert [name for name, _ in calls] == [tool]


def test_a_number_word_alone_changes_the_count_of_the_previous_recommendation(agent, calls):
    first = agent.ask("kitchen picks for 17850")
    agent.ask("could I have five of those instead?", first.session_id)
    assert calls[-1] == ("recommend-for-user", {"customer_id": "17850", "k": 5,
                                                "category": "Kitchen & Dining",
                                                "exclude_purchased": True})


@pytest.mark.parametrize(("edit", "expected"), [
    ("switch the country to Belgium", {"country": "Belgium", "date_from": "2011-02-01",
                                       "date_to": "2011-02-28"}),
    ("and the Swiss ones?", {"country": "Switzerland", "date_from": "2011-02-01",
                             "date_to": "2011-02-28"}),
    ("from July to September instead", {"country": "Italy", "date_from": "2011-07-01",
                                        "date_to": "2011-09-30"}),
])
def test_an_edit_of_the_feedback_selection_keeps_the_rest(agent, calls, edit, expected):
    first = agent.ask("What did Italian customers say in February?")
    agent.ask(edit, first.session_id)
    assert calls[-1] == ("analyse-feedback-sentiment", expected)
