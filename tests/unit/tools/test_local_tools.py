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


# --- recommend-for-user ------------------------------------------------------------------------
def test_recommendations_are_ranked_with_reasons_and_context(context, ready_settings) -> None:
    from recommender.data import load_tables
    from recommender.data.columns import C

    out = run_tool("recommend-for-user", {"customer_id": 12347, "k": 5}, context)
    assert out.customer_id == "12347"
    assert [i.rank for i in out.items] == [1, 2, 3, 4, 5]
    assert [i.score for i in out.items] == sorted((i.score for i in out.items), reverse=True)
    assert all(i.reasons and i.description and i.price for i in out.items)
    customers = load_tables(ready_settings, show_progress=False).customers
    country = customers.loc[customers[C.CUSTOMER] == "12347", C.COUNTRY].iloc[0]
    assert out.country == country
    assert out.segment  # the customer's segment name
    segment = run_tool("segment-customer", {"customer_id": "12347"}, context)
    assert out.segment == segment.segment_name


def test_category_filter_and_repeat_purchases(context) -> None:
    kitchen = run_tool("recommend-for-user", {"customer_id": "12347", "k": 3,
                                              "category": "kitchen & dining"}, context)
    assert kitchen.items and {i.category for i in kitchen.items} == {"Kitchen & Dining"}
    fresh = run_tool("recommend-for-user", {"customer_id": "12347", "k": 10}, context)
    again = run_tool("recommend-for-user", {"customer_id": "12347", "k": 10,
                                            "exclude_purchased": False}, context)
    assert again.exclude_purchased is False
    assert [i.stock_code for i in again.items] != [i.stock_code for i in fresh.items]


def test_unknown_category_lists_the_valid_ones(context) -> None:
    with pytest.raises(AssistantError) as caught:
        run_tool("recommend-for-user", {"customer_id": "12347", "category": "Cars"}, context)
    assert caught.value.code == "invalid_input"
    assert "unknown category 'Cars'" in caught.value.message
    assert "Kitchen & Dining" in caught.value.message


@pytest.mark.parametrize("tool", ["recommend-for-user", "segment-customer",
                                  "explain-prediction"])
def test_unknown_customer_is_not_found(context, tool: str) -> None:
    with pytest.raises(AssistantError) as caught:
        run_tool(tool, {"customer_id": "99999"}, context)
    assert caught.value.code == "not_found"
    assert caught.value.message == "customer 99999 is not in the data"


# --- segment-customer ----------------------------------------------------------------------------
def test_segment_compares_the_customer_with_the_segment(context) -> None:
    out = run_tool("segment-customer", {"customer_id": "17850"}, context)
    assert out.segment_name and out.description and out.suggested_actions
    assert out.distance >= 0 and out.segment_size and out.segment_size > 0
    by_name = {f.feature: f for f in out.features}
    assert {"recency_days", "frequency", "monetary"} <= set(by_name)
    assert by_name["recency_days"].label == "days since the last order"
    assert all(round(f.customer_value, 3) == f.customer_value for f in out.features)


# --- explain-prediction -----------------------------------------------------------------------------
def test_engagement_is_explained_in_plain_words(context) -> None:
    out = run_tool("explain-prediction", {"customer_id": "12347"}, context)
    assert 0 <= out.engagement_probability <= 1
    assert out.churn_risk == round(1 - out.engagement_probability, 3)
    assert out.label in {"likely to buy again", "at risk of churning"}
    assert (out.label == "likely to buy again") == (out.engagement_probability >= 0.5)
    assert 1 <= len(out.contributions) <= 5
    effects = [abs(c.effect) for c in out.contributions]
    assert effects == sorted(effects, reverse=True)
    assert all(len(c.text.split()) >= 3 for c in out.contributions)  # sentences, not names
    assert out.item is None


def test_with_an_item_says_why_it_was_recommended(context) -> None:
    top = run_tool("recommend-for-user", {"customer_id": "12347", "k": 1}, context).items[0]
    out = run_tool("explain-prediction", {"customer_id": "12347",
                                          "item_id": top.stock_code.lower()}, context)
    assert out.item is not None
    assert out.item.stock_code == top.stock_code and out.item.rank == 1
    assert [r.text for r in out.item.reasons] == [r.text for r in top.reasons]
    assert out.item.already_bought is False


def test_unknown_item_is_not_found(context) -> None:
    with pytest.raises(AssistantError) as caught:
        run_tool("explain-prediction", {"customer_id": "12347", "item_id": "NOPE1"}, context)
    assert caught.value.code == "not_found"
    assert caught.value.message == "product NOPE1 is not in the catalogue"


# --- analyse-feedback-sentiment by segment ------------------------------------------------------------
def test_stored_feedback_of_one_segment(context) -> None:
    everything = run_tool("analyse-feedback-sentiment", {}, context)
    writer = everything.results[0].customer_id
    segment = run_tool("segment-customer", {"customer_id": writer}, context).segment_name
    mine = run_tool("analyse-feedback-sentiment", {"segment": segment.upper()}, context)
    assert 0 < mine.aggregate.count <= everything.aggregate.count
    assert writer in {r.customer_id for r in mine.results} or mine.results_truncated


def test_a_repeated_question_gets_an_unaltered_answer(context) -> None:
    first = run_tool("recommend-for-user", {"customer_id": "12583", "k": 3}, context)
    expected = first.model_dump()
    first.items.clear()  # a caller changing its copy ...
    again = run_tool("recommend-for-user", {"customer_id": "12583", "k": 3}, context)
    assert again.model_dump() == expected  # ... does not change what the next caller gets


def test_recommendations_survive_a_missing_segment_model(ready_settings) -> None:
    class NoSegments:
        def segment(self, customer_id: str):
            raise AssistantError("the engagement model has not been trained yet: run "
                                 "assistant train customers", code="not_ready")

        engagement = segment

    context = build_context(ready_settings, customers=NoSegments())
    out = run_tool("recommend-for-user", {"customer_id": "12347", "k": 2}, context)
    assert len(out.items) == 2 and out.segment is None and out.country
    with pytest.raises(AssistantError, match="run assistant train customers") as caught:
        run_tool("explain-prediction", {"customer_id": "12347"}, context)
    assert caught.value.code == "not_ready"
