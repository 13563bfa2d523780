"""Aggregation by any column: counts, share negative, top themes, every safety case."""

from __future__ import annotations

import pandas as pd
import pytest

from assistant.errors import AssistantError
from recommender.feedback import aggregate
from recommender.feedback.analyser import LocalFeedbackAnalyser

ROWS = [
    {"feedback_id": "F1", "country": "France", "date": "2011-05-02",
     "text": "Livraison en retard, très déçu."},
    {"feedback_id": "F2", "country": "France", "date": "2011-06-10",
     "text": "Le chargeur a pris feu !"},
    {"feedback_id": "F3", "country": "Spain", "date": "2011-06-11",
     "text": "Me encanta, llegó rapidísimo."},
    {"feedback_id": "F4", "country": "United Kingdom", "date": "2011-06-12",
     "text": "The kettle sparked and gave me a shock."},
    {"feedback_id": "F5", "country": "Spain", "date": "2011-06-13", "text": ""},
]


@pytest.fixture(scope="module")
def analysed(lexicon_analyser: LocalFeedbackAnalyser) -> list[dict]:
    results = lexicon_analyser.analyse([r["text"] for r in ROWS])
    return [{**row, **res.output_fields()} for row, res in zip(ROWS, results, strict=True)]


def test_groups_by_country_with_every_safety_case(analysed: list[dict]) -> None:
    summary = aggregate(analysed, "country")
    by_key = {g.key: g for g in summary.groups}
    assert summary.total == 4 and summary.errors == 1
    assert by_key["France"].count == 2 and by_key["France"].share_negative == 1.0
    assert by_key["Spain"].count == 1 and by_key["Spain"].share_negative == 0.0
    assert dict(by_key["France"].top_themes)["delivery"] >= 1
    assert {c.ids["feedback_id"] for c in summary.safety_cases} == {"F2", "F4"}
    assert [c.ids["feedback_id"] for c in by_key["France"].safety_cases] == ["F2"]
    assert all(c.evidence for c in summary.safety_cases)


def test_month_is_derived_from_the_date(analysed: list[dict]) -> None:
    summary = aggregate(pd.DataFrame(analysed), "month")
    assert {g.key: g.count for g in summary.groups} == {"2011-06": 3, "2011-05": 1}


def test_no_grouping_gives_one_group(analysed: list[dict]) -> None:
    summary = aggregate(analysed, None)
    assert [g.key for g in summary.groups] == ["all"] and summary.share_negative == 0.75


def test_unknown_column_names_the_known_ones(analysed: list[dict]) -> None:
    with pytest.raises(AssistantError, match="cannot group by 'segment'.*country"):
        aggregate(analysed, "segment")
