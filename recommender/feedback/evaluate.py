"""Quality figures of an analyser on labelled sentences written for this project.

Files are ``lang<TAB>sentiment<TAB>safety<TAB>text``, where sentiment is positive/negative and
safety a comma-separated list of categories (or ``-``). The registry's test set is
``TEST_SET`` (rounds 21, 22, 35 and 36: reviews, mostly of the gift shop's products, by
writers who saw nothing of the project; no model trains on them, but a few patterns were
later written from their misses, see ``data/README.md``). ``data/heldout.tsv`` is the older
held-out set: no model trains on it either, but the lexicons and patterns were corrected on
its misses, so it flatters them.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from recommender.feedback.analyser import FeedbackAnalyser
from recommender.feedback.models import FeedbackAnalysis

DATA_DIR = Path(__file__).parent / "data"
HELDOUT = DATA_DIR / "heldout.tsv"
TEST_SET = tuple(DATA_DIR / f"round{n}.tsv" for n in (21, 22, 35, 36))
DEV = DATA_DIR / "dev.tsv"


@dataclass(frozen=True)
class Example:
    """One labelled held-out sentence."""

    lang: str
    sentiment: str
    safety: tuple[str, ...]
    text: str


def read_examples(path: Path = HELDOUT) -> list[Example]:
    """Read a labelled TSV (lang, sentiment, safety, text)."""
    out = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or row[0].startswith("#") or len(row) < 4:
                continue
            safety = tuple(s for s in row[2].split(",") if s and s != "-")
            out.append(Example(row[0], row[1], safety, row[3]))
    return out


def read_test_set() -> list[Example]:
    """The registry's test set (:data:`TEST_SET`)."""
    return [e for path in TEST_SET for e in read_examples(path)]


def evaluation_set_id() -> str:
    """Identifies the test set, so the registry compares only figures measured on it."""
    from recommender.data.prepare import file_fingerprint

    return "+".join(file_fingerprint(path)[:16] for path in TEST_SET)


@dataclass(frozen=True)
class Counts:
    """Right sentiment labels out of polar examples, and safety hits and misses."""

    right: int = 0
    polar: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.right + other.right, self.polar + other.polar, self.tp + other.tp,
                      self.fp + other.fp, self.fn + other.fn)

    @property
    def accuracy(self) -> float:
        return round(self.right / max(1, self.polar), 4)

    @property
    def safety_precision(self) -> float:
        return round(self.tp / (self.tp + self.fp), 4) if self.tp + self.fp else 1.0

    @property
    def safety_recall(self) -> float:
        return round(self.tp / (self.tp + self.fn), 4) if self.tp + self.fn else 1.0


def count(examples: list[Example], results: list[FeedbackAnalysis]) -> Counts:
    """The :class:`Counts` of results against their labelled examples."""
    polar = [(e, r) for e, r in zip(examples, results, strict=True)
             if e.sentiment in ("positive", "negative")]
    pairs = list(zip(examples, results, strict=True))
    return Counts(right=sum(r.sentiment == e.sentiment for e, r in polar), polar=len(polar),
                  tp=sum(1 for e, r in pairs if e.safety and r.safety_concern),
                  fp=sum(1 for e, r in pairs if not e.safety and r.safety_concern),
                  fn=sum(1 for e, r in pairs if e.safety and not r.safety_concern))


def evaluate(analyser: FeedbackAnalyser, examples: list[Example] | None = None
             ) -> dict[str, float]:
    """Accuracy (overall and per language), safety precision/recall, language accuracy."""
    examples = read_test_set() if examples is None else examples
    results = analyser.analyse([e.text for e in examples])
    counts = count(examples, results)
    metrics: dict[str, float] = {"accuracy": counts.accuracy}
    for lang in ("en", "es", "fr"):
        subset = [(e, r) for e, r in zip(examples, results, strict=True) if e.lang == lang]
        if subset:
            by_lang = count([e for e, _ in subset], [r for _, r in subset])
            if by_lang.polar:
                metrics[f"accuracy_{lang}"] = by_lang.accuracy
    metrics["safety_precision"] = counts.safety_precision
    metrics["safety_recall"] = counts.safety_recall
    metrics["language_accuracy"] = round(
        sum(r.language == e.lang for e, r in zip(examples, results, strict=True))
        / max(1, len(examples)), 4)
    metrics["examples"] = len(examples)
    return metrics
