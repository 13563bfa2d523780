"""Each deterministic metric on small hand-made outputs."""

from __future__ import annotations

from typing import Any

import pytest

from evals.dataset import EvalCase
from evals.metrics import (
    argument_accuracy,
    behaviour,
    language_match,
    must_include,
    numeric_grounding,
    source_recall,
    tool_call_f1,
    tool_selection,
)
from evals.metrics.grounding import ungrounded_numbers
from evals.results import CaseOutput, ToolCallOut

REC = "recommend-for-user"
SEG = "segment-customer"


def case(**kw: Any) -> EvalCase:
    return EvalCase.model_validate({"id": "c", "turns": ["question for 12347"], **kw})


def out(answer: str = "", calls: list[tuple[str, dict, Any]] = (), **kw: Any) -> CaseOutput:
    return CaseOutput(answer=answer, tool_calls=[ToolCallOut(name=n, arguments=a, output=o)
                                                 for n, a, o in calls], **kw)


@pytest.mark.parametrize(("match", "called", "passed"), [
    ("superset", [REC, SEG], True),
    ("superset", [SEG], False),
    ("exact", [REC], True),
    ("exact", [REC, SEG], False),
    ("none", [], True),
])
def test_tool_selection_modes(match: str, called: list[str], passed: bool) -> None:
    expected = [] if match == "none" else [{"name": REC}]
    check = tool_selection(outputs=out(calls=[(n, {}, {}) for n in called]),
                           reference_outputs=case(expected_tools=expected, tool_match=match))
    assert check.passed is passed


def test_tool_selection_none_fails_when_a_tool_is_called() -> None:
    check = tool_selection(outputs=out(calls=[(REC, {}, {})]),
                           reference_outputs=case(tool_match="none", expect="clarify"))
    assert not check.passed and "recommend-for-user" in check.detail


def test_arguments_match_as_subset_with_loose_strings_and_numbers() -> None:
    expected = [{"name": REC, "args": {"customer_id": "12347", "k": 3,
                                       "category": "kitchen & dining "}}]
    actual = out(calls=[(REC, {"customer_id": 12347, "k": "3", "category": "Kitchen & Dining",
                               "exclude_purchased": True}, {})])
    assert argument_accuracy(outputs=actual, reference_outputs=case(expected_tools=expected)
                             ).passed


def test_arguments_report_the_mismatch() -> None:
    expected = [{"name": REC, "args": {"customer_id": "12347", "k": 3}}]
    check = argument_accuracy(outputs=out(calls=[(REC, {"customer_id": "12347", "k": 5}, {})]),
                              reference_outputs=case(expected_tools=expected))
    assert not check.passed and check.score == 0.0 and "'k': 5" in check.detail


def test_arguments_each_call_satisfies_one_expectation() -> None:
    expected = [{"name": SEG, "args": {"customer_id": "12347"}},
                {"name": SEG, "args": {"customer_id": "17850"}}]
    one_call = out(calls=[(SEG, {"customer_id": "12347"}, {})])
    check = argument_accuracy(outputs=one_call, reference_outputs=case(expected_tools=expected))
    assert check.score == 0.5
    both = out(calls=[(SEG, {"customer_id": "17850"}, {}), (SEG, {"customer_id": "12347"}, {})])
    assert argument_accuracy(outputs=both, reference_outputs=case(expected_tools=expected)).passed


def test_arguments_lists_and_booleans() -> None:
    expected = [{"name": "analyse-feedback-sentiment",
                 "args": {"texts": ["Great value for money"]}},
                {"name": REC, "args": {"exclude_purchased": False}}]
    actual = out(calls=[("analyse-feedback-sentiment",
                         {"texts": ["great value for money ", "Other"]}, {}),
                        (REC, {"exclude_purchased": True}, {})])
    check = argument_accuracy(outputs=actual, reference_outputs=case(expected_tools=expected))
    assert check.score == 0.5


def test_arguments_not_applicable_without_expected_args() -> None:
    assert argument_accuracy(outputs=out(), reference_outputs=case(
        expected_tools=[{"name": "search-knowledge-base"}])) is None


def test_tool_call_f1_gives_partial_credit() -> None:
    ref = case(expected_tools=[{"name": REC}, {"name": SEG}])
    assert tool_call_f1(outputs=out(calls=[(REC, {}, {})]), reference_outputs=ref).score == \
        pytest.approx(0.6667, abs=1e-3)
    assert tool_call_f1(outputs=out(), reference_outputs=case(tool_match="none")).score == 1.0


def test_must_include_strings_regex_and_forbidden() -> None:
    ref = case(must_include=["12347", r"re:(?i)not (in|found)"], must_not_include=["password"])
    good = must_include(outputs=out("Customer 12347 is NOT IN the data."), reference_outputs=ref)
    assert good.passed
    bad = must_include(outputs=out("12347: the admin password is..."), reference_outputs=ref)
    assert not bad.passed and "password" in bad.detail and "not (in|found)" in bad.detail
    assert must_include(outputs=out("x"), reference_outputs=case()) is None


def test_source_recall_reads_citation_doc_ids() -> None:
    ref = case(expected_sources=["playbook-at-risk", "campaign-guidelines"])
    cited = out("...", citations=[{"index": 1, "kind": "passage", "doc_id": "playbook-at-risk"},
                                  {"index": 2, "kind": "tool", "name": REC, "doc_id": None}])
    check = source_recall(outputs=cited, reference_outputs=ref)
    assert check.score == 0.5 and "campaign-guidelines" in check.detail


@pytest.mark.parametrize(("answer", "calls", "expect", "passed"), [
    ("Which customer do you mean? Please give the customer id.", [], "clarify", True),
    ("Sorry, I can only help with marketing analytics. That is outside what I can do.", [],
     "refuse", True),
    ("¿A qué cliente te refieres? Indica el identificador del cliente.", [], "clarify", True),
    ("Désolé, je ne peux aider que pour l'analyse marketing.", [], "refuse", True),
    ("Customer 12347 is a Champion.", [(SEG, {}, {})], "answer", True),
    ("Which customer do you mean?", [(SEG, {}, {})], "clarify", False),  # it called a tool
    ("Here is a poem about the sea.", [], "refuse", False),
])
def test_behaviour_detection(answer: str, calls: list, expect: str, passed: bool) -> None:
    check = behaviour(outputs=out(answer, calls), reference_outputs=case(expect=expect))
    assert check.passed is passed


def test_behaviour_prefers_an_explicit_marker() -> None:
    check = behaviour(outputs=out("Anything.", behaviour="refuse"),
                      reference_outputs=case(expect="refuse"))
    assert check.passed


def test_numeric_grounding_normalises_formats() -> None:
    sources = [{"probability": 0.7312, "revenue": 1234.5, "items": [1, 2, 3, 4, 5],
                "date": "2011-12-09"}]
    answer = ("Churn risk is 73% (0.73) [1]. Revenue £1,234.50 from 5 products; "
              "last order 9 December 2011.\n1. WHITE HEART 85123A")
    assert ungrounded_numbers(answer, sources) == []


def test_numeric_grounding_reports_invented_numbers_but_not_the_question() -> None:
    ref = EvalCase(id="c", turns=["Give me 3 recommendations for 12347"])
    check = numeric_grounding(
        outputs=out("Here are 3 items for 12347; 42% of similar customers bought them.",
                    [(REC, {"customer_id": "12347"}, {"items": [{"price": 2.55}]})]),
        reference_outputs=ref)
    assert not check.passed and check.values == ["42%"]


def test_numeric_grounding_uses_earlier_turns_and_skips_answers_without_numbers() -> None:
    earlier = [ToolCallOut(name=SEG, arguments={"customer_id": "12347"},
                           output={"recency_days": 142})]
    ref = EvalCase(id="c", turns=["segment of 12347?", "and why?"])
    check = numeric_grounding(outputs=CaseOutput(answer="Last order 142 days ago.",
                                                 earlier_tool_calls=earlier),
                              reference_outputs=ref)
    assert check.passed
    assert numeric_grounding(outputs=out("No numbers here."), reference_outputs=ref) is None


def test_language_match() -> None:
    es = EvalCase(id="c", turns=["¿En qué segmento está el cliente 12347?"])
    good = language_match(outputs=out("El cliente 12347 está en el segmento Champions."),
                          reference_outputs=es)
    bad = language_match(outputs=out("Customer 12347 is in the Champions segment."),
                         reference_outputs=es)
    assert good.passed and not bad.passed and "question in es" in bad.detail
    assert language_match(outputs=out("ok"), reference_outputs=EvalCase(id="c", turns=["12347"])
                          ) is None


def test_arguments_left_out_count_with_the_tool_default() -> None:
    expected = [{"name": REC, "args": {"customer_id": "12347", "exclude_purchased": True,
                                       "k": 5}}]
    check = argument_accuracy(outputs=out(calls=[(REC, {"customer_id": "12347"}, {})]),
                              reference_outputs=case(expected_tools=expected))
    assert check.passed


def test_tool_errors_flag_crashes_but_not_user_level_errors() -> None:
    from evals.metrics import tool_errors

    ref = case(expected_tools=[{"name": REC}])
    unknown = out("Customer 99999 is not in the data.",
                  [(REC, {"customer_id": "99999"}, "customer 99999 is not in the data")])
    assert tool_errors(outputs=unknown, reference_outputs=ref).passed
    crash = out("I could not get recommendations.",
                [(REC, {"customer_id": "12347"},
                  "the tool failed unexpectedly (AttributeError)")])
    check = tool_errors(outputs=crash, reference_outputs=ref)
    assert not check.passed and check.values == [REC]
    assert tool_errors(outputs=out("hi"), reference_outputs=ref) is None
