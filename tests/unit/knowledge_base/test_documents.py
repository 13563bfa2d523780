"""The shipped documents: enough of them, the front matter, and the rules answers will quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import AssistantError
from knowledge_base.documents import BUILTIN_DOCS, load_documents, load_markdown_dir
from recommender.data.categories import CATEGORIES
from tests.conftest import make_settings

SEGMENTS = ["Champions", "Loyal regulars", "Big spenders", "New customers", "At risk",
            "Hibernating", "Occasional buyers"]


@pytest.fixture(scope="module")
def docs() -> dict[str, str]:
    return {d.doc_id: d.title + "\n" + d.body for d in load_markdown_dir(BUILTIN_DOCS)}


def test_at_least_fifteen_documents_with_front_matter() -> None:
    docs = load_markdown_dir(BUILTIN_DOCS)
    assert len(docs) >= 15
    for doc in docs:
        assert doc.doc_id and doc.title and doc.audience and doc.updated
        assert doc.source_uri == f"kb://{doc.doc_id}"


@pytest.mark.parametrize("segment", SEGMENTS)
def test_one_playbook_per_segment_with_offer_channel_cadence_and_ceiling(
        docs: dict[str, str], segment: str) -> None:
    doc_id = "playbook-" + segment.lower().replace(" ", "-")
    text = docs[doc_id]
    assert f"Segment playbook: {segment}" in text
    for heading in ("## What to offer", "## Discount ceiling", "## Channel and cadence"):
        assert heading in text
    assert segment in docs["segments-overview"]


def test_segment_ceilings_never_exceed_the_company_cap(docs: dict[str, str]) -> None:
    import re

    for segment in SEGMENTS:
        text = docs["playbook-" + segment.lower().replace(" ", "-")]
        ceiling = text.split("## Discount ceiling", 1)[1].split("##", 1)[0]
        first = int(re.search(r"(\d+)%", ceiling).group(1))  # type: ignore[union-attr]
        assert first <= 20, segment
    assert "At most 2 marketing emails per customer per week" in docs["campaign-guidelines"]
    assert "maximum discount is 20%" in docs["campaign-guidelines"]


def test_gdpr_rules_name_every_country_in_the_data(docs: dict[str, str]) -> None:
    text = docs["consent-and-gdpr"]
    for country in ("United Kingdom", "France", "Germany", "Spain", "Netherlands", "Belgium",
                    "Portugal", "Italy", "EIRE", "Switzerland"):
        assert country in text, country
    assert "not in the EU" in text and "double opt-in" in text


def test_safety_procedure_covers_every_harm_category_with_deadlines(docs: dict[str, str]) -> None:
    text = docs["safety-escalation"].lower()
    for harm in ("burn", "fire", "choking", "allergic reaction", "cut", "electrical", "toxic",
                 "chemical"):
        assert harm in text, harm
    assert "within 1 hour" in text and "within 24 hours" in text and "hold" in text


@pytest.mark.parametrize("category", CATEGORIES)
def test_a_guide_for_every_catalogue_category(category: str) -> None:
    docs = load_markdown_dir(BUILTIN_DOCS)
    guides = [d for d in docs if d.doc_id.startswith("category-") and category in d.title]
    assert len(guides) == 1, category
    assert "## How products are assigned to this category" in guides[0].body


def test_category_keywords_come_from_the_data_rules() -> None:
    from recommender.data.categories import CATEGORY_RULES

    docs = {d.doc_id: d for d in load_markdown_dir(BUILTIN_DOCS)}
    text = docs["category-candles-lights"].body
    for keyword in dict(CATEGORY_RULES)["Candles & Lights"]:
        assert keyword.lower() in text


def test_assistant_guide_names_the_five_tools(docs: dict[str, str]) -> None:
    for tool in ("recommend-for-user", "segment-customer", "analyse-feedback-sentiment",
                 "explain-prediction", "search-knowledge-base"):
        assert tool in docs["assistant-capabilities"]


def test_model_cards_are_added_to_the_documents(tmp_path: Path) -> None:
    ids = [d.doc_id for d in load_documents(make_settings(tmp_path))]
    assert {"model-card-recommender", "model-card-customers", "model-card-feedback"} <= set(ids)


def test_missing_front_matter_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_text("---\nid: bad\ntitle: Bad\n---\n# Bad\ntext\n")
    with pytest.raises(AssistantError, match="bad.md lacks front matter field.*audience"):
        load_markdown_dir(tmp_path)


def test_duplicate_ids_are_a_clear_error(tmp_path: Path) -> None:
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("---\nid: same\ntitle: T\naudience: all\n"
                                     "updated: 2026-01-01\n---\nbody\n")
    with pytest.raises(AssistantError, match="share the id 'same'"):
        load_markdown_dir(tmp_path)


def test_missing_folder_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(AssistantError) as err:
        load_documents(make_settings(tmp_path, kb_docs_dir=tmp_path / "nope"))
    assert err.value.code == "not_found"
