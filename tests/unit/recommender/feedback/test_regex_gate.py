"""The prefix gate in front of the safety patterns never hides a match."""

from __future__ import annotations

import re

import pytest

from recommender.feedback import safety
from recommender.feedback.evaluate import DATA_DIR, read_examples
from recommender.feedback.regex_gate import PrefixGate, word_starts
from recommender.feedback.text import fold


@pytest.mark.parametrize(("pattern", "text"), [
    (r"\b(?:leaked|solt\w*) (?:\w+ ){0,2}blue", "soltaron un liquido blue"),
    (r"\bcaught fire\b", "the charger caught fire"),
    (r"\b(?:burn|brul)\w* (?:my|ma) (?:hand|main)", "ca a brule ma main"),
    (r"(?:fum|smok)e?s?\b", "the smoke alarm"),
])
def test_a_text_that_matches_is_never_gated_out(pattern: str, text: str) -> None:
    assert re.search(pattern, text)
    gate = PrefixGate([pattern], k=5)
    assert gate.may_match(text)
    assert gate.may_match_starts(word_starts(text, 5))


def test_unrelated_text_is_gated_out() -> None:
    gate = PrefixGate([r"\bcaught fire\b", r"\bsparks?\b"], k=5)
    assert not gate.may_match("lovely soft towels")
    assert not gate.may_match_starts(word_starts("lovely soft towels", 5))


def test_the_safety_gates_change_no_answer() -> None:
    """Every labelled sentence gets the same categories with and without the gates."""
    texts = [e.text for path in sorted(DATA_DIR.glob("*.tsv")) if path.stem != "train"
             for e in read_examples(path)]
    assert len(texts) > 3000
    for text in texts:
        folded = fold(text)
        ungated = []
        for cat in safety._PATTERNS:  # noqa: SLF001 - the reference the gates must equal
            if any(safety._kept(cat, folded, m.start(), m.end(), m.group())  # noqa: SLF001
                   for m in safety._matches(cat, folded)):  # noqa: SLF001
                ungated.append(cat)
        assert safety.detect_safety(text, folded).categories == ungated, text
